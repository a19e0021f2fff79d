"""Cross-article identity: which stored actor, if any, an article's entity is."""

from __future__ import annotations

import pytest

from newsgraph.records import Entity
from newsgraph.resolve.identity import (
    Candidate,
    Match,
    canonical_name,
    compatible,
    kb_agrees,
    match,
)

BASHAR = Candidate(1, "PERSON", "Bashar Al-Assad", ("Bashar Al-Assad", "Assad"))
RIFAAT = Candidate(2, "PERSON", "Rifaat Assad", ("Rifaat Assad", "Assad"))
HAFEZ = Candidate(3, "PERSON", "Hafez al-Assad", ("Hafez al-Assad",))
ASSAD_BUCKET = Candidate(4, "PERSON", "Assad", ("Assad",))
PUTIN_SURNAME = Candidate(5, "PERSON", "Putin", ("Putin",))
VLADIMIR_PUTIN = Candidate(6, "PERSON", "Vladimir Putin", ("Vladimir Putin", "Putin"))
TURKEY = Candidate(10, "GPE", "Turkey", ("Turkey", "Ankara"))
TURKEY_ORG = Candidate(11, "ORG", "Turkey", ("Turkey",))
ANKARA_CITY = Candidate(12, "GPE", "Ankara", ("Ankara",))
UN = Candidate(20, "ORG", "United Nations", ("United Nations", "UN"))
SYRIANS = Candidate(30, "NORP", "Syrian", ("Syrian", "Syrians"))
MOSCOW_LOC = Candidate(40, "LOC", "Moscow", ("Moscow",))


MAMLOUK = Candidate(50, "PERSON", "Ali Mamlouk", ("Ali Mamlouk", "Mamlouk"))
MOHAMMED_HASSAN = Candidate(51, "PERSON", "Mohammed Hassan", ("Mohammed Hassan",))
HEZBOLLAH = Candidate(52, "ORG", "Hezbollah", ("Hezbollah",))
ALI_HUSSEIN = Candidate(53, "PERSON", "Ali Hussein", ("Ali Hussein",))

TURKEY_KB = Candidate(13, "GPE", "Turkey", ("Turkey", "Ankara"), {"geonameid": 298795})


def entity(name: str, type: str = "PERSON", *aliases: str, kb: dict | None = None) -> Entity:
    return Entity(id="e1", name=name, type=type, aliases=aliases, kb=kb)


