"""Cross-article event fusion: is a newly reported event one already stored?

Pure Python over small records; the store fetches candidates and writes the answer.
Participants and places are actor ids (identity already resolved), so 'Tajani' in one
outlet and 'Italian Foreign Minister Antonio Tajani' in another are the same participant.

Rules, all of which must hold:

- **type**: the same PLOVER type with kinds that can name one happening (a meeting can be
  reported as talks or a visit, not as a phone call), or a pair of kinds listed in
  ``CROSS_TYPE`` (signing an agreement is AGREE to one outlet, SUPPORT to another);
- **participants**: at least one shared actor; where both name who was acted on, each one's
  target takes part in the other, else two shared actors when both name two or more (a
  minister meeting two colleagues in turn: two meetings). A group tied to a country
  stands for that country ('Russian troops invaded' is 'Russia invaded Ukraine'), and two
  groups of one phrase and no country ('our allies') are one when another actor is shared;
- **dates**: both dated and their [earliest, latest] ranges overlap; or one is undated and
  the participant overlap is strong (two or more shared) at the same known place. A report
  without a date of its own is bounded by its publication date first (``bounded``): what it
  reports happened in the days before, what it plans after; a date so bounded, on either
  side, joins only two shared actors, a shared person or two places that agree (one army's
  strikes of one week are many strikes);
- **place**: the same actor, one side not saying, or a place and the country it is in; two
  places the gazetteer cannot locate when one is an area (a sea, a region) that may hold
  the other (a shoal), else only with two shared actors on one day;
- **direction**: for acts that do not go both ways, the target of one does not act in the
  other ('X accused Y' is not 'Y accused X');
- **status**: both reported, or both planned (hypothetical, negated): an announced meeting
  and the meeting held are told apart.

Syndicated copies of one wire story are one source *family*: near-identical texts (word
5-shingle overlap) or the same outlet / wire credit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from newsgraph.gazetteer import alpha3
from newsgraph.resolve.codes import STATE_SECTORS, Coder
from newsgraph.resolve.names import name_key

# Kinds of one PLOVER type that cannot be the same happening.
CLASHING_KINDS = frozenset({
    frozenset({"phone_call", "meeting"}), frozenset({"phone_call", "visit"}),
    frozenset({"phone_call", "hosting"}),
})

# (type, kind) pairs of different types that outlets use for one happening.
CROSS_TYPE = frozenset({
    frozenset({("AGREE", "agreement"), ("SUPPORT", "signing")}),
    frozenset({("COERCE", "blockade"), ("PROTEST", "blockade")}),
})

# Acts that go both ways: who met whom, agreed with whom, may be told either way round.
RECIPROCAL = frozenset("CONSULT AGREE COOPERATE".split())

SHINGLE_SIZE = 5
SAME_STORY = 0.6  # shingle containment above which two texts are one story


@dataclass(frozen=True)
class Side:
    """What a participant stands for beyond its own id: a country (``country``, its ISO
    code, with ``is_country`` for the country itself, else a group tied to it), or, for a
    group of no country, the key of its phrase (``phrase``)."""

    actor: int
    country: str | None = None
    is_country: bool = False
    phrase: str | None = None


def side_of(actor: int, type_: str | None, name: str, kb: Any) -> Side | None:
    """The side of a participant: a country; an organ of a state ('Russian troops', 'the
    Philippine Navy', 'Kenyan police', their country read from their words, not guessed
    from the story's setting), tied to that country; a group of no country, by its phrase;
    None for anyone else (people, an opposition or a civil group of a country: 'Syrian
    rebels' are not Syria). ``kb``: the actor's knowledge-base links, if a dict."""
    kb = kb if isinstance(kb, dict) else {}
    if type_ == "PERSON":
        return None  # a person acts for a state only in a role of a date (resolve/codes)
    if kb.get("kind") == "country" and kb.get("country_code"):
        return Side(actor, alpha3(kb["country_code"]), is_country=True)
    country = _state_of(type_, name, kb.get("kind"), kb.get("head"), kb.get("country_code"),
                        kb.get("capital")) if not kb.get("country_from") else None
    if country is not None:
        return Side(actor, country)
    if kb.get("kind") == "group":
        return Side(actor, phrase=name_key(name))
    return None


@lru_cache(maxsize=1 << 14)
def _state_of(type_: str | None, name: str, kind: str | None, head: str | None,
              country: str | None, capital: bool | None) -> str | None:
    """The country (ISO alpha-3) whose state body the actor's code says it is."""
    kb = {k: v for k, v in (("kind", kind), ("head", head), ("country_code", country),
                            ("capital", capital)) if v is not None}
    code = _coder().name_code(type_, name, kb)
    return code.country if code is not None and code.sector in STATE_SECTORS else None


@lru_cache(maxsize=1)
def _coder() -> Coder:
    return Coder()


@dataclass(frozen=True)
class EventFacts:
    """What fusion compares: one stored event or one article's report of an event."""

    type: str
    kind: str | None = None
    participants: frozenset[int] = frozenset()
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    location: int | None = None
    # the place's country (ISO code) and whether the place is that country: a city and the
    # country it is in do not disagree ('in Beijing', 'in China')
    location_country: str | None = None
    location_is_country: bool = False
    location_area: bool = False  # a region or a sea (LOC), which may hold a place named apart
    bounded: bool = False  # dated only by the publication date ('bounded'), not by its words
    people: frozenset[int] = frozenset()  # of the participants, the persons
    id: int | None = None  # the stored event's id; None for a new report
    status: str = "reported"
    targets: frozenset[int] = frozenset()  # those of the participants acted on
    sides: frozenset[Side] = frozenset()  # of the participants that are countries or groups

    @property
    def dated(self) -> bool:
        return bool(self.date or self.earliest or self.latest)


@dataclass(frozen=True)
class SourceText:
    """One article already reporting an event: enough to tell a syndicated copy."""

    article_id: str
    text: str
    outlet: str | None
    family: str


def bounded(report: EventFacts, published: str | None, days: int) -> EventFacts:
    """An undated report bounded by its publication date: what is reported happened in
    the ``days`` before it, what is planned after it. A dated report, or one with no
    publication date, is left as it is."""
    if report.dated or not published or report.status not in ("reported", "planned"):
        return report
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return report
    if report.status == "planned":
        return replace(report, earliest=day.isoformat(), bounded=True)
    return replace(report, earliest=(day - dt.timedelta(days=days)).isoformat(),
                   latest=day.isoformat(), bounded=True)


def _opposed(a: EventFacts, b: EventFacts) -> bool:
    """One acts where the other is acted on: the targets of one act in the other."""
    return bool(_matched(a, a.targets, b, b.participants - b.targets)[0]
                or _matched(b, b.targets, a, a.participants - a.targets)[0])


def _matched(a: EventFacts, ids: Iterable[int], b: EventFacts, others: frozenset[int]
             ) -> tuple[int, bool]:
    """(how many of ``ids``, participants of ``a``, are one of ``others`` of ``b``, whether
    one of them is more than a group of the same phrase)."""
    sides_a = {s.actor: s for s in a.sides}
    sides_b = [s for s in b.sides if s.actor in others]
    count, strong = 0, False
    for actor in ids:
        how = _same_actor(actor, sides_a.get(actor), others, sides_b)
        count += how is not None
        strong = strong or how == "actor"
    return count, strong


def _same_actor(actor: int, side: Side | None, others: frozenset[int],
                sides: Sequence[Side]) -> str | None:
    """'actor' when ``actor`` is one of ``others`` or stands for one (a group of a country
    and that country), 'phrase' when a group of the same phrase is, else None."""
    if actor in others:
        return "actor"
    if side is None:
        return None
    for other in sides:
        if side.country and side.country == other.country \
                and side.is_country != other.is_country:
            return "actor"
        if side.phrase and side.phrase == other.phrase:
            return "phrase"
    return None


def compatible_types(a: EventFacts, b: EventFacts) -> bool:
    if a.type != b.type:
        return frozenset({(a.type, a.kind), (b.type, b.kind)}) in CROSS_TYPE
    return not (a.kind and b.kind and frozenset({a.kind, b.kind}) in CLASHING_KINDS)


def shared_participants(a: EventFacts, b: EventFacts) -> int:
    """How many participants both name, 0 when the two cannot be one event: one minister
    meeting two different colleagues is two meetings. Where both say who was acted on, the
    one acted on in each must take part in the other ('Akar met Abbas' is 'Abbas met
    Akar'); where they do not, two named by both sides must be shared."""
    shared, strong = _matched(a, a.participants, b, b.participants)
    if not strong:
        return 0  # a phrase alone ('our allies') says too little
    if a.targets and b.targets:
        apart = not _matched(a, a.targets, b, b.participants)[0] \
            and not _matched(b, b.targets, a, a.participants)[0]
        return 0 if apart else shared
    if min(len(a.participants), len(b.participants)) >= 2 and shared < 2:
        return 0
    return shared


def other_types(report: EventFacts) -> list[tuple[str, str]]:
    """The (type, kind) pairs of other types that ``compatible_types`` lets ``report`` be."""
    mine = (report.type, report.kind)
    return sorted(other for pair in CROSS_TYPE if mine in pair for other in pair - {mine})


def _bounds(facts: EventFacts) -> tuple[str, str]:
    """[low, high] as comparable strings; a bare prefix ('2025-03') covers its month."""
    low = facts.earliest or facts.date or ""
    high = facts.latest or (facts.date or "") + "~"  # '~' sorts after every ISO character
    return low, high


def compatible_dates(a: EventFacts, b: EventFacts) -> bool:
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    return a_low <= b_high and b_low <= a_high


def compatible_places(a: EventFacts, b: EventFacts) -> bool:
    """The same place, one side saying none, a place and the country it is in, or two
    places the gazetteer cannot locate of which one is an area ('the South China Sea' may
    hold 'Second Thomas Shoal'; two unlisted villages are two places)."""
    if a.location is None or b.location is None or a.location == b.location:
        return True
    if _unlocated(a) and _unlocated(b) and (a.location_area or b.location_area):
        return True
    return bool(a.location_country and a.location_country == b.location_country
                and (a.location_is_country or b.location_is_country))


def same_event(report: EventFacts, stored: EventFacts) -> bool:
    """Whether ``report`` (a new article's event) is the real-world event ``stored`` is."""
    if report.status != stored.status:
        return False  # a meeting announced is not yet the meeting held
    if not compatible_types(report, stored):
        return False
    if report.type not in RECIPROCAL and _opposed(report, stored):
        return False  # 'X accused Y' is not 'Y accused X'
    shared = shared_participants(report, stored)
    if shared == 0:
        return False
    if not compatible_places(report, stored) and not (
            shared >= 2 and _unlocated(report) and _unlocated(stored)
            and _one_day(report) and _one_day(stored) and compatible_dates(report, stored)):
        return False  # two places the gazetteer cannot locate ('Second Thomas Shoal', 'the
        # South China Sea') may be one inside the other: two actors and the day must agree
    if (report.bounded or stored.bounded) and shared < 2 and not _placed_alike(report, stored) \
            and not report.people & stored.people:
        return False  # a week's window and one state or group: a war's strikes of one week
        # are many; one person's pledge of a week is more likely one
    if report.dated and stored.dated:
        return compatible_dates(report, stored)
    # An undated report joins only on strong evidence: two shared actors at one known place.
    return shared >= 2 and report.location is not None and report.location == stored.location


def _placed_alike(a: EventFacts, b: EventFacts) -> bool:
    """Both say where, and the places agree."""
    return a.location is not None and b.location is not None and compatible_places(a, b)


def _unlocated(facts: EventFacts) -> bool:
    return facts.location is not None and facts.location_country is None


def _one_day(facts: EventFacts) -> bool:
    return bool(facts.earliest) and facts.earliest == facts.latest


def best_match(report: EventFacts, stored: Iterable[EventFacts]) -> EventFacts | None:
    """The stored event ``report`` is: most shared participants first, then fewest the
    report lacks (Bessent's demand of no one is his demand of no one, not the one of his
    allies), then dated, then the oldest."""
    found = [s for s in stored if same_event(report, s)]
    if not found:
        return None
    return min(found, key=lambda s: (-shared_participants(report, s),
                                     len(s.participants) - _matched(s, s.participants, report,
                                                                    report.participants)[0],
                                     not s.dated, s.id or 0))


def joined_by(report: EventFacts, best: EventFacts,
              stored: Iterable[EventFacts]) -> list[EventFacts]:
    """Stored events other than ``best`` that the report shows to be the same happening:
    the report is each of them, and so is ``best`` once the report is fused into it (a
    report naming both sides of two half-told events). Whatever the order of ingest, the
    evidence that arrives last merges them."""
    fused = fuse(best, report)
    return [s for s in stored if s.id != best.id and same_event(report, s)
            and same_event(s, fused)]


def fuse(stored: EventFacts, report: EventFacts) -> EventFacts:
    """The stored event after another report: the narrower date, a place if it had none,
    every participant."""
    date = stored
    if report.dated and (not stored.dated or _narrower(report, stored)):
        date = report
    return replace(
        stored, date=date.date, earliest=date.earliest, latest=date.latest,
        location=stored.location if stored.location is not None else report.location,
        participants=stored.participants | report.participants,
        targets=stored.targets | report.targets, sides=stored.sides | report.sides,
        people=stored.people | report.people,
    )


def _narrower(a: EventFacts, b: EventFacts) -> bool:
    """Whether ``a``'s date range lies inside ``b``'s and is not the same: the week of a
    report gives way to the day another report names."""
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    return b_low <= a_low and a_high <= b_high and (a_low, a_high) != (b_low, b_high)


# -- source families ------------------------------------------------------------------------

_WORDS = re.compile(r"[^\W_]+")


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[tuple[str, ...]]:
    """The text's runs of ``size`` consecutive words, case folded."""
    words = [w.casefold() for w in _WORDS.findall(text)]
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def same_story(a: str, b: str) -> bool:
    """Near-identical texts: most shingles of the shorter one are in the longer one
    (containment, so a copy with a paragraph cut or added still counts)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return False
    return len(sa & sb) / min(len(sa), len(sb)) >= SAME_STORY


def _credit(outlet: str | None) -> str | None:
    return " ".join(_WORDS.findall(outlet.casefold())) if outlet else None


def family(article_id: str, text: str, outlet: str | None,
           sources: Sequence[SourceText]) -> str:
    """The family a new source joins: that of a copy of the same story or of the same
    outlet / wire credit, else a new family named after this article."""
    credit = _credit(outlet)
    for source in sources:
        if (credit and credit == _credit(source.outlet)) or same_story(text, source.text):
            return source.family
    return article_id
