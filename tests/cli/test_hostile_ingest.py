"""The promise of `newsgraph ingest`, shown on a folder mixing good files with each class of
hostile input: every good article is stored, each bad file is reported once with a message
and a hint, no traceback is printed, and the exit status is 1."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

pytestmark = pytest.mark.slow

STORY = ("The mayor of Bergen, Anne Larsen, reopened the harbour on Monday after repairs. "
         "She said the works had cost two million kroner.")
LIMIT = 200_000  # --max-bytes of the run: the decompression limit is fuzzed with it

# name -> content: files that hold good articles (one each, the JSON Lines file two).
GOOD = {
    "good.txt": f"Harbour reopens\n\n{STORY}\n",
    "good.jsonl": "\n".join(json.dumps({"title": t, "text": f"{t}. {STORY}"})
                            for t in ("First record", "Second record")),
    "good.csv": 'title,text\nRow story,"' + STORY + '"\n',
    "good.rss": ("<rss><channel><title>Wire</title><item><title>Feed story</title>"
                 f"<description>{STORY}</description></item></channel></rss>"),
    # Hostile markup that still holds an article: deep nesting and a huge attribute.
    "deep_and_wide.html": ("<html><body>" + '<div title="' + "x" * 100_000 + '">'
                           + "<div>" * 3000 + f"<p>{STORY}</p>" + "</div>" * 3001
                           + "</body></html>"),
    # Mixed encodings (UTF-8 then cp1252) and a few control characters.
    "mixed.txt": (f"Mixed bytes\n\n{STORY} Caf\u00e9 ".encode("utf-8")
                  + "na\u00efve cr\u00e8me \x07\x1b.".encode("cp1252")),
    # One enormous line.
    "one_line.txt": " ".join([STORY] * 150),
}
GOOD_ARTICLES = 8

# name -> content, and what its one error must say.
BAD = {
    "deep.json": ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
    "deep.jsonl": ('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
    "digits.json": ('{"text": "x", "n": ' + "7" * 5000 + "}", "more than 4,300 digits"),
    "broken.csv": ('title,text\nA,"' + STORY + "\n", "not valid CSV"),
    "no_text.csv": ("title,summary\nA,B\n", "no column holds the article text"),
    "laughs.xml": ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                   '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item>'
                   "<description>&b;</description></item></channel></rss>",
                   "declares XML entities"),
    "deep.rss": ("<rss><channel><item><description>" + "<x>" * 5000 + "</description>"
                 "</item></channel></rss>", "nested more than 256 levels"),
    "bomb.txt.gz": (gzip.compress(b"word " * 100_000), "once decompressed"),
    "truncated.txt.gz": (gzip.compress(STORY.encode() * 40)[:50], "not a readable gzip"),
    "control.txt": ("\x1b[31m\x07\x08" * 2000, "control characters"),
}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "mixed"
    root.mkdir()
    for name, content in GOOD.items():
        _write(root / name, content)
    for name, (content, _) in BAD.items():
        _write(root / name, content)
    return root


def _write(path, content) -> None:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)


def test_a_mixed_folder_stores_every_good_article_and_reports_each_bad_file_once(
        folder, tmp_path):
    db = tmp_path / "store.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db),
                                      "--max-bytes", str(LIMIT)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, RuntimeError)
    assert f"stored {GOOD_ARTICLES}, skipped 0 as duplicate, failed {len(BAD)}" in result.stderr
    lines = result.stderr.splitlines()
    for name, (_, message) in BAD.items():
        failures = [i for i, line in enumerate(lines) if line.startswith("  failed: ")
                    and re.search(f"/{re.escape(name)}[:#]", line)]
        assert len(failures) == 1, (name, result.stderr)
        assert message in lines[failures[0]], lines[failures[0]]
        assert lines[failures[0] + 1].startswith("    hint: "), name
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT count(*) FROM articles").fetchone()
        paths = {p for (p,) in conn.execute("SELECT path FROM articles")}
        (errors,) = conn.execute("SELECT count(*) FROM _errors").fetchone()
    assert stored == GOOD_ARTICLES and errors == len(BAD)
    assert {p.rsplit("/", 1)[-1] for p in paths} == set(GOOD)
