"""Coreference inside one article (extract/coref), on small texts written for the tests."""

from __future__ import annotations

import pytest

from newsgraph.records import Mention, Reference

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.extract.nlp import load_nlp
    from newsgraph.settings import Settings

    return load_nlp(Settings())


def references(nlp, text: str) -> list[Reference]:
    from newsgraph.extract.coref import find_references
    from newsgraph.extract.entities import find_mentions
    from newsgraph.extract.roles import find_roles
    from newsgraph.gazetteer import gazetteer

    gaz = gazetteer()
    doc = nlp(text)
    found = find_mentions(doc, gaz)
    return find_references(doc, [f.to_mention() for f in found], find_roles(doc, found, gaz), gaz)


def antecedent(refs: list[Reference], text: str, words: str, nth: int = 0) -> str | None:
    start = [i for i in range(len(text)) if text.startswith(words, i)][nth]
    hit = next((r for r in refs if r.start == start and r.text == words), None)
    return hit.antecedent.text if hit else None


# (text, the words that refer, which occurrence, the words they stand for)
CASES = [
    # pronouns: the person who opens the sentence before, with gender
    ("Maria Lindqvist arrived in Oslo on Monday. She said the talks would go on.",
     "She", 0, "Maria Lindqvist"),
    ("Sarah Cole met Mr. Daniel Reeve on Monday. He said nothing was agreed.",
     "He", 0, "Daniel Reeve"),
    ("Shortly before setting out for the court, Tomas Berg was calm. He said he was ready.",
     "He", 0, "Tomas Berg"),
    # a possessive looks in its own sentence first
    ("Anna Berg thanked Peter Olsen. Later Olsen lost his temper.", "his", 0, "Olsen"),
    # roles with their owner and modifiers
    ("Syrian President Ahmed Haddad met Turkish Foreign Minister Emre Aksoy in Ankara. "
     "The Syrian leader said the meeting was useful.", "The Syrian leader", 0, "Ahmed Haddad"),
    ("Syrian President Ahmed Haddad met Turkish Foreign Minister Emre Aksoy in Ankara. "
     "The foreign minister said little.", "The foreign minister", 0, "Emre Aksoy"),
    # a counterpart named only in the next sentence, with its owner
    ("Libya suspended Foreign Minister Najla Omar after her Israeli counterpart spoke. "
     "Israeli Foreign Minister Eli Levy had met her in Rome.",
     "her Israeli counterpart", 0, "Eli Levy"),
    # a role opening the story's people: the one named next by one name never given in full
    ("Brazil's ambassador was summoned on Monday. Protests went on in the capital. "
     "\u201cWe have summoned Ambassador Duarte,\u201d Foreign Minister Ana Lopes said.",
     "Brazil's ambassador", 0, "Duarte"),
    # 'the late activist' is the one the article called 'the late ...', not the last named
    ("Mourners honoured the late Kremlin critic Alexei Petrov. Police detained Ivan Sokol, "
     "a libertarian, on Tuesday. The late activist's allies protested.",
     "The late activist", 0, "Alexei Petrov"),
    # organisations: a named one that holds the noun, else the last one described
    ("The International Criminal Court issued a warrant. The court said judges agreed.",
     "The court", 0, "International Criminal Court"),
    ("The Libyan foreign ministry denied the meeting. The ministry said it was by chance.",
     "The ministry", 0, "The Libyan foreign ministry"),
    # a general person noun: the last actor described with it
    ("A senior White House official told reporters the plan was ready. "
     "\u201cWe are done,\u201d the official said.", "the official", 0,
     "A senior White House official"),
    # a document speaks for whoever issued it
    ("Tripoli issued a statement on Sunday. The statement said the meeting was unofficial.",
     "The statement", 0, "Tripoli"),
    ("Prime Minister Ali Kareem said in a statement that the embassy would close. "
     "However, the statement also said talks would go on.", "the statement", 0, "Ali Kareem"),
    # 'it' before a reporting verb: the last organisation that spoke
    ("\u201cThe talks will resume,\u201d Iranian state television said. It added that the "
     "ministers would meet.", "It", 0, "Iranian state television"),
    # shorter names and acronyms
    ("Chinese Foreign Minister Wang Yi arrived on Monday. Wang said the deal was historic.",
     "Wang", 1, "Wang Yi"),
    ("Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani spoke first. "
     "Sheikh Mohammed said the talks went well.", "Mohammed", 1,
     "Mohammed bin Abdulrahman Al-Thani"),
    ("President Ferdinand Marcos Jr. spoke on Monday. Marcos said the shoal was theirs.",
     "Marcos", 1, "Ferdinand Marcos Jr."),
    ("The government and the National Liberation Army (ELN) signed a deal. The ELN said it "
     "would respect it.", "ELN", 1, "National Liberation Army"),
    ("The International Criminal Court issued a warrant. The ICC said judges agreed.",
     "ICC", 0, "International Criminal Court"),
    ("The Treasury Department announced sanctions. Treasury is ready to act, it said.",
     "Treasury", 1, "Treasury Department"),
]


@pytest.mark.parametrize("text,words,nth,expected", CASES)
def test_references(nlp, text, words, nth, expected):
    assert antecedent(references(nlp, text), text, words, nth) == expected


NOTHING = [
    # a pronoun inside a quote is the quoted speaker's
    ("Maria Lindqvist arrived in Oslo. \u201cHe never called,\u201d she said.", "He", 0),
    # 'officials' are never 'he'
    ("Campaign officials met on Monday. He said nothing.", "He", 0),
    # two people of one surname: a bare surname is left alone
    ("Donald Reed and Mary Reed met voters. Reed said the race was close.", "Reed", 2),
    # 'his counterpart' is someone else, and none with that owner is named
    ("Foreign Minister Eli Levy spoke with his Italian counterpart on Monday.",
     "his Italian counterpart", 0),
    # ... not someone named in full, nor one whose stated role does not fit
    ("Brazil's ambassador was summoned on Monday. President Carlos Duarte said it was wrong.",
     "Brazil's ambassador", 0),
    # no one issued an announcement before, and 'Saudi Arabia' after the comma is no apposition
    ("Shortly after the announcement, Saudi Arabia confirmed the deal.", "the announcement", 0),
]


@pytest.mark.parametrize("text,words,nth", NOTHING)
def test_no_reference(nlp, text, words, nth):
    assert antecedent(references(nlp, text), text, words, nth) is None


def test_reference_record_round_trip():
    ref = Reference(10, 12, "he", Mention(0, 9, "Ann Lee", "PERSON"), "he: the nearest person")
    assert Reference.from_dict(ref.to_dict()) == ref
    assert ref.to_dict()["antecedent"]["text"] == "Ann Lee"


def test_the_extraction_carries_the_references(nlp):
    from newsgraph.extract import extract
    from newsgraph.records import CleanArticle
    from newsgraph.settings import Settings

    text = "Maria Lindqvist arrived in Oslo on Monday. She said the talks would go on."
    extraction = extract(CleanArticle(text=text), Settings(), nlp)
    she = next(r for r in extraction.references if r.text == "She")
    assert she.antecedent.text == "Maria Lindqvist" and she.evidence.startswith("She: ")
