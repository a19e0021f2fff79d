"""Reading events: listings, one event with every source, and an actor's timeline.

Actors arrive here as ids (``Store`` resolves names with ``dossier.resolve_actor``).
"""

from __future__ import annotations

import json
import sqlite3

from newsgraph.errors import NotFound
from newsgraph.store import queries as q
from newsgraph.store.read import quotes
from newsgraph.store.results import (
    ArticleRef, EventActorRow, EventDetail, EventRow, EventSourceRow, QuoteRow, TimelineEntry,
)

ALL = 1_000_000  # "no limit" for a timeline, which is not paged


def _params(actor: int | None, with_: int | None, type_: str | None, from_: str | None,
            to: str | None, status: str | None = "reported") -> dict[str, object]:
    """``status=None`` lists events of every status."""
    return {"actor": actor, "with": with_, "type": type_.upper() if type_ else None,
            "from": from_, "to": to, "status": status}


def _row(r: tuple) -> EventRow:
    return EventRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7], r[8], r[9],
                    r[10], tuple(json.loads(r[11])), tuple(json.loads(r[12])))


def events(
    conn: sqlite3.Connection, *, actor: int | None = None, with_: int | None = None,
    type_: str | None = None, from_: str | None = None, to: str | None = None,
    status: str | None = "reported", limit: int = 100, offset: int = 0,
) -> list[EventRow]:
    """Events involving ``actor`` (and ``with_``), of a type and status (None: any), dated in
    a range; newest first."""
    params = {**_params(actor, with_, type_, from_, to, status), "limit": limit,
              "offset": offset}
    return [_row(r) for r in conn.execute(q.EVENTS, params)]


def event(conn: sqlite3.Connection, event_id: int | str) -> EventDetail:
    """One event with its actors and every report of it."""
    text = str(event_id).strip()
    fits = text.isascii() and text.isdigit() and len(text) <= 18  # SQLite's 64-bit INTEGER
    row = conn.execute(q.EVENT, {"id": int(text)}).fetchone() if fits else None
    if row is None:
        raise NotFound(f"no event with id {event_id!r}",
                       hint="list the stored events with their ids: newsgraph events")
    p = {"id": row[0]}
    return EventDetail(
        *row,
        actors=tuple(EventActorRow(*r) for r in conn.execute(q.EVENT_ACTORS, p)),
        sources=tuple(EventSourceRow(*r) for r in conn.execute(q.EVENT_SOURCES, p)),
    )


def timeline(
    conn: sqlite3.Connection, actor: int, other: int | None = None,
    from_: str | None = None, to: str | None = None,
) -> list[TimelineEntry]:
    """Events involving ``actor`` (with ``other``), and what ``actor`` said (or what either
    said naming the other), oldest first, undated last."""
    rows = conn.execute(q.EVENTS_IN_ORDER, _params(actor, other, None, from_, to)).fetchall()
    entries = [_event_entry(conn, _row(r)) for r in rows]
    entries += [_quote_entry(conn, quote) for quote in _statements(conn, actor, other, from_, to)]
    return sorted(entries, key=lambda e: (e.date is None, e.date or "", e.what, e.id))


def _statements(conn: sqlite3.Connection, actor: int, other: int | None,
                from_: str | None, to: str | None) -> list[QuoteRow]:
    if other is None:
        return quotes(conn, by=actor, from_=from_, to=to, limit=ALL)
    return (quotes(conn, by=actor, about=other, from_=from_, to=to, limit=ALL)
            + quotes(conn, by=other, about=actor, from_=from_, to=to, limit=ALL))


def _event_entry(conn: sqlite3.Connection, row: EventRow) -> TimelineEntry:
    sources = conn.execute(q.EVENT_SOURCES, {"id": row.id}).fetchall()
    refs = tuple(ArticleRef(s[0], s[1], s[3], s[2]) for s in sources)
    text = sources[0][7] if sources else ""
    return TimelineEntry(row.date, "event", row.id, row.type, row.kind, text,
                         row.participants, refs)


def _quote_entry(conn: sqlite3.Connection, quote: QuoteRow) -> TimelineEntry:
    ref = ArticleRef(*conn.execute(q.ARTICLE_REF, {"id": quote.article_id}).fetchone())
    speaker = quote.speaker_name or quote.speaker
    return TimelineEntry(quote.date, "quote", quote.id, quote.kind, quote.channel, quote.text,
                         (speaker,) if speaker else (), (ref,))
