"""Dependency trees the small model gets wrong in a known way, mended after the parse.

- A word in scare quotes before a noun is read as a verb taking the noun as its object
  ('promising $500 million and "unwavering" American support': 'unwavering' a verb,
  'support' its object): a one-word quote between a word that cannot be its subject and
  the noun phrase it opens is that noun's modifier, and the noun takes the word's place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_OPEN, _CLOSE = frozenset({'"', "“", "'", "‘", "``"}), frozenset({'"', "”", "'", "’", "''"})
# Before the opening quote, a word the quoted one can only be a modifier after: a
# coordinator, a determiner or possessive, an adjective, a comma ('and "unwavering"
# support', 'the "shocking" attack', 'their "robust" response'); after a preposition or a
# verb it is as often a verb ('from "demonising" Mr X', 'began "targeting" civilians').
_BEFORE = frozenset({"CCONJ", "DET", "ADJ", "PUNCT"})
_NOUN_PHRASE = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def mend(doc: Doc) -> Doc:
    """``doc`` with the trees above mended in place."""
    for tok in doc:
        noun = _quoted_modifier_of(tok)
        if noun is not None:
            _make_modifier(tok, noun)
    return doc


def _quoted_modifier_of(tok: Token) -> Token | None:
    """The noun a one-word quote read as a verb modifies, or None."""
    doc, i = tok.doc, tok.i
    if tok.tag_ not in ("VBG", "VBN") or i < 1 or i + 2 >= len(doc):
        return None
    if doc[i - 1].text not in _OPEN or doc[i + 1].text not in _CLOSE:
        return None
    if i >= 2 and doc[i - 2].pos_ not in _BEFORE and doc[i - 2].tag_ != "PRP$":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not _earlier_object(tok):
        return None  # 'reviewed and "approved" plans': two verbs sharing one object
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > i + 1]
    if len(objects) != 1:
        return None
    noun = objects[0]
    between = doc[i + 2:noun.i]
    if noun.pos_ != "NOUN" or len(between) > 3 or \
            any(t.pos_ not in _NOUN_PHRASE or t.head.i != noun.i for t in between):
        return None
    return noun


def _earlier_object(word: Token) -> Token | None:
    """The object of the verb ``word`` is coordinated with, written before it."""
    earlier = [c for c in word.head.children if c.dep_ == "dobj" and c.i < word.i]
    return earlier[-1] if earlier else None


def _make_modifier(word: Token, noun: Token) -> None:
    """The noun takes the quoted word's head and relation; the word and its other
    dependents hang on the noun."""
    head, dep = word.head, word.dep_
    if dep == "conj" and head.i != word.i:
        # 'promising $500 million ... and "unwavering" support': the noun is coordinated
        # with the verb's object before it, not with the verb.
        head = _earlier_object(word) or head
    others = [c for c in word.children if c.i != noun.i and c.dep_ != "punct"]
    if head.i == word.i:  # the quoted word was the root
        noun.head, noun.dep_ = noun, "ROOT"
    else:
        noun.head, noun.dep_ = head, dep
    word.head, word.dep_ = noun, "amod"
    word.pos_, word.tag_, word.lemma_ = "ADJ", "JJ", word.lower_
    for child in others:
        child.head = noun
