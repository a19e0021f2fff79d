"""An analyst's identity corrections: ``merge`` two actors into one, ``split`` a name off.

Both run in one transaction and are recorded in ``identity_corrections``. A merge needs no
rule afterwards: every name of the absorbed actor now belongs to the kept one, so later
articles find it there. A split leaves a rule: the name that left never joins the actor it
was split from again (``split_exclusions``), wherever it turns up later.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from newsgraph.errors import NewsgraphError
from newsgraph.resolve.names import name_key, strip_possessive
from newsgraph.store import analyst_queries as aq
from newsgraph.store import queries as q
from newsgraph.store.dossier import resolve_actor


class CorrectionError(NewsgraphError):
    """A merge or split that cannot be done as asked."""

    kind = "correction"


def merge_actors(conn: sqlite3.Connection, keep: int | str, drop: int | str, now: str) -> int:
    """Fold actor ``drop`` into actor ``keep`` (names, ids or aliases); returns ``keep``'s id."""
    keep_id, drop_id = resolve_actor(conn, keep), resolve_actor(conn, drop)
    if keep_id == drop_id:
        raise CorrectionError(f"{keep!r} and {drop!r} are already one actor ({keep_id})",
                              hint="list the actor's names with: newsgraph show NAME")
    for statement in aq.MERGE_ACTOR:
        conn.execute(statement, {"keep": keep_id, "drop": drop_id})
    conn.execute(aq.CORRECTION_INSERT, {"kind": "merge", "actor_id": keep_id, "other_id": drop_id,
                                       "name": None, "name_key": None, "at": now})
    return keep_id


def _named(text: str, key: str) -> bool:
    return name_key(strip_possessive(text)) == key


def split_actor(conn: sqlite3.Connection, actor: int | str, name: str, now: str) -> int:
    """Give ``name`` (and the mentions, article entities, roles and quotes that go by it)
    an actor of its own; returns the new actor's id."""
    old = resolve_actor(conn, actor)
    key = name_key(name)
    names = [r[0] for r in conn.execute(aq.ACTOR_NAME_ROWS, {"id": old}) if _named(r[0], key)]
    if not names:
        raise CorrectionError(f"actor {old} is not known by the name {name!r}",
                              hint="see its names with: newsgraph show " + str(old))
    kind = conn.execute(q.ACTOR_GET, {"id": old}).fetchone()[2]
    new = conn.execute(q.ACTOR_INSERT, {"name": names[0], "type": kind, "kb": None,
                                        "created_at": now}).lastrowid
    _move_names(conn, old, new, names)
    moved = _move_entities(conn, old, new, key)
    mention_ids = _move_mentions(conn, old, new, key, moved)
    conn.execute(aq.MOVE_SPOKEN, {"from": old, "to": new, "mention_ids": json.dumps(mention_ids)})
    conn.execute(aq.CORRECTION_INSERT, {"kind": "split", "actor_id": old, "other_id": new,
                                       "name": name, "name_key": key, "at": now})
    return new


def _move_names(conn: sqlite3.Connection, old: int, new: int, names: Iterable[str]) -> None:
    for n in names:
        conn.execute(aq.MOVE_NAME, {"from": old, "to": new, "name": n,
                                   "evidence": f"split by hand from actor {old}"})


def _move_entities(conn: sqlite3.Connection, old: int, new: int, key: str) -> set[tuple]:
    """Article entities whose own name is the split name move whole, roles included."""
    moved = {(a, e) for a, e, n in conn.execute(aq.ACTOR_ENTITY_ROWS, {"id": old}) if _named(n, key)}
    for article_id, entity_id in moved:
        p = {"from": old, "to": new, "article_id": article_id, "entity_id": entity_id}
        conn.execute(aq.MOVE_ENTITY, p)
        conn.execute(aq.MOVE_ENTITY_ROLES, p)
    return moved


def _move_mentions(
    conn: sqlite3.Connection, old: int, new: int, key: str, moved: set[tuple]
) -> list[int]:
    """Mentions that read as the split name, and every mention of a moved entity."""
    rows = conn.execute(aq.ACTOR_MENTION_ROWS, {"id": old})
    ids = [m_id for m_id, article_id, entity_id, text in rows
           if (article_id, entity_id) in moved or _named(text, key)]
    conn.executemany(aq.MOVE_MENTION, [{"to": new, "id": i} for i in ids])
    return ids


def splits(conn: sqlite3.Connection) -> dict[str, frozenset[int]]:
    """Every split an analyst made: the name key that left -> the actors it left (read
    once per article stored, as they are few)."""
    found: dict[str, set[int]] = {}
    for key, actor_id in conn.execute(aq.SPLITS):
        found.setdefault(key, set()).add(actor_id)
    return {key: frozenset(ids) for key, ids in found.items()}


def split_exclusions(conn: sqlite3.Connection, name: str,
                     made: dict[str, frozenset[int]] | None = None) -> frozenset[int]:
    """Actors a name was split from: never candidates for an entity of that name. (Only the
    entity's own name counts: 'Bashar Assad' with the alias 'Assad' may still be Bashar.)
    ``made``: ``splits(conn)``, when the caller has read them."""
    return (splits(conn) if made is None else made).get(name_key(name), frozenset())
