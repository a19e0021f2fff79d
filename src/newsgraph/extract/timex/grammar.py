"""What a rule is, what it returns, and the context it resolves in.

A rule is a regex and a builder. The builder turns a match into a ``Found`` (TIMEX3 type,
value and mod) or None to reject the match (a month name that is a verb, a number that is
not a year). Builders resolve against ``Context``: the publication anchor, the tense around
the expression and, for "three days later", the last full date mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from newsgraph.extract.timex.dates import Anchor
from newsgraph.extract.timex.first import first_class


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


def registry(rules: list[Rule]) -> Callable[..., Callable[[Builder], Builder]]:
    """A decorator factory that appends each decorated builder to ``rules`` as a Rule."""

    def rule(pattern: str, *, anaphoric: bool = False) -> Callable[[Builder], Builder]:
        def register(build: Builder) -> Builder:
            rules.append(Rule(build.__name__, compile_rule(pattern), build, anaphoric))
            return build

        return register

    return rule


def compile_rule(pattern: str) -> re.Pattern:
    """``pattern`` as a whole words match, case-insensitive, gated on its first characters
    (``first.first_class``: the same matches, found sooner)."""
    first = first_class(f"(?:{pattern})", re.IGNORECASE)
    gate = f"(?={first})" if first else ""
    return re.compile(rf"(?<![\w$£€-]){gate}(?:{pattern})(?![\w])", re.IGNORECASE)


def before(m: re.Match, ctx: Context, chars: int = 30) -> str:
    """The text just before the match (for guards that look at the left context)."""
    return ctx.text[max(0, m.start() - chars):m.start()]


def after(m: re.Match, ctx: Context, chars: int = 30) -> str:
    """The text just after the match (for guards that look at the right context)."""
    return ctx.text[m.end():m.end() + chars]
