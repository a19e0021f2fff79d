"""extract: clean article text -> mentions, roles and sentences (``Extraction``).

spaCy stays inside this package. ``load_nlp`` gives the pipeline (parser off, ``senter`` on);
``parse`` runs the parser over chosen sentences when a later step needs a parse.

    >>> nlp = load_nlp(settings)
    >>> extraction = extract(clean_article, settings, nlp)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.extract.convert import to_extraction
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
    order. A failure on one article is yielded in its place, so the rest go on."""
    cleans = list(cleans)
    docs = nlp.pipe((clean.text for clean in cleans), batch_size=settings.batch_size)
    for clean, doc in zip(cleans, docs):
        try:
            yield to_extraction(doc, settings, nlp, clean)
        except Exception as exc:  # handed on as data: the pipeline records it per article
            yield exc


__all__ = ["extract", "extract_many", "load_nlp", "parse", "sentence_parser"]
