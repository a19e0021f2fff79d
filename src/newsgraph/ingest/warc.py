"""WARC files (Common Crawl's CC-NEWS, any crawler's): one RawArticle per HTML response.

A WARC file is read as a stream with warcio, record by record, so one of any size goes
through in little memory; the file size limit holds for each record on its own. Every
HTML response (status 2xx) and HTML resource record becomes an article with its URL and
its crawl date (``WARC-Date``); requests, metadata, revisits, redirects, error pages and
anything not HTML are ``Skipped``: counted, not errors. Origins are ``path#N``, the Nth
record of the file.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.errors import InputError
from newsgraph.ingest.decode import NotText, is_gzip, to_text
from newsgraph.ingest.files import too_big
from newsgraph.records import RawArticle, Skipped

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
ARTICLE_RECORDS = ("response", "resource")
WARC_HINT = "check that the file is a complete WARC file (gzipped per record, or not at all)"

Item = RawArticle | InputError | Skipped


def is_warc(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


class CutShort(ValueError):
    """The gzip stream ends in the middle of a member: the file was cut short."""


def read_warc(path: str, limit: int) -> Iterator[Item]:
    """Every record of the WARC file at ``path``: an article, a skip or an error each.

    A file broken part way is one InputError after the records read before the break."""
    number = 0
    try:
        with open(path, "rb") as raw:
            stream = _unzipped(raw)
            if stream.read(5) != b"WARC/":
                yield InputError("not a WARC file: it does not start with a WARC/1.x record",
                                 hint=WARC_HINT, origin=path)
                return
            stream.seek(0)
            for number, record in enumerate(ArchiveIterator(stream), 1):
                yield _item(record, f"{path}#{number}", path, limit)
    except FileNotFoundError:
        yield InputError("no such file or folder", hint="check the path", origin=path)
    except (ArchiveLoadFailed, CutShort, OSError, ValueError, zlib.error) as exc:
        where = f"after record {number}" if number else "at its start"
        yield InputError(f"WARC file cannot be read {where}: {exc}", hint=WARC_HINT,
                         origin=path)


def _unzipped(raw: IO[bytes]) -> Any:
    """The WARC records of a file, gunzipped here when it is gzip (members one after the
    other, as crawlers write them), so that a file cut short is told apart from its end:
    warcio would stop there without a word."""
    head = raw.read(2)
    raw.seek(0)
    return _Gunzipped(gzip.GzipFile(fileobj=raw)) if is_gzip(head) else raw


class _Gunzipped:
    def __init__(self, file: gzip.GzipFile):
        self.file = file

    def read(self, size: int = -1) -> bytes:
        try:  # read1: what is there before a cut comes out before the error
            return self.file.read1(size)
        except EOFError as exc:  # warcio takes an EOFError for the file's end
            raise CutShort(f"the file is cut short ({exc})") from exc

    def tell(self) -> int:
        return self.file.tell()

    def seek(self, offset: int) -> int:
        return self.file.seek(offset)


def _item(record: Any, origin: str, path: str, limit: int) -> Item:
    if record.rec_type not in ARTICLE_RECORDS:
        return Skipped(origin, f"{record.rec_type} record")
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return Skipped(origin, "response without HTTP headers")
    if record.rec_type == "response":
        status = headers.get_statuscode() or "?"
        if not status.startswith("2"):
            return Skipped(origin, f"HTTP {status}")
    mime, charset = _content_type(headers.get_header("Content-Type"))
    if mime not in HTML_TYPES:
        return Skipped(origin, mime or "no content type")
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return too_big(len(data), limit, origin)
    try:
        html = _decode(data, charset, limit)
    except NotText as exc:
        return InputError(str(exc), hint=exc.hint or WARC_HINT, origin=origin)
    return RawArticle(content=html, format="html", origin=origin, path=path,
                      url=record.rec_headers.get_header("WARC-Target-URI"),
                      crawled=record.rec_headers.get_header("WARC-Date"))


def _content_type(value: str | None) -> tuple[str, str | None]:
    """'text/html; charset=UTF-8' -> ('text/html', 'UTF-8')."""
    mime, *params = (value or "").split(";")
    charset = next((p.split("=", 1)[1].strip(" \"'") for p in params
                    if p.strip().lower().startswith("charset=")), None)
    return mime.strip().lower(), charset or None


def _decode(data: bytes, charset: str | None, limit: int) -> str:
    """The charset the server declared, when the bytes hold to it; else the usual guess."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return to_text(data, limit)
