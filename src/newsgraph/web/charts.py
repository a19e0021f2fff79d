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
    """Points in an equirectangular SVG for the actors whose records carry coordinates."""
    points = []
    for actor in actors:
        kb = actor.kb or {}
        lat, lon = kb.get("lat"), kb.get("lon")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            points.append({"id": actor.id, "name": actor.name, "lat": lat, "lon": lon,
                           "x": round((lon + 180) * MAP_WIDTH / 360, 1),
                           "y": round((90 - lat) * MAP_HEIGHT / 180, 1),
                           "articles": actor.articles})
    return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "points": points,
            "meridians": [round((lon + 180) * MAP_WIDTH / 360) for lon in range(-150, 180, 30)],
            "parallels": [round((90 - lat) * MAP_HEIGHT / 180) for lat in range(-60, 90, 30)]}
