"""Rules for named days: "Christmas", "New Year's Eve", "Thanksgiving", "Easter Sunday".

Fixed feasts keep their day; movable ones are computed for each candidate year. Without a
year in the text the one nearest the publication date in the tense's direction is meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.extract.timex import resolve
from newsgraph.extract.timex.dates import day_value, nearest_day
from newsgraph.extract.timex.grammar import Context, Found, Rule, registry

RULES: list[Rule] = []
rule = registry(RULES)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The n-th (or, for n = -1, the last) given weekday (1 = Monday) of a month."""

    def on(year: int) -> date:
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)

    return on


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": _fixed(12, 24), "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "new year's eve": _fixed(12, 31), "new year's day": _fixed(1, 1),
    "valentine's day": _fixed(2, 14), "st. patrick's day": _fixed(3, 17),
    "halloween": _fixed(10, 31), "veterans day": _fixed(11, 11),
    "bastille day": _fixed(7, 14),
    "easter sunday": _easter, "easter": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "thanksgiving day": _nth_weekday(11, 4, 4), "thanksgiving": _nth_weekday(11, 4, 4),
    "memorial day": _nth_weekday(5, 1, -1),
    "martin luther king day": _nth_weekday(1, 1, 3),
}
NAMES = "|".join(re.escape(k).replace("'", "['’]").replace(r"\ ", r"\s+")
                 for k in sorted(HOLIDAYS, key=len, reverse=True))


@rule(rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>(?-i:(?=[A-Z]))(?:{NAMES}))"
      rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?")
def holiday(m: re.Match, ctx: Context) -> Found | None:
    """Christmas 2024 · last Thanksgiving · on Easter Sunday."""
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    on = HOLIDAYS[key]
    if m["y"]:
        return Found("DATE", day_value(on(int(m["y"]))))
    if ctx.day is None:
        return Found("DATE", None)
    years = (ctx.day.year - 1, ctx.day.year, ctx.day.year + 1)
    way = resolve.direction(m["rel"], ctx.tense)
    return Found("DATE", day_value(nearest_day(ctx.day, [on(y) for y in years], way)))
