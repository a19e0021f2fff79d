"""Actor codes read from the store: each actor's names, kb and roles handed to
``resolve.codes``, whose ``CodeHistory`` says the code at any date.

Codes are derived when read, never stored: a merge, a split or a new article's roles
change them at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from newsgraph.resolve.codes import ActorCode, ActorFacts, Coder, CodeHistory, RoleFact
from newsgraph.store import analyst_queries as q


@lru_cache(maxsize=1)
def coder() -> Coder:
    return Coder()


def _kb(text: str | None) -> dict | None:
    return json.loads(text) if text else None


def facts(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, ActorFacts]:
    """The facts of each actor of ``ids`` (unknown ids are left out)."""
    p = {"ids": json.dumps(sorted(set(ids)))}
    roles: dict[int, list[RoleFact]] = {}
    for r in conn.execute(q.CODE_ROLES, p):
        roles.setdefault(r[0], []).append(RoleFact(r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                                   _kb(r[8])))
    return {r[0]: ActorFacts(r[0], r[1], r[2], _kb(r[3]), tuple(roles.get(r[0], ())))
            for r in conn.execute(q.CODE_ACTORS, p)}


def histories(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, CodeHistory]:
    """Each actor's codes over time."""
    c = coder()
    return {i: c.history(f) for i, f in facts(conn, ids).items()}


def current(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, ActorCode | None]:
    """Each actor's code today: after the latest report of its roles."""
    return {i: h.current for i, h in histories(conn, ids).items()}


def source_text(code: ActorCode | None) -> str | None:
    """Where a code came from, in one line: 'role: President of Syria (2022-12-29)'."""
    if code is None:
        return None
    return f"{code.source}: {code.basis}" + (f" ({code.since})" if code.since else "")
