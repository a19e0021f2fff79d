"""Bylines and credit lines: who wrote the article, and for which outlet.

"By Jane Roe/Example Wire", "By Anna B. Karlsson, Piet de Vries and Omar Haddad",
"By Jane Roe | Reuters", "Reporting by John Doe in Moscow; Editing by Jim Poe". A line
is a byline only when everything after "By" is names, an outlet or a date, so that a
sentence such as "By contrast, the ministry said ..." never is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.clean.dates import parse_date_line

_BY = re.compile(r"^(?:by|written by|words by|authors?\s*:)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_PARTS = re.compile(r"\s*[|•·]\s*|\s+[–—-]\s+")
_NAMES = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_PARTICLES = {"al", "el", "bin", "ibn", "de", "del", "della", "der", "den", "van", "von",
              "da", "di", "du", "la", "le", "dos", "das", "abu", "st."}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*|(?:al|el)-[A-Z][\w'’-]*)$")
# Words that make a credited piece an organisation or a job, not a person.
_ORG_WORDS = re.compile(
    r"\b(?:news|press|agency|times|post|media|network|radio|television|tv|journal|wire"
    r"|service|herald|tribune|daily|magazine|channel|broadcasting|corporation|reuters|afp"
    r"|bloomberg|associated|online|group)\b", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|desk|bureau"
    r"|analyst|producer|photographer)s?\b", re.IGNORECASE)
_CREDITS = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled"
                      r"|research|graphics)\s+by\b", re.IGNORECASE)
_CREDITED = re.compile(r"(?:^|[;(]|\band\s)\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+"
                       r"(?P<names>[^;()]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...]
    outlet: str | None = None
    published: str | None = None


def parse_byline(text: str) -> Byline | None:
    """The names, outlet and date of a 'By ...' line, or None when it is not one."""
    m = _BY.match(text.strip(" \t\xa0"))
    if not m or len(text) > 200:
        return None
    names, *others = _PARTS.split(m["rest"].strip())
    names, _, slashed = names.partition("/")  # "Jane Roe/Example Wire"
    if not slashed and " for " in names:  # "Jane Roe for Example Wire"
        head, _, tail = names.rpartition(" for ")
        if _is_organisation(tail.strip()):
            names, slashed = head, tail
    authors, listed = _split_names(names)
    extras = _extras(others)
    if authors is None or extras is None:
        return None
    return Byline(authors, slashed.strip() or listed or extras[0], extras[1])


def _extras(parts: list[str]) -> tuple[str | None, str | None] | None:
    """(outlet, date) from the parts after ' | ' in a byline; None if one is neither."""
    outlet = published = None
    for part in parts:
        date = parse_date_line(part)
        if date:
            published = published or date[0]
        elif _is_name(part, org=True):
            outlet = outlet or part
        else:
            return None
    return outlet, published


def _split_names(text: str) -> tuple[tuple[str, ...] | None, str | None]:
    """(authors, outlet) of 'A, B and C, Reuters'; (None, None) if a piece is no name.

    Job titles ('Staff Writer') are skipped; an organisation may close the list."""
    authors: list[str] = []
    outlet = None
    pieces = [p.strip() for p in _NAMES.split(text.strip()) if p.strip()]
    for i, piece in enumerate(pieces):
        if _ROLE_WORDS.search(piece) and _is_name(piece, org=True):
            rest = _ROLE_WORDS.sub("", piece).strip()  # 'Reuters Staff' is Reuters'
            if rest and _is_organisation(rest) and _ORG_WORDS.search(rest):
                outlet = outlet or rest
            continue
        if i == len(pieces) - 1 and _is_organisation(piece):
            outlet = piece
        elif _is_name(piece):
            authors.append(piece)
        else:
            return None, None
    return (tuple(authors), outlet) if pieces else (None, None)


def _is_name(text: str, org: bool = False) -> bool:
    """Two to five capitalised words (with particles and initials); one word for an ``org``."""
    tokens = text.split()
    if not (1 if org else 2) <= len(tokens) <= 6 or any(c.isdigit() for c in text):
        return False
    return all(_NAME_TOKEN.match(t) or t.lower() in _PARTICLES or (org and t in ("&", "of", "the"))
               for t in tokens)


def _is_organisation(text: str) -> bool:
    return _is_name(text, org=True) and (text.startswith("The ") or bool(_ORG_WORDS.search(text))
                                         or len(text.split()) == 1)


def is_credits_line(text: str) -> bool:
    """'Reporting by ...; Editing by ...' (Reuters' footer), with or without brackets."""
    return bool(_CREDITS.match(text.strip())) and len(text) <= 300


def credited_authors(text: str) -> tuple[str, ...]:
    """Reporters and writers of a credits line (not editors), without ' in Place'."""
    authors: list[str] = []
    for m in _CREDITED.finditer(text):
        names = re.sub(r"\s+in\s+[A-Z][\w .,'’-]*$", "", m["names"].strip())
        names = re.split(r"\s*[;,]?\s*(?:editing|writing|compiled)\s+by\b", names, flags=re.I)[0]
        authors += [p.strip() for p in _NAMES.split(names) if _is_name(p.strip())]
    return tuple(dict.fromkeys(authors))
