"""``newsgraph dyads``, ``export`` and ``load``: the store as data for other tools. Thin:
options in, ``Store`` queries and ``newsgraph.export`` writers, rows or files out."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import click

from newsgraph.cli import _open_store, _settings, date_range_options, db_option
from newsgraph.cli.events import TYPES
from newsgraph.cli.output import emit, output_options
from newsgraph.errors import InputError
from newsgraph.export import FORMATS
from newsgraph.records import EVENT_STATUSES, PERIODS


@click.command()
@click.argument("a", required=False)
@click.argument("b", required=False)
@db_option
@click.option("--by", type=click.Choice(PERIODS), default="month", show_default=True,
              help="The period events are counted by.")
@click.option("--type", "type_", default=None, type=click.Choice(TYPES, case_sensitive=False),
              help="Only events of this PLOVER type.")
@date_range_options
@click.option("--codes", is_flag=True,
              help="Count by actor code (country and sector at each event's date) instead "
                   "of by actor; A and B may then be codes: 'SYR GOV', 'RUS', 'MIL'.")
@output_options
def dyads(a, b, db, by, type_, from_, to, codes, fmt) -> None:
    """Count reported events per source, target, PLOVER type and period: all of them, those
    of actor A (as source or target), or those between A and B (both ways)."""
    with _open_store(_settings(db)) as store:
        table = store.dyads(a, b, by=by, type=type_, from_=from_, to=to, codes=codes)
    rows = [r.to_dict() for r in table.rows]
    if fmt is None:
        rows = [{**r, "period": r["period"] or "undated", "source": r["source"] or "-",
                 "target": r["target"] or "-"} for r in rows]
    columns = ["period", "source", "target", "type", "events"]
    if not codes:
        columns[2:2] = ["source_code"]
        columns[4:4] = ["target_code"]
    emit(rows, fmt, columns)
    if table.unpaired:
        click.echo(f"{table.unpaired} reported event(s) named neither who acted nor on whom, "
                   "and are not counted", err=True)



@click.command(name="export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(FORMATS)))
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file (default: standard output).")
@click.option("--actor", default=None, help="Only what this actor took part in, said or is "
                                            "named in (a name or an id).")
@date_range_options
@click.option("--status", default="reported", show_default=True,
              type=click.Choice((*EVENT_STATUSES, "all"), case_sensitive=False),
              help="Only events of this status.")
def export_command(fmt, db, output, actor, from_, to, status) -> None:
    """Export the store (or what --actor, --from and --to select) as FORMAT: events-csv,
    events-jsonl, graphml, gexf, ftm (FollowTheMoney) or jsonl (every table, for
    `newsgraph load`). Each row, edge or entity names the articles and spans behind it."""
    from newsgraph.export import Scope, export, writer

    writer(fmt)  # a missing optional package is said before anything is written
    scope = Scope(actor=actor, from_=from_, to=to, status=status)
    with _open_store(_settings(db)) as store, _target(output) as out:
        summary = export(store, fmt, out, scope)
    counts = ", ".join(f"{n} {what}" for what, n in summary.counts.items()) or "nothing"
    click.echo(f"exported {counts} as {fmt}" + (f" to {output}" if output else ""), err=True)
    for problem in summary.problems:
        click.echo(f"  left out: {problem}", err=True)
    if summary.problems:
        sys.exit(1)


@contextmanager
def _target(path: str | None) -> Iterator[BinaryIO]:
    """Standard output, or a file written whole or not at all (a failed export leaves no
    half file, and an old one in place)."""
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    folder = Path(path).resolve().parent
    try:
        handle = tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".newsgraph-", delete=False)
    except OSError as exc:
        raise InputError(f"cannot write to {path}: {exc.strerror}",
                         hint="choose a file in a folder you can write to", origin=path) from exc
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)


@click.command()
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@db_option
def load(dump, db) -> None:
    """Rebuild a store from DUMP, written by `newsgraph export jsonl` (- for stdin), into an
    empty database (--db)."""
    from newsgraph.export.dump import load as load_dump

    with _open_store(_settings(db)) as store:
        if dump == "-":
            done = load_dump(store, sys.stdin.buffer, "-")
        else:
            with open(dump, "rb") as stream:
                done = load_dump(store, stream, dump)
    rows = ", ".join(f"{n} {table}" for table, n in done.items() if n)
    click.echo(f"loaded {rows or 'nothing'}", err=True)


COMMANDS = (dyads, export_command, load)
