"""The text path: scraped lines -> story paragraphs, dropped lines and guessed metadata.

Steps, in order: split into units; judge each line alone (boilerplate.classify); read
metadata lines (dates, masthead, bylines); find the headline and drop its repeats; judge
lines by their neighbours (labels, furniture between boilerplate); cut the dateline from
the first paragraphs. ``light`` skips the neighbour rules, for text an HTML extractor has
already reduced to the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.clean.boilerplate import classify, mark_context
from newsgraph.clean.dateline import Dateline, find_dateline
from newsgraph.clean.dates import split_labelled_date
from newsgraph.clean.metadata import (
    Guess, appeal_outlet, choose_date, copyright_outlet, find_title, header_end, header_others, read_line, same_line,
    strip_outlet,
)
from newsgraph.clean.paragraphs import Unit, paragraph, split_units

DATELINE_PARAGRAPHS = 2  # a standfirst may come before the paragraph with the dateline
HEADER_UNITS = 3  # where a date line glued to the text after it is looked for


@dataclass(frozen=True)
class TextResult:
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...]
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None


def clean_text(content: str, *, title: str | None = None, light: bool = False) -> TextResult:
    """Clean one article's text; ``title``, when known, is only used to drop its repeats."""
    units = _split_header_dates(split_units(content))
    texts = [u.bare for u in units]
    kinds = [classify(t) for t in texts]
    header = header_end(texts, kinds)
    guess = Guess()
    kinds = _read_metadata(texts, kinds, header, guess)
    kinds, headline = _mark_title(texts, kinds, title)
    if not light:
        kinds = mark_context(texts, kinds)
    kinds = _drop_closing_message(texts, kinds, header)
    guess.outlets += [o for t, k in zip(texts, kinds) if k == "copyright" and (o := copyright_outlet(t))]
    guess.outlets += [o for t, k in zip(texts, kinds) if k == "appeal" and (o := appeal_outlet(t))]
    entries = _entries(units, kinds)
    dateline = _cut_dateline(entries)
    return TextResult(
        paragraphs=tuple(text for kind, text in entries if kind is None),
        dropped=tuple(text for kind, text in entries if kind is not None),
        title=None if title else headline,
        published=choose_date(guess.dates, header),
        outlet=_outlet(guess, dateline),
        authors=guess.authors,
        dateline=dateline.place if dateline else None,
    )


def _drop_closing_message(texts: list[str], kinds: list[str | None], header: int) -> list[str | None]:
    """'A Message from The Example Times:' after the story opens the site's letter to its
    readers: what follows it is no longer the story."""
    for i, (text, kind) in enumerate(zip(texts, kinds)):
        if kind == "appeal" and i > header and text.rstrip().endswith(":"):
            return kinds[:i + 1] + [k or "appeal" for k in kinds[i + 1:]]
    return kinds


def _split_header_dates(units: list[Unit]) -> list[Unit]:
    """A labelled date glued to the line after it ("date 2023-03-10 Iran and ...") becomes
    a line of its own, so that the date, the headline or the dateline after it are read."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        split = split_labelled_date(unit.bare) if i < HEADER_UNITS else None
        if split is None:
            out.append(unit)
            continue
        out += [Unit(split[0], unit.block, unit.residue), Unit(split[1], unit.block)]
    return out


def _read_metadata(texts: list[str], kinds: list[str | None], header: int,
                   guess: Guess) -> list[str | None]:
    """Mark date, masthead, byline and credits lines, noting what they say."""
    return [kind or read_line(text, i, i < header, guess)
            for i, (text, kind) in enumerate(zip(texts, kinds))]


def _mark_title(texts: list[str], kinds: list[str | None], known: str | None):
    """Find the headline (unless known) and mark every line that repeats it."""
    kinds = list(kinds)
    found = None if known else find_title(texts, kinds)
    if found:
        kinds[found[0]] = "title"
    title = known or (found[1] if found else None)
    if title:
        for i, text in enumerate(texts):
            if kinds[i] is None and same_line(strip_outlet(text, header_others(texts, i)), title):
                kinds[i] = "headline"
    return kinds, title


def _entries(units: list[Unit], kinds: list[str | None]) -> list[tuple[str | None, str]]:
    """(kind, text) in page order: kept paragraphs have kind None; residue comes first."""
    entries: list[tuple[str | None, str]] = []
    for unit, kind in zip(units, kinds):
        if unit.residue:
            entries.append(("residue", unit.residue))
        if kind != "residue":
            entries.append((kind, paragraph(unit.text) if kind is None else unit.bare))
    return entries


def _cut_dateline(entries: list[tuple[str | None, str]]) -> Dateline | None:
    """Find the dateline in the first paragraphs; move its marker into the dropped lines."""
    kept = [i for i, (kind, _) in enumerate(entries) if kind is None]
    for i in kept[:DATELINE_PARAGRAPHS]:
        found = find_dateline(entries[i][1])
        if found:
            rest = entries[i][1][len(found.marker):]
            entries[i:i + 1] = [("dateline", found.marker.strip())]
            if rest:
                entries.insert(i + 1, (None, rest))
            return found
    return None


def _outlet(guess: Guess, dateline: Dateline | None) -> str | None:
    """A masthead's outlet, else a byline's, else the agency of a '(Reuters) -' dateline."""
    if guess.outlets:
        return guess.outlets[0]
    return dateline.agency if dateline else None
