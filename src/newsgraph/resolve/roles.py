"""Roles attached to the entities that hold them, with ``of`` resolved to an entity id.

A role whose ``of`` is a demonym ("Syrian President") belongs to that country's entity, or
to the country's name when the article has no entity for it.
"""

from __future__ import annotations

from newsgraph.gazetteer import gazetteer
from newsgraph.records import Mention, Role, RoleMention
from newsgraph.resolve.cluster import PLACE_LABELS, Cluster


def attach_roles(clusters: list[Cluster], roles: tuple[RoleMention, ...],
                 entity_ids: dict[int, str]) -> None:
    """Add every role mention to its holder's cluster as a ``Role`` (deduplicated)."""
    owner = _mention_owner(clusters)
    for r in roles:
        holder = owner.get((r.holder.start, r.holder.end))
        if holder is None:
            continue
        _add(holder, Role(r.role, _of(r.of, owner, clusters, entity_ids), r.start, r.end))


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
