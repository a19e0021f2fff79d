"""Rules for clock times: "3 p.m.", "3:30 p.m. Wednesday", "15:00 GMT", "noon Thursday".

A time takes its day from a day named right after it ("10 p.m. Wednesday"), else from the
publication date; without one the value stays unknown.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.extract.timex import resolve
from newsgraph.extract.timex.dates import day_value
from newsgraph.extract.timex.grammar import Context, Found, Rule, before, registry
from newsgraph.extract.timex.lexicon import (
    FULL_WEEKDAY, MONTH, MONTHS, ONES, WEEKDAYS, alternation, number_value,
)

RULES: list[Rule] = []
rule = registry(RULES)

ZONE = (r"(?:(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|[ECMP][SD]T|ET|PT|CT)"
        r"|local\s+time|(?-i:[A-Z][a-z]+)\s+time)")
DAY_AFTER = (
    rf"(?:,?\s+(?:on\s+)?(?:(?P<day>{FULL_WEEKDAY}|today|yesterday|tomorrow|tonight)"
    rf"|(?P<month>{MONTH})\s+(?P<dom>[12]\d|3[01]|0?[1-9])(?!\d)))?"
)
ABOUT = r"(?:(?P<about>about|around|approximately|roughly)\s+)?"
# "p.m." at the end of a sentence leaves its last dot to the sentence (as TimeML tokens do).
MERIDIEM = (
    rf"(?P<ap>[ap]\.\s?m(?:\.(?!\s*$|\s+(?!{ZONE}|{FULL_WEEKDAY}|{MONTH})(?-i:[A-Z\"“])))?"
    rf"|[ap]m\b)"
)


def _day(ctx: Context, m: re.Match) -> date | None:
    """The day a time belongs to: a weekday, yesterday or Nov. 6 named with it, else
    the publication day."""
    if m.groupdict().get("month"):
        value = resolve.month_day(ctx, MONTHS[m["month"].lower().rstrip(".")], int(m["dom"]))
        return date.fromisoformat(value) if value else None
    word = m.groupdict().get("day")
    if not word:
        return ctx.day
    word = word.lower()
    if word in resolve.DEICTIC_DAYS:
        return resolve.deictic(ctx, word)
    return resolve.weekday(ctx, WEEKDAYS[word])


def _time(ctx: Context, m: re.Match, hour: int, minute: int) -> Found | None:
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    day = _day(ctx, m)
    value = f"{day_value(day)}T{hour:02d}:{minute:02d}" if day else None
    return Found("TIME", value, "APPROX" if m.groupdict().get("about") else None)


@rule(
    rf"{ABOUT}(?P<h>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*{MERIDIEM}"
    rf"(?:\s+(?P<zone>{ZONE}))?{DAY_AFTER}"
)
def twelve_hour(m: re.Match, ctx: Context) -> Found | None:
    """3 p.m. · 3:30 p.m. EDT · 10 p.m. Wednesday."""
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if m["ap"].lower().startswith("p") and hour < 12:
        hour += 12
    elif m["ap"].lower().startswith("a") and hour == 12:
        hour = 0
    return _time(ctx, m, hour, minute)


@rule(rf"{ABOUT}(?P<h>[01]?\d|2[0-4])(?P<sep>[:.h]?)(?P<mi>[0-5]\d)"
      rf"(?:\s*(?P<zone>{ZONE}|hrs|hours))?{DAY_AFTER}")
def twenty_four_hour(m: re.Match, ctx: Context) -> Found | None:
    """15:00 GMT · 1400 GMT · at 09:30 · 18.30 hrs are times; a bare 3.30 or 2:1 is not."""
    if not m["zone"] and (m["sep"] != ":" or not re.search(r"\bat\s+$", before(m, ctx))):
        return None  # "at 2.46" is a price
    return _time(ctx, m, int(m["h"]), int(m["mi"]))


@rule(rf"{ABOUT}(?P<w>noon|midnight|midday){DAY_AFTER}")
def noon(m: re.Match, ctx: Context) -> Found | None:
    """noon · midnight Friday -> ...T24:00 · midday."""
    hour = 24 if m["w"].lower() == "midnight" else 12
    return _time(ctx, m, hour, 0)


@rule(rf"{ABOUT}(?P<h>\d{{1,2}}|{alternation(k for k, v in ONES.items() if v <= 12)})"
      rf"\s+o'clock")
def oclock(m: re.Match, ctx: Context) -> Found | None:
    """eight o'clock: the hour as written."""
    return _time(ctx, m, number_value(m["h"]), 0)
