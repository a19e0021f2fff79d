"""The pipeline, stage after stage: ingest -> clean -> extract -> resolve -> store.

This module only sequences the stages; each stage's work lives in its own package.
A failure on one article becomes a ``NewsgraphError`` value and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsgraph.clean import clean
from newsgraph.errors import NewsgraphError
from newsgraph.extract import extract_many
from newsgraph.ingest import read_paths
from newsgraph.records import Article, CleanArticle, RawArticle
from newsgraph.resolve import assemble_article
from newsgraph.settings import Settings


class ProcessingError(NewsgraphError):
    """An unexpected failure while analysing one article (a bug: please report it)."""

    kind = "internal"


@dataclass
class IngestReport:
    """What one ingest run did, for the CLI summary and the Python API."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[NewsgraphError] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": len(self.stored),
            "duplicates": len(self.duplicates),
            "failed": [e.to_dict() for e in self.failed],
        }


def _as_error(exc: Exception, origin: str | None) -> NewsgraphError:
    if isinstance(exc, NewsgraphError):
        if exc.origin is None:
            exc.origin = origin
        return exc
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return ProcessingError(
        f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
        hint="this is a bug in newsgraph; the rest of the batch went on",
        origin=origin,
    )


def with_published(raw: RawArticle, published: str | None) -> RawArticle:
    """The raw article with a publication date given by the user (it wins over guesses)."""
    return dataclasses.replace(raw, published=published) if published else raw


def clean_all(
    items: Iterable[RawArticle | NewsgraphError], settings: Settings
) -> Iterator[CleanArticle | NewsgraphError]:
    """Clean every raw article; errors pass through as values."""
    for item in items:
        if isinstance(item, NewsgraphError):
            yield item
            continue
        try:
            yield clean(item, settings)
        except Exception as exc:  # one bad article must not stop the batch
            yield _as_error(exc, item.origin)


def analyze_clean(
    cleans: Iterable[CleanArticle], settings: Settings, nlp: Any
) -> Iterator[Article | NewsgraphError]:
    """Run extract and resolve over clean articles, batched through spaCy."""
    cleans = list(cleans)
    for clean_article, extraction in zip(cleans, extract_many(cleans, settings, nlp)):
        try:
            if isinstance(extraction, Exception):
                raise extraction
            yield assemble_article(clean_article, extraction, settings)
        except Exception as exc:
            yield _as_error(exc, clean_article.path or clean_article.url)


def analyze_raw(raw: RawArticle, settings: Settings, nlp: Any) -> Article:
    """Analyse one raw article; raises its error instead of returning it."""
    cleaned = clean(raw, settings)
    (result,) = analyze_clean([cleaned], settings, nlp)
    if isinstance(result, NewsgraphError):
        raise result
    return result


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Iterable[str],
    store: Any,
    settings: Settings,
    nlp: Any,
    *,
    published: str | None = None,
    on_item: Callable[[str, str | None], None] | None = None,
) -> IngestReport:
    """Read, analyse and store every article under ``paths``.

    Articles already in the store (same cleaned text) are skipped before the costly NLP,
    so a second run over the same files is quick and stores nothing new. ``on_item`` is
    called with (status, origin) once per article or error, for progress display.
    """
    report = IngestReport()
    raws = (
        with_published(r, published) if isinstance(r, RawArticle) else r
        for r in read_paths(paths, settings)
    )
    for batch in _batches(clean_all(raws, settings), settings.batch_size):
        todo = []
        for item in batch:
            if isinstance(item, NewsgraphError):
                _fail(report, store, item, on_item)
            elif store.has_article(item.id):
                report.duplicates.append(item.id)
                _notify(on_item, "duplicate", item.path)
            else:
                todo.append(item)
        for result in analyze_clean(todo, settings, nlp) if todo else ():
            _store_one(report, store, result, on_item)
    return report


def _notify(on_item, status: str, origin: str | None) -> None:
    if on_item is not None:
        on_item(status, origin)


def _fail(report: IngestReport, store: Any, error: NewsgraphError, on_item) -> None:
    report.failed.append(error)
    store.record_error(error)
    _notify(on_item, "failed", error.origin)


def _store_one(report: IngestReport, store: Any, result, on_item) -> None:
    if isinstance(result, NewsgraphError):
        _fail(report, store, result, on_item)
        return
    try:
        added = store.add(result)
    except Exception as exc:
        _fail(report, store, _as_error(exc, result.clean.path), on_item)
        return
    bucket = report.stored if added.status == "stored" else report.duplicates
    bucket.append(added.article_id)
    _notify(on_item, added.status, result.clean.path)


__all__ = [
    "IngestReport",
    "ProcessingError",
    "analyze_clean",
    "analyze_raw",
    "clean_all",
    "ingest",
    "with_published",
]
