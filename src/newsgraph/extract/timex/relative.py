"""Rules for expressions that point from the publication date: "yesterday", "Wednesday",
"last week", "earlier this month", "11 years ago", "three days later", "now", "recently".
"""

from __future__ import annotations

import re
from datetime import timedelta

from newsgraph.extract.timex import resolve
from newsgraph.extract.timex.dates import day_value
from newsgraph.extract.timex.grammar import Context, Found, Rule, after, before, registry
from newsgraph.extract.timex.lexicon import (
    FULL_WEEKDAY, MODIFIER, NUMBER, PARTS_OF_DAY, UNIT, VAGUE_NUMBER, WEEKDAYS, modifier_of,
    number_value, phase_of, unit_name,
)

RULES: list[Rule] = []
rule = registry(RULES)

POD = r"(?:morning|afternoon|evening|night)"
NOT_A_DAY_BEFORE = re.compile(
    r"(?:black|good|cyber|super|ash|bloody|easter|palm|holy|maundy|shrove|giving|manic|"
    r"blue|small\s+business|mail\s+on|girl|man|joe)\s+$",
    re.IGNORECASE,
)
NOT_A_DAY_AFTER = re.compile(
    r"^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|People|Sport|Night\s+Live|"
    r"Night\s+Football|Morning\s+Herald|Independent|Star|Tribune)\b"
)


def _pod(word: str | None) -> str:
    return "T" + PARTS_OF_DAY[word.lower()] if word else ""


@rule(
    rf"(?:(?P<phase>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow)"
    rf"(?:\s+(?P<pod>{POD}))?"
)
def deictic_day(m: re.Match, ctx: Context) -> Found | None:
    """today · yesterday morning · late yesterday · tonight."""
    day = resolve.deictic(ctx, m["w"])
    pod = m["pod"] or ("night" if m["w"].lower() == "tonight" else None)
    if day is None:
        return Found("TIME" if pod else "DATE", None)
    if pod:
        return Found("TIME", day_value(day) + _pod(pod), phase_of(m["phase"]))
    return Found("DATE", day_value(day), phase_of(m["phase"]))


@rule(r"the\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)")
def day_beyond(m: re.Match, ctx: Context) -> Found | None:
    """the day before yesterday · the day after tomorrow."""
    if ctx.day is None:
        return Found("DATE", None)
    shift = -2 if m["w"].lower().startswith("before") else 2
    return Found("DATE", day_value(ctx.day + timedelta(days=shift)))


@rule(rf"(?:(?P<phase>early|late|earlier|later)\s+)?(?P<rel>this|last)\s+(?P<pod>{POD})")
def this_part_of_day(m: re.Match, ctx: Context) -> Found | None:
    """this morning · last night · later this afternoon."""
    if ctx.day is None:
        return Found("TIME", None)
    day = ctx.day - timedelta(days=1 if m["rel"].lower() == "last" else 0)
    return Found("TIME", day_value(day) + _pod(m["pod"]), phase_of(m["phase"]))


@rule(
    rf"(?:(?P<phase>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|"
    rf"this\s+coming|past|coming)\s+)?(?P<wd>{FULL_WEEKDAY})(?:\s+(?P<pod>{POD}))?"
)
def weekday(m: re.Match, ctx: Context) -> Found | None:
    """Wednesday · last Friday · Monday morning -> 2025-10-20TMO."""
    if NOT_A_DAY_BEFORE.search(before(m, ctx)) or NOT_A_DAY_AFTER.match(after(m, ctx)):
        return None
    day = resolve.weekday(ctx, WEEKDAYS[m["wd"].lower()], m["rel"])
    kind = "TIME" if m["pod"] else "DATE"
    value = day_value(day) + _pod(m["pod"]) if day else None
    return Found(kind, value, phase_of(m["phase"]))


UNIT_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
                "next": 1, "coming": 1, "following": 1, "latest": -1}
