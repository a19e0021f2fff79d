"""spaCy's attribute_ruler, run as a lookup table: the same attributes at a fraction of the cost.

The ruler of en_core_web_sm holds about 180 patterns; spaCy's Matcher tries every one of
them at every token, which costs two thirds of what the parser costs. Nearly all of
them look at one token's fine tag, lower-case form or white-space flag only, so which of
them match a token depends on nothing but ``(tag, lower, is_space)``: that answer is worked
out once per distinct key and kept. The few other patterns (several tokens, dependency
labels, regular expressions) still go through a Matcher of their own. The attributes are
then set as the ruler sets them: in the order the patterns were added, later ones winning.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import re
from itertools import product
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# The token attributes a pattern may test and still be looked up, in key order.
KEY_ATTRS = ("TAG", "LOWER", "IS_SPACE")
_READ = [TAG, LOWER, IS_SPACE]
Key = tuple[int, int, int]  # the hashes of tag and lower form, and is_space as 0/1


class AttributeTable:
    """What ``ruler`` does to a Doc, by table where its patterns allow and by Matcher where not."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.load(AttributeRuler(vocab))

    def load(self, ruler: AttributeRuler) -> None:
        """Take the ruler's patterns and attributes, in its order."""
        self.attrs: list[dict] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.index: dict[tuple, list[int]] = {}  # partial key (None: any) -> pattern ids
        # The Matcher's patterns; those that test a dependency label an unparsed token's
        # empty label fails can match no doc without a parse, so a second Matcher leaves
        # them out for those docs.
        self.rest = Matcher(self.vocab, validate=False)
        self.rest_unparsed = Matcher(self.vocab, validate=False)
        for i, entry in enumerate(ruler.patterns):
            keys = _keys(entry["patterns"], self.vocab.strings)
            if keys is None or self.indices[i] not in (0, -1):
                self.rest.add(str(i), entry["patterns"])
                unparsed = [p for p in entry["patterns"] if not _needs_parse(p)]
                if unparsed:
                    self.rest_unparsed.add(str(i), unparsed)
            else:
                for key in keys:
                    self.index.setdefault(key, []).append(i)
        # Extension attributes ("_") are set token by token, never through the array.
        self.columns = sorted({a for attrs in self.attrs for a in attrs if a != "_"})
        self._merged: dict[Key, list[tuple[int, int]]] = {}
        self._extended = any("_" in attrs for attrs in self.attrs)
        self._rows: dict[Key, int] = {}  # key -> its row in _values and _set
        self._values = numpy.zeros((64, len(self.columns)), dtype="uint64")
        self._set = numpy.zeros((64, len(self.columns)), dtype=bool)
        self._starts = {False: _Starts(self.rest, ruler.patterns),
                        True: _Starts(self.rest_unparsed, ruler.patterns)}

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array(_READ).tolist()
        if not self.columns or not len(doc):
            return self._set_rest(doc, keys)
        # Each token's row of the table, all tokens at once: the attributes its key sets
        # overwrite the doc's, the others stay.
        index = numpy.fromiter((self._row(tuple(k)) for k in keys), dtype="int64",
                               count=len(keys))
        rows = doc.to_array(self.columns).reshape((len(doc), len(self.columns)))
        set_here = self._set[index]
        rows[set_here] = self._values[index][set_here]
        doc.from_array(self.columns, rows)
        return self._set_rest(doc, keys)

    def _row(self, key: Key) -> int:
        """The row of ``key`` in the table's arrays, made the first time it is seen."""
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = len(self._rows)
            if row == len(self._values):  # full: twice the room
                self._values = numpy.concatenate([self._values, numpy.zeros_like(self._values)])
                self._set = numpy.concatenate([self._set, numpy.zeros_like(self._set)])
            for column, value in self.merged(key):
                self._values[row, column], self._set[row, column] = value, True
        return row

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def matching(self, key: Key) -> list[int]:
        """The ids, in order, of the looked-up patterns that match a token of this key."""
        tag, lower, space = key
        ids: set[int] = set()
        for partial in product((tag, None), (lower, None), (space, None)):
            ids.update(self.index.get(partial, ()))
        return sorted(ids)

    def merged(self, key: Key) -> list[tuple[int, int]]:
        """(column, value) of the attributes a token of this key ends with: later
        patterns overwrite earlier ones, as the ruler applies them in order."""
        if key not in self._merged:
            out: dict = {}
            for i in self.matching(key):
                out.update(self.attrs[i])
            out.pop("_", None)
            self._merged[key] = [(self.columns.index(a), v) for a, v in out.items()]
        return self._merged[key]

    def _set_rest(self, doc: Doc, keys: list) -> Doc:
        """The Matcher's patterns: each token they touch gets every matching pattern's
        attributes again, table's and Matcher's together, in pattern order (and so does
        every token when a pattern sets extension attributes, which no array holds)."""
        found: dict[int, set[int]] = {}
        if self._extended:
            found = {i: set() for i in range(len(doc))}
        parsed = doc.has_annotation("DEP")
        matcher = self.rest if parsed else self.rest_unparsed
        # No token may start a match: the Matcher, which tries every pattern at every
        # token (regular expressions included), would find nothing.
        matches = matcher(doc, allow_missing=True) if self._starts[not parsed].any_of(
            {k[1] for k in keys}, self.vocab.strings) else ()
        for match_id, start, end in matches:
            i = int(self.vocab.strings[match_id])
            found.setdefault(_target(doc, start, end, self.indices[i]), set()).add(i)
        for token_i, ids in sorted(found.items()):
            token = doc[token_i]
            for i in sorted(ids.union(self.matching(tuple(keys[token_i])))):
                set_token_attrs(token, self.attrs[i])
        return doc


