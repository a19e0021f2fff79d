"""Title, masthead, header and date choice (clean/metadata.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.metadata import (
    choose_date, copyright_outlet, find_title, is_headline, is_prose, outlet_of_url,
    parse_masthead, strip_outlet,
)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Example Radio Network News Tuesday, October 21, 2025",
         ("Example Radio Network News", "2025-10-21")),
        ("The Example Times | 3 March 2024", ("The Example Times", "2024-03-03")),
        ("Example Wire Oct. 21, 2025 2:03 PM", ("Example Wire", "2025-10-21T14:03")),
        ("Tuesday, October 21, 2025", None),  # a date alone is no masthead
        ("Published October 21, 2025", None),
        ("By Jane Roe October 21, 2025", None),
        ("Ministers met on October 21, 2025", None),
        ("Example Radio Network News", None),
    ],
)
def test_parse_masthead(line, expected):
    assert parse_masthead(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ministers agree on a new border deal", True),
        ("Could the deal be a blessing in disguise?", True),
        ("$1m payoff for former chief", True),
        ("iPhone sales slow in Europe", True),
        ("Rivals of the new tablet...", True),
        ("Ministers met on Monday to agree a new deal.", False),
        ("lower-case start of a fragment", False),
        ("Two words", False),
    ],
)
def test_is_headline(line, expected):
    assert is_headline(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("The ministers met on Monday in Oslo.", True),
        ("A standfirst that runs on for quite a few words without any full stop at the end", True),
        ("Could the deal be a blessing in disguise?", False),
        ("Short line.", False),
    ],
)
def test_is_prose(line, expected):
    assert is_prose(line) is expected


@pytest.mark.parametrize(
    "line, others, expected",
    [
        ("Example Wire: Ministers agree deal", ["By Jane Roe/Example Wire"], "Ministers agree deal"),
        ("Example Wire: Ministers agree deal", ["Ministers agree deal"], "Ministers agree deal"),
        ("Roe: I was not leant on", ["World"], "Roe: I was not leant on"),
        ("Ministers agree deal", ["By Jane Roe/Example Wire"], "Ministers agree deal"),
    ],
)
def test_strip_outlet(line, others, expected):
    assert strip_outlet(line, others) == expected


def test_find_title_prefers_a_repeated_headline():
    texts = ["Example Wire: Ministers agree deal", "Breaking coverage from the capital",
             "Ministers agree deal", "The ministers met on Monday in Oslo and agreed a deal."]
    assert find_title(texts, [None] * 4) == (0, "Ministers agree deal")


def test_find_title_needs_text_after_it():
    assert find_title(["Fire breaks out in the city centre"], [None]) is None


def test_no_title_when_the_text_opens_with_prose():
    texts = ["The ministers met on Monday in Oslo and agreed a deal.", "Talks end without a deal"]
    assert find_title(texts, [None, None]) is None


def test_choose_date_prefers_the_header_and_publication():
    dates = [(1, "2024-03-05", True), (2, "2024-03-03", False), (40, "2024-01-01", False)]
    assert choose_date(dates, header=10) == "2024-03-03"
    assert choose_date([(40, "2024-01-01", False), (2, "2024-03-05", True)], header=10) == "2024-03-05"
    assert choose_date([], header=10) is None


@pytest.mark.parametrize("line, expected", [
    ("\u00a9 2025 The Moscow Times", "The Moscow Times"),
    ("Copyright 2019 Example News Now. All rights reserved.", "Example News Now"),
    ("(c) 2020-2024 Example Media", "Example Media"),
    ("\u00a9 All rights reserved.", None),
])
def test_copyright_outlet(line, expected):
    assert copyright_outlet(line) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://thenewregion.com/posts/3424", "thenewregion.com"),
    ("https://www3.nhk.or.jp/nhkworld/en/news/20230318_03/", "nhk.or.jp"),
    ("http://www.example.co.uk/a?b=c", "example.co.uk"),
    ("not a url", None),
    (None, None),
])
def test_outlet_of_url(url, expected):
    assert outlet_of_url(url) == expected
