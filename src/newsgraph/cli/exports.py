"""``newsgraph dyads``, ``export`` and ``load``: the store as data for other tools. Thin:
options in, ``Store`` queries and ``newsgraph.export`` writers, rows or files out."""

from __future__ import annotations

import click

from newsgraph.cli import _open_store, _settings, date_range_options, db_option
from newsgraph.cli.events import TYPES
from newsgraph.cli.output import emit, output_options
from newsgraph.records import EVENT_STATUSES
from newsgraph.store.dyads import PERIODS


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


COMMANDS = (dyads,)
