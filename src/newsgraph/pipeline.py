"""The pipeline, stage after stage: ingest -> clean -> extract -> resolve -> store.

This module only sequences the stages; each stage's work lives in its own package.
A failure on one article becomes a ``NewsgraphError`` value and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from newsgraph.clean import clean
from newsgraph.errors import NewsgraphError
from newsgraph.extract import extract_many, load_nlp
from newsgraph.ingest import read_paths
from newsgraph.records import Article, CleanArticle, RawArticle, Skipped
from newsgraph.resolve import assemble_article
from newsgraph.settings import Settings


class ProcessingError(NewsgraphError):
    """An unexpected failure while analysing one article (a bug: please report it)."""

    kind = "internal"


@dataclass
class IngestReport:
    """What one ingest run did, for the CLI summary and the Python API. ``skipped``
    counts the input records that hold no article (WARC requests, images), by reason."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[NewsgraphError] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": len(self.stored),
            "duplicates": len(self.duplicates),
            "failed": [e.to_dict() for e in self.failed],
            "skipped": dict(self.skipped),
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


def clean_batch(raws: list[RawArticle | NewsgraphError], settings: Settings
                ) -> list[CleanArticle | NewsgraphError]:
    """``clean_all`` over one batch, as a worker runs it."""
    return list(clean_all(raws, settings))


def analyze_batch(cleans: list[CleanArticle], settings: Settings, nlp: Any = None
                  ) -> list[Article | NewsgraphError]:
    """``analyze_clean`` over one batch, as a worker runs it, with the model ``load_nlp``
    loaded once in this process."""
    return list(analyze_clean(cleans, settings, nlp if nlp is not None else load_nlp(settings)))


class WorkerLost(NewsgraphError):
    """The process analysing an article stopped (killed, out of memory) or was lost."""

    kind = "worker"


class Runner:
    """Where ingest cleans and analyses its batches: ``clean`` and ``analyze`` hand back a
    future each, ``wait`` waits for one of some to be done, and ``depth`` is how many
    batches the runner takes at a time. Close it (or use it in a ``with``) when done.

    This one is the base of ``InlineRunner`` (this process) and of the runners of
    ``newsgraph.runners`` (worker processes, a Dask cluster), which say how to ``_submit``.
    """

    depth = 1

    def clean(self, raws: list, settings: Settings) -> Any:
        return self._submit(clean_batch, raws, settings)

    def analyze(self, cleans: list, settings: Settings) -> Any:
        return self._submit(analyze_batch, cleans, settings)

    def wait(self, futures: list) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        raise NotImplementedError

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InlineRunner(Runner):
    """Runs each batch in this process, at once: the one-process ingest."""

    def __init__(self, nlp: Any):
        self.nlp = nlp

    def analyze(self, cleans: list, settings: Settings) -> Future:
        return self._submit(analyze_batch, cleans, settings, self.nlp)

    def wait(self, futures: list) -> None:
        pass  # every future is done already

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return _now(fn, *args)


def _now(fn: Callable[..., Any], *args: Any) -> Future:
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except Exception as exc:  # handed on in the future, as a worker's would be
        future.set_exception(exc)
    return future


def _done(value: Any) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


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
    nlp: Any = None,
    *,
    published: str | None = None,
    on_item: Callable[[str, str | None], None] | None = None,
    runner: Any = None,
) -> IngestReport:
    """Read, analyse and store every article under ``paths``.

    Articles already in the store (same cleaned text) are skipped before the costly NLP,
    so a second run over the same files is quick and stores nothing new. ``on_item`` is
    called with (status, origin) once per article or error, for progress display.

    ``runner`` says where batches are cleaned and analysed: in this process with ``nlp``
    (the default), or in worker processes or on a cluster (``newsgraph.runners``). Either
    way this process alone writes, storing batches in input order, so the store comes out
    the same whatever ran the NLP.
    """
    if runner is None:
        runner = InlineRunner(nlp if nlp is not None else load_nlp(settings))
    report = IngestReport()
    raws = _read(paths, settings, published, report, on_item)
    _Run(store, settings, runner, report, on_item).run(_batches(raws, settings.batch_size))
    return report


def _read(paths: Iterable[str], settings: Settings, published: str | None,
          report: IngestReport, on_item) -> Iterator[RawArticle | NewsgraphError]:
    """The raw articles and input errors under ``paths``; skipped records are counted."""
    for item in read_paths(paths, settings):
        if isinstance(item, Skipped):
            report.skipped[item.reason] += 1
            _notify(on_item, "skipped", item.origin)
        else:
            yield with_published(item, published) if isinstance(item, RawArticle) else item


@dataclass
class _Slot:
    """One batch on its way: cleaned, checked against the store, analysed, stored."""

    raws: list[RawArticle | NewsgraphError]
    cleaning: Any  # a future of the cleaned batch
    cleaned: list[CleanArticle | NewsgraphError] = field(default_factory=list)
    todo: list[CleanArticle] = field(default_factory=list)  # to analyse
    waiting: list[CleanArticle] = field(default_factory=list)  # copies of an article in flight
    analysing: Any = None  # a future of the analysed ``todo``
    tries: int = 0


