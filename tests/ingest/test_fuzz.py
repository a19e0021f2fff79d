"""Fuzzing every reader: whatever the bytes, an article or an InputError, never a crash.

Each test draws hostile inputs of one kind (raw bytes, nested and broken JSON, XML feeds
with entities and deep nesting, HTML, CSV, text in mixed encodings with control
characters) and reads them as a file of that kind, then cleans each article. The budget
is small here; ``make fuzz`` runs the same tests with NEWSGRAPH_FUZZ_EXAMPLES raised.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.clean import clean
from newsgraph.errors import InputError
from newsgraph.ingest import read_bytes
from newsgraph.records import CleanArticle, RawArticle
from newsgraph.settings import Settings

EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="NEWSGRAPH_FUZZ_EXAMPLES"
                not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# A small limit, so that the size checks are fuzzed too.
SETTINGS = Settings(max_file_bytes=200_000)
BUG = "file could not be read ("  # the message of ingest's safety net: a reader's bug

WORDS = st.sampled_from(["Minister", "Anna Keller", "met", "Paris", "on Monday", "said",
                         "\u201cWe will\u201d", "caf\u00e9", "\u041c\u043e\u0441\u043a\u0432\u0430",
                         "\u0627\u0644\u0623\u0633\u062f", "2025-10-21", "<", "&", "\"", "'",
                         ",", ";", "\t", "\n", "\n\n", "\r\n", "\x00", "\x1b[31m", "\ufeff",
                         "&amp;", "&#0;", "&#xd800;", "]]>", "--", "*", "NEAR"])
PHRASE = st.lists(WORDS, max_size=12).map(" ".join)
TEXT = st.one_of(PHRASE, st.text(max_size=80))


def check(data: bytes, name: str | None) -> None:
    """The property: items are articles or input errors, and articles clean or fail
    with an input error; a reader's bug (the safety net's message) fails the test."""
    for item in read_bytes(data, name or "<fuzz>", name, SETTINGS):
        if isinstance(item, InputError):
            assert not item.message.startswith(BUG), item.message
            continue
        assert isinstance(item, RawArticle)
        item.content.encode("utf-8")  # nothing SQLite's UTF-8 cannot store
        try:
            cleaned = clean(item, SETTINGS)
        except InputError:
            continue
        assert isinstance(cleaned, CleanArticle)
        cleaned.text.encode("utf-8")


NAMES = st.sampled_from([None, "a.txt", "a.json", "a.jsonl", "a.csv", "a.tsv", "a.xml",
                         "a.rss", "a.html", "a.txt.gz", "a.json.gz"])


@FUZZ
@given(st.binary(max_size=3000), NAMES)
def test_any_bytes(data, name):
    check(data, name)


@FUZZ
@given(st.binary(max_size=3000), NAMES)
def test_any_bytes_gzipped(data, name):
    check(gzip.compress(data), name)


@FUZZ
@given(st.binary(min_size=1, max_size=2000), st.integers(0, 100), NAMES)
def test_truncated_gzip(data, cut, name):
    packed = gzip.compress(data)
    check(packed[: max(2, len(packed) * cut // 100)], name)


# -- JSON -----------------------------------------------------------------------------------

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT)
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["text", "html", "title", "url", "published", "outlet",
                                     "authors", "author", "x"]), inner, max_size=5)),
    max_leaves=12)
RECORD = st.fixed_dictionaries(
    {"text": TEXT}, optional={"html": TEXT, "title": SCALAR, "published": SCALAR,
                              "authors": VALUE, "url": SCALAR, "outlet": SCALAR})


@st.composite
def deep(draw) -> str:
    """Arrays or objects nested up to past Python's recursion limit, maybe unclosed."""
    depth = draw(st.integers(1, 3000))
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"text": ', "}")]))
    inner = json.dumps(draw(st.one_of(SCALAR, RECORD)))
    closed = draw(st.booleans())
    return opener * depth + inner + (closer * depth if closed else "")


