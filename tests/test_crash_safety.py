"""Crash safety: an ingest killed with SIGKILL in the middle of a batch loses nothing it
had stored, and a second ingest completes the store without storing anything twice.

The store commits one transaction per article in WAL mode, so the kill may land anywhere:
after it SQLite's integrity check passes, and the resumed store equals a store built by
one uninterrupted ingest of the same files, table by table."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store

pytestmark = pytest.mark.slow

PEOPLE = ["Anne Larsen", "Ola Hansen", "Kari Nordmann", "Per Olsen", "Ingrid Berg",
          "Lars Dahl", "Sofie Lie", "Erik Moe", "Nina Bakke", "Jon Strand"]
CITIES = ["Bergen", "Oslo", "Tromso", "Stavanger", "Trondheim", "Bodo"]
ARTICLES = 30  # two batches of 16: the kill lands in the first
TABLES = ("articles", "actors", "actor_names", "article_entities", "mentions", "roles",
          "quotes", "date_mentions", "events", "event_sources", "_errors")
NEWSGRAPH = Path(sys.executable).with_name("newsgraph")


def _story(i: int) -> str:
    who, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 3) % len(PEOPLE)]
    city = CITIES[i % len(CITIES)]
    return (f"Talks number {i} in {city}\n\n{who}, the mayor of {city}, met {other} on "
            f"Monday to discuss the harbour, story {i}. \"We agreed on a plan,\" {who} said. "
            f"{other} visited {CITIES[(i + 1) % len(CITIES)]} the next day.\n")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"{i:03d}.txt").write_text(_story(i), encoding="utf-8")
    return folder


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def _run(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(NEWSGRAPH), "ingest", str(corpus), "--db", str(db),
                             "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _kill_mid_batch(corpus: Path, db: Path) -> None:
    process = _run(corpus, db)
    deadline = time.monotonic() + 120
    while _count(db) < 2:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def _snapshot(db: Path) -> dict[str, list]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in TABLES}


def _without_times(snapshot: dict[str, list]) -> dict[str, list]:
    """Rows without the columns that hold when they were written."""
    return {t: sorted(([v for v in row if not _looks_like_time(v)] for row in rows), key=repr)
            for t, rows in snapshot.items()}


def _looks_like_time(value) -> bool:
    return isinstance(value, str) and len(value) == 25 and value[10] == "T"


def test_a_killed_ingest_loses_nothing_and_a_rerun_stores_nothing_twice(corpus, tmp_path,
                                                                        nlp):
    db = tmp_path / "killed.db"
    _kill_mid_batch(corpus, db)
    before = _snapshot(db)
    stored = len(before["articles"])
    assert 2 <= stored < ARTICLES

    rerun = _run(corpus, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert (f"stored {ARTICLES - stored}, skipped {stored} as duplicate, failed 0"
            in err.decode())
    after = _snapshot(db)
    assert set(before["articles"]) <= set(after["articles"])  # nothing stored is lost

    reference = tmp_path / "reference.db"
    settings = Settings(db_path=reference)
    with Store.open(reference, settings) as store:
        ingest([str(corpus)], store, settings, nlp)
    expected = _snapshot(reference)
    assert len(after["articles"]) == ARTICLES
    assert _without_times(after) == _without_times(expected)  # nor anything twice
