"""Who an article's events name, as entities: the named ones it already has, and the actors
its names do not cover, which become entities of their own so that every participant is
stored and can be followed across articles.

* a group named by its phrase ('Syrian opposition activists', 'police') is one entity per
  phrase in the article, with ``kb = {"kind": "group", "head": ..., "country_code": ...}``,
  the country its words name, else the one the story is set in (``country_from`` says so);
  one person named only by a role ('the police chief') likewise, with kind ``role``;
* a country meant by a nationality adjective ('a Russian strike') is the article's entity
  for that country, else a new one from the gazetteer, with the words that meant it in its
  evidence;
* a capital named by its country ('the Qatari capital') is the city.

No spaCy here: only the extractor's ``ActorRef`` records and the gazetteer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Entity, Span
from newsgraph.resolve.article import slug
from newsgraph.resolve.names import name_key

_DERIVED = ("group", "role", "country", "capital", "place")
_STRIP = re.compile(r"^(?:the|a|an)\s+", re.I)


def _names_state(text: str) -> bool:
    """'the Colombian government', 'Libya's foreign ministry': a state body, by its head."""
    from newsgraph.extract.events.lexicon import actor_nouns

    words = text.lower().split()
    noun = actor_nouns().get(words[-1].rstrip("s")) or actor_nouns().get(words[-1]) \
        if len(words) > 1 else None
    return noun is not None and noun.kind == "state"


class EventActors:
    """The entities behind one article's event references, found or made."""

    def __init__(self, entities: Sequence[Entity], gaz: Gazetteer, dateline: str | None = None):
        self.entities = list(entities)
        self.gaz = gaz
        self.made: dict[tuple[str, str], Entity] = {}
        self.taken = {e.id for e in entities}
        self.home = home_country(entities, gaz, dateline)
        self.spans = _Spans(self.entities)  # a long article has thousands of mentions
        self.places: dict[str, int] = {}  # name key -> index of the first place so named
        for i, e in enumerate(self.entities):
            if e.type in ("GPE", "LOC", "FAC"):
                for n in (e.name, *e.aliases):
                    self.places.setdefault(name_key(n), i)

    def add(self, refs: Iterable[Any]) -> None:
        """Make entities for every reference that no named entity covers; a state body
        named for its country ('the Iraqi government') becomes a name of that country."""
        for ref in refs:
            kind = getattr(ref, "kind", "named")
            if kind in _DERIVED and self.find(ref) is None:
                self._make(ref)
            if kind == "country" and _names_state(ref.text):
                self._alias(self.find(ref), _STRIP.sub("", ref.text))

    def _alias(self, entity: Entity | None, name: str) -> None:
        if entity is None or name in (entity.name, *entity.aliases):
            return
        why = f"{name}: the state body of {entity.name} an event names"
        new = replace(entity, aliases=(*entity.aliases, name), evidence=(*entity.evidence, why))
        self.entities = [new if e is entity else e for e in self.entities]
        if new.type in ("GPE", "LOC", "FAC") and new in self.entities:
            at, key = self.entities.index(new), name_key(name)
            self.places[key] = min(self.places.get(key, at), at)
        self.made = {k: new if e is entity else e for k, e in self.made.items()}

    def all(self) -> tuple[Entity, ...]:
        """The article's entities, the made ones last."""
        return (*self.entities, *self.made.values())

    # -- lookups ---------------------------------------------------------------------

    def find(self, ref: Any) -> Entity | None:
        kind = getattr(ref, "kind", "named")
        if kind == "reference" and (ref.label, name_key(ref.name)) in self.made:
            # 'they' for 'all four opposition parties': the group, not a name inside it
            return self.made[(ref.label, name_key(ref.name))]
        if kind in ("named", "reference"):
            span = ref.span if hasattr(ref, "span") else ref
            at = self.spans.at(span.start, span.end)  # names before groups
            return self.entities[at] if at is not None else None
        if kind == "country":
            return self._country(ref.country) or self.made.get(("GPE", name_key(ref.name)))
        if kind in ("capital", "place"):
            return self._place(ref.name) or self.made.get(("GPE", name_key(ref.name)))
        return self.made.get((ref.label, name_key(ref.name)))

    def _country(self, code: str | None) -> Entity | None:
        for e in self.entities:
            kb = e.kb or {}
            if code and e.type == "GPE" and kb.get("kind") == "country" \
                    and kb.get("country_code") == code:
                return e
        return None

    def _place(self, name: str) -> Entity | None:
        at = self.places.get(name_key(name))
        return self.entities[at] if at is not None else None

    # -- making ----------------------------------------------------------------------

    def _make(self, ref: Any) -> None:
        if ref.kind == "country":
            place = self.gaz.country_by_code(ref.country) if ref.country else None
            if place is not None:
                self._new("GPE", place.name, (), place.to_kb(),
                          f"{place.name}: the country {ref.text!r} stands for in an event")
            return
        if ref.kind in ("capital", "place"):
            place = next((p for p in self.gaz.cities(ref.name)
                          if p.country_code == ref.country), None)
            kb = place.to_kb() if place else None
            why = "the capital" if ref.kind == "capital" else "a place an event is set in"
            self._new("GPE", ref.name, (), kb, f"{ref.name}: {ref.text!r}, {why}")
            return
        kb = {"kind": ref.kind, "head": ref.name.split()[-1].lower()}
        if ref.country:
            kb["country_code"] = ref.country
        elif self.home:  # 'police' in a story from Nairobi: Kenya's
            kb["country_code"], kb["country_from"] = self.home
        self._new(ref.label, ref.name, (Span(ref.start, ref.end, ref.text),), kb,
                  f"{ref.name}: a {ref.kind} an event names by its phrase")

    def _new(self, type_: str, name: str, mentions: tuple[Span, ...], kb: dict | None,
             evidence: str) -> None:
        key = (type_, name_key(name))
        if key in self.made:
            old = self.made[key]
            spans = tuple(dict.fromkeys((*old.mentions, *mentions)))
            self.made[key] = Entity(old.id, old.name, old.type, old.aliases, spans, old.roles,
                                    old.kb, old.evidence)
            return
        base = f"{type_.lower()}:{slug(name)}"
        entity_id, n = base, 1
        while entity_id in self.taken:
            n += 1
            entity_id = f"{base}-{n}"
        self.taken.add(entity_id)
        self.made[key] = Entity(entity_id, name, type_, (), mentions, (), kb, (evidence,))


