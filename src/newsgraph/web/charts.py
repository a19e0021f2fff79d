"""The data behind the charts: timeline marks, the network of actors, and places on a map.

Each chart is readable without JavaScript (the template lists the same data, and the map
is plain SVG drawn here); ``static/timeline.js`` and ``static/network.js`` draw the
interactive versions from the JSON these functions return.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from newsgraph.store.results import Companion, Dyads, Network, TimelineEntry

MAP_WIDTH, MAP_HEIGHT = 720, 360  # an equirectangular world: 2 px per degree


def _mark(date: str | None, kind: str, type_: str, label: str, href: str) -> dict[str, Any]:
    return {"date": date, "kind": kind, "type": type_, "label": label, "href": href}


def timeline_items(events: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> list[dict]:
    """Marks for a dossier's timeline: its events and the quotes by or about it, oldest
    first (by the first day each date covers), undated last."""
    marks = [_mark(e["date"], "event", e["type"],
                   " · ".join(filter(None, [e["kind"], ", ".join(e["participants"])])),
                   f"/events/{e['id']}") for e in events]
    seen = set()
    for q in quotes:
        if q["id"] not in seen:
            seen.add(q["id"])
            speaker = q["speaker_name"] or q["speaker"] or "unattributed"
            marks.append(_mark(q["date"], "quote", q["kind"], _short(f"{speaker}: {q['text']}"),
                               f"/articles/{q['article_id']}?hl={q['start']}-{q['end']}#hl"))
    return sorted(marks, key=lambda m: first_day(m["date"]))


def first_day(value: str | None) -> tuple[bool, str]:
    """A sort key: undated last, then the first day an ISO prefix covers ('2025-W42' is
    Monday 13 October 2025, before '2025-10-21'; '2025' is 1 January)."""
    if not value:
        return True, ""
    if "-W" in value:
        try:
            year, week = value[:4], value.split("-W")[1][:2]
            return False, date.fromisocalendar(int(year), int(week), 1).isoformat()
        except ValueError:
            return False, value
    return False, value


def timeline_entries(entries: list[TimelineEntry]) -> list[dict[str, Any]]:
    """Marks for a relations timeline."""
    marks = [_mark(e.date, e.what, e.type, _short(e.text),
                   f"/events/{e.id}" if e.what == "event" else _quote_href(e))
             for e in entries]
    return sorted(marks, key=lambda m: first_day(m["date"]))


def _quote_href(entry: TimelineEntry) -> str:
    return f"/articles/{entry.sources[0].id}" if entry.sources else "/quotes"


def _short(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def dyad_series(dyads: Dyads) -> dict[str, Any]:
    """Events per period, stacked by PLOVER type (each event once, whichever direction),
    for ``static/dyads.js``; ``table`` is the same counts as rows for the page."""
    events: dict[tuple[str, str], set[int]] = {}
    undated: set[int] = set()
    for row in dyads.rows:
        if row.period is None:
            undated.update(row.event_ids)
        else:
            events.setdefault((row.period, row.type), set()).update(row.event_ids)
    periods = sorted({p for p, _ in events}, key=first_day)
    totals: dict[str, int] = {}
    for (_, type_), ids in events.items():
        totals[type_] = totals.get(type_, 0) + len(ids)
    types = sorted(totals, key=lambda t: (-totals[t], t))
    table = [{"period": p, "counts": {t: len(events.get((p, t), ())) for t in types},
              "total": len(set().union(*(events.get((p, t), set()) for t in types)))}
             for p in periods]
    return {"by": dyads.by, "periods": periods, "types": types, "table": table,
            "undated": len(undated)}


def network_data(network: Network) -> dict[str, Any]:
    """Nodes (sized by shared articles) and links (weighted by shared articles)."""
    nodes = [{"id": n.id, "name": n.name, "type": n.type, "href": f"/actors/{n.id}",
              "weight": n.articles, "center": n.id == network.center} for n in network.nodes]
    if nodes:
        nodes[0]["weight"] = max((n["weight"] for n in nodes), default=1) or 1
    # Every link to the centre, and only the strongest between the others: companions of
    # one actor are mostly named together, and drawing every pair hides the structure.
    around = sorted((lk for lk in network.links if network.center not in (lk.source, lk.target)),
                    key=lambda lk: -lk.articles)[: 2 * len(nodes)]
    kept = [lk for lk in network.links if network.center in (lk.source, lk.target)] + around
    links = [{"source": lk.source, "target": lk.target, "weight": lk.articles} for lk in kept]
    return {"nodes": nodes, "links": links}


def place_map(actors: tuple[Companion, ...]) -> dict[str, Any]:
    """Points for the actors whose records carry coordinates, in an equirectangular SVG
    framed on them (at least 20 degrees across, so one country's cities spread out)."""
    located = [(a, a.kb["lat"], a.kb["lon"]) for a in actors
               if a.kb and all(isinstance(a.kb.get(k), (int, float)) for k in ("lat", "lon"))]
    frame = _frame([lat for _, lat, _ in located], [lon for _, _, lon in located])
    west, north, degrees = frame
    scale = MAP_WIDTH / degrees

    def x(lon: float) -> float:
        return round((lon - west) * scale, 1)

    def y(lat: float) -> float:
        return round((north - lat) * scale, 1)

    step = GRID_STEPS[next(i for i, d in enumerate(GRID_STEPS) if degrees / d <= 8)]
    return {
        "width": MAP_WIDTH, "height": MAP_HEIGHT,
        "points": [{"id": a.id, "name": a.name, "lat": lat, "lon": lon, "x": x(lon), "y": y(lat),
                    "articles": a.articles} for a, lat, lon in located],
        "grid": step,
        "meridians": [x(lon) for lon in _multiples(step, west, west + degrees)],
        "parallels": [y(lat) for lat in _multiples(step, north - degrees / 2, north)],
    }


GRID_STEPS = (1, 2, 5, 10, 15, 30, 45, 90)


def _frame(lats: list[float], lons: list[float]) -> tuple[float, float, float]:
    """West edge, north edge and width in degrees of a 2:1 frame around the points."""
    if not lats:
        return -180.0, 90.0, 360.0
    span = max(max(lons) - min(lons), 2 * (max(lats) - min(lats)), 20.0) * 1.25
    span = min(span, 360.0)
    mid_lon, mid_lat = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    west = min(max(mid_lon - span / 2, -180.0), 180.0 - span)
    north = max(min(mid_lat + span / 4, 90.0), -90.0 + span / 2)
    return west, north, span


def _multiples(step: int, low: float, high: float) -> list[int]:
    first = int(low // step + 1) * step
    return list(range(first, int(high) + 1, step))
