"""A cancelled meeting names who would have met; an act aimed at is not done; what an event
noun was aimed at is not another act."""

from __future__ import annotations

import pytest

from .conftest import names, one

pytestmark = pytest.mark.slow


def test_a_cancelled_meeting_names_both_sides(events_of):
    text = ("President Ana Lopez spoke with Prime Minister Tom Reed on Monday. The tariffs came "
            "after a planned Lopez-Reed summit in Geneva was canceled.")
    cancelled = one(events_of(text), "SANCTION")
    assert cancelled.kind == "cancellation" and {"Lopez", "Reed"} <= names(cancelled.participants)


def test_progress_toward_an_act_is_not_the_act(events_of):
    text = "Sweden welcomed Norway's progress toward ending the trade war with Denmark."
    assert one(events_of(text), "RETREAT").status == "hypothetical"


def test_what_sanctions_targeted_is_not_an_attack(events_of):
    text = "The US imposed sanctions on Iran on Monday. The sanctions targeted two banks in Tehran."
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]


def test_a_meeting_said_to_be_off_is_called_off_by_who_says_so(events_of):
    text = ("The tariffs came a day after President Ana Lopez confirmed that a planned meeting "
            "with Prime Minister Tom Reed to discuss trade was off.")
    events = events_of(text)
    cancelled = one(events, "SANCTION")
    assert cancelled.kind == "cancellation" and cancelled.status == "reported"
    assert names(cancelled.actors) == {"Ana Lopez"} and names(cancelled.targets) == {"Tom Reed"}
    assert not [e for e in events if e.type == "CONSULT"]
