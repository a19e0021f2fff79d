"""Resolve underspecified expressions against the publication date and the tense.

Every function takes the rule ``Context`` and returns a TIMEX3 value, or None when the
publication date is missing or too coarse (never a guess from today's clock). Direction:
in a past-tense sentence "Wednesday" or "December" is the last one on or before the
publication date, in a future-tense one the next one on or after it; "last" and "next"
exclude the publication day's own week, month or year unit.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsgraph.extract.timex.dates import (
    FUTURE, PAST, PRESENT, add_months, day_value, day_year, month_value, month_year,
    nearest_weekday, quarter_of, shift_month, valid_day, week_value,
)
from newsgraph.extract.timex.grammar import Context

SEASON_ORDER = ("SP", "SU", "FA", "WI")  # in the order they come within a year
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def direction(rel: str | None, tense: str) -> str:
    """PAST, FUTURE or PRESENT from a relative word ("last", "next") or else the tense."""
    rel = " ".join((rel or "").lower().split())
    if rel in ("last", "past", "this past", "previous", "the past", "the last", "the previous"):
        return PAST
    if rel in ("next", "coming", "this coming", "the coming", "the next", "following"):
        return FUTURE
    return tense


def weekday(ctx: Context, wd: int, rel: str | None = None) -> date | None:
    """The date of a weekday: "Wednesday", "last Friday", "this Sunday"."""
    if ctx.day is None:
        return None
    rel = " ".join((rel or "").lower().split())
    if rel == "this":
        year, week, _ = ctx.day.isocalendar()
        return date.fromisocalendar(year, week, wd)
    strict = rel in ("last", "next", "this past", "this coming", "past", "coming")
    return nearest_weekday(ctx.day, wd, direction(rel, ctx.tense), strict=strict)


def deictic(ctx: Context, word: str) -> date | None:
    """today, tonight, yesterday, tomorrow."""
    if ctx.day is None:
        return None
    return ctx.day + timedelta(days=DEICTIC_DAYS[word.lower()])


def month(ctx: Context, number: int, rel: str | None = None) -> str | None:
    """A month named without a year: "in December", "last April", "next March"."""
    if ctx.month is None:
        return None
    rel = (rel or "").lower()
    if rel == "this":
        return month_value(ctx.month.year, number)
    year = month_year(ctx.month, number, direction(rel, ctx.tense))
    if rel in ("last", "next") and number == ctx.month.month:
        year += -1 if rel == "last" else 1
    return month_value(year, number)


def month_day(ctx: Context, number: int, day: int, wd: int | None = None) -> str | None:
    """A day named without a year: "Oct. 21", "Tuesday, October 21"."""
    if ctx.anchor is None:
        return None
    base = ctx.day or ctx.anchor.day
    years = [day_year(base, number, day, ctx.tense)]
    if wd is not None:  # the weekday picks the year when it can
        years = [y for y in (base.year, base.year - 1, base.year + 1)
                 if (d := valid_day(y, number, day)) and d.isoweekday() == wd] or years
    found = valid_day(years[0], number, day)
    return day_value(found) if found else None


def period(ctx: Context, unit: str, offset: int) -> str | None:
    """The week, month, year, quarter, weekend, decade or century ``offset`` units away."""
    if unit in ("week", "weekend"):
        if ctx.day is None:
            return None
        value = week_value(ctx.day + timedelta(weeks=offset))
        return value + "-WE" if unit == "weekend" else value
    if unit in ("month", "quarter"):
        if ctx.month is None:
            return None
        if unit == "month":
            return month_value(*shift_month(ctx.month.year, ctx.month.month, offset))
        index = ctx.month.year * 4 + quarter_of(ctx.month) - 1 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    return _long_period(ctx, unit, offset)


def _long_period(ctx: Context, unit: str, offset: int) -> str | None:
    if ctx.year is None:
        return None
    if unit == "decade":
        return f"{ctx.year // 10 + offset:03d}"
    if unit == "century":
        return f"{ctx.year // 100 + offset:02d}"
    return f"{ctx.year + offset:04d}"


def shifted(base: date | None, n: int, unit: str) -> str | None:
    """The value ``n`` units from ``base``, at the unit's precision: 11 years ago -> 2011."""
    if base is None:
        return None
    if unit in ("year", "decade", "century", "millennium"):
        size = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
        return f"{base.year + n * size:04d}"
    if unit in ("month", "quarter"):
        moved = add_months(base, n * (3 if unit == "quarter" else 1))
        return month_value(moved.year, moved.month)
    if unit in ("week", "fortnight"):
        return week_value(base + timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit in ("day", "night"):
        return day_value(base + timedelta(days=n))
    return day_value(base)  # hours, minutes: the day is as precise as we can be


def season(ctx: Context, name: str, rel: str | None = None) -> str | None:
    """A season without a year: "last summer", "this winter", "in the spring".

    Winter ``2024-WI`` runs from December 2024 into February 2025.
    """
    if ctx.month is None:
        return None
    m, rel = ctx.month.month, (rel or "").lower()
    pos, target = (m - 3) % 12 // 3, SEASON_ORDER.index(name)
    way = direction(rel, ctx.tense)
    if rel == "this" or way == PRESENT:
        year = ctx.month.year - (m < 3 and name == "WI")
        return f"{year:04d}-{name}"
    now = (ctx.month.year - (m < 3)) * 4 + pos
    if way == PAST:
        index = now - ((pos - target) % 4 or (4 if rel == "last" else 0))
    else:
        index = now + ((target - pos) % 4 or (4 if rel == "next" else 0))
    return f"{index // 4:04d}-{SEASON_ORDER[index % 4]}"
