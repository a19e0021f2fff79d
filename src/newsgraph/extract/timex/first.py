"""The characters a pattern's match can start with, as a character class, for a cheap gate.

Every rule is searched over the whole text, and at each word start Python's ``re`` tries the
rule's whole alternation. A lookahead on the characters a match can begin with,
``(?=[FIRST])``, turns most of those tries into one class test (200 BBC articles, 42
rules: 0.80 s -> 0.64 s) and matches exactly what the pattern matches: it only states a
condition every match meets. The class is read off ``re``'s own parse of the pattern; a
construct it does not know (a negated class, \\w, a group reference, a pattern that can
match nothing) gives no gate, and the pattern is used as it is.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (re's own names for its parse tree)
from re import _parser

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"}


class _Unknown(Exception):
    """A construct whose first characters are not worked out here."""


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A class holding every character a non-empty match of ``pattern`` can start with,
    or None when that cannot be told (or the pattern can match the empty string)."""
    try:
        items, nullable = _first_of_sequence(_parser.parse(pattern, flags).data)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def _first_of_sequence(items) -> tuple[list[str], bool]:
    """The first characters of a sequence, and whether all of it can match nothing."""
    first: list[str] = []
    for op, av in items:
        found, nullable = _first_of(op, av)
        first.extend(found)
        if not nullable:
            return first, False
    return first, True


def _first_of(op, av) -> tuple[list[str], bool]:
    if op is C.LITERAL:
        return [re.escape(chr(av))], False
    if op is C.IN:
        return [_class_item(o, a) for o, a in av], False
    if op is C.BRANCH:
        first, nullable = [], False
        for alternative in av[1]:
            found, empty = _first_of_sequence(alternative.data)
            first.extend(found)
            nullable = nullable or empty
        return first, nullable
    if op is C.SUBPATTERN:
        return _first_of_sequence(av[3].data)
    if op is C.ATOMIC_GROUP:
        return _first_of_sequence(av.data)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        found, empty = _first_of_sequence(sub.data)
        return found, empty or low == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):  # zero-width: the next item starts the match
        return [], True
    raise _Unknown(op)


def _class_item(op, av) -> str:
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is C.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unknown(op)


# The characters other than ASCII that ``re``, ignoring case, takes for an ASCII letter
# (tests/extract/timex/test_first.py checks every code point).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin)
_CANDIDATES = "".join(map(chr, range(128))) + FOLDS_TO_ASCII
_CATEGORY_ITEMS = (r"\d", r"\s")


def cased_class(first: str) -> str | None:
    r"""The characters the class ``first`` matches when read ignoring case, as a class to
    read with case (so that ``re`` can skip to them); None unless every item of ``first``
    is an ASCII character, range or ``\d``/``\s``, where the answer is known to be whole."""
    body = first[1:-1]
    if any(ord(c) > 127 for c in body):
        return None
    matcher = re.compile(first, re.IGNORECASE)
    chars = [re.escape(c) for c in _CANDIDATES if matcher.fullmatch(c)]
    categories = [item for item in _CATEGORY_ITEMS if item in body]  # their other digits, spaces
    return "[" + "".join(chars + categories) + "]" if chars else None
