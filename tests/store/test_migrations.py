"""Opening a store: migrations from blank and from every older schema, pragmas, bad files."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.store.migrations import MIGRATIONS, migrate

TABLES = {"_migrations", "_errors", "articles", "actors", "actor_names", "article_entities",
          "mentions", "roles", "articles_fts"}


def tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {r[0] for r in rows}


def schema(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()


def test_migrations_have_unique_names_in_order():
    names = [m.__name__ for m in MIGRATIONS]
    assert len(set(names)) == len(names)
    assert names == sorted(names)


def test_a_blank_database_gets_every_table(store):
    assert TABLES <= tables(store.conn)
    applied = [r[0] for r in store.conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert applied == [m.__name__ for m in MIGRATIONS]


def test_reopening_applies_nothing_and_keeps_data(tmp_path, assad_2022):
    path = tmp_path / "sub" / "dir" / "news.db"
    with Store.open(path) as store:
        store.add(assad_2022)
        before = schema(store.conn)
    with Store.open(path) as store:
        assert migrate(store.conn) == []
        assert schema(store.conn) == before
        assert store.stats().articles == 1


@pytest.mark.parametrize("done", range(len(MIGRATIONS)))
def test_migrating_from_every_older_schema(tmp_path, done):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, MIGRATIONS[:done]) == [m.__name__ for m in MIGRATIONS[:done]]
    conn.close()
    with Store.open(path) as store:
        assert TABLES <= tables(store.conn)
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    migrate(fresh)
    with Store.open(path) as store:
        assert schema(store.conn) == schema(fresh)


def test_pragmas(tmp_path):
    with Store.open(tmp_path / "news.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_a_file_that_is_not_a_database_is_a_store_error_with_a_hint(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.hint and "not a newsgraph database" in caught.value.hint
    assert caught.value.origin == str(path)
    assert path.read_text().startswith("these are my notes")


def test_a_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path)
    assert caught.value.hint


def test_a_parent_that_is_a_file_is_a_store_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError):
        Store.open(tmp_path / "file" / "news.db")


def test_context_manager_closes(tmp_path):
    with Store.open(tmp_path / "news.db") as store:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")


def test_opening_and_reading_do_not_wait_for_a_writer(tmp_path, assad_2022):
    path = tmp_path / "news.db"
    with Store.open(path) as writer:
        writer.add(assad_2022)
        writer.conn.execute("BEGIN IMMEDIATE")  # a long ingest transaction in progress
        try:
            with Store.open(path) as reader:
                reader.conn.execute("PRAGMA busy_timeout = 0")
                assert [a.id for a in reader.articles()] == [assad_2022.id]
        finally:
            writer.conn.execute("ROLLBACK")
