"""Reads that relate things: the actors named alongside an actor, one article's links to
stored actors, events and quotes, the quote channels in use, and one search over all."""

from __future__ import annotations

import json
import sqlite3

from newsgraph.store import queries as q
from newsgraph.store.read import articles, entities, quotes
from newsgraph.store.results import (
    ArticleLinks, Companion, Link, Network, SearchResult, SpanLink,
)


def _companion(row: tuple) -> Companion:
    return Companion(row[0], row[1], row[2], row[4], json.loads(row[3]) if row[3] else None)


def companions(conn: sqlite3.Connection, actor: int, limit: int = 20) -> list[Companion]:
    """Actors named in the same articles as ``actor``, most shared articles first."""
    return [_companion(r) for r in conn.execute(q.COMPANIONS, {"id": actor, "limit": limit})]


def network(conn: sqlite3.Connection, actor: int, limit: int = 20) -> Network:
    """``actor`` and its ``limit`` closest companions, with how many of ``actor``'s
    articles name both actors of each pair."""
    center = conn.execute(q.DOSSIER_ACTOR, {"id": actor}).fetchone()
    around = companions(conn, actor, limit)
    nodes = (Companion(center[0], center[1], center[2], 0,
                       json.loads(center[3]) if center[3] else None), *around)
    ids = json.dumps([n.id for n in nodes])
    links = tuple(Link(*r) for r in conn.execute(q.CO_OCCURRENCES, {"ids": ids, "center": actor}))
    return Network(center=actor, nodes=nodes, links=links)


def article_links(conn: sqlite3.Connection, article_id: str) -> ArticleLinks:
    p = {"id": article_id}
    return ArticleLinks(
        article_id=article_id,
        actors=dict(conn.execute(q.ARTICLE_ACTOR_LINKS, p).fetchall()),
        events=tuple(SpanLink(*r) for r in conn.execute(q.ARTICLE_EVENT_LINKS, p)),
        quotes=tuple(SpanLink(*r) for r in conn.execute(q.ARTICLE_QUOTE_LINKS, p)),
    )


def quote_channels(conn: sqlite3.Connection) -> dict[str, int]:
    """Every channel a stored quote was reported on, with its count, most used first."""
    return dict(conn.execute(q.QUOTE_CHANNELS).fetchall())


def search(conn: sqlite3.Connection, query: str, limit: int = 10,
           offset: int = 0) -> SearchResult:
    """Actors whose names are like ``query``, and articles and quotes holding its words."""
    page = {"limit": limit, "offset": offset}
    return SearchResult(
        query=query,
        actors=tuple(entities(conn, search=query, **page)),
        articles=tuple(articles(conn, search=query, **page)),
        quotes=tuple(quotes(conn, search=query, **page)),
    )
