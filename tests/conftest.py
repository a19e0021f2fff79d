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


# -- a small world of events, for dyads and exports ----------------------------------------

MEETING = ("Turkey's Defence Minister Hulusi Akar met Syria's Defence Minister Ali Mahmoud "
           "Abbas in Moscow on Wednesday. \"Syria and Turkey want peace,\" Akar said.")
REPORT = "In Moscow, Akar met Abbas on Wednesday, the first such talks in years."
ACCUSATION = ("Syria's President Bashar Assad accused Turkey of an attack on Sunday. Turkey "
              "threatened Syria that week. Assad and Akar met in Damascus, an aide said.")
EXILE = ("Syria's former president Bashar Assad criticised Russia. Syrian protesters rallied "
         "in Damascus on Tuesday. Assad plans to visit Moscow.")

_COUNTRY = {"Syria": "SY", "Turkey": "TR", "Russia": "RU"}
# A group as the extractor gives it (an entity of type NORP whose kb says so).
_GROUP = {"kind": "group", "head": "protesters", "country_code": "SY"}


def _entity(text: str, eid: str, name: str, type_: str = "PERSON", aliases=(), roles=(),
            kb=None):
    import re

    from newsgraph.records import Entity, Role, Span

    spans = []
    for form in sorted({name, *aliases}, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if all(m.end() <= s.start or m.start() >= s.end for s in spans):
                spans.append(Span(m.start(), m.end(), m.group()))
    built = []
    for words, of in roles:
        start = text.index(words)
        built.append(Role(words, of, start, start + len(words)))
    return Entity(eid, name, type_, tuple(aliases), tuple(sorted(spans, key=lambda s: s.start)),
                  tuple(built), kb)


def _places(text: str):
    out = [_entity(text, n.lower(), n, "GPE", kb={"kind": "country", "country_code": c})
           for n, c in _COUNTRY.items() if n in text]
    for name, code, lat, lon in (("Moscow", "RU", 55.75, 37.62), ("Damascus", "SY", 33.51, 36.29)):
        if name in text:
            out.append(_entity(text, name.lower(), name, "GPE", kb={
                "kind": "city", "country_code": code, "capital": True, "lat": lat, "lon": lon}))
    return out


def _event(text, trigger, type_, kind, date, actors=(), targets=(), others=(), at=None,
           status="reported"):
    start = text.index(trigger)
    return {"type": type_, "kind": kind, "trigger": trigger, "start": start,
            "end": start + len(trigger), "date": date, "date_source": "sentence" if date else None,
            "location": at, "participants": [*actors, *targets, *others],
            "actors": list(actors), "targets": list(targets), "status": status}


def _day(value, earliest=None, latest=None):
    return {"value": value, "text": value, "earliest": earliest or value,
            "latest": latest or value}


def world_articles():
    """Four articles: one meeting reported twice; an accusation by a president, a threat
    dated by a week across two months and a meeting with no direction; what he did once
    ousted, a protest by a group and a visit only planned."""
    from newsgraph.records import Article, CleanArticle

    akar = ("akar", "Hulusi Akar", "PERSON", ["Akar"])
    abbas = ("abbas", "Ali Mahmoud Abbas", "PERSON", ["Abbas"])
    assad = ("assad", "Bashar Assad", "PERSON", ["Assad"])

    def article(text, people, events, quotes=(), **meta):
        ents = [_entity(text, *person) for person in people] + _places(text)
        return Article(CleanArticle(text=text, **meta), tuple(ents), tuple(quotes),
                       tuple(events))

    said = MEETING.index("Syria and Turkey want peace")
    speaker = MEETING.rindex("Akar")
    quote = {"text": "Syria and Turkey want peace", "kind": "direct", "start": said,
             "end": said + 27, "speaker": {"text": "Akar", "start": speaker,
                                           "end": speaker + 4, "entity": "akar"},
             "cue": "said", "channel": None, "via": None}
    wednesday = _day("2022-12-28")
    return [
        article(MEETING, [(*akar, [("Defence Minister", "turkey")]),
                          (*abbas, [("Defence Minister", "syria")])],
                [_event(MEETING, "met", "CONSULT", "meeting", wednesday, ["akar"], ["abbas"],
                        at="moscow")], [quote],
                title="Akar meets Abbas", published="2022-12-29", outlet="Wire",
                url="https://example.org/meeting"),
        article(REPORT, [(*akar, []), (*abbas, [])],
                [_event(REPORT, "met", "CONSULT", "meeting", wednesday, ["akar"], ["abbas"],
                        at="moscow")],
                title="First talks in years", published="2022-12-30", outlet="Weekly",
                url="https://example.org/report"),
        article(ACCUSATION, [(*assad, [("President", "syria")]), (*akar, [])],
                [_event(ACCUSATION, "accused", "ACCUSE", "accusation", _day("2023-04-30"),
                        ["assad"], ["turkey"]),
                 _event(ACCUSATION, "threatened", "THREATEN", "threat",
                        _day("2023-W13", "2023-03-27", "2023-04-02"), ["turkey"], ["syria"]),
                 _event(ACCUSATION, "met", "CONSULT", "meeting", None, others=["assad", "akar"],
                        at="damascus")],
                title="Assad accuses Turkey", published="2023-05-01", outlet="Wire",
                url="https://example.org/accusation"),
        article(EXILE, [(*assad, [("former president", "syria")]),
                        ("protesters", "Syrian protesters", "NORP", [], [], _GROUP)],
                [_event(EXILE, "criticised", "ACCUSE", "criticism", None, ["assad"], ["russia"]),
                 _event(EXILE, "rallied", "PROTEST", "demonstration", _day("2025-10-21"),
                        ["protesters"], at="damascus"),
                 _event(EXILE, "visit", "CONSULT", "visit", None, ["assad"], at="moscow",
                        status="planned")],
                title="Assad in exile", published="2025-10-21", outlet="Other Wire"),
    ]


@pytest.fixture
def world(tmp_path):
    """A store on disk holding ``world_articles()``."""
    from newsgraph.store import Store

    path = tmp_path / "world.db"
    with Store.open(path, Settings(db_path=path)) as store:
        for a in world_articles():
            store.add(a)
        yield store
