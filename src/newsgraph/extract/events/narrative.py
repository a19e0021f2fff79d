"""Dates and places from the narrative: a news story is told from its reference time, in
the setting of its main event.

An act reported in the simple past or the present perfect with no date of its own happened
at the time the story had reached: the date of the last dated act told before it in its
paragraph ('Hours later, Iraq's prime minister cut ties'), else the day of the story's main
event; a present perfect reaches the day the article speaks from ('has stood his
ground'). An act told in the past perfect happened before that time and keeps no date;
planned, hypothetical and negated acts keep none either; an act told in a speaker's own
words keeps none (reported speech narrates), while a statement that is an act itself was
made in the story's time. A past perfect backshifted in reported speech or a subordinate
clause ('said the military had been deployed') is a recent past, not an earlier one, and
does not move the story's time. An act of the main event's day that says nowhere else
happened where the main event did ('police opened fire' in a story of protesters storming
the parliament in Nairobi), and a material act of the day of the last one placed happened
there too. All say ``"narrative"`` as their source, so a reader can tell them from what the
text gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.events.records import Event, EventDate
from newsgraph.extract.events.scenes import Scene

_NARRATED = frozenset({"past", "perfect", "backshifted"})
# Acts done somewhere (not words): one of them with no place of its own, on the day of the
# last one placed, is on that scene.
_ON_A_SCENE = frozenset("ASSAULT PROTEST COERCE MOBILIZE".split())
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def narrative(text: str, events: Sequence[Event], tenses: Sequence[str | None],
              main: Event | None, quoted: frozenset[tuple[int, int]] = frozenset(),
              lead_times: Sequence[tuple[tuple[int, str] | None, EventDate | None]] = (),
              published: str | None = None, scenes: Sequence[Scene] = ()) -> list[Event]:
    """``events`` (in text order, with the tense of each one's clause), the undated
    narrated ones dated from the story's reference time and placed in its setting; one
    told as some time before another ('seven years after ties were cut', with its
    ``lead_times``) dated that long before that one's date or the story's."""
    story = main.date if main is not None and main.date else \
        next((e.date for e in events if e.date and e.status == "reported"), None)
    story = story if story is not None and _to_the_day(story) else None
    lead_times = list(lead_times) or [(None, None)] * len(events)
    out, last, last_paragraph = [], None, -1
    today = _today(published)
    scene: Event | Scene | None = None  # the last material act told with a place
    setting: Scene | None = None  # the last scene set, until an act dated of its own
    pending = list(scenes)
    for event, tense, (lead, anchor) in zip(events, tenses, lead_times, strict=True):
        while pending and pending[0].start < event.start:
            setting = pending.pop(0)
            scene = setting if setting.location is not None else scene
        if event.date is None and lead is not None and (anchor or story) is not None:
            date = _before(anchor or story, *lead)
            if date is not None:
                event = replace(event, date=date, date_source="narrative")
        paragraph = text.count("\n\n", 0, event.start)
        if paragraph != last_paragraph:
            last, last_paragraph = None, paragraph
        if setting is not None and paragraph > text.count("\n\n", 0, setting.start) + 1:
            setting = None  # a scene is set for its paragraph and the next
        if event.date is not None:
            if event.status == "reported" and tense not in ("pluperfect", "backshifted") \
                    and _to_the_day(event.date):  # a year or a month is no time a story
                last, setting = event.date, None  # has reached, nor what someone said
                # had been done
        elif event.status == "reported" and (tense == "statement" or tense in _NARRATED
                                             and not _in_words(event, quoted)):
            date = last or (setting.date if setting is not None else None) or story
            if tense == "perfect" and today is not None and story is not None \
                    and story.value < today.value:
                date = today  # 'Bazoum has stood his ground', after a coup of yesterday
            if date is not None:
                event = replace(event, date=date, date_source="narrative")
        event = _placed(event, main, story, quoted)
        if event.location is None and scene is not None:
            event = _on_the_scene(event, scene, quoted)
        elif event.location is not None and event.type in _ON_A_SCENE \
                and event.status == "reported" and event.date is not None:
            scene = event
        out.append(event)
    return out


def _on_the_scene(event: Event, scene: Event | Scene, quoted: frozenset[tuple[int, int]]
                  ) -> Event:
    """A material act of the same day as the last one told with a place, naming no place
    of its own, happened there ('Police in Tbilisi dispersed crowds ... Riot police used
    tear gas')."""
    if event.type not in _ON_A_SCENE or event.status != "reported" or event.date is None \
            or event.date.value != scene.date.value or _in_words(event, quoted):
        return event
    return replace(event, location=scene.location, location_source="narrative")


def _today(published: str | None) -> EventDate | None:
    """The day the article speaks from: a present perfect ('Bazoum has stood his ground')
    reaches it, after a story of an earlier day."""
    if not published or len(published) < 10:
        return None
    day = published[:10]
    return EventDate(day, None, day, day)


def _before(ref: EventDate, n: int, unit: str) -> EventDate | None:
    """The date ``n`` years, months, weeks or days before ``ref``, to that precision."""
    try:
        day = dt.date.fromisoformat((ref.earliest or ref.value)[:10])
    except ValueError:
        return None
    text = f"{n} {_UNITS[unit]}{'s' if n != 1 else ''} before"
    if unit == "Y":
        year = f"{day.year - n:04d}"
        return EventDate(year, text, f"{year}-01-01", f"{year}-12-31")
    if unit == "M":
        months = day.year * 12 + day.month - 1 - n
        year, month = divmod(months, 12)
        first = dt.date(year, month + 1, 1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        return EventDate(first.isoformat()[:7], text, first.isoformat(), last.isoformat())
    then = (day - dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    return EventDate(then, text, then, then)


def _in_words(event: Event, quoted: frozenset[tuple[int, int]]) -> bool:
    """Told in a speaker's own words (a direct or partial quote), not reported speech."""
    return event.quote is not None and (event.quote.start, event.quote.end) in quoted


def _to_the_day(date) -> bool:
    return bool(date.earliest and date.latest) and date.earliest[:10] >= \
        _week_before(date.latest[:10])


def _week_before(day: str) -> str:
    try:
        return (dt.date.fromisoformat(day) - dt.timedelta(days=7)).isoformat()
    except ValueError:
        return day


def _placed(event: Event, main: Event | None, story, quoted: frozenset[tuple[int, int]]) -> Event:
    """The main event's place for an act of its day that names no place of its own."""
    if main is None or main.location is None or event.location is not None \
            or event is main or event.status != "reported" or story is None \
            or event.date is None or event.date.value != story.value or _in_words(event, quoted):
        return event
    return replace(event, location=main.location, location_source="narrative")
