"""Cross-article identity in the store: one actor per person; every article, mention and
role kept."""

from __future__ import annotations

import pytest

from newsgraph.store import Store


def person_ids(store: Store) -> dict[str, int]:
    return {e.name: e.id for e in store.entities(type="PERSON")}


def evidence_of(store: Store, actor_id: int) -> dict[str, str]:
    return {n.name: n.evidence for n in store.dossier(actor_id).names}


def test_the_assad_of_two_articles_is_one_actor_with_both_roles(store, assad_2022, assad_2025):
    store.add(assad_2022)
    store.add(assad_2025)
    assert list(person_ids(store)) == ["Bashar Al-Assad"]
    d = store.dossier("Bashar Assad")
    assert d.name == "Bashar Al-Assad" and d.type == "PERSON"
    assert {a.id for a in d.articles} == {assad_2022.id, assad_2025.id}
    roles = [(r.role, r.of, r.reported, r.article_id) for r in d.roles]
    assert roles == [
        ("President", "Syria", "2022-12-29", assad_2022.id),
        ("former president", "Syria", "2025-10-21", assad_2025.id),
    ]
    syria = store.dossier("Syria")
    assert {r.of_id for r in d.roles} == {syria.id}
    assert len(d.mentions) == 4


def test_rifaat_assad_stays_separate(store, assad_2022, rifaat, assad_2025):
    for article in (assad_2022, rifaat, assad_2025):
        store.add(article)
    ids = person_ids(store)
    assert set(ids) == {"Bashar Al-Assad", "Rifaat Assad"}
    rifaat_dossier = store.dossier("Rifaat Assad")
    assert [a.id for a in rifaat_dossier.articles] == [rifaat.id]
    assert [r.role for r in rifaat_dossier.roles] == ["an uncle of the former president"]
    assert [r.of for r in rifaat_dossier.roles] == [None]
    assert len(store.dossier("Bashar Assad").articles) == 2


def test_names_carry_their_evidence(store, assad_2022, assad_2025):
    store.add(assad_2022)
    store.add(assad_2025)
    actor = person_ids(store)["Bashar Al-Assad"]
    evidence = evidence_of(store, actor)
    assert set(evidence) == {"Bashar Al-Assad", "Assad", "Bashar Assad"}
    assert evidence["Bashar Al-Assad"] == f"first seen in article {assad_2022.id}"
    assert evidence["Assad"].startswith(f"alias of 'Bashar Al-Assad' in article {assad_2022.id}")
    assert "surname of Bashar Al-Assad" in evidence["Assad"]
    assert "same name as 'Bashar Al-Assad'" in evidence["Bashar Assad"]
    assert assad_2025.id in evidence["Bashar Assad"]


def test_a_surname_alone_joins_the_only_person_so_named(store, assad_2022, assad_only):
    store.add(assad_2022)
    assert store.add(assad_only).actors == 2
    assert list(person_ids(store)) == ["Bashar Al-Assad"]
    (why,) = store.conn.execute(
        "SELECT evidence FROM article_entities WHERE article_id = ? AND entity_id = 'e1'",
        (assad_only.id,)).fetchone()
    assert why == (f"surname 'Assad' in article {assad_only.id} of 'Bashar Al-Assad', "
                   "the only person of that surname")
    assert len(store.dossier("Bashar Al-Assad").articles) == 2


def test_a_surname_alone_is_not_merged_when_two_people_share_it(store, assad_2022, rifaat,
                                                               assad_only):
    for article in (assad_2022, rifaat, assad_only):
        store.add(article)
    ids = person_ids(store)
    assert set(ids) == {"Bashar Al-Assad", "Rifaat Assad", "Assad"}
    assert [a.id for a in store.dossier(ids["Assad"]).articles] == [assad_only.id]


def test_a_full_name_absorbs_a_surname_only_actor_and_becomes_its_name(store, make_article, ent):
    first = make_article("Putin spoke on Tuesday.", ent("e1", "Putin"), published="2025-01-01")
    second = make_article("Vladimir Putin met Ahmed al-Sharaa in Moscow.",
                          ent("e1", "Vladimir Putin", aliases=["Putin"]),
                          ent("e2", "Ahmed al-Sharaa"), published="2025-10-15")
    third = make_article("VLADIMIR PUTIN answered questions.", ent("e1", "VLADIMIR PUTIN"))
    for article in (first, second, third):
        store.add(article)
    ids = person_ids(store)
    assert set(ids) == {"Vladimir Putin", "Ahmed al-Sharaa"}
    evidence = evidence_of(store, ids["Vladimir Putin"])
    assert evidence["Vladimir Putin"].startswith("full name 'Vladimir Putin' in article")
    assert "surname 'Putin'" in evidence["Vladimir Putin"]
    assert len(store.dossier("Putin").articles) == 3


