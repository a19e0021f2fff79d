"""CSV and TSV files: one article per row.

Columns are matched by name, case-insensitively, to the keys of a JSON Lines record
(``text`` or ``html``, ``url``, ``title``, ``published``, ``outlet``, ``authors``), and each
row is built by ``record_article``. A bad row is reported with its line and the batch
goes on with the next row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from newsgraph.errors import InputError
from newsgraph.ingest.jsonl import record_article
from newsgraph.records import RawArticle

Item = RawArticle | InputError
Row = tuple[int, list[str] | InputError]  # (the row's first line, its fields)
Record = dict[str, str | list[str]]

# Record key -> the column names that hold it, first present wins.
COLUMNS = {
    "text": ("text", "content", "article_content", "body", "article_text", "full_text"),
    "html": ("html",),
    "title": ("title", "article_title", "headline"),
    "published": ("published", "date", "pubdate", "publication_date", "published_at"),
    "outlet": ("outlet", "source", "publisher", "site"),
    "url": ("url", "link"),
    "authors": ("authors", "author"),
}
TEXT_COLUMNS = ", ".join(COLUMNS["text"] + COLUMNS["html"])
CSV_HINT = ("quote a field that holds the delimiter, a quote or a line break in double "
            "quotes, doubling its quotes, or remove the row")
# The file's size is capped before it is read, so a field may be as long as the file.
FIELD_LIMIT = 2**31 - 1
_AUTHOR_SEPARATORS = re.compile(r"[;|]")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")


@dataclass(frozen=True)
class Layout:
    """What a file's header and date column say about reading each of its rows."""

    text_columns: str  # '"article_content"': where a row's missing article was sought
    date_order: str | None  # "mdy", "dmy", or None when the column does not say


def read_csv(text: str, origin: str, path: str | None, delimiter: str = ",") -> Iterator[Item]:
    """One RawArticle (or InputError) per row; origins are ``origin:LINE``, the row's first."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    rows = list(_rows(text.lstrip("\ufeff"), origin, _delimiter(text, delimiter)))
    problem = _file_problem(rows, origin)
    if problem:
        yield problem
        return
    header = rows[0][1]
    columns = _columns(header)
    records = [(n, r if isinstance(r, InputError) else _record(r, columns)) for n, r in rows[1:]]
    dates = (str(r.get("published", "")) for _, r in records if isinstance(r, dict))
    layout = Layout(_text_columns(header, columns), _date_order(dates))
    for line, record in records:
        if isinstance(record, InputError):
            yield record
        else:
            yield _article(record, layout, line, origin, path)


def _rows(text: str, origin: str, delimiter: str) -> Iterator[Row]:
    """Every non-blank row, or an InputError where the CSV breaks.

    csv.reader, not DictReader: DictReader skips blank lines out of sight, and it is a
    row's first line (line_num gives its last) that names where to look for it."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            broken = f" (at line {reader.line_num})" if reader.line_num != start else ""
            message = f"line {start} is not valid CSV: {exc}{broken}"
            yield start, InputError(message, hint=CSV_HINT, origin=f"{origin}:{start}")
            continue
        if row:
            yield start, row


def _delimiter(text: str, expected: str) -> str:
    """``expected`` when the header holds it, else the separator it does hold (Excel
    writes ';' where a comma is the decimal mark)."""
    header = text.split("\n", 1)[0]
    if expected in header:
        return expected
    return next((d for d in "\t;|," if d in header), expected)


def _file_problem(rows: list[Row], origin: str) -> InputError | None:
    """One error for the whole file: no header, no article column, or no rows."""
    if not rows or isinstance(rows[0][1], InputError):
        return rows[0][1] if rows else InputError("CSV file is empty", origin=origin)
    header = rows[0][1]
    if not {"text", "html"} & _columns(header).keys():
        found = ", ".join(name.strip() for name in header)
        return InputError("no column holds the article text", origin=origin,
                          hint=f"name it one of: {TEXT_COLUMNS} (the header has: {found})")
    if len(rows) == 1:
        return InputError("CSV file has a header but no rows", origin=origin,
                          hint="add rows or remove the file")
    return None


def _columns(header: list[str]) -> dict[str, int]:
    """Record key -> index of the first column named for it."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(name.strip().lower(), i)
    found = {key: [index[n] for n in names if n in index] for key, names in COLUMNS.items()}
    return {key: hits[0] for key, hits in found.items() if hits}


def _text_columns(header: list[str], columns: Mapping[str, int]) -> str:
    return " or ".join(f'"{header[columns[k]].strip()}"' for k in ("text", "html") if k in columns)


def _record(row: list[str], columns: Mapping[str, int]) -> Record:
    record: Record = {key: row[i] for key, i in columns.items() if i < len(row)}
    if isinstance(record.get("authors"), str):
        record["authors"] = _AUTHOR_SEPARATORS.split(str(record["authors"]))
    return record


def _date_order(values: Iterable[str]) -> str | None:
    """'mdy' or 'dmy' when some date in the column has a day over 12 in one place and none
    in the other: one "4/5/2017" alone cannot say whether it is April or May."""
    firsts = seconds = False
    for value in values:
        m = _NUMERIC_DATE.fullmatch(value.strip())
        if m:
            firsts, seconds = firsts or int(m[1]) > 12, seconds or int(m[3]) > 12
    if firsts == seconds:
        return None
    return "dmy" if firsts else "mdy"


def _iso_date(value: str, order: str | None) -> str:
    """A numeric date as ISO when the column's order is known, else as written for clean."""
    m = _NUMERIC_DATE.fullmatch(value.strip()) if order else None
    if not m:
        return value
    month, day = (m[1], m[3]) if order == "mdy" else (m[3], m[1])
    return f"{m[4]}-{int(month):02d}-{int(day):02d}" if int(month) <= 12 else value


def _article(record: Record, layout: Layout, line: int, origin: str, path: str | None) -> Item:
    where = f"{origin}:{line}"
    if not any(str(record.get(key, "")).strip() for key in ("text", "html")):
        return InputError(f"line {line} has no article text in its {layout.text_columns} column",
                          hint=f"the article goes in a column named one of: {TEXT_COLUMNS}",
                          origin=where)
    if isinstance(record.get("published"), str):
        record["published"] = _iso_date(str(record["published"]), layout.date_order)
    return record_article(record, where, path, f"line {line}")
