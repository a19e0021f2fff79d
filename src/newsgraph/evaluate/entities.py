"""CoNLL-2003 named entities: newsgraph's mentions beside the bare spaCy model.

The protocol (``benchmarks/README.md`` of the shared data): exact span and type, micro P/R/F1
over entities, scored like ``conlleval`` (chunks read from the IOB1 tags). newsgraph speaks
OntoNotes labels, so both systems are mapped the same way: PERSON -> PER, ORG -> ORG,
GPE/LOC/FAC -> LOC, NORP/EVENT/LAW/PRODUCT/WORK_OF_ART/LANGUAGE -> MISC; other labels
(dates, numbers, money) are dropped.

Each document's text is rebuilt from its tokens (joined by spaces, sentences by newlines)
and processed whole, so the model sees the context a user's article gives it. Both systems
read the same text, and their character spans go back to CoNLL tokens through the same map.

Fairness: newsgraph is what users run (``load_nlp`` + ``find_mentions`` with the gazetteer),
so its trimming (leading 'the', titles such as 'President', punctuation) and its dropping of
role words inside titles count for or against it like its re-typing does. The bare model is
scored on ``doc.ents`` as spaCy returns them; ``spacy+trim`` also reports it with the one
trim CoNLL's guidelines make for everyone (a leading determiner or punctuation mark), so the
gap that trimming alone makes is visible.

The copy of CoNLL-2003 in the shared data puts each ``-DOCSTART-`` line at the END of its
document; a DOCSTART line closes the document either way, so both layouts read the same.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.evaluate import prf as fractions

DOCSTART = "-DOCSTART-"
TYPES = ("PER", "ORG", "LOC", "MISC")

# OntoNotes label -> CoNLL type; labels not listed are dropped.
CONLL_TYPE = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC", "LANGUAGE": "MISC",
}

# (first token, end token, CoNLL type) within a document.
Chunk = tuple[int, int, str]
# (start char, end char, OntoNotes label) of a predicted entity.
CharEntity = tuple[int, int, str]
System = Callable[[str], list[CharEntity]]


@dataclass(frozen=True)
class ConllDoc:
    """One document: its sentences' tokens, and the gold chunks over its token sequence."""

    sentences: tuple[tuple[str, ...], ...]
    gold: tuple[Chunk, ...]

    @property
    def tokens(self) -> list[str]:
        return [t for s in self.sentences for t in s]


# ---- reading -------------------------------------------------------------------------------

def read_conll(path: Path) -> list[ConllDoc]:
    """The documents of a CoNLL-2003 file (token first column, NER tag last)."""
    docs, sentences, current = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts and parts[0] != DOCSTART:
            current.append((parts[0], parts[-1]))
            continue
        if current:
            sentences.append(current)
            current = []
        if parts and sentences:  # a DOCSTART line closes the document
            docs.append(_document(sentences))
            sentences = []
    if sentences:
        docs.append(_document(sentences))
    return docs


def _document(sentences: list[list[tuple[str, str]]]) -> ConllDoc:
    """Chunks are read sentence by sentence (no chunk runs over a sentence's end, as in
    conlleval) and numbered by token in the document."""
    gold, offset = [], 0
    for sentence in sentences:
        gold += [(s + offset, e + offset, kind) for s, e, kind in chunks([t for _, t in sentence])]
        offset += len(sentence)
    return ConllDoc(tuple(tuple(w for w, _ in s) for s in sentences), tuple(gold))


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """Chunks of IOB1 or IOB2 tags as conlleval reads them: a chunk starts at B-, or at I-
    after O or after another type."""
    out, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, new = tag.partition("-")
        if start is not None and (prefix in ("O", "B") or new != kind):
            out.append((start, i, kind))
            start = None
        if prefix in ("B", "I") and start is None:
            start, kind = i, new
    return out


def doc_text(doc: ConllDoc) -> tuple[str, list[tuple[int, int]]]:
    """The document's text (tokens joined by spaces, sentences by newlines) and each token's
    character offsets in it."""
    offsets, pos = [], 0
    for sentence in doc.sentences:
        for token in sentence:
            offsets.append((pos, pos + len(token)))
            pos += len(token) + 1  # the space after it, or the newline ending the sentence
    text = "\n".join(" ".join(s) for s in doc.sentences)
    return text, offsets


def to_chunks(entities: Iterable[CharEntity], offsets: Sequence[tuple[int, int]]) -> set[Chunk]:
    """Predicted entities as token chunks, mapped to CoNLL types; a span is widened to whole
    tokens (the same for every system), and one covering no token is dropped."""
    out = set()
    for start, end, label in entities:
        kind = CONLL_TYPE.get(label)
        tokens = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
        if kind and tokens:
            out.add((tokens[0], tokens[-1] + 1, kind))
    return out


