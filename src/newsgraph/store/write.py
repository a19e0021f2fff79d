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
from newsgraph.gazetteer import alpha2, gazetteer
from newsgraph.records import EVENT_STATUSES, Article, Entity, Role
from newsgraph.resolve import fusion, identity
from newsgraph.resolve.names import fold, name_key, surname_key, variant_key
from newsgraph.store import queries as q
from newsgraph.store.corrections import split_exclusions, splits
from newsgraph.store.results import AddResult


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def add_article(conn: sqlite3.Connection, article: Article, now: str,
                undated_days: int = 7) -> AddResult:
    """Store ``article`` unless its content hash is already there (then change nothing)."""
    if conn.execute(q.ARTICLE_EXISTS, {"id": article.id}).fetchone():
        (linked,) = conn.execute(q.ARTICLE_ACTOR_COUNT, {"id": article.id}).fetchone()
        return AddResult(article.id, "duplicate", linked)
    insert_article(conn, article, now)
    made = splits(conn)
    links = {e.id: link_entity(conn, article, e, now, made) for e in article.entities}
    for entity in article.entities:
        insert_mentions(conn, article, entity, links[entity.id])
        insert_roles(conn, article, entity, links)
    for quote in article.quotes:
        insert_quote(conn, article, quote, links)
    insert_dates(conn, article)
    kin = state_kin(article, links)
    for event in filter(is_event, article.events):
        insert_event(conn, article, event, links, now, undated_days, kin)
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


def candidates(conn: sqlite3.Connection, entity: Entity,
               made: dict[str, frozenset[int]] | None = None) -> list[identity.Candidate]:
    """Actors of a type ``entity`` may be, sharing a name key, a surname key or a variant
    key with any of its names: for people; for other types a variant key alone, as those
    are all ``identity.match`` can join them to (fewer rows: a surname key such as
    'united' is shared by many clubs). An actor split from may keep as its name one it has
    no row for any more, which only the wide look-up finds: once a split was made, every
    entity gets that one. ``made``: the splits (``corrections.splits``), if read."""
    made = splits(conn) if made is None else made
    names = (entity.name, *entity.aliases)
    params = {"variants": to_json(sorted({variant_key(n) for n in names} - {""})),
              "types": to_json(identity.compatible_types(entity.type))}
    query = q.ACTOR_CANDIDATES_BY_VARIANT
    excluded = split_exclusions(conn, entity.name, made)  # an analyst's split is kept
    if identity.needs_surnames(entity) or made:
        query = q.ACTOR_CANDIDATES
        params["keys"] = to_json(sorted({name_key(n) for n in names} - {""}))
        params["surnames"] = to_json(sorted({surname_key(n) for n in names} - {""}))
    return [
        identity.Candidate(row[0], row[1], row[2], tuple(json.loads(row[3])),
                           json.loads(row[4]) if row[4] else None,
                           tuple(n for n in json.loads(row[5]) if n))
        for row in conn.execute(query, params)
        if row[0] not in excluded
    ]


def link_entity(conn: sqlite3.Connection, article: Article, entity: Entity, now: str,
                made: dict[str, frozenset[int]] | None = None) -> int:
    """The actor id ``entity`` is (an existing actor, or a new one), with its names added;
    ``made``: the analyst's splits, if read."""
    found = identity.match(entity, candidates(conn, entity, made), article_id=article.id)
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
         "variant_key": variant_key(name),
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


_ROLES = (("participants", "participant"), ("actors", "actor"), ("targets", "target"))


def is_event(event: Any) -> bool:
    """Whether a record's event has the schema's shape; any other dict stays in the
    article record but is not modelled."""
    return isinstance(event, dict) and isinstance(event.get("type"), str) \
        and isinstance(event.get("trigger"), str) \
        and all(type(event.get(k)) is int for k in ("start", "end"))


def _refs(event: dict[str, Any], key: str) -> list[str]:
    found = event.get(key)
    return [r for r in found if isinstance(r, str)] if isinstance(found, list) else []


def _linked(event: dict[str, Any], links: dict[str, int]) -> set[tuple[int, str]]:
    """(actor id, role) of each participant, actor and target that names an entity."""
    return {(links[r], role) for key, role in _ROLES for r in _refs(event, key) if r in links}


def _date(event: dict[str, Any]) -> dict[str, Any]:
    date = event.get("date")
    return {k: v if isinstance(v, str) else None for k, v in date.items()} \
        if isinstance(date, dict) else {}


def _location(event: dict[str, Any]) -> str | None:
    location = event.get("location")
    return location if isinstance(location, str) else None