@pytest.mark.parametrize(
    ("ent", "candidates", "expected"),
    [
        # same name key: case, diacritics, al-/Al- and possessives do not matter
        (entity("Bashar Assad"), [BASHAR], 1),
        (entity("Bashar al-Assad"), [RIFAAT, BASHAR, HAFEZ], 1),
        (entity("BASHAR AL-ASSAD"), [BASHAR], 1),
        (entity("Báshar Al-Assad’s"), [BASHAR], 1),
        # a full name alias links when exactly one actor holds it
        (entity("Bashar", "PERSON", "Bashar Assad"), [BASHAR], 1),
        # different first names are different people, whatever the surname alias says
        (entity("Rifaat Assad", "PERSON", "Assad"), [BASHAR], None),
        (entity("Hafez al-Assad"), [BASHAR, RIFAAT], None),
        (entity("Bashar Al-Assad", "PERSON", "Assad"), [RIFAAT, HAFEZ], None),
        # a surname alone joins the only person of that surname ...
        (entity("Assad"), [BASHAR], 1),
        (entity("Assad"), [BASHAR, UN, TURKEY], 1),
        (entity("Putin"), [VLADIMIR_PUTIN], 6),
        # ... and nobody when several people share it
        (entity("Assad"), [BASHAR, RIFAAT], None),
        (entity("Assad"), [BASHAR, HAFEZ], None),
        # except the surname-only actor made for exactly that ambiguity
        (entity("Assad"), [BASHAR, RIFAAT, ASSAD_BUCKET], 4),
        (entity("Assad"), [ASSAD_BUCKET], 4),
        # a full name absorbs a surname-only actor when it is the only person so named
        (entity("Vladimir Putin"), [PUTIN_SURNAME], 5),
        (entity("Bashar Assad"), [ASSAD_BUCKET, RIFAAT], None),
        (entity("Vladimir Putin"), [PUTIN_SURNAME, VLADIMIR_PUTIN], 6),
        # types must be compatible
        (entity("Assad", "ORG"), [BASHAR], None),
        (entity("Turkey", "ORG"), [TURKEY], None),
        (entity("Turkey", "ORG"), [TURKEY, TURKEY_ORG], 11),
        (entity("Turkey", "GPE"), [TURKEY_ORG], None),
        (entity("Moscow", "GPE"), [MOSCOW_LOC], 40),
        (entity("Moscow", "FAC"), [MOSCOW_LOC], 40),
        (entity("Syrians", "NORP"), [SYRIANS], 30),
        (entity("Syrians", "GPE"), [SYRIANS], None),
        (entity("United Nations", "PERSON"), [UN], None),
        # other types: same name key, or one alias shared with exactly one actor
        (entity("Türkiye", "GPE", "Turkey"), [TURKEY], 10),
        (entity("Ankara", "GPE"), [TURKEY], 10),
        (entity("the UN", "ORG"), [UN], None),
        (entity("U.N.", "ORG", "UN"), [UN], 20),
        (entity("Türkiye", "GPE", "Ankara"), [TURKEY, ANKARA_CITY], None),
        # knowledge-base ids must not disagree
        (entity("Ankara", "GPE", kb={"geonameid": 323786}), [TURKEY_KB], None),
        (entity("Ankara", "GPE", kb={"geonameid": 323786}), [TURKEY_KB, ANKARA_CITY], 12),
        (entity("Ankara", "GPE"), [TURKEY_KB], 13),
        (entity("Turkey", "GPE", kb={"geonameid": 298795, "lat": 39.0}), [TURKEY_KB], 13),
        (entity("Turkey", "GPE", kb={"country_code": "TR"}), [TURKEY_KB], 13),
        # transliteration variants are one name ...
        (entity("Ali Mamluk"), [MAMLOUK], 50),
        (entity("Mamluk"), [MAMLOUK], 50),
        (entity("Muhammad Hasan"), [MOHAMMED_HASSAN], 51),
        (entity("Mohamed Hassan", "PERSON", "Hassan"), [MAMLOUK, MOHAMMED_HASSAN], 51),
        (entity("Hizballah", "ORG"), [HEZBOLLAH], 52),
        (entity("Ali Husayn"), [ALI_HUSSEIN], 53),
        # ... but different names stay different people
        (entity("Ala Mamlouk"), [MAMLOUK], None),
        (entity("Mohammed Hussein"), [MOHAMMED_HASSAN], None),
        (entity("Ali Hassan"), [ALI_HUSSEIN], None),
        (entity("Sami Mamlouk"), [Candidate(54, "PERSON", "Salma Mamlouk")], None),
        (entity("Mahmoud Hassan"), [MOHAMMED_HASSAN], None),
        # nothing to go on
        (entity("Assad"), [], None),
        (entity("Nobody Atall"), [BASHAR, RIFAAT, TURKEY], None),
        (entity("'", "ORG"), [UN], None),
    ],
)
def test_match(ent, candidates, expected):
    found = match(ent, candidates)
    assert (found.actor_id if found else None) == expected