def home_country(entities: Sequence[Entity], gaz: Gazetteer,
                 dateline: str | None) -> tuple[str, str] | None:
    """(country code, how it was found) of the country a story is set in: its dateline's,
    else the country most of its places are in when they are at least half of them."""
    if dateline:
        place = gaz.country(dateline) or gaz.place(dateline)
        if place is not None and place.country_code:
            return place.country_code, "dateline"
    counts: dict[str, int] = {}
    for e in entities:
        code = (e.kb or {}).get("country_code")
        if e.type in ("GPE", "LOC", "FAC") and code:
            counts[code] = counts.get(code, 0) + max(len(e.mentions), 1)
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return (code, "article") if 2 * n >= sum(counts.values()) else None


class _Spans:
    """The entities' mentions by position: ``at`` answers what ``entity_at`` does (the
    longest overlapping mention, the first entity and mention on a tie) without a scan."""

    def __init__(self, entities: Sequence[Entity]):
        rows = sorted((m.start, m.end, i, j) for i, e in enumerate(entities)
                      for j, m in enumerate(e.mentions))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.longest = max((r[1] - r[0] for r in rows), default=0)

    def at(self, start: int, end: int) -> int | None:
        """The index of the entity ``entity_at`` would give."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        found = [(-(e - s), i, j) for s, e, i, j in self.rows[lo:hi] if min(end, e) > max(start, s)]
        return min(found)[1] if found else None


def entity_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end), the longest mention first."""
    best, best_len = None, 0
    for entity in entities:
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > 0 and m.end - m.start > best_len:
                best, best_len = entity, m.end - m.start
    return best


def refs_of(event: Any) -> list[Any]:
    """Every actor reference of an extracted event, its place included."""
    out = [*event.participants, *event.actors, *event.targets]
    return out + ([event.location] if event.location is not None else [])


def link_event(event: Any, actors: EventActors) -> dict[str, Any]:
    """The event in the schema's shape, its participants and place as entity ids (the
    words meant, where no entity stands for them)."""
    d = event.to_dict()
    for key in ("participants", "actors", "targets"):
        d[key] = list(dict.fromkeys(_ref_id(r, actors) for r in getattr(event, key)))
    if event.location is not None:
        d["location"] = _ref_id(event.location, actors)
    return d


def _ref_id(ref: Any, actors: EventActors) -> str:
    entity = actors.find(ref)
    return entity.id if entity is not None else getattr(ref, "name", None) or ref.text
