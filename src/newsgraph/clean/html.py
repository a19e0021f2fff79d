"""The HTML path: trafilatura finds the article and its metadata; htmldate backs up the date.

When trafilatura finds no article (a feed item's short HTML summary, a bare fragment),
the page's own text is used instead and cleaned as scraped text. That text is read with
lxml's HTML parser as a stream of events: the standard library's HTMLParser takes time
quadratic in runs of broken markup ("<a<a<a...", "</</</..."), minutes for a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml import etree

# Elements whose end starts a new line in the fallback text.
BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
    "blockquote", "header", "footer", "figcaption", "dd", "dt", "pre", "table", "ul", "ol",
}
SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "iframe"}


@dataclass(frozen=True)
class HtmlParts:
    """What a page gives: text with one paragraph a line, and the metadata found."""

    text: str
    extracted: bool  # True when trafilatura chose the text (so only a light clean is due)
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None


def read_html(html: str) -> HtmlParts:
    """The article text and metadata of an HTML page (never raises on broken markup)."""
    doc = _extract(html)
    if doc is None or not (doc.text or "").strip():
        return HtmlParts(text=page_text(html), extracted=False)
    return HtmlParts(
        text=doc.text,
        extracted=True,
        title=_clean(doc.title),
        published=doc.date,
        outlet=_clean(doc.sitename),
        authors=split_authors(doc.author),
        url=doc.url,
    )


def _extract(html: str):
    try:
        return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except ValueError:  # lxml refuses some markup outright; the page text is used instead
        return None
    except AssertionError:  # htmldate, inside trafilatura, drops an element lxml made the
        return None  # root ('<svg><html></html><html ...>'): lxml asserts it has a parent


def fallback_date(html: str) -> str | None:
    """htmldate's reading of the page's date (original, not last-modified)."""
    try:
        return find_date(html, original_date=True)
    except (ValueError, TypeError, AssertionError):  # AssertionError: as in _extract
        return None


def split_authors(author: str | None) -> tuple[str, ...]:
    """trafilatura joins authors with '; '."""
    return tuple(a.strip() for a in re.split(r"\s*;\s*", author or "") if a.strip())


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def page_text(html: str) -> str:
    """All visible text of a page or fragment, a line per block element."""
    target = _TextTarget()
    parser = etree.HTMLParser(target=target, no_network=True, remove_comments=True,
                              remove_pis=True)
    try:
        parser.feed(html)
        parser.close()
    except etree.Error:  # what was read up to the break is kept
        pass
    lines = (" ".join(line.split()) for line in "".join(target.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


class _TextTarget:
    """lxml parser target: collects text, a line break around each block element."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.skipping = 0

    def start(self, tag: str, attrib) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def close(self) -> None:
        return None
