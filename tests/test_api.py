"""The Python API: analyze one text or file, open a store, ingest into it."""

from __future__ import annotations

import pytest

import newsgraph

TEXT = """Talks in Geneva

GENEVA: Swiss President Karin Keller-Sutter welcomed Indian Prime Minister
Narendra Modi to Geneva on Thursday. Modi thanked Keller-Sutter for the invitation.
"""


def test_analyze_text_returns_the_article_record(nlp):
    article = newsgraph.analyze(TEXT, published="2025-06-05")
    assert article.clean.published == "2025-06-05"
    assert article.clean.dateline == "Geneva"
    by_name = {e.name: e for e in article.entities}
    assert "Narendra Modi" in by_name
    assert "Modi" in by_name["Narendra Modi"].aliases
    assert article.to_dict()["schema"] == "newsgraph.article/1"


def test_analyze_path_and_store_queries(nlp, tmp_path):
    path = tmp_path / "geneva.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert newsgraph.analyze(path).clean.path == str(path)
    report = newsgraph.ingest([path], db=tmp_path / "api.db")
    assert len(report.stored) == 1
    with newsgraph.open(tmp_path / "api.db") as store:
        assert [a.title for a in store.articles()] == ["Talks in Geneva"]
        assert store.dossier("Modi").name == "Narendra Modi"


def test_analyze_empty_text_is_an_input_error():
    with pytest.raises(newsgraph.NewsgraphError):
        newsgraph.analyze("   ")


def test_a_long_one_line_text_is_text_not_a_path(nlp):
    text = "Olaf Scholz met Emmanuel Macron in Paris on Tuesday. " * 8  # > 255 bytes
    article = newsgraph.analyze(text, published="2024-03-08")
    assert article.clean.text.startswith("Olaf Scholz met")
