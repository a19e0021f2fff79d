"""``newsgraph eval dev``: the manifest read, the scorer's lines parsed, totals summed, and
storyline fusion checked from the scorer's own pairing."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from newsgraph.evaluate.dev import (
    DevResult, Tally, dev_articles, format_report, load_scorer, paired_events, score_one,
)

SCORER = textwrap.dedent('''
    import re
    def same_name(a, b):
        return a.lower() == b.lower() or b.lower().endswith(" " + a.lower())
    def matches_any(names, gold):
        return any(same_name(n, gold) or same_name(gold, n) for n in names)
    def forms(gold, name):
        return [name]
    class Predicted:
        def __init__(self, doc):
            self.by_id = {e["id"]: e for e in doc.get("entities", [])}
        def names_of(self, ref):
            e = self.by_id.get(ref)
            return [e["name"]] if e else [ref]
    def score(doc, gold, verbose=False):
        found = len(doc.get("events", []))
        print(f"events_found     {min(found, len(gold['events']))}/{len(gold['events'])}")
        if verbose and found < len(gold["events"]):
            print("    missed: an event")
        print("TOTAL 0/0 = 0.0%")
''')


def _dev(tmp_path: Path) -> Path:
    dev = tmp_path / "dev"
    (dev / "articles").mkdir(parents=True)
    (dev / "gold").mkdir()
    (dev / "manifest.tsv").write_text(
        "id\turl\toutlet\tdate\tstoryline\ttitle\n"
        "a1\t\tWire\t2023-03-10\tdeal\tOne\n"
        "a2\t\tDaily\t2023-03-11\tdeal\tTwo\n", encoding="utf-8")
    for name, published in (("a1", None), ("a2", "2023-03-11")):
        (dev / "articles" / f"{name}.txt").write_text("text", encoding="utf-8")
        gold = {"article": f"{name}.txt", "published": published,
                "events": [{"plover": "AGREE", "participants": ["Iran", "Saudi Arabia"]}]}
        (dev / "gold" / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    return dev


def test_the_manifest_date_is_passed_only_when_the_text_shows_none(tmp_path):
    items = dev_articles(_dev(tmp_path))
    assert [(i.name, i.published, i.storyline) for i in items] == [
        ("a1", "2023-03-10", "deal"), ("a2", None, "deal")]
    assert [i.name for i in dev_articles(_dev(tmp_path / "x"), only=["a2"])] == ["a2"]


@pytest.fixture
def scorer(tmp_path):
    path = tmp_path / "score.py"
    path.write_text(SCORER, encoding="utf-8")
    return load_scorer(path)


def test_scores_and_misses_are_read_from_the_scorer(scorer):
    tallies = score_one(scorer, {"events": []}, {"events": [{}, {}]})
    assert (tallies["events_found"].got, tallies["events_found"].of) == (0, 2)
    assert tallies["events_found"].misses == ["an event"]


def test_the_scorer_pairing_finds_the_event_naming_most_participants(scorer):
    doc = {"entities": [{"id": "gpe:iran", "name": "Iran"}],
           "events": [{"type": "AGREE", "start": 5, "participants": ["gpe:iran"]},
                      {"type": "AGREE", "start": 9, "participants": ["gpe:iran", "Saudi Arabia"]},
                      {"type": "CONSULT", "start": 1, "participants": ["gpe:iran"]}]}
    gold = {"events": [{"plover": "AGREE", "participants": ["Iran", "Saudi Arabia"]},
                       {"plover": "CONSULT", "participants": ["China", "Iran", "Oman"]}]}
    pairs = paired_events(scorer, doc, gold)
    assert list(pairs) == [0] and pairs[0]["start"] == 9


def test_the_report_sums_articles_and_names_the_fusion_figure():
    result = DevResult(articles={"a1": {"events_found": Tally(1, 2)},
                                 "a2": {"events_found": Tally(2, 2)}},
                       fusion=Tally(1, 1))
    text = format_report(result)
    assert "events_found            3/4     75.0%" in text
    assert "storyline fusion: 1/1" in text
