"""How the CLI writes roles."""

from __future__ import annotations

import pytest

from newsgraph.cli.render import role_words


@pytest.mark.parametrize("role, of, expected", [
    ("Defence Minister", "Turkey", "Defence Minister of Turkey"),
    # a role that opens with its owner's name says it once
    ("Kremlin critic", "Kremlin", "Kremlin critic"),
    ("Kremlinologist", "Kremlin", "Kremlinologist of Kremlin"),
    ("President", None, "President"),
])
def test_role_words(role, of, expected):
    assert role_words(role, of) == expected
