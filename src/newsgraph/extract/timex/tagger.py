"""Find and resolve every time expression in a text: the rules' matches, longest first.

Every rule runs over the whole text; overlapping matches are settled by length (the
longest wins, then the earliest rule), so "Tuesday, October 21, 2025" beats "October 21,
2025" and "the past three years" beats "three years". Anaphoric expressions ("three days
later") are then resolved again from the last full date mentioned before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from newsgraph.extract.timex import clock, durations, explicit, holidays, relative
from newsgraph.extract.timex.dates import Anchor, bounds, parse_anchor
from newsgraph.extract.timex.grammar import Context, Found, Rule
from newsgraph.extract.timex.mention import DateMention
from newsgraph.extract.timex.tense import tense_resolver

RULES: tuple[Rule, ...] = (
    *explicit.RULES, *holidays.RULES, *relative.RULES, *clock.RULES, *durations.RULES,
)
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d")
# Days the text names set the reference for "three days later" and "a day earlier": dates
# written out, and weekdays or "yesterday" resolved against the publication date.
_REFERENCE_RULES = {"month_day", "iso_date", "numeric_date", "weekday", "deictic_day"}

Candidate = tuple[int, int, int, Rule, re.Match]  # start, end, rule index, rule, match


def tag(
    text: str,
    published: str | None = None,
    *,
    tense_of: Callable[[int], str] | None = None,
) -> list[DateMention]:
    """Every time expression in ``text`` with its TIMEX3 type and value.

    ``published`` is the publication date as an ISO prefix (``2025-10-21``, ``2025-10``, a
    timestamp); relative expressions resolve against it and get no value without it.
    ``tense_of(offset)`` gives PAST, PRESENT or FUTURE for the expression at ``offset``
    (default: a guess from the sentence's words).
    """
    anchor = parse_anchor(published)
    tense_of = tense_of or tense_resolver(text)
    chosen = _select(_candidates(text), text, anchor, tense_of)
    return _with_anaphora(chosen, text, anchor, tense_of)


def _candidates(text: str) -> Iterator[Candidate]:
    for index, rule in enumerate(RULES):
        for m in rule.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end(), index, rule, m


def _select(candidates, text: str, anchor: Anchor | None,
            tense_of: Callable[[int], str]) -> list[tuple[Candidate, Found]]:
    """Keep the longest matches whose builders accept them, none overlapping."""
    taken = bytearray(len(text))
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        start, end, _, rule, m = cand
        if any(taken[start:end]):
            continue
        found = rule.build(m, Context(text, anchor, _tense(tense_of, start)))
        if found is not None:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((cand, found))
    return sorted(chosen, key=lambda pair: pair[0][0])


def _tense(tense_of: Callable[[int], str], offset: int) -> str:
    return (tense_of(offset) or "PRESENT").upper()


def _with_anaphora(chosen, text: str, anchor: Anchor | None,
                   tense_of: Callable[[int], str]) -> list[DateMention]:
    """Mentions in text order; anaphoric ones count from the last full date before them."""
    mentions: list[DateMention] = []
    reference: date | None = None
    for (start, end, _, rule, m), found in chosen:
        if rule.anaphoric and reference is not None:
            ctx = Context(text, anchor, _tense(tense_of, start), reference)
            found = rule.build(m, ctx) or found
        mention = _mention(text, start, end, found)
        if mention.type == "DATE" and rule.name in _REFERENCE_RULES:
            reference = _full_date(mention.value) or reference
        mentions.append(mention)
    return mentions


def _full_date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value and _FULL_DATE.match(value) else None


def _mention(text: str, start: int, end: int, found: Found) -> DateMention:
    span = bounds(found.value, found.mod) if found.type in ("DATE", "TIME") else None
    if found.span is not None:
        span = (found.span[0].isoformat(), found.span[1].isoformat())
    earliest, latest = span or (None, None)
    return DateMention(text=text[start:end], start=start, end=end, value=found.value,
                       type=found.type, earliest=earliest, latest=latest, mod=found.mod)