@st.composite
def json_documents(draw) -> str:
    values = draw(st.lists(st.one_of(RECORD, VALUE), max_size=4))
    text = draw(st.sampled_from(["lines", "array", "one"]))
    ascii_only = draw(st.booleans())
    if text == "lines":
        doc = "\n".join(json.dumps(v, ensure_ascii=ascii_only) for v in values)
    elif text == "array":
        doc = json.dumps(values, ensure_ascii=ascii_only)
    else:
        doc = json.dumps(values[0] if values else {}, ensure_ascii=ascii_only)
    return _mutate(draw, doc)


def _mutate(draw, doc: str) -> str:
    """Now and then a cut, an insertion or a deep value spliced into the document."""
    how = draw(st.sampled_from(["none", "none", "cut", "insert", "deep", "digits"]))
    at = draw(st.integers(0, len(doc)))
    if how == "cut":
        return doc[:at]
    if how == "insert":
        return doc[:at] + draw(st.sampled_from(["\x00", "\\ud800", "\"", "{", "]", "\n",
                                                 "\\u0000", "NaN", "\ufffd"])) + doc[at:]
    if how == "deep":
        return doc + "\n" + draw(deep())
    if how == "digits":
        return doc + '\n{"text": "x", "n": ' + "9" * draw(st.integers(4000, 6000)) + "}"
    return doc


