"""resolve_article: one article's mentions -> entities (no spaCy: mentions are made by hand)."""

from __future__ import annotations

import pytest

from newsgraph.records import CleanArticle, Extraction, Mention, RoleMention
from newsgraph.resolve import resolve_article
from newsgraph.settings import Settings


def mark(text: str, *names: tuple[str, str] | tuple[str, str, str]) -> tuple[Mention, ...]:
    """Mentions of each (surface, label[, source]) in turn, each found after the previous one."""
    out, pos = [], 0
    for name in names:
        surface, label, *source = name
        start = text.index(surface, pos)
        out.append(Mention(start, start + len(surface), surface, label, *source))
        pos = start + len(surface)
    return tuple(out)


def resolve(text, *names, roles=(), **clean):
    mentions = mark(text, *names)
    extraction = Extraction(mentions=mentions, roles=tuple(r(mentions) for r in roles))
    return resolve_article(CleanArticle(text=text, **clean), extraction, Settings())


def by_name(entities):
    return {e.name: e for e in entities}


@pytest.mark.parametrize("text, names, expected", [
    # spelling variants, possessives and surnames merge into the fullest name
    ("Bashar Al-Assad's rule ended. Bashar Assad fled. Assad's allies left.",
     [("Bashar Al-Assad", "PERSON"), ("Bashar Assad", "PERSON"), ("Assad", "PERSON")],
     {"Bashar Al-Assad": ("PERSON", ["Bashar Assad", "Assad"])}),
    # case variants stay as distinct aliases; a surname typed GPE joins the person
    ("Ahmed al-Sharaa met Putin. Al-Sharaa said so. The image of al-Sharaa spread.",
     [("Ahmed al-Sharaa", "PERSON"), ("Putin", "PERSON"), ("Al-Sharaa", "PERSON"), ("al-Sharaa", "GPE")],
     {"Ahmed al-Sharaa": ("PERSON", ["Al-Sharaa", "al-Sharaa"]), "Putin": ("PERSON", [])}),
    # two people share a surname: the bare surname stays apart
    ("Hafez Assad ruled, then Bashar Assad. Assad fled.",
     [("Hafez Assad", "PERSON"), ("Bashar Assad", "PERSON"), ("Assad", "PERSON")],
     {"Hafez Assad": ("PERSON", []), "Bashar Assad": ("PERSON", []), "Assad": ("PERSON", [])}),
    # a shorter form of a longer name joins it, not the middle one
    ("Abdel Rahman Al-Khuder wrote. Rahman Al-Khuder added. Al-Khuder left.",
     [("Abdel Rahman Al-Khuder", "PERSON"), ("Rahman Al-Khuder", "PERSON"), ("Al-Khuder", "PERSON")],
     {"Abdel Rahman Al-Khuder": ("PERSON", ["Rahman Al-Khuder", "Al-Khuder"])}),
    # a model's stray PERSON on a gazetteer-backed place does not win
    ("Palmyra fell. The Palmyra ruins are old.",
     [("Palmyra", "GPE", "gazetteer"), ("Palmyra", "PERSON")],
     {"Palmyra": ("GPE", [])}),
    # type by vote: the most frequent label
    ("Hama is quiet. Fighting in Hama. Hama residents fled.",
     [("Hama", "ORG"), ("Hama", "GPE"), ("Hama", "GPE")],
     {"Hama": ("GPE", [])}),
    # demonyms of one country are one NORP entity
    ("Syrians voted. Syrian officials agreed. Syrian media said so.",
     [("Syrians", "NORP"), ("Syrian", "NORP"), ("Syrian", "NORP")],
     {"Syrian": ("NORP", ["Syrians"])}),
    # a leading 'The' does not make another organisation
    ("The Media Line reported it. Media Line said so.",
     [("The Media Line", "ORG"), ("Media Line", "ORG")],
     {"The Media Line": ("ORG", ["Media Line"])}),
    # nothing in, nothing out
    ("Nothing happened.", [], {}),
])
def test_clusters(text, names, expected):
    got = {e.name: (e.type, list(e.aliases)) for e in resolve(text, *names)}
    assert got == expected


def test_mentions_ids_and_evidence():
    text = "Bashar Al-Assad's rule ended. Assad fled to Moscow."
    ents = by_name(resolve(text, ("Bashar Al-Assad", "PERSON"), ("Assad", "PERSON"), ("Moscow", "GPE")))
    assad = ents["Bashar Al-Assad"]
    assert assad.id == "person:bashar-al-assad"
    assert [(m.start, m.text) for m in assad.mentions] == [(0, "Bashar Al-Assad"), (30, "Assad")]
    assert assad.evidence == ("Assad: surname of Bashar Al-Assad",)
    assert ents["Moscow"].id == "gpe:moscow"


def test_ids_are_unique():
    text = "Jordan met Jordan's king. Michael Jordan watched."
    ents = resolve(text, ("Jordan", "PERSON"), ("Jordan", "GPE", "gazetteer"), ("Michael Jordan", "PERSON"))
    ids = [e.id for e in ents]
    assert len(ids) == len(set(ids))


def test_place_links():
    text = "Shelling hit Aleppo and Tartus in Syria. Jets flew from Hmeimim."
    ents = by_name(resolve(text, ("Aleppo", "GPE"), ("Tartus", "GPE"), ("Syria", "GPE"), ("Hmeimim", "FAC")))
    assert ents["Aleppo"].kb["geonameid"] == 170063
    assert ents["Aleppo"].kb["country_code"] == "SY"
    assert ents["Tartus"].kb["kind"] == "city"
    assert ents["Syria"].kb["kind"] == "country"
    assert ents["Hmeimim"].kb["kind"] == "base"
    assert ents["Hmeimim"].kb["lat"] == pytest.approx(35.4, abs=0.1)


