"""Scraped text to units (one line, or one hard-wrapped paragraph) and back to paragraphs.

A unit is what boilerplate rules judge: scraped pages put a menu item, a date and a
caption on consecutive lines, so each line is judged alone, except in a block whose lines
were wrapped at a fixed width, which is one paragraph. UI residue glued to the start of
a line ("X CLOSE", "Skip to content") is cut off and kept for ``dropped``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.clean.boilerplate import classify

_BREAK = re.compile(r"\r\n|\r|\n")
_EDGE = " \t\xa0\u200b\ufeff"
# Widget text glued before the real line: "X CLOSE", "CLOSE", "Skip to content". An
# all-caps CLOSE counts only before a space, the end, or a capitalised word (not "CLOSED").
_RESIDUE = re.compile(
    r"^(?:(?:X\s*)?CLOSE|Skip to (?:main )?content|Skip navigation|Toggle navigation)"
    r"(?=\s|$|[A-Z\"“‘'][a-z])\s*"
)
_SENTENCE_END = re.compile(r"[.!?…:;,]['\"’”)\]]*$")
WRAP_MIN, WRAP_MAX = 25, 100


@dataclass(frozen=True)
class Unit:
    """One line (or hard-wrapped paragraph) as written; ``residue`` was cut from its start."""

    text: str
    block: int
    residue: str | None = None

    @property
    def bare(self) -> str:
        """The text without edge whitespace, for rules to look at."""
        return self.text.strip(_EDGE)


def split_units(content: str) -> list[Unit]:
    """The units of a text, in order; blank lines only separate blocks."""
    units: list[Unit] = []
    for number, block in enumerate(_blocks(content)):
        if _is_wrapped(block):
            units.append(Unit("\n".join(line for line, _ in block), number))
        else:
            units.extend(Unit(line, number, residue) for line, residue in block)
    return units


def _blocks(content: str) -> list[list[tuple[str, str | None]]]:
    """Runs of non-blank lines, each line paired with the residue cut from it."""
    blocks: list[list[tuple[str, str | None]]] = [[]]
    for raw in _BREAK.split(content):
        line, residue = strip_residue(raw)
        if line.strip(_EDGE):
            blocks[-1].append((line, residue))
        else:
            if residue:  # the whole line was widget text: keep it as an empty unit
                blocks[-1].append(("", residue))
            if blocks[-1]:
                blocks.append([])
    return [b for b in blocks if b]


def strip_residue(line: str) -> tuple[str, str | None]:
    """('Real text', 'X CLOSE') for 'X CLOSEReal text'; (line, None) when there is none."""
    stripped = line.lstrip(_EDGE)
    m = _RESIDUE.match(stripped)
    if not m:
        return line, None
    return stripped[m.end():], stripped[: m.end()].strip()


def _is_wrapped(block: list[tuple[str, str | None]]) -> bool:
    """True for a paragraph wrapped at a fixed width: short, similar lines that run on."""
    lines = [line for line, residue in block if not residue]
    if len(lines) < max(2, len(block)):  # one line, or widget residue in the block
        return False
    if any(classify(line.strip(_EDGE)) for line in lines):  # 'Credit: X' under a headline
        return False
    heads = lines[:-1]
    if not all(WRAP_MIN <= len(x.strip(_EDGE)) <= WRAP_MAX for x in heads):
        return False
    return any(not _SENTENCE_END.search(x.rstrip(_EDGE)) for x in heads)


def paragraph(text: str) -> str:
    """A unit as output: trailing spaces and no-break spaces trimmed from every line."""
    lines = [line.rstrip(_EDGE) for line in text.split("\n")]
    return "\n".join(lines).strip(_EDGE + "\n")
