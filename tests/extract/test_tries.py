"""Word alternations as tries: the same matches as the longest-first alternation."""

from __future__ import annotations

import random
import re

import pytest

from newsgraph.extract.tries import longest_first, trie_alternation

WORDS = ["sep", "sept", "september", "sat", "saturday", "a", "a few", "a couple of", "an",
         "air-strike", "air strike", "airs", "c.", "c++", "under", "up to", "u"]
TEXT = ("On Saturday, sept 3 or September 4, a  few air strike and an air-strike hit; "
        "a couple  of airs in SEP. Sat up to C++ and c. under u-boats.")


@pytest.mark.parametrize("tail", ["", r"\b", r"(?![\w])", r"\s+\d+", r"(?:\s+\w+)?"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_matches_are_those_of_the_alternation(tail, flags):
    plain = re.compile(rf"(?<![\w-])(?P<w>{longest_first(WORDS)}){tail}", flags)
    trie = re.compile(rf"(?<![\w-])(?P<w>{trie_alternation(WORDS)}){tail}", flags)
    assert [m.span("w") + m.span() for m in plain.finditer(TEXT)] == \
        [m.span("w") + m.span() for m in trie.finditer(TEXT)]


def test_random_word_sets_on_random_texts():
    rng = random.Random(7)
    for _ in range(200):
        words = {"".join(rng.choice("ab ") for _ in range(rng.randint(1, 5))).strip() or "a"
                 for _ in range(rng.randint(1, 8))}
        text = "".join(rng.choice("ab  .") for _ in range(60))
        for tail in ("", "b", r"\b", " a"):
            plain = re.compile(longest_first(words) + tail)
            trie = re.compile(trie_alternation(words) + tail)
            assert [m.span() for m in plain.finditer(text)] == \
                [m.span() for m in trie.finditer(text)], (words, text, tail)


def test_words_differing_in_case_keep_the_plain_order_unless_cased():
    assert trie_alternation(["May", "MAY", "mayday"]) == longest_first(["May", "MAY", "mayday"])
    cased = trie_alternation(["May", "MAY"], cased=True)
    assert cased != longest_first(["May", "MAY"])
    assert re.fullmatch(cased, "MAY") and not re.fullmatch(cased, "may")


def test_the_trie_is_a_group_of_its_own():
    pattern = trie_alternation(["one", "two"])
    assert pattern.startswith("(?:") and re.fullmatch(pattern + "s", "twos")
    assert re.fullmatch("x" + trie_alternation(["a"]) + "|y", "y")
