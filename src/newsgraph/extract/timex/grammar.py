"""What a rule is, what it returns, and the context it resolves in.

A rule is a regex and a builder. The builder turns a match into a ``Found`` (TIMEX3 type,
value and mod) or None to reject the match (a month name that is a verb, a number that is
not a year). Builders resolve against ``Context``: the publication anchor, the tense around
the expression and, for "three days later", the last full date mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from newsgraph.extract.timex.dates import Anchor
from newsgraph.extract.timex.first import cased_class, first_class


@dataclass(frozen=True)
class Found:
    """What a rule made of one match."""

    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    mod: str | None = None
    span: tuple[date, date] | None = None  # first and last day, when the value is coarser


@dataclass(frozen=True)
class Context:
    """Everything a builder may resolve against."""

    text: str
    anchor: Anchor | None
    tense: str = "PRESENT"
    reference: date | None = None  # the last full date mentioned before the expression

    @property
    def day(self) -> date | None:
        """The publication day, when it is known to the day."""
        return self.anchor.day if self.anchor and self.anchor.has_day else None

    @property
    def month(self) -> date | None:
        """The first of the publication month, when the month is known."""
        return self.anchor.day if self.anchor and self.anchor.has_month else None

    @property
    def year(self) -> int | None:
        return self.anchor.day.year if self.anchor else None

    @property
    def base(self) -> date | None:
        """What "three days later" counts from: the last full date, else publication."""
        return self.reference or self.day


Builder = Callable[[re.Match, Context], Found | None]
# What the look-behind of ``compile_rule`` refuses before a match.
_BEFORE = r"\w$£€-"


@dataclass(frozen=True)
class Rule:
    """A named pattern and the builder that turns its matches into values.

    ``anaphoric`` rules ("the next day", "two weeks later") are resolved again once the
    dates mentioned before them are known.
    """

    name: str
    pattern: re.Pattern
    build: Builder
    anaphoric: bool = False
    scan: re.Pattern | None = None  # ``scan_rule``: where a match may start, found sooner

    def finditer(self, text: str) -> Iterator[re.Match]:
        """``pattern.finditer(text)``: the same matches, found through ``scan`` where the
        rule has one (each match starts where the scan finds one, and the next search
        starts where it ends, as ``finditer`` goes on)."""
        if self.scan is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0
        while (found := self.scan.search(text, pos)) is not None:
            m = self.pattern.match(text, found.start())
            if m is None:  # cannot happen: the scan holds the pattern's own conditions
                pos = found.start() + 1
                continue
            yield m
            pos = m.end()


def registry(rules: list[Rule]) -> Callable[..., Callable[[Builder], Builder]]:
    """A decorator factory that appends each decorated builder to ``rules`` as a Rule."""

    def rule(pattern: str, *, anaphoric: bool = False) -> Callable[[Builder], Builder]:
        def register(build: Builder) -> Builder:
            rules.append(Rule(build.__name__, compile_rule(pattern), build, anaphoric,
                              scan_rule(pattern)))
            return build

        return register

    return rule


def compile_rule(pattern: str) -> re.Pattern:
    """``pattern`` as a whole words match, case-insensitive, gated on its first characters
    (``first.first_class``: the same matches, found sooner)."""
    first = first_class(f"(?:{pattern})", re.IGNORECASE)
    gate = f"(?={first})" if first else ""
    return re.compile(rf"(?<![{_BEFORE}]){gate}(?:{pattern})(?![\w])", re.IGNORECASE)


def scan_rule(pattern: str) -> re.Pattern | None:
    """Where a match of ``compile_rule(pattern)`` starts, found sooner: a pattern that
    reads one character of the rule's first characters, with case (``first.cased_class``),
    and then looks back to check the rule's look-behind and that the rule matches there.

    Python's ``re`` tries a pattern at every position of a text, unless its first item is
    a class of characters read with case: then a tight loop skips to the next character
    of the class. A rule begins with a look-behind, so it was tried at every character
    (42 rules over every text); most rules start with a few letters only ('the', 'last',
    a digit), which the loop skips to. None when the rule has no gate, a class not known
    to be complete with case, or a group reference (``re`` refuses one in a look-behind)."""
    first = first_class(f"(?:{pattern})", re.IGNORECASE)
    cased = cased_class(first) if first else None
    if not cased:
        return None
    try:
        return re.compile(rf"(?-i:{cased})(?<=(?<![{_BEFORE}])(?=(?:{pattern})(?![\w]))(?s:.))",
                          re.IGNORECASE)
    except re.error:
        return None


def before(m: re.Match, ctx: Context, chars: int = 30) -> str:
    """The text just before the match (for guards that look at the left context)."""
    return ctx.text[max(0, m.start() - chars):m.start()]


def after(m: re.Match, ctx: Context, chars: int = 30) -> str:
    """The text just after the match (for guards that look at the right context)."""
    return ctx.text[m.end():m.end() + chars]
