"""The database schema as an append-only list of small named migrations.

Never edit or reorder a migration once it has been released: add a new one at the end.
Each runs in its own transaction and is recorded in ``_migrations(name, applied_at)``, so
opening a database applies exactly the migrations it lacks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from newsgraph.store import queries as q
from newsgraph.store.db import transaction

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Append ``fn`` to the list of migrations (a decorator)."""
    MIGRATIONS.append(fn)
    return fn

def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _run(conn: sqlite3.Connection, *statements: str) -> None:
    for statement in statements:
        conn.execute(statement)


def applied(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute(q.MIGRATIONS_APPLIED)}


def _apply(conn: sqlite3.Connection, fn: Migration) -> bool:
    """Run one migration unless another process has just done so; True when it ran."""
    with transaction(conn):
        if fn.__name__ in applied(conn):
            return False
        fn(conn)
        conn.execute(q.MIGRATION_RECORD, {"name": fn.__name__, "at": _now()})
    return True


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; returns their names.

    An up-to-date database takes no write lock, so opening it never waits for a writer.
    """
    conn.execute(q.MIGRATIONS_TABLE)
    done = applied(conn)
    return [fn.__name__ for fn in migrations if fn.__name__ not in done and _apply(conn, fn)]


@migration
def m001_articles(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,          -- Article.id, the hash of the cleaned text
            path TEXT,
            url TEXT,
            title TEXT,
            published TEXT,               -- ISO prefix: 2025, 2025-10, 2025-10-21, ...
            outlet TEXT,
            authors TEXT NOT NULL DEFAULT '[]',   -- JSON array
            dateline TEXT,
            language TEXT,
            text TEXT NOT NULL,
            dropped TEXT NOT NULL DEFAULT '[]',   -- JSON array of boilerplate lines
            record TEXT NOT NULL,         -- JSON: the full Article.to_dict()
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_by_published ON articles (published)",
    )


@migration
def m002_actors(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,           -- canonical: the longest full name seen first
            type TEXT NOT NULL,
            kb TEXT,                      -- JSON object or NULL
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX actors_by_name ON actors (name)",
    )


@migration
def m003_actor_names(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE actor_names (
            actor_id INTEGER NOT NULL REFERENCES actors (id),
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,       -- resolve.names.name_key(name)
            surname_key TEXT NOT NULL,    -- resolve.names.surname_key(name)
            folded TEXT NOT NULL,         -- resolve.names.fold(name), for search
            evidence TEXT NOT NULL,       -- why this name belongs to the actor
            article_id TEXT REFERENCES articles (id),
            PRIMARY KEY (actor_id, name)
        )""",
        "CREATE INDEX actor_names_by_name ON actor_names (name)",
        "CREATE INDEX actor_names_by_key ON actor_names (name_key)",
        "CREATE INDEX actor_names_by_surname ON actor_names (surname_key)",
    )


@migration
def m004_article_entities(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE article_entities (
            article_id TEXT NOT NULL REFERENCES articles (id),
            entity_id TEXT NOT NULL,      -- Entity.id, local to the article
            actor_id INTEGER NOT NULL REFERENCES actors (id),
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            evidence TEXT NOT NULL,       -- why the entity is this actor (or 'new actor')
            PRIMARY KEY (article_id, entity_id)
        )""",
        "CREATE INDEX article_entities_by_actor ON article_entities (actor_id)",
    )


@migration
def m005_mentions(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            entity_id TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actors (id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        )""",
        "CREATE INDEX mentions_by_actor ON mentions (actor_id)",
        "CREATE INDEX mentions_by_article ON mentions (article_id)",
    )


@migration
def m006_roles(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE roles (
            id INTEGER PRIMARY KEY,
            actor_id INTEGER NOT NULL REFERENCES actors (id),
            article_id TEXT NOT NULL REFERENCES articles (id),
            entity_id TEXT NOT NULL,
            role TEXT NOT NULL,
            of_actor_id INTEGER REFERENCES actors (id),
            of_name TEXT,
            start INTEGER,
            "end" INTEGER,
            reported TEXT                 -- the article's published date: 'as reported then'
        )""",
        "CREATE INDEX roles_by_actor ON roles (actor_id, reported)",
        "CREATE INDEX roles_by_article ON roles (article_id)",
    )


@migration
def m007_errors(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE _errors (
            id INTEGER PRIMARY KEY,
            origin TEXT,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            hint TEXT,
            at TEXT NOT NULL
        )""")


@migration
def m008_articles_fts(conn: sqlite3.Connection) -> None:
    # A standalone FTS5 table keyed by article id: articles has no INTEGER PRIMARY KEY, so
    # its rowids may change on VACUUM and cannot back an external-content index.
    _run(conn, """
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
        )""", """
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (article_id, title, text)
            VALUES (new.id, coalesce(new.title, ''), new.text);
        END""", """
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE article_id = old.id;
        END""", """
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            UPDATE articles_fts SET title = coalesce(new.title, ''), text = new.text
            WHERE article_id = old.id;
        END""",
    )


