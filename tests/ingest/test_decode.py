"""Bytes to text: binary refusal, gzip, encodings."""

from __future__ import annotations

import gzip

import pytest

from newsgraph.ingest.decode import (
    NotText, binary_kind, decode, gunzip, is_gzip, scrub, to_text,
)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or an Office document)"),
        (b"\x7fELF\x02\x01\x01\x00", "an ELF executable"),
        (b"some text\x00\x01\x02 then more", "a binary file (it holds NUL bytes)"),
    ],
)
def test_binary_files_are_named_by_what_they_look_like(data, kind):
    assert binary_kind(data) == kind


@pytest.mark.parametrize(
    "data",
    [
        b"Plain text, nothing odd.",
        b"",
        "UTF-16 with a byte-order mark".encode("utf-16"),
        "UTF-16 without a byte-order mark".encode("utf-16-le"),
        "UTF-16 big-endian without a mark".encode("utf-16-be"),
        "PDF is mentioned but the file is text".encode(),
    ],
)
def test_text_is_not_binary(data):
    assert binary_kind(data) is None


@pytest.mark.parametrize(
    "data, text",
    [
        (b"Plain ASCII.", "Plain ASCII."),
        ("Curly \u201cquotes\u201d and caf\u00e9".encode("utf-8"), "Curly \u201cquotes\u201d and caf\u00e9"),
        (b"\xef\xbb\xbfText after a BOM", "Text after a BOM"),
        ("The \u00a315.8m fee, caf\u00e9 cr\u00e8me.".encode("latin-1"),
         "The \u00a315.8m fee, caf\u00e9 cr\u00e8me."),
        ("\u201cSmart\u201d quotes \u2013 and a dash".encode("cp1252"),
         "\u201cSmart\u201d quotes \u2013 and a dash"),
        ("Z\u00fcrich stra\u00dfe".encode("latin-1"), "Z\u00fcrich stra\u00dfe"),
        ("UTF-16 text".encode("utf-16"), "UTF-16 text"),
        ("UTF-16 text".encode("utf-16-le"), "UTF-16 text"),
        ("\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440, \u043a\u0430\u043a "
         "\u0434\u0435\u043b\u0430 \u0443 \u0432\u0430\u0441".encode("cp1251"),
         "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440, \u043a\u0430\u043a "
         "\u0434\u0435\u043b\u0430 \u0443 \u0432\u0430\u0441"),
    ],
)
def test_decode_finds_the_encoding(data, text):
    assert decode(data) == text


def test_control_character_junk_is_not_text():
    with pytest.raises(NotText):
        decode(bytes(range(1, 9)) * 200)


def test_gunzip_reads_the_inner_file():
    packed = gzip.compress(b"<html><body><p>Hi</p></body></html>")
    assert is_gzip(packed)
    assert gunzip(packed, limit=1000).startswith(b"<html>")


def test_gunzip_stops_one_byte_past_the_limit():
    assert len(gunzip(gzip.compress(b"a" * 10_000), limit=100)) == 101


def test_a_broken_gzip_file_is_not_text():
    with pytest.raises(NotText, match="gzip"):
        gunzip(b"\x1f\x8b\x08\x00broken", limit=100)


def test_a_text_full_of_control_characters_says_so():
    with pytest.raises(NotText, match="not plain text: .* control characters") as caught:
        to_text(("\x1b[31mred\x1b[0m \x07" * 300).encode(), limit=100_000)
    assert caught.value.hint


def test_a_few_control_characters_are_removed_and_white_space_kept():
    story = b" More words." * 30  # under 1% of control characters: not junk
    text = to_text(b"Line one\x07\x1b.\r\n\tTab, form\x0cfeed\x7f" + story, limit=1000)
    assert text == "Line one.\r\n\tTab, form\x0cfeed" + story.decode()


def test_scrub_drops_lone_surrogates_and_c1_controls():
    assert scrub("a\ud800b\x85c\x9fd\u00e9") == "abcd\u00e9"


def test_a_truncated_gzip_file_says_what_to_do():
    packed = gzip.compress(b"The mayor spoke. " * 100)
    with pytest.raises(NotText, match="gzip") as caught:
        to_text(packed[: len(packed) // 2], limit=100_000)
    assert "truncated" in caught.value.hint
