"""``jsonl``: every row of every table, one JSON object a line, and ``load``, which rebuilds
a store from it (``newsgraph load``).

The first line is a header (format, the store's migrations, its row counts); each other
line is ``{"table": ..., "row": {...}}``. Rows are the store's own, so their provenance is
theirs: every mention, role, quote and event report holds its article id and span.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsgraph.errors import InputError
from newsgraph.export import Scope, Summary, json_line
from newsgraph.store import Store


def write(store: Store, scope: Scope, out: BinaryIO, name: str) -> Summary:
    if not scope.whole:
        raise InputError("the jsonl dump holds the whole store, so that it rebuilds one",
                         hint="leave out --actor, --from and --to, or choose another format")
    summary = Summary(name)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
    try:
        for record in store.dump():
            text.write(json_line(record))
            table = record.get("table")
            if table:
                summary.counts[table] = summary.counts.get(table, 0) + 1
        text.flush()
    finally:
        text.detach()
    return summary


def records(stream: BinaryIO, origin: str) -> Iterator[dict[str, Any]]:
    """The records of a dump, line by line; a line that is not JSON is an InputError."""
    for number, line in enumerate(io.TextIOWrapper(stream, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number} is not valid JSON: {exc.msg}",
                             hint="a dump is written by: newsgraph export jsonl -o FILE",
                             origin=f"{origin}:{number}") from exc


def load(store: Store, stream: BinaryIO, origin: str) -> dict[str, int]:
    """Rebuild ``store`` (empty) from the dump in ``stream``; rows loaded per table. A bad
    dump loads nothing."""
    try:
        return store.restore(records(stream, origin))
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin} is not UTF-8 text: {exc.reason}",
                         hint="give the file newsgraph export jsonl wrote", origin=origin) from exc
