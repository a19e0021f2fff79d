"""Calendar arithmetic and TIMEX3 values: the publication anchor, shifts, nearest days.

Values keep the precision of what was said, as ISO prefixes: ``2011``, ``2025-10``,
``2025-W42``, ``2025-10-21``, ``2024-Q3``, ``2024-SU``, ``199`` (the 1990s), ``18`` (the
19th century). ``bounds`` turns a value into its first and last day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"

_PUBLISHED = re.compile(
    r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?"
)


@dataclass(frozen=True)
class Anchor:
    """The document date that relative expressions resolve against.

    ``day`` is the first day of the period when the date is less precise than a day;
    ``precision`` is "year", "month" or "day"; ``time`` is "HH:MM" when known.
    """

    day: date
    precision: str
    time: str | None = None

    @property
    def has_day(self) -> bool:
        return self.precision == "day"

    @property
    def has_month(self) -> bool:
        return self.precision in ("day", "month")


def parse_anchor(published: str | None) -> Anchor | None:
    """The anchor for an ISO prefix such as ``2025``, ``2025-10-21`` or a timestamp."""
    match = _PUBLISHED.match(published or "")
    if not match:
        return None
    year, month, day, hour, minute = match.groups()
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    precision = "day" if day else "month" if month else "year"
    return Anchor(first, precision, f"{hour}:{minute}" if hour else None)


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    """The ISO week that contains ``d``: 2023-01-01 is in 2022-W52."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    """The (year, month) ``n`` months after (or before, when negative) the given one."""
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the length of the new month."""
    year, month = shift_month(d.year, d.month, n)
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def nearest_weekday(d: date, weekday: int, direction: str, *, strict: bool = False) -> date:
    """The ``weekday`` (1 = Monday) nearest ``d`` in ``direction``.

    TimeML convention (as in the TempEval gold): the publication day itself counts, so a
    Friday story's "Friday" is that day, whatever the tense; ``strict`` excludes it
    ("last Friday", "next Friday"). Without a direction the closer one wins, ties past.
    """
    back = (d.isoweekday() - weekday) % 7 or (7 if strict else 0)
    ahead = (weekday - d.isoweekday()) % 7 or (7 if strict else 0)
    if direction == PAST or (direction != FUTURE and back <= ahead):
        return d - timedelta(days=back)
    return d + timedelta(days=ahead)


# How far a past-tense date may lie after the publication date (a future one before it)
# and still be chosen: the plain-text tense guess is rough, and stories often name the
# month ahead in a past-tense sentence ("sales fell, and will be reported in February").
SLACK_MONTHS = {PAST: 1, FUTURE: 0}
SLACK_DAYS = {PAST: 60, FUTURE: 15}


def month_year(anchor: date, month: int, direction: str) -> int:
    """The year of the nearest ``month`` in ``direction``; the current month counts.

    'December' in a past-tense sentence of January 2023 is 2022-12; without a direction
    the closer one wins.
    """
    here = anchor.year * 12 + anchor.month - 1
    options = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _pick(here, options, direction, SLACK_MONTHS) // 12


def day_year(anchor: date, month: int, day: int, direction: str) -> int:
    """The year of the nearest (month, day) in ``direction``: 'Dec. 28' said on Jan. 2."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := valid_day(y, month, day))]
    return nearest_day(anchor, options, direction).year if options else anchor.year


def nearest_day(anchor: date, options: list[date], direction: str) -> date:
    """Of ``options`` (one a year), the one nearest ``anchor`` in ``direction``."""
    here = anchor.toordinal()
    return date.fromordinal(_pick(here, [d.toordinal() for d in options], direction,
                                  SLACK_DAYS))


def _pick(here: int, options: list[int], direction: str, slack: dict[str, int]) -> int:
    if direction == PAST:
        return max((o for o in options if o <= here + slack[PAST]), default=min(options))
    if direction == FUTURE:
        return min((o for o in options if o >= here - slack[FUTURE]), default=max(options))
    return min(options, key=lambda o: (abs(o - here), o > here))


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def bounds(value: str | None, mod: str | None = None) -> tuple[str, str] | None:
    """The first and last day (ISO dates) of a calendar value, narrowed by START/MID/END.

    ``2025-W42`` -> ('2025-10-13', '2025-10-19'); ``2024`` with END -> the last third of
    2024. None for durations, sets, PAST_REF and other values that name no stretch of days.
    """
    span = _span(value or "")
    if span is None:
        return None
    first, last = _narrow(*span, mod)
    return first.isoformat(), last.isoformat()


def _span(value: str) -> tuple[date, date] | None:
    if re.fullmatch(r"\d{3}", value):  # a decade: 199 = the 1990s
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):  # a century: 18 = 1800-1899
        return date(int(value) * 100 or 1, 1, 1), date(int(value) * 100 + 99, 12, 31)
    match = _VALUE.match(value)
    return _calendar_span(match.groupdict()) if match else None


def _calendar_span(g: dict[str, str | None]) -> tuple[date, date] | None:
    year = int(g["y"])
    if g["d"]:
        day = valid_day(year, int(g["m"]), int(g["d"]))
        return (day, day) if day else None
    if g["m"]:
        return _months(year, int(g["m"]), int(g["m"]))
    if g["w"]:
        return _week(year, int(g["w"]), weekend=bool(g["we"]))
    if g["q"]:
        return _months(year, int(g["q"]) * 3 - 2, int(g["q"]) * 3)
    if g["h"]:
        return _months(year, int(g["h"]) * 6 - 5, int(g["h"]) * 6)
    if g["s"]:
        return _months(year, *_SEASON_MONTHS[g["s"]])
    return date(year, 1, 1), date(year, 12, 31)


def _months(year: int, first: int, last: int) -> tuple[date, date] | None:
    if not 1 <= first <= 12:
        return None
    end_year, end_month = (year, last) if last <= 12 else (year + 1, last - 12)
    return date(year, first, 1), date(end_year, end_month,
                                      calendar.monthrange(end_year, end_month)[1])


def _week(year: int, week: int, weekend: bool) -> tuple[date, date] | None:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return (monday + timedelta(days=5) if weekend else monday), monday + timedelta(days=6)


def _narrow(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """The first, middle or last third of [first, last] for START, MID and END."""
    third = ((last - first).days + 1) // 3
    if mod == "START" and third:
        return first, first + timedelta(days=third - 1)
    if mod == "MID" and third:
        return first + timedelta(days=third), last - timedelta(days=third)
    if mod == "END" and third:
        return last - timedelta(days=third - 1), last
    return first, last
