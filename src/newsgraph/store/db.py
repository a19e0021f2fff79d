"""Connection-level helpers shared by the store and its migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from newsgraph.store import queries as q


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: commit when the block ends, roll back when it raises.

    ``BEGIN IMMEDIATE`` takes the write lock at the start, so two writers queue (up to the
    busy timeout) instead of failing half-way when one upgrades a read to a write.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def configure(conn: sqlite3.Connection) -> None:
    """Busy timeout, WAL (readers never block the writer) and enforced foreign keys."""
    for pragma in q.PRAGMAS:
        conn.execute(pragma).fetchall()
