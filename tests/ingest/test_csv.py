"""CSV and TSV files to raw articles, one a row."""

from __future__ import annotations

import gzip

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import read_bytes, read_paths
from newsgraph.ingest.csvfile import read_csv
from newsgraph.ingest.formats import sniff
from newsgraph.records import RawArticle
from newsgraph.settings import Settings

FAKES = (
    "unit_id,article_title,article_content,source,date,location,labels\n"
    '101,Harbour reopens,"The mayor reopened the harbour, at last.",nna,4/5/2017,idlib,1\n'
    '102,"Talks, again","Envoys met in Geneva.\n\nThey said little.",ahram,2/22/2015,homs,0\n'
)


def kinds(items):
    return [type(i).__name__ for i in items]


def test_fakes_columns_map_to_the_record():
    first, second = read_csv(FAKES, "f.csv", "f.csv")
    assert first == RawArticle(content="The mayor reopened the harbour, at last.", format="text",
                               origin="f.csv:2", path="f.csv", title="Harbour reopens",
                               published="2017-04-05", outlet="nna")
    assert second.title == "Talks, again"
    assert second.content == "Envoys met in Geneva.\n\nThey said little."


def test_origins_name_each_rows_first_line_past_blank_lines_and_multi_line_fields():
    text = FAKES + "\n\n" + '103,Later,"Three\nline\nbody",nna,1/1/2016,x,1\n104,Last,Body,nna,,x,1\n'
    assert [i.origin for i in read_csv(text, "f.csv", "f.csv")] == [
        "f.csv:2", "f.csv:3", "f.csv:8", "f.csv:11"]


@pytest.mark.parametrize(
    "header, row, field, value",
    [
        ("TEXT,Headline,Published_At,Publisher", "Body.,T,2024-03-01,Wire", "title", "T"),
        ("body,title,pubdate,site", "Body.,T,2024-03-01,Wire", "outlet", "Wire"),
        ("content,text", "ignored,Body.", "content", "Body."),  # "text" outranks "content"
        ("html,link", "<p>Body.</p>,https://e.com/a", "format", "html"),
        ("text,link", "Body.,https://e.com/a", "url", "https://e.com/a"),
        ("text,author", "Body.,Jane Roe; John Doe |", "authors", ("Jane Roe", "John Doe")),
        ("text,authors", "Body.,Jane Roe", "authors", ("Jane Roe",)),
    ],
)
def test_column_names_are_matched_case_insensitively_first_present_wins(header, row, field, value):
    (article,) = read_csv(f"{header}\n{row}\n", "f.csv", "f.csv")
    assert getattr(article, field) == value


@pytest.mark.parametrize(
    "dates, published",
    [
        (["4/5/2017", "2/22/2015"], ["2017-04-05", "2015-02-22"]),  # month first: 22 is a day
        (["4/5/2017", "22.2.2015"], ["2017-05-04", "2015-02-22"]),  # day first
        (["4/5/2017", "5/4/2017"], ["4/5/2017", "5/4/2017"]),  # the column cannot say: as written
        (["4/5/2017", "2017-02-22"], ["4/5/2017", "2017-02-22"]),
    ],
)
def test_numeric_dates_follow_the_order_their_column_shows(dates, published):
    text = "text,date\n" + "".join(f"Body.,{d}\n" for d in dates)
    assert [a.published for a in read_csv(text, "f.csv", "f.csv")] == published


def test_a_row_without_text_is_an_error_and_the_good_rows_come_through():
    text = "title,article_content\nA,Body A.\nB,\nC,   \nD,Body D.\nE\n"
    items = list(read_csv(text, "f.csv", "f.csv"))
    assert kinds(items) == ["RawArticle", "InputError", "InputError", "RawArticle", "InputError"]
    error = items[1]
    assert error.message == 'line 3 has no article text in its "article_content" column'
    assert error.origin == "f.csv:3"
    assert "text, content, article_content, body, article_text, full_text, html" in error.hint


def test_a_file_without_a_text_column_is_one_error_naming_the_columns_found():
    (error,) = read_csv("id,headline,when\n1,A,2024\n2,B,2024\n", "f.csv", "f.csv")
    assert (error.message, error.origin) == ("no column holds the article text", "f.csv")
    assert "text, content, article_content" in error.hint
    assert "the header has: id, headline, when" in error.hint


def test_a_header_without_rows_is_an_error():
    (error,) = read_csv("text,title\n", "f.csv", "f.csv")
    assert error.message == "CSV file has a header but no rows"


def test_broken_quoting_is_an_error_naming_the_line_and_the_batch_goes_on():
    text = 'text,title\nGood.,A\n"Broken" here,B\nAlso good.,C\n"Never closed,D\nE,F\n'
    items = list(read_csv(text, "f.csv", "f.csv"))
    assert kinds(items) == ["RawArticle", "InputError", "RawArticle", "InputError"]
    assert items[1].origin == "f.csv:3"
    assert items[1].message == "line 3 is not valid CSV: ',' expected after '\"'"
    assert items[3].message == "line 5 is not valid CSV: unexpected end of data (at line 6)"


def test_a_field_longer_than_csvs_default_limit_is_read():
    body = "word " * 40_000  # over csv's 131,072-character default
    (article,) = read_csv(f'text\n"{body}"\n', "f.csv", "f.csv")
    assert article.content == body.strip()


def test_tsv_and_a_semicolon_csv_are_read():
    (tsv,) = read_bytes(b"title\ttext\nA, b\tBody; with, commas.\n", "f.tsv", "f.tsv")
    assert (tsv.title, tsv.content) == ("A, b", "Body; with, commas.")
    (semi,) = read_bytes(b"title;text\nA;Body, with commas.\n", "g.csv", "g.csv")
    assert (semi.title, semi.content) == ("A", "Body, with commas.")


def test_csv_is_told_by_its_extension_only():
    assert [sniff("a,b", n) for n in ("x.csv", "x.TSV", "x.csv.gz", None)] == [
        "csv", "tsv", "csv", "text"]


def test_a_bom_and_crlf_line_ends_are_read_through_read_paths(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xef\xbb\xbfText,Title\r\nBody one.,A\r\n\"Body\r\ntwo.\",B\r\n")
    items = list(read_paths([str(path)], Settings()))
    assert [(i.title, i.origin) for i in items] == [("A", f"{path}:2"), ("B", f"{path}:3")]
    assert items[1].content == "Body\r\ntwo."


def test_a_gzipped_csv_is_read(tmp_path):
    path = tmp_path / "rows.csv.gz"
    path.write_bytes(gzip.compress(FAKES.encode()))
    assert kinds(read_paths([str(path)], Settings())) == ["RawArticle", "RawArticle"]


def test_an_empty_csv_file_is_the_usual_empty_file_error(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\xef\xbb\xbf\n")
    (error,) = read_paths([str(path)], Settings())
    assert isinstance(error, InputError) and error.message == "file is empty"
