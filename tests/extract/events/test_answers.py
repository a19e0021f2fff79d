"""Acts told through another: a request answered, a meeting in which something was done,
a reaction drawn out of someone, a wrongdoing only alleged, a suspension of whom."""

from __future__ import annotations

import pytest

from .conftest import names, one

pytestmark = pytest.mark.slow

APPROVAL = ("Ties cooled after Smith spoke with Jones on Thursday and after Smith did not "
            "approve Canadian Prime Minister Ana Lopez’s request for new fighter jets in a "
            "meeting on Friday.")


def test_a_request_not_approved_is_refused_and_was_made(events_of):
    events = events_of(APPROVAL)
    refusal = one(events, "REJECT")
    assert refusal.status == "reported" and names(refusal.actors) == {"Smith"}
    assert names(refusal.targets) == {"Ana Lopez"}
    assert refusal.date.value == "2024-03-08"  # its own clause's Friday, not Thursday
    request = one(events, "REQUEST")
    assert request.status == "reported" and names(request.targets) == {"Smith"}


def test_a_meeting_in_which_an_act_was_done_is_held_by_both_sides(events_of):
    meeting = one(events_of(APPROVAL), "CONSULT")
    assert meeting.status == "reported"  # not undone by 'did not approve'
    assert names(meeting.actors) == {"Smith", "Ana Lopez"}


def test_an_approved_request_is_granted(events_of):
    text = "The governor approved the union's request for a pay rise on Monday."
    assert one(events_of(text), "AGREE").status == "reported"


@pytest.mark.parametrize("text, reactor", [
    ("The Unity Party was declared the winner, prompting allegations of fraud from three "
     "opposition parties.", "three opposition parties"),
    ("The Unity Party won the vote, drawing condemnation from the African Union.",
     "African Union"),
])
def test_a_reaction_drawn_from_someone_is_theirs_at_whoever_drew_it(events_of, text, reactor):
    events = events_of(text)
    accusation = one(events, "ACCUSE")
    assert names(accusation.actors) == {reactor}
    assert names(accusation.targets) == {"Unity Party"}
    assert not [e for e in events if e.type == "CRIME"]  # the fraud is only alleged


@pytest.mark.parametrize("text, coerced", [
    ("The council suspended the mayor on Monday.", True),
    ("The cabinet decided to suspend the accession process.", False),
])
def test_suspending_someone_removes_them_from_office(events_of, text, coerced):
    assert bool([e for e in events_of(text) if e.type == "COERCE"]) == coerced


def test_a_demand_of_someone_is_theirs_and_not_aimed_at_who_repeats_it(events_of):
    demand = one(events_of("Sweden reiterated a key demand of Norway and Denmark."), "REQUEST")
    assert {"Norway", "Denmark"} <= names(demand.actors) and not demand.targets


def test_the_protests_told_after_a_storming_are_that_protest(events_of):
    text = ("Protesters stormed the parliament in Lima on Tuesday. The protests were organized "
            "by students over social media.")
    assert len([e for e in events_of(text) if e.type == "PROTEST"]) == 1


def test_an_act_someone_would_be_prepared_to_do_is_theirs(events_of):
    text = ("Serbia will freeze its bid until 2028, when Belgrade would be “fully prepared to "
            "open negotiations for membership of the bloc in 2030”.")
    talks = one(events_of(text), "CONSULT")
    assert names(talks.actors) == {"Belgrade"} and talks.status == "hypothetical"
