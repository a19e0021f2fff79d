"""FollowTheMoney entities read back and validated one by one with followthemoney, their
counts checked against the store, their references all inside the file."""

from __future__ import annotations

import io
import json

import pytest

from newsgraph.errors import MissingDependency
from newsgraph.export import Scope, export, writer

ftm = pytest.importorskip("followthemoney")


def _entities(store, scope=None):
    out = io.BytesIO()
    summary = export(store, "ftm", out, scope)
    return [json.loads(line) for line in out.getvalue().decode().splitlines()], summary


def test_every_entity_is_valid(world):
    from followthemoney import model

    entities, summary = _entities(world)
    assert not summary.problems
    for data in entities:
        proxy = model.get_proxy(data)
        proxy.schema.validate(data)  # raises InvalidData on any bad entity
        assert all(proxy.get(p) for p in proxy.schema.required)
        assert proxy.to_dict()["properties"] == data["properties"]  # nothing to clean


def test_counts_match_the_store(world):
    entities, summary = _entities(world)
    by_schema: dict[str, list[dict]] = {}
    for data in entities:
        by_schema.setdefault(data["schema"], []).append(data)
    actors = world.entities(limit=1000)
    assert len(by_schema["Article"]) == world.stats().articles
    assert len(by_schema["Person"]) == sum(a.type == "PERSON" for a in actors)
    assert len(by_schema["Event"]) == len(world.events(limit=1000))
    mentions = world.mention_spans(world.article_ids())
    quotes = world.quotes()
    assert len(by_schema["Documentation"]) == len(mentions) + sum(
        1 + len(q.about) for q in world.export_quotes())
    assert {d["properties"]["role"][0] for d in by_schema["Documentation"]} >= {
        "mentioned", "said (direct)"}
    assert quotes[0].text in {d["properties"]["summary"][0] for d in by_schema["Documentation"]}
    assert summary.counts["Event"] == len(by_schema["Event"])


def test_references_point_inside_the_file(world):
    entities, _ = _entities(world)
    ids = {e["id"] for e in entities}
    schemas = {e["id"]: e["schema"] for e in entities}
    for e in entities:
        for prop in ("involved", "proof", "document", "entity", "addressEntity"):
            for ref in e["properties"].get(prop, []):
                assert ref in ids, (e["schema"], prop)
        if e["schema"] == "Event":
            assert {schemas[i] for i in e["properties"].get("involved", [])} <= {
                "Person", "Organization", "PublicBody"}


def test_actors_become_their_schema_with_code_and_provenance(world):
    entities, _ = _entities(world)
    named = {e["properties"]["name"][0]: e for e in entities if "name" in e["properties"]}
    assad = named["Bashar Assad"]
    assert assad["schema"] == "Person"
    assert assad["properties"]["classification"] == ["SYR ELI"]
    assert "President of Syria (reported 2023-05-01)" in assad["properties"]["position"]
    syria = named["Syria"]
    assert (syria["schema"], syria["properties"]["jurisdiction"]) == ("PublicBody", ["sy"])
    assert named["Moscow"]["schema"] == "Address"
    assert named["Moscow"]["properties"]["latitude"] == ["55.75"]
    assert named["Syrian protesters"]["schema"] == "Organization"
    meeting = next(e for e in entities if e["schema"] == "Event"
                   and e["properties"]["startDate"] == ["2022-12-28"])
    assert len(meeting["properties"]["proof"]) == 2
    assert "source: Hulusi Akar; target: Ali Mahmoud Abbas" in meeting["properties"][
        "description"][0]


def test_an_actor_scope(world):
    entities, _ = _entities(world, Scope(actor="Akar"))
    names = {e["properties"]["name"][0] for e in entities if e["schema"] == "Person"}
    assert "Hulusi Akar" in names and "Bashar Assad" in names  # they met in Damascus
    assert {e["schema"] for e in entities} >= {"Article", "Event", "Documentation"}


def test_an_invalid_entity_is_left_out_and_named(world):
    from newsgraph.export.ftm import _Writer

    w = _Writer(io.StringIO(), "ftm")
    broken = w.make("Documentation", "x")  # no document, no entity: both required
    assert not w.emit(broken, "documentation x")
    assert w.summary.problems == ["documentation x: no document, entity"]


def test_a_missing_package_says_what_to_install(monkeypatch):
    import importlib

    real = importlib.import_module

    def without_ftm(name, *args):
        if name == "followthemoney":
            raise ImportError("No module named 'followthemoney'")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_ftm)
    with pytest.raises(MissingDependency) as raised:
        writer("ftm")
    assert "pip install 'newsgraph[export]'" in raised.value.hint
