"""The dossier of one actor, and how a name typed by a user finds that actor.

A name is looked up as an exact actor name, then as any name the actor is known by, then
by its ``name_key`` (case, diacritics, al-/el- folded), then by its transliteration variant
(Mamluk for Mamlouk), then, for one word, as a surname.
The first step that finds anything decides: one actor is the answer; several raise
NotFound listing them; nothing at all raises NotFound with close suggestions.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections.abc import Sequence

from newsgraph.errors import NotFound
from newsgraph.resolve.names import fold, name_key, variant_key
from newsgraph.store import codes
from newsgraph.store import queries as q
from newsgraph.store.events import events
from newsgraph.store.read import quotes
from newsgraph.store.results import (
    ActorRef, ArticleRef, Dossier, MentionRow, NameRow, RoleRow,
)

_ID = re.compile(r"-?[0-9]{1,18}")  # fits SQLite's 64-bit INTEGER


def _steps(name: str) -> list[tuple[str, dict[str, str]]]:
    key = name_key(name)
    steps = [(q.ACTORS_BY_NAME, {"name": name}), (q.ACTORS_BY_ALIAS, {"name": name})]
    if key:
        steps.append((q.ACTORS_BY_KEY, {"key": key}))
        steps.append((q.ACTORS_BY_VARIANT, {"key": variant_key(name)}))
    if key and " " not in key:
        steps.append((q.ACTORS_BY_SURNAME, {"key": key}))
    return steps


def _by_id(conn: sqlite3.Connection, name_or_id: int | str) -> int | None:
    """The actor id when ``name_or_id`` is one (an int, or ASCII digits) and it exists."""
    text = str(name_or_id).strip()
    if not _ID.fullmatch(text):
        return None
    row = conn.execute(q.ACTOR_BY_ID, {"id": int(text)}).fetchone()
    return row[0] if row else None


def resolve_actor(conn: sqlite3.Connection, name_or_id: int | str) -> int:
    """The id of the one actor ``name_or_id`` names (an id, a name, an alias, a surname)."""
    found = _by_id(conn, name_or_id)
    if found is not None:
        return found
    name = str(name_or_id).strip()
    for query, params in _steps(name) if name else []:
        rows = conn.execute(query, params).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if rows:
            raise ambiguous(name, rows)
    raise missing(conn, name)


def actor_ref(conn: sqlite3.Connection, name_or_id: int | str) -> ActorRef:
    """The id, name and type of the actor ``name_or_id`` names."""
    return ActorRef(*conn.execute(q.ACTOR_BY_ID, {"id": resolve_actor(conn, name_or_id)})
                    .fetchone())


def ambiguous(name: str, rows: Sequence[Sequence]) -> NotFound:
    listed = "; ".join(f"{r[0]} {r[1]} ({r[2]})" for r in rows[:10])
    more = f" and {len(rows) - 10} more" if len(rows) > 10 else ""
    return NotFound(f"{name!r} could be any of {len(rows)} actors",
                    hint=f"give the full name or the id of one: {listed}{more}")


def missing(conn: sqlite3.Connection, name: str) -> NotFound:
    close = suggestions(conn, name)
    hint = (f"did you mean: {', '.join(close)}?" if close
            else "list the stored actors with their names and ids")
    return NotFound(f"no actor named {name!r}", hint=hint)


def suggestions(conn: sqlite3.Connection, name: str, n: int = 5) -> list[str]:
    """Stored names close to ``name``: similar spelling of the name or of one of its words."""
    key = name_key(name) or fold(name).strip()
    if not key:
        return []
    spellings: dict[str, str] = {}
    for stored, stored_key in conn.execute(q.NAME_KEYS):
        for form in (stored_key, *stored_key.split()):
            spellings.setdefault(form, stored)
    close = difflib.get_close_matches(key, list(spellings), n=n, cutoff=0.75)
    containing = [form for form in spellings if key in form]
    return list(dict.fromkeys(spellings[form] for form in close + containing))[:n]


def dossier(conn: sqlite3.Connection, name_or_id: int | str, context_chars: int,
            limit: int | None = None) -> Dossier:
    """Names with evidence, roles over time, articles, mentions in context, the quotes
    the actor said and those that name the actor, and the events the actor took part in
    (planned, hypothetical and negated ones too: each row says its status);
    ``limit`` caps the articles, mentions, quotes and events (the newest are kept)."""
    actor_id = resolve_actor(conn, name_or_id)
    row = conn.execute(q.DOSSIER_ACTOR, {"id": actor_id}).fetchone()
    n = -1 if limit is None else limit  # SQLite reads LIMIT -1 as no limit
    p = {"id": actor_id, "limit": n}
    mentions = conn.execute(q.DOSSIER_MENTIONS, {**p, "chars": max(context_chars, 0)})
    return Dossier(
        id=row[0], name=row[1], type=row[2], kb=json.loads(row[3]) if row[3] else None,
        names=tuple(NameRow(*r) for r in conn.execute(q.DOSSIER_NAMES, p)),
        roles=tuple(RoleRow(*r) for r in conn.execute(q.DOSSIER_ROLES, p)),
        articles=tuple(ArticleRef(*r) for r in conn.execute(q.DOSSIER_ARTICLES, p)),
        mentions=tuple(MentionRow(*r) for r in mentions),
        said=tuple(quotes(conn, by=actor_id, limit=n)),
        said_about=tuple(quotes(conn, about=actor_id, limit=n)),
        events=tuple(events(conn, actor=actor_id, status=None, limit=n)),  # every status, marked
        codes=codes.histories(conn, [actor_id])[actor_id].entries(),
    )
