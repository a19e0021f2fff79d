"""When and where: the clause, the sentence, the lead, the dateline, the narrative."""

from __future__ import annotations

import pytest

from .conftest import names, one

pytestmark = pytest.mark.slow


def test_a_date_of_the_reporting_clause_dates_what_it_reports(events_of):
    text = "Sudan's army and the RSF have agreed to a ceasefire, mediators announced on Saturday."
    event = one(events_of(text, published="2023-05-21"), "AGREE")
    assert (event.date.value, event.date_source) == ("2023-05-20", "sentence")


def test_a_bound_is_not_a_date(events_of):
    event = one(events_of("It was the first visit by Joe Biden to Ukraine since 2008."), "CONSULT")
    assert event.date is None


def test_a_place_in_the_sentence_but_not_in_a_participants_description(events_of):
    text = "Protesters angered by a man in Sweden stormed the Swedish Embassy in Baghdad."
    event = one(events_of(text), "PROTEST")
    assert (event.location.name, event.location_source) == ("Baghdad", "clause")


@pytest.mark.parametrize("seat,country", [("the Kremlin", "RU"), ("the White House", "US")])
def test_a_seat_of_government_met_at_is_the_place_not_a_target(events_of, seat, country):
    text = f"Ola Varnisk met the foreign minister of Tellmark at {seat} on Wednesday."
    event = one(events_of(text), "CONSULT")
    assert event.location is not None and event.location.name in seat, event
    assert (event.location.country, event.location_source) == (country, "clause")
    assert not any(t.name in seat for t in event.targets), event


@pytest.mark.parametrize("text,type_", [
    ("Ola Varnisk will travel to Washington next week to meet the Tellmark envoy.", "CONSULT"),
    ("Ola Varnisk flew to Riyadh on Monday to hold talks with Saudi officials.", "CONSULT"),
])
def test_the_place_travelled_to_for_the_event(events_of, text, type_):
    event = one(events_of(text), type_)
    assert event.location is not None and event.location.name in ("Washington", "Riyadh"), event


def test_the_capital_of_a_country_named_by_its_adjective(events_of):
    text = "Ahmed al-Sharaa met Vladimir Putin in the Russian capital on Wednesday."
    event = one(events_of(text), "CONSULT")
    assert (event.location.kind, event.location.name) == ("capital", "Moscow")


def test_the_main_event_takes_the_dateline(events_of):
    event = one(events_of("Protesters stormed the parliament on Tuesday.", dateline="Nairobi"),
                "PROTEST")
    assert (event.location.name, event.location_source) == ("Nairobi", "dateline")


def test_the_main_event_takes_no_date_of_another_story_from_the_next_sentence(events_of):
    text = ("The government and the rebels signed a ceasefire in Havana. The only earlier truce "
            "lasted 101 days between 2017 and 2018.")
    assert one(events_of(text), "AGREE").date is None
    text = "The government and the rebels signed a ceasefire. The signing was on Tuesday."
    assert one(events_of(text), "AGREE").date.value == "2024-03-05"


@pytest.mark.parametrize("caption, place", [
    # an agency's caption of the main event's day puts it where the picture was taken
    ("Marchers sing during a protest on March 5, 2024 in Tamale, Ghana. (Getty)", "Tamale"),
    # a picture of another day, or a place the country after it contradicts, is no setting
    ("Marchers sing during a protest on March 1, 2024 in Tamale, Ghana. (Getty)", None),
    ("Marchers sing during a protest on March 5, 2024 in Tamale, Peru. (Getty)", None),
    # a line that is no caption says nothing of the story's place
    ("Marchers sang on March 5, 2024 in Tamale, Ghana.", None),
])
def test_a_photo_caption_of_the_main_events_day_places_it(events_of, caption, place):
    event = one(events_of("Police fired tear gas at protesters outside the parliament on "
                          "Tuesday.", dropped=(caption,)), "ASSAULT")
    if place is None:
        assert event.location is None
    else:
        assert (event.location.name, event.location_source) == (place, "caption")
        assert event.location.country == "GH"


