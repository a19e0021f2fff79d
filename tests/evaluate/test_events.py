"""The PLOVER GSR scorer on a tiny record file written for the test."""

from __future__ import annotations

import json

import pytest

from newsgraph.evaluate.events import (
    Prediction, Record, Scores, keyword_baseline, main, read_records,
)

RECORDS = [
    {"id": "doc", "event": "DOCUMENT"},
    {"id": "r1", "event": "CONSULT", "text": "Olaf Scholz met Emmanuel Macron in Paris.",
     "source": [{"actorText": "Olaf Scholz"}], "target": [{"actorText": "Emmanuel Macron"}]},
    {"id": "r2", "event": "DEMAND", "text": "Farmers demanded lower fuel taxes.",
     "source": [{"actorText": "Farmers"}], "target": None},
    {"id": "r3", "event": "FIGHT", "text": "Troops shelled the village overnight.",
     "source": [{"actorText": "Troops"}], "target": ""},
]


@pytest.fixture
def gsr(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_read_records_maps_old_names_and_finds_actors(gsr):
    recs = read_records(gsr)
    assert [r.type for r in recs] == ["CONSULT", "REQUEST", "ASSAULT"]
    assert recs[0].sources == ((0, 11),) and recs[1].targets == ()


@pytest.mark.parametrize("text, expected", [
    ("They meet at noon.", "CONSULT"),
    ("Nothing happened here.", "OTHER"),
    ("The army shelled the town.", "ASSAULT"),
])
def test_keyword_baseline(text, expected):
    assert keyword_baseline()(text).type == expected


def test_scores_count_type_and_overlap():
    s = Scores("x")
    rec = Record("r", "A met B.", "CONSULT", ((0, 1),), ((6, 7),))
    s.add(rec, Prediction("CONSULT", ((0, 1),), ()))
    assert (s.type_acc, s.rate(s.actor), s.rate(s.target)) == (1.0, 1.0, 0.0)


def test_main_prints_summary_line(gsr, capsys):
    assert main([str(gsr)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("newsgraph type_acc=") and "| baseline type_acc=" in last
