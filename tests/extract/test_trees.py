"""Trees mended after the parse: a scare-quoted modifier the model read as a verb."""

from __future__ import annotations

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


def test_quoted_verb_with_a_subject_stays():
    rows = [
        ("Ola", "NNP", "PROPN", 2, "nsubj"),
        ('"', "``", "PUNCT", 2, "punct"),
        ("ordered", "VBD", "VERB", 2, "ROOT"),
        ('"', "''", "PUNCT", 2, "punct"),
        ("strikes", "NNS", "NOUN", 2, "dobj"),
    ]
    doc = mend(_doc(rows))
    assert (doc[2].dep_, doc[4].head.i) == ("ROOT", 2)


def test_quoted_verb_after_a_noun_or_auxiliary_stays():
    for before, tag, pos in (("They", "PRP", "PRON"), ("is", "VBZ", "AUX")):
        rows = [
            (before, tag, pos, 2, "dep"),
            ('"', "``", "PUNCT", 2, "punct"),
            ("weighing", "VBG", "VERB", 2, "ROOT"),
            ('"', "''", "PUNCT", 2, "punct"),
            ("options", "NNS", "NOUN", 2, "dobj"),
        ]
        doc = mend(_doc(rows))
        assert (doc[2].dep_, doc[4].head.i) == ("ROOT", 2), before


def test_unquoted_verb_stays():
    rows = [row for row in MISREAD if row[0] != '"']
    rows = [(w, t, p, h - (1 if h > 6 else 0) - (1 if h > 8 else 0), d) for w, t, p, h, d in rows]
    doc = mend(_doc(rows))
    assert doc[6].text == "lasting" and doc[6].dep_ == "conj"


def test_two_verbs_sharing_an_object_stay():
    rows = [
        ("Ola", "NNP", "PROPN", 1, "nsubj"),
        ("reviewed", "VBD", "VERB", 1, "ROOT"),
        ("and", "CC", "CCONJ", 1, "cc"),
        ('"', "``", "PUNCT", 4, "punct"),
        ("approved", "VBN", "VERB", 1, "conj"),
        ('"', "''", "PUNCT", 4, "punct"),
        ("plans", "NNS", "NOUN", 4, "dobj"),
    ]
    doc = mend(_doc(rows))
    assert (doc[4].dep_, doc[6].head.i) == ("conj", 4)


def test_quoted_gerund_after_a_preposition_stays():
    rows = [
        ("away", "RB", "ADV", 1, "advmod"),
        ("from", "IN", "ADP", 1, "ROOT"),
        ('"', "``", "PUNCT", 3, "punct"),
        ("demonising", "VBG", "VERB", 1, "pcomp"),
        ('"', "''", "PUNCT", 3, "punct"),
        ("critics", "NNS", "NOUN", 3, "dobj"),
    ]
    doc = mend(_doc(rows))
    assert (doc[3].dep_, doc[5].head.i) == ("pcomp", 3)
