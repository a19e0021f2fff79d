"""Which tokens of a parsed sentence are event triggers, of which PLOVER type and kind.

The senses live in ``data/event_triggers.tsv``; a sense applies when its conditions on the
parse hold (an object 'ties' for 'cut', a particle 'back' for 'push'). The few words whose
senses turn on more than a word around them ('call', 'strike', 'talks') are decided here.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx

Trigger = tuple[str, str]

_LABOUR = frozenset("hunger general labour labor workers worker union teachers doctors".split())
_OBJECTS = ("dobj", "nsubjpass", "attr", "oprd")


class Probe(Protocol):
    """What the sentence knows of the actors around a trigger."""

    def civil_actor(self, tok: Token) -> bool:
        """Whether the trigger's actor is a civilian group (a storming is then a protest)."""

    def names_actor(self, tok: Token) -> bool:
        """Whether the phrase headed by ``tok`` names an actor ('released prisoners', not
        'released a communique')."""


class _NoProbe:
    def civil_actor(self, tok: Token) -> bool:
        return False

    def names_actor(self, tok: Token) -> bool:
        return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def trigger_of(tok: Token, probe: Probe | None = None) -> tuple[Trigger, Token | None] | None:
    """((type, kind), the object token the sense consumed or None), or None."""
    probe = probe or _NoProbe()
    pos = "verb" if tok.pos_ == "VERB" else "noun" if tok.pos_ == "NOUN" else None
    if pos is None:
        return None
    lemma = _lemma(tok)
    special = _special(tok, lemma, pos)
    if special is not None:
        return (special, None) if special[0] != "NONE" else None
    for sense in lx.senses().get((lemma, pos), ()):
        matched = _conditions(tok, sense, probe)
        if matched is not None:
            return ((sense.type, sense.kind), matched if matched is not True else None) \
                if sense.type != "NONE" else None
    return None


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.lower_ in ("talks", "hundreds", "thousands", "dozens"):
        return "talk" if tok.lower_ == "talks" else tok.lower_
    return lemma


def _conditions(tok: Token, sense: lx.Sense, probe: Probe) -> Token | bool | None:
    """True (or the consumed object token) when every condition holds, else None."""
    consumed: Token | None = None
    for slot, words in sense.conditions:
        found = _slot(tok, slot, words, probe)
        if found is None:
            return None
        if slot in ("obj", "pobj", "prep") and isinstance(found, Token):
            consumed = found  # 'cut ties', 'referred her for an investigation': one act
    return consumed or True


def _slot(tok: Token, slot: str, words: frozenset[str], probe: Probe) -> Token | bool | None:
    if slot == "obj" and words == {"actor"}:
        return True if any(probe.names_actor(c) for c in _objects(tok)) else None
    if slot == "obj":
        return next((c for c in _objects(tok) if _lemma(c) in words), None)
    if slot == "objmod":  # 'fired tear gas rounds': a word before the object's head
        return next((c for c in _objects(tok) if any(
            m.dep_ in ("compound", "amod") and _lemma(m) in words for m in c.children)), None)
    if slot == "prt":  # the model often reads the particle as an adverb right after the verb
        return True if any((c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1)
                           and c.lower_ in words for c in tok.children) else None
    if slot == "prep":
        prep = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in words),
                    None)
        if prep is None:
            return None
        noun = next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        return noun if noun is not None and trigger_of(noun) is not None else True
    if slot == "pobj":
        return next((p for c in tok.children if c.dep_ == "prep"
                     for p in c.children if p.dep_ == "pobj" and _lemma(p) in words), None)
    if slot == "mod":
        return True if any(c.dep_ in ("compound", "amod", "nmod") and _lemma(c) in words
                           for c in tok.children) else None
    if slot == "head":
        return True if tok.head.i != tok.i and _lemma(tok.head) in words else None
    if slot == "actor":
        return True if probe.civil_actor(tok) else None
    if slot == "xcomp":  # 'told China to stop interfering'
        return True if any(c.dep_ == "xcomp" and ("any" in words or _lemma(c) in words)
                           for c in tok.children) else None
    if slot == "clause":  # 'agreed that the challenges are many', not what 'would' be done
        return True if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in words
                                                    for m in c.children)
                           and not any(a.dep_ == "aux" and a.lower_ in _PLANNING for a in c.children)
                           for c in tok.children) else None
    return None


_PLANNING = frozenset("will would shall should must".split())
# The words a process of talks known by its name holds ('Peace Dialogue Table').
_TALK_WORDS = frozenset("dialogue talks negotiations negotiation consultations process".split())


def _objects(tok: Token) -> list[Token]:
    """The word's objects, through a coordination ('cut ties and relations') and a
    measure ('25,000 tons of food aid')."""
    out = [c for c in tok.children if c.dep_ in _OBJECTS]
    if not out and any(c.dep_ == "auxpass" for c in tok.children):  # a passive's subject
        out = [c for c in tok.children if c.dep_ == "nsubj"]  # parsed as acting
    if not out and tok.dep_ == "conj" and tok.tag_ == "VBN":  # 'were detained and released'
        out = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not out and tok.pos_ == "VERB":  # a parse that lost the object ('used tear gas and
        # water cannons on the crowd' read as cannons gathering): the nouns right after it
        out = [t for t in tok.doc[tok.i + 1:tok.i + 5] if t.pos_ == "NOUN"]
    out += [cc for c in out for cc in c.children if cc.dep_ == "conj"]
    out += [p for c in out for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
            for p in of.children if p.dep_ == "pobj"]
    return out


