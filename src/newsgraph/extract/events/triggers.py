"""Which tokens of a parsed sentence are event triggers, of which PLOVER type and kind."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx

Trigger = tuple[str, str]

_LIFT_CONCEDE = frozenset("curfew ban restriction emergency measure law rule".split())
_LIFT_RETREAT = frozenset("sanction embargo blockade siege".split())


def trigger_of(tok: Token) -> Trigger | None:
    """The (type, kind) a token triggers, or None; senses decided by the words around it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return _verb(tok, lemma)
    if tok.pos_ == "NOUN":
        return _noun(tok, lemma)
    return None


def _verb(tok: Token, lemma: str) -> Trigger | None:
    if lemma in lx.REPORTING or lemma in lx.LIGHT_VERBS and lemma not in lx.VERBS:
        return None
    if lemma == "call":
        return _call(tok)
    if lemma == "strike":
        return ("ASSAULT", "attack")
    if lemma == "lift":
        objects = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
        if objects & _LIFT_RETREAT:
            return ("RETREAT", "easing")
        return ("CONCEDE", "easing") if objects & _LIFT_CONCEDE else None
    if lemma == "oppose" and (_has_prep(tok, "to") or tok.tag_ == "VBN" and not _has_aux(tok)):
        return None  # 'Syrians opposed to the regime': a stance, not an act
    if lemma == "close" and any(c.lemma_.lower() == "border" for c in tok.children):
        return ("COERCE", "border_closure")
    return lx.VERBS.get(lemma)


def _call(tok: Token) -> Trigger | None:
    """'called for / called on X to' is a demand; 'called Putin' a phone call."""
    preps = {c.lemma_.lower() for c in tok.children if c.dep_ == "prep"}
    if preps & {"for", "on"} or any(c.dep_ == "xcomp" for c in tok.children):
        return ("REQUEST", "demand")
    if any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "GPE", "ORG") for c in tok.children):
        return ("CONSULT", "phone_call")
    return None


def _noun(tok: Token, lemma: str) -> Trigger | None:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma == "strike":
        return _strike(tok, mods)
    if lemma == "call":
        if mods & {"phone", "telephone"}:
            return ("CONSULT", "phone_call")
        return ("REQUEST", "demand") if _has_prep(tok, "for") else None
    if lemma == "talk" and tok.text.lower() != "talks":
        return None
    if lemma == "game" and "war" not in mods:
        return None
    if lemma == "signature" and tok.head.lemma_.lower() not in ("collect", "gather"):
        return None
    if lemma == "fire" and tok.head.lemma_.lower() == "open":
        return ("ASSAULT", "shooting")
    return lx.NOUNS.get(lemma)


def _strike(tok: Token, mods: set[str]) -> Trigger:
    """Hunger and labour strikes are protests, the rest military strikes."""
    if "hunger" in mods:
        return ("PROTEST", "hunger_strike")
    on_strike = tok.head.lemma_.lower() == "on" or tok.head.lemma_.lower() in ("call", "stage")
    if mods & lx.STRIKE_LABOUR or on_strike:
        return ("PROTEST", "strike")
    return ("ASSAULT", "airstrike" if mods & {"air", "drone", "missile"} else "strike")


def _has_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _has_prep(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lemma_.lower() == word for c in tok.children)


def governor(tok: Token) -> Token | None:
    """The light verb whose object the event noun is ('held talks' -> held), else None."""
    head = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" \
            and head.lemma_.lower() in lx.LIGHT_VERBS | lx.TAKING_PART:
        return head
    return None


def modal_type(tok: Token, type_: str) -> str:
    """PLOVER's reading of modality: a stated intent to cooperate is AGREE, to harm is
    THREATEN; a refused or negated cooperative act is REJECT; 'X must ...' reported is REQUEST."""
    chain = _chain(tok)
    if any(c.dep_ == "neg" for t in chain for c in t.children) and type_ in lx.COOPERATIVE:
        return "REJECT"
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
    if auxes & {"must", "should"} and type_ != "REQUEST":
        return "REQUEST"
    heads = {t.lemma_.lower() for t in chain[1:]}
    if auxes & lx.INTENT_AUX or heads & lx.INTENT_HEADS:
        if type_ in lx.COOPERATIVE:
            return "AGREE"
        if type_ in lx.HOSTILE:
            return "THREATEN"
    return type_


def _chain(tok: Token) -> list[Token]:
    """The trigger (or its light verb) and the words it complements: 'ready to [host]'."""
    out = [governor(tok) or tok]
    while out[-1].dep_ in ("xcomp", "acomp") and len(out) < 4:
        out.append(out[-1].head)  # 'is ready to': the copula carries the auxiliary
    return out
