"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one RawArticle per item, origin ``path#N``.

Parsed with lxml's XML parser set up for hostile files: no entity is expanded, no DTD or
other file is loaded, nothing is fetched, and libxml2's default limits hold (nesting past
256 levels, a text node past 10 MB), so a deep or huge feed is a parse error, not a stack
overflow. Feeds that declare XML entities are refused outright. Namespaces are ignored (an
element is known by its local name), so ``content:encoded``, ``dc:creator`` and Atom's
namespaced elements read alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree as ET

from newsgraph.errors import InputError
from newsgraph.records import RawArticle

FEED_ROOTS = {"rss", "feed", "RDF"}
CONTENT_TAGS = ("encoded", "content", "description", "summary")
DATE_TAGS = ("pubDate", "published", "date", "issued", "updated", "modified")
MAX_DEPTH = 256  # libxml2's limit without XML_PARSE_HUGE
FEED_HINT = "check that the file is a complete RSS or Atom feed"
_TAG = re.compile(r"<[A-Za-z!/]")
_DECLARATION = re.compile(r"^\s*<\?xml.*?\?>", re.IGNORECASE | re.DOTALL)
_XMLNS = re.compile(r'\s+xmlns(?::[\w.-]+)?="[^"]*"')


def _parser() -> ET.XMLParser:
    return ET.XMLParser(encoding="utf-8", resolve_entities=False, load_dtd=False,
                        no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)


def read_feed(text: str, origin: str, path: str | None) -> Iterator[RawArticle | InputError]:
    """Every item of a feed; a broken feed is one InputError."""
    root = _parse(text, origin)
    if isinstance(root, InputError):
        yield root
        return
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        yield InputError("feed has no items", hint=FEED_HINT, origin=origin)
    outlet = _feed_title(root)
    for number, item in enumerate(items, 1):
        yield _article(item, f"{origin}#{number}", path, outlet, number)


def _parse(text: str, origin: str) -> ET.Element | InputError:
    if "<!ENTITY" in text:
        return InputError("feed declares XML entities, which newsgraph does not expand",
                          hint=FEED_HINT, origin=origin)
    try:
        # The declaration may name the file's original encoding (or garbage); the text is
        # decoded already, so it goes in without it, as UTF-8, and the parser is told so.
        xml = _DECLARATION.sub("", text, count=1).encode("utf-8")
        root = ET.fromstring(xml, _parser())
    except ET.XMLSyntaxError as exc:
        return InputError(f"feed is not well-formed XML: {_why(exc)}", hint=FEED_HINT,
                          origin=origin)
    if root is None:
        return InputError("feed is empty", hint=FEED_HINT, origin=origin)
    if _local(root.tag) not in FEED_ROOTS:
        return InputError(f"XML file is not an RSS or Atom feed (its root is <{_local(root.tag)}>)",
                          hint="newsgraph reads RSS and Atom feeds, HTML, JSON Lines and text",
                          origin=origin)
    return root


def _why(exc: ET.XMLSyntaxError) -> str:
    """libxml2's message, in the reader's terms where it names one of its limits."""
    text = str(exc)
    if "Excessive depth" in text:
        return f"elements are nested more than {MAX_DEPTH} levels deep"
    if "text node too long" in text.lower() or "huge text node" in text.lower():
        return "one text in it is over libxml2's limit of 10 MB"
    return text


def _article(item: ET.Element, origin: str, path: str | None, outlet: str | None,
             number: int) -> RawArticle | InputError:
    content = _content(item)
    if not content:
        return InputError(f"feed item {number} has no content (no description, summary or content)",
                          hint=FEED_HINT, origin=origin)
    author = _author(item)
    return RawArticle(
        content=content,
        format="html" if _TAG.search(content) else "text",
        origin=origin,
        path=path,
        url=_link(item),
        title=_strip_tags(_text(_child(item, "title"))),
        published=_first_text(item, DATE_TAGS),
        outlet=outlet,
        authors=(author,) if author else (),
    )


def _local(tag: str) -> str:
    """'{http://www.w3.org/2005/Atom}entry' -> 'entry'."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def _text(el: ET.Element | None) -> str | None:
    text = "".join(el.itertext()).strip() if el is not None else ""
    return text or None


def _first_text(el: ET.Element, names: tuple[str, ...]) -> str | None:
    for name in names:
        text = _text(_child(el, name))
        if text:
            return text
    return None


def _content(item: ET.Element) -> str | None:
    """The fullest body an item has: content:encoded, Atom content, then the summary."""
    for name in CONTENT_TAGS:
        el = _child(item, name)
        if el is None:
            continue
        if any(isinstance(c.tag, str) for c in el):  # Atom type="xhtml": markup, not text
            return _markup(el)
        text = "".join(el.itertext()).strip()  # an unexpanded &entity; stays as written
        if text:
            return text
    return None


def _markup(el: ET.Element) -> str | None:
    """The children of an element as plain HTML, without XML namespace prefixes."""
    for child in el.iter(ET.Element):  # elements only: not an unexpanded &entity;
        child.tag = _local(child.tag)
    markup = "".join(ET.tostring(c, encoding="unicode") for c in el)
    return _XMLNS.sub("", markup).strip() or None


def _link(item: ET.Element) -> str | None:
    """RSS <link>text</link>, or Atom's <link href> (the 'alternate' one when marked)."""
    links = [c for c in item if _local(c.tag) == "link"]
    for link in sorted(links, key=lambda c: c.get("rel", "alternate") != "alternate"):
        url = link.get("href") or (link.text or "").strip()
        if url:
            return url
    return None


def _author(item: ET.Element) -> str | None:
    """dc:creator, RSS <author>'s '(Name)', or Atom <author><name>."""
    el = _child(item, "creator")
    if el is None:
        el = _child(item, "author")
    if el is None:
        return None
    name = _text(_child(el, "name")) or _text(el) or ""
    m = re.search(r"\(([^)]+)\)", name)
    if m:
        return m[1].strip()
    return None if "@" in name or not name else name


def _feed_title(root: ET.Element) -> str | None:
    """The channel's (or Atom feed's) own title: the outlet for its items."""
    channel = _child(root, "channel")
    return _strip_tags(_text(_child(channel if channel is not None else root, "title")))


def _strip_tags(text: str | None) -> str | None:
    return re.sub(r"<[^>]+>", "", text).strip() or None if text else None