class _Starts:
    """Which lower-case forms may start a match of a Matcher's patterns, for a cheap test
    of whether a doc can hold any match: read off each pattern's first token when it tests
    ``LOWER`` by equality, a list or a regular expression (any other test, or a first token
    that is optional: every form may)."""

    def __init__(self, matcher: Matcher, patterns: list[dict]):
        self.tests: list[Any] = []
        self.everything = False
        for i, entry in enumerate(patterns):
            if str(i) not in matcher:
                continue
            for pattern in matcher.get(str(i))[1]:
                first = pattern[0] if pattern else {}
                # An optional or negated first token starts nothing by itself.
                test = _lower_test(first.get("LOWER")) if first.get("OP", "1") in ("1", "+") else None
                if test is None:
                    self.everything = True
                self.tests.append(test)
        self._known: dict[int, bool] = {}

    def any_of(self, lowers: set[int], strings: Any) -> bool:
        if self.everything:
            return bool(self.tests)
        return any(self._may_start(h, strings) for h in lowers)

    def _may_start(self, lower: int, strings: Any) -> bool:
        if lower not in self._known:
            text = strings[lower]
            self._known[lower] = any(test(text) for test in self.tests)
        return self._known[lower]


def _lower_test(spec: Any):
    """A test of a lower-case form for one token's ``LOWER`` spec, or None if unknown."""
    if isinstance(spec, str):
        return spec.__eq__
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, value),) = spec.items()
        if op == "IN" and all(isinstance(v, str) for v in value):
            return frozenset(value).__contains__
        if op == "REGEX" and isinstance(value, str):
            return re.compile(value).search  # as the Matcher tests it
    return None


def _target(doc: Doc, start: int, end: int, index: int) -> int:
    """The token of ``doc[start:end]`` that ``index`` names, as ``span[index]`` reads it
    (an index outside the span raises, as it does in the ruler)."""
    return doc[start:end][index].i


def _needs_parse(pattern: list[dict]) -> bool:
    """Whether a token of the pattern tests the dependency label in a way the empty label
    of an unparsed token fails (equal to a label, in a list without "", or not in one with it)."""
    for spec in (token.get("DEP") for token in pattern):
        if isinstance(spec, str) and spec != "":
            return True
        if isinstance(spec, dict) and len(spec) == 1:
            ((op, values),) = spec.items()
            if (op == "IN" and "" not in values) or (op == "NOT_IN" and "" in values):
                return True
    return False


def _keys(patterns: list[list[dict]], strings: Any) -> list[tuple] | None:
    """Every partial key the patterns match, or None when a pattern is beyond a lookup."""
    keys: list[tuple] = []
    for pattern in patterns:
        if len(pattern) != 1 or not set(pattern[0]) <= set(KEY_ATTRS):
            return None
        values = [_values(pattern[0].get(name), strings) for name in KEY_ATTRS]
        if any(v is False for v in values):
            return None
        keys += product(*values)
    return keys


def _values(spec: Any, strings: Any) -> list | bool:
    """The hashes a token attribute may take under ``spec`` ([None] for any), or False
    when the test is not one of equality or membership."""
    if spec is None:
        return [None]
    if isinstance(spec, bool):
        return [int(spec)]
    if isinstance(spec, str):
        return [strings.add(spec)]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return [int(v) if isinstance(v, bool) else strings.add(v) for v in spec["IN"]]
    return False


@Language.factory("newsgraph_attribute_table", assigns=["token.tag", "token.pos",
                                                        "token.morph", "token.lemma"])
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """An empty table; ``use_attribute_table`` fills it from the model's own ruler."""
    return AttributeTable(nlp.vocab)


def use_attribute_table(nlp: Language, name: str = "attribute_ruler") -> None:
    """Put a table made from the pipeline's attribute ruler in its place, under its name."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return
    ruler = nlp.get_pipe(name)
    nlp.replace_pipe(name, "newsgraph_attribute_table")
    nlp.get_pipe(name).load(ruler)
