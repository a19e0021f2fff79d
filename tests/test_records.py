"""The records stages hand each other: ids, and to_dict / from_dict round trips."""

from __future__ import annotations

import pytest

from newsgraph.records import Article, CleanArticle, Entity, Role, Span

BODY = "Talks resumed in Geneva on Monday."


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (CleanArticle(BODY, title="Talks resume"), CleanArticle(BODY, title="Talks resume"), True),
        (CleanArticle(BODY, title="Talks resume", path="a.txt"),
         CleanArticle(BODY, title="Talks resume", path="copy/a.txt"), True),
        (CleanArticle(BODY, title="Talks resume"), CleanArticle(BODY, title="Geneva talks"), False),
        (CleanArticle(BODY, outlet="Wire A"), CleanArticle(BODY, outlet="Paper B"), False),
        (CleanArticle(BODY), CleanArticle(BODY + " More."), False),
    ],
)
def test_article_ids_follow_the_content(a, b, same):
    assert (a.id == b.id) is same


def test_an_article_round_trips_through_its_dict():
    article = Article(
        clean=CleanArticle(BODY, title="Talks resume", published="2024-03-04", authors=("A B",),
                           dropped=("Share this",)),
        entities=(Entity("gpe:geneva", "Geneva", "GPE", mentions=(Span(17, 23, "Geneva"),),
                         roles=(Role("host", None),), kb={"geonameid": 2660646}),),
        dates=({"text": "Monday", "start": 27, "end": 33, "value": "2024-03-04",
                "type": "DATE"},),
    )
    again = Article.from_dict(article.to_dict())
    assert again.to_dict() == article.to_dict() and again.id == article.id
    assert "start" not in article.entities[0].roles[0].to_dict()  # a role with no span
