"""Rules for calendar expressions that name their own date: "October 21, 2025", "21/10/2025",
"October 2025", "2011", "mid-2024", "the 1990s", "the 19th century", "Q3 2024", "summer 2024".

Those without a year ("Oct. 21", "in December") take it from the publication date.
"""

from __future__ import annotations

import re

from newsgraph.extract.timex import resolve
from newsgraph.extract.timex.dates import PAST, day_value, month_value, quarter_of, valid_day
from newsgraph.extract.timex.grammar import Context, Found, Rule, after, before, registry
from newsgraph.extract.timex.lexicon import (
    MONTH, MONTHS, ONES, ORDINALS, SEASON, SEASONS, TENS, WEEKDAY, WEEKDAYS,
    alternation, phase_of, proper_alternation,
)

RULES: list[Rule] = []
rule = registry(RULES)

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
PHASE = r"(?:early|late|mid|the\s+(?:beginning|start|middle|end|close)\s+of)"
PHASE_PREFIX = rf"(?:(?P<phase>{PHASE})[-\s]+)?"
FULL_MONTH = proper_alternation(k for k in MONTHS if len(k) > 3 or k == "may")
# Words before a bare month or year that show it is a date ("in May", "since 2011").
TEMPORAL_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|from|to|before|after|during|of|early|late|"
    r"mid|last|next|this|that|between|and|or|around|throughout|for|as\s+of|on|at|into|"
    r"beginning|end|start|middle|past|coming|following|previous|year)\s*-?\s*)$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|men|women|children|"
    r"residents|votes|seats|feet|foot|meters?|metres|miles?|km|kilometers?|kilometres|"
    r"tons?|tonnes?|pounds|dollars|euros|yuan|yen|shares|units|cars|jobs|homes|houses|"
    r"acres|hectares|employees|workers|members|patients|cases|deaths|points|barrels|"
    r"[a-z]+\s+(?:people|troops|soldiers)|hours|minutes|rounds|calories|degrees|bc\b|"
    r"[-–]\s*\d{3,}|\d|[.,]\d)",
    re.IGNORECASE,
)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


@rule(
    rf"(?:(?P<wd>{WEEKDAY})\.?,?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})|(?:the\s+)?"
    rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR})(?!\d)|"
    rf",?\s+(?P<rel>last|this|next)\s+year)?"
)
def month_day(m: re.Match, ctx: Context) -> Found | None:
    """October 21, 2025 · 21 October 2025 · Oct. 21 · Tuesday, October 21, 2025 ·
    February 24 last year."""
    number = _month(m["m1"] or m["m2"])
    day = _day(m["d1"] or m["d2"])
    if re.match(r"\s*(?:[:.,]\d|%|-\d)", after(m, ctx)):  # "May 2:30", "Jan 5.5%"
        return None
    if m["rel"]:
        if ctx.year is None:
            return Found("DATE", None)
        year = ctx.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        found = valid_day(year, number, day)
        return Found("DATE", day_value(found)) if found else None
    if m["y"]:
        found = valid_day(int(m["y"]), number, day)
        return Found("DATE", day_value(found)) if found else None
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")] if m["wd"] else None
    if valid_day(2000, number, day) is None:
        return None
    return Found("DATE", resolve.month_day(ctx, number, day, wd))


@rule(rf"(?:(?P<m1>{MONTH})\s+(?P<a1>{DAY})\s*[-\u2013]\s*(?P<b1>{DAY})|(?P<a2>{DAY})\s*[-\u2013]\s*"
      rf"(?P<b2>{DAY})\s+(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR})(?!\d))?")
def day_range(m: re.Match, ctx: Context) -> Found | None:
    """March 15-17 · 15-17 March 2024: the month, with the first and last day of the range."""
    number = _month(m["m1"] or m["m2"])
    first, last = _day(m["a1"] or m["a2"]), _day(m["b1"] or m["b2"])
    if ctx.month is None and not m["y"]:
        return Found("DATE", None)
    year = int(m["y"]) if m["y"] else int(resolve.month(ctx, number)[:4])
    start, end = valid_day(year, number, first), valid_day(year, number, last)
    if start is None or end is None or end <= start:
        return None
    return Found("DATE", month_value(year, number), span=(start, end))


@rule(rf"(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<t>\d\d:\d\d))?")
def iso_date(m: re.Match, ctx: Context) -> Found | None:
    """2025-10-21 · 2025-10-21T14:00."""
    found = valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if found is None:
        return None
    if m["t"]:
        return Found("TIME", f"{day_value(found)}T{m['t']}")
    return Found("DATE", day_value(found))


@rule(r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)")
def numeric_date(m: re.Match, ctx: Context) -> Found | None:
    """21/10/2025 · 10/21/2025 · 21.10.2025: day first when the first number is over 12,
    else month first (the American order of the TempEval news)."""
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
    month, day = (b, a) if a > 12 else (a, b)
    found = valid_day(year, month, day)
    return Found("DATE", day_value(found)) if found else None


