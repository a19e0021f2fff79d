"""RSS and Atom feeds: one raw article per item."""

from __future__ import annotations

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.feeds import read_feed
from newsgraph.records import RawArticle

RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Wire</title>
  <item>
    <title>Harbour reopens</title>
    <link>https://example.com/harbour</link>
    <pubDate>Tue, 21 Oct 2025 14:03:00 +0000</pubDate>
    <dc:creator>Jane Roe</dc:creator>
    <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>The full story of the harbour.</p>]]></content:encoded>
  </item>
  <item>
    <title>Plain summary</title>
    <author>desk@example.com (John Doe)</author>
    <description>A summary without markup.</description>
  </item>
  <item><title>Nothing inside</title></item>
</channel>
</rss>
"""

ATOM = """<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Times</title>
  <entry>
    <title>Bridge opens</title>
    <link rel="self" href="https://example.com/self"/>
    <link rel="alternate" href="https://example.com/bridge"/>
    <published>2025-10-20T09:00:00Z</published>
    <updated>2025-10-21T10:00:00Z</updated>
    <author><name>Ann Lee</name></author>
    <summary>Summary only.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body.</p></div></content>
  </entry>
</feed>
"""


def test_rss_items_become_articles():
    first, second, third = read_feed(RSS, "news.rss", "news.rss")
    assert isinstance(first, RawArticle)
    assert first.origin == "news.rss#1"
    assert first.content == "<p>The full story of the harbour.</p>" and first.format == "html"
    assert (first.title, first.url, first.outlet) == ("Harbour reopens", "https://example.com/harbour",
                                                      "Example Wire")
    assert first.published == "Tue, 21 Oct 2025 14:03:00 +0000"
    assert first.authors == ("Jane Roe",)
    assert (second.content, second.format, second.authors) == ("A summary without markup.", "text",
                                                              ("John Doe",))
    assert isinstance(third, InputError) and third.origin == "news.rss#3"
    assert "feed item 3 has no content" in third.message


def test_atom_entries_become_articles():
    (entry,) = read_feed(ATOM, "news.atom", "news.atom")
    assert entry.url == "https://example.com/bridge"
    assert entry.published == "2025-10-20T09:00:00Z"
    assert entry.authors == ("Ann Lee",)
    assert entry.outlet == "Atom Times"
    assert entry.content == "<div><p>Body.</p></div>" and entry.format == "html"


@pytest.mark.parametrize(
    "text, message",
    [
        ("<rss><channel><item><title>cut off", "feed is not well-formed XML"),
        ("<catalog><book/></catalog>", "not an RSS or Atom feed (its root is <catalog>)"),
        ("<rss><channel><title>Empty</title></channel></rss>", "feed has no items"),
        ('<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><item><title>&a;</title>'
         "</item></channel></rss>", "declares XML entities"),
    ],
)
def test_broken_feeds_are_one_error(text, message):
    (error,) = read_feed(text, "bad.xml", "bad.xml")
    assert isinstance(error, InputError)
    assert message in error.message and error.origin == "bad.xml"


def test_a_feed_nested_too_deeply_is_one_error():
    deep = "<div>" * 5000 + "x" + "</div>" * 5000
    (error,) = read_feed(f"<rss><channel><item><description>{deep}</description></item>"
                         "</channel></rss>", "deep.rss", "deep.rss")
    assert isinstance(error, InputError) and "not well-formed XML" in error.message
    assert "nested more than 256 levels deep" in error.message


def test_external_entities_and_dtds_are_never_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    dtd = tmp_path / "feed.dtd"  # an external DTD that would expand &xxe; into the secret
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">')
    text = (f'<!DOCTYPE rss SYSTEM "{dtd.as_uri()}"><rss><channel><item>'
            "<description>Before &xxe; after.</description></item></channel></rss>")
    (item,) = read_feed(text, "x.rss", "x.rss")
    assert "SECRET" not in item.content and item.content.startswith("Before")


def test_a_declaration_naming_any_encoding_is_read_as_the_decoded_text():
    text = ('<?xml version="1.0" encoding=">ISO-8859-1"?><rss><channel><item>'
            "<description>Caf\u00e9 opens.</description></item></channel></rss>")
    (item,) = read_feed(text, "d.rss", "d.rss")
    assert item.content == "Caf\u00e9 opens."


def test_a_feed_with_a_text_over_ten_megabytes_is_one_error():
    huge = "x" * 10_500_000
    (error,) = read_feed(f"<rss><channel><item><description>{huge}</description></item>"
                         "</channel></rss>", "huge.rss", "huge.rss")
    assert isinstance(error, InputError) and "over libxml2's limit of 10 MB" in error.message
