"""Events in the store: reports of one meeting fused across articles, listed, shown with
every source, filtered, and told in a timeline with statements."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.errors import InputError, NotFound
from newsgraph.store.migrations import MIGRATIONS

WIRE = ("Turkish Defence Minister Hulusi Akar met Syrian Defence Minister Ali Mahmoud Abbas "
        "in Moscow on Wednesday. Akar said the talks were constructive.")
COPY = ("Turkish Defence Minister Hulusi Akar met Syrian Defence Minister Ali Mahmoud Abbas "
        "in Moscow on Wednesday. Akar said the talks were constructive, the agency reported.")
OTHER = "In Moscow, Akar and Abbas held talks on Wednesday, the first such contact in years."
LATER = '"Turkey wants peace with Abbas," Akar said on Friday, after he phoned him.'
LATER_MEETING = "Akar met Abbas again in Ankara on 3 January."

DAY = {"value": "2022-12-28", "text": "Wednesday", "earliest": "2022-12-28",
       "latest": "2022-12-28"}


def _event(text, trigger, who, type_="CONSULT", kind="meeting", date=DAY, at="moscow",
           source="sentence"):
    start = text.index(trigger)
    return {"type": type_, "kind": kind, "trigger": trigger, "start": start,
            "end": start + len(trigger), "date": date, "date_source": source if date else None,
            "location": at, "participants": list(who), "actors": list(who[:1]),
            "targets": list(who[1:])}


def _article(make_article, ent, text, events, **meta):
    article = make_article(
        text, ent("akar", "Hulusi Akar", aliases=["Akar"]),
        ent("abbas", "Ali Mahmoud Abbas", aliases=["Abbas"]),
        ent("moscow", "Moscow", "GPE"), ent("ankara", "Ankara", "GPE"), **meta)
    return dataclasses.replace(article, events=tuple(events))


@pytest.fixture
def stored(store, make_article, ent):
    articles = [
        _article(make_article, ent, WIRE, [_event(WIRE, "met", ["akar", "abbas"])],
                 title="Akar meets Abbas", outlet="Wire", published="2022-12-29"),
        _article(make_article, ent, COPY, [_event(COPY, "met", ["akar", "abbas"])],
                 title="Ministers meet", outlet="Daily Mirror", published="2022-12-29"),
        _article(make_article, ent, OTHER,
                 [_event(OTHER, "talks", ["abbas", "akar"], kind="talks", at="moscow")],
                 title="First contact", outlet="Weekly", published="2022-12-30"),
        _article(make_article, ent, LATER_MEETING, [_event(
            LATER_MEETING, "met", ["akar", "abbas"], at="ankara",
            date={"value": "2023-01-03", "text": "3 January", "earliest": "2023-01-03",
                  "latest": "2023-01-03"})], title="Again", published="2023-01-04"),
    ]
    later = _article(make_article, ent, LATER, [_event(
        LATER, "phoned", ["akar", "abbas"], kind="phone_call", date=None, at=None)],
        title="Akar on peace", published="2023-01-06")
    speaker, words = LATER.index("Akar said"), "Turkey wants peace with Abbas"
    later = dataclasses.replace(later, quotes=({
        "text": words, "kind": "direct", "start": 1, "end": 1 + len(words),
        "speaker": {"text": "Akar", "start": speaker, "end": speaker + 4, "entity": "akar"},
        "cue": "said", "channel": None, "via": None},))
    for article in [*articles, later]:
        store.add(article)
    return store


def test_the_events_migration_follows_the_earlier_ones():
    names = [m.__name__ for m in MIGRATIONS]
    assert names.index("m011_events") == names.index("m010_date_mentions") + 1


def test_reports_of_one_meeting_are_one_event(stored):
    rows = stored.events()
    assert [(r.date, r.kind, r.sources) for r in rows] == [
        ("2023-01-03", "meeting", 1), ("2022-12-28", "meeting", 3), (None, "phone_call", 1)]
    moscow = rows[1]
    assert moscow.participants == ("Hulusi Akar", "Ali Mahmoud Abbas")
    assert moscow.location == "Moscow" and moscow.title == "Akar meets Abbas"
    assert moscow.families == 2  # the wire story and its copy are one family


def test_an_event_keeps_each_reports_own_words(stored):
    moscow = stored.events(from_="2022-12", to="2022-12")[0]
    detail = stored.event(moscow.id)
    assert [(s.outlet, s.trigger) for s in detail.sources] == [
        ("Wire", "met"), ("Daily Mirror", "met"), ("Weekly", "talks")]
    assert detail.sources[2].sentence == OTHER
    assert detail.sources[0].sentence == WIRE.split(". ")[0] + "."
    assert detail.sources[0].family == detail.sources[1].family != detail.sources[2].family
    assert detail.families == 2
    roles = {(a.name, a.role) for a in detail.actors}
    assert {("Hulusi Akar", "actor"), ("Ali Mahmoud Abbas", "target"),
            ("Ali Mahmoud Abbas", "actor")} <= roles  # Weekly has Abbas first
    assert detail.to_dict()["sources"][0]["date"] == "2022-12-28"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "Akar"}, ["2023-01-03", "2022-12-28", None]),
        ({"actor": "Akar", "with_": "Ali Mahmoud Abbas"}, ["2023-01-03", "2022-12-28", None]),
        ({"with_": "Moscow"}, []),  # a place is not a participant
        ({"type": "consult", "from_": "2023"}, ["2023-01-03"]),
        ({"type": "ACCUSE"}, []),
        ({"to": "2022"}, ["2022-12-28"]),
        ({"limit": 1, "offset": 1}, ["2022-12-28"]),
    ],
)
def test_events_filters(stored, filters, expected):
    assert [r.date for r in stored.events(**filters)] == expected


def test_unknown_event_and_actor(stored):
    with pytest.raises(NotFound):
        stored.event(999)
    with pytest.raises(NotFound):
        stored.event("nope")
    with pytest.raises(NotFound):
        stored.event("1058990988218236426545790976")  # beyond SQLite's integers
    with pytest.raises(NotFound):
        stored.events(actor="Nobody At All")


def test_timeline_is_in_date_order_with_statements(stored):
    entries = stored.timeline("Akar")
    assert [(e.date, e.what, e.label) for e in entries] == [
        ("2022-12-28", "event", "meeting"), ("2023-01-03", "event", "meeting"),
        ("2023-01-06", "quote", None), (None, "event", "phone_call")]
    assert [s.outlet for s in entries[0].sources] == ["Wire", "Daily Mirror", "Weekly"]
    assert entries[2].text == "Turkey wants peace with Abbas"
    assert entries[2].actors == ("Hulusi Akar",)


def test_timeline_between_two_actors(stored):
    both = stored.timeline("Akar", "Abbas", from_="2023")  # an undated event has no place
    assert [(e.date, e.what) for e in both] == [("2023-01-03", "event"), ("2023-01-06", "quote")]
    assert stored.timeline("Abbas", to="2022")[0].sources[0].title == "Akar meets Abbas"
    assert [e.what for e in stored.timeline("Abbas")] == ["event", "event", "event"]


def test_dossier_lists_the_actors_events(stored):
    assert [e.date for e in stored.dossier("Abbas").events] == ["2023-01-03", "2022-12-28",
                                                               None]


def test_an_article_stored_twice_adds_no_source(stored, make_article, ent):
    again = _article(make_article, ent, WIRE, [_event(WIRE, "met", ["akar", "abbas"])],
                     title="Akar meets Abbas", outlet="Wire", published="2022-12-29")
    assert stored.add(again).status == "duplicate"
    assert stored.events(to="2022")[0].sources == 3


def test_an_undated_report_joins_a_dated_event_only_at_the_same_place(store, make_article, ent):
    store.add(_article(make_article, ent, WIRE, [_event(WIRE, "met", ["akar", "abbas"])]))
    store.add(_article(make_article, ent, OTHER, [
        _event(OTHER, "talks", ["akar", "abbas"], kind="talks", date=None)]))
    store.add(_article(make_article, ent, LATER_MEETING, [
        _event(LATER_MEETING, "met", ["akar", "abbas"], date=None, at=None)]))
    assert [(r.date, r.sources) for r in store.events()] == [("2022-12-28", 2), (None, 1)]


def test_a_later_report_narrows_the_date(store, make_article, ent):
    week = {"value": "2022-W52", "text": "last week", "earliest": "2022-12-26",
            "latest": "2023-01-01"}
    store.add(_article(make_article, ent, OTHER, [
        _event(OTHER, "talks", ["akar", "abbas"], kind="talks", date=week, source="context")]))
    store.add(_article(make_article, ent, WIRE, [_event(WIRE, "met", ["akar", "abbas"])]))
    (row,) = store.events()
    assert (row.date, row.date_source, row.sources) == ("2022-12-28", "sentence", 2)
    assert [s.date for s in store.event(row.id).sources] == ["2022-W52", "2022-12-28"]


PLANNED = "Akar will meet Abbas in Moscow on Wednesday, his office said."
DENIED = "Akar did not meet Abbas in Moscow on Wednesday, his office said."


@pytest.fixture
def with_statuses(stored, make_article, ent):
    for text, trigger, status in ((PLANNED, "meet", "planned"), (DENIED, "meet", "negated")):
        event = {**_event(text, trigger, ["akar", "abbas"]), "status": status,
                 "location_source": "clause"}
        stored.add(_article(make_article, ent, text, [event], title=status,
                            published="2022-12-27"))
    return stored


def test_listings_show_what_happened_unless_asked(with_statuses):
    assert {r.status for r in with_statuses.events()} == {"reported"}
    assert [r.title for r in with_statuses.events(status="planned")] == ["planned"]
    assert {r.status for r in with_statuses.events(status="all")} == \
        {"reported", "planned", "negated"}


def test_a_planned_or_denied_meeting_is_not_fused_with_the_meeting_held(with_statuses):
    held = with_statuses.events()[1]
    assert (held.date, held.sources) == ("2022-12-28", 3)
    planned = with_statuses.events(status="planned")[0]
    assert planned.id != held.id and planned.sources == 1


def test_an_event_lists_its_direction_and_status(with_statuses):
    planned = with_statuses.events(status="planned")[0]
    assert (planned.actors, planned.targets) == (("Hulusi Akar",), ("Ali Mahmoud Abbas",))
    detail = with_statuses.event(planned.id)
    assert (detail.status, detail.location_source) == ("planned", "clause")
    assert [s.status for s in detail.sources] == ["planned"]


def test_an_unknown_status_says_which_there_are(stored):
    with pytest.raises(InputError, match="unknown event status") as err:
        stored.events(status="rumoured")
    assert "reported" in err.value.hint


def test_an_event_stated_inside_a_quote_links_to_the_quote(stored, make_article, ent):
    text = 'Akar said: "I met Abbas in Moscow on Wednesday."'
    words = "I met Abbas in Moscow on Wednesday."
    article = _article(make_article, ent, text, [_event(text, "met", ["akar", "abbas"])],
                       title="Akar on Moscow", published="2022-12-29")
    article = dataclasses.replace(article, quotes=({
        "text": words, "kind": "direct", "start": text.index(words),
        "end": text.index(words) + len(words),
        "speaker": {"text": "Akar", "start": 0, "end": 4, "entity": "akar"},
        "cue": "said", "channel": None, "via": None},))
    stored.add(article)
    sources = [s for r in stored.events() for s in stored.event(r.id).sources]
    claimed = [s for s in sources if s.article_id == article.id]
    assert [s.quote_id is not None for s in claimed] == [True]
    assert all(s.quote_id is None for s in sources if s.article_id != article.id)


FIDAN = "Hakan Fidan and Ali Mamlouk held talks in Moscow on Wednesday."
ALL_FOUR = ("Akar, Abbas, Fidan and Mamlouk met in Moscow on Wednesday, their first "
            "meeting in eleven years.")


@pytest.mark.parametrize("order", [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1),
                                   (2, 1, 0)])
def test_half_told_reports_become_one_event_whatever_the_order(store, make_article, ent, order):
    people = [ent("akar", "Hulusi Akar", aliases=["Akar"]),
              ent("abbas", "Ali Mahmoud Abbas", aliases=["Abbas"]),
              ent("fidan", "Hakan Fidan", aliases=["Fidan"]),
              ent("mamlouk", "Ali Mamlouk", aliases=["Mamlouk"]), ent("moscow", "Moscow", "GPE")]
    reports = [(WIRE, "met", ["akar", "abbas"]), (FIDAN, "talks", ["fidan", "mamlouk"]),
               (ALL_FOUR, "met", ["akar", "abbas", "fidan", "mamlouk"])]
    for i in order:
        text, trigger, who = reports[i]
        present = [p for p in people if p["name"].split()[-1] in text or p["id"] == "moscow"]
        article = make_article(text, *present, title=f"report {i}", published="2022-12-29")
        article = dataclasses.replace(article, events=(_event(text, trigger, who),))
        store.add(article)
    (event,) = store.events()
    assert event.sources == 3 and event.date == "2022-12-28" and event.location == "Moscow"
    assert set(event.participants) == {"Hulusi Akar", "Ali Mahmoud Abbas", "Hakan Fidan",
                                       "Ali Mamlouk"}


def test_a_report_in_the_country_joins_the_event_in_its_city(store, make_article, ent):
    moscow_kb = {"country_code": "RU", "kind": "city"}
    in_moscow = make_article(WIRE, ent("akar", "Hulusi Akar", aliases=["Akar"]),
                             ent("abbas", "Ali Mahmoud Abbas", aliases=["Abbas"]),
                             ent("moscow", "Moscow", "GPE", kb=moscow_kb))
    text = "Hulusi Akar met Ali Mahmoud Abbas in Russia on Wednesday."
    in_russia = make_article(text, ent("akar", "Hulusi Akar"),
                             ent("abbas", "Ali Mahmoud Abbas"),
                             ent("russia", "Russia", "GPE", kb={"country_code": "RU",
                                                                "kind": "country"}))
    store.add(dataclasses.replace(in_moscow, events=(_event(WIRE, "met", ["akar", "abbas"]),)))
    store.add(dataclasses.replace(in_russia, events=(
        _event(text, "met", ["akar", "abbas"], at="russia"),)))
    assert [r.sources for r in store.events()] == [2]


def test_a_later_report_that_fits_two_events_of_one_article_does_not_merge_them(
        store, make_article, ent):
    """One article's demand of its allies and its demand of no one are two demands: a
    report of the second alone joins it, and leaves the first as it was."""
    speaker = ent("voss", "Lena Voss", aliases=["Voss"])
    allies = ent("allies", "allies", "NORP", kb={"kind": "group", "head": "allies"})
    text = "Voss urged allies to join on Wednesday. Voss demanded a ceasefire at once."
    first = make_article(text, speaker, allies, title="two demands", published="2022-12-29")
    store.add(dataclasses.replace(first, events=(
        _event(text, "urged", ["voss", "allies"], "REQUEST", "demand", at=None),
        _event(text, "demanded", ["voss"], "REQUEST", "demand", at=None))))
    again = "Voss demanded a ceasefire on Wednesday."
    second = make_article(again, speaker, title="one demand", published="2022-12-29")
    store.add(dataclasses.replace(second, events=(
        _event(again, "demanded", ["voss"], "REQUEST", "demand", at=None),)))
    assert sorted((r.sources, r.participants) for r in store.events()) == [
        (1, ("Lena Voss", "allies")), (2, ("Lena Voss",))]


SIGNED = "Akar and Abbas signed a security pact in Moscow on Wednesday."
AGREED = "In Moscow, Akar and Abbas agreed a security pact on Wednesday."
CONDEMNED = "Akar condemned Abbas in Moscow on Wednesday."


def test_a_signing_and_an_agreement_fuse_and_another_type_does_not(store, make_article, ent):
    for text, trigger, type_, kind in ((SIGNED, "signed", "SUPPORT", "signing"),
                                       (AGREED, "agreed", "AGREE", "agreement"),
                                       (CONDEMNED, "condemned", "DISAPPROVE", "criticism")):
        event = _event(text, trigger, ["akar", "abbas"], type_=type_, kind=kind)
        store.add(_article(make_article, ent, text, [event], title=trigger,
                           published="2022-12-29"))
    assert sorted((r.type, r.sources) for r in store.events()) == [
        ("DISAPPROVE", 1), ("SUPPORT", 2)]
