"""The attribute ruler as a lookup table: the same attributes as spaCy's AttributeRuler."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph.extract.attribute_table import AttributeTable
from newsgraph.extract.nlp import default_model

TEXTS = (
    "The ministers weren't there, but it is what they'd said: y'all gon na see.",
    "Ai n't nothin' to it, said Ms Ode. Let 's go.\n\nWhile she was away, prices rose.",
    "Is that the one? Those who have done so can't. I told you it was theirs , not mine.",
    "She has had enough.  \n  He doesn't, whereas they do (as he did in 2019).",
)
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]


@pytest.fixture(scope="module")
def full():
    return spacy.load(default_model())


def _before_ruler(nlp, text: str, parsed: bool) -> Doc:
    """The doc as the components before the ruler leave it (parser on or off)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        if name != "parser" or parsed:
            doc = proc(doc)
    raise AssertionError("no attribute_ruler")


def _table_of(ruler: AttributeRuler) -> AttributeTable:
    table = AttributeTable(ruler.vocab)
    table.load(ruler)
    return table


def _same(ruler: AttributeRuler, doc: Doc) -> None:
    theirs, ours = ruler(doc.copy()), _table_of(ruler)(doc.copy())
    assert (theirs.to_array(COLUMNS) == ours.to_array(COLUMNS)).all()
    assert [str(t.morph) for t in theirs] == [str(t.morph) for t in ours]


@pytest.mark.slow
@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_the_models_ruler_and_the_table_agree(full, text, parsed):
    _same(full.get_pipe("attribute_ruler"), _before_ruler(full, text, parsed))


@pytest.mark.slow
def test_the_models_one_token_patterns_are_looked_up(full):
    table = _table_of(full.get_pipe("attribute_ruler"))
    assert len(table.rest) < len(full.get_pipe("attribute_ruler").patterns) / 5


def _invented(patterns: list[dict]) -> tuple[AttributeRuler, Doc]:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    doc = Doc(nlp.vocab, words=["The", "cats", "gon", "na", "run", " ", "away", "."],
              tags=["DT", "NNS", "VBG", "TO", "VB", "_SP", "RB", "."])
    return ruler, doc


def test_later_patterns_win_and_indices_pick_the_token():
    ruler, doc = _invented([
        {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
        {"patterns": [[{"LOWER": {"IN": ["cats", "dogs"]}, "TAG": "NNS"}]],
         "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
        {"patterns": [[{"TAG": "TO"}]], "attrs": {"POS": "PART", "LEMMA": "too"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
        {"patterns": [[{"LOWER": {"REGEX": "^aw"}}]], "attrs": {"LEMMA": "away"}},
    ])
    _same(ruler, doc)
    table = _table_of(ruler)(doc.copy())
    assert [t.pos_ for t in table][1] == "PROPN"
    assert table[3].lemma_ == "too"  # the later one-token pattern wins over "gon na"


def test_a_multi_token_pattern_after_a_looked_up_one_wins():
    ruler, doc = _invented([
        {"patterns": [[{"TAG": "TO"}]], "attrs": {"LEMMA": "too", "POS": "PART"}},
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    ])
    _same(ruler, doc)
    assert _table_of(ruler)(doc.copy())[3].lemma_ == "to"


def test_dependency_patterns_on_a_doc_without_a_parse():
    ruler, doc = _invented([
        {"patterns": [[{"TAG": "DT", "DEP": "det"}]], "attrs": {"POS": "DET"}},
        {"patterns": [[{"TAG": "DT", "DEP": {"NOT_IN": ["nsubj"]}}]], "attrs": {"POS": "PRON"}},
        {"patterns": [[{"TAG": "VB", "DEP": {"IN": ["ROOT", ""]}}]], "attrs": {"POS": "VERB"}},
    ])
    _same(ruler, doc)
    assert [t.pos_ for t in _table_of(ruler)(doc.copy())][::4] == ["PRON", "VERB"]


def test_a_doc_no_pattern_can_start_in_skips_the_matcher_with_the_same_attributes():
    ruler, doc = _invented([
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
        {"patterns": [[{"LOWER": {"REGEX": "^aw"}}]], "attrs": {"LEMMA": "away"}},
    ])
    _same(ruler, doc)
    other = Doc(doc.vocab, words=["The", "dogs", "sat", "."], tags=["DT", "NNS", "VBD", "."])
    _same(ruler, other)
    starts = _table_of(ruler)._starts[True]
    assert starts.any_of({doc.vocab.strings["gon"]}, doc.vocab.strings)
    assert starts.any_of({doc.vocab.strings["away"]}, doc.vocab.strings)
    assert not starts.any_of({doc.vocab.strings["dogs"]}, doc.vocab.strings)


def test_an_optional_first_token_lets_every_doc_through():
    ruler, doc = _invented([
        {"patterns": [[{"LOWER": "very", "OP": "?"}, {"LOWER": "cats"}]], "attrs": {"POS": "X"}},
    ])
    _same(ruler, doc)
    assert _table_of(ruler)._starts[True].any_of({doc.vocab.strings["dogs"]}, doc.vocab.strings)