ONE_UNIT = {"week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y",
            "century": "P100Y", "quarter": "P3M", "weekend": "P2D"}
PERIOD = r"(?:week|month|year|weekend|quarter|decade|century|fiscal\s+year)"


@rule(
    rf"(?:(?P<phase>early|late|earlier|later|mid|the\s+(?:beginning|start|middle|end|close)"
    rf"\s+of|at\s+the\s+end\s+of)\s+)?(?P<the>the\s+)?(?P<rel>last|this|next|past|previous|"
    rf"coming|following|current|latest)\s+(?P<unit>{PERIOD})"
)
def relative_period(m: re.Match, ctx: Context) -> Found | None:
    """last week -> 2025-W42 · this year · next month · earlier this month (mod START)."""
    unit = m["unit"].split()[-1].lower()
    rel = m["rel"].lower()
    if m["the"] and rel == "past" and not m["phase"]:
        return Found("DURATION", ONE_UNIT[unit])  # "the past week" is a stretch of time
    if rel == "following" and not m["the"]:
        return None
    offset = UNIT_OFFSETS[rel]
    if unit == "weekend" and rel == "this" and ctx.day and ctx.tense == "PAST":
        offset = 0 if ctx.day.isoweekday() >= 6 else -1
    value = resolve.period(ctx, unit, offset)
    mod = phase_of(m["phase"].replace("at ", "") if m["phase"] else None)
    return Found("DATE", value, mod)


@rule(r"the\s+weekend")
def the_weekend(m: re.Match, ctx: Context) -> Found | None:
    """the weekend: the last one in a past-tense sentence, else the coming one."""
    if ctx.day is None:
        return Found("DATE", None)
    weekend_now = ctx.day.isoweekday() >= 6
    offset = 0 if weekend_now else (-1 if ctx.tense == "PAST" else 0)
    return Found("DATE", resolve.period(ctx, "weekend", offset))


@rule(r"the\s+(?:full\s+|fiscal\s+|calendar\s+|whole\s+|entire\s+)?(?P<unit>year|quarter)")
def the_year(m: re.Match, ctx: Context) -> Found | None:
    """the year, the quarter (of a company report): the current one, or in a past-tense
    sentence about a quarter, the one just ended."""
    if re.match(r"[-\s]+(?:earlier|ago|before|after|end|old|round|of|in\s+review)\b",
                after(m, ctx), re.IGNORECASE) or re.match(r"\s+[A-Z]", after(m, ctx)):
        return None  # "the year-earlier quarter", "the year of the dragon"
    unit = m["unit"].lower()
    offset = -1 if unit == "quarter" and ctx.tense == "PAST" else 0
    return Found("DATE", resolve.period(ctx, unit, offset))


@rule(
    r"(?P<the>the\s+)?(?:(?P<phase>end|middle|beginning|start)\s+of\s+the\s+(?P<u>year|month)"
    r"|year[-\s]end|year's\s+end)"
)
def year_end(m: re.Match, ctx: Context) -> Found | None:
    """year-end · the end of the year · the beginning of the month."""
    unit = (m["u"] or "year").lower()
    mod = phase_of(f"the {m['phase']} of") if m["phase"] else "END"
    return Found("DATE", resolve.period(ctx, unit, 0), mod)


@rule(
    rf"(?:(?P<mod>{MODIFIER})\s+)?(?P<n>{NUMBER}|{VAGUE_NUMBER})\s+(?P<unit>{UNIT})"
    rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back)",
    anaphoric=True,
)
def units_away(m: re.Match, ctx: Context) -> Found | None:
    """11 years ago -> 2011 · two weeks ago · three days later (from the last date named)."""
    way = m["dir"].lower()
    if way in ("before", "after") and not re.match(r"\s*(?:[,.;:)]|$)", after(m, ctx)):
        return None  # "two days before the vote": the duration alone is the expression
    sign = -1 if way in ("ago", "earlier", "before", "back") else 1
    n = number_value(m["n"])
    if n is None:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    base = ctx.day if way in ("ago", "back", "from now", "hence") else ctx.base
    if base is None and ctx.anchor and unit_name(m["unit"]) in ("year", "decade", "century"):
        base = ctx.anchor.day
    value = resolve.shifted(base, sign * n, unit_name(m["unit"]))
    return Found("DATE", value, modifier_of(m["mod"]))


