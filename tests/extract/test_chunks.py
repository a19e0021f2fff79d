"""Texts into spaCy: long ones in paragraph-aligned pieces, one failure per text."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.errors import AnalysisError
from newsgraph.extract.chunks import pieces, pipe
from newsgraph.settings import Settings


@Language.component("newsgraph_test_boom")
def _boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("component failed")
    return doc


@pytest.fixture
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, size, expected",
    [
        ("short", 10, ["short"]),
        ("One para.\n\nTwo para.\n\nThree.", 24, ["One para.\n\nTwo para.\n\n", "Three."]),
        ("One line\nand another line", 12, ["One line\n", "and another ", "line"]),
        ("First. Second one. Third.", 20, ["First. Second one. ", "Third."]),
        ("words without stops here", 10, ["words ", "without ", "stops here"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("\n\nLeading blank", 8, ["\n\n", "Leading ", "blank"]),
    ],
)
def test_pieces_end_at_the_best_separator_and_join_back(text, size, expected):
    got = pieces(text, size)
    assert got == expected
    assert "".join(got) == text and all(len(p) <= size for p in got)


def test_a_blank_line_wins_over_a_later_sentence_end():
    text = "Short one.\n\n" + "A long paragraph. It goes on. " * 3
    first = pieces(text, 60)[0]
    assert first == "Short one.\n\n"


def test_a_long_text_comes_back_as_one_doc_with_the_original_text(blank):
    text = "\n\n".join(f"Paragraph {i} says something  odd\tand long." for i in range(40))
    whole = blank(text)
    (doc,) = pipe(blank, [text], Settings(max_nlp_chars=300, chunk_chars=200))
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]


def test_a_text_past_the_models_own_limit_is_cut_whatever_the_setting(blank):
    blank.max_length = 100
    text = "A sentence of some length. " * 20
    (doc,) = pipe(blank, [text], Settings())
    assert doc.text == text


def test_a_text_that_fails_is_its_own_error_and_the_batch_goes_on(blank):
    blank.add_pipe("newsgraph_test_boom")
    texts = ["First text.", "Second BOOM text.", "Third text.", "Fourth.", "Fifth BOOM."]
    out = list(pipe(blank, texts, Settings(batch_size=2)))
    assert [type(o).__name__ for o in out] == ["Doc", "AnalysisError", "Doc", "Doc",
                                               "AnalysisError"]
    assert [o.text for o in out if not isinstance(o, AnalysisError)] == [
        "First text.", "Third text.", "Fourth."]
    assert "ValueError: component failed" in out[1].message and out[1].hint


def test_one_failing_piece_fails_its_article_only(blank):
    blank.add_pipe("newsgraph_test_boom")
    long = "Fine paragraph here.\n\n" * 10 + "BOOM paragraph.\n\n" + "Fine again.\n\n" * 5
    out = list(pipe(blank, ["Before.", long, "After."], Settings(max_nlp_chars=100,
                                                                 chunk_chars=60)))
    assert [o.text for o in (out[0], out[2])] == ["Before.", "After."]
    assert isinstance(out[1], AnalysisError) and "pieces" in out[1].message


@pytest.mark.slow
def test_entities_of_a_text_in_pieces_are_those_of_the_whole(nlp):
    paragraph = ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris "
                 "on Monday. Scholz said the talks with Macron went well.")
    text = "\n\n".join([paragraph] * 6)
    whole = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    (doc,) = pipe(nlp, [text], Settings(max_nlp_chars=400, chunk_chars=300))
    assert doc.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == whole
    assert [s.start_char for s in doc.sents] == [s.start_char for s in nlp(text).sents]
