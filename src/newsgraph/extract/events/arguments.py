"""Who acted and who was acted on, from the parse around a trigger.

For a verb the subject acts, the object and the 'with', 'to', 'against', 'on' phrases are
targets, a passive's 'by' phrase acts and its subject is the target; a verb that complements
another ('agreed to meet') takes that one's subject. For an event noun the owner and the
nationality before it act ('Russia's attack', 'a Russian strike'), 'by' acts, 'on' and
'against' are targets, 'between' names everyone; the verb that carries the noun ('held
talks') adds its subject and objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.actors import ActorFinder
from newsgraph.extract.events.records import ActorRef
from newsgraph.extract.events.triggers import governor

Refs = list[ActorRef]
_TARGET_PREPS = frozenset("with to against on at upon toward towards".split())
_ALL_PREPS = frozenset("between among".split())
_PLACE_LABELS = frozenset("GPE LOC FAC".split())
# For these an 'of' phrase is who took part ('a meeting of leaders', 'the deployment of
# troops'); otherwise who was acted on ('the arrest of X', 'the storming of its embassy').
_OF_IS_ACTOR = frozenset("CONSULT MOBILIZE AGREE COOPERATE".split())
# Reciprocal acts: whoever they are held 'with' takes part as much as the subject.
_RECIPROCAL = frozenset("talks negotiation consultation dialogue".split())
# 'an attack attributed to Tehran', 'a bombing blamed on rebels': who did it.
_ASCRIBING = frozenset("attribute blame claim".split())
# 'after a meeting', 'during a visit': prepositions that date a clause by an event.
_TIME_PREPS = frozenset("after following during before since ahead at".split())
_GOING_ON = frozenset("go embark set be remain stay come".split())


def participants(find: ActorFinder, tok: Token, type_: str,
                 obj: Token | None = None) -> tuple[Refs, Refs, Refs]:
    """(actors, targets, others) of the trigger ``tok`` (``obj``: the object its sense
    consumed, as 'ties' in 'cut ties')."""
    if tok.pos_ == "NOUN":
        actors, targets, others = _noun(find, tok, type_)
    else:
        actors, targets = _verb(find, tok, obj)
        others = []
    if type_ == "MOBILIZE" and not actors:
        actors, targets = targets, []  # 'the military had been deployed': it mobilises
    actors = _unique(actors)
    targets = [t for t in _unique(targets) if not _same(t, actors)]
    return actors, targets, [o for o in _unique(others) if not _same(o, actors + targets)]


def _lemma(tok: Token) -> str:
    return "talks" if tok.lower_ == "talks" else tok.lemma_.lower()


def _verb(find: ActorFinder, verb: Token, obj: Token | None = None) -> tuple[Refs, Refs]:
    """``obj`` is the object a phrase trigger consumed ('cut ties'): its 'with' or 'on'
    phrase names the target ('cut ties with Sweden', 'imposed sanctions on Russia')."""
    actors: Refs = []
    targets: Refs = []
    if obj is not None:
        targets += [r for c in obj.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                    for p in c.children if p.dep_ == "pobj" for r in find.refs(p, True)
                    if r.label not in _PLACE_LABELS or c.lower_ in ("with", "on", "against")]
    headline_passive = verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)  # 'Five protesters killed in ...'
    for c in verb.children:
        if obj is not None and c.i == obj.i:
            continue
        if c.dep_ in ("nsubj", "csubj") and headline_passive:
            targets += find.refs(c, True)
        elif c.dep_ in ("nsubj", "csubj"):
            actors += find.refs(c)
        elif c.dep_ == "nsubjpass":
            targets += find.refs(c, True)
        elif c.dep_ == "agent":
            actors += [r for p in c.children for r in find.refs(p)]
        elif c.dep_ in ("dobj", "dative"):
            targets += find.refs(c, True)
        elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS | _ALL_PREPS:
            refs = [r for p in c.children if p.dep_ == "pobj" for r in find.refs(p, True)]
            targets += [r for r in refs if not (c.lower_ in ("at", "to") and r.label in _PLACE_LABELS)]
    if not actors:
        actors = inherited_subject(find, verb)
    return actors, targets


def inherited_subject(find: ActorFinder, verb: Token) -> Refs:
    """'X agreed to meet Y', 'X met Y and signed ...': the subject of the verb this one
    complements or joins; 'protesters who stormed', 'forces fighting in X': the noun a
    clause describes."""
    head = verb.head
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children) and \
                head.lemma_.lower() in lx.cue("request"):
            subj = [c for c in head.children if c.dep_ == "dobj"]  # 'urged X to withdraw'
        return [r for s in subj for r in find.refs(s)] or inherited_subject(find, head)
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN") and verb.tag_ != "VBN":
        return find.refs(head)
    return []


def _noun(find: ActorFinder, noun: Token, type_: str) -> tuple[Refs, Refs, Refs]:
    actors: Refs = []
    targets: Refs = []
    others: Refs = []
    gov = governor(noun)
    if gov is not None:
        a, t = _verb(find, gov)
        actors += a
        if _lemma(noun) in _RECIPROCAL:
            actors += [r for r in t if not find.within(r, noun)]  # 'held talks with X'
        else:
            targets += [r for r in t if not find.within(r, noun)]
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            actors += [r for r in find.refs(c) if r.kind != "group" or c.dep_ == "poss"]
        elif c.dep_ == "prep":
            word = c.lower_
            objs = [r for p in c.children if p.dep_ == "pobj"
                    for r in find.refs(p, word not in ("by", "between", "among"))]
            if word == "by":
                actors += objs
            elif word in _ALL_PREPS:
                actors += objs
            elif word == "of":
                civil = all(r.kind == "group" and r.label == "NORP" for r in objs)
                (actors if type_ in _OF_IS_ACTOR or civil and objs else targets).extend(objs)
            elif word == "with" and _lemma(noun) in _RECIPROCAL:
                actors += objs  # 'talks with X': both sides talk
            elif word in _TARGET_PREPS:
                targets += [r for r in objs if not (word in ("at", "to") and r.label in _PLACE_LABELS)]
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lx.cue("taking_part"):
            others += _clause_refs(find, c)
        elif c.dep_ == "acl" and c.lemma_.lower() in _ASCRIBING:
            actors += [r for p in c.children if p.dep_ in ("prep", "agent")
                       for o in p.children if o.dep_ == "pobj" for r in find.refs(o)]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lx.cue("taking_part") | {"bring"}:
        others += _clause_refs(find, noun.head, skip=noun)
    if not actors:
        actors = _adverbial_subject(find, noun) or _promiser(find, noun)
    return actors, targets, others


def _promiser(find: ActorFinder, noun: Token) -> Refs:
    """'promising $500 million in arms deliveries', 'offered talks': who promises or
    offers an act is who will do it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lx.cue("promising") | lx.cue("offering"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [r for c in subjects for r in find.refs(c)] or inherited_subject(find, verb)


def _adverbial_subject(find: ActorFinder, noun: Token) -> Refs:
    """'Following a meeting with X, Y said ...', 'during a visit to Z, Y ...': who held
    the event is the subject of the clause it dates."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if prep.lower_ not in _TIME_PREPS and not (
            prep.lower_ == "on" and prep.head.lemma_.lower() in _GOING_ON):
        return []  # 'went on strike', 'embarked on a visit'; not 'commented on the attack'
    return [r for c in prep.head.children if c.dep_ == "nsubj" for r in find.refs(c)]


def _clause_refs(find: ActorFinder, verb: Token, skip: Token | None = None) -> Refs:
    """Everyone a 'taking part' clause names ('a meeting that included X and Y')."""
    out: Refs = []
    for c in verb.children:
        if skip is not None and c.i == skip.i or c.dep_ in (
                "nsubj", "punct", "cc", "aux", "auxpass", "advmod", "mark"):
            continue
        heads = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ in ("agent", "prep") else [c]
        out += [r for h in heads for r in find.refs(h)]
    return out


def _unique(refs: Refs) -> Refs:
    out: Refs = []
    for r in refs:
        if not _same(r, out):
            out.append(r)
    return out


def _same(ref: ActorRef, others: Refs) -> bool:
    """The same actor: the same name, or the same words as written."""
    return any(ref.name.lower() == o.name.lower() or (ref.start, ref.end) == (o.start, o.end)
               for o in others)
