"""Cross-article identity: is this article's entity an actor the store already holds?

Pure functions over candidates the store fetches (no SQL, no spaCy). ``match`` merges only
what is safe, and says why in an evidence string:

* types must be compatible: PERSON with PERSON, ORG with ORG, places (GPE/LOC/FAC)
  together, NORP with NORP, any other type only with itself; and knowledge-base ids must
  not disagree (Turkey, geonameid 298795, is not the city of Ankara, 323786, even where an
  article used "Ankara" for Turkey's government);
* names compare by ``variant_key``: spelling and transliteration variants meet
  ("Bashar Al-Assad" ~ "Bashar Assad", "Ali Mamlouk" ~ "Ali Mamluk"); the evidence says
  when only the variant key agreed;
* people with a full name (two or more name tokens) join an actor holding the same full
  name key; a one-word alias such as "Assad" never links a full name to an actor, because
  several people share a surname;
* a surname-only person ("Assad") joins the one PERSON actor of that surname, and only
  when exactly one exists; a full name likewise absorbs a surname-only actor when that
  actor is the only person of the surname. "Bashar Assad" and "Rifaat Assad" stay two;
* other types join an actor sharing the key of their name, else of one of their aliases
  when exactly one actor does;
* a group or role an event named by its phrase ('police') joins only a group of the same
  name and the same country;
* before all of these, a name an analyst merged into an actor by hand is that actor's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from newsgraph.records import Entity
from newsgraph.resolve.names import name_key, variant_key

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# ``Entity.kb`` keys that identify one thing: two different values mean two things.
KB_ID_KEYS = ("geonameid", "wikidata")


def type_group(entity_type: str) -> str:
    """The group within which types may merge: places together, others by themselves."""
    return "PLACE" if entity_type in PLACE_TYPES else entity_type


def compatible(a: str, b: str) -> bool:
    return type_group(a) == type_group(b)


def compatible_types(entity_type: str) -> tuple[str, ...]:
    """Every type ``compatible`` with ``entity_type`` (for the store to fetch only those)."""
    group = type_group(entity_type)
    return tuple(sorted({*PLACE_TYPES, group})) if group == "PLACE" else (entity_type,)


def needs_surnames(entity: Entity) -> bool:
    """Whether ``match`` may join ``entity`` to an actor by a surname or a name key that no
    variant key of theirs shares: people only. For every other type each rule compares the
    variant keys of the entity's names with those of the candidate's, so the candidates
    sharing one are all it can choose from."""
    return entity.type == "PERSON"


def kb_agrees(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    """False when both name a knowledge-base id of the same kind and the ids differ."""
    if not a or not b:
        return True
    return all(a[k] == b[k] for k in KB_ID_KEYS if k in a and k in b)


def _keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (variant_key(n) for n in names) if k)


def _same(name: str, c: Candidate) -> str:
    """How ``name`` is the name of ``c``: the same name, or a spelling of it."""
    exact = name_key(name) in {name_key(n) for n in (c.name, *c.names)}
    return f"same name as {c.name!r}" if exact else f"{name!r} spelled as {c.name!r}"


def _full(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if " " in k)


@dataclass(frozen=True)
class Candidate:
    """An actor the store holds, with every name it is known by."""

    actor_id: int
    type: str
    name: str
    names: tuple[str, ...] = ()
    kb: Mapping[str, Any] | None = field(default=None, compare=False)
    confirmed: tuple[str, ...] = ()  # names an analyst merged into it by hand

    @cached_property
    def keys(self) -> frozenset[str]:
        return _keys((self.name, *self.names))

    @cached_property
    def full_keys(self) -> frozenset[str]:
        return _full(self.keys)

    @property
    def surname_only(self) -> bool:
        return not self.full_keys

    @cached_property
    def surname_keys(self) -> frozenset[str]:
        """Surnames of its full names; a surname-only actor's own one-word names."""
        if self.full_keys:
            return frozenset(k.split()[-1] for k in self.full_keys)
        return self.keys


@dataclass(frozen=True)
class Match:
    """The actor an entity belongs to, and why."""

    actor_id: int
    evidence: str

    def to_dict(self) -> dict[str, object]:
        return {"actor_id": self.actor_id, "evidence": self.evidence}


def match(
    entity: Entity, candidates: Sequence[Candidate], article_id: str | None = None
) -> Match | None:
    """The existing actor ``entity`` is, or None when it is new (or it is not safe to say).

    ``candidates`` come in actor-id order: when several hold the entity's very name, the
    oldest wins, so an entity never moves between actors from one run to the next.
    """
    pool = [c for c in candidates
            if compatible(c.type, entity.type) and kb_agrees(c.kb, entity.kb)]
    where = f" in article {article_id}" if article_id else ""
    confirmed = _by_confirmed_name(entity, pool, where)
    if confirmed is not None:
        return confirmed
    if is_group(entity.kb) or any(is_group(c.kb) for c in pool if variant_key(entity.name) in c.keys):
        return _match_group(entity, pool, where)
    if entity.type == "PERSON":
        return _match_person(entity, pool, where)
    return _match_other(entity, pool, where)


