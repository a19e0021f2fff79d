"""read_paths / read_bytes / count_inputs: files, folders, stdin, and every bad input."""

from __future__ import annotations

import gzip
import importlib
import io
import json
import os
import sys
import types

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import count_inputs, read_bytes, read_paths
from newsgraph.records import RawArticle
from newsgraph.settings import Settings

STORY = "Harbour reopens\n\nThe mayor reopened the harbour on Monday.\n"


def one(items):
    (item,) = list(items)
    return item


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "b" / "c.txt").write_text(STORY, encoding="utf-8")
    (root / "b" / "deeper" / "d.html").write_text("<html><body><p>x</p></body></html>")
    (root / ".git" / "config").write_text("[core]")
    (root / ".hidden.txt").write_text(STORY)
    (root / "README.TXT").write_text("About this corpus: five folders of stories.")
    (root / "b" / "LICENSE").write_text("Research use only.")
    return root


def test_folders_are_walked_sorted_without_hidden_files_or_corpus_docs(folder):
    items = list(read_paths([str(folder)], Settings()))
    names = [os.path.relpath(i.origin, folder) for i in items]
    assert names == ["a.txt", os.path.join("b", "c.txt"), os.path.join("b", "deeper", "d.html")]
    assert [i.format for i in items] == ["text", "text", "html"]
    assert items[0].path == items[0].origin
    assert count_inputs([str(folder)]) == 3


def test_a_corpus_doc_named_explicitly_is_still_read(folder):
    (item,) = read_paths([str(folder / "README.TXT")], Settings())
    assert isinstance(item, RawArticle)


def test_count_inputs_counts_stdin_and_named_files(folder):
    assert count_inputs(["-", str(folder / "a.txt"), str(folder)]) == 5


def test_a_missing_path_is_an_error_and_the_batch_goes_on(folder):
    items = list(read_paths([str(folder / "nope.txt"), str(folder / "a.txt")], Settings()))
    assert isinstance(items[0], InputError) and "no such file" in items[0].message
    assert isinstance(items[1], RawArticle)


def test_stdin_is_read_as_one_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(STORY.encode())))
    item = one(read_paths(["-"], Settings()))
    assert (item.origin, item.path, item.content) == ("-", None, STORY)


def test_stdin_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(b"x" * 500)))
    error = one(read_paths(["-"], Settings(max_file_bytes=100)))
    assert isinstance(error, InputError) and "over the 100-byte limit" in error.message


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(52_428_800)  # sparse: no 50 MB written
    monkeypatch.setattr("builtins.open", pytest.fail)  # reading it would be a bug
    error = one(read_paths([str(big)], Settings()))
    assert error.message == "file is 52,428,800 bytes, over the 20,000,000-byte limit"
    assert error.hint == "raise it with --max-bytes or split the file"
    assert error.origin == str(big)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "file is empty"),
        (b"  \n\t\n  ", "file is empty"),
        (b"\xef\xbb\xbf\n", "file is empty"),
        (b"%PDF-1.4\n%...", "file looks like a PDF document, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "file looks like a PNG image, not text"),
        (bytes(range(256)) * 4, "file looks like a binary file (it holds NUL bytes), not text"),
    ],
)
def test_unreadable_files_are_errors(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    error = one(read_paths([str(path)], Settings()))
    assert isinstance(error, InputError)
    assert (error.message, error.origin) == (message, str(path))


def test_a_latin1_file_decodes(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Chelsea paid a \u00a315.8m fee for the Romanian striker.".encode("latin-1"))
    assert "\u00a315.8m" in one(read_paths([str(path)], Settings())).content


def test_a_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    assert one(read_paths([str(path)], Settings())).content == STORY


def test_gzipped_html_is_read_as_its_inner_file(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>Not sniffable as HTML without the name</p>"))
    item = one(read_paths([str(path)], Settings()))
    assert (item.format, item.path) == ("html", str(path))


def test_a_gzip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 100_000))
    error = one(read_paths([str(path)], Settings(max_file_bytes=10_000)))
    assert "over the 10,000-byte limit once decompressed" in error.message


def test_broken_html_is_still_a_raw_article(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>unclosed <b>tags", encoding="utf-8")
    assert one(read_paths([str(path)], Settings())).format == "html"


def test_json_lines_errors_name_the_line(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"title": "T", "text": "Body."}) + "\n{not json\n", encoding="utf-8")
    good, bad = read_paths([str(path)], Settings())
    assert good.title == "T" and good.origin == f"{path}:1"
    assert bad.origin == f"{path}:2" and bad.message.startswith("line 2 is not valid JSON")


def test_feed_items_are_numbered(tmp_path):
    path = tmp_path / "news.xml"
    path.write_text("<rss><channel><item><title>A</title><description>One.</description></item>"
                    "<item><title>B</title><description>Two.</description></item></channel></rss>")
    assert [i.origin for i in read_paths([str(path)], Settings())] == [f"{path}#1", f"{path}#2"]


def test_read_bytes_sniffs_content_when_there_is_no_name():
    item = one(read_bytes(b'{"text": "From a pipe."}', origin="-"))
    assert (item.content, item.origin) == ("From a pipe.", "-")
    html = one(read_bytes(b"<!doctype html><html><body>x</body></html>", origin="<text>"))
    assert html.format == "html" and html.path is None


def test_a_readers_unexpected_failure_is_that_files_error(tmp_path, monkeypatch):
    ingest = importlib.import_module("newsgraph.ingest")  # newsgraph.ingest is also a function

    def broken(text, origin, path):
        yield RawArticle(content="First.", format="text", origin=origin + "#1", path=path)
        raise RuntimeError("reader bug")

    monkeypatch.setattr(ingest, "read_json", broken)
    (tmp_path / "a.json").write_text('{"text": "A"}')
    (tmp_path / "b.txt").write_text(STORY)
    first, error, other = read_paths([str(tmp_path)], Settings())
    assert first.content == "First."
    assert isinstance(error, InputError) and error.origin == str(tmp_path / "a.json")
    assert error.message == "file could not be read (RuntimeError: reader bug)"
    assert "bug" in error.hint and other.content == STORY
