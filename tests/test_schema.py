"""`newsgraph analyze --json` output holds to ../shared/spec/article.schema.json."""

from __future__ import annotations

import json

import pytest

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"

SCHEMA = SHARED / "spec" / "article.schema.json"

TEXT = """Ministers meet in Vienna

By Jane Doe/Example Wire

VIENNA (Example Wire) - Austrian Chancellor Karl Nehammer met Germany's Foreign Minister
Annalena Baerbock in Vienna on Monday. Nehammer said the talks were useful.
"""


@pytest.mark.skipif(not SCHEMA.is_file(), reason="the shared spec is absent")
def test_analyze_json_validates_against_the_schema(nlp, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from newsgraph.api import read_one
    from newsgraph.pipeline import analyze_raw
    from newsgraph.settings import Settings

    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = analyze_raw(read_one(path, Settings()), Settings(), nlp).to_dict()
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert doc["entities"], "the article names people and places"
    for entity in doc["entities"]:
        for mention in entity["mentions"]:
            assert doc["text"][mention["start"]:mention["end"]] == mention["text"]
