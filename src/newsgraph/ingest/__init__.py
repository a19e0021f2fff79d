"""ingest: sources -> RawArticle.

``read_paths`` reads files, folders (recursively) and ``-`` (stdin); ``read_bytes`` reads
one file's content. Both yield a RawArticle per article and an InputError per input that
cannot be read, so that one bad file never stops a batch. HTML, JSON Lines / JSON, RSS
and Atom feeds and plain text are told apart by extension, then by content; CSV and TSV
(one article a row) by extension only; ``.gz`` files are decompressed first. WARC files
(``.warc``, ``.warc.gz``) are streamed record by record (``ingest/warc.py``); their
records that hold no article are yielded as ``Skipped``. Each reader turns what it knows
can go wrong into an InputError; anything else a file provokes is caught at the file's
level too (``_guarded``), so it stays that file's error.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from newsgraph.errors import InputError
from newsgraph.ingest.csvfile import read_csv
from newsgraph.ingest.decode import NotText, to_text
from newsgraph.ingest.feeds import read_feed
from newsgraph.ingest.files import (
    STDIN, count_inputs, expand, input_bytes, read_file, read_stdin, too_big,
)
from newsgraph.ingest.formats import sniff
from newsgraph.ingest.jsonl import read_json, read_json_lines
from newsgraph.ingest.warc import is_warc, read_warc
from newsgraph.records import RawArticle, Skipped
from newsgraph.settings import Settings

Item = RawArticle | InputError | Skipped
BINARY_HINT = "newsgraph reads text, HTML, JSON Lines, CSV/TSV, RSS/Atom feeds and WARC files"
MAX_DETAIL = 200  # characters of an unexpected exception's message kept in the error

__all__ = ["count_inputs", "input_bytes", "read_bytes", "read_paths"]


def read_paths(paths: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Every article under ``paths`` (files, folders, ``-`` for stdin), errors yielded."""
    limit = settings.max_file_bytes
    for path in expand(paths):
        if path != STDIN and is_warc(path):
            yield from read_warc(path, limit)
            continue
        if path == STDIN:
            data, file = read_stdin(limit), None
        else:
            data, file = read_file(path, limit), path
        if isinstance(data, InputError):
            yield data
        else:
            yield from read_bytes(data, path, file, settings)


def read_bytes(
    data: bytes, origin: str, path: str | None = None, settings: Settings | None = None
) -> Iterator[Item]:
    """The articles in one file's content; ``origin`` names it in messages."""
    settings = settings or Settings()
    text = _text(data, origin, settings.max_file_bytes)
    if isinstance(text, InputError):
        yield text
        return
    if text.startswith("WARC/"):  # streamed by name only: see ingest/warc.py
        yield InputError("this is a WARC file, which newsgraph reads by its name",
                         hint="give its path with a .warc or .warc.gz name, not stdin",
                         origin=origin)
        return
    yield from _guarded(_articles(text, origin, path), origin)


def _guarded(items: Iterator[Item], origin: str) -> Iterator[Item]:
    """The items of one file; an unexpected failure ends that file alone, with an error."""
    try:
        yield from items
    except Exception as exc:  # a reader's bug must not stop the batch
        detail = f"{type(exc).__name__}: {exc}"
        yield InputError(f"file could not be read ({detail[:MAX_DETAIL]})",
                         hint="this is a bug in newsgraph: please report it with the file; "
                              "the rest of the batch went on", origin=origin)


def _text(data: bytes, origin: str, limit: int) -> str | InputError:
    """Decoded text of a file, or why it cannot be read (too big, binary, empty, junk)."""
    if len(data) > limit:
        return too_big(len(data), limit, origin)
    try:
        text = to_text(data, limit)
    except NotText as exc:
        return InputError(str(exc), hint=exc.hint or BINARY_HINT, origin=origin)
    if not text.strip("\ufeff\u200b \t\r\n\f\v\xa0"):
        return InputError("file is empty", hint="remove it or give it an article", origin=origin)
    return text


def _articles(text: str, origin: str, path: str | None) -> Iterator[Item]:
    kind = sniff(text, os.path.basename(path) if path else None)
    if kind == "jsonl":
        yield from read_json_lines(text, origin, path)
    elif kind == "json":
        yield from read_json(text, origin, path)
    elif kind == "feed":
        yield from read_feed(text, origin, path)
    elif kind in ("csv", "tsv"):
        yield from read_csv(text, origin, path, "\t" if kind == "tsv" else ",")
    else:
        yield RawArticle(content=text, format=kind, origin=origin, path=path)
