"""One happening, one event per article; two happenings stay two."""

from __future__ import annotations

import pytest

from .conftest import one

pytestmark = pytest.mark.slow


def test_a_meeting_and_the_visit_it_was_part_of(events_of):
    text = ("Ahmed al-Sharaa met Vladimir Putin in Moscow on Wednesday, in his first visit "
            "to Russia since the war.")
    consult = [e for e in events_of(text) if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].location.name == "Moscow"


def test_the_meeting_told_again_adds_who_attended(events_of):
    text = ("Turkish Defence Minister Hulusi Akar met Ali Mahmoud Abbas in Moscow on Wednesday. Critics saw the "
            "meeting, which was also attended by Sergei Shoigu, as a betrayal.")
    (meeting,) = [e for e in events_of(text) if e.type == "CONSULT"]
    assert {"Hulusi Akar", "Ali Mahmoud Abbas", "Sergei Shoigu"} <= {p.name for p in meeting.participants}


def test_the_one_met_stays_the_target_when_told_again_as_both(events_of):
    text = ("Tellmark's President Ola Varnisk met Russian President Vladimir Putin in Moscow on "
            "Wednesday. Varnisk and Putin held talks on the naval base at Tartus.")
    meeting = one(events_of(text), "CONSULT")
    actors, targets = {a.name for a in meeting.actors}, {t.name for t in meeting.targets}
    assert actors == {"Ola Varnisk"} and "Vladimir Putin" in targets, meeting


def test_two_meetings_with_different_people_are_two(events_of):
    text = ("Ahmed al-Sharaa met Vladimir Putin in Moscow on Wednesday. On the sidelines, "
            "al-Sharaa met members of the Syrian diaspora.")
    assert len([e for e in events_of(text) if e.type == "CONSULT"]) == 2


def test_a_planned_meeting_is_not_the_meeting_held(events_of):
    text = ("Iran and Saudi Arabia met in Beijing on Friday. Their foreign ministers will "
            "meet again in Riyadh next month.")
    statuses = sorted(e.status for e in events_of(text) if e.type == "CONSULT")
    assert statuses == ["planned", "reported"]


def test_two_accusations_in_opposite_directions_are_two(events_of):
    text = ("The Philippines accused China of aggression on Monday. "
            "China accused the Philippines of provocation on Monday.")
    assert len([e for e in events_of(text) if e.type == "ACCUSE"]) == 2


def test_a_toll_told_without_who_caused_it_is_part_of_the_attack(events_of):
    text = ("Police fired live bullets at protesters in Nairobi on Tuesday. "
            "At least five people were killed and dozens of people were wounded.")
    assaults = [e for e in events_of(text, published="2024-06-25") if e.type == "ASSAULT"]
    assert len(assaults) == 1 and {r.name for r in assaults[0].actors} == {"Police"}


@pytest.mark.parametrize("text", [
    "At least 12 people were killed after Russia launched a missile and drone attack on "
    "Kharkiv on Tuesday, officials said.",
    "Police fired tear gas at protesters in Lagos on Tuesday. Amnesty said that at least "
    "three people have been killed and dozens wounded in the protests.",
])
def test_a_toll_told_before_or_after_its_attack_is_part_of_it(events_of, text):
    assaults = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].actors
    assert not {"dozens"} & {r.name for r in assaults[0].actors}


def test_an_earlier_agreement_is_not_the_one_just_made(events_of):
    text = ("Armenia and Azerbaijan agreed to a ceasefire on Thursday. The two countries had "
            "previously agreed to a ceasefire that collapsed within hours.")
    assert len([e for e in events_of(text) if e.type == "AGREE"]) == 2


def test_a_shortened_name_is_the_same_participant(events_of):
    text = ("The Treasury sanctioned three Iranian banks on Tuesday. The Treasury Department "
            "sanctioned the banks for financing militias.")
    assert len([e for e in events_of(text) if e.type == "SANCTION"]) == 1


def test_a_part_of_the_day_is_the_same_day(events_of):
    text = ("Turkish officials met Syrian officials in Moscow on Tuesday. Hulusi Akar met "
            "Ali Abbas on Tuesday morning.")
    meeting = one(events_of(text), "CONSULT")
    assert meeting.location.name == "Moscow"


