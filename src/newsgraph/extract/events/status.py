"""Whether a clause says its event happened: reported, planned, hypothetical or negated.

Read from the grammar around the trigger, climbing from its clause through the clauses that
govern it: a negation ('did not meet', 'no talks'), a future or a plan ('will meet', 'agreed
to meet', 'is set to sign', 'the planned visit'), a possibility, a condition, an offer, a
request or a refusal ('could extend', 'if both sides agree', 'offered to mediate', 'urged X
to withdraw', 'refused to meet', 'any move to surrender', 'the roadmap includes lifting the
blockade', 'protests would have consequences'). A purpose is planned ('met Zelenskyy to
announce more aid', 'heading to Niamey for talks'). A statement's own tense carries through
the verb that reports it: 'said it would prosecute' is planned, 'would cut ties should the
burning go ahead' hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.triggers import called_off, governor, trigger_of

_FUTURE = frozenset("will shall 'll wo".split())
_POSSIBLE = frozenset("could might may can".split())
_OBLIGATION = frozenset("must should".split())
_CONDITIONS = frozenset("if unless whether".split())
_FACTUAL = frozenset("after before when since as while because once until".split())
_NEGATIONS = frozenset("not n't never".split())
_UP = frozenset("xcomp ccomp advcl acl relcl pcomp pobj dobj conj prep".split())
# Negated, these verbs refuse what they would have granted: 'did not accept' is REJECT.
# Not 'sign': 'we have not signed agreements' most often says 'not yet', and a refusal to
# sign is told as one ('refused to sign').
_RESPONSES = frozenset("accept agree approve allow recognize recognise comply endorse "
                       "ratify consent".split())
_STATIVE_TAGS = frozenset("VBZ VBP".split())
# Verbs of setting out: an event 'for' which one sets out is still to come.
_SETTING_OUT = frozenset("head travel go leave fly come set depart return arrive".split())
# Verbs by which a plan holds the acts it proposes ('the roadmap includes lifting ...').
_CONTAINING = frozenset("include involve envisage foresee entail require".split())


def status_of(tok: Token, type_: str) -> tuple[str, str]:
    """(status, type): the type changes where the grammar makes the act another one
    ('did not accept' -> REJECT, 'X must apologize' -> REQUEST)."""
    if type_ == "THREATEN" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() == "take":
        return "reported", type_  # 'is prepared to take action': the threat is made now
    if tok.pos_ == "NOUN" and called_off(tok):  # the planned meeting is what was called off
        found = _clause_status(tok.head)
        return ("reported" if found == "obligation" else found), type_
    if tok.pos_ == "NOUN":
        found = _noun_status(tok)
        if found:
            return found, type_
    setting = _setting_of(tok)
    if setting is not None:  # 'did not approve it in a meeting': the meeting was held
        found = _clause_status(setting)
        return ("reported" if found in ("negated", "obligation") else found), type_
    head = governor(tok) or tok
    if _answered(tok, head):
        return "reported", type_  # 'did not approve Zelenskyy's request': it was made
    if _stative(tok):
        return "state", type_
    found = _clause_status(head)
    if found == "reported" and tok.lemma_.lower() in lx.cue("offering"):
        found = "hypothetical"  # 'offered humanitarian help': offered, not given
    elif found == "reported" and tok.lemma_.lower() in lx.cue("promising") \
            and type_ != "SUPPORT":  # 'promised unwavering support': support expressed now
        found = "planned"  # 'pledged $500 million in aid'

    if found == "negated" and tok.lemma_.lower() in _RESPONSES:
        return "reported", "REJECT"
    if found == "obligation":
        return "reported", "REQUEST"
    return found, type_


def _setting_of(tok: Token) -> Token | None:
    """The verb of the clause whose act was done, or not, in this event ('did not approve
    her request in a meeting'): a negation of that act does not undo the meeting."""
    prep = tok.head
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # the phrase hung on the object
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in ("in", "at", "during") \
            or verb.pos_ != "VERB" or trigger_of(tok) is None \
            or trigger_of(tok)[0][0] != "CONSULT":
        return None
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.tag_ == "VBD":
        verb = verb.head  # 'agreed to strengthen ties during a summit': where they agreed
    return verb


def _answered(tok: Token, head: Token) -> bool:
    """A request, proposal or offer that another act answers ('rejected the proposal',
    'did not approve his request'): whatever the answer, it was made."""
    return tok.pos_ == "NOUN" and head.i == tok.i and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.lemma_.lower() in lx.cue("answerable") and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in _RESPONSES | lx.cue("refusal")


def _noun_status(noun: Token) -> str | None:
    mods = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "compound", "nummod")}
    if "no" in mods:
        return "negated"
    if mods & lx.cue("hypothetical_modifier"):
        return "hypothetical"
    if mods & lx.cue("planned_modifier"):
        return "planned"
    if noun.head.lower_ == "without" and noun.dep_ == "pobj":
        return "negated"
    if "the" in mods and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.lemma_.lower() in ("responsibility", "responsible"):
        return "reported"  # 'grounds to believe he bears responsibility for the deportation':
        # what is believed is who did it, not that it was done
    if noun.dep_ == "nsubj" and any(c.dep_ == "aux" and c.lower_ in _POSSIBLE | {"would"}
                                    for c in noun.head.children):
        return "hypothetical"  # 'protests during the elections would have consequences'
    return None


