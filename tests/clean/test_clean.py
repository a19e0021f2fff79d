"""clean(): metadata precedence, errors, and the reference articles' gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.clean import clean
from newsgraph.errors import InputError
from newsgraph.ingest import read_paths
from newsgraph.records import RawArticle

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"

STORY = """Ministers agree new crossings

29 December, 2022

By Jane Roe/Example Wire

OSLO: Ministers agreed on Friday to open three new border crossings next year.

The crossings will open in the spring.
"""


def text(content: str, **fields) -> RawArticle:
    return RawArticle(content=content, format="text", origin="story.txt", path="story.txt", **fields)


def test_metadata_guessed_from_the_text(settings):
    article = clean(text(STORY), settings)
    assert article.title == "Ministers agree new crossings"
    assert article.published == "2022-12-29"
    assert article.outlet == "Example Wire"
    assert article.authors == ("Jane Roe",)
    assert article.dateline == "Oslo"
    assert article.text == ("Ministers agreed on Friday to open three new border crossings next "
                            "year.\n\nThe crossings will open in the spring.")
    assert article.path == "story.txt"


def test_source_metadata_wins(settings):
    article = clean(text(STORY, title="New crossings", published="2023-01-02",
                         outlet="Other Wire", authors=("Ann Lee",)), settings)
    assert (article.title, article.published, article.outlet, article.authors) == (
        "New crossings", "2023-01-02", "Other Wire", ("Ann Lee",))


def test_an_unreadable_source_date_falls_back_to_the_text(settings):
    assert clean(text(STORY, published="sometime"), settings).published == "2022-12-29"


@pytest.mark.parametrize(
    "content",
    ["Advertisement\n\nShare this article\n\nOK", "\u00a0\n", "2 min read\nPrevious\nNext"],
)
def test_no_story_is_an_input_error(settings, content):
    with pytest.raises(InputError, match="no article text found after removing boilerplate") as e:
        clean(text(content), settings)
    assert e.value.origin == "story.txt"


def test_offsets_survive_the_original_characters(settings):
    article = clean(text("Talks end early\n\n\u201cWe\u2019re done,\u201d she said.\u00a0 \n"), settings)
    assert article.text == "\u201cWe\u2019re done,\u201d she said."


def _references():
    return sorted((REFERENCE / "articles").glob("*.txt")) if REFERENCE.is_dir() else []


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is absent")
@pytest.mark.parametrize("path", _references(), ids=lambda p: p.stem)
def test_reference_articles_match_their_gold(path, settings):
    gold = json.loads((REFERENCE / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    (raw,) = read_paths([str(path)], settings)
    article = clean(raw, settings)
    outlets = gold["outlet"] if isinstance(gold["outlet"], list) else [gold["outlet"]]
    assert article.title == gold["title"]
    assert article.published == gold["published"]
    assert article.outlet in outlets
    assert list(article.authors) == gold["authors"]
    assert article.dateline == gold.get("dateline")
    for snippet in gold["body_includes"]:
        assert snippet in article.text
    for snippet in gold["body_excludes"]:
        assert snippet not in article.text


def test_a_records_web_address_names_its_outlet_when_nothing_else_does(settings):
    story = "Ministers agreed on Friday to open three new border crossings next year.\n"
    article = clean(text(story, url="https://www.example-region.com/posts/3424"), settings)
    assert article.outlet == "example-region.com"
    named = clean(text(STORY, url="https://www.example-region.com/posts/3424"), settings)
    assert named.outlet == "Example Wire"  # a name the page gives wins over the address
