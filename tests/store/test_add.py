"""Adding articles: one transaction each, idempotent on the content hash; errors as data."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsgraph.errors import InputError, NewsgraphError, StoreError
from newsgraph.records import Article, Entity
from newsgraph.store import AddResult, Store, write
from newsgraph.store.migrations import migrate

ROW_TABLES = ("articles", "articles_fts", "actors", "actor_names", "article_entities",
              "mentions", "roles", "_errors")


def counts(store: Store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ROW_TABLES}


def dump(store: Store) -> dict[str, list[tuple]]:
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ROW_TABLES if t != "articles_fts"}


def test_add_stores_the_article_and_its_entities(store, assad_2022):
    result = store.add(assad_2022)
    assert result == AddResult(assad_2022.id, "stored", 4)
    assert result.to_dict() == {"article_id": assad_2022.id, "status": "stored", "actors": 4}
    c = counts(store)
    assert c["articles"] == c["articles_fts"] == 1
    assert c["actors"] == c["article_entities"] == 4
    assert c["mentions"] == sum(len(e.mentions) for e in assad_2022.entities) == 6
    assert c["roles"] == 1
    assert store.has_article(assad_2022.id)


def test_article_columns_and_record(store, assad_2022):
    store.add(assad_2022)
    row = store.conn.execute(
        "SELECT id, path, url, title, published, outlet, authors, language, text, dropped, "
        "record, ingested_at FROM articles").fetchone()
    assert row[:6] == (assad_2022.id, "a/newarab.txt", None, "Defence ministers meet in Moscow",
                       "2022-12-29", "The New Arab")
    assert json.loads(row[6]) == ["Staff"]
    assert row[7] == "en" and row[8] == assad_2022.clean.text and json.loads(row[9]) == []
    assert json.loads(row[10]) == assad_2022.to_dict()
    assert row[11].startswith("20")


def test_adding_the_same_article_again_is_a_duplicate_and_changes_nothing(store, assad_2022,
                                                                          assad_2025):
    store.add(assad_2022)
    store.add(assad_2025)
    before = dump(store)
    again = store.add(assad_2022)
    assert again == AddResult(assad_2022.id, "duplicate", 4)
    assert dump(store) == before


def test_same_text_with_other_entities_is_still_a_duplicate(store, assad_2022):
    store.add(assad_2022)
    bare = Article(clean=assad_2022.clean)
    assert store.add(bare).status == "duplicate"
    assert store.article(assad_2022.id) == assad_2022


def test_a_failure_mid_article_rolls_the_whole_article_back(store, assad_2022, assad_2025,
                                                            monkeypatch):
    store.add(assad_2022)
    before = dump(store)

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(write, "insert_roles", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(assad_2025)
    assert dump(store) == before
    assert not store.has_article(assad_2025.id)
    monkeypatch.undo()
    assert store.add(assad_2025).status == "stored"


def test_a_database_error_mid_article_is_a_store_error_and_rolls_back(store, make_article):
    twice = Entity(id="e1", name="Ann Lee", type="PERSON")
    article = make_article("Ann Lee met Ann Lee.", title="Twins")
    article = Article(clean=article.clean, entities=(twice, twice))
    with pytest.raises(StoreError) as caught:
        store.add(article)
    assert article.id in caught.value.message
    assert counts(store) == dict.fromkeys(ROW_TABLES, 0)
    assert not store.conn.in_transaction


def test_a_crash_between_articles_keeps_the_committed_ones(tmp_path, assad_2022, assad_2025,
                                                           monkeypatch):
    path = tmp_path / "news.db"
    store = Store.open(path)
    store.add(assad_2022)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "insert_mentions", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.add(assad_2025)
    store.conn.close()
    with Store.open(path) as reopened:
        assert [a.id for a in reopened.articles()] == [assad_2022.id]


def test_record_error_and_errors_newest_first(store):
    store.record_error(InputError("file is empty", hint="give it some text", origin="a.txt"))
    store.record_error(NewsgraphError("something odd"))
    first, second = store.errors()[1], store.errors()[0]
    assert (first.origin, first.kind, first.message, first.hint) == (
        "a.txt", "input", "file is empty", "give it some text")
    assert (second.origin, second.kind, second.hint) == (None, "error", None)
    assert set(first.to_dict()) == {"id", "origin", "kind", "message", "hint", "at"}
    assert len(store.errors(limit=1)) == 1
    assert store.stats().errors == 2


def test_a_failing_migration_is_not_recorded_and_leaves_no_trace():
    conn = sqlite3.connect(":memory:", isolation_level=None)

    def m999_half_done(conn):
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("broken migration")

    with pytest.raises(RuntimeError):
        migrate(conn, [m999_half_done])
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in names
    assert conn.execute("SELECT count(*) FROM _migrations").fetchone()[0] == 0


def test_two_stores_on_one_file_share_actors_and_readers_see_commits(tmp_path, assad_2022,
                                                                      assad_2025):
    path = tmp_path / "news.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        writer.add(assad_2022)
        assert reader.has_article(assad_2022.id)
        reader.add(assad_2025)
        assert [e.name for e in writer.entities(type="PERSON")] == ["Bashar Al-Assad"]
        assert writer.stats() == reader.stats()
