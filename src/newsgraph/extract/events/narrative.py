"""Dates from the narrative: a news story is told from its reference time.

An act reported in the simple past or the present perfect with no date of its own happened
at the time the story had reached: the date of the last dated act told before it in its
paragraph ('Hours later, Iraq's prime minister cut ties'), else the day of the story's main
event (the lead's). An act told in the past perfect happened before that time and keeps no
date; planned, hypothetical and negated acts keep none either. Such dates say
``date_source = "narrative"``, so a reader can tell them from dates the text gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.events.records import Event

_NARRATED = frozenset({"past", "perfect"})


def narrative_dates(text: str, events: Sequence[Event],
                    tenses: Sequence[str | None]) -> list[Event]:
    """``events`` (in text order, with the tense of each one's clause), the undated
    narrated ones dated from the story's reference time."""
    story = next((e.date for e in events if e.date_source == "lead"), None) or \
        next((e.date for e in events if e.date and e.status == "reported"), None)
    out, last, last_paragraph = [], None, -1
    for event, tense in zip(events, tenses, strict=True):
        paragraph = text.count("\n\n", 0, event.start)
        if paragraph != last_paragraph:
            last, last_paragraph = None, paragraph
        if event.date is not None:
            if event.status == "reported" and tense != "pluperfect":
                last = event.date
        elif event.status == "reported" and tense in _NARRATED and event.quote is None:
            date = last or story
            if date is not None:
                event = replace(event, date=date, date_source="narrative")
        out.append(event)
    return out
