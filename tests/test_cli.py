"""The `newsgraph` command end to end, on small articles written for these tests."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

ARTICLE_ONE = """Leaders meet in Vienna

By Jane Doe/Example Wire

VIENNA (Example Wire) - Austrian Chancellor Karl Nehammer met German Foreign Minister
Annalena Baerbock in Vienna on Monday to discuss energy prices.

Nehammer said the talks had been useful. Baerbock later flew to Berlin.
"""

ARTICLE_TWO = """Baerbock visits Kyiv

Annalena Baerbock arrived in Kyiv on Tuesday, days after meeting Karl Nehammer.

Baerbock promised more help for Ukraine during the winter.
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "one.txt").write_text(ARTICLE_ONE, encoding="utf-8")
    (folder / "nested" / "two.txt").write_text(ARTICLE_TWO, encoding="utf-8")
    return folder


def invoke(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_ingest_stores_articles_then_skips_them_as_duplicates(runner, corpus, nlp):
    first = invoke(runner, "ingest", str(corpus))
    assert first.exit_code == 0, first.output
    assert "stored 2, skipped 0 as duplicate, failed 0" in first.stderr
    second = invoke(runner, "ingest", str(corpus))
    assert "stored 0, skipped 2 as duplicate, failed 0" in second.stderr


def test_listings_offer_table_json_and_csv(runner, corpus, nlp):
    invoke(runner, "ingest", str(corpus))
    rows = json.loads(invoke(runner, "articles", "--json").stdout)
    assert {r["title"] for r in rows} == {"Leaders meet in Vienna", "Baerbock visits Kyiv"}
    people = json.loads(invoke(runner, "entities", "--type", "person", "--json").stdout)
    names = {p["name"] for p in people}
    assert {"Annalena Baerbock", "Karl Nehammer"} <= names
    table = invoke(runner, "entities", "--search", "baerbock").stdout
    assert "Annalena Baerbock" in table and "Nehammer" not in table
    parsed = list(csv.DictReader(io.StringIO(invoke(runner, "articles", "--csv").stdout)))
    assert len(parsed) == 2 and "title" in parsed[0]


def test_show_gives_the_dossier_across_articles(runner, corpus, nlp):
    invoke(runner, "ingest", str(corpus))
    result = invoke(runner, "show", "Baerbock")
    assert result.exit_code == 0, result.output
    assert "Annalena Baerbock" in result.stdout
    assert "Leaders meet in Vienna" in result.stdout and "Baerbock visits Kyiv" in result.stdout
    assert "Foreign Minister" in result.stdout
    dossier = json.loads(invoke(runner, "show", "Annalena Baerbock", "--json").stdout)
    assert len(dossier["articles"]) == 2


def test_show_unknown_name_says_what_to_do(runner, corpus, nlp):
    invoke(runner, "ingest", str(corpus))
    result = invoke(runner, "show", "Nobody Atall")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error:")


def test_bad_files_are_reported_one_by_one_and_good_ones_stored(runner, corpus, tmp_path, nlp):
    invoke(runner, "ingest", str(corpus))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (bad / "empty.txt").write_bytes(b"")
    (bad / "broken.html").write_text("<html><body><div><p>", encoding="utf-8")
    (bad / "big.txt").write_text("word " * 5000, encoding="utf-8")
    good_record = {"title": "Good record", "published": "2024-03-01",
                   "text": "Olaf Scholz visited Paris on Friday to meet Emmanuel Macron."}
    (bad / "records.jsonl").write_text(
        json.dumps(good_record) + "\n{not json\n", encoding="utf-8")
    result = invoke(runner, "ingest", str(bad), "--max-bytes", "10000")
    assert result.exit_code == 1
    assert "stored 1," in result.stderr
    for name in ("binary.txt", "empty.txt", "broken.html", "big.txt", "records.jsonl:2"):
        assert name in result.stderr, name
    titles = {r["title"] for r in json.loads(invoke(runner, "articles", "--json").stdout)}
    assert titles == {"Leaders meet in Vienna", "Baerbock visits Kyiv", "Good record"}
    errors = json.loads(invoke(runner, "errors", "--json").stdout)
    assert len(errors) == 5


def test_ingest_reads_stdin(runner, nlp):
    result = invoke(runner, "ingest", "-", input=ARTICLE_TWO)
    assert "stored 1," in result.stderr


def test_analyze_prints_the_article_record(runner, corpus, nlp):
    result = invoke(runner, "analyze", str(corpus / "one.txt"), "--json",
                    "--published", "2024-01-15")
    doc = json.loads(result.stdout)
    assert doc["schema"] == "newsgraph.article/1"
    assert doc["published"] == "2024-01-15"
    assert doc["dateline"] == "Vienna"
    assert "Jane Doe" in doc["authors"]
    human = invoke(runner, "analyze", str(corpus / "one.txt")).stdout
    assert "Leaders meet in Vienna" in human and "Annalena Baerbock" in human


def test_db_option_and_environment_choose_the_database(runner, corpus, tmp_path, nlp):
    other = tmp_path / "other.db"
    invoke(runner, "ingest", str(corpus / "one.txt"), "--db", str(other))
    assert other.exists()
    assert json.loads(invoke(runner, "articles", "--json").stdout) == []
    assert len(json.loads(invoke(runner, "articles", "--db", str(other), "--json").stdout)) == 1


def test_settings_lists_every_setting(runner):
    rows = json.loads(invoke(runner, "settings", "--json").stdout)
    assert {"db_path", "max_file_bytes", "model"} <= {r["name"] for r in rows}


def test_the_progress_bar_counts_files_not_records(runner, tmp_path, nlp):
    records = tmp_path / "many.jsonl"
    lines = [json.dumps({"title": f"Note {i}", "text": f"Emmanuel Macron spoke in Lyon {day}."})
             for i, day in enumerate(["on Sunday", "on Monday", "last night"])]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = []
    monkeypatch_bar = type("Bar", (), {"update": lambda self, n: seen.append(n)})()
    from newsgraph.cli import _per_file

    advance = _per_file(monkeypatch_bar)
    for i in range(3):
        advance("stored", f"{records}:{i + 1}")
    advance("failed", str(tmp_path / "other.txt"))
    assert seen == [1, 1]
    result = invoke(runner, "ingest", str(records), "--progress")
    assert "stored 3," in result.stderr


def test_merge_and_split_from_the_command_line(runner, corpus, nlp):
    invoke(runner, "ingest", str(corpus))
    merged = invoke(runner, "merge", "Annalena Baerbock", "Karl Nehammer", "--json")
    assert merged.exit_code == 0, merged.output
    names = {n["name"] for n in json.loads(merged.stdout)["names"]}
    assert {"Annalena Baerbock", "Karl Nehammer"} <= names
    split = invoke(runner, "split", "Annalena Baerbock", "Karl Nehammer", "--json")
    assert json.loads(split.stdout)["name"] == "Karl Nehammer"
    refused = invoke(runner, "merge", "Baerbock", "Annalena Baerbock")
    assert refused.exit_code == 1 and "already one actor" in refused.stderr


def test_an_unexpected_failure_is_a_message_with_a_hint_not_a_traceback(runner, monkeypatch):
    from newsgraph.store import Store

    def broken(self, **kwargs):
        raise KeyError("no such column")

    monkeypatch.setattr(Store, "articles", broken)
    result = runner.invoke(cli, ["articles"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Error: unexpected KeyError: 'no such column'" in result.stderr
    assert "Hint: this is a bug in newsgraph" in result.stderr


def test_click_usage_errors_still_exit_2(runner):
    assert runner.invoke(cli, ["articles", "--limit", "many"]).exit_code == 2
