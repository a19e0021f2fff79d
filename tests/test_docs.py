"""The docs are tested: the CLI reference is generated and up to date, the README holds
the two commands, and every command and setting is documented."""

from __future__ import annotations

import difflib
from pathlib import Path

from newsgraph.cli import cli
from newsgraph.cli.docs import _commands, cli_reference
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_up_to_date():
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    fresh = cli_reference()
    diff = "".join(difflib.unified_diff(written.splitlines(True), fresh.splitlines(True)))
    assert not diff, f"run: python -m newsgraph.cli.docs > docs/cli.md\n{diff}"


def test_every_command_and_setting_is_documented():
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, command in _commands(cli, "newsgraph"):
        assert f"## {name}" in reference
        assert command.help, f"{name} has no help text"
    for setting in Settings.describe():
        assert f"`{setting['name']}`" in reference


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert "make run" in head and "make test" in head


def test_every_export_format_and_column_is_documented():
    from newsgraph.export import FORMATS
    from newsgraph.export.table import COLUMNS
    from newsgraph.resolve.sectors import lexicon

    written = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    for name in FORMATS:
        assert f"| `{name}` |" in written, name
    for name, _ in COLUMNS:
        assert f"| `{name}` |" in written, name
    for code in lexicon().sectors:
        assert f"| `{code}` |" in written, code
