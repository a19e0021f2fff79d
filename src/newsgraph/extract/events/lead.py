"""The article's main event and its lead: when its own sentence gives no date or place, the
main event takes those of the lead (its sentence and the one after), else the dateline's,
else the place of a photo caption taken on its day.

The main event is the reported event nearest the root of the first sentence that has one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.events.captions import Caption, caption_place
from newsgraph.extract.events.finder import Candidate
from newsgraph.extract.events.records import ActorRef, Event, EventDate
from newsgraph.extract.events.setting import PLACE_LABELS
from newsgraph.extract.timex import DateMention
from newsgraph.gazetteer import LOCATIVE_PREPOSITIONS
from newsgraph.records import Mention

_BOUND = re.compile(r"\b(?:since|until|till|before|after|by)\s+(?:the\s+)?$", re.I)


def main_candidate(found: Sequence[Candidate]) -> Candidate | None:
    """The trigger nearest the root of the first sentence that has one (verbs before
    nouns on a tie), among ``found``."""
    if not found:
        return None
    return min(found, key=lambda c: (c.depth, c.event.start))


def main_sentence(found: Sequence[Candidate], sentences: Sequence[tuple[int, int]]
                  ) -> tuple[int, Candidate] | None:
    """(index of the first sentence with a reported event, the main event there)."""
    reported = [c for c in found if c.event.status == "reported"]
    first = next((i for i, (s, e) in enumerate(sentences)
                  if any(s <= c.event.start < e for c in reported)), None)
    if first is None:
        return None
    s, e = sentences[first]
    return first, main_candidate([c for c in reported if s <= c.event.start < e])


def with_lead(text: str, events: list[Event], found: Sequence[Candidate],
              sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
              dates: Sequence[DateMention], dateline: str | None,
              captions: Sequence[Caption] = (), published: str | None = None) -> list[Event]:
    """``events`` with the main event's date and place filled from its lead."""
    lead = main_sentence(found, sentences)
    if lead is None:
        return events
    first, main = lead
    target = next((ev for ev in events if ev.start == main.event.start), None)
    if target is None:
        return events
    after = list(sentences[first + 1:first + 2])  # its own sentence has been read
    updated = _lead_date(text, target, after, dates, published)
    updated = _lead_place(text, updated, after, mentions, dateline)
    if updated.location is None and (place := caption_place(captions, updated.date)):
        updated = replace(updated, location=place, location_source="caption")
    return [updated if ev is target else ev for ev in events]


def _lead_date(text: str, event: Event, after: Sequence[tuple[int, int]],
               dates: Sequence[DateMention], published: str | None = None) -> Event:
    """A date of the sentence after the main event's own (which ``date_of`` has read), of
    the month before the publication at the earliest: a lead tells what just happened, and
    'the only earlier truce lasted from 2017 to 2018' is another story's time."""
    if event.date is not None:
        return event
    recent = _month_before(published)
    for s, e in after:
        day = next((d for d in dates if s <= d.start < e and d.value and d.earliest
                    and d.type in ("DATE", "TIME")
                    and not (recent and (d.latest or d.earliest) < recent)
                    and not _BOUND.search(text[max(0, d.start - 12):d.start])), None)
        if day is not None:
            return replace(event, date=EventDate.of(day), date_source="lead")
    return event


def _month_before(published: str | None) -> str | None:
    """The day a month before the publication date, or None without a day to count from."""
    try:
        day = dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return (day - dt.timedelta(days=31)).isoformat()


def _lead_place(text: str, event: Event, after: Sequence[tuple[int, int]],
                mentions: Sequence[Mention], dateline: str | None) -> Event:
    """A place the lead puts something in ('in Moscow', 'to Kyiv'), else the dateline."""
    if event.location is not None:
        return event
    for s, e in after:
        place = next((m for m in mentions if s <= m.start < e and m.label in PLACE_LABELS
                      and not _takes_part(event, m) and _after_locative(text, m)), None)
        if place is not None:
            return replace(event, location=ActorRef(place.start, place.end, place.text,
                                                    "named", place.text, place.label),
                           location_source="lead")
    if dateline:
        at = next((m for m in mentions if m.text.lower() == dateline.lower()), None)
        start, end = (at.start, at.end) if at else (0, 0)
        return replace(event, location=ActorRef(start, end, dateline, "named",
                                                dateline.title(), "GPE"),
                       location_source="dateline")
    return event


def _after_locative(text: str, m: Mention) -> bool:
    """'in Moscow', 'to Kyiv', 'at the Kremlin': a place the lead puts something in."""
    words = [w for w in text[max(0, m.start - 12):m.start].lower().split() if w != "the"]
    return bool(words) and words[-1] in LOCATIVE_PREPOSITIONS


def _takes_part(event: Event, m: Mention) -> bool:
    return any(p.start <= m.start < p.end or p.name == m.text for p in event.participants)
