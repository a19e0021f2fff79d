"""Hypothesis round-trips: any Article goes into the store and comes back the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import NotFound
from newsgraph.records import ENTITY_TYPES, Article, CleanArticle, Entity, Role, Span
from newsgraph.store import Store

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)
SHORT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
NAMES = st.one_of(
    SHORT,
    st.sampled_from(["Bashar Al-Assad", "Assad", "Bashar Assad", "Rifaat Assad", "Syria",
                     "Türkiye", "Turkey", "al-Sharaa", "Ahmed al-Sharaa", "O'Neil", "UN"]),
)
PUBLISHED = st.one_of(st.none(), st.sampled_from(
    ["2025", "2025-10", "2025-10-21", "2022-12-29T10:15:00+00:00", "not a date"]))
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), SHORT,
                        st.floats(allow_nan=False, allow_infinity=False))
JSON = st.recursive(JSON_SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(SHORT, inner, max_size=3)), max_leaves=8)


@st.composite
def spans(draw, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start, end, text[start:end])


@st.composite
def entities(draw, text: str, eid: str, ids: list[str]) -> Entity:
    roles = draw(st.lists(st.builds(
        Role, role=SHORT, of=st.one_of(st.none(), st.sampled_from(ids), NAMES),
        start=st.one_of(st.none(), st.integers(0, len(text))),
        end=st.one_of(st.none(), st.integers(0, len(text)))), max_size=2))
    return Entity(
        id=eid, name=draw(NAMES), type=draw(st.sampled_from(ENTITY_TYPES)),
        aliases=tuple(draw(st.lists(NAMES, max_size=3))),
        mentions=tuple(draw(st.lists(spans(text), max_size=3))),
        roles=tuple(roles),
        kb=draw(st.one_of(st.none(), st.dictionaries(SHORT, JSON_SCALAR, max_size=3))),
        evidence=tuple(draw(st.lists(SHORT, max_size=2))),
    )


@st.composite
def quotes(draw, text: str, ids: list[str]) -> dict:
    span = draw(spans(text))
    speaker = draw(st.one_of(st.none(), st.builds(
        lambda s, entity: {**s.to_dict(), "entity": entity},
        spans(text), st.one_of(st.none(), st.sampled_from(ids) if ids else st.none()))))
    return {"text": span.text, "start": span.start, "end": span.end, "speaker": speaker,
            "kind": draw(st.sampled_from(["direct", "partial", "indirect"])),
            "cue": draw(st.one_of(st.none(), SHORT)), "via": draw(st.one_of(st.none(), SHORT)),
            "channel": draw(st.sampled_from([None, "twitter", "interview", "statement"]))}


@st.composite
def dates(draw, text: str) -> dict:
    span = draw(spans(text))
    return {**span.to_dict(), "type": draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
            "value": draw(st.one_of(st.none(), st.sampled_from(["2011", "2025-W42", "P80Y"]))),
            "earliest": None, "latest": None, "mod": None}


@st.composite
def articles(draw) -> Article:
    text = draw(TEXT)
    clean = CleanArticle(
        text=text, title=draw(st.one_of(st.none(), SHORT)), published=draw(PUBLISHED),
        outlet=draw(st.one_of(st.none(), SHORT)), authors=tuple(draw(st.lists(SHORT, max_size=2))),
        dateline=draw(st.one_of(st.none(), SHORT)), language=draw(st.sampled_from([None, "en"])),
        path=draw(st.one_of(st.none(), SHORT)), url=draw(st.one_of(st.none(), SHORT)),
        dropped=tuple(draw(st.lists(SHORT, max_size=2))),
    )
    ids = [f"e{i}" for i in range(draw(st.integers(0, 4)))]
    return Article(
        clean=clean,
        entities=tuple(draw(entities(text, eid, ids)) for eid in ids),
        quotes=tuple(draw(st.lists(quotes(text, ids), max_size=2))),
        events=tuple(draw(st.lists(st.dictionaries(SHORT, JSON, max_size=3), max_size=2))),
        dates=tuple(draw(st.lists(dates(text), max_size=2))),
    )


@settings(max_examples=80, deadline=None)
@given(articles())
def test_an_article_comes_back_as_it_went_in(article):
    with Store.open(":memory:") as store:
        assert store.add(article).status == "stored"
        assert store.article(article.id).to_dict() == article.to_dict()
        assert store.article(article.id[:6]).id == article.id
        assert store.add(article).status == "duplicate"


@settings(max_examples=30, deadline=None)
@given(st.lists(articles(), max_size=6))
def test_every_article_mention_and_role_is_kept(batch):
    with Store.open(":memory:") as store:
        for article in batch:
            store.add(article)
        unique = {a.id: a for a in reversed(batch)}  # the first of equal texts is kept
        stats = store.stats()
        assert stats.articles == len(unique)
        assert stats.mentions == sum(len(e.mentions) for a in unique.values() for e in a.entities)
        assert stats.roles == sum(len(e.roles) for a in unique.values() for e in a.entities)
        for article in unique.values():
            assert store.article(article.id) == article


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_user_text_is_a_valid_search_or_lookup(search):
    with Store.open(":memory:") as store:
        text = "Bashar Al-Assad met officials in Moscow."
        store.add(Article(clean=CleanArticle(text=text), entities=(
            Entity("e1", "Bashar Al-Assad", "PERSON", ("Assad",), (Span(0, 15, text[:15]),)),)))
        rows = store.articles(search=search)
        assert len(rows) <= 1
        assert isinstance(store.entities(search=search), list)
        for lookup in (store.dossier, store.article):
            try:
                lookup(search)
            except NotFound:
                pass


@settings(max_examples=30, deadline=None)
@given(st.lists(articles(), max_size=5))
def test_any_store_has_codes_dyads_and_a_dump_that_rebuilds_it(batch):
    with Store.open(":memory:") as store, Store.open(":memory:") as copy:
        for article in batch:
            store.add(article)
        for row in store.entities():
            assert row.code is None or row.code_source
        for by in ("day", "week", "month", "year"):
            assert sum(r.events for r in store.dyads(by=by, codes=True).rows) >= 0
        copy.restore(store.dump())
        assert copy.stats() == store.stats()
        assert list(copy.dump()) == list(store.dump())
