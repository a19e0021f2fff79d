"""JSON Lines and JSON records to raw articles."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.jsonl import read_json, read_json_lines, record_article
from newsgraph.records import RawArticle


@pytest.mark.parametrize(
    "record, expected",
    [
        ({"text": "Body."}, {"content": "Body.", "format": "text"}),
        ({"html": "<p>Body.</p>"}, {"content": "<p>Body.</p>", "format": "html"}),
        ({"text": "Body.", "html": "<p>x</p>"}, {"format": "text"}),
        ({"text": "  ", "html": "<p>x</p>"}, {"format": "html"}),
        ({"text": "B", "url": "https://e.com/a", "title": "T", "published": "2024-03-01",
          "outlet": "Example Wire"},
         {"url": "https://e.com/a", "title": "T", "published": "2024-03-01", "outlet": "Example Wire"}),
        ({"text": "B", "authors": ["Jane Roe", " ", "John Doe"]}, {"authors": ("Jane Roe", "John Doe")}),
        ({"text": "B", "author": "Jane Roe"}, {"authors": ("Jane Roe",)}),
        ({"text": "B", "authors": "Jane Roe"}, {"authors": ("Jane Roe",)}),
        ({"text": "B", "title": 42, "authors": 7}, {"title": None, "authors": ()}),
    ],
)
def test_record_fields(record, expected):
    article = record_article(record, "f.jsonl:1", "f.jsonl", "line 1")
    assert isinstance(article, RawArticle)
    for field, value in expected.items():
        assert getattr(article, field) == value


@pytest.mark.parametrize(
    "record, message",
    [
        ({"title": "No body"}, 'line 3 has no "text" or "html" field'),
        ({"text": "", "html": "   "}, 'line 3 has no "text" or "html" field'),
        (["not", "an", "object"], "line 3 is not a JSON object"),
        ("just a string", "line 3 is not a JSON object"),
    ],
)
def test_bad_records_are_errors_naming_the_line(record, message):
    error = record_article(record, "f.jsonl:3", "f.jsonl", "line 3")
    assert isinstance(error, InputError)
    assert error.message == message
    assert error.origin == "f.jsonl:3"


def test_json_lines_skip_blank_lines_and_report_bad_ones_by_number():
    text = "\n".join([
        json.dumps({"text": "First."}),
        "",
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Fifth."}),
    ])
    items = list(read_json_lines(text, "r.jsonl", "r.jsonl"))
    assert [i.origin for i in items] == ["r.jsonl:1", "r.jsonl:3", "r.jsonl:4", "r.jsonl:5"]
    assert [type(i).__name__ for i in items] == ["RawArticle", "InputError", "InputError", "RawArticle"]
    assert items[1].message.startswith("line 3 is not valid JSON: Expecting property name")
    assert "column 2" in items[1].message


def test_a_json_file_holds_one_record_or_an_array():
    (one,) = read_json('{"text": "Only."}', "a.json", "a.json")
    assert (one.content, one.origin) == ("Only.", "a.json")
    items = list(read_json('[{"text": "A"}, 3, {"html": "<p>B</p>"}]', "b.json", "b.json"))
    assert [i.origin for i in items] == ["b.json#1", "b.json#2", "b.json#3"]
    assert isinstance(items[1], InputError) and items[1].message == "item 2 is not a JSON object"


def test_a_json_file_with_one_object_a_line_is_read_as_json_lines():
    items = list(read_json('{"text": "A"}\n{"text": "B"}\n', "c.json", "c.json"))
    assert [i.origin for i in items] == ["c.json:1", "c.json:2"]


def test_broken_json_names_its_line():
    (error,) = read_json('{\n  "text": "A",\n  oops\n}', "d.json", "d.json")
    assert isinstance(error, InputError)
    assert error.origin == "d.json:3" and error.message.startswith("line 3 is not valid JSON")


def test_a_line_nested_too_deeply_is_that_lines_error():
    text = "[" * 5000 + "]" * 5000 + "\n" + json.dumps({"text": "Next."})
    error, article = read_json_lines(text, "deep.jsonl", "deep.jsonl")
    assert isinstance(error, InputError) and error.origin == "deep.jsonl:1"
    assert "nested too deeply" in error.message and error.hint
    assert article.content == "Next."


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"text": ' + "[" * 5000 + "]" * 5000 + "}", "the file holds JSON nested too deeply"),
        ('{"text": "A", "n": ' + "9" * 5000 + "}", "the file holds JSON that cannot be"),
    ],
)
def test_json_python_cannot_hold_is_one_error(text, message):
    (error,) = read_json(text, "big.json", "big.json")
    assert isinstance(error, InputError) and error.origin == "big.json"
    assert error.message.startswith(message)


def test_lone_surrogates_and_control_characters_leave_the_fields():
    line = json.dumps({"text": "Half \ud800 a pair\u0007, a tab\tkept.", "title": "\x1bT",
                       "authors": ["\u0000Ann Lee", "\ud83d"]})
    (article,) = read_json_lines(line, "s.jsonl", "s.jsonl")
    assert article.content == "Half  a pair, a tab\tkept."
    assert (article.title, article.authors) == ("T", ("Ann Lee",))
