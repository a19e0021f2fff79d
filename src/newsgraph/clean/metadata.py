"""Title, publication date, outlet and authors, read from the lines of a scraped page.

The header is everything before the second paragraph that reads as prose (the first may
be a standfirst). The headline is the first headline-like line there, or a line the
header repeats; an "Outlet Name: " prefix is cut when that outlet appears elsewhere in
the header. A masthead ("Example Radio News Tuesday, October 21, 2025") gives the
outlet and the date; bylines give the authors. Dates in the header win over later ones,
and a publication date wins over an "Updated" one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.clean.boilerplate import APPEAL, ends_sentence
from newsgraph.clean.bylines import credited_authors, is_credits_line, parse_byline
from newsgraph.clean.dates import parse_date, parse_date_line

HEADER_LINES = 15  # how far to look for an outlet named before a headline
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’&.-]*|of|the|and|&|de|la|al|el|for)$")
_NOT_OUTLET = re.compile(
    r"^(?:by|published|updated|posted|date|dated|last|first|modified|created|on|from)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
_ENDS_QUESTION = re.compile(r"[?!]['\"’”)\]]*\s*$")
_PREFIX = re.compile(r"^(?P<outlet>[A-Z][^:]{1,60}?):\s+(?P<rest>\S.*)$")


@dataclass
class Guess:
    """What metadata lines say, gathered while reading them (known metadata wins later)."""

    authors: tuple[str, ...] = ()
    dates: list[tuple[int, str, bool]] = field(default_factory=list)  # (line, iso, update)
    outlets: list[str] = field(default_factory=list)  # masthead outlets first


def words(text: str) -> int:
    return len(text.split())


def is_prose(text: str) -> bool:
    """A line that reads as a paragraph of the story (or its standfirst). A short question
    or exclamation may be a headline, so only a full stop makes a short line prose."""
    n = words(text)
    return n >= 15 or (n >= 6 and ends_sentence(text) and not _ENDS_QUESTION.search(text))


def header_end(texts: list[str], kinds: list[str | None]) -> int:
    """Index of the second prose line not already judged boilerplate (or the end)."""
    prose = [i for i, (t, k) in enumerate(zip(texts, kinds)) if k is None and is_prose(t)]
    return prose[1] if len(prose) > 1 else len(texts)


def first_prose(texts: list[str], kinds: list[str | None]) -> int:
    return next((i for i, (t, k) in enumerate(zip(texts, kinds)) if k is None and is_prose(t)),
                len(texts))


def parse_masthead(text: str) -> tuple[str, str] | None:
    """(outlet, iso date) for 'Some Outlet Name <date>', else None."""
    tokens = text.split()
    for i in range(1, min(len(tokens), 9)):
        name = " ".join(tokens[:i]).rstrip(" ,|•·-–—")
        value = parse_date(" ".join(tokens[i:]))
        if value:
            return (name, value) if _is_outlet_name(name) else None
    return None


def _is_outlet_name(name: str) -> bool:
    tokens = name.split()
    return (bool(tokens) and tokens[0][0].isupper() and not _NOT_OUTLET.search(name)
            and all(_NAME_WORD.match(t) for t in tokens))


def read_line(text: str, i: int, in_header: bool, guess: Guess) -> str | None:
    """The metadata kind of one line ('date', 'masthead', 'byline', 'credits'), noting
    what it says in ``guess``; None for other lines."""
    date = parse_date_line(text)
    if date:
        guess.dates.append((i, *date))
        return "date"
    masthead = parse_masthead(text) if in_header else None
    if masthead:
        guess.outlets.insert(0, masthead[0])
        guess.dates.append((i, masthead[1], False))
        return "masthead"
    return _read_credit(text, i, guess)


def _read_credit(text: str, i: int, guess: Guess) -> str | None:
    byline = parse_byline(text)
    if byline:
        guess.authors = guess.authors or byline.authors
        if byline.outlet:
            guess.outlets.append(byline.outlet)
        if byline.published:
            guess.dates.append((i, byline.published, False))
        return "byline"
    if is_credits_line(text):
        guess.authors = guess.authors or credited_authors(text)
        return "credits"
    return None


_APPEAL = re.compile(APPEAL, re.IGNORECASE)


_COPYRIGHT = re.compile(
    r"^(?i:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?)?[\s,]*"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,5})")


def copyright_outlet(text: str) -> str | None:
    """The owner a copyright line names: '\u00a9 2025 The Moscow Times' -> 'The Moscow Times'."""
    m = _COPYRIGHT.match(text.strip())
    if m is None:
        return None
    name = re.sub(r"\s+All$", "", m["outlet"]).strip().rstrip(".,").strip()
    return name if name and name.split()[0].lower() not in ("all", "by") else None


def outlet_of_url(url: str | None) -> str | None:
    """A record's web address names its outlet by its domain: 'thenewregion.com'."""
    m = re.match(r"^[a-z][\w+.-]*://(?:www\d*\.|m\.|amp\.)?(?P<host>[^/:?#\s]+)", url or "", re.I)
    return m["host"].lower() if m and "." in m["host"] else None


