"""`newsgraph dyads`, `export` and `load` over the small world of tests/conftest.py."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from newsgraph.cli import cli


def run(*args, db=None):
    result = CliRunner().invoke(cli, [*args, *(["--db", str(db)] if db else [])],
                                catch_exceptions=False)
    return result


def test_dyads_table_json_and_csv(world):
    table = run("dyads", "--codes", db=world.path)
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["period", "source", "target", "type", "events"]
    assert "2022-12   TUR GOV  SYR GOV  CONSULT" in table.stdout
    assert "undated   SYR ELI  RUS GOV  ACCUSE" in table.stdout
    assert "1 reported event(s) named neither" in table.stderr
    rows = json.loads(run("dyads", "Akar", "--json", db=world.path).stdout)
    assert [(r["source"], r["source_code"], r["target"], r["events"]) for r in rows] == [
        ("Hulusi Akar", "TUR GOV", "Ali Mahmoud Abbas", 1)]
    assert len(rows[0]["article_ids"]) == 2
    parsed = list(csv.DictReader(io.StringIO(run("dyads", "SYR", "RUS", "--codes", "--csv",
                                                 db=world.path).stdout)))
    assert [(r["period"], r["source"], r["target"], r["type"]) for r in parsed] == [
        ("", "SYR ELI", "RUS GOV", "ACCUSE")]


def test_dyads_by_year_and_type(world):
    rows = json.loads(run("dyads", "--by", "year", "--type", "consult", "--json",
                          db=world.path).stdout)
    assert [(r["period"], r["type"]) for r in rows] == [("2022", "CONSULT")]


def test_dyads_of_an_unknown_actor_say_what_to_do(world):
    result = run("dyads", "Nobody At All", db=world.path)
    assert result.exit_code == 1
    assert "no actor named 'Nobody At All'" in result.stderr and "Hint:" in result.stderr


def test_export_to_stdout_and_to_a_file(world, tmp_path):
    shown = run("export", "events-csv", db=world.path)
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0].startswith("id,date,earliest,latest")
    assert "exported 6 events as events-csv" in shown.stderr
    target = tmp_path / "world.gexf"
    written = run("export", "gexf", "-o", str(target), "--actor", "Assad", db=world.path)
    assert written.exit_code == 0 and f"to {target}" in written.stderr
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".newsgraph-")] == []


def test_a_failed_export_leaves_the_old_file(world, tmp_path):
    target = tmp_path / "dump.jsonl"
    target.write_text("old", encoding="utf-8")
    failed = run("export", "jsonl", "-o", str(target), "--from", "2023", db=world.path)
    assert failed.exit_code == 1 and "whole store" in failed.stderr
    assert target.read_text(encoding="utf-8") == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".newsgraph-")]


def test_export_says_what_to_install(world, monkeypatch):
    import importlib

    real = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", lambda name, *a: (_ for _ in ()).throw(
        ImportError(name)) if name == "networkx" else real(name, *a))
    result = run("export", "graphml", db=world.path)
    assert result.exit_code == 1 and result.stdout == ""
    assert "needs the networkx package" in result.stderr
    assert "pip install 'newsgraph[export]'" in result.stderr


def test_load_rebuilds_a_store_from_a_dump(world, tmp_path):
    dump = tmp_path / "dump.jsonl"
    assert run("export", "jsonl", "-o", str(dump), db=world.path).exit_code == 0
    rebuilt = tmp_path / "rebuilt.db"
    loaded = run("load", str(dump), db=rebuilt)
    assert loaded.exit_code == 0 and "loaded 4 articles, 9 actors" in loaded.stderr
    again = run("load", str(dump), db=rebuilt)
    assert again.exit_code == 1 and "not empty" in again.stderr
    shown = json.loads(run("show", "Assad", "--json", db=rebuilt).stdout)
    assert [c["code"] for c in shown["codes"]] == ["SYR GOV", "SYR ELI"]
