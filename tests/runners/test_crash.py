"""Crash safety with workers: a kill -9 of `newsgraph ingest --workers 2` loses at most the
articles in flight, its workers exit with it, and ingesting again stores the rest, nothing
twice: the store ends up as one uninterrupted one-process ingest leaves it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest

from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store

pytestmark = pytest.mark.slow

TEMPLATE = """Mayor opens bridge number {n}

The mayor of Riverton, Ana Lopes, opened bridge number {n} on Monday, {n} days after
work began. "This bridge links two neighbourhoods," Lopes said, thanking the engineers.
"""
RUN = "from newsgraph.cli import main; main()"
TOTAL = 96  # enough that a loaded machine still kills the ingest half way


def _stored(db, mode: str = "ro") -> int:
    """Articles in the store; read-only while the ingest runs. After the kill, read with
    "rw": a read-only connection may miss the last commit, whose frames are in the WAL but
    not yet in its index (the first read-write connection rebuilds the index from the WAL)."""
    try:
        with sqlite3.connect(f"file:{db}?mode={mode}", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_kill_9_loses_only_what_was_in_flight(tmp_path, nlp, store_content):
    corpus = tmp_path / "bridges"
    corpus.mkdir()
    for n in range(1, TOTAL + 1):
        (corpus / f"{n:03d}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")
    db = tmp_path / "killed.db"
    run = subprocess.Popen([sys.executable, "-c", RUN, "ingest", str(corpus), "--db", str(db),
                            "--workers", "2", "--no-progress"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while _stored(db) < 16 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = psutil.Process(run.pid).children(recursive=True)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    finally:
        if run.poll() is None:
            run.kill()
    before = _stored(db, "rw")
    assert 16 <= before < TOTAL, "the ingest was not caught in the middle"
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "workers outlived the ingest"

    settings = Settings(db_path=db)
    with Store.open(db, settings) as store:
        again = ingest([str(corpus)], store, settings, nlp)
    assert len(again.stored) == TOTAL - before and len(again.duplicates) == before
    with Store.open(tmp_path / "whole.db", settings) as store:
        ingest([str(corpus)], store, settings, nlp)
    assert store_content(db) == store_content(tmp_path / "whole.db")
