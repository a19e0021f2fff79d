"""Datelines at the start of a story (clean/dateline.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.dateline import find_dateline


@pytest.mark.parametrize(
    "paragraph, place, agency, marker",
    [
        ("[OSLO] The minister arrived.", "Oslo", None, "[OSLO] "),
        ("OSLO (Reuters) - The minister arrived.", "Oslo", "Reuters", "OSLO (Reuters) - "),
        ("WASHINGTON, Oct 21 (Reuters) - The minister arrived.", "Washington", "Reuters",
         "WASHINGTON, Oct 21 (Reuters) - "),
        ("NEW YORK (AP) \u2014 The minister arrived.", "New York", "AP", "NEW YORK (AP) \u2014 "),
        ("Kyiv (Reuters) - The minister arrived.", "Kyiv", "Reuters", "Kyiv (Reuters) - "),
        ("OSLO: The minister arrived.", "Oslo", None, "OSLO: "),
        ("BEIRUT \u2014 The minister arrived.", "Beirut", None, "BEIRUT \u2014 "),
        ("BEIRUT, Lebanon \u2014 The minister arrived.", "Beirut", None, "BEIRUT, Lebanon \u2014 "),
        ("BERLIN -- The minister arrived.", "Berlin", None, "BERLIN -- "),
        ("ST. LOUIS - The minister arrived.", "St. Louis", None, "ST. LOUIS - "),
        ("(Bloomberg) -- Oil rose.", None, "Bloomberg", "(Bloomberg) -- "),
    ],
)
def test_datelines(paragraph, place, agency, marker):
    found = find_dateline(paragraph)
    assert (found.place, found.agency, found.marker) == (place, agency, marker)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister arrived in Oslo on Monday.",
        "UPDATE: The minister arrived.",
        "EXCLUSIVE \u2014 The minister arrived.",
        "DEAR ABBY: My neighbour keeps a goat.",
        "US-China talks resumed on Monday.",
        "The ministry (which declined to comment) - said nothing.",
        "Q: What happens next?",
    ],
)
def test_no_dateline(paragraph):
    assert find_dateline(paragraph) is None
