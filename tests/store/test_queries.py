"""The named queries: articles, article, entities, dossier, errors, stats."""

from __future__ import annotations

import pytest

from newsgraph.errors import InputError, NotFound
from newsgraph.settings import Settings
from newsgraph.store import ArticleRow, Dossier, EntityRow, Store
from newsgraph.store.read import fts_query


@pytest.fixture
def filled(store, assad_2022, assad_2025, rifaat, make_article, ent):
    undated = make_article(
        "Protesters in Türkiye's capital marched near the parliament on Friday.",
        ent("e1", "Türkiye", "GPE", aliases=["Turkey"]),
        title="Protest in Ankara",
    )
    for article in (assad_2022, rifaat, assad_2025, undated):
        store.add(article)
    return store


# -- articles ------------------------------------------------------------------------------

def test_articles_newest_first_with_counts(filled, assad_2022, assad_2025, rifaat):
    rows = filled.articles()
    assert [r.published for r in rows] == ["2025-10-21", "2023-10-01", "2022-12-29", None]
    first = rows[0]
    assert isinstance(first, ArticleRow)
    assert (first.id, first.title, first.outlet, first.url, first.entities) == (
        assad_2025.id, "Assad in Moscow exile", "The Media Line", "https://example.org/assad", 4)
    assert rows[2].authors == ("Staff",) and rows[2].path == "a/newarab.txt"
    assert set(first.to_dict()) == {"id", "title", "published", "outlet", "authors", "path",
                                    "url", "entities"}
    assert first.to_dict()["authors"] == []


def test_articles_limit_and_offset(filled):
    everything = [r.id for r in filled.articles()]
    assert [r.id for r in filled.articles(limit=2)] == everything[:2]
    assert [r.id for r in filled.articles(limit=2, offset=2)] == everything[2:]
    assert filled.articles(offset=10) == []


@pytest.mark.parametrize(
    ("search", "titles"),
    [
        ("Moscow", {"Defence ministers meet in Moscow", "Assad in Moscow exile"}),
        ("moscow DAMASCUS", {"Assad in Moscow exile"}),
        ("Rifaat", {"Rifaat Assad returns"}),
        ("Riffat", set()),
        ("turkiye", {"Protest in Ankara"}),  # diacritics folded
        ("Türkiye's", {"Protest in Ankara"}),
        ("exil*", {"Rifaat Assad returns", "Assad in Moscow exile"}),  # prefix search
        ("Ankara", {"Protest in Ankara"}),  # titles are searched too
    ],
)
def test_full_text_search(filled, search, titles):
    assert {r.title for r in filled.articles(search=search)} == titles


@pytest.mark.parametrize(
    "search",
    ['"', '""', "'", "Assad\"", '"Assad', "*", "**", "Ass*d", "NEAR", "NEAR(Assad Moscow)",
     "Assad OR", "OR", "AND", "NOT", "Assad AND", "-Assad", "title:Assad", "^Assad", "(",
     ")", "Assad)", "{title}: x", "'; DROP TABLE articles; --", "1=1 OR 'a'='a'",
     "%", "_", "\\", "\x00", "\u202e", "😀", "   ", ""],
)
def test_awkward_search_input_never_fails_nor_injects(filled, search):
    rows = filled.articles(search=search)
    assert isinstance(rows, list)
    assert filled.stats().articles == 4


@pytest.mark.parametrize(
    ("search", "count"),
    [("near", 1), ("NEAR", 1), ("Assad OR", 0), ("Assad OR Zebra", 0), ("Assad AND Moscow", 1),
     ('"Assad"', 3), ("title:Assad", 0), ("-Assad", 3), ("   ", 4), ("*", 0)],
)
def test_fts_operators_are_taken_as_words(filled, search, count):
    assert len(filled.articles(search=search)) == count


@pytest.mark.parametrize(
    ("search", "query"),
    [("Assad", '"Assad"'), ('say "hi"', '"say" """hi"""'), ("exil*", '"exil"*'),
     ("NEAR(a b)", '"NEAR(a" "b)"'), ("***", None), ("", None), ("_ -", None)],
)
def test_fts_query_quotes_every_term(search, query):
    assert fts_query(search) == query


# -- one article ---------------------------------------------------------------------------

