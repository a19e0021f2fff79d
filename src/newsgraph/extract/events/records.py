"""The records an event becomes: ``Event`` in the article schema's shape, the ``ActorRef``s
that say who took part, and the ``EventDate`` it happened on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.extract.timex import DateMention
from newsgraph.extract.timex.mention import calendar_value
from newsgraph.records import Span

# How an event's date was found: in the trigger's clause, as a modifier of the event noun
# ('a Wednesday meeting'), elsewhere in its sentence, in another sentence about the same
# event, from the time the narrative had reached ('hours later'), or, for the article's
# main event, from its lead sentence.
DATE_SOURCES = ("clause", "attributive", "sentence", "context", "narrative", "lead")
# How its place was found: the clause, the sentence, another report of it in the article,
# for the main event the lead sentence, the dateline and a photo caption of its day, for an
# act of the main event's day the main event's place (narrative).
LOCATION_SOURCES = ("clause", "sentence", "context", "lead", "dateline", "caption", "narrative")

# What an actor reference is: a named mention; a nationality adjective standing for its
# country ('a Russian strike'); a group named by a common noun phrase ('Syrian opposition
# activists'); one person named by a role ('Iraq's prime minister') no named holder of which
# the article gives; or a word ('he', 'the president') that refers to a named mention.
ACTOR_KINDS = ("named", "country", "group", "role", "reference")


@dataclass(frozen=True)
class EventDate:
    """When an event happened, copied from the DateMention that says so."""

    value: str
    text: str | None = None
    earliest: str | None = None
    latest: str | None = None

    @classmethod
    def of(cls, mention: DateMention) -> EventDate:
        """The mention's calendar date: 'Tuesday morning' is that Tuesday, its words kept."""
        return cls(calendar_value(mention.value) or mention.value, mention.text,
                   mention.earliest, mention.latest)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text, "earliest": self.earliest,
                "latest": self.latest}


@dataclass(frozen=True)
class ActorRef:
    """Who an event names, as written (``start``/``end``/``text``) and as meant (``name``).

    ``label`` is the entity type of what is meant (GPE for 'Russian' read as Russia);
    ``country`` the ISO 3166-1 alpha-2 code the words tie it to; ``antecedent`` the named
    mention a reference or a resolved role stands for.
    """

    start: int
    end: int
    text: str
    kind: str
    name: str
    label: str
    country: str | None = None
    antecedent: Span | None = None

    @property
    def span(self) -> Span:
        """Where the actor meant is named: the antecedent for a reference."""
        return self.antecedent or Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "name": self.name, "label": self.label, "country": self.country,
                "antecedent": self.antecedent.to_dict() if self.antecedent else None}


@dataclass(frozen=True)
class Event:
    """Who did what to whom, where and when, as one article reports it.

    ``start``/``end`` is the trigger word. ``actors`` acted (PLOVER's source), ``targets``
    were acted on or addressed; ``participants`` are everyone taking part, both included.
    ``status`` says whether it happened (reported), is planned, hypothetical or negated;
    ``quote`` is the quote whose words state it (a speaker's claim), if any. ``date_source``
    and ``location_source`` say how the date and place were found (``DATE_SOURCES``,
    ``LOCATION_SOURCES``); the publication date is never taken as a date by itself.
    """

    type: str
    kind: str | None
    trigger: str
    start: int
    end: int
    participants: tuple[ActorRef, ...] = ()
    actors: tuple[ActorRef, ...] = ()
    targets: tuple[ActorRef, ...] = ()
    location: Span | None = None
    date: EventDate | None = None
    date_source: str | None = None
    location_source: str | None = None
    status: str = "reported"
    quote: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """Schema shape: participants, actors, targets and location as the names meant;
        ``resolve`` swaps in entity ids."""
        return {
            "type": self.type,
            "kind": self.kind,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "status": self.status,
            "date": self.date.to_dict() if self.date else None,
            "date_source": self.date_source,
            "location": self.location.text if self.location else None,
            "location_source": self.location_source,
            "participants": [p.name for p in self.participants],
            "actors": [p.name for p in self.actors],
            "targets": [p.name for p in self.targets],
            "quote": self.quote.to_dict() if self.quote else None,
        }
