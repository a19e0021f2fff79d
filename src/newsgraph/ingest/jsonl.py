"""JSON Lines (one article record per line) and JSON files (one record or an array).

A record carries ``text`` (plain) or ``html`` and optionally ``url``, ``title``,
``published``, ``outlet`` and ``authors`` (a list, or one ``author`` string). A bad line
is reported with its number and the batch goes on with the next line. JSON that Python
cannot hold (nested past its recursion limit, integers past its digit limit) is a bad line
like any other, and strings lose lone surrogates and control characters, which no later
stage (nor SQLite's UTF-8) can take.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.decode import scrub
from newsgraph.records import RawArticle

RECORD_HINT = 'each record needs the article as "text" (plain text) or "html"'
JSON_HINT = "fix the JSON (each line of a .jsonl file holds one object) or remove the line"


def read_json_lines(text: str, origin: str, path: str | None) -> Iterator[RawArticle | InputError]:
    """One RawArticle (or InputError) per non-blank line; origins are ``origin:LINE``."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield _json_error(exc, number, where)
            continue
        yield record_article(value, where, path, f"line {number}")


def read_json(text: str, origin: str, path: str | None) -> Iterator[RawArticle | InputError]:
    """A .json file: one record, an array of records (``origin#N``), or JSON Lines."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: JSON Lines after all
            yield from read_json_lines(text, origin, path)
        else:
            yield _json_error(exc, exc.lineno, f"{origin}:{exc.lineno}")
        return
    except (ValueError, RecursionError) as exc:
        yield _json_error(exc, None, origin)
        return
    if isinstance(value, list):
        for number, item in enumerate(value, 1):
            yield record_article(item, f"{origin}#{number}", path, f"item {number}")
    else:
        yield record_article(value, origin, path, "the record")


def _json_error(exc: Exception, line: int | None, origin: str) -> InputError:
    where = f"line {line}" if line else "the file"
    if isinstance(exc, json.JSONDecodeError):
        message = f"{where} is not valid JSON: {exc.msg} (column {exc.colno})"
    elif isinstance(exc, RecursionError):
        message = f"{where} holds JSON nested too deeply to read (arrays or objects inside " \
                  f"each other past Python's limit of about {sys.getrecursionlimit():,} levels)"
    elif "integer string conversion" in str(exc):  # Python's limit on an integer's digits
        message = f"{where} holds JSON that cannot be read: a number of more than " \
                  f"{sys.get_int_max_str_digits():,} digits"
    else:
        message = f"{where} holds JSON that cannot be read: {exc}"
    return InputError(message, hint=JSON_HINT, origin=origin)


def record_article(value: Any, origin: str, path: str | None, what: str) -> RawArticle | InputError:
    """The RawArticle of one decoded record; ``what`` names it in messages ("line 3")."""
    if not isinstance(value, dict):
        return InputError(f"{what} is not a JSON object", hint=RECORD_HINT, origin=origin)
    text, html = _string(value, "text"), _string(value, "html")
    if not text and not html:
        return InputError(f'{what} has no "text" or "html" field', hint=RECORD_HINT, origin=origin)
    return RawArticle(
        content=text or html,
        format="text" if text else "html",
        origin=origin,
        path=path,
        url=_string(value, "url"),
        title=_string(value, "title"),
        published=_string(value, "published"),
        outlet=_string(value, "outlet"),
        authors=_authors(value),
    )


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return scrub(value).strip() or None if isinstance(value, str) else None


def _authors(record: dict[str, Any]) -> tuple[str, ...]:
    """``authors`` as a list or a string, else ``author``; empty names dropped."""
    value = record.get("authors") or record.get("author")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    names = (scrub(a).strip() for a in value if isinstance(a, str))
    return tuple(name for name in names if name)