def test_article_by_id_and_prefix(filled, assad_2022):
    assert filled.article(assad_2022.id) == assad_2022
    assert filled.article(assad_2022.id[:8]).to_dict() == assad_2022.to_dict()
    assert filled.article(assad_2022.id.upper()).id == assad_2022.id


@pytest.mark.parametrize("wanted", ["0000000000000000", "zz", "", "  ", "%", "'"])
def test_article_missing_is_not_found(filled, wanted):
    with pytest.raises(NotFound) as caught:
        filled.article(wanted)
    assert caught.value.hint


def test_an_ambiguous_prefix_lists_the_candidates(store, make_article):
    articles = [make_article(f"Article number {i} about nothing.") for i in range(40)]
    for article in articles:
        store.add(article)
    first = sorted(a.id for a in articles)[0][0]
    same = sorted(a.id for a in articles if a.id.startswith(first))
    assert len(same) > 1
    with pytest.raises(NotFound) as caught:
        store.article(first)
    assert same[0] in caught.value.hint


# -- entities ------------------------------------------------------------------------------

def test_entities_most_mentioned_first(filled):
    rows = filled.entities()
    mentions = [r.mentions for r in rows]
    assert mentions == sorted(mentions, reverse=True)
    by_name = {r.name: r for r in rows}
    bashar = by_name["Bashar Al-Assad"]
    assert isinstance(bashar, EntityRow)
    assert (bashar.type, bashar.articles, bashar.mentions, bashar.roles) == ("PERSON", 2, 4, 2)
    assert bashar.aliases == ("Assad", "Bashar Assad")
    assert set(bashar.to_dict()) == {"id", "name", "type", "aliases", "articles", "mentions",
                                     "roles", "code", "code_source"}
    # President of Syria in 2022, 'former president' in 2025: today one of its elites
    assert (bashar.code, bashar.code_source) == (
        "SYR ELI", "former role: former president of Syria (2025-10-21)")
    assert by_name["Syria"].articles == 2


def test_entities_by_type(filled):
    assert {r.name for r in filled.entities(type="PERSON")} == {"Bashar Al-Assad",
                                                                "Rifaat Assad"}
    assert "Syria" in {r.name for r in filled.entities(type="GPE")}
    assert filled.entities(type="LAW") == []
    assert filled.entities(type="person") == filled.entities(type="PERSON")


@pytest.mark.parametrize(
    ("search", "names"),
    [
        ("assad", {"Bashar Al-Assad", "Rifaat Assad"}),
        ("ASSAD", {"Bashar Al-Assad", "Rifaat Assad"}),
        ("bashar assad", {"Bashar Al-Assad"}),
        ("Bashar al-Assad", {"Bashar Al-Assad"}),
        # "Türkiye" (alias "Turkey") joined the actor "Turkey": found by either name
        ("turkiye", {"Turkey"}),
        ("TÜRKIYE", {"Turkey"}),
        ("turkey", {"Turkey"}),
        ("rifa", {"Rifaat Assad"}),
        ("%", set()),
        ("_", set()),
        ("nobody", set()),
    ],
)
def test_entities_search_names_and_aliases_ignoring_case_and_accents(filled, search, names):
    assert {r.name for r in filled.entities(search=search)} == names


def test_entities_limit_and_offset(filled):
    everything = [r.id for r in filled.entities()]
    assert [r.id for r in filled.entities(limit=3, offset=1)] == everything[1:4]


# -- dossier -------------------------------------------------------------------------------

def test_dossier_of_an_actor(filled, assad_2022, assad_2025):
    d = filled.dossier("Bashar Al-Assad")
    assert isinstance(d, Dossier)
    assert [a.id for a in d.articles] == [assad_2025.id, assad_2022.id]
    assert [a.title for a in d.articles] == ["Assad in Moscow exile",
                                             "Defence ministers meet in Moscow"]
    assert [n.name for n in d.names] == ["Bashar Al-Assad", "Assad", "Bashar Assad"]
    assert [r.reported for r in d.roles] == ["2022-12-29", "2025-10-21"]
    out = d.to_dict()
    assert set(out) == {"id", "name", "type", "kb", "names", "roles", "articles", "mentions",
                        "said", "said_about", "events", "codes"}
    assert [(c["since"], c["code"], c["source"]) for c in out["codes"]] == [
        ("2022-12-29", "SYR GOV", "role"), ("2025-10-21", "SYR ELI", "former role")]
    assert out["codes"][0]["article_id"] == assad_2022.id
    assert set(out["roles"][0]) == {"role", "of", "of_id", "article_id", "reported", "start",
                                    "end"}
    assert isinstance(out["mentions"], list) and isinstance(out["names"][0], dict)


