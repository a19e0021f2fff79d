"""Uses of force told apart by how force was used."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_tear_gas_and_live_fire_are_two_acts(events_of):
    text = ("Hospitals treated dozens of students after police opened fire in the square. "
            "Other students were injured after police fired tear gas rounds.")
    kinds = sorted(e.kind for e in events_of(text) if e.type == "ASSAULT")
    assert kinds == ["shooting", "violent_repression"]