@FUZZ
@given(json_documents(), st.sampled_from(["a.json", "a.jsonl", None]),
       st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_json(doc, name, encoding):
    check(doc.encode(encoding, errors="surrogatepass"), name)


@FUZZ
@given(deep(), st.sampled_from(["a.json", "a.jsonl", None]))
def test_json_nested_deeply(doc, name):
    check(doc.encode("utf-8"), name)


# -- XML feeds ------------------------------------------------------------------------------

FEED_TAGS = st.sampled_from(["rss", "channel", "item", "entry", "feed", "title", "link",
                             "description", "content:encoded", "summary", "content",
                             "pubDate", "dc:creator", "author", "name", "div", "p", "x"])
DTDS = st.sampled_from([
    "", '<!DOCTYPE rss SYSTEM "file:///etc/passwd">',
    '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>',
    '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
    '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>',
])


@st.composite
def elements(draw, depth: int = 0) -> str:
    tag = draw(FEED_TAGS)
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
        parts.append(draw(st.one_of(TEXT.map(_xml_escape), elements(depth + 1),
                                    st.sampled_from(["&lol2;", "&xxe;", "&amp;", "&#1;",
                                                     "<![CDATA[<p>x</p>]]>", "<!-- c -->",
                                                     "<?pi x?>"]))))
    attrs = draw(st.sampled_from(["", ' href="https://e.com/a"', ' type="xhtml"',
                                  ' xmlns="http://www.w3.org/2005/Atom"', ' a="' + "x" * 5000
                                  + '"']))
    return f"<{tag}{attrs}>{''.join(parts)}</{tag}>"


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@st.composite
def feeds(draw) -> str:
    declaration = draw(st.sampled_from(["", '<?xml version="1.0"?>',
                                        '<?xml version="1.0" encoding="ISO-8859-1"?>']))
    items = "".join(draw(st.lists(elements(), max_size=4)))
    root = draw(st.sampled_from(["<rss><channel>{}</channel></rss>", "<feed>{}</feed>",
                                 "<rdf:RDF>{}</rdf:RDF>", "{}"]))
    depth = draw(st.sampled_from([0, 0, 100, 300, 5000]))
    nested = "<div>" * depth + "deep" + "</div>" * depth
    doc = declaration + draw(DTDS) + root.format(items + f"<item><description>{nested}"
                                                         "</description></item>")
    return _mutate_markup(draw, doc)


def _mutate_markup(draw, doc: str) -> str:
    how = draw(st.sampled_from(["none", "none", "cut", "insert"]))
    at = draw(st.integers(0, len(doc)))
    if how == "cut":
        return doc[:at]
    if how == "insert":
        return doc[:at] + draw(st.sampled_from(["<", ">", "&", "\x00", "<!--", "<![CDATA[",
                                                 "</", "<a" * 200, "\udcff"])) + doc[at:]
    return doc


@FUZZ
@given(feeds(), st.sampled_from(["a.xml", "a.rss", None]))
def test_feeds(doc, name):
    check(doc.encode("utf-8", errors="surrogatepass"), name)


# -- HTML -----------------------------------------------------------------------------------

HTML_TAGS = st.sampled_from(["html", "head", "body", "title", "meta", "p", "div", "article",
                             "script", "style", "a", "b", "table", "tr", "td", "br", "svg",
                             "iframe", "template", "h1", "li", "x-y"])


@st.composite
def html_elements(draw, depth: int = 0) -> str:
    tag = draw(HTML_TAGS)
    children = draw(st.lists(st.one_of(PHRASE, html_elements(depth + 1)) if depth < 4
                             else PHRASE, max_size=3))
    attr = draw(st.sampled_from(["", ' class="story"', ' content="2025-10-21"',
                                 ' property="og:title" content="T"', " onload=alert(1)",
                                 ' title="' + "a" * 20000 + '"', " a='unclosed"]))
    close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
    return f"<{tag}{attr}>{''.join(children)}{close}"


@st.composite
def pages(draw) -> str:
    body = "".join(draw(st.lists(html_elements(), max_size=5)))
    depth = draw(st.sampled_from([0, 0, 300, 3000]))
    tag = draw(st.sampled_from(["div", "p", "b", "table"]))
    nested = f"<{tag}>" * depth + "Deep text." + f"</{tag}>" * depth
    doc = draw(st.sampled_from(["<!DOCTYPE html><html><body>{}</body></html>", "{}",
                                "<html>{}"])).format(body + nested)
    return _mutate_markup(draw, doc)


@FUZZ
@given(pages(), st.sampled_from(["a.html", None]),
       st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_html(doc, name, encoding):
    check(doc.encode(encoding, errors="replace"), name)


# -- CSV ------------------------------------------------------------------------------------

COLUMNS = st.sampled_from(["text", "article_content", "html", "title", "date", "published",
                           "source", "url", "authors", "x", "", "TEXT "])


@st.composite
def tables(draw) -> str:
    header = draw(st.lists(COLUMNS, min_size=1, max_size=5))
    rows = draw(st.lists(st.lists(st.one_of(TEXT, st.sampled_from(["4/5/2017", "13/5/2017",
                                                                    "a; b|c", '"', "\r"])),
                                  max_size=6), max_size=5))
    delimiter = draw(st.sampled_from([",", "\t", ";", "|"]))
    if draw(st.booleans()):  # well quoted, as csv writes it
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerows([header, *rows])
        return out.getvalue()
    return "\n".join(delimiter.join(row) for row in [header, *rows])  # raw, often broken


@FUZZ
@given(tables(), st.sampled_from(["a.csv", "a.tsv"]))
def test_csv(doc, name):
    check(doc.encode("utf-8"), name)


# -- plain text ---------------------------------------------------------------------------

@st.composite
def mixed_encodings(draw) -> bytes:
    """Pieces of text, each in its own encoding: what a concatenating scraper leaves."""
    pieces = draw(st.lists(st.tuples(st.one_of(TEXT, st.text(st.characters(
        max_codepoint=0x1F), max_size=40)), st.sampled_from(["utf-8", "cp1252", "latin-1",
                                                           "koi8-r", "shift_jis", "utf-16"])),
        min_size=1, max_size=6))
    data = b"".join(text.encode(encoding, errors="ignore") for text, encoding in pieces)
    if draw(st.booleans()):  # one enormous line
        data += b" ".join([b"word"] * draw(st.integers(1000, 40000)))
    return data


@FUZZ
@given(mixed_encodings(), st.sampled_from(["a.txt", None]))
def test_text(data, name):
    check(data, name)
