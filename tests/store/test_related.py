"""Companions and networks, an article's links, channels, one search, read-only opening."""

from __future__ import annotations

import pytest

from newsgraph.errors import StoreError
from newsgraph.settings import Settings
from newsgraph.store import Store


@pytest.fixture
def filled(store, assad_2022, assad_2025, rifaat):
    for article in (assad_2022, assad_2025, rifaat):
        store.add(article)
    return store


def test_companions_count_shared_articles(filled):
    network = filled.network("Bashar Al-Assad", limit=3)
    center, *around = network.nodes
    assert center.name == "Bashar Al-Assad" and network.center == center.id
    assert [(c.name, c.articles) for c in around][:2] == [("Moscow", 2), ("Syria", 2)]
    assert around[0].kb["geonameid"] == 524901
    ids = {n.id for n in network.nodes}
    assert all(link.source in ids and link.target in ids and link.source < link.target
               for link in network.links)
    moscow_syria = [lk for lk in network.links if {lk.source, lk.target} == {around[0].id,
                                                                            around[1].id}]
    assert moscow_syria[0].articles == 2


def test_network_limit_and_unknown_actor(filled):
    assert len(filled.network("Damascus", limit=1).nodes) == 2
    with pytest.raises(Exception, match="no actor named"):
        filled.network("Nobody Atall")


def test_article_links_map_local_entities_to_actors(filled, assad_2022):
    links = filled.article_links(assad_2022.id[:6])
    assert links.article_id == assad_2022.id
    assert links.actors["e1"] == filled.actor_id("Bashar Al-Assad")
    assert links.events == () and links.quotes == ()


def test_search_spans_actors_articles_and_quotes(filled):
    found = filled.search("Moscow", limit=5)
    assert [a.name for a in found.actors] == ["Moscow"]
    assert {a.title for a in found.articles} == {"Defence ministers meet in Moscow",
                                                 "Assad in Moscow exile"}
    assert filled.search("Moscow", limit=1, offset=1).articles[0].title
    assert filled.quote_channels() == {}


def test_actor_reference(filled):
    ref = filled.actor("Rifaat Assad")
    assert (ref.name, ref.type) == ("Rifaat Assad", "PERSON")


def test_dossier_limit_keeps_the_newest(filled):
    full = filled.dossier("Moscow")
    short = filled.dossier("Moscow", limit=1)
    assert len(full.articles) == 2 and [a.published for a in short.articles] == ["2025-10-21"]
    assert len(short.mentions) == 1


def test_read_only_store_refuses_writes_and_missing_files(tmp_path, assad_2022):
    path = tmp_path / "news.db"
    with Store.open(path, Settings(db_path=path)) as writer:
        writer.add(assad_2022)
    with Store.open(path, read_only=True) as reader:
        assert reader.stats().articles == 1
        with pytest.raises(StoreError):
            reader.add(assad_2022.__class__(clean=assad_2022.clean.__class__(text="New text.")))
    with pytest.raises(StoreError, match="no database"):
        Store.open(tmp_path / "missing.db", read_only=True)


def test_read_only_store_refuses_an_unmigrated_file(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not an up-to-date"):
        Store.open(path, read_only=True)
