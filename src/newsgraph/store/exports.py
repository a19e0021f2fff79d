"""Reads for exports: events with every field, quotes with the actors they name, actors
named together, actors with their counts, and mentions by article. Actors arrive as ids."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from newsgraph.store import analyst_queries as q
from newsgraph.store.results import (
    ActorSummary, CoOccurrence, EventActorRow, EventSourceRow, ExportEvent, MentionSpans,
    QuoteLink,
)


def _json(text: str | None):
    return json.loads(text) if text else None


def events(conn: sqlite3.Connection, actor: int | None, from_: str | None, to: str | None,
           status: str | None) -> list[ExportEvent]:
    """Events of ``actor`` (None: all) dated in a range, of a status (None: any)."""
    params = {"actor": actor, "with": None, "type": None, "from": from_, "to": to,
              "status": status}
    return [ExportEvent(*r[:10], _json(r[10]), r[11], r[12],
                        tuple(EventActorRow(*a) for a in json.loads(r[13])),
                        tuple(EventSourceRow(*s) for s in json.loads(r[14])))
            for r in conn.execute(q.EXPORT_EVENTS, params)]


def quotes(conn: sqlite3.Connection, actor: int | None, from_: str | None,
           to: str | None) -> list[QuoteLink]:
    params = {"actor": actor, "from": from_, "to": to}
    return [QuoteLink(*r[:10], tuple(json.loads(r[10])))
            for r in conn.execute(q.EXPORT_QUOTES, params)]


def co_occurrences(conn: sqlite3.Connection, actor: int | None, from_: str | None,
                   to: str | None) -> list[CoOccurrence]:
    params = {"actor": actor, "from": from_, "to": to}
    return [CoOccurrence(r[0], r[1], tuple(sorted(set(json.loads(r[2])))))
            for r in conn.execute(q.EXPORT_CO_OCCURRENCES, params)]


def actors(conn: sqlite3.Connection, ids: Iterable[int] | None = None) -> list[ActorSummary]:
    """The actors of ``ids`` (None: every actor), by id."""
    params = {"all": ids is None, "ids": json.dumps(sorted(set(ids or ())))}
    return [ActorSummary(r[0], r[1], r[2], _json(r[3]), tuple(json.loads(r[4])),
                         tuple(json.loads(r[5])), r[6], r[7], r[8],
                         tuple(tuple(x) for x in json.loads(r[9])))
            for r in conn.execute(q.EXPORT_ACTORS, params)]


def article_ids(conn: sqlite3.Connection, actor: int | None, from_: str | None,
                to: str | None) -> list[str]:
    """Articles published in a range (and naming ``actor``), oldest first."""
    params = {"actor": actor, "from": from_, "to": to}
    return [r[0] for r in conn.execute(q.EXPORT_ARTICLE_IDS, params)]


def mentions(conn: sqlite3.Connection, article_ids: Iterable[str]) -> list[MentionSpans]:
    params = {"articles": json.dumps(sorted(set(article_ids)))}
    return [MentionSpans(r[0], r[1], tuple(tuple(s) for s in json.loads(r[2])))
            for r in conn.execute(q.EXPORT_MENTIONS, params)]
