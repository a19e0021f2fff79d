"""Detentions of people named in a list, counted first and named later, told again as
earlier, released and taken to court."""

from __future__ import annotations

import pytest

from .conftest import names, one

pytestmark = pytest.mark.slow

NAMES = {"Tom Reed", "Lisa Park", "Omar Haddad"}


def test_all_three_are_the_three_just_named_and_released_shares_the_passive(events_of):
    text = ("Tom Reed, Lisa Park and activist Omar Haddad were detained in Springfield on "
            "Tuesday. All three had been detained at a vigil and released with warnings on "
            "March 1.")
    events = events_of(text)
    release = one(events, "RETREAT")
    assert names(release.targets) == NAMES and release.date.value == "2024-03-01"
    earlier = [e for e in events if e.type == "COERCE" and e.date.value == "2024-03-01"]
    assert len(earlier) == 1 and names(earlier[0].targets) == NAMES


def test_a_count_of_people_is_the_people_named_as_many(events_of):
    text = ("Police in Springfield have detained at least three people, the rights group "
            "Open Eyes reported Tuesday. Open Eyes said Tom Reed, Lisa Park and Omar Haddad "
            "were taken into police custody on Tuesday morning.")
    arrest = one(events_of(text), "COERCE")
    assert NAMES <= names(arrest.targets) and "Police in Springfield" in names(arrest.actors)


def test_an_act_told_as_earlier_is_the_one_told_with_had_been(events_of):
    text = ("Police detained at least three people who were previously detained at vigils, "
            "the group reported Tuesday. Tom Reed, Lisa Park and Omar Haddad had been "
            "detained at vigils on March 1.")
    arrests = [e for e in events_of(text) if e.type == "COERCE"]
    assert len(arrests) == 2  # today's, and the earlier one with its own date
    assert {e.date.value for e in arrests} == {"2024-03-05", "2024-03-01"}


def test_taken_to_court_is_a_charge_against_whoever_is_taken(events_of):
    charge = one(events_of("Open Eyes said Haddad was being taken to court to face trial."),
                 "ACCUSE")
    assert names(charge.targets) == {"Haddad"}  # the court is where, not whom


@pytest.mark.parametrize("text, targets", [
    ("The authorities deported Tom Reed to Canada on Monday.", {"Tom Reed"}),
    ("The government banned all aid to the rebels.", {"rebels"}),  # no one coerced before
])
def test_a_to_phrase_of_a_coercion_is_where_once_someone_is_coerced(events_of, text, targets):
    assert names(one(events_of(text), "COERCE").targets) == targets


@pytest.mark.parametrize("text, released", [
    ("Rescuers managed to free people from apartments and from under the rubble.", False),
    ("The army freed ten hostages from captivity on Monday.", True),
    ("Hamas released two hostages on Monday.", True),
])
def test_freed_from_anything_but_custody_is_no_release(events_of, text, released):
    assert bool([e for e in events_of(text) if e.type == "RETREAT"]) == released