def test_dossier_mentions_carry_their_context(filled, assad_2022):
    d = filled.dossier("Bashar Al-Assad")
    text = assad_2022.clean.text
    for m in d.mentions:
        if m.article_id == assad_2022.id:
            assert text[m.start:m.end] == m.text
            assert m.context == text[max(m.start - 20, 0):m.end + 20]
    first = next(m for m in d.mentions if m.text == "Bashar Al-Assad")
    assert first.context == "President of Syria Bashar Al-Assad welcomed the meetin"


@pytest.mark.parametrize("chars", [0, 5, 200])
def test_context_width_follows_the_setting(assad_2022, chars):
    with Store.open(":memory:", Settings(context_chars=chars)) as store:
        store.add(assad_2022)
        text = assad_2022.clean.text
        for m in store.dossier("Assad").mentions:
            assert m.context == text[max(m.start - chars, 0):m.end + chars]


@pytest.mark.parametrize(
    "name",
    ["Bashar Al-Assad", "Bashar Assad", "bashar al-assad", "BASHAR ASSAD", "Báshar Assad"],
)
def test_dossier_finds_an_actor_by_name_alias_or_key(filled, name):
    assert filled.dossier(name).name == "Bashar Al-Assad"


def test_dossier_by_id(filled):
    bashar = filled.dossier("Bashar Assad")
    assert filled.dossier(bashar.id) == bashar
    assert filled.dossier(str(bashar.id)) == bashar


def test_dossier_by_surname_when_only_one_person_has_it(store, assad_2025, rifaat):
    store.add(assad_2025)  # "Bashar Assad", no bare "Assad" alias in this article
    assert store.dossier("assad").name == "Bashar Assad"
    store.add(rifaat)  # Rifaat's article calls him "Assad" too: the alias decides
    assert store.dossier("Assad").name == "Rifaat Assad"


def test_an_ambiguous_name_lists_the_candidates(store, assad_2022, rifaat):
    store.add(assad_2022)
    store.add(rifaat)
    with pytest.raises(NotFound) as caught:
        store.dossier("Assad")
    assert "could be any of 2 actors" in caught.value.message
    assert "Bashar Al-Assad (PERSON)" in caught.value.hint
    assert "Rifaat Assad (PERSON)" in caught.value.hint


@pytest.mark.parametrize(
    ("name", "suggested"),
    [("Bashar Asaf", "Bashar Al-Assad"), ("Rifaut Assad", "Rifaat Assad"),
     ("Damascas", "Damascus"), ("Rifaat", "Rifaat Assad")],
)
def test_a_missing_name_suggests_close_ones(filled, name, suggested):
    # (a transliteration variant such as "Bashar Asad" is found outright: see test_actors)
    with pytest.raises(NotFound) as caught:
        filled.dossier(name)
    assert name in caught.value.message
    assert suggested in caught.value.hint


@pytest.mark.parametrize("name", ["Zzyzx Qwerty", "", "   ", 99999, "99999"])
def test_a_name_with_nothing_close_is_not_found_with_a_hint(filled, name):
    with pytest.raises(NotFound) as caught:
        filled.dossier(name)
    assert caught.value.hint


# -- stats ---------------------------------------------------------------------------------

def test_stats(filled):
    stats = filled.stats()
    assert (stats.articles, stats.errors) == (4, 0)
    assert stats.actors == len(filled.entities(limit=1000))
    assert stats.mentions == sum(r.mentions for r in filled.entities(limit=1000))
    assert stats.to_dict() == {"articles": 4, "actors": stats.actors, "mentions": stats.mentions,
                               "roles": 3, "errors": 0}


@pytest.mark.parametrize("method", ["entities", "articles", "quotes", "search"])
def test_a_search_too_long_to_be_one_is_an_input_error(filled, method):
    # 'ü' is two bytes and '%' is escaped: SQLite refused this LIKE as "too complex".
    search = "\u00fc%" * 20_000
    call = getattr(filled, method)
    with pytest.raises(InputError, match="over the limit of 1,000") as caught:
        call(search) if method == "search" else call(search=search)
    assert caught.value.hint
