"""Which kind of source a file holds: extension first, then content."""

from __future__ import annotations

import pytest

from newsgraph.ingest.formats import inner_name, sniff


@pytest.mark.parametrize(
    "name, text, kind",
    [
        ("page.html", "anything", "html"),
        ("page.HTM", "anything", "html"),
        ("page.xhtml", "anything", "html"),
        ("page.html.gz", "anything", "html"),
        ("records.jsonl", "{}", "jsonl"),
        ("records.ndjson", "{}", "jsonl"),
        ("record.json", "{}", "json"),
        ("news.rss", "<rss/>", "feed"),
        ("news.atom", "<feed/>", "feed"),
        ("news.xml", "<rss/>", "feed"),
        ("story.txt", "<!DOCTYPE html><html><body></body></html>", "html"),
        (None, "  <html lang='en'><body>x</body></html>", "html"),
        (None, "<div><p>A fragment</p></div>", "html"),
        (None, '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "feed"),
        (None, '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        (None, '{"text": "one record"}', "json"),
        (None, '[{"text": "a"}, {"text": "b"}]', "json"),
        (None, '{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        # things that only look a little like markup or JSON stay plain text
        (None, "[OSLO] A story that opens with a dateline.", "text"),
        (None, "{braces} open this story, which is prose.", "text"),
        (None, "<3 a story opening with a heart", "text"),
        ("story.txt", "Plain story text.", "text"),
        ("README", "Plain story text.", "text"),
    ],
)
def test_sniff(name, text, kind):
    assert sniff(text, name) == kind


@pytest.mark.parametrize("name, inner", [("x.html.gz", "x.html"), ("x.GZ", "x"), ("x.txt", "x.txt")])
def test_inner_name(name, inner):
    assert inner_name(name) == inner
