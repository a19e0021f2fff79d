"""Event references become entities: groups and roles by their phrase, countries meant by
an adjective, the capital of a country; named ones stay the article's entities."""

from __future__ import annotations

import random

from newsgraph.extract.events import ActorRef, Event
from newsgraph.gazetteer import gazetteer
from newsgraph.records import Entity, Span
from newsgraph.resolve.event_actors import (
    EventActors, _Spans, entity_at, home_country, link_event, refs_of,
)

TEXT = "Kenyan police fired on protesters in Nairobi. A Russian strike hit Idlib."


def _ref(text: str, kind: str, name: str, label: str, country: str | None = None) -> ActorRef:
    start = TEXT.index(text)
    return ActorRef(start, start + len(text), text, kind, name, label, country)


NAIROBI = Entity("gpe:nairobi", "Nairobi", "GPE", mentions=(Span(41, 48, "Nairobi"),),
                 kb={"kind": "city", "country_code": "KE"})
RUSSIAN = Entity("norp:russian", "Russian", "NORP", mentions=(Span(52, 59, "Russian"),))


def _actors(*refs):
    actors = EventActors([NAIROBI, RUSSIAN], gazetteer(), dateline=None)
    actors.add(refs)
    return actors


def test_a_group_is_one_entity_per_phrase_with_its_country():
    police = _ref("Kenyan police", "group", "Kenyan police", "ORG", "KE")
    actors = _actors(police, police)
    made = [e for e in actors.all() if e.kb and e.kb.get("kind") == "group"]
    assert [(e.id, e.name, e.type, e.kb["country_code"]) for e in made] == [
        ("org:kenyan-police", "Kenyan police", "ORG", "KE")]
    assert actors.find(police).id == "org:kenyan-police"


def test_a_group_without_a_country_takes_the_storys():
    protesters = _ref("protesters", "group", "protesters", "NORP")
    (made,) = [e for e in _actors(protesters).all() if e.type == "NORP" and e.kb]
    assert made.kb == {"kind": "group", "head": "protesters", "country_code": "KE",
                       "country_from": "article"}


def test_a_country_meant_by_an_adjective_is_made_once_from_the_gazetteer():
    russian = _ref("Russian", "country", "Russia", "GPE", "RU")
    actors = _actors(russian)
    country = actors.find(russian)
    assert (country.name, country.type, country.kb["country_code"]) == ("Russia", "GPE", "RU")
    assert "Russian" in country.evidence[0] and country.mentions == ()


def test_an_event_links_to_entity_ids_and_keeps_the_words_of_what_it_cannot():
    police = _ref("Kenyan police", "group", "Kenyan police", "ORG", "KE")
    nairobi = _ref("Nairobi", "named", "Nairobi", "GPE", "KE")
    event = Event("ASSAULT", "shooting", "fired", 14, 19, participants=(police,),
                  actors=(police,), location=nairobi)
    actors = _actors(*refs_of(event))
    linked = link_event(event, actors)
    assert linked["actors"] == ["org:kenyan-police"] and linked["location"] == "gpe:nairobi"


def test_a_place_named_outside_the_text_is_the_articles_entity_else_made_from_the_gazetteer():
    """A caption's place ('in Nairobi, Kenya'), which has no mention in the story text."""
    nairobi = ActorRef(0, 0, "Nairobi", "place", "Nairobi", "GPE", "KE")
    assert _actors(nairobi).find(nairobi).id == "gpe:nairobi"
    mombasa = ActorRef(0, 0, "Mombasa", "place", "Mombasa", "GPE", "KE")
    made = _actors(mombasa).find(mombasa)
    assert (made.name, made.kb["kind"], made.kb["country_code"]) == ("Mombasa", "city", "KE")
    assert made.mentions == () and "a place an event is set in" in made.evidence[0]


def test_the_story_country_is_the_datelines_else_most_of_its_places():
    gaz = gazetteer()
    assert home_country([NAIROBI], gaz, "Moscow") == ("RU", "dateline")
    assert home_country([NAIROBI], gaz, None) == ("KE", "article")
    assert home_country([], gaz, None) is None


def test_the_mention_index_finds_what_a_scan_finds():
    """``_Spans.at`` (bisect) agrees with ``entity_at`` (a scan) on random layouts, ties
    included: the longest overlapping mention, the first entity on a tie."""
    rng = random.Random(7)
    for _ in range(200):
        entities = []
        for k in range(rng.randint(0, 8)):
            starts = [rng.randint(0, 100) for _ in range(rng.randint(0, 4))]
            mentions = tuple(Span(s, s + rng.randint(1, 12), "x") for s in starts)
            entities.append(Entity(id=f"e{k}", name="x", type="PERSON", mentions=mentions))
        spans = _Spans(entities)
        for _ in range(20):
            start = rng.randint(0, 110)
            end = start + rng.randint(1, 15)
            at = spans.at(start, end)
            assert (entities[at] if at is not None else None) is entity_at(entities, start, end)


def test_a_reference_to_a_group_is_the_group_not_a_name_inside_it():
    text = "All four pro-European parties refused, and they will boycott it."
    pro = Entity("norp:pro-european", "pro-European", "NORP",
                 mentions=(Span(9, 21, "pro-European"),))
    parties = ActorRef(0, 29, "All four pro-European parties", "group",
                       "All four pro-European parties", "ORG")
    at = text.index("they")
    they = ActorRef(at, at + 4, "they", "reference", parties.name, "ORG",
                    antecedent=Span(0, 29, parties.text))
    actors = EventActors([pro], gazetteer(), dateline=None)
    actors.add([parties, they])
    assert actors.find(they).id == actors.find(parties).id == "org:all-four-pro-european-parties"
