"""Cross-article fusion: which reports are one real-world event, and which sources are
copies of one wire story."""

from __future__ import annotations

import pytest

from newsgraph.resolve.fusion import (
    EventFacts, SourceText, best_match, family, fuse, other_types, same_event, same_story,
)

# Actor ids, as identity resolution gives them.
BARROT, TAJANI, ALBARES, GENEVA, ROME = 1, 2, 3, 10, 11


def facts(type_="CONSULT", kind="meeting", who=(BARROT, TAJANI), date="2025-03-12",
          earliest=None, latest=None, at=None, id_=None) -> EventFacts:
    if date and len(date) == 10 and earliest is None:
        earliest = latest = date
    return EventFacts(type=type_, kind=kind, participants=frozenset(who), date=date,
                      earliest=earliest, latest=latest, location=at, id=id_)


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
