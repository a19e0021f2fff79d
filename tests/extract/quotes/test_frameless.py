"""Sentences the quote finder leaves unparsed: no word of theirs can start a frame."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes.frameless import FramelessSentence, cue_words


def _words(*tagged: str) -> list[tuple[int, str, str, str]]:
    """'said/VERB/say' ... as (offset, lower, pos, lemma), one space between words."""
    out, at = [], 0
    for item in tagged:
        word, pos, lemma = item.split("/")
        out.append((at, word.lower(), pos, lemma))
        at += len(word) + 1
    return out


@pytest.mark.parametrize(("words", "marks", "expected"), [
    (_words("Ortiz/PROPN/Ortiz", "said/VERB/say", "so/ADV/so"), [], [1]),
    (_words("according/VERB/accord", "to/ADP/to", "police/NOUN/police"), [], [0]),
    (_words("as/SCONJ/as", "he/PRON/he", "put/VERB/put", "it/PRON/it"), [], [2]),
    (_words("his/PRON/his", "announcement/NOUN/announcement"), [], [1]),
    (_words("The/DET/the", "night/NOUN/night", "was/AUX/be", "great/ADJ/great"), [], []),
    (_words("a/DET/a", "say/NOUN/say", "in/ADP/in", "it/PRON/it"), [], []),  # a noun
    (_words("We/PRON/we", "said/VERB/say", "no/INTJ/no"), [(0, 12)], []),  # all quoted
    (_words("We/PRON/we", "said/VERB/say", "no/INTJ/no"), [(0, 2)], [1]),
    (_words("He/PRON/he", "Said/VERB/Say"), [], [1]),  # the lemma in any case
    ([], [], []),
])
def test_cue_words(words, marks, expected):
    assert cue_words(words, 0, marks) == expected


def test_a_frameless_sentence_is_parsed_only_when_its_tree_is_asked_for():
    calls = []
    sentence = FramelessSentence(lambda: calls.append(1) or _Doc("It was late."), 10, [])
    assert sentence.frames == [] and sentence.frame_for(10, 14) is None and calls == []
    assert sentence.text == "It was late." and sentence.end == 22 and calls == [1]
    assert sentence.doc is sentence.doc and calls == [1]


class _Doc:
    def __init__(self, text: str):
        self.text = text
