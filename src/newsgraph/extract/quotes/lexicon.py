"""Word lists: reporting verbs, the nouns that name speakers, and which sentences need a parse.

Lemmas are spaCy's. The lists lean on PolNeAR's train split (its most frequent cues) and on
newsroom usage; a word belongs here because reporters use it to attribute, not because an
article did.
"""

from __future__ import annotations

import re

from newsgraph.extract.lexicon import FEMALE_CUES, MALE_CUES  # noqa: F401  (shared with coref)

# Verbs that report a clause: "X said (that) ...", "X warned that ...".
INDIRECT_VERBS = frozenset("""
    say tell add argue insist warn stress affirm claim note explain announce state declare
    acknowledge admit deny suggest confirm reveal indicate assert contend maintain complain
    concede emphasize emphasise reiterate recall testify estimate allege remark observe
    respond reply agree tweet write post report predict promise vow pledge caution boast
    charge counter signal conclude find show believe think feel hope fear worry doubt
    mention disclose inform assure reassure learn predict hint speculate recount
    acknowledge threaten complain ask wonder question discover realize realise recognize
    recognise know expect suspect assume contend conclude
""".split())

# Verbs that attribute quoted words but do not introduce reported clauses on their own.
QUOTE_VERBS = INDIRECT_VERBS | frozenset("""
    call describe tout dismiss praise continue quip joke exclaim shout yell blast slam lament
    proclaim label brand urge decry denounce hail accuse criticize criticise condemn mock
    scoff chant
""".split())

# Speech acts whose content is what the verb governs, not a clause: 'urged Republicans to
# join', 'called for more investment', 'accused her of lying', 'reaffirmed its commitment'.
COMPLEMENT_CUES = frozenset("""
    urge encourage call ask demand propose promise pledge vow threaten accuse charge
    criticize criticise praise blame warn complain insist agree refuse decline reject deny
    dismiss defend question admit acknowledge confirm announce reiterate reaffirm express
    voice welcome condemn denounce slam blast hail decry recommend suggest predict tout
    applaud thank commend appeal mock attack describe request tout bemoan lament
""".split())
# Cues of what someone spoke about rather than of what they said ('cited the cost',
# 'recalled the war', 'referred to an investigation'): quoted words they govern inside a
# clause someone is reported saying stay that speaker's words.
TOPIC_CUES = frozenset("""
    cite recall mention portray compare liken echo repeat invoke recount highlight note discuss
    refer point talk speak
""".split())
# Cues that attribute only through one preposition or a clause: 'referred to X', 'pointed to
# the polls', 'talked about the economy'; 'pointed a gun' or 'spoke to reporters' say nothing
# of what.
# 'Pressed' is speech only with what was pressed for ('pressed for talks', 'pressed Israel
# to freeze ...'), not in 'pressed her advantage'; 'sees X as Y' is a view, 'saw X' is not.
PREPOSITION_CUES = {"refer": ("to",), "point": ("to", "out"), "talk": ("about", "of"),
                    "speak": ("about", "of", "out"), "press": ("for",), "see": ("as",),
                    "view": ("as",)}

# Stances: what someone wants, plans, backs or opposes is attributed to them as much as what
# they said ('Trump wants to build a wall', 'the union endorsed Clinton'); PolNeAR's guidelines
# count such sources of a position, and its train split has them among its frequent cues.
STANCE_CUES = frozenset("""
    want plan seek intend aim support endorse oppose back prefer favor favour hope
""".split())
# What evidence shows or finds is its object as well as a clause: 'Polls show a close
# contest', 'the study found 31 cases of fraud'.
FINDING_CUES = frozenset("show find".split())
COMPLEMENT_CUES = (COMPLEMENT_CUES | STANCE_CUES | FINDING_CUES | TOPIC_CUES
                   | frozenset(PREPOSITION_CUES))
QUOTE_VERBS = QUOTE_VERBS | COMPLEMENT_CUES

# Nouns of what someone says, with a clause of what: "X's announcement that ...", 'his
# promise to ...'. Their possessor is the speaker.
SPEECH_NOUNS = frozenset("""
    announcement statement claim assertion promise pledge vow warning threat demand call
    insistence suggestion allegation accusation charge admission denial argument belief
    hope fear prediction proposal decision plan
""".split())

