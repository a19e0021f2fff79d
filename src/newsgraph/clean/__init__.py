"""clean: RawArticle -> CleanArticle (the story's paragraphs and its metadata).

HTML goes through trafilatura first (clean/html.py); scraped text, and whatever HTML
extraction leaves, goes through the line rules (clean/text.py). Metadata the source
carried (JSON Lines fields, feed items, a date given by the user) wins over what HTML
metadata says, which wins over what is guessed from the text.
"""

from __future__ import annotations

from newsgraph.clean.dates import parse_date
from newsgraph.clean.html import HtmlParts, fallback_date, read_html
from newsgraph.clean.metadata import outlet_of_url
from newsgraph.clean.text import TextResult, clean_text
from newsgraph.errors import InputError
from newsgraph.records import CleanArticle, RawArticle
from newsgraph.settings import Settings

NO_TEXT_HINT = "the input may be only navigation, a consent page or an empty template"
NO_PAGE = HtmlParts(text="", extracted=False)

__all__ = ["clean"]


def clean(raw: RawArticle, settings: Settings) -> CleanArticle:
    """The clean article of ``raw``; raises InputError when no story text is left."""
    page, result = _clean_content(raw)
    if not any(c.isalpha() for p in result.paragraphs for c in p):
        raise InputError("no article text found after removing boilerplate",
                         hint=NO_TEXT_HINT, origin=raw.origin)
    return CleanArticle(
        text="\n\n".join(result.paragraphs),
        title=raw.title or page.title or result.title,
        published=_published(raw, page, result),
        outlet=raw.outlet or page.outlet or result.outlet or outlet_of_url(raw.url or page.url),
        authors=raw.authors or page.authors or result.authors,
        dateline=result.dateline,
        path=raw.path,
        url=raw.url or page.url,
        dropped=result.dropped,
        crawled=raw.crawled,
    )


def _clean_content(raw: RawArticle) -> tuple[HtmlParts, TextResult]:
    """What the page says (nothing for text) and the cleaned text."""
    if raw.format != "html":
        return NO_PAGE, clean_text(raw.content, title=raw.title)
    page = read_html(raw.content)
    if not page.extracted:  # the page's own text, as scraped: the full line rules apply
        return page, clean_text(page.text, title=raw.title)
    # The extractor's lines are paragraphs already: keep each one apart.
    text = "\n\n".join(page.text.split("\n"))
    return page, clean_text(text, title=raw.title or page.title, light=True)


def _published(raw: RawArticle, page: HtmlParts, result: TextResult) -> str | None:
    """The source's own date, then the page's metadata, the text's, and htmldate's."""
    if raw.published:
        given = parse_date(raw.published, year_only=True)
        if given:
            return given
    found = page.published or result.published
    if found is None and raw.format == "html":
        found = fallback_date(raw.content)
    return found
