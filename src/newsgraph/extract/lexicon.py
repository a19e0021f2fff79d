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
    "constable", "pm", "justice", "undersecretary", "counterpart", "member", "dictator",
    "ruler", "strongman", "vice-chairman", "laureate",
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
    "ally", "rival", "loyalist", "confidant", "libertarian", "nationalist", "conservative",
    "liberal", "socialist", "communist", "separatist", "tycoon", "magnate", "mogul",
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
    "maximum", "property", "vice",
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

# Nouns that describe an organisation acting or speaking ('the ministry said', 'the court
# ruled'), for coreference: a definite one stands for the organisation named before.
ORG_HEADS = frozenset({
    "ministry", "court", "tribunal", "agency", "group", "party", "council", "committee",
    "commission", "parliament", "congress", "assembly", "senate", "army", "military",
    "police", "navy", "company", "firm", "bank", "office", "department", "embassy",
    "alliance", "bloc", "union", "organisation", "organization", "movement", "coalition",
    "administration", "cabinet", "government", "junta", "militia", "network", "television",
    "broadcaster", "newspaper", "outlet", "channel", "radio", "service", "authority",
    "authorities", "observatory", "monitor", "foundation", "institute", "board", "bureau",
    "guard", "forces", "federation", "association", "mission", "secretariat", "opposition",
    "campaign", "rebels", "prosecution",
})

# Nouns for what an actor issues: 'the statement said' speaks for whoever issued it.
DOCUMENT_HEADS = frozenset({
    "statement", "report", "communique", "communiqué", "letter", "decree", "declaration",
    "warrant", "ruling", "verdict", "order", "indictment", "filing", "memo", "notice",
    "announcement", "resolution", "document", "decision", "complaint", "protest", "release",
})

# Person nouns too general to pick a named person by role ('the official', 'the source'):
# they stand for the last actor described with the same noun ('a senior official').
GENERIC_PERSON_HEADS = frozenset({
    "official", "source", "diplomat", "spokesperson", "spokesman", "spokeswoman", "aide",
    "adviser", "advisor", "officer", "person", "man", "woman", "resident", "witness",
    "representative", "insider", "person", "lawmaker", "negotiator",
})

# Heads that name the same office: 'the Saudi envoy' for Ambassador X.
SAME_OFFICE = {
    "envoy": "ambassador", "ambassador": "envoy", "premier": "minister", "pm": "minister",
    "chairwoman": "chairman", "chairman": "chairwoman", "spokeswoman": "spokesperson",
    "spokesman": "spokesperson", "spokesperson": "spokesman",
}

# Heads that match any office the holder has ('the Syrian leader' for President X).
ANY_OFFICE_HEADS = frozenset({"leader", "counterpart", "head", "chief"})

# A country's forces, which act as one organisation: 'the Sudanese army', "China's
# coastguard" (one or two words after the demonym or the country's name).
FORCES = frozenset({
    "army", "military", "navy", "police", "coastguard", "coastguards", "gendarmerie",
    "militia", "coast guard", "coast guards", "air force", "border guard", "armed forces",
    "security forces",
})

# Facilities by the last word of their name: 'Iraqi Embassy', 'Mariinsky Palace'.
FACILITY_HEADS = frozenset({
    "embassy", "palace", "base", "airport", "square", "bridge", "stadium", "prison", "hospital",
    "mosque", "church", "cathedral", "temple", "compound", "consulate", "airbase", "port",
})

# Nouns that make the name after them an organisation's: 'Russian firm Novatek'.
ORG_TITLE_NOUNS = frozenset({
    "firm", "company", "companies", "group", "party", "bank", "newspaper", "daily", "agency",
    "broadcaster", "channel", "network", "giant", "conglomerate", "carrier", "airline",
    "outlet", "website", "organisation", "organization", "movement", "coalition", "militia",
})

# Name endings that are not part of the surname: 'Ferdinand Marcos Jr.'.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Words before or in a name that tell a person's gender: titles, role words, first names
# common in English-language news. Only for choosing between antecedents of 'he' and 'she'.
MALE_CUES = frozenset("""
    mr mister sir lord king prince duke father son brother husband uncle grandfather
    spokesman chairman congressman businessman councilman assemblyman sheikh emir
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas peter zachary kyle walter harold jeremy ethan
    carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan
    billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene
    russell bobby mason philip louis bill mike jim tom bob dan ted chris barack bernie mitt
    newt rand marco jeb mitch chuck vladimir recep xi emmanuel boris tony hosni bashar ali
    mohammed muhammad ahmed abdullah hassan omar khalid ibrahim mahmoud
""".split())
FEMALE_CUES = frozenset("""
    mrs ms miss madam madame lady queen princess duchess mother daughter sister wife aunt
    grandmother widow spokeswoman chairwoman congresswoman businesswoman councilwoman
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla hillary melania ivanka chelsea sarah nikki condoleezza
    angela theresa marine kellyanne huma elizabeth carly michele kirsten tammy dianne
""".split())



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
