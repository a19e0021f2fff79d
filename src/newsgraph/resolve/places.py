"""Places in one article: gazetteer links, and capitals that stand for their country.

"Ankara supports rebel groups" names Turkey's government, not the city: a capital used that
way (as the subject of a verb) and never as a location, in an article that also names its
country, is folded into the country. A capital that appears as a location ("in Moscow") or
only as a modifier ("the London mayor") keeps its own entity. Both are read from the text and
offsets alone.
"""

from __future__ import annotations

import re
from collections import Counter

from newsgraph.gazetteer import LOCATIVE_PREPOSITIONS, Gazetteer
from newsgraph.resolve.cluster import PLACE_LABELS, Cluster

CAPITAL_EVIDENCE = "capital used for the country's government"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*(?:the\s+)?$")
# A verb after a name makes it the subject: 'Ankara supports', 'Moscow pushed back',
# 'Damascus cannot'. Auxiliaries, or a lower-case word ending like a finite verb.
_AUXILIARIES = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "cannot",
    "could", "should", "may", "might", "must", "does", "did", "says", "said", "wants",
})
_VERB_AFTER = re.compile(r"(?:['\u2019]s\s+)?(?:also\s+|now\s+|then\s+)?([a-z]+)\b")


def link_places(clusters: list[Cluster], gaz: Gazetteer) -> None:
    """Set ``place`` (and ``country_code`` for countries) on every place cluster."""
    for c in clusters:
        if c.label in PLACE_LABELS:
            _link(c, gaz, ())
    countries = article_countries(clusters)
    for c in clusters:  # again, now preferring places inside the article's countries
        if c.label in PLACE_LABELS and (c.place is None or c.place.kind != "country"):
            _link(c, gaz, countries)


def _link(c: Cluster, gaz: Gazetteer, countries: tuple[str, ...]) -> None:
    for form in dict.fromkeys([c.name, *c.forms]):
        place = gaz.place(form, prefer_countries=countries)
        if place is not None:
            c.place = place
            if place.kind == "country":
                c.country_code = place.country_code
            return


def article_countries(clusters: list[Cluster]) -> tuple[str, ...]:
    """Country codes of the article's countries, most mentioned first."""
    counts = Counter({c.country_code: len(c.mentions) for c in clusters
                      if c.country_code and c.label in PLACE_LABELS})
    return tuple(code for code, _ in counts.most_common())


def fold_capitals(clusters: list[Cluster], text: str, gaz: Gazetteer) -> list[Cluster]:
    """Fold a capital used only as an actor into its country's cluster, when there is one."""
    countries = {c.country_code: c for c in clusters
                 if c.label == "GPE" and c.place is not None and c.place.kind == "country"}
    out = []
    for c in clusters:
        country = countries.get(c.place.country_code) if _is_capital(c) else None
        if country is not None and _stands_for_government(c, text):
            country.not_names.update(c.forms)
            country.absorb(c, f"{c.name}: {CAPITAL_EVIDENCE}")
        else:
            out.append(c)
    return out


def _stands_for_government(c: Cluster, text: str) -> bool:
    """Never a location, and at least once the subject of a verb."""
    if any(is_locative(text, m.start) for m in c.mentions):
        return False
    return any(is_subject(text, m.start, m.end) for m in c.mentions)


def is_subject(text: str, start: int, end: int) -> bool:
    """Whether a verb follows the name ('Ankara supports'), and no 'the' precedes it."""
    if re.search(r"\bthe\s+$", text[max(0, start - 5):start], re.IGNORECASE):
        return False
    match = _VERB_AFTER.match(text, end + (end < len(text) and text[end] == " "))
    if match is None:
        return False
    word = match.group(1)
    return word in _AUXILIARIES or (len(word) > 3 and word.endswith(("s", "ed")) and not word.endswith("ss"))


def _is_capital(c: Cluster) -> bool:
    return c.label == "GPE" and c.place is not None and c.place.capital and bool(c.mentions)


def is_locative(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition of place: 'in Moscow', 'to the ...'."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1).lower() in LOCATIVE_PREPOSITIONS