@rule(rf"{PHASE_PREFIX}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|'\d\d)(?!\d|,\d)")
def month_year(m: re.Match, ctx: Context) -> Found | None:
    """October 2025 · Oct. 2025 · late November 1999."""
    year = m["y"]
    year = int(year) if len(year) == 4 else _two_digit_year(int(year[1:]), ctx)
    return Found("DATE", month_value(year, _month(m["m"])), phase_of(m["phase"]))


def _two_digit_year(yy: int, ctx: Context) -> int:
    century = (ctx.year or 2000) // 100 * 100
    return century + yy if century + yy <= (ctx.year or 2000) + 10 else century - 100 + yy


@rule(
    rf"(?:(?P<phase>{PHASE}|earlier|later)[-\s]+)?(?:(?P<rel>last|next|this|this\s+past|"
    rf"this\s+coming|past|coming)\s+)?(?P<m>{FULL_MONTH})"
)
def month_alone(m: re.Match, ctx: Context) -> Found | None:
    """in December · last April · late November: the nearest one in the tense's direction."""
    if not (m["phase"] or m["rel"]) and not _month_context(m, ctx):
        return None
    rel = m["rel"] and m["rel"].split()[-1]
    value = resolve.month(ctx, _month(m["m"]), rel)
    return Found("DATE", value, phase_of(m["phase"]))


def _month_context(m: re.Match, ctx: Context) -> bool:
    """A bare month name is a date after "in", "since", "by"...; "May" and "March" need one."""
    if TEMPORAL_PREPOSITION.search(before(m, ctx)):
        return True
    if m["m"].lower() in ("may", "march", "june", "april", "august", "jan"):
        return False
    return not re.match(r"\s+[A-Z]", after(m, ctx))


@rule(
    rf"(?:(?P<phase>{PHASE}|earlier|later)[-\s]+|(?P<fiscal>fiscal(?:\s+year)?\s+|FY\s?)"
    rf"|(?P<the>the\s+year\s+))?(?P<y>{YEAR})(?P<s>'s)?"
)
def year(m: re.Match, ctx: Context) -> Found | None:
    """2011 · in 1848 · mid-2024 · fiscal 1989 · the end of 2024."""
    value = int(m["y"])
    if _NOT_YEAR_AFTER.match(after(m, ctx)) or re.search(r"(?:\d[.,:/]?|#|No\.\s)$",
                                                           before(m, ctx)):
        return None
    prefixed = m["phase"] or m["fiscal"] or m["the"]
    if value < 1900 and not (prefixed or TEMPORAL_PREPOSITION.search(before(m, ctx))):
        return None
    if re.match(r"\s*(?:-|to|and)\s*\d", after(m, ctx)) and not prefixed:
        return Found("DATE", m["y"])  # a range's first year: "2009-2010", "1990 to 1995"
    return Found("DATE", m["y"], phase_of(m["phase"]))


@rule(rf"{PHASE_PREFIX}(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year")
def month_of_year(m: re.Match, ctx: Context) -> Found | None:
    """June last year · January this year -> 2025-01."""
    if ctx.year is None:
        return Found("DATE", None)
    year = ctx.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return Found("DATE", month_value(year, _month(m["m"])), phase_of(m["phase"]))


SMALL = alternation(k for k, v in ONES.items() if v < 10)
TEEN = alternation(k for k, v in ONES.items() if v >= 10)
SPELLED_YEAR = (
    rf"(?:nineteen[-\s]+(?:(?P<tens>{alternation(TENS)})(?:[-\s]+(?P<ones>{SMALL}))?"
    rf"|(?P<teen>{TEEN}))|two\s+thousand(?:\s+and\s+(?P<ones2>{SMALL}|{TEEN}))?)"
)


@rule(rf"(?:(?P<the>the\s+year\s+)|(?P<m>{MONTH}),?\s+|{PHASE_PREFIX})?{SPELLED_YEAR}")
def spelled_year(m: re.Match, ctx: Context) -> Found | None:
    """nineteen ninety-six -> 1996 · the year two thousand · January nineteen ninety-seven."""
    if m.group().lower().startswith("two") and not TEMPORAL_PREPOSITION.search(before(m, ctx)):
        return None  # "two thousand people"
    if m["tens"] or m["teen"]:
        year = 1900 + (TENS[m["tens"].lower()] + (ONES[m["ones"].lower()] if m["ones"] else 0)
                       if m["tens"] else ONES[m["teen"].lower()])
    else:
        year = 2000 + (ONES[m["ones2"].lower()] if m["ones2"] else 0)
    if m["m"]:
        return Found("DATE", month_value(year, _month(m["m"])))
    return Found("DATE", f"{year:04d}", phase_of(m["phase"]))


DECADE_WORDS = {w.replace("y", "ies"): v for w, v in TENS.items()}


