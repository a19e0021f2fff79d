"""Publication dates as ISO prefixes (clean/dates.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.dates import parse_date, parse_date_line, split_labelled_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tuesday, October 21, 2025", "2025-10-21"),
        ("October 21, 2025", "2025-10-21"),
        ("29 December, 2022", "2022-12-29"),
        ("29 December 2022", "2022-12-29"),
        ("21st of March 2024", "2024-03-21"),
        ("Oct. 21, 2025", "2025-10-21"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("21/10/2025", "2025-10-21"),
        ("03/04/2025", "2025-04-03"),  # day first
        ("10/21/2025", "2025-10-21"),  # day first is impossible
        ("21.10.2025", "2025-10-21"),
        ("2025-10-21", "2025-10-21"),
        ("2025-10", "2025-10"),
        ("October 2025", "2025-10"),
        ("2025-10-21T14:03:00Z", "2025-10-21T14:03:00Z"),
        ("2025-10-21T14:03:00+03:00", "2025-10-21T14:03:00+03:00"),
        ("2025-10-21 14:03", "2025-10-21T14:03"),
        ("October 21, 2025 2:03 PM ET", "2025-10-21T14:03"),
        ("21 October 2025, 14:03 BST", "2025-10-21T14:03+01:00"),
        ("14:03 GMT, 21 October 2025", "2025-10-21T14:03Z"),
        ("Friday 12 May 2023 at 10:30am", "2023-05-12T10:30"),
        ("Tue, 21 Oct 2025 14:03:00 +0000", "2025-10-21T14:03:00Z"),
        ("Tue, 21 Oct 2025 14:03:00 -0500", "2025-10-21T14:03:00-05:00"),
        # nothing: no year, impossible days, a bare year, words
        ("Tuesday, 1 March", None),
        ("31/02/2025", None),
        ("13/13/2025", None),
        ("2025", None),
        ("May the force be with you", None),
        ("Example News October 21, 2025", None),
        ("2000 GMT", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_a_bare_year_needs_permission():
    assert parse_date("2024", year_only=True) == "2024"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published: Oct. 21, 2025", ("2025-10-21", False)),
        ("Published on 3 March 2024", ("2024-03-03", False)),
        ("Updated on 3 March 2024", ("2024-03-03", True)),
        ("Last updated: 21/10/2025", ("2025-10-21", True)),
        ("Posted at 14:00 21 Oct 2025", ("2025-10-21T14:00", False)),
        ("Published 2024", ("2024", False)),
        ("29 December, 2022", ("2022-12-29", False)),
        ("Published by the ministry on Monday", None),
        ("Updated", None),
        ("2024", None),
    ],
)
def test_parse_date_line(text, expected):
    assert parse_date_line(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (" date 2023-03-10 Iran and Saudi Arabia have agreed to resume ties.",
         ("date 2023-03-10", "Iran and Saudi Arabia have agreed to resume ties.")),
        ("Published: 15 Oct 2025 10:12 GMT Russia said on Tuesday that talks would resume.",
         ("Published: 15 Oct 2025 10:12 GMT", "Russia said on Tuesday that talks would resume.")),
        ("Posted on October 21, 2025 Ministers met in Oslo.",
         ("Posted on October 21, 2025", "Ministers met in Oslo.")),
        ("Updated 2024-03-05 NAIROBI \u2014 Protesters stormed parliament.",
         ("Updated 2024-03-05", "NAIROBI \u2014 Protesters stormed parliament.")),
        ("Published: 3 March 2024", None),  # a date line alone needs no split
        ("October 21, 2025 was a Tuesday like any other.", None),  # no label
        ("Updated rules came into force on Monday.", None),  # a label word, no date
    ],
)
def test_split_labelled_date(text, expected):
    assert split_labelled_date(text) == expected
