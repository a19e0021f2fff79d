"""Events: who met, attacked, demanded or agreed with whom, where and when (PLOVER types).

``find_events(text, sentences, mentions, dates, parse, ...)`` returns ``Event`` records.
Like the quote finder it is handed a ``parse(start, end)`` callback and parses only the
sentences holding a trigger word (``needs_parse``). Each event says who acted and who was
acted on (``ActorRef``s: names, countries meant by an adjective, groups, references), its
status (reported, planned, hypothetical, negated), the quote that states it, and its date
and place with how each was found; a date comes from the article's ``DateMention``s, never
from the publication date by itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc

from newsgraph.extract.events.actors import ActorFinder, Resolver
from newsgraph.extract.events.finder import Candidate, Sentence, SentenceEvents
from newsgraph.extract.events.lexicon import needs_parse, plover_type
from newsgraph.extract.events.lead import main_candidate, main_sentence, with_lead
from newsgraph.extract.events.merge import fold_dated, merge
from newsgraph.extract.events.scenes import scenes
from newsgraph.extract.events.narrative import narrative
from newsgraph.extract.events.records import (
    ACTOR_KINDS, DATE_SOURCES, LOCATION_SOURCES, ActorRef, Event, EventDate,
)
from newsgraph.extract.events.statements import statement_events
from newsgraph.extract.events.captions import Caption
from newsgraph.extract.timex import DateMention
from newsgraph.gazetteer import Gazetteer, gazetteer
from newsgraph.records import Mention, RoleMention

__all__ = [
    "ACTOR_KINDS", "DATE_SOURCES", "LOCATION_SOURCES", "ActorRef", "ArticleContext", "Event",
    "EventDate", "candidates", "find_events", "main_event", "needs_parse", "plover_type",
]


@dataclass(frozen=True)
class ArticleContext:
    """What the event finder may know of the article beyond its sentences."""

    dateline: str | None = None
    roles: Sequence[RoleMention] = ()
    quotes: Sequence[Any] = ()  # extract.quotes.Quote: start, end, text, speaker
    resolve: Resolver | None = None  # pronouns and role phrases -> the named mention
    gazetteer: Gazetteer | None = None
    published: str | None = None  # the day the article speaks from ('has stood his ground')
    captions: Sequence[Caption] = ()  # photo captions with their day and place


def find_events(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                dates: Sequence[DateMention], parse: Callable[[int, int], Doc],
                context: ArticleContext | None = None) -> list[Event]:
    """The article's events, one per happening, in text order."""
    context = context or ArticleContext()
    found = candidates(text, sentences, mentions, dates, parse, context)
    found += statement_events(text, context.quotes, mentions, sentences,
                              context.gazetteer or gazetteer())
    found.sort(key=lambda c: c.event.start)
    kept = merge(found)
    events = with_lead(text, [k.event for k in kept], found, sentences, mentions, dates,
                       context.dateline, context.captions, context.published)
    lead = main_sentence(found, sentences)
    main = next((e for e in events if lead and e.start == lead[1].event.start), None)
    quoted = frozenset((q.start, q.end) for q in context.quotes
                       if getattr(q, "kind", "direct") != "indirect")
    # an act told as earlier ('who were previously detained') is before the story's time
    tenses = ["pluperfect" if k.earlier else k.tense for k in kept]
    settings = scenes(text, sentences, dates, mentions, context.gazetteer or gazetteer())
    events = narrative(text, events, tenses, main, quoted,
                       [(k.lead_time, k.anchor) for k in kept], context.published, settings)
    events = [_seized_state(e, context.gazetteer or gazetteer()) for e in events]
    late = [k.lead_time is not None and k.event.date is None and e.date is not None
            for k, e in zip(kept, events, strict=True)]
    if not any(late):
        return events
    return [k.event for k in fold_dated(
        [replace(k, event=e) for k, e in zip(kept, events, strict=True)], late)]


_SEIZING = frozenset({"seizure_of_power", "coup"})


def _seized_state(event: Event, gaz: Gazetteer) -> Event:
    """A seizure of power that names no one seized from, or only the city where it
    happened, is aimed at that place's state ('troops who declared they had taken power',
    in Niamey: Niger)."""
    place = event.location
    if event.type != "COERCE" or event.kind not in _SEIZING or place is None or any(
            t != place for t in event.targets):  # 'taken power in Niamey': the city is
        return event  # where, not whom
    found = gaz.country(place.name) or gaz.place(place.name)
    country = gaz.country_by_code(place.country or (found.country_code if found else "") or "")
    if country is None:
        return event
    state = ActorRef(place.start, place.end, place.text, "country", country.name, "GPE",
                     country.country_code)
    return replace(event, targets=(state,),
                   participants=(*(p for p in event.participants if p != place), state))


def candidates(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
               dates: Sequence[DateMention], parse: Callable[[int, int], Doc],
               context: ArticleContext | None = None) -> list[Candidate]:
    """Every trigger of every sentence worth parsing, before merging."""
    context = context or ArticleContext()
    gaz = context.gazetteer or gazetteer()
    mentions = sorted(mentions, key=lambda m: m.start)  # once: a long text has many sentences
    dates = sorted(dates, key=lambda d: d.start)
    out: list[Candidate] = []
    for start, end in sentences:
        if not needs_parse(text[start:end]):
            continue
        doc = parse(start, end)
        offset = _offset(text, doc.text, start)
        sent = Sentence(doc, offset, _within(mentions, offset, offset + len(doc.text)),
                        _within(dates, offset, offset + len(doc.text)), context.dateline)
        actors = ActorFinder(sent, gaz, context.roles, context.resolve, mentions, text,
                             context.quotes)
        out += SentenceEvents(sent, actors, gaz, context.quotes).candidates()
    return [_not_yet(k, context.published) for k in out]


def _not_yet(cand: Candidate, published: str | None) -> Candidate:
    """A reported event its own clause dates wholly after the publication is planned ('agreed
    to sign the treaty at a summit next month': the summit is still to come)."""
    e = cand.event
    if e.status != "reported" or e.date is None or e.date_source != "clause" or not published:
        return cand
    first = e.date.earliest or e.date.value
    if not first or not first[:4].isdigit() or "W" in first or first[:10] <= published[:10]:
        return cand
    return replace(cand, event=replace(e, status="planned"))


def main_event(found: Sequence[Candidate]) -> Event | None:
    """The event a one-sentence report is about: the trigger nearest the root of the
    first sentence that has one (verbs before nouns on a tie)."""
    main = main_candidate(found)
    return main.event if main else None


def _within(items: Sequence[Any], start: int, end: int) -> Sequence[Any]:
    """The items (sorted by ``start``) that begin in [start, end)."""
    lo = bisect.bisect_left(items, start, key=lambda i: i.start)
    hi = bisect.bisect_left(items, end, lo=lo, key=lambda i: i.start)
    return items[lo:hi]


def _offset(text: str, parsed: str, start: int) -> int:
    """Where the parsed sentence begins: ``parse`` may widen it to whole tokens."""
    if text.startswith(parsed, start):
        return start
    found = text.rfind(parsed, 0, start + len(parsed))
    return found if found >= 0 else start
