"""The record an event becomes: ``Event``, in the article schema's shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.extract.timex import DateMention
from newsgraph.records import Span

DATE_SOURCES = ("sentence", "attributive", "context")


@dataclass(frozen=True)
class EventDate:
    """When an event happened, copied from the DateMention that says so."""

    value: str
    text: str | None = None
    earliest: str | None = None
    latest: str | None = None

    @classmethod
    def of(cls, mention: DateMention) -> EventDate:
        return cls(mention.value, mention.text, mention.earliest, mention.latest)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text, "earliest": self.earliest,
                "latest": self.latest}


@dataclass(frozen=True)
class Event:
    """Who did what to whom, where and when, as one article reports it.

    ``start``/``end`` is the trigger word. Participants, actors (who acted) and targets (who
    it was done to) are spans of entity mentions; ``resolve`` maps them to entity ids.
    ``date_source`` says how the date was found: in the trigger's clause (``sentence``),
    as a modifier of the event noun (``attributive``: 'a Wednesday meeting') or in another
    sentence about the same event (``context``). Never the publication date by default.
    """

    type: str
    kind: str | None
    trigger: str
    start: int
    end: int
    participants: tuple[Span, ...] = ()
    actors: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()
    location: Span | None = None
    date: EventDate | None = None
    date_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Schema shape: participants, actors, targets and location as the names written;
        ``resolve`` swaps in entity ids from the spans."""
        return {
            "type": self.type,
            "kind": self.kind,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "date": self.date.to_dict() if self.date else None,
            "date_source": self.date_source,
            "location": self.location.text if self.location else None,
            "participants": [p.text for p in self.participants],
            "actors": [p.text for p in self.actors],
            "targets": [p.text for p in self.targets],
        }