def test_the_narrative_time_dates_what_follows(events_of):
    text = ("Protesters stormed the Danish Embassy in Tehran early Thursday.\n\n"
            "Then Ahmad Karimi cut diplomatic ties with Denmark. "
            "Days earlier, police had arrested Omar Haddad.")
    events = events_of(text, published="2023-07-21")
    cut = one(events, "SANCTION")
    assert (cut.date.value, cut.date_source) == ("2023-07-20", "narrative")
    assert one(events, "COERCE").date is None  # the past perfect is before that time


def test_a_scene_setting_participle_places_the_act_not_a_relative_clause(events_of):
    text = ("Meeting in the Saudi port city of Jeddah, the Sudanese army and the Rapid "
            "Support Forces signed a ceasefire that takes effect in Sudan on Monday.")
    event = one(events_of(text), "AGREE")
    assert event.location.name == "Jeddah"


def test_the_reporting_clause_dates_however_it_was_parsed(events_of):
    text = ("Police in Kazan have detained three activists who were previously detained at "
            "a rally, the rights group Memorial reported Tuesday.")
    dates = sorted(str(e.date and e.date.value) for e in events_of(text) if e.type == "COERCE")
    assert dates == ["2024-03-05", "None"]  # the earlier detention is not dated Tuesday


def test_a_report_told_again_gives_its_finer_date_and_place(events_of):
    text = ("Armenia and Azerbaijan held talks in Azerbaijan this week. Armenian and "
            "Azerbaijani diplomats met in Baku on Wednesday.")
    event = one(events_of(text), "CONSULT")
    assert (event.date.value, event.location.name) == ("2024-03-06", "Baku")


def test_a_duration_after_dates_the_clause_that_long_before(events_of):
    text = ("Iran and Saudi Arabia agreed on Friday to resume diplomatic relations, seven "
            "years after ties were cut.")
    cut = one(events_of(text, published="2023-03-10"), "SANCTION")
    assert (cut.date.value, cut.date_source) == ("2016", "narrative")  # not that Friday


def test_a_duration_after_counts_from_its_clauses_own_date(events_of):
    text = ("The talks began on 10 May 2021, two months after Armenia and Azerbaijan cut "
            "diplomatic ties.")
    cut = one(events_of(text), "SANCTION")
    assert cut.date.value == "2021-03"


def test_a_duration_before_after_dates_both_joined_acts_of_its_clause(events_of):
    text = ("Hanoi summoned Beijing's ambassador on Thursday, a day after Chinese ships "
            "attacked and shelled Vietnamese trawlers in the Gulf of Tonkin.")
    events = events_of(text)
    summons = one(events, "ACCUSE")
    attack = one(events, "ASSAULT")  # 'attacked and shelled': one act
    assert (attack.date.value, attack.location.name) == ("2024-03-06", "Gulf of Tonkin")
    assert summons.location is None  # the gulf is where the ships were, not the summons
    assert "China" in names(summons.targets)


def test_an_event_noun_subject_lends_its_place_to_what_it_produced(events_of):
    text = ("The talks in Doha between Israel and Hamas produced an agreement on hostages "
            "on Monday.")
    event = one(events_of(text), "AGREE")
    assert (event.location.name, event.location_source) == ("Doha", "sentence")


def test_a_place_in_someone_elses_words_does_not_place_the_act(events_of):
    text = ('"Here a new era begins in Latin America," said President Gustavo Petro during '
            "the signing of the agreement with the ELN.")
    assert one(events_of(text), "AGREE").location is None


def test_an_anniversary_dates_its_event_years_before_not_on_the_day(events_of):
    text = ("Joe Biden made a surprise visit to Kyiv on Monday, days before the one-year "
            "anniversary of Russia's invasion of Ukraine.")
    invasion = one(events_of(text), "ASSAULT")  # in Ukraine, not in Kyiv where it is told
    assert (invasion.date.value, invasion.location.name) == ("2023", "Ukraine")