# ---- scoring -------------------------------------------------------------------------------

@dataclass
class Scores:
    """Per-type true positives, false positives and false negatives of one system."""

    name: str
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, gold: Iterable[Chunk], predicted: Iterable[Chunk]) -> None:
        gold, predicted = set(gold), set(predicted)
        self.tp.update(c[2] for c in gold & predicted)
        self.fp.update(c[2] for c in predicted - gold)
        self.fn.update(c[2] for c in gold - predicted)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 in percent, of one type or (None) micro over all."""
        pick = (lambda c: c[kind]) if kind else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        return tuple(100 * x for x in fractions(tp, tp + fp, tp + fn))


def evaluate(docs: Sequence[ConllDoc], systems: dict[str, System]) -> list[Scores]:
    """Every system over every document, each timed on its own."""
    results = []
    for name, system in systems.items():
        scores = Scores(name)
        began = time.perf_counter()
        for doc in docs:
            text, offsets = doc_text(doc)
            scores.add(doc.gold, to_chunks(system(text), offsets))
        scores.seconds = time.perf_counter() - began
        results.append(scores)
    return results


# ---- the systems ---------------------------------------------------------------------------

def newsgraph_system(model: str | None = None) -> System:
    """newsgraph's mentions as the pipeline finds them (type corrections included)."""
    from newsgraph.extract.entities import find_mentions
    from newsgraph.extract.nlp import load_nlp
    from newsgraph.gazetteer import gazetteer
    from newsgraph.settings import Settings

    settings = Settings(model=model) if model else Settings()
    nlp, gaz = load_nlp(settings), gazetteer(settings.min_place_population)

    def system(text: str) -> list[CharEntity]:
        return [(f.span.start_char, f.span.end_char, f.label)
                for f in find_mentions(nlp(text), gaz)]

    return system


def spacy_system(model: str | None = None, trim: bool = False) -> System:
    """The bare model's ``doc.ents``; with ``trim``, less a leading determiner or punctuation."""
    import spacy

    from newsgraph.extract.nlp import default_model

    nlp = spacy.load(model or default_model())

    def system(text: str) -> list[CharEntity]:
        ents = nlp(text).ents
        spans = (_trim(e) for e in ents) if trim else ((e.start_char, e.end_char) for e in ents)
        return [(s, e, ent.label_) for (s, e), ent in zip(spans, ents) if e > s]

    return system


def _trim(ent) -> tuple[int, int]:
    tokens = list(ent)
    while len(tokens) > 1 and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


# ---- the report ----------------------------------------------------------------------------

def entities_report(path: Path, model: str | None = None) -> str:
    """Per-type P/R/F1 of newsgraph and the bare model on a CoNLL file, ending with
    ``newsgraph F1=xx.xx | spacy F1=xx.xx``."""
    docs = read_conll(path)
    systems = {"newsgraph": newsgraph_system(model), "spacy": spacy_system(model),
               "spacy+trim": spacy_system(model, trim=True)}
    return report(evaluate(docs, systems), docs)


def report(results: Sequence[Scores], docs: Sequence[ConllDoc]) -> str:
    gold = sum(len(d.gold) for d in docs)
    lines = [f"{len(docs)} documents, {sum(len(d.sentences) for d in docs)} sentences, "
             f"{gold} gold entities", "",
             f"{'system':<12} {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for s in results:
        for kind in (*TYPES, None):
            p, r, f = s.prf(kind)
            tp = s.tp[kind] if kind else sum(s.tp.values())
            fn = s.fn[kind] if kind else sum(s.fn.values())
            fp = s.fp[kind] if kind else sum(s.fp.values())
            lines.append(f"{s.name:<12} {kind or 'all':<5} {p:6.2f} {r:6.2f} {f:6.2f} "
                         f"{tp + fn:5d} {tp + fp:5d}")
        lines.append(f"{s.name:<12} time  {s.seconds:.1f}s")
    by_name = {s.name: s for s in results}
    lines.append(" | ".join(f"{n} F1={by_name[n].prf()[2]:.2f}" for n in ("newsgraph", "spacy")
                            if n in by_name))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsgraph eval entities",
                                     description="CoNLL-2003 entities: newsgraph beside spaCy.")
    parser.add_argument("path", type=Path, help="a CoNLL-2003 file, e.g. eng.testb")
    parser.add_argument("--model", default=None, help="spaCy model (default: newsgraph's)")
    args = parser.parse_args(argv)
    print(entities_report(args.path, args.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
