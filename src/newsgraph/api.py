"""The Python API: the same core the CLI and the web page use.

    >>> import newsgraph
    >>> article = newsgraph.analyze("MOSCOW (Reuters) - Vladimir Putin met ...")
    >>> store = newsgraph.open("news.db")
    >>> store.dossier("Putin")
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest import read_bytes, read_paths
from newsgraph.records import Article, RawArticle
from newsgraph.settings import Settings

# The pipeline (and spaCy behind it) is imported only by the calls that analyse text, so
# that opening a store and querying it stays quick.

# A string this short without a line break is taken for a path when such a file exists.
_MAX_PATH_CHARS = 4096


def load_model(settings: Settings | None = None) -> Any:
    """The spaCy pipeline newsgraph uses (loaded once per model name)."""
    from newsgraph.extract.nlp import load_nlp

    return load_nlp(settings or Settings())


def _looks_like_path(value: str | os.PathLike) -> bool:
    if isinstance(value, os.PathLike) or value == "-":
        return True
    if len(value) >= _MAX_PATH_CHARS or "\n" in value:
        return False
    try:
        return Path(value).is_file()
    except OSError:  # a name too long for the file system is text, not a path
        return False


def _first_article(items, origin: str) -> RawArticle:
    for item in items:
        if isinstance(item, NewsgraphError):
            raise item
        if isinstance(item, RawArticle):  # not a WARC record skipped as no article
            return item
    raise InputError("no article found", origin=origin)


def read_one(text_or_path: str | os.PathLike, settings: Settings) -> RawArticle:
    """The first raw article of a path (``-`` for stdin), or one made of the given text."""
    if _looks_like_path(text_or_path):
        path = os.fspath(text_or_path)
        return _first_article(read_paths([path], settings), path)
    data = str(text_or_path).encode("utf-8")
    return _first_article(read_bytes(data, origin="<text>", settings=settings), "<text>")


def analyze(
    text_or_path: str | os.PathLike,
    *,
    published: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Analyse one article (a path, or the article's text) without storing it.

    ``published`` (an ISO date) anchors relative dates when the text does not carry one.
    A file holding several articles (JSON Lines, a feed) gives its first; use ``ingest``
    for all of them.
    """
    from newsgraph.pipeline import analyze_raw, with_published

    settings = settings or Settings()
    raw = with_published(read_one(text_or_path, settings), published)
    return analyze_raw(raw, settings, load_model(settings))


def open(db: str | os.PathLike | None = None, *, settings: Settings | None = None):  # noqa: A001
    """The store at ``db`` (else $NEWSGRAPH_DB, else ./newsgraph.db), with every query."""
    from newsgraph.store import Store

    settings = settings or Settings.from_env(db)
    if db is not None:
        settings = settings.with_(db_path=Path(db))
    return Store.open(settings.db_path, settings)


def ingest(paths, *, db=None, published: str | None = None, settings: Settings | None = None,
           workers: int = 1):
    """Analyse and store every article under ``paths``; returns an ``IngestReport``.

    ``workers`` > 1 runs the NLP in that many processes (this one writes the store); a
    script doing so needs the usual ``if __name__ == "__main__":`` guard of multiprocessing.
    """
    from newsgraph.pipeline import ingest as run_ingest
    from newsgraph.runners import open_runner

    settings = (settings or Settings.from_env(db)).with_(workers=workers)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    with open(db, settings=settings) as store, open_runner(settings, paths) as runner:
        return run_ingest(paths, store, settings, published=published, runner=runner)
