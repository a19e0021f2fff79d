"""The sector lexicon: role words and names read into a sector, with no parse."""

from __future__ import annotations

import pytest

from newsgraph.resolve.sectors import Lexicon, lexicon, words


def _sector(text: str, where: str = "role") -> str | None:
    reading = lexicon().read(text, where)
    entry = reading.modifier or next((e for e in reading.heads if e.sector), None)
    return entry.sector if entry else None


@pytest.mark.parametrize("role, sector", [
    ("Defence Minister", "GOV"),
    ("Prime Minister", "GOV"),
    ("Vice-President", "GOV"),
    ("top diplomat", "GOV"),
    ("intelligence chief", "SPY"),
    ("army chief of staff", "MIL"),
    ("opposition leader", "OPP"),
    ("Prosecutor General", "JUD"),  # not a general of the army
    ("attorney general", "JUD"),
    ("police officer", "COP"),
    ("lawmakers", "LEG"),
    ("political activist", "CVL"),
    ("media activist", "CVL"),
    ("journalist", "MED"),
    ("tycoon", "BUS"),
    ("cleric and political leader", "REL"),  # a leader of what is not said; a cleric is
    ("former prisoner of the regime", "CVL"),  # the owner's words are not the post's
    ("spokesperson", None),
    ("ally", None),
    ("author", None),
])
def test_role_words_give_a_sector(role, sector):
    assert _sector(role) == sector


@pytest.mark.parametrize("name, sector", [
    ("Syrian opposition activists", "OPP"),
    ("Iraqi protesters", "CVL"),
    ("police", "COP"),
    ("the army", "MIL"),
    ("Rapid Support Forces", "MIL"),
    ("National Liberation Army", "REB"),
    ("People's Liberation Army", "MIL"),
    ("International Criminal Court", "IGO"),
    ("Islamabad High Court", "JUD"),
    ("Amnesty International", "NGO"),
    ("Treasury Department", "GOV"),
    ("Moscow Stock Exchange", "BUS"),
    ("NBC News", "MED"),
    ("General Motors", None),  # 'general' is a rank only in a role
    ("Rosneft", None),
])
def test_names_give_a_sector(name, sector):
    assert _sector(name, "name") == sector


@pytest.mark.parametrize("role, ended, future", [
    ("former president", True, False),
    ("ex-minister", True, False),
    ("President-elect", False, True),
    ("President", False, False),
])
def test_whether_a_role_is_held(role, ended, future):
    reading = lexicon().read(role, "role")
    assert (reading.ended, reading.future) == (ended, future)


def test_person_nouns_are_told_from_posts():
    assert lexicon().read("critic", "role").person_noun
    assert not lexicon().read("Foreign Minister", "role").person_noun


def test_words_fold_case_possessives_and_hyphens():
    assert words("Peruvian Public Prosecutor’s Office") == ["peruvian", "public", "prosecutor",
                                                            "office"]
    assert words("Vice-President") == ["vice", "president"]
    assert lexicon().singular("forces") == "force"
    assert lexicon().singular("spokesmen") == "spokesman"


def test_every_entry_names_a_known_sector():
    lex = Lexicon.load()
    assert lex.order[0] == "GOV"
    assert {"GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "IGO",
            "NGO"} <= set(lex.sectors)


@pytest.mark.parametrize("role, sector", [
    ("former PM", "GOV"), ("undersecretary", "GOV"), ("dictator", "GOV"),
    ("police commissioner", "COP"), ("Chief Justice", "JUD"),
])
def test_more_posts(role, sector):
    assert _sector(role) == sector
