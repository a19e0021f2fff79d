"""The TempEval-3 scorer on a tiny TimeML document written for the test."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from newsgraph.evaluate.time import (
    Counts, Timex, evaluate_dir, main, match, read_tml, report, score, time_report,
)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" \
functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TITLE>Ministers meet</TITLE>
<TEXT>
The ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on \
<TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> in Rome &amp; \
talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>. \
They last met <TIMEX3 tid="t3" type="DATE" value="2012">in 2012</TIMEX3>, \
when trade fell <TIMEX3 tid="t4" type="DATE" value="2012-Q3">the year before</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "tml"
    folder.mkdir()
    (folder / "test.tml").write_text(TML, encoding="utf-8")
    return folder


def test_read_tml_aligns_gold_spans_with_the_text(corpus):
    doc = read_tml(corpus / "test.tml")
    assert doc.dct == "2013-03-22"
    assert [t.text for t in doc.timexes] == ["Wednesday", "three hours", "in 2012",
                                             "the year before"]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "Rome & talked" in doc.text  # entities decoded, markup gone
    assert "March 22" not in doc.text  # the creation time is outside TEXT


def test_score_counts_relaxed_strict_and_value_matches():
    gold = [Timex(0, 9, "Wednesday", "DATE", "2013-03-20"),
            Timex(20, 31, "three hours", "DURATION", "PT3H"),
            Timex(40, 47, "in 2012", "DATE", "2012")]
    predicted = [Timex(0, 9, "Wednesday", "DATE", "2013-03-20"),  # strict, right value
                 Timex(26, 31, "hours", "DURATION", "PTXH"),  # relaxed, wrong value
                 Timex(60, 64, "now", "DATE", "PRESENT_REF")]  # spurious
    counts = score(gold, predicted)
    assert counts == Counts(gold=3, predicted=3, relaxed=2, strict=1, value=1)
    assert counts.prf("relaxed") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert counts.prf("value") == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_matching_is_one_to_one():
    gold = [Timex(0, 20, "from May to June", "DURATION", "P1M")]
    predicted = [Timex(5, 8, "May", "DATE", "2013-05"), Timex(12, 16, "June", "DATE", "2013-06")]
    assert len(match(gold, predicted)) == 1
    assert score(gold, predicted) == Counts(gold=1, predicted=2, relaxed=1, strict=0, value=0)


def test_evaluate_dir_runs_the_tagger_against_the_gold(corpus):
    counts = evaluate_dir(corpus, baseline=False).newsgraph.counts
    # Wednesday, three hours and 2012 are found with gold values ("in 2012" only relaxed);
    # "the year before" is missed.
    assert (counts.gold, counts.relaxed, counts.strict, counts.value) == (4, 3, 2, 3)


def fake_nlp(text):
    """A stand-in for spaCy: every weekday and 'three hours' as DATE/TIME entities."""
    ents = [SimpleNamespace(start_char=m.start(), end_char=m.end(), text=m.group(),
                            label_="TIME" if "hour" in m.group() else "DATE")
            for m in re.finditer(r"Wednesday|three hours", text)]
    return SimpleNamespace(ents=ents)


def test_report_ends_with_the_summary_line(corpus):
    scores = evaluate_dir(corpus, nlp=fake_nlp)
    text = report(scores)
    last = text.splitlines()[-1]
    number = r"\d{1,3}\.\d"
    assert re.fullmatch(
        rf"newsgraph value_F1={number} strict_F1={number} relaxed_F1={number} \| "
        rf"baseline value_F1={number} strict_F1={number} relaxed_F1={number}", last)
    baseline = scores.baseline.counts
    assert (baseline.predicted, baseline.strict) == (2, 2)
    assert scores.to_dict()["newsgraph"]["counts"]["gold"] == 4


def test_time_report_and_main_take_a_folder(corpus, capsys):
    text = time_report(corpus, baseline=False)
    assert text.splitlines()[-1].startswith("newsgraph value_F1=")
    assert main([str(corpus), "--no-baseline"]) == 0
    assert "newsgraph value_F1=" in capsys.readouterr().out
