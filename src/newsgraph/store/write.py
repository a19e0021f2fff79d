"""Writing one article: its row, its entities linked to actors, its mentions and roles.

``add_article`` runs inside the caller's transaction (``Store.add`` opens one per article),
so an article is stored whole or not at all. Cross-article identity is decided by
``newsgraph.resolve.identity.match`` over candidates fetched here.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from newsgraph.errors import NewsgraphError
from newsgraph.records import Article, Entity, Role
from newsgraph.resolve import identity
from newsgraph.resolve.names import fold, name_key, surname_key
from newsgraph.store import queries as q
from newsgraph.store.results import AddResult


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def add_article(conn: sqlite3.Connection, article: Article, now: str) -> AddResult:
    """Store ``article`` unless its content hash is already there (then change nothing)."""
    if conn.execute(q.ARTICLE_EXISTS, {"id": article.id}).fetchone():
        (linked,) = conn.execute(q.ARTICLE_ACTOR_COUNT, {"id": article.id}).fetchone()
        return AddResult(article.id, "duplicate", linked)
    insert_article(conn, article, now)
    links = {e.id: link_entity(conn, article, e, now) for e in article.entities}
    for entity in article.entities:
        insert_mentions(conn, article, entity, links[entity.id])
        insert_roles(conn, article, entity, links)
    for quote in article.quotes:
        insert_quote(conn, article, quote, links)
    insert_dates(conn, article)
    return AddResult(article.id, "stored", len(set(links.values())))


def insert_article(conn: sqlite3.Connection, article: Article, now: str) -> None:
    c = article.clean
    conn.execute(q.ARTICLE_INSERT, {
        "id": article.id, "path": c.path, "url": c.url, "title": c.title,
        "published": c.published, "outlet": c.outlet, "authors": to_json(list(c.authors)),
        "dateline": c.dateline, "language": c.language, "text": c.text,
        "dropped": to_json(list(c.dropped)), "record": to_json(article.to_dict()),
        "ingested_at": now,
    })


def candidates(conn: sqlite3.Connection, entity: Entity) -> list[identity.Candidate]:
    """Actors sharing a name key or a surname key with any name of ``entity``."""
    names = (entity.name, *entity.aliases)
    params = {"keys": to_json(sorted({name_key(n) for n in names} - {""})),
              "surnames": to_json(sorted({surname_key(n) for n in names} - {""}))}
    return [
        identity.Candidate(row[0], row[1], row[2], tuple(json.loads(row[3])),
                           json.loads(row[4]) if row[4] else None)
        for row in conn.execute(q.ACTOR_CANDIDATES, params)
    ]


def link_entity(conn: sqlite3.Connection, article: Article, entity: Entity, now: str) -> int:
    """The actor id ``entity`` is (an existing actor, or a new one), with its names added."""
    found = identity.match(entity, candidates(conn, entity), article_id=article.id)
    if found is None:
        actor_id = create_actor(conn, entity, now)
        evidence = f"first seen in article {article.id}"
    else:
        actor_id, evidence = found.actor_id, found.evidence
        update_actor(conn, actor_id, entity)
    add_names(conn, actor_id, entity, article.id, evidence)
    conn.execute(q.ARTICLE_ENTITY_INSERT, {
        "article_id": article.id, "entity_id": entity.id, "actor_id": actor_id,
        "name": entity.name, "type": entity.type, "evidence": evidence,
    })
    return actor_id


def create_actor(conn: sqlite3.Connection, entity: Entity, now: str) -> int:
    kb = to_json(entity.kb) if entity.kb else None
    params = {"name": entity.name, "type": entity.type, "kb": kb, "created_at": now}
    return conn.execute(q.ACTOR_INSERT, params).lastrowid


def update_actor(conn: sqlite3.Connection, actor_id: int, entity: Entity) -> None:
    """A longer full name becomes the actor's name; new knowledge-base keys are added."""
    row = conn.execute(q.ACTOR_GET, {"id": actor_id}).fetchone()
    kb = {**(entity.kb or {}), **json.loads(row[3] or "{}")}
    conn.execute(q.ACTOR_UPDATE, {
        "id": actor_id,
        "name": identity.canonical_name(row[1], entity.name),
        "kb": to_json(kb) if kb else None,
    })


