"""``newsgraph serve``: what it says when there is nothing to serve."""

from __future__ import annotations

from click.testing import CliRunner

from newsgraph.cli import cli


def test_serve_without_a_database_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database at" in result.output
    assert "newsgraph ingest" in result.output


def test_serve_refuses_a_file_that_is_not_a_store(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all, just words" * 100)
    result = CliRunner().invoke(cli, ["serve", "--db", str(path)])
    assert result.exit_code == 1
    assert "Hint:" in result.output
