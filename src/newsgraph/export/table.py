"""``events-csv`` and ``events-jsonl``: one flat row per event.

The columns, in order, are ``COLUMNS`` (documented in docs/export.md). Those that
``newsgraph events --json`` also prints have the same names and values there (``actors``
are PLOVER's source, ``targets`` its target); lists are JSON arrays in JSON Lines and
``"; "``-joined in CSV, where a missing value in a list is left empty.
"""

from __future__ import annotations

import csv
import io
from typing import Any, BinaryIO

from newsgraph.export import Scope, Summary, json_line
from newsgraph.gazetteer import alpha3
from newsgraph.resolve.codes import ActorCode
from newsgraph.store import Store
from newsgraph.store.results import ExportEvent

COLUMNS = (
    ("id", "the event's id in this store (`newsgraph event ID`)"),
    ("date", "when it happened: an ISO value of the precision the text gives (2022-12-28, "
             "2025-W42, 2025-10, 2024), empty when the text gives none"),
    ("earliest", "the first day the date covers (ISO)"),
    ("latest", "the last day the date covers (ISO)"),
    ("date_source", "how the date was found: sentence, attributive or context"),
    ("type", "the PLOVER event type: CONSULT, ACCUSE, ASSAULT, ..."),
    ("kind", "a finer label: meeting, visit, phone_call, airstrike, ..."),
    ("status", "reported, planned, hypothetical or negated"),
    ("actors", "names of who acted (PLOVER's source)"),
    ("actor_ids", "their actor ids (`newsgraph show ID`)"),
    ("actor_codes", "their actor codes (country and sector) at the event's date"),
    ("targets", "names of who was acted on or addressed (PLOVER's target)"),
    ("target_ids", "their actor ids"),
    ("target_codes", "their actor codes at the event's date"),
    ("participants", "names of every actor taking part, actors and targets included"),
    ("participant_ids", "their actor ids"),
    ("location", "where it happened: the place's name"),
    ("location_id", "the place's actor id, when it is one"),
    ("lat", "the place's latitude, when the gazetteer knows it"),
    ("lon", "the place's longitude"),
    ("country", "the place's country (ISO 3166 alpha-3)"),
    ("sources", "how many articles report it"),
    ("families", "how many independent stories report it (syndicated copies are one)"),
    ("title", "the title of the first article that reported it"),
    ("url", "the address of that article"),
    ("article_id", "that article's id"),
    ("published", "that article's publication date"),
    ("article_ids", "every article that reports it"),
    ("spans", "where each report states it: article_id:start-end of its trigger words"),
)
NAMES = tuple(name for name, _ in COLUMNS)


def event_codes(store: Store, events: list[ExportEvent]) -> dict[tuple[int, int], ActorCode]:
    """The code of each (event, actor) at the event's date (undated: as first reported)."""
    histories = store.code_histories({a.id for e in events for a in e.actors})
    found = {}
    for e in events:
        day = e.date or min((r.published for r in e.reports if r.published), default=None)
        for a in e.actors:
            code = histories[a.id].at(day) if a.id in histories else None
            if code is not None:
                found[(e.id, a.id)] = code
    return found


def row(event: ExportEvent, codes: dict[tuple[int, int], ActorCode]) -> dict[str, Any]:
    """The flat row of one event."""
    first = event.reports[0] if event.reports else None
    kb = event.location_kb or {}

    def code_list(role: str) -> list[str | None]:
        return [c.code if (c := codes.get((event.id, i))) else None for i in event.ids(role)]

    return {
        "id": event.id, "date": event.date, "earliest": event.earliest, "latest": event.latest,
        "date_source": event.date_source, "type": event.type, "kind": event.kind,
        "status": event.status,
        "actors": list(event.names("actor")), "actor_ids": list(event.ids("actor")),
        "actor_codes": code_list("actor"),
        "targets": list(event.names("target")), "target_ids": list(event.ids("target")),
        "target_codes": code_list("target"),
        "participants": list(event.names("participant")),
        "participant_ids": list(event.ids("participant")),
        "location": event.location, "location_id": event.location_id,
        "lat": kb.get("lat"), "lon": kb.get("lon"), "country": alpha3(kb.get("country_code")),
        "sources": event.sources, "families": event.families,
        "title": first.title if first else None, "url": first.url if first else None,
        "article_id": first.article_id if first else None,
        "published": first.published if first else None,
        "article_ids": list(dict.fromkeys(r.article_id for r in event.reports)),
        "spans": [f"{r.article_id}:{r.start}-{r.end}" for r in event.reports],
    }


def rows(store: Store, scope: Scope) -> list[dict[str, Any]]:
    events = store.export_events(scope.actor, scope.from_, scope.to, scope.status)
    codes = event_codes(store, events)
    return [row(e, codes) for e in events]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def write(store: Store, scope: Scope, out: BinaryIO, name: str) -> Summary:
    found = rows(store, scope)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        if name == "events-csv":
            table = csv.DictWriter(text, fieldnames=NAMES)
            table.writeheader()
            table.writerows({k: _cell(v) for k, v in r.items()} for r in found)
        else:
            for r in found:
                text.write(json_line(r))
        text.flush()
    finally:
        text.detach()
    return Summary(name, {"events": len(found)})