def appeal_outlet(text: str) -> str | None:
    """The outlet a reader appeal names: 'Support The Moscow Times!' -> 'The Moscow Times'."""
    m = _APPEAL.match(text.strip())
    return m["outlet"].strip() if m else None


def choose_date(dates: list[tuple[int, str, bool]], header: int) -> str | None:
    """Header before body, publication before update, then the earliest line."""
    if not dates:
        return None
    return min(dates, key=lambda d: (d[0] >= header, d[2], d[0]))[1]


# --- the headline ----------------------------------------------------------------

def is_headline(text: str) -> bool:
    """Three to 25 words on one line, not ending in a full stop."""
    text = text.strip()
    starts_lower = text[:1].islower() and not text[1:2].isupper()  # but 'iTunes', 'eBay'
    full_stop = text.endswith(".") and not text.endswith(("..", "…"))
    return (3 <= words(text) <= 25 and len(text) <= 250 and "\n" not in text
            and not full_stop and not starts_lower)


def header_others(texts: list[str], i: int) -> list[str]:
    """The short (non-prose) header lines other than line ``i``: where bylines, mastheads
    and repeated headlines stand, and where an outlet prefix must be named again."""
    return [t for j, t in enumerate(texts[:HEADER_LINES]) if j != i and not is_prose(t)]


def strip_outlet(text: str, others: list[str]) -> str:
    """'Example Wire: Headline' -> 'Headline' when 'Example Wire' (or the bare
    headline) appears in another header line; the line unchanged otherwise."""
    m = _PREFIX.match(text.strip())
    if not m:
        return text.strip()
    rest, outlet = m["rest"].strip(), m["outlet"].strip()
    if any(outlet in o for o in others) or any(same_line(rest, o) for o in others):
        return rest
    return text.strip()


def same_line(a: str, b: str) -> bool:
    """Equal once case, spacing and closing punctuation are ignored."""
    return _fold(a) == _fold(b) != ""


def _fold(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split()).strip(" .:;,").casefold()


def find_title(texts: list[str], kinds: list[str | None]) -> tuple[int, str] | None:
    """(line, headline) among the header lines before the first prose line."""
    end = first_prose(texts, kinds)
    found = []
    for i in range(min(end, len(texts))):
        if kinds[i] is None and is_headline(texts[i]):
            others = header_others(texts, i)
            found.append((i, strip_outlet(texts[i], others)))
    if end == len(texts):  # no prose: a headline needs some text after it
        found = [(i, t) for i, t in found if any(k is None for k in kinds[i + 1:])]
    for i, title in found:
        if sum(same_line(title, t) for _, t in found) > 1:
            return i, title
    return found[0] if found else None
