"""extract: clean article text -> mentions, roles and sentences (``Extraction``).

spaCy stays inside this package. ``load_nlp`` gives the pipeline (parser off, ``senter`` on);
``parse`` runs the parser over chosen sentences when a later step needs a parse.

    >>> nlp = load_nlp(settings)
    >>> extraction = extract(clean_article, settings, nlp)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.extract.convert import parse_ahead, to_extraction
from newsgraph.extract.nlp import load_nlp, parse, sentence_parser
from newsgraph.records import CleanArticle, Extraction
from newsgraph.settings import Settings


def extract(clean: CleanArticle, settings: Settings, nlp: Any) -> Extraction:
    """Mentions, roles, sentences, quotes, dates and events of one clean article."""
    return to_extraction(nlp(clean.text), settings, nlp, clean)


def extract_many(
    cleans: Iterable[CleanArticle], settings: Settings, nlp: Any
) -> Iterator[Extraction | Exception]:
    """``extract`` over many articles, batched through spaCy; one result per article, in
    order. A failure on one article is yielded in its place, so the rest go on.

    The sentences that need a parse are parsed a batch at a time, in one parser call."""
    cleans = list(cleans)
    docs = nlp.pipe((clean.text for clean in cleans), batch_size=settings.batch_size)
    batch: list[tuple[CleanArticle, Any]] = []
    for item in zip(cleans, docs):
        batch.append(item)
        if len(batch) == settings.batch_size:
            yield from _extract_batch(batch, settings, nlp)
            batch = []
    yield from _extract_batch(batch, settings, nlp)


def _extract_batch(batch: list[tuple[CleanArticle, Any]], settings: Settings, nlp: Any
                   ) -> Iterator[Extraction | Exception]:
    try:
        ahead = parse_ahead(nlp, [doc for _, doc in batch])
    except Exception:  # tried again article by article below, so it lands on its own article
        ahead = [None] * len(batch)
    for (clean, doc), found in zip(batch, ahead):
        try:
            sentences, parsed = found or (None, None)
            yield to_extraction(doc, settings, nlp, clean, sentences=sentences, parsed=parsed)
        except Exception as exc:  # handed on as data: the pipeline records it per article
            yield exc


__all__ = ["extract", "extract_many", "load_nlp", "parse", "sentence_parser"]
