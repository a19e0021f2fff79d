"""Calendar arithmetic and resolution against the publication date and the tense."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.timex import FUTURE, PAST, PRESENT, bounds
from newsgraph.extract.timex import resolve
from newsgraph.extract.timex.dates import (
    Anchor, day_year, month_year, nearest_weekday, parse_anchor, week_value,
)
from newsgraph.extract.timex.grammar import Context


def ctx(published: str | None, tense: str = PRESENT) -> Context:
    return Context("", parse_anchor(published), tense)


@pytest.mark.parametrize("published, expected", [
    ("2025-10-21", Anchor(date(2025, 10, 21), "day")),
    ("2025-10-21T14:30:00Z", Anchor(date(2025, 10, 21), "day", "14:30")),
    ("2025-10", Anchor(date(2025, 10, 1), "month")),
    ("2025", Anchor(date(2025, 1, 1), "year")),
    ("yesterday", None),
    ("2025-13-01", None),
    (None, None),
])
def test_parse_anchor(published, expected):
    assert parse_anchor(published) == expected


@pytest.mark.parametrize("day, expected", [
    (date(2023, 1, 1), "2022-W52"),  # a Sunday still in the last ISO week of 2022
    (date(2023, 1, 2), "2023-W01"),
    (date(2025, 10, 15), "2025-W42"),
    (date(2020, 12, 31), "2020-W53"),
])
def test_week_value(day, expected):
    assert week_value(day) == expected


@pytest.mark.parametrize("value, mod, expected", [
    ("2025-W42", None, ("2025-10-13", "2025-10-19")),
    ("2022-W52-WE", None, ("2022-12-31", "2023-01-01")),
    ("2025-10", None, ("2025-10-01", "2025-10-31")),
    ("2024-02", None, ("2024-02-01", "2024-02-29")),
    ("2024", "END", ("2024-09-01", "2024-12-31")),
    ("2024", "START", ("2024-01-01", "2024-05-01")),
    ("2024-Q3", None, ("2024-07-01", "2024-09-30")),
    ("2024-H1", None, ("2024-01-01", "2024-06-30")),
    ("2024-SU", None, ("2024-06-01", "2024-08-31")),
    ("2024-WI", None, ("2024-12-01", "2025-02-28")),
    ("199", None, ("1990-01-01", "1999-12-31")),
    ("18", None, ("1800-01-01", "1899-12-31")),
    ("2025-10-20TMO", None, ("2025-10-20", "2025-10-20")),
    ("2025-10-21T15:00", None, ("2025-10-21", "2025-10-21")),
    ("P3Y", None, None),
    ("PAST_REF", None, None),
    ("XXXX-WXX-5", None, None),
    (None, None, None),
])
def test_bounds(value, mod, expected):
    assert bounds(value, mod) == expected


@pytest.mark.parametrize("day, weekday, direction, strict, expected", [
    (date(2022, 12, 29), 3, PAST, False, date(2022, 12, 28)),
    (date(2022, 12, 29), 3, FUTURE, False, date(2023, 1, 4)),
    (date(2022, 12, 30), 5, PAST, False, date(2022, 12, 30)),  # the day itself counts
    (date(2022, 12, 30), 5, PAST, True, date(2022, 12, 23)),  # "last Friday" does not
    (date(2023, 1, 2), 5, PAST, True, date(2022, 12, 30)),
    (date(2023, 1, 2), 2, PRESENT, False, date(2023, 1, 3)),  # the nearer one
    (date(2023, 1, 5), 1, PRESENT, False, date(2023, 1, 2)),
])
def test_nearest_weekday(day, weekday, direction, strict, expected):
    assert nearest_weekday(day, weekday, direction, strict=strict) == expected


@pytest.mark.parametrize("anchor, month, direction, expected", [
    (date(2023, 1, 10), 12, PAST, 2022),
    (date(2023, 1, 10), 12, FUTURE, 2023),
    (date(2023, 1, 10), 1, PAST, 2023),
    (date(2023, 1, 10), 12, PRESENT, 2022),
    (date(2025, 10, 21), 3, PAST, 2025),
    (date(2025, 10, 21), 3, FUTURE, 2026),
])
def test_month_year(anchor, month, direction, expected):
    assert month_year(anchor, month, direction) == expected


@pytest.mark.parametrize("anchor, month, day, direction, expected", [
    (date(2023, 1, 2), 12, 28, PAST, 2022),
    (date(2022, 12, 29), 1, 5, FUTURE, 2023),
    (date(2022, 12, 29), 1, 5, PRESENT, 2023),
    (date(2025, 10, 21), 10, 2, PRESENT, 2025),
])
def test_day_year(anchor, month, day, direction, expected):
    assert day_year(anchor, month, day, direction) == expected


@pytest.mark.parametrize("published, unit, offset, expected", [
    ("2023-01-02", "week", -1, "2022-W52"),
    ("2023-01-02", "weekend", -1, "2022-W52-WE"),  # the weekend just gone
    ("2023-01-15", "month", -1, "2022-12"),
    ("2023-01-15", "quarter", -1, "2022-Q4"),
    ("2023-01-15", "year", 1, "2024"),
    ("2025-10-21", "decade", 0, "202"),
    ("2025-10-21", "century", -1, "19"),
    ("2025-10", "week", 0, None),  # a month-precise date knows no week
    (None, "year", 0, None),
])
def test_period(published, unit, offset, expected):
    assert resolve.period(ctx(published), unit, offset) == expected


@pytest.mark.parametrize("n, unit, expected", [
    (-11, "year", "2011"),
    (-2, "week", "2025-W41"),
    (-3, "day", "2025-10-18"),
    (-1, "month", "2025-09"),
    (-2, "decade", "2005"),
    (3, "day", "2025-10-24"),
])
def test_shifted_keeps_the_precision_of_the_unit(n, unit, expected):
    base = date(2022, 12, 29) if unit == "year" else date(2025, 10, 21)
    assert resolve.shifted(base, n, unit) == expected


@pytest.mark.parametrize("published, season, rel, tense, expected", [
    ("2025-10-21", "SU", "last", PRESENT, "2025-SU"),
    ("2025-07-10", "SU", "last", PRESENT, "2024-SU"),
    ("2025-10-21", "SU", "next", PRESENT, "2026-SU"),
    ("2026-01-15", "WI", "this", PRESENT, "2025-WI"),
    ("2026-01-15", "SP", "this", PRESENT, "2026-SP"),
    ("2025-10-21", "SP", None, PAST, "2025-SP"),
    ("2025-10-21", "SP", None, FUTURE, "2026-SP"),
])
def test_season(published, season, rel, tense, expected):
    assert resolve.season(ctx(published, tense), season, rel) == expected


def test_weekday_this_means_the_current_week():
    assert resolve.weekday(ctx("2025-10-21"), 5, "this") == date(2025, 10, 24)
    assert resolve.weekday(ctx("2025-10-21"), 1, "this") == date(2025, 10, 20)


def test_month_with_last_and_next_skips_the_current_one():
    assert resolve.month(ctx("2025-10-21"), 10, "last") == "2024-10"
    assert resolve.month(ctx("2025-10-21"), 10, "next") == "2026-10"
    assert resolve.month(ctx("2025-10-21", PAST), 12, "this") == "2025-12"