@pytest.mark.parametrize(
    ("ent", "candidates", "words"),
    [
        (entity("Bashar Assad"), [BASHAR], ["same name", "Bashar Al-Assad"]),
        (entity("Assad"), [BASHAR], ["surname", "Assad", "Bashar Al-Assad", "only person"]),
        (entity("Vladimir Putin"), [PUTIN_SURNAME], ["full name", "surname", "Putin"]),
        (entity("Türkiye", "GPE", "Turkey"), [TURKEY], ["alias", "Turkey", "Türkiye"]),
        (entity("Assad"), [BASHAR, RIFAAT, ASSAD_BUCKET], ["same name", "several"]),
        (entity("Ali Mamluk"), [MAMLOUK], ["'Ali Mamluk' spelled as 'Ali Mamlouk'"]),
        (entity("Hizballah", "ORG"), [HEZBOLLAH], ["spelled as", "Hezbollah"]),
    ],
)
def test_every_merge_says_why(ent, candidates, words):
    found = match(ent, candidates, article_id="abc123")
    assert isinstance(found, Match)
    for word in words:
        assert word in found.evidence
    assert "in article abc123" in found.evidence


def test_first_of_several_same_name_actors_wins_for_stability():
    twin = Candidate(7, "PERSON", "Bashar Assad", ("Bashar Assad",))
    assert match(entity("Bashar al-Assad"), [BASHAR, twin]).actor_id == 1


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [("PERSON", "PERSON", True), ("GPE", "LOC", True), ("FAC", "GPE", True),
     ("ORG", "ORG", True), ("NORP", "NORP", True), ("PERSON", "ORG", False),
     ("GPE", "ORG", False), ("NORP", "GPE", False), ("EVENT", "LAW", False),
     ("EVENT", "EVENT", True)],
)
def test_compatible_types(a, b, ok):
    assert compatible(a, b) is ok


@pytest.mark.parametrize(
    ("current", "seen", "kept"),
    [
        ("Assad", "Bashar Al-Assad", "Bashar Al-Assad"),
        ("Bashar Al-Assad", "Bashar Assad", "Bashar Al-Assad"),
        ("Bashar Al-Assad", "Bashar al-Assad", "Bashar Al-Assad"),
        ("Bashar Al-Assad", "Assad", "Bashar Al-Assad"),
        ("Putin", "Vladimir Putin", "Vladimir Putin"),
        ("Vladimir Putin", "Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin"),
    ],
)
def test_canonical_name_is_the_longest_full_name_first_seen(current, seen, kept):
    assert canonical_name(current, seen) == kept


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [(None, None, True), ({}, {"geonameid": 1}, True), ({"geonameid": 1}, {"geonameid": 1}, True),
     ({"geonameid": 1}, {"geonameid": 2}, False), ({"wikidata": "Q1"}, {"wikidata": "Q2"}, False),
     ({"geonameid": 1, "lat": 1.0}, {"geonameid": 1, "lat": 1.5}, True),
     ({"geonameid": 1}, {"wikidata": "Q2"}, True)],
)
def test_kb_agrees(a, b, ok):
    assert kb_agrees(a, b) is ok


def test_a_name_merged_by_hand_is_trusted_even_when_one_word():
    from newsgraph.records import Entity
    from newsgraph.resolve.identity import Candidate, match

    erdogan = Candidate(7, "PERSON", "Recep Tayyip Erdogan", ("Erdogan", "Reis"),
                        confirmed=("Reis",))
    found = match(Entity(id="p", name="Reis", type="PERSON"), [erdogan])
    assert found is not None and found.actor_id == 7 and "by hand" in found.evidence
    assert match(Entity(id="p", name="Reis", type="PERSON"),
                 [Candidate(7, "PERSON", "Recep Tayyip Erdogan", ("Erdogan", "Reis"))]) is None


def test_a_group_joins_only_a_group_of_the_same_name_and_country():
    from newsgraph.resolve.identity import Candidate, match

    kenyan = {"kind": "group", "head": "police", "country_code": "KE"}
    stored = [Candidate(1, "ORG", "police", (), kb=kenyan),
              Candidate(2, "ORG", "police", (), kb={**kenyan, "country_code": "GE"})]
    police = Entity("org:police", "police", "ORG", kb=kenyan)
    assert match(police, stored).actor_id == 1
    nowhere = Entity("org:police", "police", "ORG", kb={"kind": "group", "head": "police"})
    assert match(nowhere, stored) is None
    named = Entity("org:police", "Police", "ORG")  # a name, not a group: not merged into one
    assert match(named, stored) is None
