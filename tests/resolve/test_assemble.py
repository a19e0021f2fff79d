"""Assembling the article record: quote speakers linked to entities, the publication date."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.records import CleanArticle
from newsgraph.resolve.assemble import assemble_article, publication_dates
from newsgraph.settings import Settings


@pytest.mark.parametrize(
    ("text", "speaker", "linked"),
    [
        ('"We will not give in," said Prime Minister Mark Rutte.', "Mark Rutte", True),
        ('"The talks failed again this week," Dutch officials said on Friday.', "Dutch officials", False),
    ],
)
def test_quote_speakers_are_linked_to_person_entities(nlp, text, speaker, linked):
    clean = CleanArticle(text=text, published="2023-05-02")
    article = assemble_article(clean, extract(clean, Settings(), nlp), Settings())
    (quote,) = article.quotes
    assert speaker in quote["speaker"]["text"]
    names = {e.id: e.name for e in article.entities}
    assert (names.get(quote["speaker"]["entity"]) == speaker) is linked


@pytest.mark.parametrize(
    ("dropped", "published", "expected"),
    [
        (("Daily Example Friday, March 1, 2024", "World"), "2024-03-01", "Friday, March 1, 2024"),
        (("Updated on 2 May 2023",), "2023-05-02", "2 May 2023"),
        (("Menu", "Sign in"), "2024-03-01", None),
        (("Daily Example Friday, March 1, 2024",), None, None),
    ],
)
def test_publication_date_is_found_in_the_header(dropped, published, expected):
    clean = CleanArticle(text="Body.", published=published, dropped=dropped)
    found = publication_dates(clean)
    assert (found[0]["text"] if found else None) == expected
    if found:
        assert found[0]["value"] == published and found[0]["function"] == "publication_date"


def test_event_participants_and_place_become_entity_ids(nlp):
    text = ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday "
            "to discuss energy prices.")
    clean = CleanArticle(text=text, published="2024-03-04")
    article = assemble_article(clean, extract(clean, Settings(), nlp), Settings())
    names = {e.id: e.name for e in article.entities}
    (event,) = [e for e in article.events if e["type"] == "CONSULT"]
    assert {names[p] for p in event["participants"]} == {"Olaf Scholz", "Emmanuel Macron"}
    assert names[event["location"]] == "Paris"
    assert event["date"]["value"] == "2024-03-01"
