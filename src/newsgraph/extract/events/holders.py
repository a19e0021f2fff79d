"""Who acts in an event its own clause names no subject for: the subject of the verb it
complements or joins ('agreed to meet'), the noun a clause describes ('protesters who
stormed'), the subject of the clause an event noun dates ('after a meeting with X, Y
said'), who went somewhere for it, who held the meeting an act was done in, who promised
it, and who took part in a 'taking part' clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.actors import ActorFinder
from newsgraph.extract.events.phrases import pobjs
from newsgraph.extract.events.records import ActorRef
from newsgraph.extract.events.triggers import verb_lemmas

Refs = list[ActorRef]
# 'after a meeting', 'during a visit': prepositions that date a clause by an event.
_TIME_PREPS = frozenset("after following during before since ahead at".split())
_GOING_ON = frozenset("go embark set be remain stay come".split())
_PROMISING = lx.cue("promising") | lx.cue("offering") | lx.cue("giving")  # ... or sends


def inherited_subject(find: ActorFinder, verb: Token) -> Refs:
    """'X agreed to meet Y', 'X met Y and signed ...': the subject of the verb this one
    complements or joins; 'urged X to withdraw': the one urged; 'protesters who stormed',
    'forces fighting in X': the noun a clause describes."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.i != verb.i:
        own = [r for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
               for r in find.refs(c)]
        if own:  # 'when it would be prepared to open negotiations', the adjective's own
            return own
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") \
            and head.head.i != head.i:
        head = head.head  # 'Syria is willing to withdraw': the subject of 'is'
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children) and \
                head.lemma_.lower() in lx.cue("request"):
            subj = [c for c in head.children if c.dep_ == "dobj"]
        return [r for s in subj for r in find.refs(s)] or inherited_subject(find, head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        # 'accused X of violating': X; 'guilty of violating', 'after meeting': the subject
        above = head.head
        if above.pos_ == "ADJ" and above.head.i != above.i:
            above = above.head
        objects = [c for c in above.children if c.dep_ == "dobj"] if head.lower_ == "of" else []
        subjects = objects or [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [r for c in subjects for r in find.refs(c)]
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN") and verb.tag_ != "VBN":
        described = find.refs(head) or [  # 'scenes of mobs storming': the mobs
            r for o in pobjs(head, ("of",)) if o.i < verb.i for r in find.refs(o)]
        if described or head.dep_ != "dobj":
            return described
        # 'issued a declaration demanding ...': who issued it
        return [r for c in head.head.children if c.dep_ == "nsubj" for r in find.refs(c)]
    return []


def adverbial_subject(find: ActorFinder, noun: Token, taking_part: bool) -> Refs:
    """'Following a meeting with X, Y said ...', 'during a visit to Z, Y ...': who held
    the event is the subject of the clause it dates (not of a storming or an attack that
    Y answered: 'Y cut ties after the storming of its embassy')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if prep.lower_ in _TIME_PREPS and not taking_part:
        return []
    if prep.lower_ not in _TIME_PREPS and not (
            prep.lower_ == "on" and prep.head.lemma_.lower() in _GOING_ON
            or prep.lower_ == "for" and verb_lemmas(prep.head) & lx.cue("travelling")):
        return []  # 'went on strike', 'embarked on a visit', 'flew to Doha for talks'; not
        # 'commented on the attack'
    return [r for c in prep.head.children if c.dep_ == "nsubj" for r in find.refs(c)]


def held_in(find: ActorFinder, noun: Token) -> Refs:
    """'X did not approve Y's request in a meeting on Friday', 'X told Y in a meeting', 'X
    agreed to ... during a summit': the meeting in which an act was done is held by its
    subject and whoever it was done to."""
    prep = noun.head
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # the phrase hung on the object ('approve her request in a meeting')
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "at", "during") or verb.pos_ != "VERB":
        return []
    subjects = [r for c in verb.children if c.dep_ == "nsubj" for r in find.refs(c)]
    if not subjects and verb.dep_ == "xcomp":  # 'X and Y agreed to strengthen ties during
        subjects = inherited_subject(find, verb)  # a summit': the summit is theirs
    if not subjects:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    guests = [r for o in objects for r in find.refs(o, True)] or [
        r for o in objects for m in o.children if m.dep_ == "poss" for r in find.refs(m, True)]
    return subjects + [g for g in guests if g.label in ("PERSON", "ORG", "GPE")]


def announcer(find: ActorFinder, noun: Token) -> Refs:
    """Who says that the event a noun names is called off: the subject of the verb of
    saying whose clause it is the subject of."""
    clause = noun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lx.cue("reporting"):
        return []
    return [r for c in clause.head.children if c.dep_ == "nsubj" for r in find.refs(c)]


def drawn(find: ActorFinder, verb: Token) -> tuple[Refs, Refs]:
    """'X won the vote, drawing condemnation from the AU': who reacted (the 'from' phrase
    hung on the verb) and whose act drew it (the subject of the clause the participle
    hangs on)."""
    reactors = [r for o in pobjs(verb, ("from",)) for r in find.refs(o)]
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return reactors, []
    return reactors, [r for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      for r in find.refs(c)]


def promiser(find: ActorFinder, noun: Token) -> Refs:
    """'promising $500 million in arms deliveries', 'offered talks', 'will send $1bn in
    aid': who promises, offers or sends an act is who does it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        measure = noun.head.head  # 'promising $500 million in arms deliveries', the 'in'
        if measure.dep_ != "dobj":  # phrase on the amount or on the verb
            measure = next((c for c in measure.children if c.dep_ == "dobj"), noun)
        noun = measure
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _PROMISING:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [r for c in subjects for r in find.refs(c)] or inherited_subject(find, verb)


def clause_refs(find: ActorFinder, verb: Token, skip: Token | None = None) -> Refs:
    """Everyone a 'taking part' clause names ('a meeting that included X and Y')."""
    out: Refs = []
    for c in verb.children:
        if skip is not None and c.i == skip.i or c.dep_ in (
                "nsubj", "punct", "cc", "aux", "auxpass", "advmod", "mark"):
            continue
        heads = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ in ("agent", "prep") else [c]
        out += [r for h in heads for r in find.refs(h)]
    return out


def responsible(find: ActorFinder, noun: Token) -> Refs:
    """'claimed responsibility for the attack', 'Putin bears responsibility for the
    deportation', 'is responsible for the killings': who is held or holds themselves
    answerable for an act did it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    holder = prep.head
    if holder.lemma_.lower() == "responsibility" and holder.dep_ in ("dobj", "attr"):
        holder = holder.head
    elif holder.lemma_.lower() != "responsible" or holder.dep_ != "acomp":
        return []
    else:
        holder = holder.head
    return [r for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
            for r in find.refs(c)] if holder.pos_ in ("VERB", "AUX") else []