def test_an_act_dated_by_another_clause_meets_its_own_report(events_of):
    text = ("Iran and Saudi Arabia agreed in Beijing on Friday to resume relations, seven "
            "years after ties were cut. Saudi Arabia severed ties with Iran in 2016.")
    cut = one(events_of(text, published="2023-03-10"), "SANCTION")
    assert (cut.date.value, {a.name for a in cut.actors}) == ("2016", {"Saudi Arabia"})
    assert cut.location is None  # Beijing is where they agreed, seven years later


def test_the_talks_named_with_no_one_are_those_of_the_two_sides_that_agreed(events_of):
    text = ("Armenia and Azerbaijan agreed on Friday to reopen their border. Officials said "
            "the talks had lasted three days. The foreign ministers will meet again in May.")
    consult = [e for e in events_of(text) if e.type == "CONSULT"]
    held = [e for e in consult if e.status == "reported"]
    assert len(held) == 1 and {r.name for r in held[0].participants} == {"Armenia",
                                                                        "Azerbaijan"}


def test_the_next_round_of_talks_named_with_no_one_is_planned_by_the_same_sides(events_of):
    text = ("Armenia and Azerbaijan signed a peace accord in Geneva on Friday. The next round "
            "of negotiations will be held in Vienna in June.")
    planned = [e for e in events_of(text) if e.type == "CONSULT" and e.status == "planned"]
    assert len(planned) == 1 and {r.name for r in planned[0].participants} == {
        "Armenia", "Azerbaijan"}


def test_brokering_the_agreement_told_before_is_that_agreement(events_of):
    text = ("Armenia and Azerbaijan agreed on Friday to reopen their border. Qatar, which "
            "brokered the agreement, hailed the result.")
    agreements = [e for e in events_of(text) if e.type == "AGREE"]
    assert len(agreements) == 1 and "Qatar" in {r.name for r in agreements[0].participants}


def test_a_statement_is_not_a_summons_nor_another_speakers_words(events_of):
    text = ("Norway summoned Denmark's ambassador on Monday over the seizure of a trawler. "
            "The Norwegian navy said the seizure was “in violation of international law.”")
    accusations = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert sorted(e.kind for e in accusations) == ["accusation", "summons"], accusations
    text = ("Kremlin spokesman Dmitry Peskov said the ruling was “null and void” for Russia. "
            "Foreign ministry spokeswoman Anna Petrova said Russia “bears no obligations” "
            "to the tribunal.")
    rejections = [e for e in events_of(text) if e.type == "REJECT"]
    assert len(rejections) == 2, rejections


def test_two_demands_in_two_quotes_of_one_speaker_stay_two(events_of):
    """The second demand is told in a reported clause a partial quote ends; the first
    names its addressees after its cue, not the one named before it in the quote."""
    text = ("“Given Russia’s refusal to talk, we are acting now. We encourage our allies to "
            "join us,” Lena Voss said on Wednesday, adding that now is the time “for an "
            "immediate ceasefire.”")
    demands = sorted((e for e in events_of(text) if e.type == "REQUEST"), key=lambda e: e.start)
    assert [e.trigger.lower() for e in demands] == ["we encourage", "now is the time"], demands
    assert "Russia" not in {r.name for r in demands[0].targets}
    assert all(e.quote is not None for e in demands)


def test_coercions_of_different_kinds_are_different_acts(events_of):
    text = ("President Ivan Petrov announced the dissolution of parliament on Monday. Petrov was "
            "arrested by the police hours later.")
    kinds = sorted(e.kind for e in events_of(text) if e.type == "COERCE")
    assert kinds == ["arrest", "dissolution"], kinds


def test_a_visit_to_a_city_and_a_meeting_in_a_palace_there_are_one(events_of):
    text = ("Chancellor Olaf Scholz made a surprise visit to Lisbon on Monday. Scholz met "
            "Prime Minister Antonio Costa at the Belem Palace.")
    consult = [e for e in events_of(text) if e.type == "CONSULT"]
    assert len(consult) == 1, consult


def test_a_surname_first_name_shortened_is_the_same_target(events_of):
    text = ("Oslo summoned China's ambassador Wang Lei on Monday. Wang was summoned by "
            "Undersecretary Ingrid Dahl.")
    summons = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert len(summons) == 1, summons


def test_demands_for_different_acts_are_two_demands(events_of):
    text = ("Norway told Ruritania to stop interfering in its waters and urged Ruritania to "
            "comply with international law.")
    demands = [e for e in events_of(text) if e.type == "REQUEST"]
    assert sorted(e.trigger for e in demands) == ["told", "urged"], demands
