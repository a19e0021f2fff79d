"""Cross-article fusion: which reports are one real-world event, and which sources are
copies of one wire story."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsgraph.resolve.fusion import (
    EventFacts, SourceText, best_match, family, fuse, other_types, same_event, same_story,
)

# Actor ids, as identity resolution gives them.
BARROT, TAJANI, ALBARES, GENEVA, ROME = 1, 2, 3, 10, 11
COUNTRIES = {GENEVA: "CH", ROME: "IT"}  # the gazetteer locates both


def facts(type_="CONSULT", kind="meeting", who=(BARROT, TAJANI), date="2025-03-12",
          earliest=None, latest=None, at=None, id_=None) -> EventFacts:
    if date and len(date) == 10 and earliest is None:
        earliest = latest = date
    return EventFacts(type=type_, kind=kind, participants=frozenset(who), date=date,
                      earliest=earliest, latest=latest, location=at, id=id_,
                      location_country=COUNTRIES.get(at))


STORED = facts(at=GENEVA, id_=7)


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        # the same meeting, told as 'held talks' by one outlet and 'met' by another
        (facts(kind="talks", who=(TAJANI, BARROT)), True),
        (facts(at=GENEVA), True),
        (facts(date="2025-W11", earliest="2025-03-10", latest="2025-03-16"), True),
        (facts(date="2025-03"), True),
        (facts(type_="CONSULT", kind="visit", who=(BARROT, TAJANI, ALBARES)), True),
        # different dates: two meetings
        (facts(date="2025-03-19"), False),
        (facts(date="2025-W12", earliest="2025-03-17", latest="2025-03-23"), False),
        # different participants: two meetings
        (facts(who=(BARROT, ALBARES)), False),
        (facts(who=(ALBARES,)), False),
        # other type, a phone call, another place
        (facts(type_="ACCUSE", kind="accusation"), False),
        (facts(kind="phone_call"), False),
        (facts(at=ROME), False),
        # undated: joins only with two shared actors at the same place
        (facts(date=None, at=GENEVA), True),
        (facts(date=None), False),
        (facts(date=None, who=(BARROT,), at=GENEVA), False),
    ],
)
def test_same_event(report, expected):
    assert same_event(report, STORED) is expected


def test_one_participant_each_side_is_enough_when_dated():
    assert same_event(facts(who=(TAJANI,)), facts(who=(TAJANI,), id_=1))


def test_signing_and_agreeing_can_be_one_event():
    signed = facts(type_="SUPPORT", kind="signing")
    assert same_event(signed, facts(type_="AGREE", kind="agreement", id_=1))


@pytest.mark.parametrize(("type_", "kind", "expected"), [
    ("SUPPORT", "signing", [("AGREE", "agreement")]),
    ("AGREE", "agreement", [("SUPPORT", "signing")]),
    ("CONSULT", "meeting", []),
    ("SUPPORT", None, []),
])
def test_other_types_are_those_same_event_accepts(type_, kind, expected):
    assert other_types(facts(type_=type_, kind=kind)) == expected
    for t, k in expected:
        assert same_event(facts(type_=type_, kind=kind), facts(type_=t, kind=k, id_=1))


def test_best_match_prefers_more_shared_participants():
    older = facts(who=(BARROT, TAJANI, ALBARES), id_=1)
    newer = facts(who=(BARROT, TAJANI, ALBARES), id_=2)
    report = facts(who=(BARROT, TAJANI, ALBARES))
    assert best_match(report, [facts(who=(BARROT, TAJANI), id_=1), newer]).id == 2
    assert best_match(report, [newer, older]).id == 1  # a tie: the oldest event
    assert best_match(facts(date="2024-01-01"), [older, newer]) is None


def test_fuse_keeps_the_narrower_date_a_place_and_everyone():
    week = facts(date="2025-W11", earliest="2025-03-10", latest="2025-03-16", id_=3)
    fused = fuse(week, facts(who=(BARROT, ALBARES), at=GENEVA))
    assert (fused.date, fused.earliest, fused.latest) == ("2025-03-12",) * 3
    assert fused.location == GENEVA and fused.participants == {BARROT, TAJANI, ALBARES}
    assert fuse(STORED, facts(date=None)).date == "2025-03-12"
    assert fused.id == 3


WIRE = ("French Foreign Minister Jean-Noel Barrot met Italian Foreign Minister Antonio Tajani "
        "in Geneva on Wednesday to discuss migration in the Mediterranean. Barrot said the "
        "talks had been frank.")
COPY = WIRE.replace("Wednesday", "Wednesday,") + " The next round is due in May."
OPINION = ("Antonio Tajani and Jean-Noel Barrot held talks in Geneva on Wednesday, and the "
           "result was, frankly, underwhelming.")


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        (COPY, "The Daily", "wire-1"),  # a syndicated copy: one family
        (OPINION, "Example Wire", "wire-1"),  # the same wire credit
        (OPINION, "Opinion Weekly", "new"),  # an independent report
        (OPINION, None, "new"),
    ],
)
def test_family(text, outlet, expected):
    sources = [SourceText("wire-1", WIRE, "Example Wire", "wire-1")]
    assert family("new", text, outlet, sources) == expected


def test_same_story():
    assert same_story(WIRE, COPY)
    assert not same_story(WIRE, OPINION)
    assert not same_story("", WIRE)


def test_an_undated_report_is_bounded_by_its_publication_date():
    from newsgraph.resolve.fusion import EventFacts, bounded

    reported = bounded(EventFacts("CONSULT"), "2025-03-14T10:00:00", days=7)
    assert (reported.earliest, reported.latest) == ("2025-03-07", "2025-03-14")
    planned = bounded(EventFacts("CONSULT", status="planned"), "2025-03-14", days=7)
    assert (planned.earliest, planned.latest) == ("2025-03-14", None)
    dated = EventFacts("CONSULT", date="2025-03-12", earliest="2025-03-12", latest="2025-03-12")
    assert bounded(dated, "2025-03-14", days=7) == dated
    assert bounded(EventFacts("CONSULT"), None, days=7) == EventFacts("CONSULT")


def test_reports_whose_targets_take_no_part_in_each_other_are_two_events():
    from newsgraph.resolve.fusion import EventFacts, same_event

    putin = EventFacts("CONSULT", "meeting", frozenset({1, 2}), date="2025-10-15",
                       earliest="2025-10-15", latest="2025-10-15", targets=frozenset({2}))
    diaspora = EventFacts("CONSULT", "meeting", frozenset({1, 3}), date="2025-10-15",
                          earliest="2025-10-15", latest="2025-10-15", targets=frozenset({3}))
    reversed_ = EventFacts("CONSULT", "meeting", frozenset({1, 2}), date="2025-10-15",
                           earliest="2025-10-15", latest="2025-10-15", targets=frozenset({1}))
    assert not same_event(diaspora, putin) and same_event(reversed_, putin)


def test_acts_in_opposite_directions_are_two_events():
    from newsgraph.resolve.fusion import EventFacts, same_event

    day = {"date": "2023-08-07", "earliest": "2023-08-07", "latest": "2023-08-07"}
    manila = EventFacts("ACCUSE", "accusation", frozenset({1, 2}), targets=frozenset({2}), **day)
    beijing = EventFacts("ACCUSE", "accusation", frozenset({1, 2}), targets=frozenset({1}), **day)
    assert not same_event(manila, beijing)
    met = EventFacts("CONSULT", "meeting", frozenset({1, 2}), targets=frozenset({2}), **day)
    met_back = EventFacts("CONSULT", "meeting", frozenset({1, 2}), targets=frozenset({1}), **day)
    assert same_event(met, met_back)


def test_a_city_and_the_country_it_is_in_are_one_place_two_cities_are_not():
    from dataclasses import replace
    china, beijing, shanghai = 20, 21, 22
    stored = replace(facts(at=beijing, id_=8), location_country="CN")
    in_china = replace(facts(at=china), location_country="CN", location_is_country=True)
    in_shanghai = replace(facts(at=shanghai), location_country="CN")
    assert same_event(in_china, stored)
    assert not same_event(in_shanghai, stored)


def test_a_group_of_a_country_stands_for_it_and_a_phrase_alone_joins_nothing():
    from newsgraph.resolve.fusion import Side, side_of

    russia, ukraine, troops, forces, bessent, allies_a, allies_b = 30, 31, 32, 33, 34, 35, 36
    day = {"date": "2022-02-24", "earliest": "2022-02-24", "latest": "2022-02-24"}
    invaded = EventFacts("ASSAULT", "invasion", frozenset({troops, russia}), **day,
                         sides=frozenset({Side(troops, "RU"), Side(russia, "RU", True)}))
    invasion = EventFacts("ASSAULT", "invasion", frozenset({russia, ukraine, forces}), **day,
                          targets=frozenset({ukraine}), id=1, sides=frozenset({
                              Side(russia, "RU", True), Side(ukraine, "UA", True),
                              Side(forces, "RU")}))
    assert same_event(invaded, invasion)
    # 'Ukrainian troops attacked Russia' is the other way round
    struck_back = EventFacts("ASSAULT", "attack", frozenset({troops, russia}), **day,
                             targets=frozenset({russia}), sides=frozenset({
                                 Side(troops, "UA"), Side(russia, "RU", True)}))
    assert not same_event(struck_back, invasion)
    # 'our allies' twice is one group only beside a shared speaker
    asked = EventFacts("REQUEST", "demand", frozenset({bessent, allies_a}), **day,
                       targets=frozenset({allies_a}), sides=frozenset({Side(allies_a, phrase="allies")}))
    asked_too = EventFacts("REQUEST", "demand", frozenset({bessent, allies_b}), **day,
                           targets=frozenset({allies_b}), id=2,
                           sides=frozenset({Side(allies_b, phrase="allies")}))
    assert same_event(asked, asked_too)
    alone = EventFacts("REQUEST", "demand", frozenset({allies_a}), **day,
                       sides=frozenset({Side(allies_a, phrase="allies")}))
    assert not same_event(alone, replace(alone, participants=frozenset({allies_b}), id=3,
                                         sides=frozenset({Side(allies_b, phrase="allies")})))
    # a country the story's setting lent a group is no tie to it
    assert side_of(8, "GPE", "Russia", {"kind": "country", "country_code": "RU"}) == \
        Side(8, "RUS", True)


@pytest.mark.parametrize("type_, name, kb, country", [
    # organs of a state, their country read from their words
    ("ORG", "Philippine Navy", None, "PHL"),
    ("ORG", "Armed Forces of the Philippines", None, "PHL"),
    ("ORG", "Chinese coastguard", None, "CHN"),
    ("ORG", "Russian troops", {"kind": "group", "head": "troops", "country_code": "RU"}, "RUS"),
    # not the state: an opposition, a charity, a person, a country lent by the setting
    ("NORP", "Syrian rebels", {"kind": "group", "head": "rebels", "country_code": "SY"}, None),
    ("ORG", "American Red Cross", None, None),
    ("PERSON", "Vladimir Putin", None, None),
    ("NORP", "allies", {"kind": "group", "country_code": "IQ", "country_from": "dateline"},
     None),
])
def test_the_side_of_a_participant_is_its_state_when_it_is_an_organ_of_one(type_, name, kb,
                                                                           country):
    from newsgraph.resolve.fusion import side_of

    side = side_of(7, type_, name, kb)
    assert (side.country if side else None) == country
    if kb and kb.get("kind") == "group" and country is None:
        assert side.phrase == name.lower()  # a group: still its phrase


def test_two_places_the_gazetteer_cannot_locate_need_two_actors_and_one_day():
    shoal, sea = 40, 41
    stored = facts(at=sea, id_=9)  # Barrot and Tajani on 2025-03-12, at an unlocated place
    assert same_event(facts(at=shoal), stored)
    assert not same_event(facts(who=(BARROT,), at=shoal), facts(who=(BARROT,), at=sea, id_=9))
    week = {"date": "2025-W11", "earliest": "2025-03-10", "latest": "2025-03-16"}
    assert not same_event(facts(at=shoal, **week), facts(at=sea, id_=9, **week))
    # an area (a sea, a region) may hold the other place: one shared actor is enough
    in_the_sea = replace(facts(who=(BARROT,), at=sea, id_=9), location_area=True)
    assert same_event(facts(who=(BARROT,), at=shoal), in_the_sea)
    assert same_event(replace(facts(who=(BARROT,), at=shoal), location_area=True),
                      facts(who=(BARROT,), at=sea, id_=9))
    # but not a city the gazetteer locates
    assert not same_event(facts(who=(BARROT,), at=ROME), in_the_sea)


def test_a_date_bounded_by_publication_needs_more_than_one_state_or_group():
    """One army's strikes of one week are many: a report dated only by its publication
    date joins on two shared actors, a shared person, or places that agree."""
    from newsgraph.resolve.fusion import bounded

    army, town, other_town, kerry = 50, 51, 52, 53
    stored = facts(type_="ASSAULT", kind="attack", who=(army,), date="2015-03-10", id_=4)
    undated = facts(type_="ASSAULT", kind="attack", who=(army,), date=None)
    assert not same_event(bounded(undated, "2015-03-12", 7), stored)
    assert same_event(bounded(replace(undated, participants=frozenset({army, town})),
                              "2015-03-12", 7),
                      replace(stored, participants=frozenset({army, town})))
    placed = replace(stored, location=town)
    assert same_event(bounded(replace(undated, location=town), "2015-03-12", 7), placed)
    assert not same_event(bounded(replace(undated, location=other_town), "2015-03-12", 7),
                          placed)
    talks = facts(who=(kerry,), date="2015-03-10", id_=5)
    assert same_event(bounded(replace(facts(who=(kerry,), date=None), people=frozenset({kerry})),
                              "2015-03-12", 7), replace(talks, people=frozenset({kerry})))
