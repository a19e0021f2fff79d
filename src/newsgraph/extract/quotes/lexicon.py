"""Word lists: reporting verbs, the nouns that name speakers, and which sentences need a parse.

Lemmas are spaCy's. The attribution cues are data (``data/quote_cues.tsv``, with their
source and reasons); the nouns that name speakers stay here. They lean on PolNeAR's train
split (its most frequent cues) and on newsroom usage; a word belongs here because reporters
use it to attribute, not because an article did.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsgraph.extract.lexicon import FEMALE_CUES, MALE_CUES  # noqa: F401  (shared with coref)


def _cue_lists() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """The lists of ``data/quote_cues.tsv``, and the cues that attribute only through some
    prepositions."""
    text = resources.files("newsgraph.data").joinpath("quote_cues.tsv").read_text(encoding="utf-8")
    lists: dict[str, frozenset[str]] = {}
    prepositions: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, words = line.partition("\t")
        if name == "preposition":
            lemma, _, preps = words.partition("\t")
            prepositions[lemma.strip()] = tuple(preps.split())
        else:
            lists[name] = lists.get(name, frozenset()) | frozenset(words.split())
    return lists, prepositions


_LISTS, PREPOSITION_CUES = _cue_lists()
INDIRECT_VERBS = _LISTS["indirect"]  # 'X said (that) ...'
TOPIC_CUES = _LISTS["topic"]  # 'cited the cost': what was talked about
STANCE_CUES = _LISTS["stance"]  # 'wants to build a wall'
OBJECT_STANCES = _LISTS["stance_object"]  # 'endorsed Clinton': no clause
FINDING_CUES = _LISTS["finding"]  # 'polls show a close contest'
# Speech acts and what they govern ('urged Republicans to join'), stances, findings, topics.
COMPLEMENT_CUES = (_LISTS["complement"] | STANCE_CUES | FINDING_CUES | TOPIC_CUES
                   | frozenset(PREPOSITION_CUES))
# Everything that attributes quoted words.
QUOTE_VERBS = INDIRECT_VERBS | _LISTS["quote"] | COMPLEMENT_CUES
SPEECH_NOUNS = _LISTS["speech_noun"]  # "X's announcement that ..."
STANCE_NOUNS = _LISTS["stance_noun"]  # "Clinton's support for ..."
MESSAGE_NOUNS = _LISTS["message"]  # 'issued a statement saying ...'
ISSUING_VERBS = _LISTS["issuing"]
BELIEF_VERBS = _LISTS["belief"] | STANCE_CUES  # a belief or a position: no channel
CONTINUING_CUES = _LISTS["continuing"]  # 'added': carries on the same speaker's statement

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


@lru_cache(maxsize=8192)  # asked twice of each sentence: which to parse ahead, then the finder
def needs_parse(sentence_text: str) -> bool:
    """True when a sentence holds a quote mark, a colon or a reporting word worth parsing."""
    if any(c in sentence_text for c in QUOTE_CHARS) or "''" in sentence_text or ": " in sentence_text:
        return True
    if _CUE_PHRASES.search(sentence_text) or _OWNED_SPEECH.search(sentence_text):
        return True
    return any(w in CUE_FORMS for w in _WORD.findall(sentence_text.lower()))
