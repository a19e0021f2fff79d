"""What the store's queries return: frozen dataclasses whose ``to_dict()`` the CLI prints
(field names are the column names of ``--json`` / ``--csv``)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):  # a Result, or a record such as resolve.codes.ActorCode
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class Result:
    """Base of every query result: ``to_dict()`` gives plain JSON-ready values."""

    def to_dict(self) -> dict[str, Any]:
        names = [f.name for f in fields(self)]  # type: ignore[arg-type]
        return {name: _plain(getattr(self, name)) for name in names}


@dataclass(frozen=True)
class AddResult(Result):
    """What ``Store.add`` did: ``status`` is "stored" or "duplicate"; ``actors`` linked."""

    article_id: str
    status: str
    actors: int


@dataclass(frozen=True)
class ArticleRow(Result):
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    authors: tuple[str, ...]
    path: str | None
    url: str | None
    entities: int


@dataclass(frozen=True)
class EntityRow(Result):
    """One actor across all stored articles, with counts."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: int
    mentions: int
    roles: int
    code: str | None = None  # country and sector today: 'SYR GOV' (see resolve.codes)
    code_source: str | None = None  # where the code came from


@dataclass(frozen=True)
class NameRow(Result):
    """A name an actor is known by, and why it belongs to that actor."""

    name: str
    evidence: str
    article_id: str | None


@dataclass(frozen=True)
class RoleRow(Result):
    """A role as reported at ``reported`` (the article's publication date)."""

    role: str
    of: str | None
    of_id: int | None
    article_id: str
    reported: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class ArticleRef(Result):
    id: str
    title: str | None
    published: str | None
    outlet: str | None


@dataclass(frozen=True)
class ActorRef(Result):
    id: int
    name: str
    type: str


@dataclass(frozen=True)
class MentionRow(Result):
    """A mention with ``context``: the stored text around it, ``context_chars`` each side."""

    article_id: str
    start: int
    end: int
    text: str
    context: str


@dataclass(frozen=True)
class Dossier(Result):
    """Everything the store knows about one actor."""

    id: int
    name: str
    type: str
    kb: dict[str, Any] | None
    names: tuple[NameRow, ...]
    roles: tuple[RoleRow, ...]
    articles: tuple[ArticleRef, ...]
    mentions: tuple[MentionRow, ...]
    said: tuple["QuoteRow", ...] = ()
    said_about: tuple["QuoteRow", ...] = ()
    events: tuple["EventRow", ...] = ()
    codes: tuple[Any, ...] = ()  # resolve.codes.ActorCode: from its name, then each change


@dataclass(frozen=True)
class ErrorRow(Result):
    id: int
    origin: str | None
    kind: str
    message: str
    hint: str | None
    at: str


@dataclass(frozen=True)
class Stats(Result):
    articles: int
    actors: int
    mentions: int
    roles: int
    errors: int


@dataclass(frozen=True)
class QuoteRow(Result):
    """One stored quote, with who said it and where it was reported."""

    id: int
    article_id: str
    title: str | None
    date: str | None
    speaker: str | None
    speaker_id: int | None
    speaker_name: str | None
    text: str
    kind: str
    channel: str | None
    cue: str | None
    via: str | None
    start: int
    end: int


@dataclass(frozen=True)
class EventRow(Result):
    """One event, however many articles reported it: ``sources`` reports from ``families``
    independent stories (syndicated copies of one wire story are one family)."""

    id: int
    type: str
    kind: str | None
    date: str | None
    date_source: str | None
    location: str | None
    participants: tuple[str, ...]
    sources: int
    families: int
    title: str | None  # of the first article that reported it
    status: str = "reported"  # reported | planned | hypothetical | negated
    actors: tuple[str, ...] = ()  # who acted (PLOVER's source)
    targets: tuple[str, ...] = ()  # who was acted on or addressed (PLOVER's target)


@dataclass(frozen=True)
class EventActorRow(Result):
    id: int
    name: str
    type: str
    role: str  # participant | actor | target


