"""Roles attached to the entities that hold them, with ``of`` resolved to an entity id.

A role whose ``of`` is a demonym ("Syrian President") belongs to that country's entity, or
to the country's name when the article has no entity for it. A national office stated bare
("President Zelensky") belongs to the country another of the person's roles names ("his
Russian counterpart Vladimir Putin" ... "President Putin"), else to the country the story is
set in: the one whose cities and regions it names, at least twice as often as any other's
(Kyiv, Odesa and Zhytomyr make Ukraine the setting of a story that names Russia more),
else to the country left when the countries whose same office the article gives someone
else are set aside: 'President Trump' beside 'Russian President Putin' and 'Ukrainian
President Zelensky' is the president of the country named most after those two, and every
other bare office of the article ('Secretary of State Rubio') is of that country too, as a
reporter leaves out only the country of the story's own side; else to the country the
article names twice as often as any other.
"""

from __future__ import annotations

import re

from newsgraph.extract.lexicon import NATIONAL_OFFICES, singular
from newsgraph.gazetteer import gazetteer
from newsgraph.records import Mention, Role, RoleMention
from newsgraph.resolve.cluster import PLACE_LABELS, Cluster

_DOMINANCE = 2  # the article's country is named this many times as often as the next one
_NATIONAL = NATIONAL_OFFICES | {"secretary", "pm"}


def attach_roles(clusters: list[Cluster], roles: tuple[RoleMention, ...],
                 entity_ids: dict[int, str], dateline: str | None = None) -> None:
    """Add every role mention to its holder's cluster as a ``Role`` (deduplicated)."""
    owner = _mention_owner(clusters)
    for r in roles:
        holder = owner.get((r.holder.start, r.holder.end))
        if holder is None:
            continue
        _add(holder, Role(r.role, _of(r.of, owner, clusters, entity_ids), r.start, r.end))
    _bare_national_offices(clusters, entity_ids, dateline)


def _bare_national_offices(clusters: list[Cluster], ids: dict[int, str], dateline: str | None) -> None:
    """Give 'President X' stated without a country the country it must be (see above)."""
    countries = {ids[id(c)]: c for c in clusters if c.label in PLACE_LABELS
                 and c.country_code and c.place is not None and c.place.kind == "country"}
    home = _setting(clusters, list(countries.values())) or _filed_from(dateline, list(countries.values())) \
        or _left_over(clusters, countries) or _dominant(clusters, countries)
    for c in clusters:
        if c.label != "PERSON":
            continue
        own = next((r.of for r in c.roles if r.of in countries), None)
        fallback = own or (ids[id(home)] if home is not None else None)
        if fallback is None:
            continue
        c.roles[:] = [Role(r.role, fallback, r.start, r.end)
                      if r.of is None and _national(r.role) else r for r in c.roles]


def _national(role: str) -> bool:
    """An office held for a country: the head noun (before 'of' in 'Secretary of State')."""
    return _office_head(role) in _NATIONAL


def _office_head(role: str) -> str:
    words = re.split(r"\s+of\s+", role.lower())[0].split()
    return singular(words[-1]) if words else ""


