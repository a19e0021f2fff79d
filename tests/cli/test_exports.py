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
