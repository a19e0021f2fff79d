"""The record a time expression becomes: ``DateMention``, in the article schema's shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

TYPES = ("DATE", "TIME", "DURATION", "SET")


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
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateMention:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