@migration
def m009_quotes(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,           -- the words, without quote marks
            kind TEXT NOT NULL,           -- direct | partial | indirect
            cue TEXT,
            channel TEXT,                 -- twitter | interview | statement | report | ...
            via TEXT,
            speaker TEXT,                 -- the words naming the speaker
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_actor_id INTEGER REFERENCES actors (id),
            date TEXT                     -- when it was reported: the article's date
        )""",
        "CREATE INDEX quotes_by_article ON quotes (article_id)",
        "CREATE INDEX quotes_by_speaker ON quotes (speaker_actor_id, date)",
        """
        CREATE TABLE quote_actors (       -- actors named inside a quote: what it is about
            quote_id INTEGER NOT NULL REFERENCES quotes (id),
            actor_id INTEGER NOT NULL REFERENCES actors (id),
            PRIMARY KEY (quote_id, actor_id)
        )""",
        "CREATE INDEX quote_actors_by_actor ON quote_actors (actor_id)",
        """
        CREATE VIRTUAL TABLE quotes_fts USING fts5 (
            quote_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2'
        )""", """
        CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts (quote_id, text) VALUES (new.id, new.text);
        END""", """
        CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            DELETE FROM quotes_fts WHERE quote_id = old.id;
        END""",
    )


@migration
def m010_date_mentions(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE date_mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT,                   -- TIMEX3 value: 2022-12-28, 2025-W42, 2011, P80Y
            type TEXT NOT NULL,           -- DATE | TIME | DURATION | SET
            earliest TEXT,                -- ISO day bounds, where the value has a place in time
            latest TEXT,
            function TEXT                 -- 'publication_date' for the document's own date
        )""",
        "CREATE INDEX date_mentions_by_article ON date_mentions (article_id)",
        "CREATE INDEX date_mentions_by_range ON date_mentions (earliest, latest)",
    )


@migration
def m011_events(conn: sqlite3.Connection) -> None:
    _run(conn, """
        CREATE TABLE events (             -- one real-world happening, however many reports
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,           -- PLOVER: CONSULT, AGREE, ASSAULT, ...
            kind TEXT,                    -- meeting, visit, phone_call, airstrike, ...
            date TEXT,                    -- TIMEX3 value: 2022-12-28, 2025-W42 (NULL: unknown)
            earliest TEXT,                -- ISO day bounds of the date
            latest TEXT,
            date_source TEXT,             -- sentence | attributive | context
            location_actor_id INTEGER REFERENCES actors (id),
            location TEXT,                -- the place's name when no actor stands for it
            first_seen TEXT NOT NULL      -- when the first report of it was stored
        )""",
        "CREATE INDEX events_by_date ON events (date)",
        """
        CREATE TABLE event_sources (      -- each report of an event, in its own words
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id),
            article_id TEXT NOT NULL REFERENCES articles (id),
            trigger TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence TEXT NOT NULL,       -- the sentence holding the trigger (else the trigger)
            date TEXT,                    -- the date as this report gives it
            date_text TEXT,
            date_source TEXT,
            family TEXT NOT NULL          -- id of the first article of its syndicated family
        )""",
        "CREATE INDEX event_sources_by_event ON event_sources (event_id)",
        "CREATE INDEX event_sources_by_article ON event_sources (article_id)",
        """
        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events (id),
            actor_id INTEGER NOT NULL REFERENCES actors (id),
            role TEXT NOT NULL CHECK (role IN ('participant', 'actor', 'target')),
            PRIMARY KEY (event_id, actor_id, role)
        )""",
        "CREATE INDEX event_actors_by_actor ON event_actors (actor_id, role)",
    )


@migration
def m012_actor_name_variants(conn: sqlite3.Connection) -> None:
    """Transliteration variants (Mamlouk / Mamluk) share a ``variant_key``, so a new
    spelling finds the actor it may be; identity still decides whether it is."""
    from newsgraph.resolve.names import variant_key

    _run(conn, "ALTER TABLE actor_names ADD COLUMN variant_key TEXT")
    rows = conn.execute("SELECT rowid, name FROM actor_names").fetchall()
    conn.executemany("UPDATE actor_names SET variant_key = ? WHERE rowid = ?",
                     [(variant_key(name), rowid) for rowid, name in rows])
    _run(conn, "CREATE INDEX actor_names_by_variant ON actor_names (variant_key)")


@migration
def m013_identity_corrections(conn: sqlite3.Connection) -> None:
    """An analyst's merges and splits, kept so that later ingests respect them."""
    _run(conn, """
        CREATE TABLE identity_corrections (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,           -- 'merge' | 'split'
            actor_id INTEGER NOT NULL,    -- merge: the actor kept; split: the actor split from
            other_id INTEGER NOT NULL,    -- merge: the actor absorbed; split: the new actor
            name TEXT,                    -- split: the name that left
            name_key TEXT,                -- split: resolve.names.name_key(name)
            at TEXT NOT NULL
        )""",
        "CREATE INDEX identity_corrections_by_key ON identity_corrections (name_key)",
        "ALTER TABLE actor_names ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0",
    )


@migration
def m014_event_status(conn: sqlite3.Connection) -> None:
    """Whether an event happened (reported), is planned, hypothetical or negated; how its
    place was found; and the quote whose words state it, when a speaker claims it."""
    _run(conn,
         "ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'reported'",
         "ALTER TABLE events ADD COLUMN location_source TEXT",
         "ALTER TABLE event_sources ADD COLUMN status TEXT NOT NULL DEFAULT 'reported'",
         "ALTER TABLE event_sources ADD COLUMN location_source TEXT",
         "ALTER TABLE event_sources ADD COLUMN quote_id INTEGER REFERENCES quotes (id)",
         "CREATE INDEX events_by_status ON events (status, date)")
