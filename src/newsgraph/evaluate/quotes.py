"""Score quote extraction on PolNeAR (brat ``.ann`` attributions), newsgraph beside textacy.

Protocol (benchmarks/README.md, Quotes): a predicted quote matches a gold Content span when
their overlap covers at least 30% (also 80%) of the longer of the two; matching is one to
one, best overlap first. Speaker accuracy is over matched quotes whose gold attribution has
a Source: right when a predicted speaker span overlaps it. newsgraph's speaker counts both the
words in the sentence and the named mention a pronoun was resolved to.

Choices: every ``.ann`` file is one unit, so a text annotated by several annotators counts
once per annotation (this gives the split sizes the benchmark README states). A quote that
carries on the one before it (``continues``) is merged into it, as PolNeAR joins the parts of
one attribution into one (discontinuous) Content. For the *quoted* scores gold is restricted
to Contents holding a quotation mark and predictions to direct and partial quotes (textacy
only finds quoted text, so all its predictions count).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.evaluate import prf as fractions

Range = tuple[int, int]
THRESHOLDS = (0.3, 0.8)
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u201e]")


@dataclass(frozen=True)
class Attribution:
    """One gold attribution: its Content and Source spans (possibly discontinuous)."""

    content: tuple[Range, ...]
    source: tuple[Range, ...]
    quoted: bool


@dataclass(frozen=True)
class BratDoc:
    name: str
    text: str
    attributions: tuple[Attribution, ...]


@dataclass(frozen=True)
class Prediction:
    """One predicted quote: its content, the spans naming its speaker, quote-marked or not."""

    content: tuple[Range, ...]
    speaker: tuple[Range, ...]
    quoted: bool


@dataclass(frozen=True)
class Counts:
    """Matching figures for one system, one gold subset and one overlap threshold."""

    gold: int
    predicted: int
    matched: int
    speaker_scored: int = 0
    speaker_right: int = 0

    @property
    def precision(self) -> float:
        return fractions(self.matched, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return fractions(self.matched, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return fractions(self.matched, self.predicted, self.gold)[2]

    @property
    def speaker(self) -> float:
        return self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple())))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.gold, self.predicted, self.matched, self.speaker_scored, self.speaker_right)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "speaker_accuracy": self.speaker}


@dataclass(frozen=True)
class SystemScores:
    """``counts[(subset, threshold)]`` with subset 'all' or 'quoted'."""

    name: str
    counts: dict[tuple[str, float], Counts] = field(default_factory=dict)

    def get(self, subset: str, threshold: float = 0.3) -> Counts:
        return self.counts.get((subset, threshold), Counts(0, 0, 0))

    def to_dict(self) -> dict[str, Any]:
        return {f"{s}@{t:g}": c.to_dict() for (s, t), c in sorted(self.counts.items())}


@dataclass(frozen=True)
class QuoteScores:
    documents: int
    attributions: int
    newsgraph: SystemScores
    textacy: SystemScores
    sentences: int = 0
    parsed_sentences: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "attributions": self.attributions,
                "sentences": self.sentences, "parsed_sentences": self.parsed_sentences,
                "newsgraph": self.newsgraph.to_dict(), "textacy": self.textacy.to_dict()}


# -- reading brat ----------------------------------------------------------------------------

def read_ann(ann: str, text: str) -> list[Attribution]:
    """Attributions of one ``.ann`` file: each E line joined to its T spans."""
    spans: dict[str, tuple[Range, ...]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = tuple(tuple(int(x) for x in frag.split()) for frag in offsets.split(";"))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:]))
    out = []
    for args in events:
        content = tuple(r for key in ("Content", "Content2") for r in spans.get(args.get(key, ""), ()))
        if not content:
            continue
        quoted = any(_QUOTE_MARK.search(text[s:e]) for s, e in content)
        out.append(Attribution(content, spans.get(args.get("Source", ""), ()), quoted))
    return out


def read_split(split_dir: Path) -> list[BratDoc]:
    """Every annotation file of a PolNeAR split with its text (``name_ANNOTATOR.ann``)."""
    split_dir = Path(split_dir)
    docs = []
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        text_path = split_dir / "text" / f"{base}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        docs.append(BratDoc(ann.stem, text, tuple(read_ann(ann.read_text(encoding="utf-8"), text))))
    return docs


# -- matching --------------------------------------------------------------------------------

def _length(ranges: Sequence[Range]) -> int:
    return sum(e - s for s, e in ranges)


def _overlap(a: Sequence[Range], b: Sequence[Range]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: Sequence[Attribution], predicted: Sequence[Prediction],
          threshold: float) -> list[tuple[Attribution, Prediction]]:
    """One-to-one pairs whose overlap covers ``threshold`` of the longer span, best first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            ov = _overlap(g.content, p.content)
            longer = max(_length(g.content), _length(p.content))
            if ov and longer and ov / longer >= threshold:
                pairs.append((ov / longer, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], predicted[pi]))
    return out