class _Run:
    """Batches in input order through a runner, a few at a time (``runner.depth``).

    Each batch is checked against the store once every earlier batch has been, and stored
    once every earlier batch has been: so a one-process ingest and one spread over workers
    skip the same duplicates and store the same articles in the same order. An article that
    is a copy of one still in flight waits for it rather than being analysed twice."""

    def __init__(self, store: Any, settings: Settings, runner: Any, report: IngestReport,
                 on_item: Callable[[str, str | None], None] | None):
        self.store, self.settings, self.runner = store, settings, runner
        self.report, self.on_item = report, on_item
        self.slots: deque[_Slot] = deque()
        self.in_flight: set[str] = set()

    def run(self, batches: Iterator[list[Any]]) -> None:
        while self._fill(batches) or self.slots:
            self._dispatch()
            head = self.slots[0]
            if head.analysing is not None and head.analysing.done():
                self._store(self.slots.popleft())
            else:
                self.runner.wait([f for s in self.slots for f in (s.cleaning, s.analysing)
                                  if f is not None and not f.done()])

    def _fill(self, batches: Iterator[list[Any]]) -> bool:
        """Hand the runner new batches while it has room; False when none are left."""
        while len(self.slots) < self.runner.depth:
            raws = next(batches, None)
            if raws is None:
                return False
            self.slots.append(_Slot(raws, self.runner.clean(raws, self.settings)))
        return True

    def _dispatch(self) -> None:
        """Check cleaned batches against the store, in order, and send them to analysis."""
        for slot in self.slots:
            if slot.analysing is not None:
                continue
            if not slot.cleaning.done():
                return
            try:
                slot.cleaned = slot.cleaning.result()
            except Exception as exc:  # the worker was lost: once more, then per article
                if slot.tries < 1:
                    slot.tries += 1
                    slot.cleaning = self.runner.clean(slot.raws, self.settings)
                    return
                slot.cleaned = [_lost(exc, r) if isinstance(r, RawArticle) else r
                                for r in slot.raws]
            self._choose(slot)

    def _choose(self, slot: _Slot) -> None:
        for item in slot.cleaned:
            if isinstance(item, NewsgraphError) or self.store.has_article(item.id):
                continue
            (slot.waiting if item.id in self.in_flight else slot.todo).append(item)
            self.in_flight.add(item.id)
        slot.tries = 0
        slot.analysing = self._analyze(slot.todo)

    def _analyze(self, todo: list[CleanArticle]) -> Any:
        return self.runner.analyze(todo, self.settings) if todo else _done([])

    def _store(self, slot: _Slot) -> None:
        try:
            results = slot.analysing.result()
        except Exception as exc:  # the worker was lost: once more, then per article
            if slot.tries < 1:
                slot.tries += 1
                slot.analysing = self._analyze(slot.todo)
                self.slots.appendleft(slot)
                return
            results = [_lost(exc, c) for c in slot.todo]
        chosen = {id(c) for c in (*slot.todo, *slot.waiting)}
        for item in slot.cleaned:
            if isinstance(item, NewsgraphError):
                _fail(self.report, self.store, item, self.on_item)
            elif id(item) not in chosen:
                self.report.duplicates.append(item.id)
                _notify(self.on_item, "duplicate", item.path)
        for clean_article, result in zip(slot.todo, results):
            self.in_flight.discard(clean_article.id)
            _store_one(self.report, self.store, result, self.on_item)
        self._settle(slot.waiting)

    def _settle(self, copies: list[CleanArticle]) -> None:
        """Copies of an article that was in flight: duplicates once it is stored; analysed
        after all when it could not be (it failed), in the next batch to go."""
        again = []
        for copy in copies:
            self.in_flight.discard(copy.id)
            if self.store.has_article(copy.id):
                self.report.duplicates.append(copy.id)
                _notify(self.on_item, "duplicate", copy.path)
            else:
                again.append(copy)
        if again:
            self.slots.appendleft(_Slot([], _done(again)))


def _lost(exc: Exception, item: RawArticle | CleanArticle) -> WorkerLost:
    origin = item.origin if isinstance(item, RawArticle) else item.path or item.url
    return WorkerLost(
        f"the worker analysing this article was lost ({type(exc).__name__}: {exc})",
        hint="ingest the file again: what is stored stays, and nothing is stored twice; "
             "if it happens again, the article may be too big for a worker's memory",
        origin=origin,
    )


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
    "InlineRunner",
    "IngestReport",
    "Runner",
    "ProcessingError",
    "WorkerLost",
    "analyze_batch",
    "analyze_clean",
    "analyze_raw",
    "clean_all",
    "clean_batch",
    "ingest",
    "with_published",
]