@pytest.mark.parametrize("text, names, folded", [
    # a capital used only as an actor stands for its country
    ("Ankara supports rebel groups. Turkey wants a deal.", [("Ankara", "GPE"), ("Turkey", "GPE")], True),
    ("Moscow pushed back. Russia said no.", [("Moscow", "GPE"), ("Russia", "GPE")], True),
    # a capital that is also a location keeps its entity
    ("Talks were held in Moscow. Moscow pushed back. Russia said no.",
     [("Moscow", "GPE"), ("Moscow", "GPE"), ("Russia", "GPE")], False),
    # the object of 'to' before a participle is no subject: the city visited
    ("Biden made a trip to Kyiv organised in secrecy. Ukraine thanked him.",
     [("Kyiv", "GPE"), ("Ukraine", "GPE")], False),
    # a capital named after its description is a place, even where a verb follows it
    ("Police in the Georgian capital Tbilisi have dispersed crowds. Georgia said no.",
     [("Tbilisi", "GPE"), ("Georgia", "GPE")], False),
    # a capital used as a modifier is the city
    ("The London mayor spoke. The UK voted.", [("London", "GPE"), ("UK", "GPE")], False),
])
def test_capital_metonymy(text, names, folded):
    ents = by_name(resolve(text, *names))
    capital = names[0][0]
    country = names[-1][0]
    assert (capital not in ents) == folded
    if folded:
        assert capital in ents[country].aliases
        assert ents[country].name == country
        assert f"{capital}: capital used for the country's government" in ents[country].evidence


def test_a_capital_for_a_country_the_article_never_names_is_that_country():
    ents = by_name(resolve("Ankara supports rebel groups.", ("Ankara", "GPE")))
    turkey = next(e for e in ents.values() if "Ankara" in e.aliases)
    assert turkey.kb["kind"] == "country" and turkey.kb["country_code"] == "TR"
    assert any("capital used for the country's government" in x for x in turkey.evidence)


def test_roles_attach_with_owner_entities():
    text = "Syrian President Ahmed Musa met Turkey's Defence Minister Ali Kaya and Ahmed Musa."

    def role(holder, words, of=None):
        def make(mentions):
            h = next(m for m in mentions if m.text == holder)
            o = next(m for m in mentions if m.text == of) if of else None
            start = text.index(words)
            return RoleMention(words, h, start, start + len(words), o)
        return make

    ents = by_name(resolve(
        text, ("Syrian", "NORP"), ("Ahmed Musa", "PERSON"), ("Turkey", "GPE"), ("Ali Kaya", "PERSON"),
        ("Ahmed Musa", "PERSON"),
        roles=[role("Ahmed Musa", "President", "Syrian"), role("Ali Kaya", "Defence Minister", "Turkey"),
               role("Ahmed Musa", "President")]))
    # the demonym's country has no entity here: its name stands in; the bare repeat is dropped
    assert [(r.role, r.of) for r in ents["Ahmed Musa"].roles] == [("President", "Syria")]
    assert [(r.role, r.of) for r in ents["Ali Kaya"].roles] == [("Defence Minister", "gpe:turkey")]
    assert ents["Ali Kaya"].roles[0].start == text.index("Defence Minister")


def test_authors_become_people():
    text = "Rizik Alabi reported from Damascus for The Media Line."
    ents = by_name(resolve(text, ("Rizik Alabi", "PERSON"), ("Damascus", "GPE"), ("The Media Line", "ORG"),
                           authors=("Rizik Alabi", "Jane Roe"), outlet="The Media Line"))
    alabi, roe = ents["Rizik Alabi"], ents["Jane Roe"]
    assert len(alabi.mentions) == 1 and alabi.roles[0].role == "author"
    assert alabi.roles[0].of == "org:the-media-line"
    assert roe.type == "PERSON" and roe.mentions == () and roe.id == "person:jane-roe"
    assert "Jane Roe: named in the byline" in roe.evidence


def test_author_without_outlet_entity():
    ents = by_name(resolve("It rained.", authors=("Jane Roe",), outlet="Daily Planet"))
    assert [(r.role, r.of) for r in ents["Jane Roe"].roles] == [("author", "Daily Planet")]


def test_dropped_boilerplate_makes_no_entities():
    clean = dict(dropped=("Salem Media uses cookies", "Follow us on Twitter"))
    assert resolve("It rained.", **clean) == ()


def test_to_dict_round_trip():
    text = "Putin met Erdogan in Ankara."
    for e in resolve(text, ("Putin", "PERSON"), ("Erdogan", "PERSON"), ("Ankara", "GPE")):
        assert type(e).from_dict(e.to_dict()) == e


def test_a_capital_that_stands_for_its_country_keeps_the_mentions_of_a_journey_there():
    text = "Biden travelled to Kyiv by train. Kyiv stands firm, he said. Ukraine thanked him."
    ents = by_name(resolve(text, ("Kyiv", "GPE"), ("Kyiv", "GPE"), ("Ukraine", "GPE")))
    assert [m.start for m in ents["Kyiv"].mentions] == [text.index("Kyiv")]
    assert [m.text for m in ents["Ukraine"].mentions] == ["Kyiv", "Ukraine"]
    assert ents["Kyiv"].kb["country_code"] == "UA"
    text = "Police in the Georgian capital Tbilisi fired. Tbilisi would suspend talks, Georgia said."
    ents = by_name(resolve(text, ("Tbilisi", "GPE"), ("Tbilisi", "GPE"), ("Georgia", "GPE")))
    assert [m.start for m in ents["Tbilisi"].mentions] == [text.index("Tbilisi")]
    assert "Tbilisi" in ents["Georgia"].aliases