def event_facts(event: dict[str, Any], links: dict[str, int],
                entities: dict[str, Entity] | None = None) -> fusion.EventFacts:
    """The report as fusion sees it: entity ids swapped for actor ids, unlinked names
    left out (a name alone cannot say which actor it is); ``entities``: the article's
    entities by id, for the place's country and kind and the sides of the participants."""
    date = _date(event)
    kind = event.get("kind")
    entities = entities or {}
    place = entities.get(_location(event) or "")
    kb = place.kb if place is not None and isinstance(place.kb, dict) else {}
    named = {links[r]: e for key, _ in _ROLES for r in _refs(event, key)
             if r in links and (e := entities.get(r)) is not None}
    sides = (fusion.side_of(actor, e.type, e.name, e.kb) for actor, e in named.items())
    return fusion.EventFacts(
        type=event["type"], kind=kind if isinstance(kind, str) else None,
        participants=frozenset(actor_id for actor_id, _ in _linked(event, links)),
        targets=frozenset(actor_id for actor_id, role in _linked(event, links)
                          if role == "target"),
        date=date.get("value"), earliest=date.get("earliest"), latest=date.get("latest"),
        location=links.get(_location(event)), status=_status(event),
        location_country=kb.get("country_code"), location_is_country=kb.get("kind") == "country",
        location_area=place is not None and place.type == "LOC",
        sides=frozenset(s for s in sides if s is not None),
        people=frozenset(actor for actor, e in named.items() if e.type == "PERSON"),
    )


def _status(event: dict[str, Any]) -> str:
    status = event.get("status")
    return status if status in EVENT_STATUSES else "reported"


def _text(event: dict[str, Any], key: str) -> str | None:
    value = event.get(key)
    return value if isinstance(value, str) else None


def event_candidates(
    conn: sqlite3.Connection, article: Article, report: fusion.EventFacts,
    related: set[int] | frozenset[int] = frozenset(),
) -> list[fusion.EventFacts]:
    """Stored events of other articles naming a participant of ``report`` or one of the
    ``related`` actors (the country of a state organ it names, or that country's organs),
    of its status and of its type (or another type that can name the same happening): only
    events ``fusion.same_event`` can find it to be."""
    params = {"actors": to_json(sorted(report.participants | related)), "article_id": article.id,
              "status": report.status, "type": report.type,
              "cross": to_json([f"{t} {k}" for t, k in fusion.other_types(report)])}
    return [
        fusion.EventFacts(type=r[1], kind=r[2], date=r[3], earliest=r[4], latest=r[5],
                          location=r[6], participants=frozenset(json.loads(r[7])), id=r[0],
                          status=r[8], targets=frozenset(json.loads(r[9])),
                          location_country=r[10], location_is_country=r[11] == "country",
                          location_area=r[13] == "LOC", bounded=r[14] == "publication",
                          people=frozenset(json.loads(r[15] or "[]")),
                          sides=_sides(r[12]))
        for r in conn.execute(q.EVENT_CANDIDATES, params)
    ]


def _sides(found: str | None) -> frozenset[fusion.Side]:
    """The sides of a stored event's participants, from (actor id, type, name, kb) rows."""
    rows = (json.loads(row) if isinstance(row, str) else row for row in json.loads(found or "[]"))
    sides = (fusion.side_of(actor, type_, name, kb) for actor, type_, name, kb in rows)
    return frozenset(s for s in sides if s is not None)


def state_kin(article: Article, links: dict[str, int]) -> dict[str, frozenset[int]]:
    """Country (ISO alpha-3) -> the actors of the article that are that country or organs of
    its state: a report naming one of them may be a stored event that names another."""
    out: dict[str, set[int]] = {}
    for e in article.entities:
        side = fusion.side_of(links[e.id], e.type, e.name, e.kb) if e.id in links else None
        if side is not None and side.country:
            out.setdefault(side.country, set()).add(side.actor)
    return {code: frozenset(ids) for code, ids in out.items()}


def country_actors(conn: sqlite3.Connection, codes: set[str]) -> set[int]:
    """The stored actors that are the countries of ``codes`` (ISO alpha-3), found by the
    gazetteer's name of each: a report naming a state organ ('the Philippine Navy') may be
    a stored event naming its country."""
    out: set[int] = set()
    for code in codes:
        place = gazetteer().country_by_code(alpha2(code) or "")
        if place is not None:
            key = {"key": name_key(place.name)}
            out.update(r[0] for r in conn.execute(q.COUNTRY_ACTORS_BY_KEY, key))
    return out


