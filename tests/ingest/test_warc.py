"""WARC files: each HTML response is an article with its URL and crawl date; the other
records are skipped and counted, not errors. The WARC files are built here, of pages
written for the tests."""

from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import InputError
from newsgraph.ingest import read_paths
from newsgraph.records import RawArticle, Skipped
from newsgraph.settings import Settings

PAGE = """<!doctype html><html><head><title>Port reopens after strike</title>
<meta property="og:site_name" content="Harbour Courier"></head><body><article>
<h1>Port reopens after strike</h1>
<p>Dockworkers in Valparaiso ended a nine-day strike on Tuesday after the port authority
agreed to raise wages, the union said.</p>
<p>"We got what we came for," said union leader Marta Rojas.</p>
</article></body></html>"""
CAFE = "<html><body><article><p>The caf\u00e9 on the quay reopened on Monday, its owner said, after repairs.</p></article></body></html>"
DATE = "2024-03-05T10:11:12Z"


def _record(writer, kind, uri, body=b"", status="200 OK", ctype="text/html; charset=utf-8",
            date=DATE):
    http = None
    if kind in ("response", "request"):
        line = status if kind == "response" else "GET / HTTP/1.1"
        http = StatusAndHeaders(line, [("Content-Type", ctype)] if ctype else [],
                                protocol="HTTP/1.1", is_http_request=kind == "request")
    headers = {"WARC-Date": date}
    if kind == "resource":
        return writer.write_record(writer.create_warc_record(
            uri, kind, payload=io.BytesIO(body), warc_content_type=ctype,
            warc_headers_dict=headers))
    writer.write_record(writer.create_warc_record(
        uri, kind, payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers))


def write_warc(path, gzipped=True):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _record(writer, "request", "https://news.example/port")
        _record(writer, "response", "https://news.example/port", PAGE.encode())
        _record(writer, "response", "https://news.example/logo.png", b"\x89PNG....", ctype="image/png")
        _record(writer, "response", "https://news.example/old", b"<html>moved</html>",
                status="301 Moved Permanently")
        _record(writer, "response", "https://news.example/cafe", CAFE.encode("cp1252"),
                ctype="text/html; charset=windows-1252", date="2024-03-06T08:00:00Z")
        _record(writer, "resource", "https://news.example/kept", PAGE.encode(), ctype="text/html")
    return path


def test_html_responses_become_articles_with_url_and_crawl_date(tmp_path):
    items = list(read_paths([str(write_warc(tmp_path / "crawl.warc.gz"))], Settings()))
    articles = [i for i in items if isinstance(i, RawArticle)]
    assert [(a.url, a.crawled, a.format) for a in articles] == [
        ("https://news.example/port", DATE, "html"),
        ("https://news.example/cafe", "2024-03-06T08:00:00Z", "html"),
        ("https://news.example/kept", DATE, "html"),
    ]
    assert "Valparaiso" in articles[0].content
    assert "caf\u00e9" in articles[1].content  # the declared charset
    assert articles[0].origin == f"{tmp_path / 'crawl.warc.gz'}#3"


def test_other_records_are_skipped_and_say_why(tmp_path):
    items = list(read_paths([str(write_warc(tmp_path / "crawl.warc", gzipped=False))], Settings()))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.reason for s in skipped] == [
        "warcinfo record", "request record", "image/png", "HTTP 301"]
    assert not [i for i in items if isinstance(i, InputError)]


def test_a_record_over_the_size_limit_is_its_own_error(tmp_path):
    items = list(read_paths([str(write_warc(tmp_path / "crawl.warc.gz"))],
                            Settings(max_file_bytes=300)))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 2 and all("over the 300-byte limit" in e.message for e in errors)
    assert [i.url for i in items if isinstance(i, RawArticle)] == ["https://news.example/cafe"]


def test_a_broken_warc_file_keeps_the_records_before_the_break(tmp_path):
    whole = write_warc(tmp_path / "crawl.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    items = list(read_paths([str(cut)], Settings()))
    assert isinstance(items[-1], InputError) and "cannot be read" in items[-1].message
    assert any(isinstance(i, RawArticle) for i in items)


@pytest.mark.parametrize("content", [b"not a warc file at all\n", gzip.compress(b"hello", mtime=0)],
                         ids=["text", "gzip"])
def test_a_file_that_is_no_warc_is_one_error(tmp_path, content):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(content)
    (error,) = read_paths([str(bad)], Settings())
    assert isinstance(error, InputError) and error.origin == str(bad)


@pytest.mark.slow
def test_newsgraph_ingest_reads_a_warc_file(tmp_path, nlp):
    from click.testing import CliRunner

    from newsgraph.cli import cli
    from newsgraph.store import Store

    warc = write_warc(tmp_path / "crawl.warc.gz")
    result = CliRunner().invoke(cli, ["ingest", str(warc), "--db", str(tmp_path / "w.db")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "stored 2, skipped 1 as duplicate, failed 0" in result.output  # /kept is /port again
    assert ("not articles, skipped: 4 records (1 warcinfo record, 1 request record, "
            "1 image/png, 1 HTTP 301)") in result.output
    with Store.open(tmp_path / "w.db") as store:
        stored = [store.article(a.id) for a in store.articles()]
    sources = sorted((a.clean.url, a.clean.crawled) for a in stored)
    assert sources == [("https://news.example/cafe", "2024-03-06T08:00:00Z"),
                       ("https://news.example/port", DATE)]
    port = next(a for a in stored if a.clean.url.endswith("/port"))
    assert port.to_dict()["source"]["crawled"] == DATE
    assert port.clean.title == "Port reopens after strike"
    assert "Marta Rojas" in [e.name for e in port.entities]


def test_a_warc_file_under_another_name_says_how_to_read_it(tmp_path):
    odd = tmp_path / "crawl.dat"
    odd.write_bytes(write_warc(tmp_path / "crawl.warc", gzipped=False).read_bytes())
    (error,) = read_paths([str(odd)], Settings())
    assert isinstance(error, InputError) and ".warc.gz" in error.hint