@rule(
    rf"(?:the\s+)?(?:(?P<phase>early|late|mid)[-\s]+)?(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s"
    rf"|'(?P<d2>\d)0s|(?P<d3>\d)0s|(?P<w>{alternation(DECADE_WORDS)}))"
)
def decade(m: re.Match, ctx: Context) -> Found | None:
    """the 1990s -> 199 · the '80s · the early nineties (with mod START)."""
    if m["c"]:
        value = m["c"] + m["d"]
    else:
        if not m.group().lower().startswith("the") and not m["d2"]:
            return None  # "in their 90s", "temperatures in the 80s" are not decades
        digit = int(m["d2"] or m["d3"] or DECADE_WORDS[m["w"].lower()] // 10)
        value = f"19{digit}" if digit * 10 > (ctx.year or 2000) % 100 + 10 else f"20{digit}"
    return Found("DATE", value, phase_of(m["phase"]))


ORDINAL = alternation(k for k, v in ORDINALS.items() if v <= 21)


@rule(
    rf"(?:the\s+)?(?:(?P<phase>early|late|mid)[-\s]+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)"
    rf"|(?P<o>{ORDINAL}))[-\s]+century"
)
def century(m: re.Match, ctx: Context) -> Found | None:
    """the 19th century -> 18 · the twentieth century -> 19."""
    n = int(m["n"]) if m["n"] else ORDINALS[m["o"].lower()]
    return Found("DATE", f"{n - 1:02d}", phase_of(m["phase"]))


QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}


@rule(
    rf"(?:the\s+(?!\w+-quarter))?(?:(?P<y1>{YEAR})\s+)?(?:(?P<o>{alternation(QUARTERS)})"
    rf"[-\s]+(?:fiscal[-\s]+)?quarter|(?-i:Q)(?P<q>[1-4]))"
    rf"(?:,?\s+(?:of\s+)?(?P<y2>{YEAR}|'\d\d))?"
)
def quarter(m: re.Match, ctx: Context) -> Found | None:
    """the third quarter · Q3 2024 · the 1988 second quarter -> 2024-Q3.

    Without a year, the quarter of the publication year; in a past-tense sentence a
    quarter still to come is last year's.
    """
    number = int(m["q"]) if m["q"] else QUARTERS[m["o"].lower()]
    given = m["y1"] or m["y2"]
    if given:
        year = int(given) if len(given) == 4 else _two_digit_year(int(given[1:]), ctx)
        return Found("DATE", f"{year:04d}-Q{number}")
    if ctx.month is None:
        return Found("DATE", None)
    ahead = number > quarter_of(ctx.month)
    year = ctx.month.year - (1 if ahead and ctx.tense == PAST else 0)
    return Found("DATE", f"{year:04d}-Q{number}")


@rule(
    rf"(?:the\s+)?(?P<o>first|second|1st|2nd)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this"
    rf"|last|next|the)\s+year)"
)
def half_year(m: re.Match, ctx: Context) -> Found | None:
    """the first half of 2024 -> 2024-H1 · the second half of this year."""
    half = 1 if m["o"].lower() in ("first", "1st") else 2
    if m["y"]:
        return Found("DATE", f"{m['y']}-H{half}")
    offset = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return Found("DATE", f"{ctx.year + offset:04d}-H{half}" if ctx.year else None)


@rule(
    rf"(?:the\s+)?(?:(?P<phase>early|late|mid)[-\s]+)?(?P<s>{SEASON})(?:\s+of)?\s+(?P<y>{YEAR})"
)
def season_year(m: re.Match, ctx: Context) -> Found | None:
    """summer 2024 · the spring of 1998 -> 2024-SU."""
    return Found("DATE", f"{m['y']}-{SEASONS[m['s'].lower()]}", phase_of(m["phase"]))


@rule(
    rf"(?:(?P<phase>early|late|mid)[-\s]+)?(?P<rel>this|last|next|this\s+past|this\s+coming"
    rf"|the\s+coming|the\s+past)\s+(?P<s>{SEASON})"
)
def season_relative(m: re.Match, ctx: Context) -> Found | None:
    """last summer · this winter · next spring."""
    rel = m["rel"].split()[-1]
    return Found("DATE", resolve.season(ctx, SEASONS[m["s"].lower()], rel),
                 phase_of(m["phase"]))


@rule(rf"(?:the\s+)?(?:(?P<phase>early|late)\s+)?(?P<s>spring|summer|winter|autumn)")
def season_alone(m: re.Match, ctx: Context) -> Found | None:
    """in the summer · during the winter: the nearest one in the tense's direction."""
    if not re.search(r"\b(?:in|during|by|until|since|through|over|this|that)\s+$",
                     before(m, ctx), re.IGNORECASE):
        return None
    if re.match(r"\s+(?:of|session|olympics|games|months|camp|school|holidays?)\b",
                after(m, ctx), re.IGNORECASE):
        return None
    return Found("DATE", resolve.season(ctx, SEASONS[m["s"].lower()]), phase_of(m["phase"]))

