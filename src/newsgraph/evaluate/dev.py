"""Score newsgraph on the development set: real articles with an exhaustive gold.

Protocol (../shared/dev/README.md): every article of ``dev/articles`` is analysed with the
publication date its manifest gives when the gold says the text shows none, and scored with
the reference scorer (``../shared/reference/score.py``), whose categories are summed over
the set. Then every article is stored together, as an analyst would ingest them, and each
storyline told by two or more outlets is checked: an event that two reports' gold both hold
(same PLOVER type, same actors) must be one stored event with both reports as sources.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from types import ModuleType
from typing import Any

from newsgraph.settings import Settings

_LINE = re.compile(r"^(\w+)\s+(\d+)/(\d+)$")
_MISS = re.compile(r"^\s+missed: (.*)$")


@dataclass(frozen=True)
class DevArticle:
    """One article of the set with its gold and what its manifest says."""

    name: str
    path: Path
    gold: dict[str, Any]
    published: str | None  # passed to the analysis when the text shows no date
    storyline: str | None


@dataclass
class Tally:
    got: int = 0
    of: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.got / self.of if self.of else 0.0


@dataclass
class DevResult:
    """Per article and per category: points got, points possible and what was missed."""

    articles: dict[str, dict[str, Tally]] = field(default_factory=dict)
    fusion: Tally = field(default_factory=Tally)

    def totals(self) -> dict[str, Tally]:
        out: dict[str, Tally] = {}
        for categories in self.articles.values():
            for name, t in categories.items():
                total = out.setdefault(name, Tally())
                total.got += t.got
                total.of += t.of
        return out


def load_scorer(path: Path) -> ModuleType:
    """The reference scorer, imported from its file (it is not a package)."""
    spec = importlib.util.spec_from_file_location("newsgraph_reference_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_articles(dev: Path, only: Sequence[str] = ()) -> list[DevArticle]:
    """The gold files of ``dev/gold`` with their article and manifest row, in name order."""
    manifest = _manifest(dev / "manifest.tsv")
    out = []
    for gold_path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = dev / "articles" / gold.get("article", gold_path.stem + ".txt")
        if only and path.stem not in only:
            continue
        row = manifest.get(path.stem, {})
        published = None if gold.get("published") else (row.get("date") or None)
        out.append(DevArticle(path.stem, path, gold, published, row.get("storyline") or None))
    return out


def _manifest(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t") if lines else []
    rows = (dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:])
    return {r["id"].strip(): {k: (v or "").strip() for k, v in r.items()} for r in rows
            if r.get("id")}


def score_one(scorer: ModuleType, doc: dict[str, Any], gold: dict[str, Any]) -> dict[str, Tally]:
    """The scorer's categories for one article, with the misses it names."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.score(doc, gold, verbose=True)
    tallies: dict[str, Tally] = {}
    current = None
    for line in out.getvalue().splitlines():
        if m := _LINE.match(line):
            current = tallies.setdefault(m[1], Tally())
            current.got, current.of = int(m[2]), int(m[3])
        elif (m := _MISS.match(line)) and current is not None:
            current.misses.append(m[1])
    return tallies


def evaluate_dev(dev: Path, scorer_path: Path, settings: Settings | None = None,
                 only: Sequence[str] = ()) -> DevResult:
    """Analyse, score and store every dev article; check fusion over the storylines."""
    from newsgraph.api import analyze
    from newsgraph.store import Store

    settings = settings or Settings()
    scorer = load_scorer(scorer_path)
    result = DevResult()
    analysed = []
    with Store.open(":memory:", settings) as store:
        for item in dev_articles(dev, only):
            article = analyze(item.path, published=item.published, settings=settings)
            doc = article.to_dict()
            result.articles[item.name] = score_one(scorer, doc, item.gold)
            store.add(article)
            analysed.append((item, article.id, doc))
        result.fusion = storyline_fusion(scorer, store, analysed)
    return result


# -- fusion over storylines -----------------------------------------------------------------


