"""``newsgraph events``, ``event`` and ``timeline``: what happened, who reported it, and an
actor's story in date order. Thin: options in, ``Store`` queries, rows out."""

from __future__ import annotations

from typing import Any

import click

from newsgraph.cli import _open_store, _settings, date_range_options, db_option
from newsgraph.cli.output import emit, emit_json, output_options
from newsgraph.records import EVENT_STATUSES

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
         "ASSAULT", "CRIME", "OTHER")


@click.command()
@db_option
@click.option("--actor", default=None, help="Only events this actor took part in (name or id).")
@click.option("--with", "with_", default=None, help="... and this actor too (name or id).")
@click.option("--type", "type_", default=None, type=click.Choice(TYPES, case_sensitive=False),
              help="Only events of this PLOVER type.")
@click.option("--status", default="reported", show_default=True,
              type=click.Choice((*EVENT_STATUSES, "all"), case_sensitive=False),
              help="Only events of this status: what happened (reported), what is planned, "
                   "hypothetical or negated, or all.")
@date_range_options
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
@output_options
def events(db, actor, with_, type_, status, from_, to, limit, offset, fmt) -> None:
    """List events, each once however many outlets reported it, newest first."""
    with _open_store(_settings(db)) as store:
        rows = store.events(actor=actor, with_=with_, type=type_, from_=from_, to=to,
                            status=status, limit=limit, offset=offset)
        rows = [r.to_dict() for r in rows]
    columns = ["id", "date", "type", "kind", "actors", "targets", "participants", "location",
               "sources", "families", "title"]
    if status == "all":
        columns.insert(3, "status")
    emit(rows, fmt, columns)


@click.command()
@click.argument("event_id")
@db_option
@output_options
def event(event_id, db, fmt) -> None:
    """Show event EVENT_ID with its actors and every source (--csv/--nl: one row a source)."""
    with _open_store(_settings(db)) as store:
        detail = store.event(event_id).to_dict()
    if fmt == "json":
        emit_json(detail)
    elif fmt in ("nl", "csv"):
        emit([_source_row(detail, s) for s in detail["sources"]], fmt, [])
    else:
        _render_event(detail)


def _source_row(detail: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    head = {k: detail[k] for k in ("id", "type", "kind", "date", "location")}
    return {"event_id": head.pop("id"), **{f"event_{k}": v for k, v in head.items()},
            **source}


def _render_event(d: dict[str, Any]) -> None:
    when = d["date"] or "date unknown"
    how = f" ({d['date_source']})" if d["date_source"] else ""
    status = "" if d["status"] == "reported" else f"  [{d['status']}]"
    click.echo(f"Event {d['id']}: {d['type']} {d['kind'] or ''}  {when}{how}"
               + (f"  in {d['location']}" if d["location"] else "") + status)
    for actor in d["actors"]:
        click.echo(f"  {actor['role']:<11} {actor['name']}  (actor {actor['id']})")
    families = len({s["family"] for s in d["sources"]})
    click.echo(f"\n{len(d['sources'])} sources, {families} independent")
    for s in d["sources"]:
        click.echo(f"  {s['published'] or '?':<10} {s['outlet'] or ''}  {s['title'] or ''}"
                   f"  [{s['article_id']}]")
        claim = "; a quoted claim" if s.get("quote_id") else ""
        click.echo(f"    \u201c{s['sentence']}\u201d  (trigger: {s['trigger']}{claim})")


@click.command()
@click.argument("actor")
@click.argument("other", required=False)
@db_option
@date_range_options
@output_options
def timeline(actor, other, db, from_, to, fmt) -> None:
    """Events involving ACTOR (with OTHER), and their statements, oldest first."""
    with _open_store(_settings(db)) as store:
        rows = [e.to_dict() for e in store.timeline(actor, other, from_=from_, to=to)]
    if fmt is None:
        rows = [{**r, "sources": [s["outlet"] or s["title"] or s["id"] for s in r["sources"]]}
                for r in rows]
    emit(rows, fmt, ["date", "what", "type", "label", "actors", "text", "sources"])


COMMANDS = (events, event, timeline)
