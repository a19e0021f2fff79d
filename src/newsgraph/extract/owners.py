"""Whose a title is when its own words do not say, read from the rest of the sentence or
the article (for ``extract.roles``; tokens, tags and mentions, no parse):

- the side of a bare national office: the country whose government its clause names
  before it ('Libyan Prime Minister suspended Foreign Minister X', 'a Chinese official whom
  state TV identified as Foreign Minister X');
- 'of parliament': the one legislature the story names ('Congress');
- 'the regime': the country the article most often names with 'regime' or 'government'.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsgraph.extract import lexicon
from newsgraph.extract.entities import Found
from newsgraph.gazetteer import Gazetteer

# What a country's government is named by after its demonym: 'the Chinese foreign ministry'.
_GOVERNMENT_NOUNS = frozenset({"ministry", "government", "administration", "cabinet",
                               "presidency", "foreign", "state"})
# The common nouns of legislatures, which news uses for the one a story names (two named
# chambers leave it open).
_LEGISLATURES = frozenset({"parliament", "congress", "legislature", "assembly", "senate"})


# ---- the side of a bare office ------------------------------------------------------------

def side_of(doc: Doc, by_start: dict[int, Found], gaz: Gazetteer, start: int,
            taken: set[str]) -> Found | None:
    """The nearest country mention before token ``start`` in its clause (no comma between),
    outside quotation marks, that names a government acting on its own ('Libyan Prime
    Minister suspended', 'a Chinese official whom', 'the Chinese foreign ministry quoted'),
    unless its country is in ``taken``. 'Philippine vessels' or 'Russian troops' do not say
    whose side an office is; 'Moscow denied it, President X said' is X's report of the other
    side; 'Chinese President Xi met Prime Minister X' is Xi's title, not X's."""
    sent = doc[start].sent
    for i in range(start - 1, sent.start - 1, -1):
        if doc[i].text in _CLAUSE_BREAKS:
            return None
        m = by_start.get(i)
        if m is None or m.label not in ("GPE", "NORP") or _in_quotes(doc, sent.start, i):
            continue
        code = m.country_code(gaz)
        if code is not None and code not in taken and _governs(doc, by_start, m):
            return m
    return None


_CLAUSE_BREAKS = frozenset({",", ";", ":", "\u2014", "\u2013", "(", ")"})


def _governs(doc: Doc, by_start: dict[int, Found], m: Found) -> bool:
    """A country mention naming its government or an official of it."""
    i = m.span.end
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    words: list[str] = []
    while i < len(doc) and len(words) < 3 and i not in by_start and \
            (lexicon.is_role_word(doc[i].text) or doc[i].lower_ in _GOVERNMENT_NOUNS):
        words.append(doc[i].lower_)
        i += 1
    named = by_start.get(i) if i < len(doc) else None
    titled = named is not None and named.label == "PERSON"
    return not titled and any(lexicon.is_office(w) and lexicon.singular(w) != "counterpart"
                              or w in _GOVERNMENT_NOUNS for w in words)


def _in_quotes(doc: Doc, start: int, i: int) -> bool:
    """Whether token ``i`` is inside a quotation opened after token ``start``."""
    text = doc.text[doc[start].idx:doc[i].idx]
    straight = text.count('"') % 2 == 1
    return straight or text.count("\u201c") > text.count("\u201d")


# ---- 'of parliament' -----------------------------------------------------------------------

def legislature(by_start: dict[int, Found], doc: Doc, start: int, end: int) -> Found | None:
    """'of parliament' (tokens ``start:end``) in a story that names one legislature
    ('Congress', 'the National Assembly'): that one, as a reader takes it."""
    words = [t.lower_ for t in doc[start:end] if t.lower_ not in lexicon.DETERMINERS]
    if len(words) != 1 or words[0] not in _LEGISLATURES:
        return None
    named: dict[str, Found] = {}
    for m in by_start.values():
        last = m.text.split()[-1].lower() if m.label == "ORG" and m.text.split() else ""
        if last in _LEGISLATURES:
            named.setdefault(m.text.lower(), m)
    return next(iter(named.values())) if len(named) == 1 else None


# ---- what 'the regime' means in this article -----------------------------------------------

def government(doc: Doc, found: list[Found], gaz: Gazetteer) -> Found | None:
    """The country most often named with 'regime'/'government' ("the Syrian regime")."""
    counts: Counter[str] = Counter()
    first: dict[str, Found] = {}
    for f in found:
        code = _government_country(doc, f, gaz)
        if code:
            counts[code] += 1
            first.setdefault(code, f)
    return first[counts.most_common(1)[0][0]] if counts else None


def _government_country(doc: Doc, f: Found, gaz: Gazetteer) -> str | None:
    i = f.span.end
    if f.label == "GPE" and i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in lexicon.GOVERNMENT_WORDS:
        return None
    return f.country_code(gaz)
