"""Rules for stretches of time and repeated times: "three years", "the past three years"
(P3Y), "more than eight decades" (P80Y, MORE_THAN), "two-year", "every Friday"
(XXXX-WXX-5), "weekly" (P1W), "twice a year".
"""

from __future__ import annotations

import re
from fractions import Fraction

from newsgraph.extract.timex.grammar import Context, Found, Rule, after, before, registry
from newsgraph.extract.timex.lexicon import (
    CLOCK_UNITS, FULL_WEEKDAY, MODIFIER, MONTH, MONTHS, NUMBER, PARTS_OF_DAY, SEASON,
    SEASONS, UNIT, UNITS, VAGUE_NUMBER, WEEKDAYS, modifier_of, number_value, unit_name,
)

RULES: list[Rule] = []
rule = registry(RULES)

# The smaller unit a fraction is written in: 2 1/2 years -> P2Y6M.
SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7),
           "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}
DETERMINER = (
    r"(?:(?:each\s+of\s+)?the\s+(?:past|last|next|first|coming|previous|following|final|"
    r"latest|remaining|ensuing|initial|same)(?:\s+few)?|the|another|an\s+additional)"
)
EXTRA = r"(?:(?:more|full|straight|consecutive|additional|further|long|trading|business|" \
        r"working|calendar|successive|extra|short)\s+)"


def duration_value(n: Fraction | int | None, unit: str) -> str | None:
    """The ISO 8601 duration of ``n`` units: P3Y, PT4H, P80Y (eight decades), PXY (some)."""
    if unit not in UNITS or unit == "weekend":
        return None
    letter, size = UNITS[unit]
    if unit == "quarter":
        letter, size = "M", 3
    prefix = "PT" if unit in CLOCK_UNITS else "P"
    if n is None:
        return f"{prefix}X{'DE' if unit == 'decade' else 'CE' if unit == 'century' else letter}"
    n = Fraction(n) * size
    if n.denominator == 1:
        return f"{prefix}{n.numerator}{letter}"
    return _fractional(n, unit)


def _fractional(n: Fraction, unit: str) -> str | None:
    """2 1/2 years -> P2Y6M; half an hour -> PT30M."""
    if unit not in SMALLER:
        return None
    whole, rest = int(n), n - int(n)
    smaller, per = SMALLER[unit]
    extra = duration_value(rest * per, smaller)
    if extra is None or not whole:
        return extra
    return _join(duration_value(whole, unit), extra)


def _join(head: str, tail: str) -> str:
    """P2Y + P6M -> P2Y6M · P1D + PT12H -> P1DT12H · PT1H + PT30M -> PT1H30M."""
    if tail.startswith("PT"):
        return head + ("" if "T" in head else "T") + tail[2:]
    return head + tail[1:]


@rule(
    rf"(?:(?P<mod>{MODIFIER})\s+(?!the\s))?(?:(?P<det>{DETERMINER})\s+)?"
    rf"(?P<n>{NUMBER}|{VAGUE_NUMBER})"
    rf"(?P<frac>\s+(?:and\s+a\s+half|1/2|½)|\s*½)?\s+{EXTRA}?(?P<unit>{UNIT})"
    rf"(?P<half>\s+and\s+a\s+half)?"
)
def counted(m: re.Match, ctx: Context) -> Found | None:
    """three years · the past three years · more than eight decades · 2 1/2 hours."""
    unit = unit_name(m["unit"])
    n = _amount(m)
    if _not_a_duration(m, ctx, unit, n):
        return None
    det = (m["det"] or "").lower()
    if det in ("the", "another", "the same") and n is None:
        return None
    return Found("DURATION", duration_value(n, unit), modifier_of(m["mod"]))


def _amount(m: re.Match) -> Fraction | None:
    n = number_value(m["n"])
    if n is None:
        return None
    return Fraction(n) + (Fraction(1, 2) if m["frac"] or m["half"] else 0)


def _not_a_duration(m: re.Match, ctx: Context, unit: str, n: Fraction | None) -> bool:
    """A count that is no stretch of time: "a second time", "one day she...", "a night out"."""
    word = m["n"].lower()
    if m["unit"][0].isupper() and not m["n"][0].isalpha():
        return True  # "60 Minutes", "24 Hours": titles
    if unit in ("second", "quarter", "night") and word in ("a", "an"):
        return True  # "a second attempt", "a quarter of the votes", "a night out"
    if unit == "weekend" or (unit == "quarter" and re.fullmatch(r"1[89]\d\d|20\d\d", word)):
        return True  # "the 1988 quarter" names a year
    if re.match(r"[-\s]+old\b|'s?\s|\s+(?:a|an|per)\s+(?:year|month|week|day)\b",
                after(m, ctx)):
        return True
    if word in ("one", "a", "an") and unit == "day" and not m["det"] and not m["mod"]:
        return bool(re.match(r"\s*(?:,|\s+(?:she|he|they|we|i|you|it|soon|,))", after(m, ctx)))
    return bool(re.search(r"(?:once|twice|times|every|each|per)\s+$", before(m, ctx)))


