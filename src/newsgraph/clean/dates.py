"""Publication dates written the ways news pages write them, as ISO 8601 prefixes.

``parse_date`` accepts a whole string that is one date ("Tuesday, October 21, 2025",
"29 December, 2022", "Oct. 21, 2025", "21/10/2025", "2025-10-21T14:03:00Z", an RFC 822
feed date) and returns only the precision it was given: ``2025``, ``2025-10``,
``2025-10-21`` or a timestamp when a time is written. It never invents a midnight.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Time zones whose offset is unambiguous; others (ET, IST, ...) keep the local time only.
ZONES = {
    "z": "Z", "utc": "Z", "gmt": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "est": "-05:00", "edt": "-04:00",
    "cst": "-06:00", "cdt": "-05:00", "pst": "-08:00", "pdt": "-07:00",
}
_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<min>\d{2})(?::(?P<sec>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?P<tz>[A-Za-z]{1,4}|[+-]\d{2}:?\d{2})?"
)

_DATE_FORMS = [
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # Tuesday, October 21, 2025
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",  # 29 December, 2022
    rf"{_MONTH},?\s+{_YEAR}",  # October 2025
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d\d)",  # 21/10/2025
]
_DATES = [re.compile(form, re.IGNORECASE) for form in _DATE_FORMS]
_TIME_RE = re.compile(_TIME, re.IGNORECASE)
_ISO = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_JOIN = r"\s*(?:,|\bat\b|[|•·@-])?\s*"


def parse_date(text: str, *, year_only: bool = False) -> str | None:
    """The ISO prefix of ``text`` when the whole of it is one date, else None.

    A bare year ("2024") is accepted only with ``year_only``: on its own line a year is
    more often a heading or a number than a publication date.
    """
    text = text.strip().strip(",|").strip()
    if not text:
        return None
    return _iso(text, year_only) or _written(text) or _rfc822(text)


def _iso(text: str, year_only: bool) -> str | None:
    m = _ISO.fullmatch(text)
    if not m or (m["month"] is None and not year_only):
        return None
    year, month, day = m["year"], m["month"], m["day"]
    if not _valid(int(year), int(month or 1), int(day or 1)):
        return None
    value = "-".join(p for p in (year, month, day) if p)
    if m["time"]:
        value += "T" + m["time"] + _offset(m["tz"])
    return value


def _written(text: str) -> str | None:
    """Month-name and numeric dates, with a time before or after them."""
    for pattern in _DATES:
        for m in _anchored(pattern, text):
            day_value = _day_value(m)
            if day_value is None:
                continue
            rest = (text[: m.start()] + " " + text[m.end():]).strip(" ,|•·-")
            if not rest:
                return day_value
            time = _time(rest)
            if time is not None and len(day_value) == 10:
                return day_value + "T" + time
    return None


def _anchored(pattern: re.Pattern, text: str):
    """Matches of a date form at the start of ``text`` or right after a leading time."""
    m = pattern.match(text)
    if m:
        yield m
    lead = re.match(rf"\s*{_TIME}{_JOIN}", text, re.IGNORECASE)
    if lead:
        m = pattern.match(text, lead.end())
        if m:
            yield m


def _day_value(m: re.Match) -> str | None:
    """YYYY-MM-DD (or YYYY-MM when no day is given) from a date match, if it exists."""
    groups = m.groupdict()
    year = int(m["year"])
    if "a" in groups:
        return _numeric(int(m["a"]), int(m["b"]), year)
    month = MONTHS[m["mon"].lower()[:3]]
    if groups.get("day") is None:
        return f"{year:04d}-{month:02d}"
    day = int(m["day"])
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


def _numeric(a: int, b: int, year: int) -> str | None:
    """Day first (21/10/2025) unless that date cannot exist (10/21/2025)."""
    for day, month in ((a, b), (b, a)):
        if _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _time(text: str) -> str | None:
    """'2:03 PM ET' -> '14:03'; '14:03:05 +0300' -> '14:03:05+03:00'; None if not a time."""
    text = re.sub(r"^(?:at|,|[|•·@-])\s*", "", text.strip(), flags=re.IGNORECASE)
    m = _TIME_RE.fullmatch(text.strip())
    if not m:
        return None
    hour, minute = int(m["hour"]), int(m["min"])
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    value = f"{hour:02d}:{minute:02d}" + (f":{m['sec']}" if m["sec"] else "")
    return value + _offset(m["tz"])


def _offset(tz: str | None) -> str:
    """A zone name or numeric offset as ISO ('Z', '+03:00'), or '' when unknown."""
    if not tz:
        return ""
    if tz[0] in "+-":
        digits = tz[1:].replace(":", "")
        return "Z" if digits == "0000" else f"{tz[0]}{digits[:2]}:{digits[2:]}"
    return ZONES.get(tz.lower(), "")


def _rfc822(text: str) -> str | None:
    """Feed dates the regular forms miss, e.g. 'Tue, 21 Oct 2025 14:03:00 +0000'."""
    if not re.search(r"\d\d:\d\d", text):
        return None
    parts = parsedate_tz(text)
    if not parts or not _valid(parts[0], parts[1], parts[2]):
        return None
    y, mo, d, h, mi, s, *_rest, offset = parts
    value = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}"
    if offset is None:
        return value
    sign, offset = ("+" if offset >= 0 else "-"), abs(offset)
    return value + ("Z" if offset == 0 else f"{sign}{offset // 3600:02d}:{offset % 3600 // 60:02d}")


def _valid(year: int, month: int, day: int) -> bool:
    if not 1900 <= year <= 2100:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# "Published: ...", "Updated on ...", "Last modified ..." before a date.
_LABEL = re.compile(
    r"^(?P<label>(?:first\s+)?published|posted|(?:last\s+)?updated|(?:last\s+)?modified"
    r"|date|dated|created)(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)


def parse_date_line(text: str) -> tuple[str, bool] | None:
    """``(iso, is_update)`` when a whole line is a (labelled) date, else None.

    ``is_update`` marks "Updated ..." lines, so that a publication date wins over them.
    """
    text = text.strip()
    m = _LABEL.match(text)
    label = m["label"].lower() if m else ""
    value = parse_date(text[m.end():] if m else text, year_only=bool(m))
    if value is None:
        return None
    return value, ("updated" in label or "modified" in label)


_MAX_DATE_TOKENS = 8  # "Tuesday, 15 October 2025 10:12 GMT +0300" at most
# The words a written date is made of: numbers, month and day names, 'at', 'a.m.', zones.
_DATE_WORD = re.compile(
    rf"^(?:.*\d.*|{_MONTH},?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|at|of|on"
    r"|[ap]\.?m\.?|[|•·@,-])$", re.IGNORECASE)


def _is_date_word(token: str) -> bool:
    return bool(_DATE_WORD.match(token)) or token.strip(",").lower() in ZONES


def split_labelled_date(text: str) -> tuple[str, str] | None:
    """``(date line, rest)`` when a line opens with a labelled date and goes on with other
    text, as scrapers that flatten a page's header leave it: "date 2023-03-10 Iran and ..."
    or "Published: 15 Oct 2025 10:12 GMT Russia said ...". Only a label makes the split: a
    sentence may well open with a date of its own ("October 21, 2025 was a Tuesday")."""
    text = text.strip()
    m = _LABEL.match(text)
    if not m or m.end() == len(text):
        return None
    tokens = text[m.end():].split()
    n_max = next((i for i, t in enumerate(tokens) if not _is_date_word(t)), len(tokens))
    for n in range(min(n_max, len(tokens) - 1, _MAX_DATE_TOKENS), 0, -1):
        head = " ".join(tokens[:n])
        if parse_date(head, year_only=True):
            rest = text[m.end():].split(None, n)[n] if len(tokens) > n else ""
            return (text[:m.end()] + head).strip(), rest.strip()
    return None
