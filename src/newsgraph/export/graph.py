"""``graphml`` and ``gexf``: actors as nodes, their links as weighted edges (networkx).

Nodes are actors (id: the actor id) with ``label``, ``type``, ``country``, ``sector``,
``code``, ``code_source`` and store-wide counts (``articles``, ``mentions``, ``events``,
``said``). Edges have a ``kind``, a ``weight`` and what is behind them:

- ``event``: a source did events of one PLOVER type (``plover``) to a target; ``weight``
  events, their ``events`` ids, ``dates``, ``article_ids`` and ``spans``. An event that
  names only participants links each pair of them (``directed`` false). In GEXF each
  event's dates are a spell, for Gephi's timeline.
- ``quote``: a speaker quoted naming an actor; ``weight`` quotes, ``quotes`` ids, ``spans``.
- ``co_occurrence``: two actors named in the same articles (lower id first, ``directed``
  false); ``weight`` articles, their ``article_ids``.

With an actor in the scope the graph is its neighbourhood: the edges with it at one end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations
from typing import Any, BinaryIO

from newsgraph.export import Scope, Summary
from newsgraph.store import Store
from newsgraph.store import codes as code_text
from newsgraph.store.results import ExportEvent

SEP = "; "
# What XML 1.0 cannot hold (control characters, lone surrogates): dropped from any text.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> Any:
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _join(values: Iterable[Any]) -> str:
    return SEP.join(str(v) for v in values)


class _Edges:
    """Edges gathered by (source, target, key), each with its evidence."""

    def __init__(self) -> None:
        self.found: dict[tuple[int, int, str], dict[str, Any]] = {}

    def add(self, source: int, target: int, key: str, **base: Any) -> dict[str, Any]:
        return self.found.setdefault((source, target, key), {
            **base, "ids": [], "article_ids": [], "spans": [], "dates": [], "spells": []})


def _event_edges(edges: _Edges, events: list[ExportEvent], actor: int | None) -> None:
    for e in events:
        sources, targets = e.ids("actor"), e.ids("target")
        pairs = [(s, t, True) for s in sources for t in targets if s != t]
        if not sources and not targets:
            pairs = [(a, b, False) for a, b in combinations(sorted(set(e.ids("participant"))), 2)]
        for s, t, directed in pairs:
            if actor is not None and actor not in (s, t):
                continue
            edge = edges.add(s, t, f"event:{e.type}:{'d' if directed else 'u'}", kind="event",
                             plover=e.type, directed=directed)
            edge["ids"].append(e.id)
            edge["article_ids"] += [r.article_id for r in e.reports]
            edge["spans"] += [f"{r.article_id}:{r.start}-{r.end}" for r in e.reports]
            if e.date:
                edge["dates"].append(e.date)
            if e.earliest and e.latest:
                edge["spells"].append((e.earliest[:10], e.latest[:10]))


def _quote_edges(edges: _Edges, store: Store, scope: Scope, actor: int | None) -> None:
    for quote in store.export_quotes(scope.actor, scope.from_, scope.to):
        for about in quote.about:
            if quote.speaker_id is None or about == quote.speaker_id or (
                    actor is not None and actor not in (quote.speaker_id, about)):
                continue
            edge = edges.add(quote.speaker_id, about, "quote", kind="quote", directed=True)
            edge["ids"].append(quote.id)
            edge["article_ids"].append(quote.article_id)
            edge["spans"].append(f"{quote.article_id}:{quote.start}-{quote.end}")
            if quote.date:
                edge["dates"].append(quote.date)


def build(store: Store, scope: Scope):
    """The networkx MultiDiGraph of ``scope``."""
    import networkx as nx

    actor = store.actor_id(scope.actor) if scope.actor is not None else None
    events = store.export_events(scope.actor, scope.from_, scope.to, scope.status)
    edges = _Edges()
    _event_edges(edges, events, actor)
    _quote_edges(edges, store, scope, actor)
    for pair in store.co_occurrences(scope.actor, scope.from_, scope.to):
        edge = edges.add(pair.source, pair.target, "co_occurrence", kind="co_occurrence",
                         directed=False)
        edge["article_ids"] += pair.article_ids
    ids = {i for s, t, _ in edges.found for i in (s, t)} | ({actor} if actor else set())
    graph = nx.MultiDiGraph(name="newsgraph")
    for node in _nodes(store, None if scope.whole else ids):
        graph.add_node(node.pop("id"), **{k: xml_text(v) for k, v in node.items()})
    for (s, t, key), edge in edges.found.items():
        attributes = _edge_attributes(edge)
        graph.add_edge(s, t, key=key, **{k: xml_text(v) for k, v in attributes.items()})
    return graph


def _nodes(store: Store, ids: set[int] | None) -> list[dict[str, Any]]:
    actors = store.actor_summaries(ids)
    now = {i: h.current for i, h in store.code_histories([a.id for a in actors]).items()}
    out = []
    for a in actors:
        code = now.get(a.id)
        out.append({"id": a.id, "label": a.name, "type": a.type,
                    "country": (code.country if code else None) or "",
                    "sector": (code.sector if code else None) or "",
                    "code": code.code if code else "",
                    "code_source": code_text.source_text(code) or "",
                    "aliases": _join(a.aliases), "articles": len(a.article_ids),
                    "mentions": a.mentions, "events": a.events, "said": a.said,
                    "article_ids": _join(a.article_ids)})
    return out


def _edge_attributes(edge: dict[str, Any]) -> dict[str, Any]:
    kind = edge["kind"]
    weight = len(set(edge["article_ids"])) if kind == "co_occurrence" else len(edge["ids"])
    out = {"kind": kind, "weight": weight, "directed": edge["directed"],
           "article_ids": _join(dict.fromkeys(edge["article_ids"]))}
    if kind != "co_occurrence":
        out.update({"events" if kind == "event" else "quotes": _join(edge["ids"]),
                    "spans": _join(edge["spans"]), "dates": _join(edge["dates"])})
    if kind == "event":
        out["plover"] = edge["plover"]
        out["spells"] = edge["spells"]
    return out


def write(store: Store, scope: Scope, out: BinaryIO, name: str) -> Summary:
    import networkx as nx

    graph = build(store, scope)
    kinds: dict[str, int] = {}
    for _, _, data in graph.edges(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    if name == "gexf":
        _gexf(graph, out)
    else:  # GraphML holds no lists: the dates stay in 'dates'
        for _, _, data in graph.edges(data=True):
            data.pop("spells", None)
        nx.write_graphml(graph, out, encoding="utf-8")
    return Summary(name, {"nodes": graph.number_of_nodes(),
                          **{f"{k} edges": n for k, n in sorted(kinds.items())}})


def _gexf(graph, out: BinaryIO) -> None:
    """GEXF with each event edge's dates as spells. Every edge stays directed, its
    ``directed`` attribute false for symmetric links: networkx reads no mixed graph."""
    import networkx as nx

    for _, _, data in graph.edges(data=True):
        if not data.get("spells"):
            data.pop("spells", None)
    nx.write_gexf(graph, out, encoding="utf-8")
