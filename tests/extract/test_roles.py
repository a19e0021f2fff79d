"""Roles stated for people, read without the parser."""

from __future__ import annotations

import pytest

from newsgraph.extract.entities import find_mentions
from newsgraph.extract.roles import find_roles
from newsgraph.gazetteer import gazetteer

pytestmark = pytest.mark.slow


def roles(nlp, text):
    doc = nlp(text)
    gaz = gazetteer()
    return [(r.holder.text, r.role, r.of.text if r.of else None)
            for r in find_roles(doc, find_mentions(doc, gaz), gaz)]


@pytest.mark.parametrize("text, expected", [
    # a demonym before an office says whose office it is
    ("Egyptian President Abdel Fattah al-Sisi spoke to reporters in Cairo.",
     [("Abdel Fattah al-Sisi", "President", "Egyptian")]),
    # a possessive owner, and a demonym, on two people in one sentence
    ("Iraqi Foreign Minister Fuad Hussein met Jordan's Interior Minister Mazen al-Faraya in Amman.",
     [("Fuad Hussein", "Foreign Minister", "Iraqi"), ("Mazen al-Faraya", "Interior Minister", "Jordan")]),
    # the possessive owner is shared across 'and'
    ("Canada's Foreign Minister Jane Roe and trade envoy John Doe visited Ottawa.",
     [("Jane Roe", "Foreign Minister", "Canada"), ("John Doe", "trade envoy", "Canada")]),
    # an organisation before the title
    ("Amnesty International researcher Sara Khan said the report was accurate.",
     [("Sara Khan", "researcher", "Amnesty International")]),
    # a relation to an organisation or country is a role of it; a state body is part of the title
    ("The talks angered Hamas ally Omar Haddad and Kremlin critic Ilya Petrov.",
     [("Omar Haddad", "ally", "Hamas"), ("Ilya Petrov", "Kremlin critic", "Kremlin")]),
    ("Russia's Foreign Ministry spokesperson Maria Petrova denied it.",
     [("Maria Petrova", "Foreign Ministry spokesperson", "Russia")]),
    ("Lahore High Court Chief Justice Ali Raza ordered a hearing.",
     [("Ali Raza", "Lahore High Court Chief Justice", "Lahore High Court")]),
    # a portfolio written out with 'for'
    ("Canada's Minister for Foreign Affairs Jane Roe arrived.",
     [("Jane Roe", "Minister for Foreign Affairs", "Canada")]),
    ("Chile's Presidential Commissioner for Children's Rights Maria Alekseyevna Petrova was named.",
     [("Maria Alekseyevna Petrova", "Presidential Commissioner for Children's Rights", "Chile")]),
    # an unnamed body a possessive owns, in an apposition
    ("The envoy met Ali Saleh, head of the Houthis' supreme political council, in the capital.",
     [("Ali Saleh", "head of the Houthis' supreme political council", "Houthis")]),
    # a title set off before a name, with an 'of' phrase or a possessive
    ("The president of neighbouring Ghana, John Mensah, was heading to Lome.",
     [("John Mensah", "president", "Ghana")]),
    ("Lebanon's president, Michel Aoun, announced the deal on Thursday.",
     [("Michel Aoun", "president", "Lebanon")]),
    # titles with 'of' in them
    ("US Secretary of State Marco Rubio stressed that talks would go on.",
     [("Marco Rubio", "Secretary of State", "US")]),
    # an owner with its acronym in brackets before the title
    ("Department of Foreign Affairs (DFA) spokesperson Maria Santos told reporters.",
     [("Maria Santos", "spokesperson", "Department of Foreign Affairs")]),
    # before a person noun a demonym is a nationality, not an owner
    ("Kenyan athlete Mary Wanjiru won the race in Nairobi.", [("Mary Wanjiru", "athlete", None)]),
    ("Lebanese journalist Rania Haddad, a former correspondent for the paper, was detained.",
     [("Rania Haddad", "journalist", None), ("Rania Haddad", "former correspondent", None)]),
    # 'regime' stands for the government the article names
    ("The Syrian regime sent troops. Later, regime Defence Minister Ali Hassan visited Aleppo.",
     [("Ali Hassan", "Defence Minister", "Syrian")]),
    # appositions: with a named owner, a possessive owner, or a plain noun phrase
    ("John Doe, director of the World Health Organization, resigned.",
     [("John Doe", "director", "World Health Organization")]),
    ("Maria Lopez, Brazil's environment minister, flew to Belem.",
     [("Maria Lopez", "environment minister", "Brazil")]),
    ("Bernard Weber, a former prisoner of the regime, said he was tortured.",
     [("Bernard Weber", "former prisoner of the regime", None)]),
    # a bare national office after a people's stance towards it
    ("Venezuelans opposed to President Nicolas Maduro marched in Caracas.",
     [("Nicolas Maduro", "President", "Venezuelans")]),
    # a title may run over a hard-wrapped line
    ("Indian Prime Minister\nNarendra Modi arrived in Geneva.", [("Narendra Modi", "Prime Minister", "Indian")]),
    # a bare national office takes the country whose government the sentence names before it
    ("The Peruvian foreign ministry quoted Foreign Minister Ana Cruz as saying it was a success.",
     [("Ana Cruz", "Foreign Minister", "Peruvian")]),
    ("Chilean President Luis Rojas met President Ana Cruz in Lima.",
     [("Luis Rojas", "President", "Chilean"), ("Ana Cruz", "President", None)]),
    # ... but not a country only named beside it, nor one inside a quotation
    ("Peruvian troops crossed the border, President Ana Cruz said.", [("Ana Cruz", "President", None)]),
    ('"Chile is wrong," Prime Minister Ana Cruz said.', [("Ana Cruz", "Prime Minister", None)]),
    # a title set off before one name is shared by the next owner and name joined by 'and'
    ("The deal was signed by the chief negotiators of the Chilean government, Pablo Soto, "
     "and the FARC, Maria Petrova, on Friday.",
     [("Pablo Soto", "chief negotiators", "Chilean"), ("Maria Petrova", "chief negotiators", "FARC")]),
    # ... a singular one is not shared
    ("The president of Chile, Pablo Soto, and the FARC, Maria Petrova, met on Friday.",
     [("Pablo Soto", "president", "Chile")]),
    # ... not by a name listed after a plain comma
    ("The chief negotiator of the Chilean government, Pablo Soto, met Maria Petrova, in Lima.",
     [("Pablo Soto", "chief negotiator", "Chilean")]),
    # ... nor one in another clause, nor one that is someone else's title
    ("The Peruvian foreign ministry denied it, Foreign Minister Ana Cruz said.",
     [("Ana Cruz", "Foreign Minister", None)]),
    ("Chilean President Luis Rojas met Prime Minister Maria Petrova in Lima.",
     [("Luis Rojas", "President", "Chilean"), ("Maria Petrova", "Prime Minister", None)]),
    # 'of parliament' is the one legislature the story names, if only one
    ("Congress voted on Monday. The decision was announced by the speaker of parliament, "
     "Luis Ortega, after the vote.", [("Luis Ortega", "speaker", "Congress")]),
    ("The Senate and Congress voted on Monday. The decision was announced by the speaker of "
     "parliament, Luis Ortega, after the vote.", [("Luis Ortega", "speaker", None)]),
    # nothing: a verb is not a title, a list of names is not an apposition
    ("The film stars Tom Hanks and Meg Ryan.", []),
    ("Eduard Smith, Anna Jones and Carl Brown attended the dinner.", []),
    ("Tom Hanks arrived.", []),
    ("", []),
])
def test_roles(nlp, text, expected):
    assert roles(nlp, text) == expected
