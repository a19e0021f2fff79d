"""spaCy's entity recognizer with its greedy decoding done over arrays: the same entities, faster.

The NER of en_core_web_sm reads a doc one token at a time, choosing a BILUO move (begin,
in, last, unit, out) for each from scores its network gives the current state, among the
moves its rules allow there. The state's features are three token positions: the token,
and, while an entity is open, the entity's first word and the word before the token.
Outside an entity the scores therefore depend on the token alone, so ``EntityDecoder``
works them out for every token of a batch in one matrix product, and only tokens inside
an entity get scores of their own, one by one. The arithmetic is spaCy's, step for step
(same sums in the same order, the same BLAS product, ties to the lower move), so the
entities are the same; spaCy 3.8's compiled decoder spends most of the component's time
in its move checks, which take the interpreter lock at every call.

Only the shape spaCy's small and medium English models have is decoded here (greedy, a
maxout layer over three features, an output layer); any other model keeps spaCy's own
component, and a doc that already carries entities (which the rules would have to honour)
goes through spaCy's decoder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

OUT, BEGIN, IN, LAST, UNIT = range(5)
_MOVES = {"O": OUT, "B": BEGIN, "I": IN, "L": LAST, "U": UNIT}


class EntityDecoder:
    """What ``ner`` (a spaCy EntityRecognizer) does to docs, decoded over arrays."""

    def __init__(self, ner: EntityRecognizer | None = None):
        if ner is not None:
            self.load(ner)

    def load(self, ner: EntityRecognizer) -> None:
        """Take the model, moves and labels of ``ner``, which must be ``decodable``."""
        self.ner = ner
        model = ner.model
        self.ops = model.ops
        self.tok2vec, self.lower = model.get_ref("tok2vec"), model.get_ref("lower")
        upper = model.get_ref("upper")
        self.weights, self.out_bias = upper.get_param("W"), upper.get_param("b")
        self.bias = self.lower.get_param("b")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.moves = [_MOVES[name.partition("-")[0]] for name in names]
        self.labels = [name.partition("-")[2] for name in names]
        self.inside = {self.labels[i]: i for i, m in enumerate(self.moves) if m == IN}
        self.closing = {self.labels[i]: i for i, m in enumerate(self.moves) if m == LAST}
        self.out = self.moves.index(OUT)
        self.allowed, self.allowed_last = _masks(self.moves, self.labels, len(self.weights))

    def __call__(self, doc: Doc) -> Doc:
        self._decode([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """As spaCy's parser pipes: each batch sorted by length, in quarters."""
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            by_length = sorted(batch, key=len)
            for part in minibatch(by_length, size=max(batch_size // 4, 2)):
                self._decode(list(part))
            yield from batch

    def _decode(self, docs: list[Doc]) -> None:
        docs = [doc for doc in docs if len(doc)]
        if any(doc.has_annotation("ENT_IOB") for doc in docs):
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        if not docs:
            return
        cached = self.lower.predict(self.tok2vec.predict(docs))  # (tokens + 1, 3, nO, nP)
        # Outside an entity, the second and third features are the padding (row 0).
        outside = self._scores(((cached[1:, 0] + cached[0, 1]) + cached[0, 2]) + self.bias)
        best = (outside + self.allowed).argmax(axis=1).tolist()
        best_last = (outside + self.allowed_last).argmax(axis=1).tolist()
        first = 0
        for doc in docs:
            rows = doc.to_array([IS_SPACE, SENT_START]).tolist()
            # No entity may begin (or go on) where the next token starts a sentence.
            stops = [row[1] == 1 for row in rows[1:]] + [True]
            choices = [self.out if space else (best_last if stop else best)[first + i]
                       for i, ((space, _), stop) in enumerate(zip(rows, stops))]
            found = self._walk(choices, stops, cached, first)
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in found],
                         default="outside")
            first += len(doc)

    def _scores(self, summed: Any) -> Any:
        """The move scores of states whose features are summed (maxout, then output layer)."""
        return self.ops.gemm(summed.max(axis=-1), self.weights, trans2=True) + self.out_bias

    def _walk(self, choices: list[int], stops: list[bool], cached: Any, first: int
              ) -> list[tuple[int, int, str]]:
        """The doc's entities: the move chosen outside an entity at each token, and inside
        one the better of going on (I) and closing (L), scored for that state."""
        found = []
        i, n = 0, len(choices)
        while i < n:
            move, label = self.moves[choices[i]], self.labels[choices[i]]
            if move == UNIT:
                found.append((i, i + 1, label))
            elif move == BEGIN:
                start, go_on, close = i, self.inside[label], self.closing[label]
                while True:
                    i += 1
                    if stops[i]:  # closing is the one move allowed
                        break
                    t = first + i
                    summed = ((cached[t + 1, 0] + cached[first + start + 1, 1])
                              + cached[t, 2]) + self.bias
                    if not _better(self._scores(summed[None])[0], go_on, close):
                        break
                found.append((start, i + 1, label))
            i += 1
        return found


def _better(scores: Any, a: int, b: int) -> bool:
    """Whether move ``a`` wins over ``b``: the higher score, a tie to the lower index."""
    return scores[a] > scores[b] or (scores[a] == scores[b] and a < b)


def _masks(moves: list[int], labels: list[str], width: int) -> tuple[Any, Any]:
    """0 where a move is allowed outside an entity, -inf where not: any labelled begin or
    unit and out (the second mask: no begin, at a doc's last token or before a sentence
    start). Output columns beyond the moves are never allowed."""
    allowed = numpy.full(width, -numpy.inf, dtype="f")
    allowed_last = allowed.copy()
    for i, (move, label) in enumerate(zip(moves, labels)):
        if move == OUT or (move == UNIT and label):
            allowed[i] = allowed_last[i] = 0
        elif move == BEGIN and label:
            allowed[i] = 0
    return allowed, allowed_last


def decodable(ner: Any) -> bool:
    """Whether ``ner`` has the shape ``EntityDecoder`` decodes exactly: greedy, with a
    maxout layer over three features and an output layer, no class left unseen, its own
    tok2vec (not listening to another component's), and BILUO moves only."""
    if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
        return False
    model = ner.model
    try:
        lower = model.get_ref("lower")
        shape_ok = (model.attrs.get("has_upper") and lower.get_dim("nF") == 3
                    and lower.get_dim("nP") >= 2 and not model.attrs.get("unseen_classes"))
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    except (KeyError, ValueError, AttributeError):
        return False
    listens = any("listener" in layer.name for layer in model.get_ref("tok2vec").walk())
    moves_ok = all(n.partition("-")[0] in _MOVES for n in names) and "O" in names
    return bool(shape_ok) and not listens and moves_ok


@Language.factory("newsgraph_entity_decoder", assigns=["doc.ents", "token.ent_iob",
                                                       "token.ent_type"])
def make_entity_decoder(nlp: Language, name: str) -> EntityDecoder:
    """An empty decoder; ``use_entity_decoder`` loads it with the model's NER."""
    return EntityDecoder()


def use_entity_decoder(nlp: Language, name: str = "ner") -> None:
    """Put an ``EntityDecoder`` of the pipeline's NER in its place, under its name, when
    the model is of the shape it decodes."""
    if name not in nlp.pipe_names or not decodable(nlp.get_pipe(name)):
        return
    ner = nlp.get_pipe(name)
    nlp.replace_pipe(name, "newsgraph_entity_decoder")
    nlp.get_pipe(name).load(ner)
