"""extract / extract_many: one Extraction per clean article, offsets into its text."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract, extract_many
from newsgraph.records import CleanArticle, Extraction
from newsgraph.settings import Settings

pytestmark = pytest.mark.slow

TEXT = ("Egyptian President Abdel Fattah al-Sisi spoke in Cairo.\n\n"
        "He met Jordan's Foreign Minister Ayman Safadi.")


def test_extract(nlp):
    ex = extract(CleanArticle(text=TEXT), Settings(), nlp)
    assert isinstance(ex, Extraction)
    assert [s.text for s in ex.sentences] == [
        "Egyptian President Abdel Fattah al-Sisi spoke in Cairo.",
        "He met Jordan's Foreign Minister Ayman Safadi.",
    ]
    for span in ex.sentences + tuple(ex.mentions):
        assert TEXT[span.start:span.end] == span.text
    assert ("Ayman Safadi", "Foreign Minister", "Jordan") in [
        (r.holder.text, r.role, r.of.text) for r in ex.roles]
    for r in ex.roles:
        assert TEXT[r.start:r.end] == r.role


def test_extract_many_keeps_order_and_count(nlp):
    cleans = [CleanArticle(text=t) for t in ("Putin spoke in Moscow.", "", "Macron visited Berlin.")]
    results = list(extract_many(cleans, Settings(batch_size=2), nlp))
    assert len(results) == 3
    assert [m.text for m in results[0].mentions] == ["Putin", "Moscow"]
    assert results[1] == Extraction()
    assert [m.text for m in results[2].mentions][-1] == "Berlin"


def test_to_dict(nlp):
    d = extract(CleanArticle(text="Putin spoke in Moscow."), Settings(), nlp).to_dict()
    assert set(d) == {"mentions", "roles", "references", "sentences", "quotes", "dates", "events"}
    assert d["mentions"][1] == {"start": 15, "end": 21, "text": "Moscow", "label": "GPE", "source": "model"}


def test_quotes_and_dates_come_with_the_extraction(nlp):
    text = 'Putin met Erdogan in Sochi on Monday. "We agreed on grain," Putin said.'
    extraction = extract(CleanArticle(text=text, published="2024-09-05"), Settings(), nlp)
    (quote,) = extraction.quotes
    assert quote.text.startswith("We agreed on grain") and quote.speaker.text == "Putin"
    assert [(d.text, d.value) for d in extraction.dates] == [("Monday", "2024-09-02")]


def test_a_batch_that_fails_to_parse_ahead_is_extracted_article_by_article(nlp, monkeypatch):
    cleans = [CleanArticle(text=t) for t in ('"We agreed on grain," Putin said.',
                                             "Putin met Erdogan in Sochi on Monday.")]
    expected = list(extract_many(cleans, Settings(), nlp))

    def broken(nlp, docs):
        raise RuntimeError("parser bug")

    monkeypatch.setattr("newsgraph.extract.parse_ahead", broken)
    assert list(extract_many(cleans, Settings(), nlp)) == expected
    assert expected[0].quotes and expected[1].events
