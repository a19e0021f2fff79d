"""How listings leave the CLI: a table for people, or --json / --nl / --csv for programs.

Every listing command takes the same options through ``output_options``; field names are
those of the records' ``to_dict()``. Data goes to stdout, everything else to stderr.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

FORMATS = ("table", "json", "nl", "csv")


def output_options(command: Callable) -> Callable:
    """Add --json / --nl / --csv to a listing command (passed on as ``fmt``)."""
    options = [
        click.option("--json", "fmt", flag_value="json", help="Output a JSON array."),
        click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON."),
        click.option("--csv", "fmt", flag_value="csv", help="Output CSV with a header row."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int = 60) -> str:
    cells = [[_cell(r.get(c))[:width] for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def emit(rows: Sequence[dict[str, Any]], fmt: str | None, columns: Sequence[str]) -> None:
    """Write ``rows`` to stdout in ``fmt``; ``columns`` are the table's (all keys elsewhere)."""
    out = sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "nl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        keys = list(rows[0].keys()) if rows else list(columns)
        writer = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: _cell(r.get(k)) for k in keys} for r in rows)
    elif rows:
        click.echo(_table(rows, columns))
    else:
        click.echo("(nothing found)", err=True)


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
