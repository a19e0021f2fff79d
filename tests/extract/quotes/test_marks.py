"""Quote marks found without spaCy."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes.marks import find_marked


@pytest.mark.parametrize("text,expected", [
    ('He said "yes" and left.', ["yes"]),
    ("\u201cFirst,\u201d she said, \u201csecond.\u201d", ["First", "second."]),
    ("''Not today,'' he said.", ["Not today"]),
    ('A "one" and a "two".', ["one", "two"]),
    ("No quotes at all.", []),
    ('<time datetime="2016">', []),
])
def test_marked(text, expected):
    assert [text[m.start:m.end] for m in find_marked(text)] == expected


def test_open_paragraph_runs_to_its_end():
    text = '"We stayed.\n\n"We are still here."'
    marks = find_marked(text)
    assert [text[m.start:m.end] for m in marks] == ["We stayed.", "We are still here."]
    assert [m.open_end for m in marks] == [True, False]
