"""Where a story happened, from its photo captions: '... during a protest against the
finance bill on June 25, 2024 in Nairobi, Kenya. (Getty)'.

Cleaning drops captions from the story text, yet the agencies' captions say when and where
the picture was taken, in a fixed form (Getty's 'on DATE in CITY, COUNTRY', AP's and
Reuters' 'in CITY, COUNTRY, DATE'). A caption dated the day of the story's main event shows
that event's scene: when neither the lead nor a dateline places the main event, its place
is the caption's. Read from the caption's words and the gazetteer; nothing is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.clean.boilerplate import is_caption
from newsgraph.extract.events.records import ActorRef, EventDate
from newsgraph.extract.timex import tag
from newsgraph.gazetteer import Gazetteer

_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
# 'in Nairobi, Kenya', 'in Tbilisi': a capitalised place after 'in', its country after a comma.
_IN_PLACE = re.compile(rf"\bin\s+(?:the\s+)?(?P<place>{_NAME})(?:,\s+(?P<country>{_NAME}))?")


@dataclass(frozen=True)
class Caption:
    """A photo caption's day and place."""

    text: str
    date: EventDate
    place: ActorRef


def captions(lines: Iterable[str], published: str | None, gaz: Gazetteer) -> list[Caption]:
    """The captions among ``lines`` (the lines cleaning dropped) that give a day and a
    place, in their order."""
    out = []
    for line in lines:
        if not is_caption(line):
            continue
        day = next((d for d in tag(line, published) if d.type == "DATE" and d.value
                    and d.earliest and d.earliest == d.latest), None)
        place = _place(line, gaz)
        if day is not None and place is not None:
            out.append(Caption(line, EventDate.of(day), place))
    return out


def caption_place(found: Iterable[Caption], date: EventDate | None) -> ActorRef | None:
    """The place of the first caption taken on ``date`` (a day)."""
    if date is None or not date.earliest or date.earliest != date.latest:
        return None
    return next((c.place for c in found if c.date.earliest == date.earliest), None)


def _place(line: str, gaz: Gazetteer) -> ActorRef | None:
    """The last place the caption puts its picture in: a city the gazetteer knows, in the
    country the caption names after it, if it names one."""
    found = None
    for m in _IN_PLACE.finditer(line):
        country = gaz.country(m["country"]) if m["country"] else None
        place = gaz.country(m["place"]) or gaz.place(
            m["place"], prefer_countries=(country.country_code,) if country else ())
        if place is None or country is not None and place.country_code != country.country_code:
            continue
        kind = "named" if place.kind == "country" else "place"
        found = ActorRef(0, 0, m["place"], kind, m["place"], "GPE", place.country_code)
    return found
