"""One event per happening: mentions of the same event inside one article merged."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.extract.events.finder import Candidate
from newsgraph.extract.events.records import Event


def merge(candidates: list[Candidate]) -> list[Event]:
    """Fold each event into an earlier one of the same kind when they can be the same:
    they share a participant, or the later one says 'the meeting', or both fall on the same
    day; and their dates and places do not disagree. Events left with nobody taking part are dropped."""
    kept: list[Candidate] = []
    for cand in candidates:
        if not cand.event.participants and not cand.definite:
            continue  # 'their ministers have met': nobody named, nothing to link
        into = next((k for k in reversed(kept) if _same(k, cand)), None)
        if into is None:
            kept.append(cand)
        else:
            kept[kept.index(into)] = replace(into, event=_fold(into.event, cand.event))
    return [k.event for k in kept if k.event.participants]


def _same(old: Candidate, new: Candidate) -> bool:
    a, b = old.event, new.event
    if a.kind != b.kind or a.type != b.type:
        return False
    if a.date and b.date and a.date.value != b.date.value:
        return False
    if a.location and b.location and _name(a.location.text) != _name(b.location.text):
        return False
    return new.definite or bool(_names(a) & _names(b)) or _same_day(a, b)


def _same_day(a: Event, b: Event) -> bool:
    """Two meetings of one kind on the same named day in one article are told as one
    ('a Wednesday meeting between Turkish and Syrian officials' ... 'a Wednesday meeting in
    Moscow that included ...'), even when one names nations and the other people."""
    return bool(a.date and b.date and a.date.value == b.date.value
                and len(a.date.value or "") == len("2022-12-28"))


def _fold(a: Event, b: Event) -> Event:
    date, source = a.date, a.date_source
    if date is None and b.date is not None:
        date, source = b.date, "context"
    return replace(
        a,
        participants=_union(a.participants, b.participants),
        actors=_union(a.actors, b.actors),
        targets=_union(a.targets, b.targets),
        location=a.location or b.location,
        date=date,
        date_source=source,
    )


def _union(a: tuple, b: tuple) -> tuple:
    names = {_name(s.text) for s in a}
    return a + tuple(s for s in b if _name(s.text) not in names)


def _names(e: Event) -> set[str]:
    """Surnames too, so that 'Putin' in one sentence meets 'Vladimir Putin' in another."""
    return {_name(p.text) for p in e.participants}


def _name(text: str) -> str:
    words = text.lower().replace("’s", "").replace("'s", "").split()
    return words[-1] if words else ""