def canonical_name(current: str, seen: str) -> str:
    """Keep ``current`` unless ``seen`` is a longer full name (no flip-flop on ties)."""
    if len(name_key(seen).split()) > len(name_key(current).split()):
        return seen
    return current


def _by_confirmed_name(entity: Entity, pool: list[Candidate], where: str) -> Match | None:
    """An analyst's merge is trusted beyond the rules: a name merged by hand into an actor
    is that actor's, even a one-word one ('Reis' for Erdogan)."""
    main = variant_key(entity.name)
    for c in pool:
        if main and main in _keys(c.confirmed):
            return Match(c.actor_id, f"{entity.name!r}{where} was merged by hand into {c.name!r}")
    return None


def _match_person(entity: Entity, pool: list[Candidate], where: str) -> Match | None:
    keys = _keys((entity.name, *entity.aliases))
    full = _full(keys)
    if full:
        return _by_full_name(entity, full, pool, where) or _absorb_surname(
            entity, full, pool, where
        )
    return _by_surname(entity, keys, pool, where)


def _by_full_name(
    entity: Entity, full: frozenset[str], pool: list[Candidate], where: str
) -> Match | None:
    main = variant_key(entity.name)
    for c in pool:
        if main in c.full_keys:
            return Match(c.actor_id, f"{_same(entity.name, c)}{where}")
    hits = [c for c in pool if c.full_keys & full]
    if len(hits) != 1:
        return None
    alias = next(a for a in entity.aliases if variant_key(a) in hits[0].full_keys)
    return Match(hits[0].actor_id, f"alias {alias!r} of {entity.name!r}{where} "
                                   f"is the name of {hits[0].name!r}")


def _absorb_surname(
    entity: Entity, full: frozenset[str], pool: list[Candidate], where: str
) -> Match | None:
    surnames = frozenset(k.split()[-1] for k in full)
    same = [c for c in pool if c.surname_keys & surnames]
    if len(same) != 1 or not same[0].surname_only:
        return None
    return Match(same[0].actor_id, f"full name {entity.name!r}{where} of surname "
                                   f"{same[0].name!r}, the only person so named")


def _by_surname(
    entity: Entity, keys: frozenset[str], pool: list[Candidate], where: str
) -> Match | None:
    same = [c for c in pool if c.surname_keys & keys]
    if len(same) == 1:
        c = same[0]
        if c.surname_only:
            return Match(c.actor_id, f"{_same(entity.name, c)}{where}")
        return Match(c.actor_id, f"surname {entity.name!r}{where} of {c.name!r}, "
                                 "the only person of that surname")
    buckets = [c for c in same if c.surname_only]
    if len(buckets) == 1:
        return Match(buckets[0].actor_id, f"same name as {buckets[0].name!r}{where} "
                                          "(a surname several known people share)")
    return None


def _match_other(entity: Entity, pool: list[Candidate], where: str) -> Match | None:
    main = variant_key(entity.name)
    for c in pool:
        if main and main in c.keys:
            return Match(c.actor_id, f"{_same(entity.name, c)}{where}")
    aliases = {variant_key(a): a for a in entity.aliases
               if variant_key(a) and variant_key(a) != main}
    hits = [c for c in pool if c.keys & aliases.keys()]
    if len(hits) != 1:
        return None
    alias = aliases[min(hits[0].keys & aliases.keys())]
    return Match(hits[0].actor_id, f"alias {alias!r} of {entity.name!r}{where} "
                                   f"is a name of {hits[0].name!r}")


def is_group(kb: Mapping[str, Any] | None) -> bool:
    """A group or a role an event named by its phrase ('protesters', 'the police chief')."""
    return bool(kb) and kb.get("kind") in ("group", "role")


def _match_group(entity: Entity, pool: list[Candidate], where: str) -> Match | None:
    """'police' in one article and 'police' in another are one actor only when both are
    groups tied to the same country ('Kenyan police' twice); a phrase alone says too little."""
    code = (entity.kb or {}).get("country_code")
    if not is_group(entity.kb) or not code:
        return None
    main = variant_key(entity.name)
    for c in pool:
        if is_group(c.kb) and (c.kb or {}).get("country_code") == code and main in c.keys:
            return Match(c.actor_id, f"{_same(entity.name, c)}{where}, a group of the same "
                                     f"country ({code})")
    return None