@rule(r"the\s+(?:(?P<same>same)\s+day|day\s+(?P<dir>after|before)(?!\s+(?:tomorrow|yesterday)))",
      anaphoric=True)
def the_same_day(m: re.Match, ctx: Context) -> Found | None:
    """the same day: the last date named; 'the day after' set off after a date ('Wednesday,
    the day after ...') is that date again."""
    set_off = re.search(r"\w,\s*$", before(m, ctx, 3)) is not None
    if not (m["same"] or set_off):
        return None  # 'the day before the vote': which day is the vote's, not the text's
    base = ctx.base
    return Found("DATE", day_value(base) if base else None)


@rule(r"(?:(?:a\s+few|several|some|many)\s+)?(?P<unit>hours|minutes|moments)\s+(?:later|earlier|after|before)",
      anaphoric=True)
def hours_away(m: re.Match, ctx: Context) -> Found | None:
    """hours later · minutes before: the same day as the last date named (or publication)."""
    return Found("DATE", day_value(ctx.base) if ctx.base else None)


@rule(r"the\s+(?P<rel>next|following|previous|preceding)\s+(?P<unit>day|morning|night|"
      r"evening|afternoon|week|month|year)", anaphoric=True)
def next_day(m: re.Match, ctx: Context) -> Found | None:
    """the next day · the following week · the previous year: from the last date named."""
    sign = 1 if m["rel"].lower() in ("next", "following") else -1
    unit = m["unit"].lower()
    if unit in ("morning", "night", "evening", "afternoon"):
        value = resolve.shifted(ctx.base, sign, "day")
        return Found("TIME", value + _pod(unit) if value else None)
    return Found("DATE", resolve.shifted(ctx.base, sign, unit))


PRESENT_WORDS = (r"now|currently|nowadays|these\s+days|at\s+present|presently"
                 r"|the\s+present|at\s+the\s+moment|current")
PAST_WORDS = (r"recently|lately|the\s+past|in\s+years\s+past"
              r"|recent(?:\s+(?:days|weeks|months|years|decades|times))?")
FUTURE_WORDS = (r"the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
                r"coming\s+(?:days|weeks|months|years|decades)|the\s+near\s+term")


@rule(rf"(?P<present>{PRESENT_WORDS})|(?P<past>{PAST_WORDS})|(?P<future>{FUTURE_WORDS})")
def reference_word(m: re.Match, ctx: Context) -> Found | None:
    """now, currently -> PRESENT_REF · recently -> PAST_REF · the future -> FUTURE_REF."""
    if m["present"]:
        return _present(m, ctx)
    if m["past"]:
        return _past(m, ctx)
    if re.match(r"\s+of\b", after(m, ctx)):
        return None  # "the future of Russian bases" is a topic, not a time
    return Found("DATE", "FUTURE_REF")


def _present(m: re.Match, ctx: Context) -> Found | None:
    word = m["present"].lower()
    if word == "current" and re.match(r"\s+(?:account|affairs|events|"
                                      r"president|leader|government)", after(m, ctx)):
        return None
    return Found("DATE", "PRESENT_REF")


def _past(m: re.Match, ctx: Context) -> Found | None:
    word = m["past"].lower()
    if word == "recent":  # the adjective alone: "a recent poll" is no expression
        return None
    if word.endswith("past") and re.match(r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|"
                                          r"decades?|quarters?)\b", after(m, ctx)):
        return None
    return Found("DATE", "PAST_REF")
