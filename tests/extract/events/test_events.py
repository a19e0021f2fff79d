"""The event finder on small texts written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.convert import sentence_spans
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.events import candidates, find_events, main_event, needs_parse
from newsgraph.extract.nlp import load_nlp, sentence_parser
from newsgraph.extract.timex import tag
from newsgraph.gazetteer import gazetteer
from newsgraph.settings import Settings

PUBLISHED = "2024-03-08"  # a Friday


@pytest.fixture(scope="module")
def run():
    settings = Settings()
    nlp = load_nlp(settings)
    gaz = gazetteer(settings.min_place_population)

    def analyse(text, published=PUBLISHED, merged=True):
        doc = nlp(text)
        mentions = [f.to_mention() for f in find_mentions(doc, gaz)]
        spans = [(s.start, s.end) for s in sentence_spans(doc)]
        args = (text, spans, mentions, tag(text, published), sentence_parser(nlp, doc))
        return find_events(*args) if merged else candidates(*args)

    return analyse


@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.",
     ("CONSULT", "meeting", {"Olaf Scholz", "Emmanuel Macron"}, "Paris", "2024-03-05")),
    ("A Monday meeting in Rome brought together Giorgia Meloni and Rishi Sunak.",
     ("CONSULT", "meeting", {"Giorgia Meloni", "Rishi Sunak"}, "Rome", "2024-03-04")),
    ("Justin Trudeau visited Japan last week.",
     ("CONSULT", "visit", {"Justin Trudeau", "Japan"}, "Japan", "2024-W09")),
    ("Canada and Mexico agreed to share information on border crossings.",
     ("AGREE", "agreement", {"Canada", "Mexico"}, None, None)),
    ("Ukraine accused Russia of shelling the city of Kharkiv.",
     ("ACCUSE", "accusation", {"Ukraine", "Russia"}, None, None)),
    ("Farmers in Belgium said on Monday that they had blockaded Brussels.",
     ("COERCE", "blockade", {"Brussels"}, "Brussels", "2024-03-04")),
])
def test_events(run, text, expected):
    type_, kind, names, place, date = expected
    events = run(text)
    assert events, text
    e = events[0]
    assert (e.type, e.kind) == (type_, kind)
    assert names <= {p.text for p in e.participants}
    assert (e.location.text if e.location else None) == place
    assert (e.date.value if e.date else None) == date


@pytest.mark.parametrize("text", [
    "The weather in Oslo was mild and sunny.",
    "Their ministers have met before.",  # nobody named
    "The price of bread rose by ten percent.",
    "Given Russia's refusal to end the war, the bank is selling its shares.",  # a stance
])
def test_no_event(run, text):
    assert run(text) == []


def test_attributive_date_and_later_attendee(run):
    text = ("A Thursday summit in Vienna included Karl Nehammer and Viktor Orban. "
            "Critics condemned the summit, which was also attended by Robert Fico.")
    summit = next(e for e in run(text) if e.type == "CONSULT")
    assert {"Karl Nehammer", "Viktor Orban", "Robert Fico"} <= {p.text for p in summit.participants}
    assert (summit.date.value, summit.date_source) == ("2024-03-07", "attributive")
    assert summit.kind == "summit"


def test_date_in_another_clause_is_not_taken(run):
    text = "Their leaders met Giorgia Meloni for the first time since the war began 11 years ago."
    events = run(text)
    assert all(e.date is None for e in events)


def test_no_publication_date_fallback(run):
    events = run("Olaf Scholz met Emmanuel Macron in Berlin.")
    assert events and events[0].date is None and events[0].date_source is None


@pytest.mark.parametrize("text, expected", [
    ("Rebels threatened to attack the capital.", "THREATEN"),
    ("The government refused to release the prisoners.", "REJECT"),
    ("Protesters demanded the resignation of the mayor.", "REQUEST"),
    ("Workers went on strike at the port.", "PROTEST"),
    ("Police arrested twelve people in the square.", "COERCE"),
])
def test_main_event_type(run, text, expected):
    assert main_event(run(text, merged=False)).type == expected


def test_to_dict_in_schema_shape(run):
    d = run("Olaf Scholz met Emmanuel Macron in Berlin on Tuesday.")[0].to_dict()
    assert {"type", "trigger", "start", "end", "date", "location", "participants"} <= set(d)
    assert d["location"] == "Berlin" and d["date"]["value"] == "2024-03-05"


def test_needs_parse():
    assert needs_parse("They met on Monday.") and not needs_parse("Bread is cheap.")


@pytest.mark.parametrize("text, wanted", [
    # a trigger's inflections, regular and not
    ("Four activists were taken into custody.", True),
    ("The city was banned from hosting it, then bombed.", True),
    ("The allies retook the port as the storm blew.", True),
    ("Supporters rallied as rebels occupied the square.", True),
    # words a trigger only begins: the bank ('ban'), problems ('probe'), users ('use')
    ("The bank's executive director said users had problems.", False),
])
def test_needs_parse_reads_a_triggers_forms_not_words_it_begins(text, wanted):
    assert needs_parse(text) is wanted


@pytest.mark.parametrize("text, expected", [
    # one meeting, told twice on the same day: nations first, people later
    ("Danish and Swedish officials held a Monday meeting on fishing quotas. "
     "A Monday meeting in Oslo included Lars Lokke Rasmussen and Tobias Billstrom.", 1),
    # same kind, different days: two meetings
    ("Lars Lokke Rasmussen met Tobias Billstrom on Monday. "
     "Ulf Kristersson met Mette Frederiksen on Wednesday.", 2),
])
def test_same_day_reports_in_one_article_are_one_event(run, text, expected):
    assert len([e for e in run(text) if e.kind == "meeting"]) == expected


def test_a_stance_dated_in_its_clause_is_an_act(run):
    text = "Hungary's refusal on Monday to sign the declaration angered its partners."
    assert [e.type for e in run(text)] == ["REJECT"]


def test_a_stance_restated_is_the_speakers_act(run):
    text = "Sergey Lavrov reiterated Russia's refusal to agree to a ceasefire."
    (event,) = run(text)
    assert event.type == "REJECT"
    assert [a.name for a in event.actors][:1] == ["Sergey Lavrov"]


def test_taken_into_custody_is_an_arrest(run):
    (event,) = run("Anna Orlova was taken into police custody in Kazan on Tuesday.")
    assert (event.type, event.kind) == ("COERCE", "arrest")


@pytest.mark.parametrize("text, types", [
    ('Otty Patino agreed that "the challenges are innumerable."', []),  # an opinion
    ("Armenia and Azerbaijan agreed that a ceasefire would begin on Monday.", ["AGREE"]),
])
def test_agreeing_that_is_an_opinion_unless_it_settles_what_will_be(run, text, types):
    assert [e.type for e in run(text) if e.status == "reported"] == types


def test_a_call_between_two_people_is_a_phone_call(events_of):
    text = ("The peace push hit a roadblock during a call between Secretary of State Antony "
            "Blinken and Foreign Minister Wang Yi.")
    call = [e for e in events_of(text) if e.type == "CONSULT"][0]
    assert call.kind == "phone_call" and {r.name for r in call.actors} == {"Antony Blinken",
                                                                          "Wang Yi"}


@pytest.mark.parametrize("text, threat", [
    ("The ministry is prepared to take further action if necessary.", True),
    ("We will take action against anyone who breaks the law, the minister said.", True),
    ("The army took action against the rebels.", False),
])
def test_readiness_to_take_action_is_a_threat_made(events_of, text, threat):
    threats = [e for e in events_of(text) if e.type == "THREATEN"]
    assert (len(threats) == 1 and threats[0].status == "reported") if threat else not threats


def test_protests_told_by_their_cause_are_events_with_no_one_named(events_of):
    text = ("The minister's visit sparked widespread protests because Peru backs the deal. "
            "The news had already led to street protests in several cities.")
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].status == "reported"


def test_a_protest_only_referred_to_with_no_one_named_is_no_event_of_its_own(events_of):
    text = "The president called the storming of parliament a national security threat."
    assert not [e for e in events_of(text) if e.type == "PROTEST"]


@pytest.mark.parametrize("text, types", [
    ("After handing over their phones, the reporters boarded the plane.", []),
    ("The rebels handed over the town of Oldbridge to the army on Monday.", ["RETREAT"]),
    ("Swiss doctors handed over 700 kg of medicine to the Red Crescent.", ["AID"]),
])
def test_handing_over_a_thing_is_no_act_unless_it_is_given_or_ceded(run, text, types):
    assert [e.type for e in run(text)] == types


def test_a_round_of_a_named_process_of_talks_is_talks_of_its_sides(run):
    text = ("The Colombian government and the National Liberation Army signed a ceasefire in "
            "Havana. The signing took place at the closing of the third cycle of the Peace "
            "Dialogue Table, which began on May 2 in Havana.")
    talks = [e for e in run(text) if e.type == "CONSULT"]
    assert len(talks) == 1 and talks[0].trigger == "cycle", talks
    assert (talks[0].date.value, talks[0].location.text) == ("2024-05-02", "Havana")
    assert {p.text for p in talks[0].participants} >= {"National Liberation Army"}
    assert "Peace Dialogue Table" not in {p.text for p in talks[0].participants}


def test_every_irregular_form_of_a_trigger_verb_is_read(nlp):
    """The model's table of irregular forms (lemma_exc) against the trigger verbs: a
    sentence with 'fled' or 'overran' must still be parsed if its verb is a trigger."""
    from newsgraph.extract.events.lexicon import senses

    verbs = {w for w, pos in senses() if pos == "verb"}
    forms = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    missed = [f for f, lemmas in forms.items() if set(lemmas) & verbs and not needs_parse(f)]
    assert missed == []