@dataclass(frozen=True)
class EventSourceRow(Result):
    """One article's report of an event, in its own words and with its own date."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    trigger: str
    start: int
    end: int
    sentence: str
    date: str | None
    date_text: str | None
    date_source: str | None
    family: str
    status: str = "reported"
    quote_id: int | None = None  # the quote whose words state it: the speaker's claim
    url: str | None = None  # the article's address


@dataclass(frozen=True)
class EventDetail(Result):
    """An event with every actor and every source."""

    id: int
    type: str
    kind: str | None
    date: str | None
    earliest: str | None
    latest: str | None
    date_source: str | None
    location: str | None
    location_id: int | None
    first_seen: str
    status: str
    location_source: str | None
    actors: tuple[EventActorRow, ...]
    sources: tuple[EventSourceRow, ...]

    @property
    def families(self) -> int:
        return len({s.family for s in self.sources})


@dataclass(frozen=True)
class TimelineEntry(Result):
    """One dated thing in a timeline: an event (``what='event'``) or a quote ('quote').

    ``type`` is the PLOVER type or the quote's kind, ``label`` the event's kind or the
    quote's channel; ``text`` the first report's sentence or the quoted words."""

    date: str | None
    what: str
    id: int
    type: str
    label: str | None
    text: str
    actors: tuple[str, ...]
    sources: tuple[ArticleRef, ...]


@dataclass(frozen=True)
class Companion(Result):
    """An actor named in the same articles as another; ``articles`` counts those."""

    id: int
    name: str
    type: str
    articles: int
    kb: dict[str, Any] | None


@dataclass(frozen=True)
class Link(Result):
    """Two actors named together in ``articles`` articles."""

    source: int
    target: int
    articles: int


@dataclass(frozen=True)
class Network(Result):
    """An actor (``center``), its companions, and how often each pair shares an article."""

    center: int
    nodes: tuple[Companion, ...]
    links: tuple[Link, ...]


@dataclass(frozen=True)
class SpanLink(Result):
    """A stored event or quote (``id``) reported at ``start``..``end`` of an article."""

    id: int
    start: int
    end: int


@dataclass(frozen=True)
class ArticleLinks(Result):
    """What one article's local entity ids, event and quote spans are in the store."""

    article_id: str
    actors: dict[str, int]
    events: tuple[SpanLink, ...]
    quotes: tuple[SpanLink, ...]


@dataclass(frozen=True)
class SearchResult(Result):
    """One search over actors (names and aliases), articles and quotes (full text)."""

    query: str
    actors: tuple[EntityRow, ...]
    articles: tuple[ArticleRow, ...]
    quotes: tuple[QuoteRow, ...]


@dataclass(frozen=True)
class DyadRow(Result):
    """How many reported events ``source`` did to ``target`` of one PLOVER ``type`` in one
    ``period``. ``source``/``target`` are actor names, or codes ('SYR GOV') when counted by
    codes (an actor with no code stays itself); either is None for an event with no one on
    that side. ``event_ids`` and ``article_ids`` are the events and reports behind it."""

    period: str | None
    source: str | None
    target: str | None
    type: str
    events: int
    source_id: int | None
    target_id: int | None
    source_code: str | None
    target_code: str | None
    event_ids: tuple[int, ...]
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class Dyads(Result):
    """A dyad table: ``rows`` by ``by`` (day, week, month, year), counted by actor or by
    ``codes``; ``unpaired`` reported events named no actor and no target and are not counted."""

    by: str
    codes: bool
    rows: tuple[DyadRow, ...]
    unpaired: int


# -- what exports read ------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportEvent(Result):
    """An event with everything a flat export needs; ``location_kb`` is the place's links."""

    id: int
    date: str | None
    earliest: str | None
    latest: str | None
    date_source: str | None
    type: str
    kind: str | None
    status: str
    location: str | None
    location_id: int | None
    location_kb: dict[str, Any] | None
    sources: int
    families: int
    actors: tuple[EventActorRow, ...]
    reports: tuple[EventSourceRow, ...]  # first stored first

    def ids(self, role: str) -> tuple[int, ...]:
        return tuple(a.id for a in self.actors if a.role == role)

    def names(self, role: str) -> tuple[str, ...]:
        return tuple(a.name for a in self.actors if a.role == role)


@dataclass(frozen=True)
class QuoteLink(Result):
    """A quote, who said it and the actors it names."""

    id: int
    article_id: str
    start: int
    end: int
    text: str
    kind: str
    channel: str | None
    date: str | None
    speaker: str | None
    speaker_id: int | None
    about: tuple[int, ...]


@dataclass(frozen=True)
class CoOccurrence(Result):
    """Two actors (``source`` < ``target``) named together in ``article_ids``."""

    source: int
    target: int
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class ActorSummary(Result):
    """An actor with its names, roles and counts across the whole store."""

    id: int
    name: str
    type: str
    kb: dict[str, Any] | None
    aliases: tuple[str, ...]
    article_ids: tuple[str, ...]
    mentions: int
    events: int  # reported events it took part in
    said: int  # quotes it said
    roles: tuple[tuple[str, str | None, str | None], ...]  # (role, of, reported)


@dataclass(frozen=True)
class MentionSpans(Result):
    """Where one actor is named in one article: (start, end, text) of each mention."""

    article_id: str
    actor_id: int
    spans: tuple[tuple[int, int, str], ...]
