"""The HTML path (clean/html.py and clean() on HTML)."""

from __future__ import annotations

import pytest

from newsgraph.clean import clean
from newsgraph.clean.html import fallback_date, page_text, read_html, split_authors
from newsgraph.errors import InputError
from newsgraph.records import RawArticle

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour reopens | Example Wire</title>
<meta property="og:title" content="Harbour reopens">
<meta property="og:site_name" content="Example Wire">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-04T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour reopens</h1>
<p>OSLO (Example Wire) - The harbour reopened on Monday after a year of repairs, the port
authority said in a statement.</p>
<p>Fishing boats returned to the quay within hours, and the first catch was landed before
noon, according to the harbour master.</p>
<p>Share this article</p>
<p>The repairs cost more than expected, officials said, but the work was finished on time
and the quay is now safer for crews.</p>
</article><footer><p>We use cookies to improve your browsing experience. By using this
website you consent to our use of cookies.</p></footer></body></html>"""


def html(content: str, origin: str = "page.html") -> RawArticle:
    return RawArticle(content=content, format="html", origin=origin, path=origin)


def test_an_html_page_gives_its_story_and_metadata(settings):
    article = clean(html(PAGE), settings)
    assert article.text.startswith("The harbour reopened on Monday")
    assert article.text.count("\n\n") == 2
    assert "Share this article" not in article.text and "cookies" not in article.text
    assert (article.title, article.outlet, article.authors) == ("Harbour reopens", "Example Wire",
                                                               ("Jane Roe",))
    assert article.published == "2024-03-04"
    assert article.dateline == "Oslo"
    assert article.dropped == ("Harbour reopens", "OSLO (Example Wire) -", "Share this article")


def test_source_metadata_wins_over_the_page(settings):
    raw = RawArticle(PAGE, "html", "feed.xml#1", title="Harbour reopens after repairs",
                     published="Tue, 05 Mar 2024 10:00:00 +0000", outlet="Feed Wire",
                     authors=("Ann Lee",), url="https://example.com/harbour")
    article = clean(raw, settings)
    assert (article.title, article.outlet, article.authors, article.url) == (
        "Harbour reopens after repairs", "Feed Wire", ("Ann Lee",), "https://example.com/harbour")
    assert article.published == "2024-03-05T10:00:00Z"


def test_a_fragment_trafilatura_skips_is_read_as_text(settings):
    article = clean(html("<p>A short summary of the story.</p>", "feed.xml#2"), settings)
    assert article.text == "A short summary of the story."


def test_htmldate_backs_up_the_date(settings):
    page = ('<html><head><meta property="article:published_time" content="2024-03-04"></head>'
            "<body><p>Short story here.</p></body></html>")
    assert clean(html(page), settings).published == "2024-03-04"
    assert fallback_date(page) == "2024-03-04"


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><div><p>",
        "<<<>>>",
        "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>",
        "<div>Advertisement</div><div>Share</div>",
    ],
)
def test_html_without_a_story_is_an_input_error(settings, content):
    with pytest.raises(InputError, match="no article text found") as caught:
        clean(html(content, "broken.html"), settings)
    assert caught.value.origin == "broken.html"


def test_read_html_never_raises_on_garbage():
    assert read_html("\x00<</p>>&&;<![CDATA[").extracted is False


def test_page_text_puts_blocks_on_their_own_lines_and_skips_scripts():
    text = page_text("<div>One <b>two</b></div><script>x()</script><p>Three&amp;four</p>")
    assert text == "One two\n\nThree&four"


@pytest.mark.parametrize(
    "author, authors",
    [("Jane Roe; John Doe", ("Jane Roe", "John Doe")), ("Jane Roe", ("Jane Roe",)), (None, ())],
)
def test_split_authors(author, authors):
    assert split_authors(author) == authors


@pytest.mark.parametrize("markup", ["<a" * 20_000, "</" * 20_000, "<?" * 20_000,
                                    "<div>" * 20_000 + "Deep."])
def test_page_text_reads_runs_of_broken_markup_in_one_pass(markup):
    # The standard library's HTMLParser took seconds on each (minutes at 300,000).
    assert page_text(markup) in ("", "Deep.")


def test_markup_that_makes_htmldate_drop_the_root_falls_back_to_the_page_text():
    # Found by make fuzz: lxml makes <svg> the root, and htmldate (inside trafilatura)
    # dropped it, which lxml refuses with an AssertionError.
    parts = read_html("<svg><h1></h1><html></html><html a='unclosed>Minister spoke ]]>")
    assert parts.extracted is False
    assert fallback_date("<svg><h1></h1><html></html><html a='x>2025-10-21") in (None,
                                                                                 "2025-10-21")