def _left_over(clusters: list[Cluster], countries: dict[str, Cluster]) -> Cluster | None:
    """The country of the article's bare national offices, when the article gives one of
    them (or a 'counterpart') to another country's holder: of the countries left, one whose
    offices the article names, else the one named twice as often as the next."""
    people = [c for c in clusters if c.label == "PERSON"]
    bare = {r.role.lower() for c in people for r in c.roles if r.of is None and _national(r.role)}
    taken = {r.of for c in people for r in c.roles if r.of in countries
             and (r.role.lower() in bare or _office_head(r.role) == "counterpart")}
    if not bare or not taken:
        return None
    offices = {r.of for c in people for r in c.roles if r.of in countries and _national(r.role)}
    named = _times_named(clusters)
    rank = {cid: (cid in offices, named.get(c.country_code or "", 0)) for cid, c in countries.items()
            if cid not in taken}
    ranked = sorted(rank, key=lambda cid: rank[cid], reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and rank[ranked[0]][0] == rank[ranked[1]][0] \
            and rank[ranked[0]][1] < _DOMINANCE * rank[ranked[1]][1]:
        return None  # by mentions alone, only a country named far more than the next
    return countries[ranked[0]]


def _dominant(clusters: list[Cluster], countries: dict[str, Cluster]) -> Cluster | None:
    """The country the article names (by name, demonym or capital) at least twice as often
    as any other: 'Prime Minister X' in a story naming Georgia twelve times and Russia twice."""
    named = _times_named(clusters)
    ranked = sorted(countries.values(), key=lambda c: -named.get(c.country_code or "", 0))
    if not ranked:
        return None
    top = named.get(ranked[0].country_code or "", 0)
    second = max((n for code, n in named.items() if code != ranked[0].country_code), default=0)
    return ranked[0] if top >= 3 and top >= _DOMINANCE * second else None


def _times_named(clusters: list[Cluster]) -> dict[str, int]:
    """Country code -> mentions of the country, its people and its capital."""
    named: dict[str, int] = {}
    for c in clusters:
        if c.country_code and (c.label in PLACE_LABELS or c.label == "NORP"):
            named[c.country_code] = named.get(c.country_code or "", 0) + len(c.mentions)
    return named


def _filed_from(dateline: str | None, countries: list[Cluster]) -> Cluster | None:
    """The country of the dateline ('NAIROBI —'), when it is also the country the article
    names most: a story filed from Kenya about Kenya."""
    place = gazetteer().place(dateline) if dateline else None
    ranked = sorted(countries, key=lambda c: -len(c.mentions))
    if place is None or not ranked or ranked[0].country_code != place.country_code:
        return None
    if len(ranked) > 1 and len(ranked[1].mentions) == len(ranked[0].mentions):
        return None
    return ranked[0]


def _setting(clusters: list[Cluster], countries: list[Cluster]) -> Cluster | None:
    """The country whose cities and regions the article names most, twice the next at least."""
    local: dict[str, int] = {}
    for c in clusters:
        if c.label in PLACE_LABELS and c.place is not None and c.place.kind != "country" \
                and c.place.country_code:
            local[c.place.country_code] = local.get(c.place.country_code, 0) + len(c.mentions)
    ranked = sorted(local.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
        return None
    return next((c for c in countries if c.place.country_code == ranked[0][0]), None)


def _mention_owner(clusters: list[Cluster]) -> dict[tuple[int, int], Cluster]:
    return {(m.start, m.end): c for c in clusters for m in c.mentions}


def _of(m: Mention | None, owner: dict, clusters: list[Cluster], ids: dict[int, str]) -> str | None:
    """The entity id a role belongs to; a demonym's country; else the words themselves."""
    if m is None:
        return None
    c = owner.get((m.start, m.end))
    if c is None:
        return m.text
    if c.label == "NORP" and c.country_code:
        country = _country_cluster(clusters, c.country_code)
        return ids[id(country)] if country else _country_name(c)
    return ids[id(c)]


def _country_cluster(clusters: list[Cluster], code: str) -> Cluster | None:
    return next((c for c in clusters if c.label in PLACE_LABELS and c.country_code == code), None)


def _country_name(demonym: Cluster) -> str:
    country = gazetteer().country_by_code(demonym.country_code or "")
    return country.name if country else demonym.name


def _add(holder: Cluster, role: Role) -> None:
    """Keep one of each (role, of); a role stated with its owner replaces it stated bare."""
    same = [r for r in holder.roles if r.role.lower() == role.role.lower()]
    if any(r.of == role.of or role.of is None for r in same):
        return
    holder.roles[:] = [r for r in holder.roles if not (r in same and r.of is None)] + [role]
