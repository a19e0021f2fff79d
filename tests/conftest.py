"""Shared fixtures: hermetic settings, an in-memory store, the spaCy model once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch, tmp_path):
    """No test reads the user's database or writes outside its own folder."""
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "test.db"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(db_path=tmp_path / "test.db")


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.nlp import load_nlp

    return load_nlp(Settings())
