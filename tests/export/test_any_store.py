"""Every export format writes any store the store tests can make, and reads back."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.export import FORMATS, export
from newsgraph.store import Store

# The article strategy of the store's own Hypothesis tests.
_spec = importlib.util.spec_from_file_location(
    "store_hypothesis", Path(__file__).parents[1] / "store" / "test_hypothesis.py")
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
articles = _module.articles


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), max_size=4))
def test_every_format_writes_any_store(batch):
    import networkx as nx

    with Store.open(":memory:") as store:
        for article in batch:
            store.add(article)
        for name in FORMATS:
            out = io.BytesIO()
            summary = export(store, name, out)
            data = out.getvalue()
            if name in ("graphml", "gexf"):
                graph = (nx.read_graphml if name == "graphml" else nx.read_gexf)(io.BytesIO(data))
                assert graph.number_of_nodes() == store.stats().actors
            elif name != "events-csv":
                lines = [json.loads(line) for line in data.decode("utf-8").splitlines()]
                if name == "events-jsonl":
                    assert len(lines) == summary.counts["events"]
