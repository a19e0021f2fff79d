"""The evaluation gate: the reference articles must keep their scores above pinned floors.

The articles, their gold and the scorer live in ../shared/reference (real news text, not
copied here). A floor is raised when a capability lands; a drop below one fails the build.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re

import pytest

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"

REFERENCE = SHARED / "reference"

# category -> lowest acceptable share of points, per the issues that have landed.
FLOORS = {
    "metadata": 1.0,
    "body": 1.0,
    "entities": 1.0,
    "aliases": 1.0,
    "no_false_ents": 1.0,
    "roles": 1.0,
    "quotes_found": 1.0,
    "quote_speaker": 1.0,
    "quote_kind": 1.0,
    "quote_channel": 1.0,
    "events_found": 1.0,
    "event_participants": 1.0,
    "event_date": 1.0,
    "event_location": 1.0,
    "dates": 1.0,
}

pytestmark = pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is absent")


def _scorer():
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_categories(doc: dict, gold: dict) -> dict[str, tuple[int, int]]:
    """Run the reference scorer and read its per-category lines."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _scorer().score(doc, gold, verbose=True)
    rows = re.findall(r"^(\w+)\s+(\d+)/(\d+)$", out.getvalue(), re.MULTILINE)
    return {name: (int(got), int(total)) for name, got, total in rows}


def _golds():
    return sorted((REFERENCE / "gold").glob("*.json")) if REFERENCE.is_dir() else []


@pytest.mark.parametrize("gold_path", _golds(), ids=lambda p: p.stem)
def test_reference_article_scores_stay_above_floors(gold_path, nlp):
    import json

    from newsgraph.api import read_one
    from newsgraph.pipeline import analyze_raw
    from newsgraph.settings import Settings

    settings = Settings()
    raw = read_one(REFERENCE / "articles" / f"{gold_path.stem}.txt", settings)
    doc = analyze_raw(raw, settings, nlp).to_dict()
    scores = score_categories(doc, json.loads(gold_path.read_text(encoding="utf-8")))
    below = {
        cat: f"{got}/{total}"
        for cat, floor in FLOORS.items()
        if cat in scores
        for got, total in [scores[cat]]
        if total and got / total < floor
    }
    assert not below, f"below the floor: {below}"
