"""A national office stated without its country ('President X') takes the one it must be."""

from __future__ import annotations

import pytest

import newsgraph

pytestmark = pytest.mark.slow


def roles_of(text, name):
    article = newsgraph.analyze(text, published="2025-01-10")
    person = next(e for e in article.entities if e.name == name)
    return [(r.role, r.of) for r in person.roles]


@pytest.mark.parametrize("text, name, expected", [
    # the other side's president is named with his country: the bare one is the other country,
    # and so is every other bare office of the article
    ("President Tom Baker spoke with his Brazilian counterpart Luis Silva on Monday. "
     "Brazil and Argentina had argued for weeks. Argentina said talks would go on, and "
     "Argentine officials met in Buenos Aires. Foreign Minister Ana Ruiz said the call went well.",
     "Ana Ruiz", [("Foreign Minister", "gpe:argentina")]),
    # the countries left are named about as often: the office stays bare
    ("President Tom Baker spoke with his Brazilian counterpart Luis Silva on Monday. "
     "Brazil had called. Argentina and Chile had argued for weeks. Argentina said talks would "
     "go on, and Chile agreed. Argentina waits.", "Tom Baker", [("President", None)]),
    # a story that names one country far more often than any other
    ("Prime Minister Ana Ruiz spoke on Monday. Portugal will vote in May. Portuguese voters "
     "are tired, and Portugal's economy is weak. Spain said nothing. Portugal waits.",
     "Ana Ruiz", [("Prime Minister", "gpe:portugal")]),
    # no country stands out: the office stays bare
    ("President Ana Ruiz spoke on Monday. Portugal and Spain will meet in May.",
     "Ana Ruiz", [("President", None)]),
])
def test_bare_national_office(nlp, text, name, expected):
    assert roles_of(text, name) == expected