def _stative(tok: Token) -> bool:
    """'Ankara supports rebel groups': a lasting relation told in the simple present."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lx.cue("stative") and \
        tok.tag_ in _STATIVE_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _clause_status(head: Token) -> str:
    """The strongest cue met climbing from ``head``: negated, hypothetical, planned."""
    cur = head
    for _ in range(8):
        found = _own_cues(cur)
        if found:
            return _future_in_past(cur, found)
        if cur.dep_ not in _UP or cur.head.i == cur.i or _asserted(cur):
            return "reported"
        governed = _governing_cue(cur)
        if governed:
            return governed
        cur = cur.head
    return "reported"


def _asserted(clause: Token) -> bool:
    """A relative clause or a clause of time or cause states its act as a fact, whatever
    the clause above it plans ('vowed to protect democracy after he was detained', 'asked
    Boluarte, who rejected his actions, to take over')."""
    if clause.dep_ == "relcl":
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACTUAL
                                         for c in clause.children)


def _own_cues(tok: Token) -> str | None:
    """What the words on this verb (or noun) itself say."""
    kids = list(tok.children)
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS and c.dep_ == "advmod" for c in kids):
        return "negated"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in kids):
        return "hypothetical"
    if any(c.dep_ == "advcl" and _conditional(c) for c in kids):
        return "hypothetical"
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if auxes & _POSSIBLE:
        return "hypothetical"
    if auxes & _OBLIGATION:
        return "obligation"
    if auxes & _FUTURE:
        return "planned"
    if "would" in auxes:
        return "would"
    if _purpose(tok):
        return "planned"  # 'met Zelenskyy to announce more aid': meant, not yet done
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.cue("hypothetical"):
        return "hypothetical"  # 'any move to', 'efforts to'
    return None


def _conditional(clause: Token) -> bool:
    """'if X', 'unless X', and the inverted 'should X go ahead', 'had X known'."""
    kids = list(clause.children)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in kids):
        return True
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("should", "had", "were") and first.dep_ in ("aux", "auxpass")


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose: 'deployed to support police', 'in order to'."""
    if tok.dep_ != "advcl" or tok.tag_ != "VB":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        not any(c.dep_.startswith("nsubj") for c in tok.children)


def _governing_cue(tok: Token) -> str | None:
    """What the word that governs this clause makes of it: 'agreed to', 'urged X to'."""
    head = tok.head
    prep = head.lower_ if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" else None
    if prep is not None:
        head = head.head  # 'called for an end': the word the preposition hangs on
    lemma = head.lemma_.lower()
    if prep in ("toward", "towards"):
        return "hypothetical"  # 'progress toward ending the war': aimed at, not done
    if prep == "for" and tok.pos_ == "NOUN" and lemma in _SETTING_OUT:
        return "planned"  # 'heading to Niamey for mediation efforts'
    if tok.dep_ in ("dobj", "xcomp") and lemma in _CONTAINING and _plan_subject(head):
        return "hypothetical"  # 'the roadmap includes lifting the blockade'
    if tok.dep_ in ("conj", "prep"):
        return None
    if lemma in lx.cue("negating"):
        return "negated"
    if _requests(head) or lemma in lx.cue("refusal") and tok.dep_ != "ccomp":
        return "hypothetical"  # what is asked for or refused has not happened
    if tok.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.i < tok.i and c.pos_ == "NOUN"
                                   and c.lemma_.lower() in lx.cue("request")
                                   for c in head.children):
        return "hypothetical"  # 'reiterated its demand today that Israel ease ...'
    if tok.dep_ in ("xcomp", "acl", "pcomp", "pobj", "dobj", "ccomp"):
        if lemma in lx.cue("hypothetical") and not (tok.dep_ == "dobj" and head.pos_ == "VERB"
                                                    and lemma in ("move", "push", "bid")):
            return "hypothetical"
        if lemma in lx.cue("attempt") and trigger_of(tok) is not None \
                and trigger_of(tok)[0][0] not in lx.HOSTILE | {"ASSAULT"}:
            return "hypothetical"  # a peace attempted is not made; an attack attempted is one
        if lemma in lx.cue("planned") and tok.dep_ in ("xcomp", "acl", "pcomp"):
            return "planned"
        if tok.dep_ == "dobj" and lemma in lx.cue("promising"):
            return "planned"  # 'promising $500 million in arms deliveries'
        if tok.dep_ == "dobj" and lemma in lx.cue("offering"):
            return "hypothetical"
    return None


def _plan_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.cue("plan_nouns")
               for c in verb.children)


def _requests(verb: Token) -> bool:
    """A verb of asking; 'call' only as 'call for', 'call on X to' (not 'called the storming
    a threat')."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.cue("request"):
        return False
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ in ("for", "on") or c.dep_ == "xcomp"
                   for c in verb.children)
    return True


def _future_in_past(tok: Token, found: str) -> str:
    """'would' is the future of a past statement ('said it would prosecute'), else a
    possibility ('he would be arrested')."""
    if found != "would":
        return found
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in lx.cue("reporting") | lx.cue("planned") | {"inform", "warn", "promise"} \
                and cur.tag_ in ("VBD", "VBN"):
            return "planned"
    return "hypothetical"
