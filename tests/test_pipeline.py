"""The pipeline sequences the stages and keeps going when one article fails."""

from __future__ import annotations

import pytest

from newsgraph import pipeline
from newsgraph.errors import NewsgraphError
from newsgraph.records import RawArticle

GOOD = "Peace talks resume\n\nNorwegian diplomat Kari Nordmann met rebels in Oslo on Friday.\n"
OTHER = "Harbour reopens\n\nThe mayor of Bergen, Anne Larsen, reopened the harbour on Monday.\n"


def raw(text: str, origin: str) -> RawArticle:
    return RawArticle(content=text, format="text", origin=origin, path=origin)


class MemoryStore:
    """A stand-in store that keeps what it is given, to test the pipeline alone."""

    def __init__(self):
        self.articles, self.errors = {}, []

    def has_article(self, article_id):
        return article_id in self.articles

    def add(self, article):
        from types import SimpleNamespace

        status = "duplicate" if article.id in self.articles else "stored"
        self.articles[article.id] = article
        return SimpleNamespace(article_id=article.id, status=status)

    def record_error(self, error):
        self.errors.append(error)


def test_analyze_raw_runs_every_stage(nlp, settings):
    article = pipeline.analyze_raw(raw(GOOD, "good.txt"), settings, nlp)
    assert article.clean.title == "Peace talks resume"
    assert "Kari Nordmann" in {e.name for e in article.entities}


def test_with_published_overrides_the_guess():
    assert pipeline.with_published(raw(GOOD, "x"), "2024-05-03").published == "2024-05-03"
    assert pipeline.with_published(raw(GOOD, "x"), None).published is None


def test_a_crash_in_one_article_is_recorded_and_the_batch_goes_on(nlp, settings, monkeypatch):
    real = pipeline.assemble_article

    def flaky(clean, extraction, settings):
        if "Bergen" in clean.text:
            raise ValueError("boom")
        return real(clean, extraction, settings)

    monkeypatch.setattr(pipeline, "assemble_article", flaky)
    monkeypatch.setattr(pipeline, "read_paths",
                        lambda paths, settings: iter([raw(OTHER, "bad.txt"), raw(GOOD, "good.txt")]))
    store = MemoryStore()
    report = pipeline.ingest(["ignored"], store, settings, nlp)
    assert len(report.stored) == 1 and len(report.failed) == 1
    (error,) = store.errors
    assert isinstance(error, NewsgraphError) and error.kind == "internal"
    assert "ValueError: boom" in error.message and error.origin == "bad.txt"


def test_already_stored_articles_skip_the_nlp(nlp, settings, monkeypatch):
    store = MemoryStore()
    monkeypatch.setattr(pipeline, "read_paths", lambda paths, settings: iter([raw(GOOD, "g")]))
    pipeline.ingest(["x"], store, settings, nlp)
    monkeypatch.setattr(pipeline, "analyze_clean", pytest.fail)
    report = pipeline.ingest(["x"], store, settings, nlp)
    assert len(report.duplicates) == 1 and not report.stored


def test_a_crash_while_extracting_one_article_spares_the_others(nlp, settings, monkeypatch):
    from newsgraph.extract import convert

    real = convert.to_extraction

    def flaky(doc, settings, nlp, clean=None, **ahead):
        if "Bergen" in doc.text:
            raise RuntimeError("extractor bug")
        return real(doc, settings, nlp, clean, **ahead)

    monkeypatch.setattr("newsgraph.extract.to_extraction", flaky)
    monkeypatch.setattr(pipeline, "read_paths",
                        lambda paths, settings: iter([raw(OTHER, "bad.txt"), raw(GOOD, "good.txt")]))
    store = MemoryStore()
    report = pipeline.ingest(["ignored"], store, settings, nlp)
    assert len(report.stored) == 1
    (error,) = report.failed
    assert "RuntimeError: extractor bug" in error.message and error.origin == "bad.txt"
