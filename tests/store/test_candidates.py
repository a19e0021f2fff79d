"""The actors the store hands identity as candidates: fewer rows, the same choices."""

from __future__ import annotations

import pytest

from newsgraph.records import Entity
from newsgraph.resolve import identity
from newsgraph.store import write


def _entity(name: str, type_: str = "ORG", aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(id="e1", name=name, type=type_, aliases=aliases, mentions=())


@pytest.fixture
def clubs(store, make_article, ent):
    text = ("Kelmar United beat Dorvan United, and Kelmar City lost. Hugo Brandt, "
            "the Kelmar United coach, praised Kelmar.")
    store.add(make_article(text, ent("a", "Kelmar United", "ORG"),
                           ent("b", "Dorvan United", "ORG"), ent("c", "Kelmar City", "ORG"),
                           ent("d", "Hugo Brandt"), ent("e", "Kelmar", "GPE")))
    return store


def _names(store, entity: Entity) -> list[str]:
    return [c.name for c in write.candidates(store.conn, entity)]


@pytest.mark.parametrize(("entity", "expected"), [
    (_entity("Tolvik United"), []),  # a surname key ('united') alone finds no club
    (_entity("Kelmar United FC", aliases=("Kelmar United",)), ["Kelmar United"]),
    (_entity("Kelmar", "LOC"), ["Kelmar"]),  # places of any place type, no clubs
    (_entity("Anna Brandt", "PERSON"), ["Hugo Brandt"]),  # people: by surname too
    (_entity("Kelmar United", "PERSON"), []),  # not of a type it may be
])
def test_candidates_are_the_actors_identity_can_choose(clubs, entity, expected):
    assert _names(clubs, entity) == expected


def test_after_a_split_every_entity_gets_the_wide_look_up(clubs):
    clubs.split("Kelmar United", "Kelmar United")  # the old actor keeps its name, no row
    assert "Dorvan United" in _names(clubs, _entity("Tolvik United"))


@pytest.mark.parametrize(("type_", "expected"), [
    ("PERSON", ("PERSON",)), ("GPE", ("FAC", "GPE", "LOC", "PLACE")), ("NORP", ("NORP",)),
])
def test_compatible_types(type_, expected):
    assert identity.compatible_types(type_) == expected
    assert all(identity.compatible(type_, t) for t in expected)
