"""Properties over arbitrary input: cleaning never crashes and never rewrites characters."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsgraph.clean.text import clean_text
from newsgraph.errors import InputError
from newsgraph.ingest import read_bytes
from newsgraph.records import RawArticle

LINES = st.sampled_from([
    "Ministers meet in Oslo", "OSLO (Reuters) - Talks began on Monday.", "By Jane Roe/Example Wire",
    "Advertisement", "World", "29 December, 2022", "X CLOSE", "He declined to comment.",
    "Example Wire: Ministers meet in Oslo", "Next", "\u201cWe are ready,\u201d she said.\u00a0",
    "Photo [Jane Roe/Agency/Getty]", "", "  ", "[OSLO] Norwegian officials met.",
])
PAGES = st.lists(st.one_of(LINES, st.text(max_size=60)), max_size=12).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(PAGES)
def test_kept_lines_are_verbatim_pieces_of_the_input(content):
    result = clean_text(content)
    for paragraph in result.paragraphs:
        for line in paragraph.split("\n"):
            assert line in content


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_articles_or_input_errors(data):
    for item in read_bytes(data, origin="fuzz"):
        assert isinstance(item, (RawArticle, InputError))
