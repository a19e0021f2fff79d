"""Which kind of source a file holds: by its extension first, then by its content."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

BY_EXTENSION = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".csv": "csv", ".tsv": "tsv",
}
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:head|body|div|p|article|section|meta|title)[\s>/]", re.IGNORECASE)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_JSON_ARRAY = re.compile(r"\[\s*\{")
SNIFF_CHARS = 4096


def inner_name(name: str) -> str:
    """'page.html.gz' -> 'page.html': what a gzipped file holds."""
    return name[:-3] if name.lower().endswith(".gz") else name


def sniff(text: str, name: str | None) -> str:
    """'html', 'jsonl', 'json', 'feed', 'csv', 'tsv' or 'text' for a decoded file named ``name``."""
    if name:
        kind = BY_EXTENSION.get(PurePath(inner_name(name)).suffix.lower())
        if kind:
            return kind
    return sniff_content(text)


def sniff_content(text: str) -> str:
    """The kind of a text from how it starts; plain text when nothing else fits."""
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return _markup_kind(head)
    if head.startswith("{") or _JSON_ARRAY.match(head):
        return _json_kind(text)
    return "text"


def _markup_kind(head: str) -> str:
    if _HTML_START.match(head):
        return "html"
    if _FEED_ROOT.search(head):
        return "feed"
    if head.lower().startswith("<?xml"):
        return "html" if re.search(r"<html[\s>]", head, re.IGNORECASE) else "feed"
    return "html" if _HTML_TAG.search(head) else "text"


def _json_kind(text: str) -> str:
    """'json' for one JSON value, 'jsonl' when the first line is an object, else text."""
    try:
        json.loads(text)
        return "json"
    except RecursionError:  # JSON, but nested past Python's limit: read_json says so
        return "json"
    except ValueError:
        pass
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except RecursionError:
        return "jsonl"
    except ValueError:
        return "text"