def test_an_event_is_dated_by_the_calendar_day_of_a_part_of_the_day(events_of):
    event = one(events_of("Police detained Ivan Petrov in Kazan on Tuesday morning."), "COERCE")
    assert (event.date.value, event.date.text) == ("2024-03-05", "Tuesday morning")


@pytest.mark.parametrize("text, type_, date", [
    ("Ambassador Mohammed al-Jaber said on Monday that his trip to Yemen was aimed at "
     "reviving a ceasefire.", "CONSULT", None),  # the saying describes the trip
    ("Ambassador Mohammed al-Jaber said on Monday that he had met Houthi officials.",
     "CONSULT", "2024-03-04"),  # the saying reports the meeting
    ("The Treasury Department announced new sanctions targeting Russia's oil sector "
     "Wednesday.", "SANCTION", "2024-03-06"),
])
def test_when_a_saying_dates_what_it_tells(events_of, text, type_, date):
    event = one(events_of(text), type_)
    assert (event.date.value if event.date else None) == date


def test_a_date_on_a_participle_of_the_object_dates_an_act_with_none(events_of):
    text = "Police fired rubber bullets at students gathered outside parliament on Monday."
    assert one(events_of(text), "ASSAULT").date.value == "2024-03-04"


def test_places_named_by_their_nation_are_in_that_country(events_of):
    event = one(events_of("Police arrested 20 people in several Syrian towns on Friday."),
                "COERCE")
    assert (event.location.name, names(event.targets)) == ("Syria", {"20 people"})


def test_an_event_noun_inside_another_acts_subject_takes_not_its_place(events_of):
    text = ("The news of the meeting between Karl Stein and Anna Berg led to street "
            "protests in several Austrian cities.")
    assert one(events_of(text), "CONSULT").location is None


def test_an_act_with_no_place_on_the_day_of_the_last_one_placed_is_on_that_scene(events_of):
    text = ("Thousands protested against the new law on Monday.\n\nRiot police in the Austrian "
            "capital Vienna arrested 20 activists. Officers also beat several protesters.")
    found = {e.type: e for e in events_of(text, published="2024-03-05")}
    beating = found["ASSAULT"]
    assert beating.location is not None and beating.location_source == "narrative"
    assert beating.location == found["COERCE"].location


def test_a_date_on_a_joined_verb_dates_the_clauses_below_their_pair(events_of):
    text = ("Ivan Petrov was arrested and bundled into a van by police on Tuesday, leading to "
            "turmoil which saw scenes of crowds storming the town hall in Oldbridge.")
    storming = one(events_of(text), "PROTEST")
    assert storming.date is not None and storming.date.value == "2024-03-05", storming


def test_a_participle_parsed_as_a_complement_of_an_act_dates_it(events_of):
    text = ("Riot police used tear gas and water cannons on the crowd gathered outside the "
            "parliament building in the early hours of Monday morning.")
    assault = one(events_of(text, published="2024-12-02"), "ASSAULT")
    assert assault.date is not None and assault.date.value == "2024-12-02", assault


def test_what_someone_said_had_been_done_does_not_move_the_storys_time(events_of):
    text = ("Norway suspended Foreign Minister Anna Berg on Sunday after Karl Stein announced "
            "that he had held talks with her last week in Vienna. The prime minister also "
            "referred her for an investigation.")
    referral = one(events_of(text, published="2024-03-05"), "ACCUSE")
    assert referral.date is not None and referral.date.value == "2024-03-03", referral


def test_a_date_read_as_a_fellow_object_of_on_dates_the_event_noun(events_of):
    text = ("Norway's prime minister, Lars Haugen, announced on Thursday his country's "
            "acceptance of the maritime border deal with Sweden.")
    agreement = one(events_of(text, published="2024-03-08"), "AGREE")
    assert agreement.date is not None and agreement.date.value == "2024-03-07", agreement