def insert_event(
    conn: sqlite3.Connection, article: Article, event: dict[str, Any], links: dict[str, int],
    now: str, undated_days: int, kin: dict[str, frozenset[int]],
) -> int:
    """Attach the report to the stored event it is (``fusion.best_match``), else a new one;
    ``kin``: the article's ``state_kin``."""
    entities = {e.id: e for e in article.entities}
    report = fusion.bounded(event_facts(event, links, entities), article.clean.published,
                            undated_days)
    related = {a for side in report.sides if side.country for a in kin.get(side.country, ())}
    related |= country_actors(conn, {s.country for s in report.sides
                                     if s.country and not s.is_country})
    candidates = event_candidates(conn, article, report, related)
    stored = fusion.best_match(report, candidates)
    location = None if report.location is not None else _location(event)
    date_source = _text(event, "date_source") or ("publication" if report.dated else None)
    location_source = _text(event, "location_source") if _location(event) else None
    if stored is None:
        event_id = conn.execute(q.EVENT_INSERT, {
            "type": report.type, "kind": report.kind, "date": report.date,
            "earliest": report.earliest, "latest": report.latest,
            "date_source": date_source if report.dated else None,
            "location_actor_id": report.location, "location": location,
            "location_source": location_source, "status": report.status, "first_seen": now,
        }).lastrowid
    else:
        event_id = stored.id
        update_event(conn, stored, report, date_source, location, location_source)
        for other in fusion.joined_by(report, stored, candidates):
            if not _share_article(conn, stored.id, other.id):  # an article told them apart
                merge_events(conn, fusion.fuse(stored, report), other)
    add_event_actors(conn, event_id, event, links)
    add_event_source(conn, article, event, event_id, date_source, location_source)
    return event_id


def update_event(
    conn: sqlite3.Connection, stored: fusion.EventFacts, report: fusion.EventFacts,
    date_source: str | None, location: str | None, location_source: str | None,
) -> None:
    fused = fusion.fuse(stored, report)
    moved = (fused.date, fused.earliest, fused.latest) != \
        (stored.date, stored.earliest, stored.latest)
    conn.execute(q.EVENT_UPDATE, {
        "id": stored.id, "date": fused.date, "earliest": fused.earliest,
        "latest": fused.latest, "date_source": date_source if moved else None,
        "location_actor_id": fused.location,
        "location": location if fused.location is None else None,
        "location_source": location_source,
    })


def _share_article(conn: sqlite3.Connection, one: int | None, other: int | None) -> bool:
    """Whether one article reports both events: it told them apart, and a later report
    that fits both does not make them one."""
    params = {"one": one, "other": other}
    return conn.execute(q.EVENTS_SHARE_ARTICLE, params).fetchone() is not None


def merge_events(conn: sqlite3.Connection, keep: fusion.EventFacts,
                 drop: fusion.EventFacts) -> None:
    """Fold stored event ``drop`` into ``keep``: its sources and actors move over, the
    narrower date and any place it knew are kept."""
    fused = fusion.fuse(keep, drop)
    params = {"keep": keep.id, "drop": drop.id}
    for statement in (q.EVENT_MERGE_SOURCES, q.EVENT_MERGE_ACTORS, q.EVENT_DROP_ACTORS,
                      q.EVENT_MERGE_PLACE, q.EVENT_DROP):
        conn.execute(statement, params)
    conn.execute(q.EVENT_UPDATE, {
        "id": keep.id, "date": fused.date, "earliest": fused.earliest, "latest": fused.latest,
        "date_source": None, "location_actor_id": fused.location, "location": None,
        "location_source": None,
    })


def add_event_actors(
    conn: sqlite3.Connection, event_id: int, event: dict[str, Any], links: dict[str, int]
) -> None:
    """Everyone who acted or was acted upon is also a participant."""
    rows = _linked(event, links)
    rows |= {(actor_id, "participant") for actor_id, _ in rows}
    conn.executemany(q.EVENT_ACTOR_INSERT, [
        {"event_id": event_id, "actor_id": actor_id, "role": role}
        for actor_id, role in sorted(rows, key=lambda r: (r[1] != "participant", r))
    ])


def add_event_source(
    conn: sqlite3.Connection, article: Article, event: dict[str, Any], event_id: int,
    date_source: str | None, location_source: str | None,
) -> None:
    sources = [fusion.SourceText(*r) for r in conn.execute(q.EVENT_SOURCE_TEXTS,
                                                            {"event_id": event_id})]
    date = _date(event)
    conn.execute(q.EVENT_SOURCE_INSERT, {
        "event_id": event_id, "article_id": article.id, "trigger": event["trigger"],
        "start": event["start"], "end": event["end"],
        "sentence": sentence_of(article, event["start"], event["end"]) or event["trigger"],
        "date": date.get("value"), "date_text": date.get("text"),
        "date_source": date_source, "location_source": location_source,
        "status": _status(event),
        "family": fusion.family(article.id, article.clean.text, article.clean.outlet, sources),
    })


def sentence_of(article: Article, start: int, end: int) -> str:
    """The sentence holding [start, end): from the extractor's sentences when the record
    has them (a stored record does not), else between the nearest sentence ends."""
    for s in article.sentences:
        if s.start <= start and end <= s.end:
            return s.text.strip()
    text = article.clean.text
    left = max(text.rfind(p, 0, start) for p in (". ", "! ", "? ", "\n"))
    ends = [i for i in (text.find(p, end) for p in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[left + 1:min(ends) + 1 if ends else len(text)].strip()


def record_error(conn: sqlite3.Connection, error: NewsgraphError, now: str) -> None:
    conn.execute(q.ERROR_INSERT, {
        "origin": error.origin, "kind": error.kind, "message": error.message,
        "hint": error.hint, "at": now,
    })
