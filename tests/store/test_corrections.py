"""An analyst's merges and splits: applied at once, kept by later ingests."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.errors import NewsgraphError


@pytest.fixture
def two_spellings(store, make_article, ent):
    """Two articles whose spellings identity alone does not join (a nickname)."""
    first = make_article("Recep Tayyip Erdogan spoke in Ankara. Erdogan smiled.",
                         ent("e", "Recep Tayyip Erdogan", aliases=["Erdogan"],
                             roles=[("spoke", None)]), published="2023-01-01")
    second = make_article("Reis, as supporters call him, spoke in Izmir.",
                          ent("r", "Reis"), published="2023-02-01")
    store.add(first)
    store.add(second)
    return store


def test_merge_folds_one_actor_into_the_other(two_spellings):
    dossier = two_spellings.merge("Erdogan", "Reis")
    assert dossier.name == "Recep Tayyip Erdogan"
    assert {n.name for n in dossier.names} == {"Recep Tayyip Erdogan", "Erdogan", "Reis"}
    assert len(dossier.articles) == 2
    assert any("merged by hand" in n.evidence for n in dossier.names if n.name == "Reis")
    assert len(two_spellings.entities(type="PERSON")) == 1


def test_a_merge_is_kept_by_later_ingests(two_spellings, make_article, ent):
    two_spellings.merge("Erdogan", "Reis")
    later = make_article("Reis returned to Istanbul.", ent("r", "Reis"), published="2023-03-01")
    two_spellings.add(later)
    assert len(two_spellings.dossier("Erdogan").articles) == 3


def test_merging_an_actor_with_itself_is_refused(two_spellings):
    with pytest.raises(NewsgraphError, match="already one actor"):
        two_spellings.merge("Erdogan", "Recep Tayyip Erdogan")


@pytest.fixture
def two_assads(store, make_article, ent):
    """'Assad' alone (in fact the father) wrongly joined to Bashar Assad."""
    text = "Bashar Assad met envoys. In 1982, Assad ordered the siege of Hama."
    article = make_article(text, ent("b", "Bashar Assad", aliases=["Assad"]),
                           published="2024-01-01")
    quote = {"text": "the siege", "kind": "partial", "start": text.index("the siege"),
             "end": text.index("the siege") + 9, "cue": "ordered", "channel": None, "via": None,
             "speaker": {"text": "Assad", "start": text.rindex("Assad"),
                         "end": text.rindex("Assad") + 5, "entity": "b"}}
    store.add(dataclasses.replace(article, quotes=(quote,)))
    return store


def test_split_gives_a_name_its_own_actor_with_its_mentions_and_quotes(two_assads):
    new = two_assads.split("Bashar Assad", "Assad")
    assert new.name == "Assad" and [m.text for m in new.mentions] == ["Assad"]
    assert [q.text for q in new.said] == ["the siege"]
    bashar = two_assads.dossier("Bashar Assad")
    assert [m.text for m in bashar.mentions] == ["Bashar Assad"] and not bashar.said


def test_a_split_is_kept_by_later_ingests(two_assads, make_article, ent):
    new = two_assads.split("Bashar Assad", "Assad")
    two_assads.add(make_article("Assad built the dam.", ent("a", "Assad"), published="2024-02-01"))
    two_assads.add(make_article("Bashar Assad fled. Assad left Damascus.",
                                ent("b", "Bashar Assad", aliases=["Assad"]), published="2024-12-09"))
    assert len(two_assads.dossier(new.id).articles) == 2
    assert len(two_assads.dossier("Bashar Assad").articles) == 2


def test_splitting_a_name_the_actor_does_not_have_is_refused(two_assads):
    with pytest.raises(NewsgraphError, match="not known by the name"):
        two_assads.split("Bashar Assad", "Hafez")
