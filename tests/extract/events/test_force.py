"""Uses of force told apart by how force was used."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_tear_gas_and_live_fire_are_two_acts(events_of):
    text = ("Hospitals treated dozens of students after police opened fire in the square. "
            "Other students were injured after police fired tear gas rounds.")
    kinds = sorted(e.kind for e in events_of(text) if e.type == "ASSAULT")
    assert kinds == ["shooting", "violent_repression"]


@pytest.mark.parametrize("text, kinds", [
    ("Riot police in Valdora forcibly dispersed the protesters on Monday.", ["violent_repression"]),
    ("Police dispersed a rally outside the parliament on Monday.", ["violent_repression"]),
    # a crowd that dispersed did nothing to anyone
    ("The crowd dispersed peacefully on Monday evening.", []),
])
def test_dispersing_a_crowd_by_force_is_repression(events_of, text, kinds):
    assert [e.kind for e in events_of(text) if e.type == "ASSAULT"] == kinds
