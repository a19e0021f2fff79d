"""A small corpus written for these tests, its one-process ingest, and a store's content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store

ARTICLES = {
    "vienna.txt": """Leaders meet in Vienna

VIENNA (Example Wire) - Austrian Chancellor Karl Nehammer met German Foreign Minister
Annalena Baerbock in Vienna on Monday to discuss energy prices.

"The talks were useful," Nehammer said. Baerbock later flew to Berlin.
""",
    "kyiv.txt": """Baerbock visits Kyiv

Annalena Baerbock arrived in Kyiv on Tuesday, days after meeting Karl Nehammer.
Baerbock promised more help for Ukraine during the winter, her ministry said.
""",
    "port.txt": """Port reopens after strike

Dockworkers in Valparaiso ended a nine-day strike on Tuesday after the port authority
agreed to raise wages. "We got what we came for," said union leader Marta Rojas.
""",
    "talks.txt": """Ceasefire talks in Doha

Qatari mediators hosted Israeli and Hamas negotiators in Doha on Sunday. Prime Minister
Mohammed bin Abdulrahman Al Thani said the sides had agreed to meet again next week.
""",
    "sanctions.txt": """EU adopts new sanctions

The European Union imposed sanctions on three Iranian companies on Friday, accusing them
of supplying drones to Russia. Iran's foreign ministry condemned the decision.
""",
    "protest.txt": """Farmers protest in Paris

Thousands of farmers blocked roads around Paris on Thursday to protest against fuel taxes.
Agriculture Minister Marc Fesneau met their leaders and promised an answer within days.
""",
    "nested/election.txt": """Election date set

Kenya's electoral commission said on Wednesday the vote would take place on 9 August.
Commission chairman Wafula Chebukati urged candidates to respect the result.
""",
    "nested/aid.txt": """Aid reaches Gaza

The United Nations said 40 trucks of food entered Gaza on Saturday. UN spokesman
Stephane Dujarric said far more aid was needed.
""",
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Eight articles, a copy of one in a later batch and one in the same, and two bad files."""
    folder = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "nested" / "zz-copy-of-port.txt").write_text(ARTICLES["port.txt"], encoding="utf-8")
    (folder / "kyiv-again.txt").write_text(ARTICLES["kyiv.txt"], encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return folder


@pytest.fixture
def small_batches(tmp_path) -> Settings:
    """Batches of two, so that several are in flight at once."""
    return Settings(db_path=tmp_path / "runner.db", batch_size=2)


@pytest.fixture
def one_process(corpus, small_batches, nlp, tmp_path):
    """The corpus ingested in this process: (store content, report, progress calls)."""
    db = tmp_path / "one.db"
    calls: list[tuple[str, str | None]] = []
    with Store.open(db, small_batches) as store:
        report = ingest([str(corpus)], store, small_batches, nlp,
                        on_item=lambda *call: calls.append(call))
    return content(db), report, calls


@pytest.fixture
def store_content():
    return content


@pytest.fixture
def check_report():
    return same_report


def content(db: Path) -> dict[str, list]:
    """Every row of every table, without the times at which they were written."""
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
        "AND name NOT IN ('_migrations', 'sqlite_sequence')")]
    out = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                   if r[1] not in TIMES]
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


TIMES = {"ingested_at", "created_at", "at", "first_seen"}


def same_report(report, expected) -> None:
    assert sorted(report.stored) == sorted(expected.stored)
    assert sorted(report.duplicates) == sorted(expected.duplicates)
    assert sorted(str(e) for e in report.failed) == sorted(str(e) for e in expected.failed)
