"""Find the stretches of text between quotation marks: straight, curly or ''two apostrophes''.

Newspapers leave a paragraph's quote open (no closing mark) when the same quote goes on in
the next paragraph, which opens with a fresh mark; such a stretch runs to the paragraph end
and is flagged ``open_end``. No spaCy here: this runs on every article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENING = "\u201c\u201e"
CLOSING = "\u201d"
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@dataclass(frozen=True)
class Marked:
    """The inside of one pair of quote marks: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_end: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: runs of text between blank lines."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


@lru_cache(maxsize=64)  # asked of one article by coreference, parse-ahead and the finder
def find_marked(text: str) -> tuple[Marked, ...]:
    """Every quoted stretch of ``text``, in order."""
    found: list[Marked] = []
    for start, end in paragraphs(text):
        found.extend(_in_paragraph(text, start, end))
    return tuple(found)


def _role(text: str, i: int, j: int) -> str:
    """'open' or 'close' for the quote mark at text[i:j] (straight, curly or two apostrophes)."""
    c = text[i]
    if c in OPENING:
        return "open"
    if c in CLOSING:
        return "close"
    before = text[i - 1] if i else " "
    after = text[j] if j < len(text) else " "
    if before.isspace() or before in "([{\u2014-/":
        return "open"
    if after.isspace() or after in ".,;:!?)]}\u2014-":
        return "close"
    return "either"


_MARK = re.compile("''|[\"\u201c\u201d\u201e]")


def _in_paragraph(text: str, start: int, end: int) -> list[Marked]:
    found: list[Marked] = []
    opened: int | None = None  # offset just inside the opening mark
    markup = False
    for m in _MARK.finditer(text, start, end):
        i = m.start()
        if markup or (i and text[i - 1] == "="):  # markup such as datetime="...", not a quote
            markup = not markup
            continue
        role = _role(text, i, m.end())
        if opened is None and role in ("open", "either"):
            opened = m.end()
        elif opened is not None and role in ("close", "either"):
            found.append(_trimmed(text, opened, i))
            opened = None
        elif opened is not None and role == "open":
            opened = m.end()  # an unmatched opening: trust the later one
    if opened is not None and end - opened > 0:
        found.append(_trimmed(text, opened, end, open_end=True))
    return [m for m in found if m.end > m.start]


def _trimmed(text: str, start: int, end: int, open_end: bool = False) -> Marked:
    """Drop white space and a trailing comma that belongs to the reporter's sentence."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Marked(start, end, open_end)
