"""End to end: three outlets report one Geneva meeting in their own styles, and a fourth
article reports another meeting; ingested together they give two events, the first with
three sources."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store

pytestmark = pytest.mark.slow

WIRE = """Ministers meet in Geneva

GENEVA (Example Wire) - French Foreign Minister Jean-Noel Barrot met Italian Foreign Minister
Antonio Tajani in Geneva on Wednesday to discuss migration in the Mediterranean.

Barrot said the talks had been frank.
"""

OPINION = """A meeting that changed little

Antonio Tajani and Jean-Noel Barrot held talks in Geneva on Wednesday, and the result was,
frankly, underwhelming. Europe needs more than polite handshakes.
"""

SURNAMES = """Geneva talks

In Geneva on Wednesday, Tajani and Barrot met for two hours. Tajani later flew back to Rome.
"""

MADRID = """Ministers meet in Madrid

MADRID (Example Wire) - German Foreign Minister Johann Wadephul met Spanish Foreign Minister
Jose Manuel Albares in Madrid on Friday.
"""


@pytest.fixture
def store(tmp_path, nlp):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in [("wire", WIRE), ("opinion", OPINION), ("surnames", SURNAMES),
                       ("madrid", MADRID)]:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    settings = Settings(db_path=tmp_path / "news.db")
    with Store.open(settings.db_path, settings) as opened:
        report = ingest([str(folder)], opened, settings, nlp, published="2025-03-14")
        assert len(report.stored) == 4 and not report.failed
        yield opened


def test_three_reports_of_one_meeting_are_one_event(store):
    (geneva,) = store.events(actor="Tajani", with_="Barrot")
    assert (geneva.type, geneva.date, geneva.sources, geneva.families) == (
        "CONSULT", "2025-03-12", 3, 3)
    assert set(geneva.participants) == {"Jean-Noel Barrot", "Antonio Tajani"}
    assert geneva.location == "Geneva"
    triggers = sorted(s.trigger for s in store.event(geneva.id).sources)
    assert triggers == ["met", "met", "talks"]


def test_a_different_meeting_is_a_separate_event(store):
    rows = store.events()
    assert len(rows) == 2
    (madrid,) = [r for r in rows if "Johann Wadephul" in r.participants]
    assert madrid.sources == 1 and madrid.date == "2025-03-14"
    assert [e.what for e in store.timeline("Albares")] == ["event"]


def test_the_cli_lists_shows_and_tells_events(store):
    db = str(store.path)
    run = CliRunner().invoke
    listed = json.loads(run(cli, ["events", "--db", db, "--with", "Barrot", "--json"]).output)
    assert [(r["sources"], r["families"]) for r in listed] == [(3, 3)]
    shown = run(cli, ["event", str(listed[0]["id"]), "--db", db])
    assert shown.exit_code == 0 and "3 sources, 3 independent" in shown.output
    rows = list(csv.DictReader(io.StringIO(
        run(cli, ["event", str(listed[0]["id"]), "--db", db, "--csv"]).output)))
    assert len(rows) == 3 and {r["event_type"] for r in rows} == {"CONSULT"}
    told = run(cli, ["timeline", "Tajani", "Barrot", "--db", db, "--nl"])
    assert [json.loads(line)["what"] for line in told.output.splitlines()] == ["event"]
    missing = run(cli, ["event", "999", "--db", db])
    assert missing.exit_code == 1 and "no event with id" in missing.output


STANDOFF = {
    "manila": "Manila protests to Beijing\n\nThe Philippines on Saturday accused the Chinese "
              "coastguard of firing water cannon at its supply boats near a disputed reef.\n",
    "army": "Standoff at sea\n\nThe Armed Forces of the Philippines on Saturday accused China "
            "of reckless and dangerous acts after a standoff near the reef.\n",
    "beijing": "Beijing hits back\n\nChina on Saturday accused the Philippine Navy of "
               "provocations near the disputed reef.\n",
    "troops": "Shelling in the east\n\nRussian troops shelled Kharkiv on Friday, the regional "
              "governor said.\n",
    "russia": "Kharkiv under fire\n\nRussia shelled the city of Kharkiv on Friday, according "
              "to officials.\n",
}


@pytest.mark.parametrize("order", [list(STANDOFF), list(reversed(STANDOFF))])
def test_a_state_and_its_organs_report_one_event_but_not_the_reply(tmp_path, nlp, order):
    """'The Philippines accused the Chinese coastguard' and 'the Armed Forces of the
    Philippines accused China' are one accusation, in either order; China's accusation of
    the Philippine Navy that day is another."""
    settings = Settings(db_path=tmp_path / "news.db")
    with Store.open(settings.db_path, settings) as store:
        for name in order:
            path = tmp_path / f"{name}.txt"
            path.write_text(STANDOFF[name], encoding="utf-8")
            ingest([str(path)], store, settings, nlp, published="2025-03-16")
        accusations = {frozenset(r.participants): r.sources
                       for r in store.events() if r.type == "ACCUSE"}
        assert accusations == {
            frozenset({"Philippines", "Chinese coastguard", "Armed Forces of the Philippines",
                       "China"}): 2,
            frozenset({"China", "Philippine Navy"}): 1,
        }
        (shelling,) = [r for r in store.events() if r.type == "ASSAULT" and r.location == "Kharkiv"]
        assert shelling.sources == 2
