"""The CoNLL-2003 entity scorer on a tiny file written for the test."""

from __future__ import annotations

import re

import pytest

from newsgraph.evaluate.entities import (
    ConllDoc, Scores, chunks, doc_text, entities_report, evaluate, read_conll, report, to_chunks,
)

# Two documents, each closed by a -DOCSTART- line at its END (as in the shared copy).
CONLL = """\
Ahmed NNP I-NP I-PER
Hassan NNP I-NP I-PER
visited VBD I-VP O
Leeds NNP I-NP I-LOC
. . O O

Leeds NNP I-NP I-ORG
beat VBD I-VP O
Chelsea NNP I-NP I-ORG
. . O O

-DOCSTART- -X- O O

German JJ I-NP I-MISC
Italian JJ I-NP B-MISC
talks NNS I-NP O
in IN I-PP O
Rome NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O
"""


@pytest.fixture
def conll(tmp_path):
    path = tmp_path / "eng.tiny"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_read_conll_closes_documents_at_docstart(conll):
    docs = read_conll(conll)
    assert [len(d.sentences) for d in docs] == [2, 1]
    assert docs[0].gold == ((0, 2, "PER"), (3, 4, "LOC"), (5, 6, "ORG"), (7, 8, "ORG"))
    assert docs[1].gold == ((0, 1, "MISC"), (1, 2, "MISC"), (4, 5, "LOC"))


def test_read_conll_ends_chunks_with_their_sentence(tmp_path):
    path = tmp_path / "two.conll"
    path.write_text("in IN I-PP O\nRome NNP I-NP I-LOC\n\nParis NNP I-NP I-LOC\n",
                    encoding="utf-8")
    assert read_conll(path)[0].gold == ((1, 2, "LOC"), (2, 3, "LOC"))


def test_read_conll_takes_docstart_at_the_start_too(tmp_path):
    path = tmp_path / "start.conll"
    path.write_text("-DOCSTART- -X- O O\n\nRome NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n\n"
                    "Paris NNP I-NP I-LOC\n", encoding="utf-8")
    assert [d.tokens for d in read_conll(path)] == [["Rome"], ["Paris"]]


@pytest.mark.parametrize("tags, expected", [
    (["I-PER", "I-PER", "O", "I-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),  # IOB1
    (["I-MISC", "B-MISC"], [(0, 1, "MISC"), (1, 2, "MISC")]),  # B- splits two of a type
    (["B-ORG", "I-ORG", "I-LOC"], [(0, 2, "ORG"), (2, 3, "LOC")]),  # IOB2, type change
    (["O", "O"], []),
    ([], []),
])
def test_chunks(tags, expected):
    assert chunks(tags) == expected


def test_doc_text_maps_tokens_to_characters():
    doc = ConllDoc((("Leeds", "beat", "Chelsea"), ("Rome", ".")), ())
    text, offsets = doc_text(doc)
    assert text == "Leeds beat Chelsea\nRome ."
    assert [text[s:e] for s, e in offsets] == ["Leeds", "beat", "Chelsea", "Rome", "."]


@pytest.mark.parametrize("entities, expected", [
    ([(0, 5, "GPE"), (11, 18, "ORG")], {(0, 1, "LOC"), (2, 3, "ORG")}),
    ([(0, 10, "PERSON")], {(0, 2, "PER")}),
    ([(1, 4, "NORP")], {(0, 1, "MISC")}),  # widened to whole tokens
    ([(19, 23, "DATE"), (0, 5, "CARDINAL")], set()),  # labels CoNLL does not score
    ([(5, 6, "ORG")], set()),  # only white space: no token
])
def test_to_chunks(entities, expected):
    _, offsets = doc_text(ConllDoc((("Leeds", "beat", "Chelsea"), ("Rome", ".")), ()))
    assert to_chunks(entities, offsets) == expected


def test_scores_are_micro_averaged_exact_matches():
    s = Scores("x")
    s.add([(0, 2, "PER"), (3, 4, "LOC")], [(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "ORG")])
    assert s.prf("PER") == (100.0, 100.0, 100.0)
    assert s.prf("LOC") == (0.0, 0.0, 0.0)
    p, r, f = s.prf()
    assert (round(p, 2), r, round(f, 2)) == (33.33, 50.0, 40.0)


def test_report_ends_with_the_summary_line(conll):
    docs = read_conll(conll)

    def perfect(text):  # the gold, as OntoNotes labels
        names = {"Ahmed Hassan": "PERSON", "Chelsea": "ORG", "Rome": "GPE", "German": "NORP",
                 "Italian": "NORP"}
        return [(m.start(), m.end(), label) for name, label in names.items()
                for m in re.finditer(name, text)]

    results = evaluate(docs, {"newsgraph": perfect, "spacy": lambda text: []})
    text = report(results, docs)
    assert text.splitlines()[-1] == "newsgraph F1=83.33 | spacy F1=0.00"  # 5 of 7, none wrong
    assert "2 documents, 3 sentences, 7 gold entities" in text


@pytest.mark.slow
def test_entities_report_runs_both_systems(conll):
    text = entities_report(conll)
    assert re.fullmatch(r"newsgraph F1=\d+\.\d\d \| spacy F1=\d+\.\d\d", text.splitlines()[-1])
    for name in ("newsgraph", "spacy", "spacy+trim"):
        assert re.search(rf"^{re.escape(name)} +all ", text, re.MULTILINE)