def _special(tok: Token, lemma: str, pos: str) -> Trigger | None:
    """Senses that the table cannot say; ('NONE', '') for 'not an event'."""
    if pos == "noun" and called_off(tok):
        return ("SANCTION", "cancellation")  # 'a planned meeting with Putin was off'
    if lemma == "call":
        return _call(tok) if pos == "verb" else _call_noun(tok)
    if lemma == "strike":
        return _strike(tok) if pos == "noun" or not any(
            c.dep_ in _OBJECTS and c.lemma_.lower() in ("deal", "agreement", "accord")
            for c in tok.children) else None
    if lemma in ("action", "measure", "step") and pos == "noun":
        return ("THREATEN", "threat") if _readiness(tok) else ("NONE", "")
    if lemma in lx.cue("sessions") and pos == "noun" and _of_named_talks(tok):
        return ("CONSULT", "talks")  # 'the third cycle of the Peace Dialogue Table'
    if lemma == "talk" and pos == "noun" and tok.lower_ != "talks":
        return ("NONE", "")  # 'a talk' is a lecture; 'talks' are negotiations
    if lemma == "oppose" and (_has_prep(tok, "to") or tok.tag_ == "VBN") and not _has_aux(tok):
        return ("NONE", "")  # 'Syrians opposed to the regime': who they are, not an act
    if lemma == "warn" and not any(c.dep_ in ("dobj", "xcomp") or c.dep_ == "prep"
                                   and c.lower_ in ("against", "of") or c.dep_ == "ccomp"
                                   and _actor_acts(c) for c in tok.children):
        return ("NONE", "")  # 'warned that the economy would slow': a statement, where
        # 'warned that police will not tolerate rallies' is a threat
    return None


def _of_named_talks(tok: Token) -> bool:
    """A round of talks known by a name ('the fourth cycle of the Peace Dialogue Table',
    'a new round of the Astana Process'): the name holds a word of talks."""
    named = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    return any(t.lower_ in _TALK_WORDS for p in named for t in p.subtree)


def _actor_acts(clause: Token) -> bool:
    """The clause's subject is someone who can act (a name, or a noun of actor_nouns)."""
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                      or c.lemma_.lower() in lx.actor_nouns())
               for c in clause.children)


def _call(tok: Token) -> Trigger | None:
    """'called for / called on X to' is a demand; 'called Putin' a phone call; 'called
    the attack terrorism' an accusation; 'called off' a cancellation."""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return ("SANCTION", "cancellation")
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if preps & {"for", "on"} or any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children):
        return ("REQUEST", "demand")
    if _labels_as_wrong(tok):
        return ("ACCUSE", "criticism")
    if any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE", "ORG") for c in tok.children) \
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.children):
        return ("CONSULT", "phone_call")
    return ("NONE", "")


def _labels_as_wrong(tok: Token) -> bool:
    """'called the storming a national security threat', 'called the events treasonous'."""
    labels = lx.cue("accusing_label")
    for c in tok.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "dobj", "advcl"):
            if any(t.lemma_.lower() in labels or t.lower_ in labels for t in c.subtree):
                return any(d.dep_ == "dobj" for d in tok.children) or c.dep_ == "oprd"
    return False


def _readiness(tok: Token) -> bool:
    """'is prepared to take further action', 'will take action against': readiness or a
    will to act, not an act taken."""
    take = tok.head
    if tok.dep_ != "dobj" or take.lemma_.lower() != "take":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in take.children):
        return True
    above = take.head if take.dep_ == "xcomp" else None
    return above is not None and above.lemma_.lower() in lx.cue("ready")


def _call_noun(tok: Token) -> Trigger | None:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    if mods & {"phone", "telephone"}:
        return ("CONSULT", "phone_call")
    if _has_prep(tok, "for") or any(c.dep_ == "acl" for c in tok.children):
        return ("REQUEST", "demand")
    if tok.head.lemma_.lower() == "hold" and _has_prep(tok, "with") or _has_prep(tok, "between"):
        return ("CONSULT", "phone_call")  # 'held a call with Putin', 'a call between X and Y'
    return ("NONE", "")


def _strike(tok: Token) -> Trigger:
    """Hunger and labour strikes are protests, the rest military strikes."""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if "hunger" in mods:
        return ("PROTEST", "hunger_strike")
    on_strike = tok.head.lemma_.lower() in ("on", "call", "stage", "go")
    if mods & _LABOUR or on_strike and tok.pos_ == "NOUN":
        return ("PROTEST", "strike")
    return ("ASSAULT", "airstrike" if mods & {"air", "drone", "missile"} else "strike")


def _has_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _has_prep(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)


def governor(tok: Token) -> Token | None:
    """The light verb whose object the event noun is ('held talks' -> held, 'held four days
    of talks' -> held), else None."""
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "dobj":
        tok = tok.head  # 'launched a missile and drone attack', parsed as two objects
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # 'days of talks', 'a wave of attacks', 'a round of talks'
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" \
            and verb_lemmas(head) & (lx.cue("light") | lx.cue("taking_part")):
        if verb_lemmas(head) & lx.cue("enacting") and tok.lemma_.lower() in lx.cue("answerable"):
            return None  # 'approved his request' answers it; 'approved a censure' does it
        return head
    return None


def verb_lemmas(tok: Token) -> set[str]:
    """The verb's lemma, and what its form gives where the lemmatizer slips ('staged'
    -> 'stag')."""
    word = tok.lower_
    out = {tok.lemma_.lower()}
    for suffix in ("d", "ed", "s", "es", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out |= {word[:-len(suffix)], word[:-len(suffix)] + "e"}
    return out


def called_off(tok: Token) -> bool:
    """'the meeting was off', 'the summit is off': a meeting told as called off."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "be" or not any(
            c.lower_ == "off" and c.dep_ in ("advmod", "prt", "acomp", "prep")
            for c in tok.head.children):
        return False
    return any(s.type == "CONSULT" for s in lx.senses().get((_lemma(tok), "noun"), ()))
