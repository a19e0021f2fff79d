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


class FailingModel:
    """The real pipeline, but spaCy itself raises on any text with the marker in it, as a
    component would: inside ``nlp.pipe``, which then stops for the whole batch."""

    def __init__(self, nlp, marker: str):
        self.nlp, self.marker = nlp, marker

    def _check(self, text: str) -> str:
        if self.marker in text:
            raise ValueError("[E999] the model failed")
        return text

    def pipe(self, texts, **kwargs):
        return self.nlp.pipe((self._check(t) for t in texts), **kwargs)

    def __call__(self, text):
        return self.nlp(self._check(text))

    def __getattr__(self, name):
        return getattr(self.nlp, name)


def test_a_spacy_failure_on_one_article_spares_the_rest_of_its_batch(nlp, settings,
                                                                      monkeypatch):
    third = "Bridge opens\n\nThe governor of Tromso, Ola Hansen, opened a bridge on Tuesday.\n"
    monkeypatch.setattr(pipeline, "read_paths", lambda paths, settings: iter(
        [raw(GOOD, "good.txt"), raw(OTHER, "bad.txt"), raw(third, "third.txt")]))
    store = MemoryStore()
    report = pipeline.ingest(["ignored"], store, settings, FailingModel(nlp, "Bergen"))
    assert len(report.stored) == 2
    (error,) = report.failed
    assert error.kind == "analysis" and error.origin == "bad.txt"
    assert "the language model failed on this article" in error.message and error.hint
    names = {e.name for a in store.articles.values() for e in a.entities}
    assert {"Kari Nordmann", "Ola Hansen"} <= names


def test_an_article_past_the_length_limit_is_analysed_in_pieces(nlp, settings, monkeypatch):
    paragraphs = [f"In {city}, the mayor Anne Larsen opened a new school on Monday."
                  for city in ("Bergen", "Oslo", "Tromso", "Stavanger", "Trondheim") * 3]
    text = "School week\n\n" + "\n\n".join(paragraphs) + "\n"
    monkeypatch.setattr(pipeline, "read_paths", lambda paths, settings: iter([raw(text, "l")]))
    store = MemoryStore()
    small = settings.with_(max_nlp_chars=300, chunk_chars=200)
    report = pipeline.ingest(["x"], store, small, nlp)
    assert len(report.stored) == 1 and not report.failed
    (article,) = store.articles.values()
    whole = pipeline.analyze_raw(raw(text, "l"), settings, nlp)
    assert article.to_dict()["entities"] == whole.to_dict()["entities"]
    for entity in article.entities:
        for mention in entity.mentions:
            assert article.clean.text[mention.start:mention.end] == mention.text
