"""One article's mentions -> its entities (``resolve_article``).

Steps: cluster mentions by name, join surnames to full names and the shorter names and
acronyms coreference resolved to the names they stand for, link places to the gazetteer,
fold capitals used for their government into the country, add the byline's authors, give
every entity a readable id, then attach roles. No spaCy here: only the extraction's records,
the text and its offsets.
"""

from __future__ import annotations

import re

from newsgraph.gazetteer import Gazetteer, gazetteer
from newsgraph.records import CleanArticle, Entity, Extraction, Role, Span
from newsgraph.resolve.cluster import Cluster, cluster_mentions, join_name_tails, join_references
from newsgraph.resolve.names import fold, name_key
from newsgraph.resolve.places import fold_capitals, link_places, merge_countries
from newsgraph.resolve.roles import attach_roles
from newsgraph.settings import Settings

AUTHOR_EVIDENCE = "named in the byline"


def resolve_article(
    clean: CleanArticle, extraction: Extraction, settings: Settings
) -> tuple[Entity, ...]:
    """The entities of one article, each with its names, mentions, roles and links."""
    gaz = gazetteer(settings.min_place_population)
    clusters = join_references(cluster_mentions(extraction.mentions, gaz), extraction.references)
    link_places(clusters, gaz)
    clusters = fold_capitals(merge_countries(clusters), clean.text, gaz)
    clusters = add_authors(clusters, clean, gaz)
    clusters.sort(key=lambda c: c.start)
    ids = entity_ids(clusters)
    attach_roles(clusters, extraction.roles, ids, clean.dateline)
    _author_roles(clusters, clean, ids)
    return tuple(_entity(c, ids[id(c)]) for c in clusters)


def add_authors(clusters: list[Cluster], clean: CleanArticle, gaz: Gazetteer) -> list[Cluster]:
    """A PERSON cluster per author, joined to the text's mentions of the same person."""
    for author in clean.authors:
        if not author.strip():
            continue
        same = next((c for c in clusters if c.label == "PERSON" and name_key(c.name) == name_key(author)), None)
        if same is not None:
            same.names.append(author)
            same.evidence.append(f"{author}: {AUTHOR_EVIDENCE}")
            continue
        byline = Cluster([], "PERSON", evidence=[f"{author}: {AUTHOR_EVIDENCE}"], names=[author])
        clusters = join_name_tails(clusters + [byline], gaz)
    return clusters


def _author_roles(clusters: list[Cluster], clean: CleanArticle, ids: dict[int, str]) -> None:
    outlet = clean.outlet
    of = None
    if outlet:
        match = next((c for c in clusters if c.label == "ORG" and _same_org(c.name, outlet)), None)
        of = ids[id(match)] if match else outlet
    keys = {name_key(a) for a in clean.authors}
    for c in clusters:
        if any(name_key(n) in keys for n in c.names):
            c.roles.append(Role("author", of))


def _same_org(a: str, b: str) -> bool:
    strip = lambda s: re.sub(r"^the ", "", name_key(s))  # noqa: E731
    return strip(a) == strip(b)


def entity_ids(clusters: list[Cluster]) -> dict[int, str]:
    """Readable ids unique within the article: 'person:bashar-al-assad', 'gpe:syria-2'."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for c in clusters:
        base = f"{c.label.lower()}:{slug(c.name)}"
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        ids[id(c)] = candidate
    return ids


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "unnamed"


def _entity(c: Cluster, entity_id: str) -> Entity:
    return Entity(
        id=entity_id,
        name=c.name,
        type=c.label,
        aliases=tuple(c.aliases),
        mentions=tuple(Span(m.start, m.end, m.text) for m in c.mentions),
        roles=tuple(c.roles),
        kb=_kb(c),
        evidence=tuple(dict.fromkeys(c.evidence)),
    )


def _kb(c: Cluster) -> dict | None:
    if c.place is not None and c.label in ("GPE", "LOC", "FAC"):
        return c.place.to_kb()
    if c.label == "NORP" and c.country_code:
        return {"country_code": c.country_code, "kind": "demonym"}
    return None
