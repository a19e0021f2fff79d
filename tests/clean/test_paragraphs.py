"""Units and paragraphs (clean/paragraphs.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.paragraphs import paragraph, split_units, strip_residue

WRAPPED = ("The minister arrived in Oslo on Monday for talks with\n"
           "his Norwegian counterpart about fishing rights in the\n"
           "Barents Sea.")


def test_lines_of_a_block_are_separate_units():
    units = split_units("Title line\nWorld\n\nA paragraph.\nAnother line.\n")
    assert [(u.text, u.block) for u in units] == [
        ("Title line", 0), ("World", 0), ("A paragraph.", 1), ("Another line.", 1)]


def test_a_hard_wrapped_paragraph_is_one_unit():
    (unit,) = split_units(WRAPPED + "\n")
    assert unit.text == WRAPPED


def test_crlf_line_ends():
    assert [u.text for u in split_units("One.\r\n\r\nTwo.\rThree.")] == ["One.", "Two.", "Three."]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("X CLOSE", ("", "X CLOSE")),
        ("X CLOSEThe minister arrived.", ("The minister arrived.", "X CLOSE")),
        ("CLOSE The minister arrived.", ("The minister arrived.", "CLOSE")),
        ("Skip to content The minister arrived.", ("The minister arrived.", "Skip to content")),
        ("CLOSED for the holiday, the market was quiet.",
         ("CLOSED for the holiday, the market was quiet.", None)),
        ("Close ties bind the two nations.", ("Close ties bind the two nations.", None)),
    ],
)
def test_strip_residue(line, expected):
    assert strip_residue(line) == expected


def test_residue_lines_become_empty_units_that_keep_the_residue():
    units = split_units("The end.\nX CLOSE")
    assert [(u.text, u.residue) for u in units] == [("The end.", None), ("", "X CLOSE")]


def test_paragraph_trims_trailing_spaces_and_no_break_spaces_only():
    assert paragraph("  One\u00a0 \n two \u201cquoted\u201d\u00a0") == "One\n two \u201cquoted\u201d"
