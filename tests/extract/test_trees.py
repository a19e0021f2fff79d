"""Trees mended after the parse: a scare-quoted modifier the model read as a verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extract.trees import mend


def _doc(rows):
    """A parsed Doc from (word, tag, pos, head index, dep) rows."""
    words, tags, pos, heads, deps = zip(*rows)
    return Doc(Vocab(), words=list(words), tags=list(tags), pos=list(pos), heads=list(heads),
               deps=list(deps))


# 'Ola pledged $5 million and "lasting" Tellmarkian support.', as the model misreads it:
# 'lasting' a verb coordinated with 'pledged', 'support' its object.
MISREAD = [
    ("Ola", "NNP", "PROPN", 1, "nsubj"),
    ("pledged", "VBD", "VERB", 1, "ROOT"),
    ("$", "$", "SYM", 4, "quantmod"),
    ("5", "CD", "NUM", 4, "compound"),
    ("million", "CD", "NUM", 1, "dobj"),
    ("and", "CC", "CCONJ", 4, "cc"),
    ('"', "``", "PUNCT", 7, "punct"),
    ("lasting", "VBG", "VERB", 1, "conj"),
    ('"', "''", "PUNCT", 7, "punct"),
    ("Tellmarkian", "JJ", "ADJ", 10, "amod"),
    ("support", "NN", "NOUN", 7, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]


def test_quoted_modifier_becomes_the_nouns():
    doc = mend(_doc(MISREAD))
    quoted, noun = doc[7], doc[10]
    assert (quoted.dep_, quoted.head.i, quoted.pos_) == ("amod", noun.i, "ADJ")
    # coordinated with the verb's earlier object, 'million', not with the verb
    assert (noun.dep_, noun.head.text) == ("conj", "million")
    assert doc[9].head.i == noun.i


def _quoted(before: tuple, word: tuple, noun: str, before_head: int = 2) -> list:
    """'<before> "<word>" <noun>', the quoted word at 2 heading the noun."""
    (b_word, b_tag, b_pos, b_dep), (w_word, w_tag, w_dep) = before, word
    w_head = 2 if w_dep == "ROOT" else 0
    return [
        (b_word, b_tag, b_pos, before_head, b_dep),
        ('"', "``", "PUNCT", 2, "punct"),
        (w_word, w_tag, "VERB", w_head, w_dep),
        ('"', "''", "PUNCT", 2, "punct"),
        (noun, "NNS", "NOUN", 2, "dobj"),
    ]


@pytest.mark.parametrize("rows", [
    _quoted(("Ola", "NNP", "PROPN", "nsubj"), ("ordered", "VBD", "ROOT"), "strikes"),  # its subject
    _quoted(("They", "PRP", "PRON", "dep"), ("weighing", "VBG", "ROOT"), "options"),  # after a noun
    _quoted(("is", "VBZ", "AUX", "dep"), ("weighing", "VBG", "ROOT"), "options"),  # or an auxiliary
    _quoted(("from", "IN", "ADP", "ROOT"), ("demonising", "VBG", "pcomp"), "critics", 0),  # a gerund
    _quoted(("reviewed", "VBD", "VERB", "ROOT"), ("approved", "VBN", "conj"), "plans", 0),  # two verbs
])
def test_quoted_verb_stays(rows):
    doc = mend(_doc(rows))
    assert (doc[2].dep_, doc[4].head.i, doc[2].pos_) == (rows[2][4], 2, "VERB")


def test_unquoted_verb_stays():
    rows = [row for row in MISREAD if row[0] != '"']
    rows = [(w, t, p, h - (1 if h > 6 else 0) - (1 if h > 8 else 0), d) for w, t, p, h, d in rows]
    doc = mend(_doc(rows))
    assert doc[6].text == "lasting" and doc[6].dep_ == "conj"


def test_two_verbs_sharing_an_object_stay():
    """'reviewed and "approved" plans': the quoted word is a verb coordinated with one that
    has no object of its own."""
    rows = [("Ola", "NNP", "PROPN", 1, "nsubj"), ("reviewed", "VBD", "VERB", 1, "ROOT"),
            ("and", "CC", "CCONJ", 1, "cc"), ('"', "``", "PUNCT", 4, "punct"),
            ("approved", "VBN", "VERB", 1, "conj"), ('"', "''", "PUNCT", 4, "punct"),
            ("plans", "NNS", "NOUN", 4, "dobj")]
    doc = mend(_doc(rows))
    assert (doc[4].dep_, doc[6].head.i, doc[4].head.i) == ("conj", 4, 1)