def score_document(gold: Sequence[Attribution], predicted: Sequence[Prediction],
                   subset: str, threshold: float) -> Counts:
    if subset == "quoted":
        gold = [g for g in gold if g.quoted]
        predicted = [p for p in predicted if p.quoted]
    pairs = match(gold, predicted, threshold)
    scored = [(g, p) for g, p in pairs if g.source]
    right = sum(1 for g, p in scored if _overlap(g.source, p.speaker))
    return Counts(len(gold), len(predicted), len(pairs), len(scored), right)


def score_system(name: str, docs: Sequence[BratDoc], predictions: Sequence[Sequence[Prediction]]) -> SystemScores:
    counts: dict[tuple[str, float], Counts] = {}
    for subset in ("all", "quoted"):
        for t in THRESHOLDS:
            total = Counts(0, 0, 0)
            for doc, preds in zip(docs, predictions):
                total = total + score_document(doc.attributions, preds, subset, t)
            counts[(subset, t)] = total
    return SystemScores(name, counts)


# -- the two systems -------------------------------------------------------------------------

class _Newsgraph:
    """find_quotes exactly as the pipeline calls it (``extract.convert.to_extraction``): the
    pipeline of ``load_nlp`` (parser off, sentences from ``senter``), newsgraph's own
    mentions, roles and references (coreference), and the parser run only on the sentences
    asked for."""

    def __init__(self, model: str):
        from newsgraph.extract.nlp import load_nlp
        from newsgraph.gazetteer import gazetteer
        from newsgraph.settings import Settings

        settings = Settings(model=model)
        self.nlp = load_nlp(settings)
        self.gaz = gazetteer(settings.min_place_population)
        self.sentences = self.parsed = 0

    def predict(self, text: str) -> list[Prediction]:
        from newsgraph.extract.convert import sentence_spans
        from newsgraph.extract.coref import find_references
        from newsgraph.extract.entities import find_mentions
        from newsgraph.extract.nlp import sentence_parser, sentence_words
        from newsgraph.extract.quotes import find_quotes
        from newsgraph.extract.roles import find_roles

        doc = self.nlp(text)
        found = find_mentions(doc, self.gaz)
        mentions = [f.to_mention() for f in found]
        references = find_references(doc, mentions, find_roles(doc, found, self.gaz), self.gaz)
        sents = [(s.start, s.end) for s in sentence_spans(doc)]
        self.sentences += len(sents)
        parse_chars = sentence_parser(self.nlp, doc)

        def parse(start: int, end: int):
            self.parsed += 1
            return parse_chars(start, end)

        return to_predictions(find_quotes(text, sents, mentions, parse, references,
                                          sentence_words(self.nlp, doc)))