def test_a_present_perfect_after_a_story_of_yesterday_reaches_today(events_of):
    text = ("Soldiers detained President Ivan Petrov on Wednesday. Amid condemnation from "
            "abroad, Petrov has stood his ground.")
    found = events_of(text, published="2024-03-07")  # a Thursday
    refusal = one(found, "REJECT")
    assert refusal.date is not None and refusal.date.value == "2024-03-07", refusal
    assert one(found, "COERCE").date.value == "2024-03-06"


def test_informing_someone_dates_what_they_were_told(events_of):
    text = ("The ministry said the government had informed Denmark on Wednesday that Norway "
            "would cut off diplomatic relations should the burning go ahead.")
    threat = next(e for e in events_of(text, published="2024-03-08") if e.type == "THREATEN")
    assert threat.date is not None and threat.date.value == "2024-03-06", threat



def test_going_somewhere_for_an_act_places_it_there(events_of):
    text = ("Soldiers seized power in Niger on Wednesday. President Paul Dossou of Benin was "
            "heading to Niamey Thursday for mediation efforts.")
    mediation = next(e for e in events_of(text, published="2024-03-08") if e.kind == "mediation")
    assert mediation.location is not None and mediation.location.name == "Niamey", mediation


def test_a_sentence_that_sets_the_scene_dates_and_places_the_acts_after_it(events_of):
    text = ("Norway summoned Ruritania's ambassador on Monday.\n\n"
            "The standoff occurred on Saturday in the vicinity of Bear Island.\n\n"
            "Two Ruritanian coast guard ships blocked a Norwegian fishing vessel.\n\n"
            "Officials met.\n\nNorway also urged Ruritania to respect the law.")
    found = events_of(text, published="2024-03-05")  # Monday is 4 March, Saturday 2 March
    blockade = one(found, "COERCE")
    assert (blockade.date.value, blockade.date_source) == ("2024-03-02", "narrative")
    assert blockade.location is not None and blockade.location.name == "Bear Island"
    demand = one(found, "REQUEST")  # two paragraphs on: the story's own time again
    assert demand.date is None or demand.date.value != "2024-03-02", demand


def test_the_day_after_a_saying_dates_what_was_said_a_day_before(events_of):
    text = ("Norway announced new sanctions on Ruritania on Wednesday, the day after Prime "
            "Minister Lars Haugen confirmed that a planned meeting with Ivan Petrov was off.")
    found = events_of(text, published="2024-03-08")  # Wednesday is 6 March
    cancellation = next(e for e in found if e.trigger == "meeting")
    assert cancellation.date is not None and cancellation.date.value == "2024-03-05"


def test_an_act_across_a_country_is_placed_in_it(events_of):
    arrest = one(events_of("Hundreds were arrested across Russia for laying flowers."), "COERCE")
    assert arrest.location is not None and arrest.location.name == "Russia", arrest


def test_places_named_after_including_are_where_it_happened(events_of):
    text = ("Authorities began issuing warnings against gatherings to mourners in other "
            "Russian cities, including St. Petersburg.")
    warning = one(events_of(text), "THREATEN")
    assert warning.location is not None and warning.location.name == "St. Petersburg"


def test_a_things_place_phrase_places_the_event_it_is_with(events_of):
    text = ("State media posted images it described as being taken in China with the meeting "
            "of Iranian and Saudi officials.")
    meeting = one(events_of(text), "CONSULT")
    assert meeting.location is not None and meeting.location.name == "China", meeting


def test_there_is_the_place_named_before(events_of):
    text = "Norway cut ties with Ruritania in 2016 after protesters stormed Norwegian posts there."
    storming = one(events_of(text), "PROTEST")
    assert storming.location is not None and storming.location.name == "Ruritania", storming
