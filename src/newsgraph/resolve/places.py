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
SAME_COUNTRY_EVIDENCE = "another name of the same country in the gazetteer"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*(?:the\s+)?$")
# A verb after a name makes it the subject: 'Ankara supports', 'Moscow pushed back',
# 'Damascus cannot'. Auxiliaries, or a lower-case word ending like a finite verb.
_AUXILIARIES = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "cannot",
    "could", "should", "may", "might", "must", "does", "did", "says", "said", "wants",
})
_VERB_AFTER = re.compile(r"(?:['\u2019]s\s+)?(?:also\s+|now\s+|then\s+)?([a-z]+)\b")
# Prepositions that put a name in a location reading (not 'to' or 'from': 'attributed to
# Tehran', 'officials from Riyadh' name governments as often as places).
_PLACE_PREPOSITIONS = frozenset("in at near inside outside into across around throughout within".split())
# 'a trip to Kyiv', 'travelled to Kyiv': a journey's end is a place, not a government.
_MOVED_TO = re.compile(
    r"\b(?:trips?|visits?|journey|travel+ed|travel+ing|flew|went|came|returned|arrived|headed"
    r"|moved|driven|taken|sent|deployed)\s+(?:back\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
# 'in the Georgian capital Tbilisi': the capital named after its description, as a place.
_IN_THE_CAPITAL = re.compile(
    r"\b(?:in|at|into|across|near|outside|inside|around|throughout|to)\s+the\s+"
    r"(?:[A-Z][\w'\u2019-]*\s+)?capital,?\s+$")
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")
_ADDRESSED = re.compile(
    r"\b(?:with|against|towards?|accus\w+|urg\w+|press\w*\s+on|pressure\s+on|sanctions\s+on"
    r"|demands?\s+of|ties\s+to|relations\s+with|attributed\s+to|blamed\s+on|between\s+|between(?:\s+\w+){1,2}\s+and)\s+(?:the\s+)?$",
    re.IGNORECASE)


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


def merge_countries(clusters: list[Cluster]) -> list[Cluster]:
    """'Israel' and 'the State of Israel', 'US' and 'United States': one country, one
    entity (the gazetteer links both names to it)."""
    kept: dict[str, Cluster] = {}
    out = []
    for c in sorted(clusters, key=lambda c: -len(c.mentions)):
        code = c.country_code if c.label == "GPE" and c.place is not None \
            and c.place.kind == "country" else None
        if code and code in kept:
            kept[code].absorb(c, f"{c.name}: {SAME_COUNTRY_EVIDENCE}")
            continue
        if code:
            kept[code] = c
        out.append(c)
    return out


def fold_capitals(clusters: list[Cluster], text: str, gaz: Gazetteer) -> list[Cluster]:
    """Fold a capital used as an actor into its country's cluster; when the article never
    names the country, the capital's cluster is the country's ('between Washington and
    Moscow' in a story that names no United States)."""
    countries = {c.country_code: c for c in clusters
                 if c.label == "GPE" and c.place is not None and c.place.kind == "country"}
    out = []
    for c in clusters:
        if not _is_capital(c) or not _stands_for_government(c, text):
            out.append(c)
            continue
        country = countries.get(c.place.country_code)
        city = _located_mentions(c, text) if country is not None else None
        if city is c:
            out.append(c)
            continue
        if country is not None:
            country.not_names.update(c.forms)
            country.absorb(c, f"{c.name}: {CAPITAL_EVIDENCE}")
            if city is not None:
                out.append(city)
            continue
        place = gaz.country_by_code(c.place.country_code or "")
        if place is not None:
            c.not_names.update(c.forms)
            c.names.append(place.name)
            c.evidence.append(f"{c.name}: {CAPITAL_EVIDENCE}")
            c.place, c.country_code = place, place.country_code
            countries[place.country_code] = c
        out.append(c)
    return out


def _located_mentions(c: Cluster, text: str) -> Cluster | None:
    """The mentions of a capital read as a place ('in Kyiv'), moved to a cluster of their
    own, so that what happens there stays in the city when the rest of the capital's
    mentions ('Kyiv stands') go to its country."""
    located = [m for m in c.mentions if _in_place(text, m.start) or _MOVED_TO.search(
        text, max(0, m.start - 40), m.start) or _IN_THE_CAPITAL.search(
        text, max(0, m.start - 60), m.start)]
    if not located:
        return None
    if len(located) == len(c.mentions):
        return c  # every mention a place ('Police in the Georgian capital Tbilisi have')
    c.mentions = [m for m in c.mentions if m not in located]
    return Cluster(located, c.label, place=c.place, country_code=c.country_code)


def _stands_for_government(c: Cluster, text: str) -> bool:
    """Read as the government more often than as a place: each mention that acts ('Ankara
    supports', "Riyadh's execution", 'talks with Moscow', 'accusing Moscow') counts for the
    government, each one after a preposition of place ('in Moscow') against it."""
    votes = 0
    for m in c.mentions:
        if _in_place(text, m.start):
            votes -= 1
        elif is_subject(text, m.start, m.end) or _possessive(text, m.end) \
                or _addressed(text, m.start) or _joint_subject(text, m.end):
            votes += 1
    return votes > 0


def _in_place(text: str, start: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1).lower() in _PLACE_PREPOSITIONS


def _joint_subject(text: str, end: int) -> bool:
    """'Riyadh and the Houthis reached a deal': one of two names before a verb."""
    m = _AND_NAME.match(text, end)
    return m is not None and is_subject(text, m.start(), m.end())


def _possessive(text: str, end: int) -> bool:
    return bool(re.match(r"['\u2019]s\b", text[end:end + 3]))


def _addressed(text: str, start: int) -> bool:
    """'talks with Moscow', 'sanctions against Tehran', 'accusing Moscow of', 'pressure on'."""
    return bool(_ADDRESSED.search(text[max(0, start - 30):start]))


def is_subject(text: str, start: int, end: int) -> bool:
    """Whether a verb follows the name ('Ankara supports'), and no 'the' precedes it."""
    if re.search(r"\b(?:the|to|from|of|in|at|for|into|via)\s+$", text[max(0, start - 6):start],
                 re.IGNORECASE):
        return False  # 'a trip to Kyiv organised in secrecy': the object of 'to', no subject
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
