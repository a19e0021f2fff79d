"""The record a time expression becomes: ``DateMention``, in the article schema's shape."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

TYPES = ("DATE", "TIME", "DURATION", "SET")

# TIMEX3 parts of a day and weekends, after a calendar value: '2025-10-20TMO', '2025-W42-WE'.
_DAY_PART = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI|DT)")
_WEEKEND = re.compile(r"(\d{4}-W\d{2})-WE")


@dataclass(frozen=True)
class DateMention:
    """One time expression in the cleaned text, resolved against the publication date.

    ``value`` is a TIMEX3 value that keeps the precision of the words (``2011``,
    ``2025-10``, ``2025-W42``, ``2025-10-21``, ``2025-10-20TMO``, ``P3Y``, ``XXXX-WXX-5``,
    ``PRESENT_REF``), or None when it cannot be known (a relative expression in an
    article without a date). ``earliest`` and ``latest`` are the first and last day
    (ISO dates) a DATE or TIME can mean; ``mod`` is the TIMEX3 modifier (START, MID, END,
    APPROX, MORE_THAN, ...). Offsets are character offsets into the text, end exclusive.
    """

    text: str
    start: int
    end: int
    value: str | None
    type: str  # one of TYPES
    earliest: str | None = None
    latest: str | None = None
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The article schema's shape: ``value`` is the calendar value (an ISO prefix, as
        every date of the schema is: 'Monday morning' is ``2025-10-20``, 'over the weekend'
        ``2025-W42``); a TIMEX3 value with more than that stays as ``timex``."""
        data = asdict(self)
        calendar = calendar_value(self.value)
        if calendar != self.value:
            data.update(value=calendar, timex=self.value)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateMention:
        names = {f.name for f in fields(cls)}
        if data.get("timex"):
            data = {**data, "value": data["timex"]}
        return cls(**{k: v for k, v in data.items() if k in names})


def calendar_value(value: str | None) -> str | None:
    """A TIMEX3 value without its part of day or weekend: the ISO prefix it falls in."""
    if value is None:
        return None
    m = _DAY_PART.fullmatch(value) or _WEEKEND.fullmatch(value)
    return m.group(1) if m else value
