"""``Store``: the SQLite database of articles, actors, mentions and roles.

One connection in autocommit mode; every write is an explicit transaction
(``BEGIN IMMEDIATE`` ... ``COMMIT``), one per article, so a crash loses at most the article
in flight. WAL mode lets readers (the web page, a second CLI) read while ingest writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from newsgraph.errors import InputError, NewsgraphError, StoreError
from newsgraph.records import EVENT_STATUSES, Article
from newsgraph.resolve.codes import CodeHistory
from newsgraph.settings import Settings
from newsgraph.store import corrections, read, related, write
from newsgraph.store import codes as actor_codes
from newsgraph.store import dump as dumps
from newsgraph.store import exports
from newsgraph.store import dossier as dossiers
from newsgraph.store import dyads as dyad_reads
from newsgraph.store import events as event_reads
from newsgraph.store.db import configure, transaction
from newsgraph.store.migrations import MIGRATIONS, applied, migrate
from newsgraph.store.results import (
    ActorRef, ActorSummary, AddResult, ArticleLinks, ArticleRow, CoOccurrence, Dossier, Dyads,
    EntityRow, ErrorRow, EventDetail, EventRow, ExportEvent, MentionSpans, Network, QuoteLink,
    QuoteRow, SearchResult, Stats, TimelineEntry,
)

MEMORY = ":memory:"

T = TypeVar("T")


def event_status(status: str | None) -> str | None:
    """A status filter as given by a user: one of EVENT_STATUSES, or None for all."""
    if status is None or status.strip().lower() == "all":
        return None
    wanted = status.strip().lower()
    if wanted not in EVENT_STATUSES:
        raise InputError(f"unknown event status {status!r}",
                         hint=f"use one of {', '.join(EVENT_STATUSES)} or all")
    return wanted


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _open_hint(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return "this file is not a newsgraph database: choose another path with --db"
    if "unable to open" in text:
        return "check that the path names a file (not a folder) in a folder you can write to"
    if "locked" in text or "busy" in text:
        return "another newsgraph process holds the database; try again when it is done"
    return "check the --db path, or start from a new database file"


def _connect(path: str, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    try:
        if read_only:
            _check_migrated(conn, path)  # before the pragmas: only ours are in WAL mode
        configure(conn)
        if not read_only:
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_migrated(conn: sqlite3.Connection, path: str) -> None:
    """A read-only connection cannot migrate: refuse a database that lacks migrations."""
    try:
        done = applied(conn)
    except sqlite3.Error:
        done = set()
    if any(fn.__name__ not in done for fn in MIGRATIONS):
        raise StoreError(f"database {path!r} is not an up-to-date newsgraph database",
                         hint="run `newsgraph articles --db PATH` once to create or upgrade it",
                         origin=path)


def _queries_as_store_errors(method: Callable[..., T]) -> Callable[..., T]:
    """A database failure inside a query becomes a StoreError naming the query."""

    @wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(f"{method.__name__} failed: {exc}", hint=_open_hint(exc),
                             origin=str(self.path)) from exc

    return wrapper


class Store:
    """The database and every named query over it; open with ``Store.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, path: str | Path, settings: Settings):
        self.conn = conn
        self.path = path
        self.settings = settings

    @classmethod
    def open(cls, path: str | Path, settings: Settings | None = None,
             read_only: bool = False) -> Store:
        """Open (creating and migrating as needed) the database at ``path`` or ":memory:".

        ``read_only`` opens an existing, migrated file that nothing can then write to (the
        web app)."""
        settings = settings or Settings()
        try:
            if read_only and not Path(path).is_file():
                raise StoreError(f"no database at {str(path)!r}",
                                 hint="ingest articles into it first: newsgraph ingest FILES "
                                      "--db PATH", origin=str(path))
            if str(path) != MEMORY and not read_only:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = _connect(str(path), read_only)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {str(path)!r}: {exc}",
                             hint=_open_hint(exc), origin=str(path)) from exc
        except OSError as exc:
            raise StoreError(f"cannot create the folder of database {str(path)!r}: {exc}",
                             hint="choose a --db path in a folder you can write to",
                             origin=str(path)) from exc
        return cls(conn, path, settings)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {str(self.path)!r}>"

    # -- writing --------------------------------------------------------------------------

    def add(self, article: Article) -> AddResult:
        """Store one article in one transaction; a stored content hash is a 'duplicate'."""
        try:
            with transaction(self.conn) as conn:
                return write.add_article(conn, article, _now(),
                                         self.settings.undated_event_days)
        except sqlite3.Error as exc:
            raise StoreError(f"could not store article {article.id}: {exc}",
                             hint=_open_hint(exc),
                             origin=article.clean.path or article.clean.url) from exc

    @_queries_as_store_errors
    def merge(self, keep: int | str, drop: int | str) -> Dossier:
        """Fold actor ``drop`` into ``keep`` (names or ids); later ingests respect it."""
        with transaction(self.conn) as conn:
            kept = corrections.merge_actors(conn, keep, drop, _now())
        return self.dossier(kept)

    @_queries_as_store_errors
    def split(self, actor: int | str, name: str) -> Dossier:
        """Give ``name`` an actor of its own, taking its mentions, article entities, roles
        and quotes from ``actor``; later articles never join it to ``actor`` again."""
        with transaction(self.conn) as conn:
            new = corrections.split_actor(conn, actor, name, _now())
        return self.dossier(new)

    @_queries_as_store_errors
    def record_error(self, error: NewsgraphError) -> None:
        """Keep a failure (on one input) in ``_errors`` so the batch can go on."""
        with transaction(self.conn) as conn:
            write.record_error(conn, error, _now())

    # -- reading --------------------------------------------------------------------------

    @_queries_as_store_errors
    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content hash is stored (ingest skips it early)."""
        return read.has_article(self.conn, article_id)

    @_queries_as_store_errors
    def articles(
        self, limit: int = 50, offset: int = 0, search: str | None = None,
        from_: str | None = None, to: str | None = None,
    ) -> list[ArticleRow]:
        """Articles, newest published first; ``search`` is full-text over title and text;
        ``from_``/``to`` (ISO prefixes) bound the publication date."""
        return read.articles(self.conn, limit=limit, offset=offset, search=search,
                             from_=from_, to=to)

    @_queries_as_store_errors
    def quotes(
        self, by: int | str | None = None, about: int | str | None = None,
        channel: str | None = None, search: str | None = None, from_: str | None = None,
        to: str | None = None, limit: int = 100, offset: int = 0,
    ) -> list[QuoteRow]:
        """Quotes by a speaker and/or naming an actor (names or ids), on a channel, with
        words like ``search``, reported between ``from_`` and ``to``; newest first."""
        return read.quotes(self.conn, by=self._actor_id(by), about=self._actor_id(about),
                           channel=channel, search=search, from_=from_, to=to, limit=limit,
                           offset=offset)

    @_queries_as_store_errors
    def article(self, id_or_prefix: str) -> Article:
        """The stored article record, by id or an unambiguous id prefix."""
        return read.article(self.conn, id_or_prefix)

    @_queries_as_store_errors
    def entities(
        self,
        type: str | None = None,  # noqa: A002 - the field's name
        search: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[EntityRow]:
        """Actors, most mentioned first, by type and/or a name or alias like ``search``."""
        return read.entities(self.conn, type=type, search=search, limit=limit, offset=offset)

    @_queries_as_store_errors
    def dossier(self, name_or_id: int | str, limit: int | None = None) -> Dossier:
        """Everything about one actor, found by id, name, alias, name key or surname;
        ``limit`` keeps only the newest articles, mentions, quotes and events."""
        return dossiers.dossier(self.conn, name_or_id, self.settings.context_chars, limit)

    @_queries_as_store_errors
    def actor_id(self, name_or_id: int | str) -> int:
        """The id of the one actor a name, alias, surname or id stands for."""
        return dossiers.resolve_actor(self.conn, name_or_id)

    @_queries_as_store_errors
    def network(self, name_or_id: int | str, limit: int = 20) -> Network:
        """An actor, the ``limit`` actors most often named alongside, and their pairs."""
        return related.network(self.conn, self.actor_id(name_or_id), limit)

    @_queries_as_store_errors
    def article_links(self, id_or_prefix: str) -> ArticleLinks:
        """The stored actor of each entity of an article, and its events' and quotes' ids."""
        return related.article_links(self.conn, read.article_id(self.conn, id_or_prefix))

    @_queries_as_store_errors
    def quote_channels(self) -> dict[str, int]:
        """Channels of the stored quotes (tweet, interview, ...) with their counts."""
        return related.quote_channels(self.conn)

    @_queries_as_store_errors
    def search(self, query: str, limit: int = 10, offset: int = 0) -> SearchResult:
        """Actors by name or alias, and articles and quotes by full text, for one query."""
        return related.search(self.conn, query, limit, offset)

    @_queries_as_store_errors
    def actor(self, name_or_id: int | str) -> ActorRef:
        """The id, name and type of the one actor a name, alias, surname or id stands for."""
        return dossiers.actor_ref(self.conn, name_or_id)

    def _actor_id(self, name_or_id: int | str | None) -> int | None:
        return dossiers.resolve_actor(self.conn, name_or_id) if name_or_id is not None else None

    @_queries_as_store_errors
    def events(
        self, actor: int | str | None = None, with_: int | str | None = None,
        type: str | None = None,  # noqa: A002 - the field's name
        from_: str | None = None, to: str | None = None, status: str | None = "reported",
        limit: int = 100, offset: int = 0,
    ) -> list[EventRow]:
        """Events involving ``actor`` and ``with_`` (names or ids), of a PLOVER ``type``,
        dated between ``from_`` and ``to``; newest first, undated last. Only reported events
        unless ``status`` names another (``"all"`` or None: every status)."""
        return event_reads.events(
            self.conn, actor=self._actor_id(actor), with_=self._actor_id(with_), type_=type,
            from_=from_, to=to, status=event_status(status), limit=limit, offset=offset)

    @_queries_as_store_errors
    def event(self, event_id: int | str) -> EventDetail:
        """One event with its actors and every article that reported it."""
        return event_reads.event(self.conn, event_id)

    @_queries_as_store_errors
    def timeline(
        self, actor: int | str, other: int | str | None = None, from_: str | None = None,
        to: str | None = None,
    ) -> list[TimelineEntry]:
        """Events involving ``actor`` (and ``other``) and their statements, oldest first."""
        return event_reads.timeline(self.conn, self._actor_id(actor), self._actor_id(other),
                                    from_=from_, to=to)

    @_queries_as_store_errors
    def dyads(
        self, a: int | str | None = None, b: int | str | None = None, by: str = "month",
        type: str | None = None,  # noqa: A002 - the field's name
        from_: str | None = None, to: str | None = None, codes: bool = False,
    ) -> Dyads:
        """Reported events per (source, target, PLOVER type, period ``by``): all of them, or
        those between ``a`` and any target or source (and ``b``). With ``codes``, sides are
        counted by actor code at each event's date, and ``a``/``b`` may be codes ('SYR GOV',
        'RUS', 'MIL') as well as actors."""
        return dyad_reads.dyads(self.conn, self._side(a, codes), self._side(b, codes), by=by,
                                type_=type, from_=from_, to=to, by_codes=codes)

    def _side(self, value: int | str | None, codes: bool) -> dyad_reads.Side:
        if value is None or not str(value).strip():
            return None
        found = dyad_reads.code_filter(str(value)) if codes else None
        return found or self._actor_id(value)

    # -- the store as data (newsgraph.export) -------------------------------------------

    @_queries_as_store_errors
    def code_histories(self, ids: Iterable[int]) -> dict[int, CodeHistory]:
        """Each actor's codes over time (``history.at(date)``: the code at a date)."""
        return actor_codes.histories(self.conn, ids)

    @_queries_as_store_errors
    def export_events(self, actor: int | str | None = None, from_: str | None = None,
                      to: str | None = None, status: str | None = "reported"
                      ) -> list[ExportEvent]:
        """Every event of ``actor`` (all: None) dated between ``from_`` and ``to``, of a
        status (``"all"``: any), newest first as ``events`` lists them, with every field."""
        return exports.events(self.conn, self._actor_id(actor), from_, to, event_status(status))

    @_queries_as_store_errors
    def export_quotes(self, actor: int | str | None = None, from_: str | None = None,
                      to: str | None = None) -> list[QuoteLink]:
        """Quotes by or naming ``actor`` (all: None), reported in a date range."""
        return exports.quotes(self.conn, self._actor_id(actor), from_, to)

    @_queries_as_store_errors
    def co_occurrences(self, actor: int | str | None = None, from_: str | None = None,
                       to: str | None = None) -> list[CoOccurrence]:
        """Pairs of actors named in the same articles (published in a date range), with
        those articles; only the pairs of ``actor`` when given."""
        return exports.co_occurrences(self.conn, self._actor_id(actor), from_, to)

    @_queries_as_store_errors
    def actor_summaries(self, ids: Iterable[int] | None = None) -> list[ActorSummary]:
        """Actors (all: None) with their names, roles and counts."""
        return exports.actors(self.conn, ids)

    @_queries_as_store_errors
    def article_ids(self, actor: int | str | None = None, from_: str | None = None,
                    to: str | None = None) -> list[str]:
        """Ids of the articles published in a range (naming ``actor``), oldest first."""
        return exports.article_ids(self.conn, self._actor_id(actor), from_, to)

    @_queries_as_store_errors
    def mention_spans(self, article_ids: Iterable[str]) -> list[MentionSpans]:
        """Where each actor is named in each of ``article_ids``."""
        return exports.mentions(self.conn, article_ids)

    def dump(self) -> Iterator[dict[str, Any]]:
        """Every row of every table: a header, then ``{"table", "row"}`` records."""
        try:
            yield from dumps.dump(self.conn)
        except sqlite3.Error as exc:
            raise StoreError(f"dump failed: {exc}", hint=_open_hint(exc),
                             origin=str(self.path)) from exc

    @_queries_as_store_errors
    def restore(self, records: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Fill this empty store from a dump's records, in one transaction."""
        with transaction(self.conn) as conn:
            return dumps.restore(conn, records)

    @_queries_as_store_errors
    def errors(self, limit: int = 100) -> list[ErrorRow]:
        """Recorded failures, newest first."""
        return read.errors(self.conn, limit=limit)

    @_queries_as_store_errors
    def stats(self) -> Stats:
        """How many articles, actors, mentions, roles and errors the store holds."""
        return read.stats(self.conn)
