"""The words of time: month and weekday names, numbers, units, seasons, parts of the day.

Each table maps a lower-cased word to its meaning, and ``alternation`` turns a table into
a regex fragment (longest words first, so that "September" wins over "Sept" and "Sep").
Month and weekday names are matched case-sensitively (title or upper case): in news text
a lower-case "march" or "may" is a verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.extract.tries import trie_alternation

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}
# Only the full weekday names stand alone; "Sat" or "Sun" alone are other words.
FULL_WEEKDAYS = {k: v for k, v in WEEKDAYS.items() if len(k) > 5}

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Quantities that name no number: their durations get an X ("PXY").
VAGUE = ("a few", "a couple of", "several", "some", "many", "a number of", "few",
         "dozens of", "hundreds of", "a handful of")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

# unit word -> (TIMEX3 duration letter, how many of that letter one unit is)
UNITS = {
    "year": ("Y", 1), "month": ("M", 1), "week": ("W", 1), "day": ("D", 1),
    "hour": ("H", 1), "minute": ("M", 1), "second": ("S", 1), "decade": ("Y", 10),
    "century": ("Y", 100), "quarter": ("Q", 1), "fortnight": ("W", 2),
    "weekend": ("WE", 1), "night": ("D", 1), "millennium": ("Y", 1000),
}
CLOCK_UNITS = {"hour", "minute", "second"}
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium"}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
# Extra words that mark "a little before / around / more than" on an expression.
MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "fewer than": "LESS_THAN", "well over": "MORE_THAN",
}
# The beginning, middle or end of a period.
PHASES = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "the beginning of": "START", "the start of": "START", "the middle of": "MID",
    "the end of": "END", "the close of": "END", "the first half of": "START",
    "the second half of": "END",
}


def alternation(words: Iterable[str], *, cased: bool = False) -> str:
    """A non-capturing regex alternation of ``words``, longest first, spaces flexible;
    written as a trie, which matches the same and is faster (``tries``)."""
    return trie_alternation(words, cased=cased)


def proper_alternation(words: Iterable[str]) -> str:
    """Like ``alternation`` but case-sensitive: Title case or UPPER case only."""
    forms = [f for w in words for f in (w.title(), w.upper())]
    return "(?-i:" + alternation(forms, cased=True)[3:]


def number_value(text: str) -> int | None:
    """The integer a number written in digits or words means; None for vague amounts."""
    text = re.sub(r"\s+", " ", text.strip().lower()).replace(",", "")
    if text.isdigit():
        return int(text)
    if text in ("a", "an", "one", "a single", "single"):
        return 1
    if text in ("a couple of", "a pair of", "couple of"):
        return 2
    if text in ("a dozen", "dozen"):
        return 12
    if text in ("a hundred", "one hundred", "hundred"):
        return 100
    if text in ONES:
        return ONES[text]
    if text in TENS:
        return TENS[text]
    return _compound(text)


def _compound(text: str) -> int | None:
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES and ONES[parts[1]] < 10:
        return TENS[parts[0]] + ONES[parts[1]]
    return None


# Regex fragments shared by the rules.
# A month name; only the short forms take a dot ("Oct. 21", but "on 19 November." ends there).
_WHOLE = {k for k in MONTHS if len(k) > 4} | {"may", "june", "july"}
MONTH = (
    "(?:" + proper_alternation(_WHOLE) + "|"
    + proper_alternation(k for k in MONTHS if k not in _WHOLE) + r"\.?)"
)
WEEKDAY = proper_alternation(WEEKDAYS)
FULL_WEEKDAY = proper_alternation(FULL_WEEKDAYS)
NUMBER_WORD = (
    "(?:" + alternation(TENS) + r"(?:[-\s]" + alternation(k for k, v in ONES.items() if v < 10)
    + ")?|" + alternation(ONES) + ")"
)
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|" + NUMBER_WORD
    + r"|a\s+couple\s+of|a\s+dozen|a\s+hundred|an?|a\s+single)"
)
VAGUE_NUMBER = alternation(VAGUE)
UNIT = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)"
    r"|quarters?|fortnights?|weekends?|nights?|millenni(?:um|a))"
)
SEASON = alternation(SEASONS)
MODIFIER = alternation(MODIFIERS)


def unit_name(word: str) -> str:
    """The singular unit word: 'Centuries' -> 'century', 'days' -> 'day'."""
    word = word.lower()
    if word in UNIT_PLURALS:
        return UNIT_PLURALS[word]
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def modifier_of(text: str | None) -> str | None:
    """The TIMEX3 mod a modifier word stands for ('about' -> APPROX)."""
    if not text:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", text.strip().lower()))


def phase_of(text: str | None) -> str | None:
    """The TIMEX3 mod a phase word stands for ('late' -> END)."""
    if not text:
        return None
    return PHASES.get(re.sub(r"[\s-]+", " ", text.strip().lower()))
