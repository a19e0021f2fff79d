"""Sentences that set the scene of what follows: 'The standoff occurred on Saturday in the
vicinity of Second Thomas Shoal.'

Such a sentence tells no act, yet the acts told after it with no date or place of their own
happened then and there ('six coast guard ships blocked two vessels'), until an act with a
date of its own moves the story on. Read from the text and its date and place mentions (no
parse): a verb of happening and a date in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.extract.events.records import ActorRef, EventDate
from newsgraph.extract.events.setting import PLACE_LABELS, place_ref
from newsgraph.extract.timex import DateMention
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention

_HAPPENED = re.compile(r"\b(?:occurred|happened|took place|unfolded|erupted|broke out)\b", re.I)


@dataclass(frozen=True)
class Scene:
    """When (and where) the acts told after ``start`` happened."""

    start: int
    date: EventDate
    location: ActorRef | None = None


def scenes(text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[DateMention],
           mentions: Sequence[Mention], gaz: Gazetteer) -> list[Scene]:
    """The article's scene-setting sentences, in text order."""
    out = []
    for start, end in sentences:
        happened = _HAPPENED.search(text, start, end)
        if happened is None:
            continue
        day = next((d for d in dates if happened.end() <= d.start < end and d.value
                    and d.earliest and d.type in ("DATE", "TIME")), None)
        if day is None:
            continue
        place = next((m for m in mentions if happened.end() <= m.start < end
                      and m.label in PLACE_LABELS), None)
        out.append(Scene(start, EventDate.of(day), place_ref(place, gaz) if place else None))
    return out