# What someone issues and then speaks through: 'Clinton issued a statement saying ...' is
# Clinton's statement ('put out', 'sent', 'posted' as well).
MESSAGE_NOUNS = frozenset("""
    statement report communique communiqué letter memo note release tweet post message email
    video ad advertisement editorial op-ed essay column declaration notice
""".split())
ISSUING_VERBS = frozenset("issue release publish post send write tweet put share sign file".split())

# Cognitive verbs and stances report a belief or a position, not something said: no channel.
BELIEF_VERBS = frozenset("""believe think feel hope fear worry doubt wonder find show learn discover
    realize realise recognize recognise know expect suspect assume conclude""".split()) | (
    STANCE_CUES)

# A later cue that carries on an earlier statement of the same speaker.
CONTINUING_CUES = frozenset("add continue".split())

PRONOUNS = frozenset("he she him her his they them we i it".split())
SINGULAR_PRONOUNS = frozenset("he she him her".split())
RELATIVE_PRONOUNS = frozenset("who that which whom".split())

# Nouns that name people or groups who can speak: 'the minister', 'Russian officials'.
HUMAN_NOUNS = frozenset("""
    official officials source sources media spokesman spokeswoman spokesperson minister
    president leader leaders analyst analysts expert experts observer observers resident
    residents witness witnesses diplomat diplomats lawmaker lawmakers police army military
    government ministry agency campaign report reports statement poll polls survey study
    people voters supporters opponents author authors aide aides adviser advisers advisor
    officer officers commander commanders member members group groups activist activists
    critic critics chief director secretary senator governor mayor ambassador envoy
    candidate nominee spokesmen prosecutor prosecutors judge lawyer lawyers attorney
    economist economists professor researcher researchers scientist scientists executive
    executives chairman chairwoman founder head speaker representative representatives
    staff team committee council parliament administration office department kremlin
    white house pentagon newspaper outlet agency broadcaster network channel
    accounts documents records data figures statistics sources monitor observatory
    mother father son daughter wife husband woman man women men family families
    insiders colleagues allies partners officials strategist strategists pollster
    pollsters organizer organizers protesters demonstrators rebels fighters militants
    fund university league society center centre corporation panel caucus chamber lobby
    watchdog regulator
""".split())

# What shows or finds without being a person: evidence and the share of a poll's respondents
# ('Video shows that ...', 'the website noted', 'Another 19 percent said they ...').
EVIDENCE_NOUNS = frozenset("""
    video footage website site ad ads advertisement commercial slide analysis research data
    evidence review audit investigation probe inquiry filing transcript tape recording
    photo photos image images book article story column editorial post tweet email emails
    percent majority plurality minority half third quarter respondents
""".split())

ROLE_NOUNS = frozenset("""
    minister president leader spokesman spokeswoman spokesperson official chief director
    secretary senator governor mayor ambassador envoy candidate nominee prosecutor judge
    lawyer attorney economist professor researcher executive chairman chairwoman founder
    head speaker representative activist analyst commander general officer diplomat
    lawmaker congressman congresswoman king queen prince emir sheikh premier chancellor
    mogul billionaire businessman businesswoman actor actress singer star coach manager
    woman man mother father widow veteran journalist reporter writer author
""".split())

QUOTE_CHARS = "\"\u201c\u201d\u201e"

_IRREGULAR = {
    "say": "said", "tell": "told", "write": "wrote written", "think": "thought",
    "feel": "felt", "find": "found", "show": "shown", "know": "knew known",
    "read": "read", "put": "put", "learn": "learnt", "hold": "held", "speak": "spoke spoken",
}


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][^aeiouwy]$", lemma):  # admit -> admitted
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(_IRREGULAR.get(lemma, "").split())
    return forms


CUE_FORMS = frozenset(f for lemma in QUOTE_VERBS for f in _forms(lemma))
_CUE_PHRASES = re.compile(r"\baccording to\b|\binterview\b|\bquoted\b|\bciting\b", re.I)
_WORD = re.compile(r"[a-z]+")
_OWNED_SPEECH = re.compile(
    r"(?:['\u2019]s|\b(?:his|her|their|its))\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(SPEECH_NOUNS))
    + r")s?\b", re.IGNORECASE)


def needs_parse(sentence_text: str) -> bool:
    """True when a sentence holds a quote mark, a colon or a reporting word worth parsing."""
    if any(c in sentence_text for c in QUOTE_CHARS) or "''" in sentence_text or ": " in sentence_text:
        return True
    if _CUE_PHRASES.search(sentence_text) or _OWNED_SPEECH.search(sentence_text):
        return True
    return any(w in CUE_FORMS for w in _WORD.findall(sentence_text.lower()))
