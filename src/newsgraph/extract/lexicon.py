"""Word lists the extractors use to read roles and names without a parse.

All entries are lower-case. A *role phrase* is a run of modifiers ending in a head noun
("Defence Minister", "intelligence chief", "political activist"), written before a name or
after it as an apposition.

Heads come in two kinds, because a demonym before them means different things: before an
*office* ("Syrian President X") it names whose office it is (the role is *of* Syria); before
a *person* noun ("Syrian political activist X") it is only a nationality.
"""

from __future__ import annotations

# Offices: positions held in or for an organisation or a country.
OFFICE_HEADS = frozenset({
    "president", "vice-president", "president-elect", "minister", "premier", "chancellor",
    "king", "queen", "prince", "princess", "emir", "sultan", "monarch", "ayatollah",
    "governor", "mayor", "senator", "congressman", "congresswoman", "ambassador", "envoy",
    "secretary", "secretary-general", "chairman", "chairwoman", "chair", "chairperson",
    "chief", "director", "director-general", "head", "leader", "commander", "general",
    "admiral", "colonel", "major", "lieutenant", "spokesperson", "spokesman", "spokeswoman",
    "ceo", "founder", "co-founder", "manager", "coach", "captain", "boss", "judge",
    "prosecutor", "attorney", "mp", "lawmaker", "legislator", "deputy", "adviser",
    "advisor", "official", "officer", "diplomat", "negotiator", "speaker", "representative",
    "commissioner", "inspector", "administrator", "treasurer", "editor", "owner",
    "executive", "pope", "patriarch", "archbishop", "bishop", "mufti", "rapporteur",
    "constable",
})

# People described by what they do or are; a demonym before them is a nationality.
PERSON_HEADS = frozenset({
    "activist", "journalist", "reporter", "correspondent", "analyst", "researcher",
    "expert", "economist", "lawyer", "doctor", "physician", "surgeon", "nurse", "writer",
    "author", "poet", "novelist", "artist", "singer", "musician", "actor", "actress",
    "comedian", "presenter", "broadcaster", "host", "filmmaker", "producer", "photographer",
    "blogger", "commentator", "historian", "professor", "scholar", "academic", "scientist",
    "engineer", "teacher", "student", "resident", "refugee", "prisoner", "detainee",
    "survivor", "witness", "dissident", "critic", "opponent", "campaigner", "protester",
    "ally", "rival", "loyalist", "confidant",
    "businessman", "businesswoman", "entrepreneur", "investor", "banker", "tycoon",
    "billionaire", "fighter", "militant", "soldier", "cleric", "imam", "priest", "rabbi",
    "player", "striker", "midfielder", "defender", "goalkeeper", "athlete", "champion",
    "star", "designer", "chef", "volunteer", "worker", "farmer", "citizen", "veteran",
})

ROLE_HEADS = OFFICE_HEADS | PERSON_HEADS

# Offices held for a country when the text does not say whose ("President X").
NATIONAL_OFFICES = frozenset({
    "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
    "monarch",
})

# Words that may stand before a head inside a role phrase.
ROLE_MODIFIERS = frozenset({
    "former", "ex", "then", "acting", "interim", "outgoing", "incoming", "designate",
    "deputy", "vice", "assistant", "associate", "junior", "senior", "chief", "top", "prime",
    "first", "grand", "crown", "shadow", "executive", "managing", "general", "principal",
    "foreign", "defence", "defense", "interior", "home", "finance", "treasury", "economy",
    "economic", "justice", "health", "education", "trade", "industry", "energy", "oil",
    "agriculture", "information", "culture", "transport", "environment", "labour", "labor",
    "security", "national", "intelligence", "military", "army", "navy", "naval", "air",
    "police", "media", "social", "political", "opposition", "human", "rights", "civil",
    "society", "state", "press", "communications", "affairs", "cabinet", "party",
    "campaign", "union", "regional", "local", "provincial", "federal", "independent",
    "freelance", "investigative", "veteran", "prominent", "leading", "rebel", "democracy",
    "environmental", "climate", "digital", "technology", "business", "sports", "sport",
    "arts", "film", "music", "football", "cricket", "rugby", "tennis", "team", "club",
    "group", "company", "bank", "central", "supreme", "court", "joint", "staff", "war",
    "peace", "refugee", "aid", "relief", "news", "tv", "television", "radio", "legal",
    "medical", "women's", "youth", "student", "religious", "tribal", "militia", "field",
})

ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS

# "the regime's Defence Minister": words that stand for the government named elsewhere.
GOVERNMENT_WORDS = frozenset({"regime", "government"})

# Titles of address trimmed from the front of a person's name.
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir",
    "dame", "lord", "lady", "sheikh", "shaikh", "sheik", "mx", "rev", "rev.", "st", "st.",
})

# Honorifics that also begin places' names ('St Louis'): trimmed from people's names only.
SAINTS = frozenset({"st", "st."})

# Letters after a name that are not part of it: 'Paul Boateng MP'.
POST_NOMINALS = frozenset({
    "mp", "mep", "msp", "mla", "qc", "kc", "obe", "mbe", "cbe", "kbe", "phd",
})

# Last words that make a name a law or treaty rather than an organisation.
LAW_HEADS = frozenset({
    "act", "agreement", "treaty", "accord", "accords", "convention", "protocol", "charter",
    "bill", "law", "directive", "pact", "memorandum",
})

DETERMINERS = frozenset({"the", "a", "an"})


def singular(word: str) -> str:
    """'ministers' -> 'minister', 'spokesmen' -> 'spokesman' (for role heads only)."""
    word = word.lower()
    if word.endswith("men") and word[:-3] + "man" in ROLE_HEADS:
        return word[:-3] + "man"
    if word.endswith("s") and word[:-1] in ROLE_HEADS:
        return word[:-1]
    return word


def is_head(word: str) -> bool:
    return singular(word) in ROLE_HEADS


def is_office(word: str) -> bool:
    return singular(word) in OFFICE_HEADS


def is_role_word(word: str) -> bool:
    return singular(word) in ROLE_WORDS
