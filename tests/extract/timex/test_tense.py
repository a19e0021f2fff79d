"""The plain-text tense guess that points underspecified dates backwards or forwards."""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import FUTURE, PAST, PRESENT, guess_tense, tense_resolver
from newsgraph.extract.timex.tense import sentence_starts


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The ministers met on Wednesday.", "Wednesday", PAST),
    ("Talks were held in Moscow on Wednesday.", "Wednesday", PAST),
    ("Officials signed the deal on Friday.", "Friday", PAST),
    ("The ministers will meet on Wednesday.", "Wednesday", FUTURE),
    ("The vote is due to take place on Sunday.", "Sunday", FUTURE),
    ("The team planned to leave on Thursday.", "Thursday", FUTURE),
    ("He will be named commander in December.", "December", FUTURE),
    ("He said Friday that talks will resume Monday.", "Friday", PAST),
    ("He said Friday that talks will resume Monday.", "Monday", FUTURE),
    ("The ministers meet on Wednesday.", "Wednesday", PRESENT),
    ("Ahmed speaks to the United Nations on Tuesday.", "Tuesday", PRESENT),
])
def test_guess_tense(sentence, expression, expected):
    assert guess_tense(sentence, sentence.index(expression)) == expected


def test_sentences_do_not_end_at_abbreviations_or_initials():
    text = "Mr. Smith met Gen. Jones in the U.S. on Oct. 5. They will meet again."
    assert sentence_starts(text) == [0, text.index("They")]


def test_tense_resolver_looks_at_the_sentence_of_the_offset():
    text = "They met on Monday. They will meet again on Friday."
    tense_of = tense_resolver(text)
    assert tense_of(text.index("Monday")) == PAST
    assert tense_of(text.index("Friday")) == FUTURE


def test_doc_tense_reads_past_tense_from_a_taggers_tags():
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc

    from newsgraph.extract.timex.tense import doc_tense

    words = ["Ministers", "sat", "down", "on", "Monday", ".", "Talks", "resume", "Friday", "."]
    tags = ["NNS", "VBD", "RP", "IN", "NNP", ".", "NNS", "VBP", "NNP", "."]
    starts = [True] + [False] * 5 + [True] + [False] * 3
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, sent_starts=starts)
    tense_of = doc_tense(doc)
    assert tense_of(doc.text.index("Monday")) == PAST
    assert tense_of(doc.text.index("Friday")) == PRESENT
