"""Bylines and credit lines (clean/bylines.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.bylines import Byline, credited_authors, is_credits_line, parse_byline


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Jane Roe/Example Wire", Byline(("Jane Roe",), "Example Wire")),
        ("By Jane Roe for Example Wire", Byline(("Jane Roe",), "Example Wire")),
        ("By Example News Staff", Byline((), "Example News")),
        ("By AFP", Byline((), "AFP")),
        ("By Jane Roe/Example Wire\u00a0", Byline(("Jane Roe",), "Example Wire")),
        ("By Anna B. Karlsson, Piet de Vries and Omar al-Masri",
         Byline(("Anna B. Karlsson", "Piet de Vries", "Omar al-Masri"))),
        ("By Jane Roe and John Doe", Byline(("Jane Roe", "John Doe"))),
        ("By Jane Roe | Reuters", Byline(("Jane Roe",), "Reuters")),
        ("By Jane Roe, Reuters", Byline(("Jane Roe",), "Reuters")),
        ("By Jane Roe, The Example Times", Byline(("Jane Roe",), "The Example Times")),
        ("By Jane Roe, Staff Writer", Byline(("Jane Roe",))),
        ("By Jane Roe | Published: 3 March 2024", Byline(("Jane Roe",), None, "2024-03-03")),
        ("BY JANE ROE", Byline(("JANE ROE",))),
        ("Written by Jane Roe", Byline(("Jane Roe",))),
        ("By The Associated Press", Byline((), "The Associated Press")),
        ("By Reuters", Byline((), "Reuters")),
    ],
)
def test_bylines(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, political activist Jane Roe said the talks had failed.",
        "By Tuesday, the army had withdrawn.",
        "By 2025, 40% of homes will have broadband.",
        "By any measure, it was a good year.",
        "By the end of the day the ministers had agreed.",
        "By declaring their assets, people could avoid the tax, Mr Roe said.",
        "Bystanders watched the parade.",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Reporting by Jane Roe; Editing by John Doe", ("Jane Roe",)),
        ("(Reporting by Jane Roe and Omar Haddad in Cairo; Editing by John Doe)",
         ("Jane Roe", "Omar Haddad")),
        ("Reporting by Jane Roe; additional reporting by Ann Lee, Ben Ng; Writing by Cai Wu",
         ("Jane Roe", "Ann Lee", "Ben Ng", "Cai Wu")),
        ("Editing by John Doe", ()),
    ],
)
def test_credits_lines(line, authors):
    assert is_credits_line(line)
    assert credited_authors(line) == authors


def test_a_sentence_about_reporting_is_no_credits_line():
    assert not is_credits_line("Reporting the war has become dangerous, the union said.")
