"""Whether an event happened, is planned, hypothetical or negated."""

from __future__ import annotations

import pytest

from newsgraph.extract.events import plover_type

from .conftest import names, one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, type_, status", [
    ("Olaf Scholz met Emmanuel Macron in Paris.", "CONSULT", "reported"),
    ("Olaf Scholz will meet Emmanuel Macron in Paris.", "CONSULT", "planned"),
    ("Iraq said it would prosecute the protesters.", "COERCE", "planned"),
    ("Olaf Scholz did not meet Emmanuel Macron in Paris.", "CONSULT", "negated"),
    ("Olaf Scholz could meet Emmanuel Macron in Paris.", "CONSULT", "hypothetical"),
    ("Eli Cohen offered humanitarian help to Libya.", "AID", "hypothetical"),
    ("An official said that the roadmap includes lifting the coalition's blockade on Yemen.",
     "RETREAT", "hypothetical"),  # what a plan holds, told as a gerund it governs
    ("Joe Biden pledged $500 million in aid to Ukraine.", "AID", "planned"),
    ("The ceasefire could be extended if Sudan and the RSF agree.", "AGREE", "hypothetical"),
    ("Russian officials dismissed any move to surrender Bashar Assad.", "RETREAT", "hypothetical"),
    ("The military was deployed to support the police.", "MOBILIZE", "reported"),
])
def test_status(events_of, text, type_, status):
    assert one(events_of(text), type_).status == status


def test_what_is_asked_or_refused_has_not_happened(events_of):
    events = events_of("The Philippines urged China to withdraw its ships from the shoal.")
    assert one(events, "REQUEST").status == "reported"
    assert one(events, "RETREAT").status == "hypothetical"
    events = events_of("Anna Berg refused to meet Karl Stein.")
    assert one(events, "REJECT").status == "reported"
    assert one(events, "CONSULT").status == "hypothetical"


def test_not_signing_is_a_signing_negated_and_not_accepting_a_refusal(events_of):
    """'have not signed' is most often 'not yet': no refusal of anything offered."""
    signed = one(events_of('"We have not signed final agreements," Lena Voss said.'), "SUPPORT")
    assert signed.status == "negated"
    refused = one(events_of("The rebels did not accept the proposal on Friday."), "REJECT")
    assert refused.status == "reported"


@pytest.mark.parametrize("when,status", [("on Tuesday", "reported"), ("next month", "planned")])
def test_the_summit_an_agreement_was_reached_at_is_theirs(events_of, when, status):
    text = f"Ola Varnisk and Karl Stein agreed to sign the treaty during a summit in Osterly {when}."
    summit = one(events_of(text, published="2025-03-07"), "CONSULT")
    assert names(summit.actors) == {"Ola Varnisk", "Karl Stein"}, summit
    assert summit.status == status, summit


def test_promised_support_is_support_expressed_promised_aid_is_planned(events_of):
    support = one(events_of("Karl Stein on Monday promised unwavering support to Ukraine."),
                  "SUPPORT")
    assert support.status == "reported" and names(support.targets) == {"Ukraine"}
    aid = one(events_of("Karl Stein on Monday promised $500 million in aid to Ukraine."),
              "AID")
    assert aid.status == "planned"


def test_what_a_trip_was_meant_to_do_is_not_yet_done(events_of):
    events = events_of("Karl Stein said his trip was meant to revive talks with the rebels.")
    assert [e.status for e in events if e.trigger == "talks"] == ["planned"]


def test_a_purpose_of_the_same_kind_is_the_events_content(events_of):
    events = events_of("Olaf Scholz met Emmanuel Macron in Paris to discuss energy.")
    assert [e.kind for e in events] == ["meeting"]


def test_a_lasting_relation_is_no_event(events_of):
    assert events_of("Ankara supports rebel groups in northern Syria.") == []


def test_must_is_a_request_from_whoever_says_it(events_of):
    event = one(events_of('"Russia must apologize to Syrians," Umm Muhammad said.'), "REQUEST")
    assert {r.name for r in event.actors} == {"Umm Muhammad"}
    assert "Russia" in {r.name for r in event.targets}
    assert event.quote is not None


@pytest.mark.parametrize("type_, status, coded", [
    ("CONSULT", "planned", "AGREE"), ("ASSAULT", "hypothetical", "THREATEN"),
    ("AGREE", "negated", "REJECT"), ("ASSAULT", "reported", "ASSAULT"),
])
def test_plover_codes_intents_and_refusals(type_, status, coded):
    assert plover_type(type_, status) == coded


@pytest.mark.parametrize("text, type_, target", [
    ('"Any decisions of this kind are null and void," Dmitry Peskov said of the ICC.',
     "REJECT", "ICC"),
    ('Dmitry Peskov called the ICC ruling "outrageous and unacceptable".', "ACCUSE", "ICC"),
    ('"Now is the time to stop the killing," Scott Bessent said.', "REQUEST", None),
])
def test_statements_that_are_acts(events_of, text, type_, target):
    event = one(events_of(text), type_)
    assert {r.name for r in event.actors} == {"Dmitry Peskov" if "Peskov" in text else "Scott Bessent"}
    assert event.quote is not None and event.status == "reported"
    if target:
        assert target in {r.name for r in event.targets}


def test_a_quote_without_a_cue_is_no_event(events_of):
    assert events_of('"We had a long and useful conversation," Scott Bessent said.') == []


def test_a_request_that_was_not_approved_was_still_made(events_of):
    text = "Biden did not approve Zelensky's request for fighter jets at a meeting on Friday."
    request = [e for e in events_of(text) if e.type == "REQUEST"][0]
    assert request.status == "reported"
