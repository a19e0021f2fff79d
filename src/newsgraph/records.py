"""The records that stages hand to each other.

Every record is a frozen dataclass with ``to_dict()`` (what ``--json``, the web's
``.json`` twins and the store see) and ``from_dict()``. Offsets are character offsets
into the cleaned article text (``CleanArticle.text``), end exclusive.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from functools import cached_property
from typing import Any

SCHEMA = "newsgraph.article/1"

# What an event's report says of it: it happened (or is happening), it is scheduled or
# announced, it is proposed, possible, conditional or demanded, or it is said not to have
# happened. Listings show reported events unless asked for another status.
EVENT_STATUSES = ("reported", "planned", "hypothetical", "negated")

# The periods a dyad series counts events by (``newsgraph dyads --by``).
PERIODS = ("day", "week", "month", "year")

ENTITY_TYPES = (
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT",
    "WORK_OF_ART", "OTHER",
)


def _from_dict(cls, data: dict[str, Any]):
    """Build ``cls`` from a dict, ignoring keys it does not know."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def content_id(text: str, *context: str | None) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the text and its context."""
    parts = [text, *(c or "" for c in context)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class RawArticle:
    """One article as a source gave it, before cleaning.

    ``content`` is decoded text; ``format`` says whether it is plain text or HTML.
    Metadata fields are filled when the source carries them (JSON Lines, HTML <meta>).
    ``origin`` names where it came from for messages: ``path``, ``path:LINE``, ``path#N``
    (the Nth item of a feed or record of a WARC file) or ``-``. ``crawled`` is when a
    crawler fetched the page (a WARC record's date), which is not when it was published.
    """

    content: str
    format: str  # "text" | "html"
    origin: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    crawled: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["authors"] = list(self.authors)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RawArticle:
        data = dict(data)
        data["authors"] = tuple(data.get("authors") or ())
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Skipped:
    """An input record that holds no article (a WARC request, an image, a redirect):
    counted in the ingest report, not an error. ``reason`` says what it was."""

    origin: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Skipped:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class CleanArticle:
    """An article's clean body text and its metadata.

    ``dropped`` keeps the boilerplate lines that cleaning removed, so that a reader can
    see what was left out and why nothing in them became a fact.
    """

    text: str
    title: str | None = None
    published: str | None = None  # ISO prefix: 2025, 2025-10, 2025-10-21 or a timestamp
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    language: str | None = "en"
    path: str | None = None
    url: str | None = None
    dropped: tuple[str, ...] = ()
    crawled: str | None = None  # ISO timestamp of the crawl that fetched the page

    @cached_property  # hashed once: the store asks for it for every row it writes
    def id(self) -> str:
        """The same story under another headline or from another outlet is another article
        (a syndicated copy is a source of its own); the same file read twice is not."""
        return content_id(self.text, self.title, self.outlet)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["authors"] = list(self.authors)
        d["dropped"] = list(self.dropped)
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CleanArticle:
        data = dict(data)
        data["authors"] = tuple(data.get("authors") or ())
        data["dropped"] = tuple(data.get("dropped") or ())
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Mention:
    """One named-entity mention as the extractor saw it (before identities are resolved).

    ``label`` is the corrected entity type (one of ENTITY_TYPES); ``source`` says where the
    type came from: ``model`` (spaCy), ``gazetteer``, ``context`` or ``metadata``; a
    ``description`` is no name but the words that describe an actor ('the Libyan foreign
    ministry'), only ever the antecedent of a ``Reference``.
    """

    start: int
    end: int
    text: str
    label: str
    source: str = "model"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class RoleMention:
    """A role stated for a named mention: 'Turkey's Defence Minister Hulusi Akar'.

    ``holder`` is the mention that holds the role, ``of`` the mention (if any) that the role
    belongs to ('Turkey'), and start/end the span of the role words themselves.
    """

    role: str
    holder: Mention
    start: int
    end: int
    of: Mention | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "holder": self.holder.to_dict(),
            "start": self.start,
            "end": self.end,
            "of": self.of.to_dict() if self.of else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoleMention:
        of = data.get("of")
        return cls(
            role=data["role"],
            holder=Mention.from_dict(data["holder"]),
            start=data["start"],
            end=data["end"],
            of=Mention.from_dict(of) if of else None,
        )


@dataclass(frozen=True)
class Reference:
    """Words that stand for an actor the article names: a pronoun ('he'), a description
    ('the Syrian leader', 'the ministry') or a shorter name ('Sheikh Mohammed', 'ICC').

    ``antecedent`` is the mention it stands for: a named mention of the article, or, for an
    actor the article only describes ('The Libyan foreign ministry'), that description
    (``source`` "description"). ``evidence`` says why, as merges do.
    """

    start: int
    end: int
    text: str
    antecedent: Mention
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "antecedent": self.antecedent.to_dict(), "evidence": self.evidence}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reference:
        return cls(data["start"], data["end"], data["text"],
                   Mention.from_dict(data["antecedent"]), data["evidence"])