def paired_events(scorer: ModuleType, doc: dict[str, Any],
                  gold: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Gold event index -> the predicted event the scorer pairs it with (its own rule:
    the unused predicted event of the same type naming most of the gold participants)."""
    pred = scorer.Predicted(doc)
    events = doc.get("events") or []
    used: set[int] = set()
    out = {}
    for gi, g in enumerate(gold.get("events", [])):
        def coverage(ev: dict[str, Any], g: dict[str, Any] = g) -> int:
            names = [n for p in ev.get("participants") or [] for n in pred.names_of(p)]
            return sum(1 for gp in g["participants"]
                       if any(scorer.matches_any(names, f) for f in scorer.forms(gold, gp)))
        cands = [(i, ev) for i, ev in enumerate(events)
                 if ev.get("type") == g["plover"] and i not in used]
        if not cands:
            continue
        i, best = max(cands, key=lambda c: coverage(c[1]))
        if coverage(best) * 2 >= len(g["participants"]):
            used.add(i)
            out[gi] = best
    return out


def _same_gold_event(scorer: ModuleType, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports' gold events are one happening: the same type and status, the same
    sources and the same targets (each name of one matching a name of the other), and the
    same date where both give one."""
    if a["plover"] != b["plover"] or a.get("status", "reported") != b.get("status", "reported"):
        return False
    if a.get("date") and b.get("date") and a["date"][:7] != b["date"][:7]:
        return False
    left = a.get("source") or a["participants"]
    right = b.get("source") or b["participants"]
    return bool(left and right) and _same_names(scorer, left, right) \
        and _same_names(scorer, a.get("target") or [], b.get("target") or [])


def _same_names(scorer: ModuleType, left: list[str], right: list[str]) -> bool:
    match = lambda x, y: scorer.same_name(x, y) or scorer.same_name(y, x)  # noqa: E731
    return all(any(match(x, y) for y in right) for x in left) and \
        all(any(match(y, x) for x in left) for y in right)


def storyline_fusion(scorer: ModuleType, store: Any,
                     analysed: Iterable[tuple[DevArticle, str, dict[str, Any]]]) -> Tally:
    """For each pair of reports of one storyline and each event both golds hold, whether
    the two predicted events are one stored event."""
    stored = _stored_ids(store)
    by_story: dict[str, list[tuple[DevArticle, str, dict[str, Any]]]] = {}
    for entry in analysed:
        if entry[0].storyline:
            by_story.setdefault(entry[0].storyline, []).append(entry)
    tally = Tally()
    for reports in by_story.values():
        for (a, a_id, a_doc), (b, b_id, b_doc) in combinations(reports, 2):
            a_pairs = paired_events(scorer, a_doc, a.gold)
            b_pairs = paired_events(scorer, b_doc, b.gold)
            for ai, ga in enumerate(a.gold.get("events", [])):
                for bi, gb in enumerate(b.gold.get("events", [])):
                    if not _same_gold_event(scorer, ga, gb):
                        continue
                    tally.of += 1
                    ea, eb = a_pairs.get(ai), b_pairs.get(bi)
                    one = ea is not None and eb is not None and \
                        stored.get((a_id, ea["start"])) == stored.get((b_id, eb["start"])) \
                        is not None
                    tally.got += one
                    if not one:
                        tally.misses.append(f"{a.name} ~ {b.name}: {ga['plover']} "
                                            f"{ga.get('trigger')!r} / {gb.get('trigger')!r}"
                                            + ("" if ea and eb else " (not found in both)"))
    return tally


def _stored_ids(store: Any) -> dict[tuple[str, int], int]:
    """(article id, trigger start) -> stored event id, for every report in the store."""
    out = {}
    for row in store.events(status="all", limit=1_000_000):
        for source in store.event(row.id).sources:
            out[(source.article_id, source.start)] = row.id
    return out


# -- the report -------------------------------------------------------------------------------


def format_report(result: DevResult, verbose: bool = False) -> str:
    """The totals per category, one row per article, and the storyline fusion figure."""
    totals = result.totals()
    names = list(totals)
    lines = [f"newsgraph on the dev set: {len(result.articles)} articles, exhaustive event gold",
             "", f"{'category':<20} {'points':>9} {'score':>6}"]
    for name in names:
        t = totals[name]
        lines.append(f"{name:<20} {t.got:>4}/{t.of:<4} {100 * t.share:>5.1f}%")
    got, of = sum(t.got for t in totals.values()), sum(t.of for t in totals.values())
    lines.append(f"{'TOTAL':<20} {got:>4}/{of:<4} {100 * got / max(of, 1):>5.1f}%")
    f = result.fusion
    lines += ["", f"storyline fusion: {f.got}/{f.of} events told by two outlets stored as one"]
    short = ["events_found", "event_precision", "event_direction", "event_status",
             "event_date", "event_location", "quote_speaker", "entities"]
    cols = [c for c in short if c in names]
    lines += ["", f"{'per article':<24} " + " ".join(_abbrev(c) for c in cols)]
    for article, categories in result.articles.items():
        cells = []
        for c in cols:
            t = categories.get(c)
            cells.append(f"{t.got}/{t.of}" if t else "-")
        lines.append(f"{article[:24]:<24} " + " ".join(f"{c:>7}" for c in cells))
    if verbose:
        lines += _misses(result)
    return "\n".join(lines)


def _abbrev(category: str) -> str:
    return category.replace("event_", "ev_").replace("events_", "ev_")[:7].rjust(7)


def _misses(result: DevResult) -> list[str]:
    out = [""]
    for article, categories in result.articles.items():
        for name, t in categories.items():
            out += [f"{article} {name}: {m}" for m in t.misses]
    out += [f"fusion: {m}" for m in result.fusion.misses]
    return out


def summary(result: DevResult) -> str:
    """One line: the issue's headline figures."""
    totals = result.totals()
    keys = ["event_precision", "events_found", "event_direction", "event_status",
            "event_date", "event_location"]
    parts = [f"{k}={totals[k].share:.2f}" for k in keys if k in totals]
    return "newsgraph dev: " + " ".join(parts) + f" fusion={result.fusion.got}/{result.fusion.of}"
