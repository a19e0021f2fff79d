"""GraphML and GEXF read back with networkx: the store's actors as nodes, and as many
event, quote and co-occurrence edges as the store's own queries give."""

from __future__ import annotations

import io
from itertools import combinations

import pytest

from newsgraph.export import Scope, export

nx = pytest.importorskip("networkx")


def _graph(store, name, scope=None):
    out = io.BytesIO()
    summary = export(store, name, out, scope)
    out.seek(0)
    read = nx.read_graphml if name == "graphml" else nx.read_gexf
    return read(out), summary


def _expected_edges(store) -> dict[str, int]:
    """Edge counts from the store's listings, not from the exporter."""
    pairs = {(r.source_id, r.target_id, r.type) for r in store.dyads().rows
             if r.source_id and r.target_id}
    events = store.events(limit=1000)
    undirected = {(tuple(sorted((a, b))), e.type) for e in events if not e.actors
                  and not e.targets
                  for a, b in combinations([store.actor_id(p) for p in e.participants], 2)}
    quotes = {(q.speaker_id, a) for q in store.export_quotes() for a in q.about
              if q.speaker_id and a != q.speaker_id}
    return {"event": len(pairs) + len(undirected), "quote": len(quotes),
            "co_occurrence": len(store.co_occurrences())}


def _kinds(graph) -> dict[str, int]:
    found: dict[str, int] = {}
    for _, _, data in graph.edges(data=True):
        found[data["kind"]] = found.get(data["kind"], 0) + 1
    return found


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_graph_holds_the_stores_actors_and_links(world, name):
    graph, summary = _graph(world, name)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == world.stats().actors == summary.counts["nodes"]
    assert _kinds(graph) == _expected_edges(world)
    listed = {e.id: e for e in world.entities(limit=1000)}
    for node, data in graph.nodes(data=True):
        actor = listed[int(node)]
        assert (data["label"], data["type"]) == (actor.name, actor.type)
        assert (data["articles"], data["mentions"]) == (actor.articles, actor.mentions)
        assert data["code"] == (actor.code or "")


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_edges_weigh_and_name_their_evidence(world, name):
    graph, _ = _graph(world, name)
    akar, abbas = str(world.actor_id("Akar")), str(world.actor_id("Abbas"))
    links = {d["kind"]: d for u, v, d in graph.edges(data=True) if (u, v) == (akar, abbas)}
    meeting = links["event"]
    assert (meeting["plover"], meeting["weight"], meeting["dates"]) == ("CONSULT", 1, "2022-12-28")
    assert len(meeting["spans"].split("; ")) == 2  # two reports of one meeting
    assert links["co_occurrence"]["weight"] == 2
    assert graph.nodes[akar]["code"] == "TUR GOV"


def test_gexf_gives_gephi_the_dates_of_events(world):
    graph, _ = _graph(world, "gexf")
    dated = [d for _, _, d in graph.edges(data=True) if d["kind"] == "event" and d["dates"]]
    assert dated and all(d["spells"] for d in dated)
    assert ("2022-12-28", "2022-12-28") in [s for d in dated for s in d["spells"]]


def test_an_actor_scope_is_its_neighbourhood(world):
    graph, _ = _graph(world, "graphml", Scope(actor="Assad"))
    assad = str(world.actor_id("Assad"))
    assert graph.number_of_edges() > 0
    assert all(assad in (u, v) for u, v in graph.edges())