@dataclass(frozen=True)
class Extraction:
    """What ``extract`` found in one clean article; offsets into ``CleanArticle.text``."""

    mentions: tuple[Mention, ...] = ()
    roles: tuple[RoleMention, ...] = ()
    sentences: tuple[Span, ...] = ()
    quotes: tuple[Any, ...] = ()  # extract.quotes.Quote
    dates: tuple[Any, ...] = ()  # extract.timex.DateMention
    events: tuple[Any, ...] = ()  # extract.events.Event
    references: tuple[Reference, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "mentions": [m.to_dict() for m in self.mentions],
            "references": [r.to_dict() for r in self.references],
            "roles": [r.to_dict() for r in self.roles],
            "sentences": [s.to_dict() for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
            "events": [e.to_dict() for e in self.events],
        }


@dataclass(frozen=True)
class Role:
    """A role an entity held as the article reports it; ``of`` is an entity id or a name."""

    role: str
    of: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        # A role known from metadata (an author's byline) has no span in the text.
        return {k: v for k, v in asdict(self).items() if k in ("role", "of") or v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return _from_dict(cls, data)


@dataclass(frozen=True)
class Entity:
    """One actor, organisation or place inside one article, all its name variants merged.

    ``evidence`` says why each alias was merged ("surname of Bashar Al-Assad", ...).
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    roles: tuple[Role, ...] = ()
    kb: dict[str, Any] | None = None
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": [r.to_dict() for r in self.roles],
            "kb": self.kb,
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            name=data["name"],
            type=data["type"],
            aliases=tuple(data.get("aliases") or ()),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions") or ()),
            roles=tuple(Role.from_dict(r) for r in data.get("roles") or ()),
            kb=data.get("kb"),
            evidence=tuple(data.get("evidence") or ()),
        )


@dataclass(frozen=True)
class Article:
    """One analysed article: the record ``newsgraph analyze --json`` prints.

    Quotes, events and dates are plain dicts in the schema's shape until their own
    stages exist; they are kept as tuples so the record stays immutable.
    """

    clean: CleanArticle
    entities: tuple[Entity, ...] = ()
    quotes: tuple[dict[str, Any], ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    dates: tuple[dict[str, Any], ...] = ()
    sentences: tuple[Span, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        return self.clean.id

    def to_dict(self) -> dict[str, Any]:
        c = self.clean
        return {
            "schema": SCHEMA,
            "id": self.id,
            "source": {"path": c.path, "url": c.url, "crawled": c.crawled},
            "title": c.title,
            "published": c.published,
            "outlet": c.outlet,
            "authors": list(c.authors),
            "dateline": c.dateline,
            "language": c.language,
            "text": c.text,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": list(self.quotes),
            "events": list(self.events),
            "dates": list(self.dates),
            "dropped": list(c.dropped),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        source = data.get("source") or {}
        clean = CleanArticle(
            text=data["text"],
            title=data.get("title"),
            published=data.get("published"),
            outlet=data.get("outlet"),
            authors=tuple(data.get("authors") or ()),
            dateline=data.get("dateline"),
            language=data.get("language"),
            path=source.get("path"),
            url=source.get("url"),
            crawled=source.get("crawled"),
            dropped=tuple(data.get("dropped") or ()),
        )
        return cls(
            clean=clean,
            entities=tuple(Entity.from_dict(e) for e in data.get("entities") or ()),
            quotes=tuple(data.get("quotes") or ()),
            events=tuple(data.get("events") or ()),
            dates=tuple(data.get("dates") or ()),
        )
