"""The data behind the charts: timeline marks, the network of actors, and places on a map.

Each chart is readable without JavaScript (the template lists the same data, and the map
is plain SVG drawn here); ``static/timeline.js`` and ``static/network.js`` draw the
interactive versions from the JSON these functions return.
"""

from __future__ import annotations

from typing import Any

from newsgraph.store.results import Companion, Network, TimelineEntry

MAP_WIDTH, MAP_HEIGHT = 720, 360  # an equirectangular world: 2 px per degree


def _mark(date: str | None, kind: str, type_: str, label: str, href: str) -> dict[str, Any]:
    return {"date": date, "kind": kind, "type": type_, "label": label, "href": href}


def timeline_items(events: list[dict[str, Any]], said: list[dict[str, Any]]) -> list[dict]:
    """Marks for a dossier's timeline: its events and its statements, oldest first."""
    marks = [_mark(e["date"], "event", e["type"],
                   " · ".join(filter(None, [e["kind"], ", ".join(e["participants"])])),
                   f"/events/{e['id']}") for e in events]
    marks += [_mark(q["date"], "quote", q["kind"], _short(q["text"]),
                    f"/articles/{q['article_id']}?hl={q['start']}-{q['end']}#hl") for q in said]
    return sorted(marks, key=lambda m: (m["date"] is None, m["date"] or ""))


def timeline_entries(entries: list[TimelineEntry]) -> list[dict[str, Any]]:
    """Marks for a relations timeline."""
    return [_mark(e.date, e.what, e.type, _short(e.text),
                  f"/events/{e.id}" if e.what == "event" else _quote_href(e))
            for e in entries]


def _quote_href(entry: TimelineEntry) -> str:
    return f"/articles/{entry.sources[0].id}" if entry.sources else "/quotes"


def _short(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def network_data(network: Network) -> dict[str, Any]:
    """Nodes (sized by shared articles) and links (weighted by shared articles)."""
    nodes = [{"id": n.id, "name": n.name, "type": n.type, "href": f"/actors/{n.id}",
              "weight": n.articles, "center": n.id == network.center} for n in network.nodes]
    if nodes:
        nodes[0]["weight"] = max((n["weight"] for n in nodes), default=1) or 1
    links = [{"source": link.source, "target": link.target, "weight": link.articles}
             for link in network.links]
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
