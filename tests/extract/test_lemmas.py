"""Lemmas with set look-ups: the answers of spaCy's rule lemmatizer."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extract.lemmas import rule_lemmas
from newsgraph.extract.nlp import default_model

pytestmark = pytest.mark.slow

TEXT = ("The ministers were meeting the oxen. They had said it: prices rose as the cats ran "
        "away, faster and better than the geese. She's been criticising the Government's "
        "policies.  Dr Ode's wolves ate 12 mice; the children's feet hurt, sadly.")


@pytest.fixture(scope="module")
def full():
    return spacy.load(default_model())


def test_every_token_gets_spacys_lemmas(full):
    lemmatizer = full.get_pipe("lemmatizer")
    doc = full(TEXT)
    assert lemmatizer.mode == "rule"
    for token in doc:
        lemmatizer.cache.clear()  # spaCy's own cache must not answer for it
        assert rule_lemmas(lemmatizer, token) == lemmatizer.rule_lemmatize(token), token.text


@pytest.mark.parametrize("word, pos", [("oxen", "NOUN"), ("running", "VERB"), ("xyzzies", "NOUN"),
                                       ("larger", "ADJ"), ("Smiths", "PROPN"), ("'s", "AUX"),
                                       ("re-elected", "VERB"), ("", "X")])
def test_words_the_texts_lack(full, word, pos):
    lemmatizer = full.get_pipe("lemmatizer")
    doc = spacy.tokens.Doc(full.vocab, words=[word or "x"], pos=[pos])
    lemmatizer.cache.clear()
    assert rule_lemmas(lemmatizer, doc[0]) == lemmatizer.rule_lemmatize(doc[0])
