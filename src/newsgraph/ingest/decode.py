"""Bytes to text: refuse binary files, gunzip, and find the encoding.

Order of trust: a byte-order mark, then strict UTF-8, then cp1252 when the text looks
Western, then charset-normalizer, then cp1252 again. charset-normalizer alone guesses badly
on English text with a handful of accented bytes (it reads a latin-1 "£" as cp932 or
cp1250), so Western single-byte text is decided before it is asked.

Text full of control characters is refused; the few a scraper leaves (a stray ESC, a
BEL, a NUL in a JSON string) are removed by ``scrub``, as are lone surrogates, so that no
later stage, nor SQLite's UTF-8, meets them.
"""

from __future__ import annotations

import gzip
import io
import re
import unicodedata
import zlib

import charset_normalizer

from newsgraph.ingest.files import SIZE_HINT

SNIFF_BYTES = 8192
STRAY_CONTROLS = 8  # this many control characters are never enough to refuse a text

# Leading bytes of common non-text formats, and what to call them in a message.
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
)
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
GZIP_MAGIC = b"\x1f\x8b"
GZIP_HINT = "the archive is truncated or damaged: copy or compress the original again"
CONTROL_HINT = "this looks like a terminal capture or a binary file; save the article as text"
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
# C0 and C1 control characters but tab, line feed, vertical tab, form feed and carriage
# return; DEL; and UTF-16 surrogates, which only a lone "\ud800" escape in JSON can give.
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class NotText(ValueError):
    """The bytes are not text newsgraph can read; the message says what they look like."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


def to_text(data: bytes, limit: int) -> str:
    """The text of a file's bytes, gunzipped when they are gzip; raises NotText."""
    if is_gzip(data):
        data = gunzip(data, limit)
        if len(data) > limit:
            raise NotText(f"file is over the {limit:,}-byte limit once decompressed",
                          hint=SIZE_HINT)
    kind = binary_kind(data)
    if kind:
        raise NotText(f"file looks like {kind}, not text")
    return scrub(decode(data))


def scrub(text: str) -> str:
    """``text`` without control characters (white space kept) and lone surrogates."""
    return _UNWANTED.sub("", text) if _UNWANTED.search(text) else text


def is_gzip(data: bytes) -> bool:
    return data[:2] == GZIP_MAGIC


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress at most ``limit + 1`` bytes, so a gzip bomb is refused, not inflated."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise NotText(f"file is not a readable gzip file ({exc})", hint=GZIP_HINT) from None


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ("a PDF document"), or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not _bom_encoding(head) and not _utf16_without_bom(head):
        return "a binary file (it holds NUL bytes)"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'-be' when NULs fill every other byte, as in ASCII-range UTF-16."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """The text of ``data``; raises NotText for bytes that do not decode to text."""
    text = _decode(data)
    if text is None:
        raise NotText("file does not decode as text in any known encoding")
    controls = _controls(text)
    if controls:
        raise NotText(f"file is not plain text: {controls}", hint=CONTROL_HINT)
    return text


def _decode(data: bytes) -> str | None:
    encoding = _bom_encoding(data) or _utf16_without_bom(data[:SNIFF_BYTES])
    if encoding:
        return _try(data, encoding)
    text = _try(data, "utf-8")
    if text is not None:
        return text
    if _looks_western(data):
        text = _try(data, "cp1252")
        if text is not None:
            return text
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return _try(data, "cp1252")


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_western(data: bytes) -> bool:
    """True when non-ASCII bytes stand alone or in pairs between ASCII letters, as the
    accented letters and curly quotes of Western text do. Cyrillic, Greek or Arabic code
    pages and multi-byte encodings write whole words in high bytes instead."""
    runs = _HIGH_RUN.findall(data)
    high = sum(len(r) for r in runs)
    long = sum(len(r) for r in runs if len(r) >= 3)
    return long <= 0.1 * high


def _controls(text: str) -> str | None:
    """What is wrong when over 1% of the first characters (and more than a few) are control
    characters or replacement marks (a wrong guess of the encoding leaves those), else None.
    A few stray ones, in a short text too, are left to ``scrub``."""
    sample = text[:SNIFF_BYTES * 4]
    bad = sum(1 for c in sample if c == "\ufffd" or _is_control(c))
    if bad <= max(0.01 * len(sample), STRAY_CONTROLS):
        return None
    return f"{bad:,} of its first {len(sample):,} characters are control characters " \
           "or undecodable bytes"


def _is_control(c: str) -> bool:
    return c not in "\t\n\r\f\v" and unicodedata.category(c) == "Cc"