@rule(
    rf"(?P<n>{NUMBER}|\d+(?:\.\d+)?)-(?P<unit>year|month|week|day|hour|minute|second|"
    rf"decade|century|night)(?:-long)?"
)
def hyphenated(m: re.Match, ctx: Context) -> Found | None:
    """two-year · 30-day · 12-hour: a duration used as an adjective ("a two-year deal")."""
    if re.match(r"-olds?\b", after(m, ctx)):
        return None  # ages ("a 51-year-old man") are no time expression here
    decimal = re.fullmatch(r"\d+\.\d+", m["n"])
    amount = Fraction(m["n"]) if decimal else number_value(m["n"])
    return Found("DURATION", duration_value(amount, m["unit"].lower()))


@rule(r"(?P<mod>(?:about|nearly|almost|more\s+than|less\s+than|over)\s+)?half\s+an?\s+"
      r"(?P<unit>hour|day|year|century|decade|minute|month)")
def half_unit(m: re.Match, ctx: Context) -> Found | None:
    """half an hour -> PT30M · half a century -> P50Y."""
    unit = m["unit"].lower()
    return Found("DURATION", duration_value(Fraction(1, 2), unit),
                 modifier_of(m["mod"]))


@rule(
    rf"(?:(?P<mod>{MODIFIER})\s+)?(?P<det>the\s+(?:past|last|next|coming)\s+few\s+)?"
    rf"(?P<unit>years|months|weeks|decades|centuries|days|hours|minutes)"
)
def vague(m: re.Match, ctx: Context) -> Found | None:
    """the past few weeks -> PXW · for years -> PXY · decades of war -> PXDE."""
    unit = unit_name(m["unit"])
    if not m["det"]:
        if m["mod"] or not re.search(r"\b(?:for|over|in|within|after)\s+$", before(m, ctx),
                                     re.IGNORECASE):
            return None
        if unit in ("hour", "minute") or re.match(r"\s+(?:ago|later|old)", after(m, ctx)):
            return None
    return Found("DURATION", duration_value(None, unit), modifier_of(m["mod"]))


SET_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "bimonthly": "P2M", "yearly": "P1Y",
    "annually": "P1Y", "hourly": "PT1H", "semiannually": "P6M", "biannually": "P6M",
    "twice-yearly": "P6M", "semi-annually": "P6M", "every day": "P1D",
}


@rule("|".join(re.escape(k) for k in sorted(SET_ADVERBS, key=len, reverse=True)))
def set_adverb(m: re.Match, ctx: Context) -> Found | None:
    """daily -> P1D · weekly -> P1W · annually -> P1Y."""
    if m.group()[0].isupper() and re.match(r"\s+[A-Z]", after(m, ctx)):
        return None  # "Daily Mail", "Weekly Standard": names of papers
    return Found("SET", SET_ADVERBS[m.group().lower()])


@rule(
    rf"(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER})\s+)?(?:(?P<unit>{UNIT})|"
    rf"(?P<wd>{FULL_WEEKDAY})|(?P<m>{MONTH})|(?P<s>{SEASON})|(?P<pod>morning|afternoon|"
    rf"evening|night))"
)
def every(m: re.Match, ctx: Context) -> Found | None:
    """every Friday -> XXXX-WXX-5 · every two years -> P2Y · each July -> XXXX-07."""
    if m["wd"]:
        return Found("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}")
    if m["m"]:
        return Found("SET", f"XXXX-{MONTHS[m['m'].lower().rstrip('.')]:02d}")
    if m["s"]:
        return Found("SET", f"XXXX-{SEASONS[m['s'].lower()]}")
    if m["pod"]:
        return Found("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}")
    if unit_name(m["unit"]) == "weekend":
        return Found("SET", "XXXX-WXX-WE")
    n = 2 if m["other"] else number_value(m["n"]) if m["n"] else 1
    return Found("SET", duration_value(n, unit_name(m["unit"])))


@rule(
    rf"(?:(?P<times>once|twice|thrice|{NUMBER}\s+times)\s+)?(?P<per>a|an|per|each)\s+"
    rf"(?P<unit>year|month|week|day|hour|minute|decade)"
)
def per_unit(m: re.Match, ctx: Context) -> Found | None:
    """twice a year · $5 a day · 100 per hour -> a SET with that period."""
    if not m["times"] and m["per"].lower() != "per" and not _after_amount(m, ctx):
        return None
    return Found("SET", duration_value(1, m["unit"].lower()))


def _after_amount(m: re.Match, ctx: Context) -> bool:
    """Just after a number or a sum: "$5 a day", "10,000 barrels a day"."""
    return bool(re.search(r"(?:\d|million|billion|thousand|hundred|dollars|cents|euros|"
                          r"pounds|barrels|tons|tonnes)[\w\s]{0,12}$", before(m, ctx, 24)))


@rule(rf"(?P<wd>{FULL_WEEKDAY})(?:s|\s+(?P<pod>mornings|afternoons|evenings|nights))")
def weekdays_plural(m: re.Match, ctx: Context) -> Found | None:
    """on Fridays -> XXXX-WXX-5 · Tuesday nights -> XXXX-WXX-2TNI."""
    pod = "T" + PARTS_OF_DAY[m["pod"].lower()[:-1]] if m["pod"] else ""
    return Found("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}{pod}")