def to_predictions(quotes: Iterable) -> list[Prediction]:
    """Quotes as predictions: a partial quote stands for the reporter's clause around it
    (PolNeAR's Content), and a quote that ``continues`` joins the one it carries on. Quoted
    words inside a reported clause are part of that clause's attribution, which then holds
    a quotation mark (as PolNeAR's quoted Contents do)."""
    quotes = list(quotes)
    clauses = [(q.start, q.end) for q in quotes if q.kind == "indirect"]
    holding = {c for q in quotes if q.kind == "partial"
               for c in clauses if c[0] <= q.start and q.end <= c[1] + 1}
    out: list[Prediction] = []
    for q in quotes:
        if q.kind == "partial" and any(c[0] <= q.start and q.end <= c[1] + 1 for c in clauses):
            continue
        speaker = tuple((s.start, s.end) for s in (q.speaker, q.speaker_pronoun) if s)
        quoted = q.kind in ("direct", "partial") or (q.start, q.end) in holding
        span = q.clause or (q.start, q.end)
        if q.continues and out and out[-1].quoted == quoted:
            last = out[-1]
            out[-1] = Prediction(_union(last.content + (span,)), last.speaker, last.quoted)
        else:
            out.append(Prediction((span,), speaker, quoted))
    return out


def _union(ranges: Sequence[Range]) -> tuple[Range, ...]:
    merged: list[list[int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return tuple((s, e) for s, e in merged)


def textacy_predictions(nlp, text: str) -> list[Prediction]:
    """textacy's direct_quotations, one paragraph at a time."""
    from textacy.extract.triples import direct_quotations

    from newsgraph.extract.quotes.marks import paragraphs

    out = []
    for start, end in paragraphs(text):
        doc = nlp(text[start:end])
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy refuses paragraphs with an unclosed quote: it finds none
            continue
        for triple in triples:
            c = triple.content
            content = ((start + doc[c[0].i].idx, start + doc[c[-1].i].idx + len(doc[c[-1].i])),)
            speaker = tuple((start + t.idx, start + t.idx + len(t)) for t in triple.speaker)
            out.append(Prediction(content, speaker, True))
    return out


def evaluate_quotes(polnear_split_dir: Path, model: str) -> QuoteScores:
    """Run newsgraph and textacy over one PolNeAR split and score both."""
    import spacy

    nlp = spacy.load(model)  # textacy needs the full parse; newsgraph loads its own pipeline
    docs = read_split(Path(polnear_split_dir))
    ours, theirs, cache = _Newsgraph(model), [], {}
    newsgraph_preds = []
    for doc in docs:
        if doc.text not in cache:
            cache[doc.text] = (ours.predict(doc.text), textacy_predictions(nlp, doc.text))
        newsgraph_preds.append(cache[doc.text][0])
        theirs.append(cache[doc.text][1])
    return QuoteScores(
        documents=len(docs), attributions=sum(len(d.attributions) for d in docs),
        newsgraph=score_system("newsgraph", docs, newsgraph_preds),
        textacy=score_system("textacy", docs, theirs),
        sentences=ours.sentences, parsed_sentences=ours.parsed)


def format_report(scores: QuoteScores) -> str:
    """A text table of both systems, ending with the one-line summary."""
    lines = [f"PolNeAR: {scores.documents} annotation files, {scores.attributions} attributions; "
             f"newsgraph parsed {scores.parsed_sentences} of {scores.sentences} sentences",
             f"{'system':<10} {'subset':<7} {'overlap':>7} {'gold':>6} {'pred':>6} {'match':>6} "
             f"{'P':>6} {'R':>6} {'F1':>6} {'speaker':>8}"]
    for system in (scores.newsgraph, scores.textacy):
        for (subset, t), c in sorted(system.counts.items()):
            lines.append(f"{system.name:<10} {subset:<7} {t:>7.0%} {c.gold:>6} {c.predicted:>6} "
                         f"{c.matched:>6} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.speaker:>8.3f}")
    lines.append(summary_line(scores))
    return "\n".join(lines)


def summary_line(scores: QuoteScores) -> str:
    def part(s: SystemScores) -> str:
        return (f"{s.name} F1_all={s.get('all').f1:.3f} F1_quoted={s.get('quoted').f1:.3f} "
                f"speaker={s.get('all').speaker:.3f}")
    return f"{part(scores.newsgraph)} | {part(scores.textacy)}"
