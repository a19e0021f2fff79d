"""Listing queries: articles, one article, actors, errors and counts."""

from __future__ import annotations

import json
import re
import sqlite3

from newsgraph.errors import InputError, NotFound
from newsgraph.records import Article
from newsgraph.resolve.names import fold, name_key
from newsgraph.store import codes
from newsgraph.store import queries as q
from newsgraph.store.results import ArticleRow, EntityRow, ErrorRow, QuoteRow, Stats

_WORD = re.compile(r"[^\W_]")
# Longer searches are refused: SQLite refuses a LIKE pattern past 50,000 bytes ("pattern
# too complex"), and no one types a search this long.
MAX_SEARCH_CHARS = 1_000


def checked(search: str) -> str:
    """``search`` itself, or an InputError when it is too long to be a search."""
    if len(search) > MAX_SEARCH_CHARS:
        raise InputError(f"the search is {len(search):,} characters long, over the limit of "
                         f"{MAX_SEARCH_CHARS:,}", hint="search for a few words or a name")
    return search


def fts_query(search: str) -> str | None:
    """A safe FTS5 query: every whitespace-separated term quoted, all terms required.

    FTS5 syntax in user input (quotes, ``NEAR``, ``AND``, ``-``, ``:``) is taken literally;
    only a trailing ``*`` keeps its meaning of a prefix search. None when no term has a
    letter or digit to look for.
    """
    terms = []
    # FTS5 reads a NUL as the query's end
    for term in checked(search).replace("\x00", " ").split():
        prefix = term.endswith("*")
        word = term.rstrip("*")
        if _WORD.search(word):
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def has_article(conn: sqlite3.Connection, article_id: str) -> bool:
    return conn.execute(q.ARTICLE_EXISTS, {"id": article_id}).fetchone() is not None


def articles(
    conn: sqlite3.Connection, limit: int = 50, offset: int = 0, search: str | None = None,
    from_: str | None = None, to: str | None = None,
) -> list[ArticleRow]:
    params = {"limit": limit, "offset": offset, "from": from_, "to": to}
    if search is not None and search.strip():
        match = fts_query(search)
        if match is None:
            return []
        rows = conn.execute(q.ARTICLES_SEARCH, {**params, "match": match})
    else:
        rows = conn.execute(q.ARTICLES, params)
    return [ArticleRow(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7])
            for r in rows]


def article_id(conn: sqlite3.Connection, id_or_prefix: str) -> str:
    """The full id of the one article whose id is, or starts with, ``id_or_prefix``."""
    prefix = id_or_prefix.strip().lower()
    missing = NotFound(f"no article with id {id_or_prefix!r}",
                       hint="list the stored articles to see their ids")
    if not prefix:
        raise missing
    if conn.execute(q.ARTICLE_EXISTS, {"id": prefix}).fetchone():
        return prefix
    ids = [r[0] for r in conn.execute(q.ARTICLE_IDS_BY_PREFIX, {"prefix": prefix, "limit": 6})]
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise missing
    shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
    raise NotFound(f"article id prefix {id_or_prefix!r} matches several articles",
                   hint=f"give more of the id: {shown}")


def article(conn: sqlite3.Connection, id_or_prefix: str) -> Article:
    (record,) = conn.execute(q.ARTICLE_RECORD, {"id": article_id(conn, id_or_prefix)}).fetchone()
    return Article.from_dict(json.loads(record))


def _like(text: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def entities(
    conn: sqlite3.Connection,
    type: str | None = None,  # noqa: A002 - the field's name
    search: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[EntityRow]:
    """Actors, most mentioned first; ``search`` ignores case and diacritics."""
    search = checked(search).strip() if search else None
    params = {
        "type": type.upper() if type else None, "limit": limit, "offset": offset,
        "pattern": _like(fold(search)) if search else None,
        "key_pattern": _like(name_key(search) or fold(search)) if search else None,
    }
    rows = conn.execute(q.ENTITIES, params).fetchall()
    now = codes.current(conn, [r[0] for r in rows])
    return [EntityRow(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], r[5], r[6],
                      now[r[0]].code if now.get(r[0]) else None,
                      codes.source_text(now.get(r[0])))
            for r in rows]


def quotes(
    conn: sqlite3.Connection, *, by: int | None = None, about: int | None = None,
    channel: str | None = None, search: str | None = None, from_: str | None = None,
    to: str | None = None, limit: int = 100, offset: int = 0,
) -> list[QuoteRow]:
    """Quotes, newest first: by a speaker, naming an actor, on a channel, in a date range."""
    match = fts_query(search) if search and search.strip() else None
    if search and search.strip() and match is None:
        return []
    params = {"by": by, "about": about, "channel": channel, "match": match, "from": from_,
              "to": to, "limit": limit, "offset": offset}
    return [QuoteRow(*row) for row in conn.execute(q.QUOTES, params)]


def errors(conn: sqlite3.Connection, limit: int = 100) -> list[ErrorRow]:
    return [ErrorRow(*row) for row in conn.execute(q.ERRORS, {"limit": limit})]


def stats(conn: sqlite3.Connection) -> Stats:
    return Stats(*conn.execute(q.STATS).fetchone())