def alias_evidence(entity: Entity, alias: str, article_id: str) -> str:
    """Why ``alias`` names the actor: the article's own reason for merging it, if given."""
    reason = next((e for e in entity.evidence if fold(alias) in fold(e)), None)
    base = f"alias of {entity.name!r} in article {article_id}"
    return f"{base}: {reason}" if reason else base


def add_names(
    conn: sqlite3.Connection, actor_id: int, entity: Entity, article_id: str, evidence: str
) -> None:
    """Record each name of ``entity`` for the actor; a name keeps its first evidence."""
    named = {entity.name: evidence}
    for alias in entity.aliases:
        named.setdefault(alias, alias_evidence(entity, alias, article_id))
    conn.executemany(q.ACTOR_NAME_INSERT, [
        {"actor_id": actor_id, "name": name, "name_key": name_key(name),
         "surname_key": surname_key(name), "folded": fold(name), "evidence": why,
         "article_id": article_id}
        for name, why in named.items()
    ])


def insert_mentions(
    conn: sqlite3.Connection, article: Article, entity: Entity, actor_id: int
) -> None:
    conn.executemany(q.MENTION_INSERT, [
        {"article_id": article.id, "entity_id": entity.id, "actor_id": actor_id,
         "start": m.start, "end": m.end, "text": m.text}
        for m in entity.mentions
    ])


def role_target(
    role: Role, article: Article, links: dict[str, int]
) -> tuple[int | None, str | None]:
    """(actor id, name) of what a role is 'of': a local entity id, else a name in the article."""
    if role.of is None:
        return None, None
    for e in article.entities:
        if role.of == e.id:
            return links[e.id], e.name
    key = name_key(role.of)
    for e in article.entities:
        if key and key in {name_key(n) for n in (e.name, *e.aliases)}:
            return links[e.id], role.of
    return None, role.of


def insert_roles(
    conn: sqlite3.Connection, article: Article, entity: Entity, links: dict[str, int]
) -> None:
    rows = []
    for role in entity.roles:
        of_actor_id, of_name = role_target(role, article, links)
        rows.append({
            "actor_id": links[entity.id], "article_id": article.id, "entity_id": entity.id,
            "role": role.role, "of_actor_id": of_actor_id, "of_name": of_name,
            "start": role.start, "end": role.end, "reported": article.clean.published,
        })
    conn.executemany(q.ROLE_INSERT, rows)


def insert_quote(
    conn: sqlite3.Connection, article: Article, quote: dict[str, Any], links: dict[str, int]
) -> None:
    """One quote, its speaker's actor and the actors named inside it."""
    speaker = quote.get("speaker") or {}
    quote_id = conn.execute(q.QUOTE_INSERT, {
        "article_id": article.id, "start": quote["start"], "end": quote["end"],
        "text": quote["text"], "kind": quote["kind"], "cue": quote.get("cue"),
        "channel": quote.get("channel"), "via": quote.get("via"),
        "speaker": speaker.get("text"), "speaker_start": speaker.get("start"),
        "speaker_end": speaker.get("end"), "speaker_actor_id": links.get(speaker.get("entity")),
        "date": article.clean.published,
    }).lastrowid
    conn.executemany(q.QUOTE_ACTOR_INSERT, [
        {"quote_id": quote_id, "actor_id": links[e.id]}
        for e in article.entities
        if any(quote["start"] <= m.start and m.end <= quote["end"] for m in e.mentions)
    ])


def insert_dates(conn: sqlite3.Connection, article: Article) -> None:
    conn.executemany(q.DATE_MENTION_INSERT, [
        {"article_id": article.id, "start": d["start"], "end": d["end"], "text": d["text"],
         "value": d.get("value"), "type": d["type"], "earliest": d.get("earliest"),
         "latest": d.get("latest"), "function": d.get("function")}
        for d in article.dates
    ])


def record_error(conn: sqlite3.Connection, error: NewsgraphError, now: str) -> None:
    conn.execute(q.ERROR_INSERT, {
        "origin": error.origin, "kind": error.kind, "message": error.message,
        "hint": error.hint, "at": now,
    })
