"""Every row of every table as plain records, and a store rebuilt from them.

A dump opens with a header naming its format, the migrations of the store it came from and
its row counts; then one record per row, ``{"table": ..., "row": {column: value}}``, each
table after the ones it refers to, rows in the order they were stored. Restoring inserts
them as they are (the full-text indexes fill themselves) into an empty store whose schema
holds every migration of the dump.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.errors import InputError
from newsgraph.store import analyst_queries as q
from newsgraph.store.migrations import applied

KIND = "newsgraph.dump/1"


def columns(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    return tuple(r[0] for r in conn.execute(q.TABLE_COLUMNS, {"table": table}))


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(q.count_rows(t)).fetchone()[0] for t in q.DUMP_TABLES}


def dump(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """The header, then every row of every table."""
    yield {"kind": KIND, "migrations": sorted(applied(conn)), "tables": counts(conn)}
    for table in q.DUMP_TABLES:
        names = columns(conn, table)
        for row in conn.execute(q.dump_rows(table)):
            yield {"table": table, "row": dict(zip(names, row))}


def restore(conn: sqlite3.Connection, records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Insert a dump's rows into this (empty) store; returns the rows per table. Runs in
    the caller's transaction: a bad record leaves the store as it was."""
    records = iter(records)
    _check_header(conn, next(records, None))
    if any(counts(conn).values()):
        raise InputError("the store to load into is not empty",
                         hint="load a dump into a new database: --db NEW.db")
    known = {t: set(columns(conn, t)) for t in q.DUMP_TABLES}
    done = dict.fromkeys(q.DUMP_TABLES, 0)
    for number, record in enumerate(records, 2):
        table, row = _table_row(record, number)
        unknown = set(row) - known.get(table, set())
        if table not in known or unknown:
            raise InputError(f"record {number}: {table!r} " + (
                f"has no column {sorted(unknown)[0]!r}" if table in known else "is no table"),
                hint="the dump comes from another newsgraph; load it with that version")
        conn.execute(q.insert_row(table, tuple(row)), row)
        done[table] += 1
    return done


def _check_header(conn: sqlite3.Connection, header: Any) -> None:
    if not isinstance(header, dict) or header.get("kind") != KIND:
        raise InputError("this is not a newsgraph dump (its first line names no "
                         f"{KIND!r})", hint="make one with: newsgraph export jsonl -o FILE")
    missing = set(header.get("migrations") or ()) - applied(conn)
    if missing:
        raise InputError(f"the dump needs a newer schema ({', '.join(sorted(missing))})",
                         hint="load it with the newsgraph version that wrote it, or newer")


def _table_row(record: Any, number: int) -> tuple[str, dict[str, Any]]:
    if not (isinstance(record, dict) and isinstance(record.get("table"), str)
            and isinstance(record.get("row"), dict)):
        raise InputError(f"record {number} is not a row of the dump",
                         hint='each line after the first holds {"table": ..., "row": {...}}')
    return record["table"], record["row"]
