"""Score event typing on the PLOVER gold standard records, newsgraph beside a keyword baseline.

Protocol (benchmarks/README.md, Event types): one prediction per record's ``text``, the type
of its main event (``extract.events.main_event``) or OTHER; accuracy of the PLOVER type, the
confusion table, and whether the predicted actors / targets overlap the record's ``source``
/ ``target`` actorText. The records (2016) use older type names; they are mapped to PLOVER
2021 as CAMEO2PLOVER-2021 does (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT). The baseline types a text by the first trigger keyword in it.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
Range = tuple[int, int]


@dataclass(frozen=True)
class Record:
    """One gold record: its text, PLOVER type and where its source / target actors are."""

    id: str
    text: str
    type: str
    sources: tuple[Range, ...]
    targets: tuple[Range, ...]


@dataclass(frozen=True)
class Prediction:
    type: str
    actors: tuple[Range, ...] = ()
    targets: tuple[Range, ...] = ()


@dataclass
class Scores:
    """Figures for one system over all records."""

    name: str
    n: int = 0
    right: int = 0
    actor: list[int] = field(default_factory=lambda: [0, 0])  # [overlaps, records with gold]
    target: list[int] = field(default_factory=lambda: [0, 0])
    confusion: Counter = field(default_factory=Counter)

    def add(self, rec: Record, pred: Prediction) -> None:
        self.n += 1
        self.right += pred.type == rec.type
        self.confusion[(rec.type, pred.type)] += 1
        for gold, got, tally in ((rec.sources, pred.actors, self.actor),
                                 (rec.targets, pred.targets, self.target)):
            if gold:
                tally[1] += 1
                tally[0] += any(_overlaps(g, p) for g in gold for p in got)

    @property
    def type_acc(self) -> float:
        return self.right / self.n if self.n else 0.0

    def rate(self, tally: list[int]) -> float:
        return tally[0] / tally[1] if tally[1] else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "n": self.n, "type_acc": self.type_acc,
                "actor": self.rate(self.actor), "target": self.rate(self.target)}


def _overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def read_records(path: Path) -> list[Record]:
    """The GSR file (a JSON list); records without text (documentation) are skipped."""
    out = []
    for r in json.loads(Path(path).read_text(encoding="utf-8")):
        text = r.get("text")
        if not text:
            continue
        out.append(Record(r.get("id", ""), text, OLD_NAMES.get(r["event"], r["event"]),
                          _actor_ranges(text, r.get("source")),
                          _actor_ranges(text, r.get("target"))))
    return out


def _actor_ranges(text: str, actors: Any) -> tuple[Range, ...]:
    """Where each actorText occurs in the text (the records give no offsets)."""
    if not isinstance(actors, list):
        return ()
    out = []
    for a in actors:
        name = (a or {}).get("actorText") or ""
        i = text.find(name) if name else -1
        if i >= 0:
            out.append((i, i + len(name)))
    return tuple(out)


class Newsgraph:
    """newsgraph's extractor as the pipeline runs it: spaCy without the parser, mentions,
    dates, then the event finder parsing the sentences it asks for."""

    def __init__(self, model: str | None = None):
        from newsgraph.extract.nlp import load_nlp
        from newsgraph.gazetteer import gazetteer
        from newsgraph.settings import Settings

        settings = Settings(model=model) if model else Settings()
        self.nlp = load_nlp(settings)
        self.gaz = gazetteer(settings.min_place_population)

    def __call__(self, text: str) -> Prediction:
        from newsgraph.extract.convert import sentence_spans
        from newsgraph.extract.entities import find_mentions
        from newsgraph.extract.events import candidates, main_event, plover_type
        from newsgraph.extract.nlp import sentence_parser

        doc = self.nlp(text)
        mentions = [f.to_mention() for f in find_mentions(doc, self.gaz)]
        spans = [(s.start, s.end) for s in sentence_spans(doc)]
        found = candidates(text, spans, mentions, (), sentence_parser(self.nlp, doc))
        event = main_event(found)
        if event is None:
            return Prediction("OTHER")
        return Prediction(plover_type(event.type, event.status),  # where 'it' stands for
                          tuple((a.span.start, a.span.end) for a in event.actors),  # Syria,
                          tuple((a.span.start, a.span.end) for a in event.targets))  # Syria


def keyword_baseline() -> Callable[[str], Prediction]:
    """The first word in the text that is a trigger lemma as written (no parse, no sense)."""
    from newsgraph.extract.events.lexicon import senses

    table = {}
    for (word, _), found in senses().items():
        table.setdefault(word, (found[-1].type, found[-1].kind))
    words = re.compile(r"[a-z]+(?:-[a-z]+)?")

    def predict(text: str) -> Prediction:
        for w in words.findall(text.lower()):
            for form in (w, w[:-1], w[:-2], w[:-3]):  # meets, agreed, talks, killing
                if form in table:
                    return Prediction(table[form][0])
        return Prediction("OTHER")

    return predict


def evaluate(records: Sequence[Record], systems: dict[str, Callable[[str], Prediction]]
             ) -> dict[str, Scores]:
    scores = {name: Scores(name) for name in systems}
    for rec in records:
        for name, system in systems.items():
            scores[name].add(rec, system(rec.text))
    return scores


def confusion_table(s: Scores) -> str:
    """Gold types down, predicted types across (only types that occur)."""
    gold = sorted({g for g, _ in s.confusion})
    pred = sorted({p for _, p in s.confusion})
    head = "gold\\pred".ljust(11) + " ".join(p[:5].rjust(5) for p in pred)
    rows = [g.ljust(11) + " ".join(str(s.confusion[(g, p)] or ".").rjust(5) for p in pred)
            for g in gold]
    return "\n".join([head, *rows])


def report(scores: dict[str, Scores]) -> str:
    ours, base = scores["newsgraph"], scores["baseline"]
    lines = [f"PLOVER GSR: {ours.n} records"]
    for s in scores.values():
        lines += [f"{s.name}: type_acc={s.type_acc:.3f} actor={s.rate(s.actor):.3f} "
                  f"target={s.rate(s.target):.3f}", confusion_table(s), ""]
    lines.append(f"newsgraph type_acc={ours.type_acc:.3f} actor={ours.rate(ours.actor):.3f} "
                 f"target={ours.rate(ours.target):.3f} | baseline type_acc={base.type_acc:.3f}")
    return "\n".join(lines)


def events_report(path: Path, model: str | None = None) -> str:
    """What ``python -m newsgraph.evaluate.events GSR_FILE`` prints."""
    systems = {"newsgraph": Newsgraph(model), "baseline": keyword_baseline()}
    return report(evaluate(read_records(path), systems))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--model", default=None)
    parser.add_argument("--mistakes", action="store_true", help="print each wrong record")
    args = parser.parse_args(argv)
    if args.mistakes:
        ng = Newsgraph(args.model)
        for rec in read_records(Path(args.path)):
            got = ng(rec.text).type
            if got != rec.type:
                print(f"{rec.type} -> {got}: {rec.text[:150]}")
    print(events_report(Path(args.path), args.model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
