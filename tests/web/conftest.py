"""Web fixtures: a small store built from texts written for the tests, and a test client."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.pipeline import analyze_raw
from newsgraph.records import RawArticle
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.web import create_app

MEETING = (
    "Turkish Defence Minister Hulusi Akar met Syrian Defence Minister Ali Mahmoud Abbas in "
    "Moscow on Wednesday. \"We want peace on our borders,\" Akar said in a statement. Syrian "
    "President Bashar al-Assad said on Thursday that the talks must end the occupation."
)

EXILE = (
    "Bashar Assad has lived in Moscow since December. Russian President Vladimir Putin met "
    "Syrian leader Ahmed al-Sharaa in Moscow last week. \"Russia must apologize,\" a resident "
    "of Damascus told reporters."
)

# Markup inside an article's own words: it must always come back as text.
HOSTILE = (
    "Officials in Paris said <script>alert(1)</script> appeared on a page. A link "
    "javascript:alert(2) and an image <img src=x onerror=alert(3)> were shown. Emmanuel "
    "Macron said \"<script>alert(4)</script> is not welcome here\" on Friday."
)

ARTICLES = (
    RawArticle(MEETING, "text", "meeting.txt", title="Ministers meet in Moscow",
               published="2022-12-29", outlet="Test Wire"),
    RawArticle(EXILE, "text", "exile.txt", title="Assad in exile",
               published="2025-10-21", outlet="Other Wire"),
    RawArticle(HOSTILE, "text", "hostile.txt", title="<script>alert(5)</script> headline",
               published="2024-01-05", outlet="<b onmouseover=alert(6)>Evil</b>"),
)


def build_store(path: Path, nlp, raws=ARTICLES) -> Path:
    settings = Settings(db_path=path)
    with Store.open(path, settings) as store:
        for raw in raws:
            store.add(analyze_raw(raw, settings, nlp))
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, nlp) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db", nlp)


@pytest.fixture
def client(web_db):
    with TestClient(create_app(Settings(db_path=web_db))) as test_client:
        yield test_client


REFERENCE_ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "reference" / "articles"


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory, nlp) -> Path:
    """A store of ../shared/reference/articles, ingested with newsgraph's own pipeline."""
    from newsgraph.pipeline import ingest

    if not REFERENCE_ARTICLES.is_dir():
        pytest.skip(f"{REFERENCE_ARTICLES} is absent")
    path = tmp_path_factory.mktemp("reference") / "reference.db"
    settings = Settings(db_path=path)
    with Store.open(path, settings) as store:
        report = ingest([str(REFERENCE_ARTICLES)], store, settings, nlp)
    assert report.stored and not report.failed, [e.message for e in report.failed]
    return path
