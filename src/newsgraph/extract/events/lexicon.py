"""The event word lists, read once from newsgraph/data: triggers with the conditions that
pick their sense (``event_triggers.tsv``), the words that shape an event without being one
(``event_cues.tsv``) and the common nouns that name actors (``actor_nouns.tsv``).

PLOVER (Draft 0.8, 2021) types a stated intent to cooperate as AGREE and to harm as
THREATEN; here an act keeps its own type and its grammar gives its status (planned,
hypothetical), from which ``plover_type`` derives PLOVER's coding when a benchmark wants it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.extract.tries import trie_alternation
from newsgraph.gazetteer import data_lines

Trigger = tuple[str, str]  # (PLOVER type, kind)

# PLOVER's two families of acts, for its reading of intent and refusal.
COOPERATIVE = frozenset("AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT".split())
HOSTILE = frozenset("ASSAULT COERCE SANCTION MOBILIZE PROTEST".split())


@dataclass(frozen=True)
class Sense:
    """One row of the trigger table: a word's sense when its conditions hold."""

    word: str
    pos: str  # verb | noun
    conditions: tuple[tuple[str, frozenset[str]], ...]  # (slot, lemmas), all must hold
    type: str
    kind: str


@dataclass(frozen=True)
class ActorNoun:
    """A common noun that names an actor: its group label and kind (actor_nouns.tsv)."""

    noun: str
    label: str  # ORG or NORP as a group; one person is PERSON
    kind: str  # collective | state | person


def _sense(line: str) -> Sense:
    word, pos, when, type_, kind = line.split("\t")
    conditions = tuple(
        (slot, frozenset(values.split("|")))
        for slot, _, values in (c.partition("=") for c in when.split() if c != "-"))
    return Sense(word, pos, conditions, type_, kind)


@lru_cache(maxsize=1)
def senses() -> dict[tuple[str, str], tuple[Sense, ...]]:
    """(lemma, pos) -> its senses, conditional ones first, in file order."""
    table: dict[tuple[str, str], list[Sense]] = {}
    for line in data_lines("event_triggers.tsv"):
        sense = _sense(line)
        table.setdefault((sense.word, sense.pos), []).append(sense)
    return {k: tuple(sorted(v, key=lambda s: not s.conditions)) for k, v in table.items()}


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """category -> lemmas, from event_cues.tsv."""
    out: dict[str, frozenset[str]] = {}
    for line in data_lines("event_cues.tsv"):
        category, _, words = line.partition("\t")
        out[category.strip()] = frozenset(w.replace("_", " ") for w in words.split())
    return out


def cue(category: str) -> frozenset[str]:
    return cues()[category]


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, ActorNoun]:
    """noun lemma (one or two words) -> what kind of actor it names."""
    out = {}
    for line in data_lines("actor_nouns.tsv"):
        noun, label, kind = line.split("\t")
        out[noun] = ActorNoun(noun, label, kind)
    return out


def plover_type(type_: str, status: str) -> str:
    """PLOVER's coding of an act with a status: an intent to cooperate is AGREE, an intent
    to harm is THREATEN, a cooperative act refused or not done is REJECT (PLOVER manual,
    AGREE, THREATEN and REJECT)."""
    if status in ("planned", "hypothetical"):
        if type_ in COOPERATIVE:
            return "AGREE"
        if type_ in HOSTILE:
            return "THREATEN"
    if status == "negated" and type_ in COOPERATIVE:
        return "REJECT"  # 'failed to reach agreement', 'would not meet their demands'
    return type_


_IRREGULAR = (
    "met held gave sent shot struck fought sought took brought withdrew withdrawn forgave "
    "froze frozen beat beaten spoke undertook stole stolen hit told broke broken cut upheld "
    "began begun led stood won blew burnt pled retook"
)


# The endings a trigger's lemma takes in the text: 'bans', 'banned', 'banning', 'probed',
# 'taken', 'rallies'; not any word it begins ('bank', 'problem', 'executive', 'useful').
# The model's own table of irregular verb forms (lemma_exc) holds none of the triggers'
# that these and _IRREGULAR miss.
_ENDINGS = r"(?:s|es|d|ed|n|en|ing|[bdgklmnprt](?:ed|ing))?"


@lru_cache(maxsize=1)
def trigger_word() -> re.Pattern[str]:
    """Any word that may be an inflected trigger, to choose sentences worth parsing."""
    words = {w for w, _ in senses()} | {"strike", "call"}
    forms = set(words)
    forms |= {w[:-1] for w in words if w.endswith("e")}  # 'closing', 'closed': clos + ing/ed
    forms |= {w[:-1] + "i" for w in words if w.endswith("y")}  # 'rallies', 'occupied'
    pattern = trie_alternation(forms, space=" ")  # the longest-first alternation, faster
    return re.compile(rf"\b(?:(?:{pattern}){_ENDINGS}|{_IRREGULAR.replace(' ', '|')})\b",
                      re.I)


@lru_cache(maxsize=8192)  # asked twice of each sentence: which to parse ahead, then the finder
def needs_parse(sentence: str) -> bool:
    """True when the sentence holds a word that may be an event trigger."""
    return trigger_word().search(sentence) is not None
