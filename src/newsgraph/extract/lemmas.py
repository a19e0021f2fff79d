"""Lemmas for the parsed sentence copies: spaCy's rule lemmatizer, with its word lists as sets.

spaCy's ``Lemmatizer.rule_lemmatize`` checks each candidate form against the model's word
index for the part of speech, a list of tens of thousands of words, by scanning it; that
scan was most of the lemmatizer's time. ``rule_lemmas`` is the same procedure step for
step with each list read once into a set, so the answers are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

# The lemma of each (word, part of speech, morphology), per lemmatizer: its answer depends
# on nothing else (spaCy caches it under the same key).
_LEMMAS: dict[int, dict[tuple[int, int, int], int]] = {}
# Each lemmatizer's word index, one set per part of speech.
_INDEX: dict[int, dict[str, frozenset[str]]] = {}


def lemmatize(lemmatizer: Any, docs: Iterable[Doc]) -> None:
    """What spaCy's Lemmatizer does to each doc (a lemma for each token the attribute
    ruler left without one, or for all when it overwrites), reading the tokens as one
    array per doc and asking for the lemma only once for each distinct word."""
    for doc in docs:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        lemmatize_rows(lemmatizer, doc, 0, rows.tolist(), lemmas)
        doc.from_array([LEMMA], lemmas)


def lemmatize_rows(lemmatizer: Any, doc: Doc, start: int, rows: list, lemmas: Any) -> None:
    """``lemmatize`` over the tokens of ``doc`` from ``start`` on, read as
    ``(orth, pos, morph, lemma)`` rows: their lemmas are written into ``lemmas`` (one per
    row), so a sentence's copy gets them straight from its document's array."""
    known = _LEMMAS.setdefault(id(lemmatizer), {})
    overwrite = lemmatizer.overwrite
    for i, (orth, pos, morph, lemma) in enumerate(rows):
        if lemma == 0 or overwrite:
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = doc.vocab.strings.add(
                    lemmas_of(lemmatizer, doc[start + i])[0])
            lemmas[i] = found


def lemmas_of(lemmatizer: Any, token: Token) -> list[str]:
    """The token's lemmas as ``lemmatizer.lemmatize`` gives them."""
    if getattr(lemmatizer, "mode", None) != "rule":
        return lemmatizer.lemmatize(token)
    return rule_lemmas(lemmatizer, token)


def rule_lemmas(lemmatizer: Any, token: Token) -> list[str]:
    """``Lemmatizer.rule_lemmatize`` (spaCy 3.8), with set look-ups in the word index."""
    string, univ_pos = token.text, token.pos_.lower()
    if univ_pos in ("", "eol", "space"):
        return lemmatizer.rule_lemmatize(token)  # its early answer, warning included
    if _is_base_form(lemmatizer, token):  # rule_lemmatize's own early answer
        cached = lemmatizer.cache.get((token.orth, token.pos, token.morph.key))
        return cached if cached is not None else [string.lower()]
    tables = [lemmatizer.lookups.get_table(name, {})
              for name in ("lemma_index", "lemma_exc", "lemma_rules")]
    if not any(table.get(univ_pos) for table in tables):
        return lemmatizer.rule_lemmatize(token)
    index = _index(lemmatizer, tables[0], univ_pos)
    exceptions, rules = tables[1].get(univ_pos, {}), tables[2].get(univ_pos, {})
    lower = string.lower()
    forms, oov_forms = _rule_forms(lower, rules, index)
    for form in exceptions.get(lower, []):  # exceptions first, as spaCy puts them
        if form not in forms:
            forms.insert(0, form)
    return forms or oov_forms or [string]


def _rule_forms(lower: str, rules: Any, index: frozenset[str]) -> tuple[list[str], list[str]]:
    """The forms the suffix rules make (known words first, then other non-words), and
    those that are plain words the index lacks."""
    forms: list[str] = []
    oov_forms = []
    for old, new in rules:
        if lower.endswith(old):
            form = lower[: len(lower) - len(old)] + new
            if not form:
                pass
            elif form in index:
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                oov_forms.append(form)
    return list(dict.fromkeys(forms)), oov_forms


# Lemmatizers whose ``is_base_form`` reads nothing but the part of speech and the
# morphology: their answers are kept per (pos, morphology), asked about once each.
_PURE_BASE_FORMS = (EnglishLemmatizer.is_base_form, Lemmatizer.is_base_form)
_BASE: dict[tuple[int, int, int], bool] = {}


def _is_base_form(lemmatizer: Any, token: Token) -> bool:
    """``lemmatizer.is_base_form(token)``, which reads the morphology as a dict each time."""
    if getattr(type(lemmatizer), "is_base_form", None) not in _PURE_BASE_FORMS:
        return lemmatizer.is_base_form(token)
    key = (id(lemmatizer), token.pos, token.morph.key)
    if key not in _BASE:
        _BASE[key] = lemmatizer.is_base_form(token)
    return _BASE[key]


def _index(lemmatizer: Any, table: Any, univ_pos: str) -> frozenset[str]:
    sets = _INDEX.setdefault(id(lemmatizer), {})
    if univ_pos not in sets:
        sets[univ_pos] = frozenset(table.get(univ_pos, ()))
    return sets[univ_pos]
