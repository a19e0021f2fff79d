"""extract: clean article text -> mentions, roles and sentences (``Extraction``).

spaCy stays inside this package. ``load_nlp`` gives the pipeline (parser off, ``senter`` on);
``parse`` runs the parser over chosen sentences when a later step needs a parse. Texts enter
spaCy through ``chunks.pipe``: long ones in pieces, a failure kept to its own text.

    >>> nlp = load_nlp(settings)
    >>> extraction = extract(clean_article, settings, nlp)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.extract import chunks
from newsgraph.extract.convert import parse_ahead, to_extraction
from newsgraph.extract.nlp import load_nlp, parse, sentence_parser
from newsgraph.records import CleanArticle, Extraction
from newsgraph.settings import Settings


def extract(clean: CleanArticle, settings: Settings, nlp: Any) -> Extraction:
    """Mentions, roles, sentences, quotes, dates and events of one clean article."""
    (doc,) = chunks.pipe(nlp, [clean.text], settings)
    if isinstance(doc, Exception):
        raise doc
    return to_extraction(doc, settings, nlp, clean)


def extract_many(
    cleans: Iterable[CleanArticle], settings: Settings, nlp: Any
) -> Iterator[Extraction | Exception]:
    """``extract`` over many articles, batched through spaCy; one result per article, in
    order. A failure on one article is yielded in its place, so the rest go on.

    The sentences that need a parse are parsed a batch at a time, in one parser call."""
    cleans = list(cleans)
    docs = chunks.pipe(nlp, [clean.text for clean in cleans], settings)
    batch: list[tuple[CleanArticle, Any]] = []
    for item in zip(cleans, docs):
        batch.append(item)
        if len(batch) == settings.batch_size:
            yield from _extract_batch(batch, settings, nlp)
            batch = []
    yield from _extract_batch(batch, settings, nlp)


def _extract_batch(batch: list[tuple[CleanArticle, Any]], settings: Settings, nlp: Any
                   ) -> Iterator[Extraction | Exception]:
    """One batch: a text spaCy failed on is its own article's error; the others' sentences
    that need a parse are parsed together."""
    ready = [doc for _, doc in batch if not isinstance(doc, Exception)]
    try:
        ahead = dict(zip(map(id, ready), parse_ahead(nlp, ready), strict=True))
    except Exception:  # tried again article by article below, so it lands on its own article
        ahead = {}
    for clean, doc in batch:
        if isinstance(doc, Exception):
            yield doc
            continue
        found = ahead.get(id(doc))
        try:
            sentences, parsed = found or (None, None)
            yield to_extraction(doc, settings, nlp, clean, sentences=sentences, parsed=parsed)
        except Exception as exc:  # handed on as data: the pipeline records it per article
            yield exc


__all__ = ["extract", "extract_many", "load_nlp", "parse", "sentence_parser"]