def test_places_merge_across_types_and_keep_kb(store, assad_2022, assad_2025):
    store.add(assad_2022)
    store.add(assad_2025)
    moscow = store.dossier("Moscow")
    assert moscow.type == "GPE"
    assert moscow.kb == {"geonameid": 524901, "kind": "city", "country_code": "RU"}
    assert len(moscow.articles) == 2


def test_role_of_a_local_name_maps_to_its_actor_and_keeps_the_name(store, make_article, ent):
    article = make_article(
        "Turkey's Defence Minister Hulusi Akar met Syrian officials. "
        "His spokesman Omer Celik was there too.",
        ent("e1", "Turkey", "GPE"),
        ent("e2", "Hulusi Akar", roles=[("Defence Minister", "Turkey's")]),
        ent("e3", "Omer Celik", roles=[("spokesman", "Unknown Land")]),
        published="2022-12-28",
    )
    store.add(article)
    rows = store.conn.execute(
        "SELECT r.role, r.of_name, o.name FROM roles r LEFT JOIN actors o ON o.id = r.of_actor_id "
        "ORDER BY r.id").fetchall()
    assert rows == [("Defence Minister", "Turkey's", "Turkey"), ("spokesman", "Unknown Land", None)]


def test_every_mention_is_kept_with_its_actor(store, assad_2022, assad_2025, rifaat):
    for article in (assad_2022, assad_2025, rifaat):
        store.add(article)
    total = sum(len(e.mentions) for a in (assad_2022, assad_2025, rifaat) for e in a.entities)
    assert store.stats().mentions == total
    stored = store.conn.execute(
        "SELECT m.text, a.text FROM mentions m JOIN articles a ON a.id = m.article_id"
    ).fetchall()
    assert all(text in body for text, body in stored)


def test_a_city_named_as_an_alias_of_its_country_stays_a_city(store, make_article, ent):
    metonymy = make_article(
        "Turkey wants talks. Ankara said it was ready.",
        ent("e1", "Turkey", "GPE", aliases=["Ankara"], kb={"geonameid": 298795}),
    )
    city = make_article(
        "Snow fell in Ankara on Monday.", ent("e1", "Ankara", "GPE", kb={"geonameid": 323786}),
    )
    unlinked = make_article("Turkey and Syria met.", ent("e1", "Turkey", "GPE"))
    for article in (metonymy, city, unlinked):
        store.add(article)
    assert [a.id for a in store.dossier("Ankara").articles] == [city.id]
    turkey = store.dossier("Turkey")
    assert {a.id for a in turkey.articles} == {metonymy.id, unlinked.id}


@pytest.mark.parametrize(
    ("first", "second", "actors"),
    [
        ("Ali Mamlouk", "Ali Mamluk", 1),
        ("Ahmed al-Sharaa", "Ahmad al-Sharaa", 1),
        ("Hassan Nasrallah", "Hussein Nasrallah", 2),
    ],
)
def test_transliteration_variants_meet_across_articles(store, make_article, ent, first, second,
                                                       actors):
    store.add(make_article(f"{first} spoke in Damascus.", ent("a", first), published="2022-01-01"))
    store.add(make_article(f"{second} spoke again.", ent("b", second), published="2023-01-01"))
    people = store.entities(type="PERSON")
    assert len(people) == actors
    if actors == 1:
        assert store.dossier(second).id == store.dossier(first).id


def test_an_older_database_gets_variant_keys_for_its_names():
    import sqlite3

    from newsgraph.store.migrations import MIGRATIONS, migrate

    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, [m for m in MIGRATIONS if m.__name__ != "m012_actor_name_variants"])
    conn.execute("INSERT INTO actors (id, name, type, created_at) VALUES (1, 'Ali Mamlouk', "
                 "'PERSON', 'now')")
    conn.execute("INSERT INTO actor_names (actor_id, name, name_key, surname_key, folded, "
                 "evidence) VALUES (1, 'Ali Mamlouk', 'ali mamlouk', 'mamlouk', "
                 "'ali mamlouk', 'seen')")
    assert migrate(conn) == ["m012_actor_name_variants"]
    (key,) = conn.execute("SELECT variant_key FROM actor_names").fetchone()
    assert key == "ali mamluk"
