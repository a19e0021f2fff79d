"""events-csv and events-jsonl read back with csv and json: one row per event, equal to
`newsgraph events --json` where they share a column, with codes and provenance."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.export import Scope, export
from newsgraph.export.table import NAMES

SHARED = ("id", "type", "kind", "date", "date_source", "location", "participants", "sources",
          "families", "title", "status", "actors", "targets")


def _export(store, name, scope=None) -> str:
    out = io.BytesIO()
    export(store, name, out, scope)
    return out.getvalue().decode("utf-8")


def _listed(store, *args) -> list[dict]:
    result = CliRunner().invoke(cli, ["events", "--json", "--limit", "1000", *args,
                                      "--db", str(store.path)], catch_exceptions=False)
    return json.loads(result.stdout)


def test_jsonl_rows_equal_the_events_listing(world):
    rows = [json.loads(line) for line in _export(world, "events-jsonl").splitlines()]
    listed = _listed(world)
    assert len(rows) == len(listed) == 6
    assert [{k: r[k] for k in SHARED} for r in rows] == [{k: e[k] for k in SHARED} for e in listed]
    assert all(list(r) == list(NAMES) for r in rows)


def test_csv_rows_equal_the_events_listing(world):
    rows = list(csv.DictReader(io.StringIO(_export(world, "events-csv"))))
    listed = _listed(world)
    assert len(rows) == len(listed)

    def cell(value):
        return "; ".join(map(str, value)) if isinstance(value, list) else (
            "" if value is None else str(value))

    for row, event in zip(rows, listed, strict=True):
        assert {k: row[k] for k in SHARED} == {k: cell(event[k]) for k in SHARED}


def test_rows_carry_ids_codes_and_the_place(world):
    rows = {r["id"]: r for r in map(json.loads, _export(world, "events-jsonl").splitlines())}
    meeting = next(r for r in rows.values() if r["kind"] == "meeting" and r["actors"])
    assert (meeting["actors"], meeting["actor_codes"]) == (["Hulusi Akar"], ["TUR GOV"])
    assert (meeting["targets"], meeting["target_codes"]) == (["Ali Mahmoud Abbas"], ["SYR GOV"])
    assert world.actor(meeting["actor_ids"][0]).name == "Hulusi Akar"
    assert (meeting["location"], meeting["lat"], meeting["lon"], meeting["country"]) == (
        "Moscow", 55.75, 37.62, "RUS")
    assert (meeting["sources"], meeting["families"], meeting["url"]) == (
        2, 2, "https://example.org/meeting")
    criticism = next(r for r in rows.values() if r["kind"] == "criticism")
    assert criticism["actor_codes"] == ["SYR ELI"]  # undated: coded as reported, once ousted


def test_every_span_is_the_trigger_in_its_article(world):
    for row in map(json.loads, _export(world, "events-jsonl").splitlines()):
        assert len(row["spans"]) == row["sources"]
        assert set(row["article_ids"]) <= {s.split(":")[0] for s in row["spans"]}
        for span in row["spans"]:
            article_id, where = span.split(":")
            start, end = map(int, where.split("-"))
            text = world.article(article_id).clean.text
            assert text[start:end] in ("met", "accused", "threatened", "criticised", "rallied")


def test_scopes(world):
    def ids(scope):
        return [json.loads(line)["id"] for line in _export(world, "events-jsonl", scope)
                .splitlines()]

    assert len(ids(Scope(status="all"))) == 7  # the planned visit too
    assert len(ids(Scope(actor="Assad"))) == 3
    assert len(ids(Scope(from_="2023", to="2023"))) == 2
    assert ids(Scope(actor="Assad")) == [e["id"] for e in _listed(world, "--actor", "Assad")]
