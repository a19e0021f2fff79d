"""Who acted and who was acted on, from the parse around a trigger.

For a verb the subject acts, the object is the target, a passive's 'by' phrase acts and its
subject is the target; a verb that complements another ('agreed to meet') takes that one's
subject, and one that has no target of its own takes its complement's ('agreed to provide
aid for Romania'). For an event noun the owner and the nationality before it act ('Russia's
attack', 'a Russian strike'), 'by' acts; the verb that carries the noun ('held talks') adds
its subject and objects. A preposition's object is a target or an actor by what the
preposition says of this kind of act (``_prep_role``): 'talks with X' are X's too, 'aid for
X' goes to X, a 'withdrawal from X' leaves X, 'mediation between X and Y' is aimed at both.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.actors import ActorFinder
from newsgraph.extract.events.holders import (
    adverbial_subject, announcer, clause_refs, drawn, held_in, inherited_subject, promiser,
    responsible)
from newsgraph.extract.events.phrases import pobjs
from newsgraph.extract.events.records import ActorRef
from newsgraph.extract.events.triggers import governor, trigger_of

Refs = list[ActorRef]
_PLACE_LABELS = frozenset("GPE LOC FAC".split())
# For these an 'of' phrase is who took part ('a meeting of leaders', 'the deployment of
# troops', 'a key demand of Kyiv'); otherwise who was acted on ('the arrest of X', 'the
# storming of its embassy').
_OF_IS_ACTOR = frozenset("CONSULT MOBILIZE AGREE COOPERATE REQUEST".split())
# Reciprocal acts: whoever they are held 'with' takes part as much as the subject.
_RECIPROCAL = frozenset("talks negotiation consultation dialogue".split())
# Acts given to someone ('aid for X') and acts that leave or push out of somewhere.
_GIVING = frozenset("AID SUPPORT AGREE CONCEDE COOPERATE".split())
_LEAVING = frozenset("RETREAT SANCTION COERCE MOBILIZE".split())
# 'an attack attributed to Tehran', 'a bombing blamed on rebels': who did it.
_ASCRIBING = frozenset("attribute blame claim".split())
# Participles by which someone does the act a noun names: its agent ('by X') acts.
_DOING = lx.cue("light") | {"agree", "sign"}
_WITHDRAWING = frozenset("withdraw pull exit quit".split())
# Prepositions on a verb's object that still name the act's target ('sanctions on X').
_ON_OBJECT = frozenset("with on against upon for from to".split())
# Prepositions on the thing an act is about that say whose it is or whom it is aimed at.
_SOURCE_PREPS = frozenset("by from of against on".split())
# Acts aimed at whoever their purpose is aimed at ('opened fire to disperse protesters').
_AIMED = frozenset("PROTEST ASSAULT COERCE".split())
# Reactions drawn by someone's act ('won, drawing condemnation'): aimed at its doer.
_REACTIONS = frozenset("ACCUSE REJECT PROTEST THREATEN".split())
# Acts that judge what they are about: aimed at who did it, not at what it was done to.
_JUDGING = frozenset("ACCUSE SUPPORT".split())


def participants(find: ActorFinder, tok: Token, type_: str, kind: str | None = None,
                 obj: Token | None = None) -> tuple[Refs, Refs, Refs]:
    """(actors, targets, others) of the trigger ``tok`` (``obj``: the object its sense
    consumed, as 'ties' in 'cut ties')."""
    act = _Act(find, type_, kind)
    if tok.pos_ == "NOUN":
        actors, targets, others = act.noun(tok)
    else:
        actors, targets = act.verb(tok, obj)
        others = []
    if type_ == "MOBILIZE" and not actors:
        actors, targets = targets, []  # 'the military had been deployed': it mobilises
    if kind == "cancellation" and tok.pos_ == "NOUN" and not actors:
        actors = announcer(find, tok)  # 'Trump confirmed that the meeting was off'
    if kind == "cancellation" and obj is not None:  # 'a planned Trump-Putin meeting was
        # canceled': whoever would have met
        others += [r for side in _Act(find, "CONSULT", "meeting").noun(obj) for r in side]
    if kind == "cutting_ties" and not actors:
        others, targets = others + targets, []  # 'ties were cut': both sides, by whom untold
    if not targets and type_ in _AIMED:
        targets = _aim(find, tok)
    if type_ == "ACCUSE":  # 'complained to the UN over Israeli raids': Israel first
        targets = _accused(find, tok) + targets
    actors = _unique(actors)
    if len(actors) >= 2 and _mutual(tok):
        return actors, actors, []  # 'accused each other', 'accusations by both'
    targets = [t for t in _unique(targets) if not _same(t, actors)]
    return actors, targets, [o for o in _unique(others) if not _same(o, actors + targets)]


def _mutual(tok: Token) -> bool:
    """An act the sides do to each other: 'accused each other', 'blamed one another',
    'accusations by both (sides)'."""
    for o in (c for c in tok.children if c.dep_ == "dobj"):
        if _each_other(o):
            return True
    for p in (c for c in tok.children if c.dep_ in ("prep", "agent")):
        for o in (c for c in p.children if c.dep_ == "pobj"):
            words = {o.lower_} | {d.lower_ for d in o.children if d.dep_ in ("det", "predet")}
            if _each_other(o) or p.lower_ == "by" and "both" in words:
                return True
    return False


def _each_other(o: Token) -> bool:
    mods = {d.lower_ for d in o.children}
    return o.lower_ == "other" and bool(mods & {"each", "one"}) or \
        o.lower_ in ("one", "another") and bool(mods & {"another", "one"})


class _Act:
    """The argument reading of one trigger: its finder, PLOVER type and kind."""

    def __init__(self, find: ActorFinder, type_: str, kind: str | None):
        self.find, self.type, self.kind = find, type_, kind

    # -- verbs -------------------------------------------------------------------------

    def verb(self, verb: Token, obj: Token | None = None, nested: bool = False
             ) -> tuple[Refs, Refs]:
        """``obj`` is the object a phrase trigger consumed ('cut ties'): its 'with' or 'on'
        phrase names the target ('cut ties with Sweden', 'imposed sanctions on Russia')."""
        find = self.find
        actors: Refs = []
        targets: Refs = []
        if obj is not None:  # and whose it is: 'withdrew from Iran's nuclear deal'
            self._preps(obj, actors, targets)
            targets += [r for m in obj.children if m.dep_ == "poss" for r in find.refs(m, True)]
            if obj.lemma_.lower() in lx.cue("envoys") | lx.cue("office_holders"):
                targets += find.refs(obj, True)  # 'expelled the Spanish ambassador': the
                # envoy and the state that sent them
        subject_acted_on = verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)  # 'Five protesters killed'
        # a passive has no subject that acts: 'al-Mangoush has been suspended', its name
        # split by the parser into an nsubj and an nsubjpass
        subject_acted_on = subject_acted_on or any(c.dep_ == "auxpass" for c in verb.children)
        for c in verb.children:
            if obj is not None and c.i == obj.i:
                continue
            if c.dep_ in ("nsubj", "csubj"):
                (targets if subject_acted_on else actors).extend(find.refs(c, subject_acted_on))
            elif c.dep_ == "nsubjpass":
                targets += find.refs(c, True)
            elif c.dep_ == "agent":
                actors += [r for p in c.children for r in find.refs(p)]
            elif c.dep_ == "dative" and c.pos_ == "ADP":  # 'sent aid to Mozambique'
                targets += [r for p in c.children if p.dep_ == "pobj" for r in find.refs(p, True)]
            elif c.dep_ in ("dobj", "dative"):  # the consumed object also when it is a
                # conjunct: 'promising $500 million and "unwavering" American support'
                targets += [r for r in find.refs(c, True) if obj is None or not find.within(r, obj)]
        self._preps(verb, actors, targets, skip=obj)
        for c in verb.children:  # 'imposed restrictions on X', 'broke off ties with X'
            if c.dep_ == "dobj" and (obj is None or c.i != obj.i):
                self._preps(c, actors, targets, only=_ON_OBJECT)
        if not actors and _passive(verb):
            actors = _stray_agent(find, verb)
        if not actors and _passive(verb):
            targets = targets or inherited_subject(find, verb)  # 'were killed and wounded'
        elif not actors:
            actors = inherited_subject(find, verb)
        if not targets:
            targets = self._object_source(verb) or self._complement_targets(verb)
        if self.type == "REQUEST" and all(_same(t, actors) for t in targets):
            # 'insisted on their demand that X ...' (theirs is no target)
            targets = [r for o in pobjs(verb, ("on", "for")) for r in _asked(find, o)]
        if not targets and self.type == "THREATEN" and not nested:
            targets = self._conditioned(verb)  # after the act threatened's own targets
        return actors, targets

    def _conditioned(self, verb: Token) -> Refs:
        """'threatened to launch an offensive unless Baghdad accepted', '... if the United
        States goes ahead': a threat is aimed at whoever its condition asks to act."""
        for clause in (verb, *[c for c in verb.children if c.dep_ == "xcomp"]):
            for c in clause.subtree:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                             for m in c.children):
                    found = [r for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                             for r in self.find.refs(s)]
                    if found:
                        return found
        return []

    def _object_source(self, verb: Token) -> Refs:
        """'rejected a Senegalese peace plan', 'dismissed an appeal from President Gbago',
        'rejected calls by Kofi Annan', 'demanded the removal of President X', 'called for
        sanctions against Nigeria': the act is aimed at whoever the thing acted on is
        from, of or against."""
        out: Refs = []
        for c in _things_acted_on(verb):
            if self.find.refs(c) or self.type in _JUDGING and trigger_of(c) is not None:
                continue  # judging an event is aimed at its actors (merge's ``_aimed``)
            out += [r for m in c.children if m.dep_ in ("poss", "amod", "compound")
                    for r in self.find.refs(m, True)]
            out += [r for p in c.children if p.dep_ == "prep" and p.lower_ in _SOURCE_PREPS
                    for o in p.children if o.dep_ == "pobj" for r in self.find.refs(o, True)]
        return out

    def _complement_targets(self, verb: Token) -> Refs:
        """'agreed to provide aid for Romania', 'threatened to break relations with Russia',
        'demanded that the US cancel plans', 'threatened to impose a curfew in Algiers': the
        target of the act agreed to, threatened or asked for (or the place it would be done
        to); for a demand, whoever is asked to act."""
        for c in verb.children:
            if c.pos_ in ("VERB", "AUX") and (c.dep_ in ("xcomp", "ccomp") or _protesting_for(
                    c, self.type)):
                if self.type == "REQUEST" and c.dep_ == "ccomp":
                    asked = [r for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                             for r in self.find.refs(s)]
                    if asked:
                        return asked
                _, targets = _Act(self.find, self.type, self.kind).verb(c, nested=True)
                if targets:
                    return targets
                places = [r for h in (c, *_things_acted_on(c)) for p in h.children
                          if p.dep_ == "prep" and p.lower_ in ("in", "at")
                          for o in p.children if o.dep_ == "pobj"
                          for r in [self.find.place(o)] if r is not None]
                if places:
                    return places[:1]
        return []

    # -- nouns -------------------------------------------------------------------------

    def noun(self, noun: Token) -> tuple[Refs, Refs, Refs]:
        find = self.find
        actors: Refs = []
        targets: Refs = []
        others: Refs = []
        gov = governor(noun)
        if gov is not None:
            a, t = self.verb(gov)
            actors += a
            t = [r for r in t if not find.within(r, noun)]
            (actors if _lemma(noun) in _RECIPROCAL else targets).extend(t)
        for c in noun.children:
            if c.dep_ == "poss" and _lemma(noun) in lx.cue("undergone") \
                    and not pobjs(noun, ("of",)):  # 'Riyadh's execution of a cleric'
                targets += find.refs(c, True)  # 'Castillo's arrest': Castillo is arrested
            elif c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
                actors += [r for r in find.refs(c) if r.kind != "group" or c.dep_ == "poss"]
            elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lx.cue("taking_part"):
                others += clause_refs(find, c)
            elif c.dep_ == "acl" and c.lemma_.lower() in _ASCRIBING:
                actors += [r for p in c.children if p.dep_ in ("prep", "agent")
                           for o in p.children if o.dep_ == "pobj" for r in find.refs(o)]
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DOING:
                # 'the truce agreed by both sides', 'an attack carried out by the militia'
                actors += [r for p in c.children if p.dep_ == "agent"
                           for o in p.children if o.dep_ == "pobj" for r in find.refs(o)]
        self._preps(noun, actors, targets, reciprocal=_lemma(noun) in _RECIPROCAL, own=True)
        if self.type == "REQUEST" and not targets:
            targets += _asked(find, noun) or _answerer(find, noun)
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lx.cue("taking_part") | {"bring"}:
            others += clause_refs(find, noun.head, skip=noun)
        if not actors:
            actors = adverbial_subject(find, noun, self.type in _OF_IS_ACTOR) or promiser(
                find, noun) or responsible(find, noun)
        if not actors and self.type == "CONSULT":
            actors = held_in(find, noun)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.cue("drawing"):
            reactors, drawn_by = drawn(find, noun.head)
            actors = actors or reactors
            if not targets and self.type in _REACTIONS:
                targets += [r for r in drawn_by if not _same(r, actors)]
        return actors, targets, others

    # -- prepositions ------------------------------------------------------------------

    def _preps(self, head: Token, actors: Refs, targets: Refs, reciprocal: bool = False,
               own: bool = False, only: frozenset[str] | None = None,
               skip: Token | None = None) -> None:
        for c in head.children:
            if c.dep_ != "prep" or only is not None and c.lower_ not in only:
                continue
            word = c.lower_
            for p in (p for p in c.children if p.dep_ == "pobj"
                      and (skip is None or p.i != skip.i)):  # 'taken to court': the sense
                for r in self.find.refs(p, word not in ("by", "between", "among")):
                    role = self._prep_role(word, r, head, reciprocal, own)
                    if role == "actor":
                        actors.append(r)
                    elif role == "target":
                        targets.append(r)

    def _prep_role(self, word: str, ref: ActorRef, head: Token, reciprocal: bool,
                   own: bool = False) -> str | None:
        """Whether the object of ``word`` after ``head`` acted, was acted on, or neither
        (a place: 'met in Geneva', 'a visit to Kyiv')."""
        is_noun = head.pos_ == "NOUN" or head.tag_ == "VBG" and not any(
            c.dep_.startswith("nsubj") for c in head.children)  # 'storming of parliament'
        city = ref.label in _PLACE_LABELS and ref.kind != "country" and \
            self.find.gaz.country(ref.name) is None
        if word == "by":
            return "actor" if is_noun else None  # 'a protest by X'; not 'went by train'
        if word in ("between", "among"):
            return "target" if self.kind == "mediation" else "actor"
        if word == "of" and is_noun:
            if head.lemma_.lower() in lx.cue("sessions"):
                return None  # 'the third cycle of the Peace Dialogue Table': the process
            civil = ref.kind == "group" and ref.label == "NORP" and self.type == "PROTEST"
            return "actor" if self.type in _OF_IS_ACTOR or civil else "target"  # 'a march
            # of thousands'; 'the arrest of protesters', 'the deportation of children'
        if word == "with":
            return "actor" if reciprocal else "target"
        if word in ("against", "on", "upon", "toward", "towards"):
            return "target"
        if word == "to" and self.type == "COERCE" and not is_noun and any(
                self.find.refs(c) for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
            return None  # 'deported X to Russia', 'sentenced X to prison': where, not whom
        if word == "at" and self.type != "ASSAULT" and self.find.gaz.seat_of_government(ref.name):
            return None  # 'met Biden at the White House': where, not whom
        if word in ("to", "at"):
            return None if city else "target"  # 'a visit to Kyiv', not 'apologized to Brazil'
        if word == "for" and self.type in _GIVING:
            return None if city else "target"
        if word == "from" and self.type in _LEAVING:
            return "target"
        if word == "from" and own and not city:
            return "actor"  # 'condemnation from the African Union', 'aid from Japan'
        return None


def _stray_agent(find: ActorFinder, verb: Token) -> Refs:
    """'was hit with a water cannon by the coast guard': the parser hangs the 'by' phrase
    on the instrument; on a passive it still says who acted."""
    return [r for p in pobjs(verb, ("with",)) for o in pobjs(p, ("by",))
            for r in find.refs(o)]


def _passive(verb: Token) -> bool:
    """A passive verb, one joined to a passive ('were killed and wounded'), or a reduced
    passive clause ('Castillo was arrested ..., accused of plotting a coup')."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and \
        any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)


def _aim(find: ActorFinder, tok: Token) -> Refs:
    """Whom a protest or a use of force is aimed at when its clause names no one acted on:
    whoever its purpose is aimed at ('began a hunger strike to demand the resignation of
    X', 'opened fire to disperse demonstrators', 'rallied, calling for independence from
    X') or what it is 'in protest against' ('... the violations by X', "X's refusal")."""
    clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") \
        and tok.head.pos_ == "VERB" else tok
    for c in [*clause.children, *(tok.children if clause.i != tok.i else ())]:
        if c.pos_ == "VERB" and c.dep_ in ("advcl", "xcomp", "acl") and (any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                or c.tag_ == "VBG" and c.lemma_.lower() in lx.cue("request")):
            aimed = _Act(find, "REQUEST", None).verb(c)[1]
            if aimed:
                return aimed
        if c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "after", "before", "during"):
            struck = [c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"]
            places = [r for o in struck if o.pos_ == "NOUN"
                      for q in pobjs(o, ("in", "near", "outside"))
                      for r in [find.place(q)] if r is not None]
            if places:  # 'retook a village in western Cambodia', 'fired at targets in X'
                return places[:1]
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in lx.cue("protest_of"):
                    aimed = [r for o in pobjs(p, ("against", "of", "over", "at", "to"))
                             for r in _whose(find, o)]
                    if aimed:
                        return aimed
    return []


def _asked(find: ActorFinder, noun: Token) -> Refs:
    """'its demand that Israel ease restrictions', 'calls for X to withdraw': whoever a
    demand's clause asks to act."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    if noun.dep_ == "dobj":  # 'reiterated its demand today that ...', hung on the verb
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
    return [r for c in clauses if c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)
            for subj in c.children if subj.dep_ in ("nsubj", "nsubjpass")
            for r in find.refs(subj, True)]


def _accused(find: ActorFinder, tok: Token) -> Refs:
    """Who did what an accusation or an inquiry is over or into: 'complained over two
    Israeli air raids', 'an investigation into crimes committed by Croat forces'."""
    out: Refs = []
    for thing in pobjs(tok, ("over", "into", "about")):
        doers = [*pobjs(thing, ("by",)),  # 'crimes by X', 'crimes committed by X'
                 *(o for c in thing.children if c.dep_ == "acl" for o in pobjs(c, ("by",)))]
        out += [r for m in thing.children if m.dep_ in ("poss", "amod", "compound")
                for r in find.refs(m, True)]
        out += [r for o in doers for r in find.refs(o, True)]
    return out


def _answerer(find: ActorFinder, noun: Token) -> Refs:
    """'Trump did not approve Zelenskyy's request', 'rejected the demand': whoever answers
    a request was asked."""
    answering = lx.cue("refusal") | lx.cue("enacting") | {"accept"}  # 'approved his request'
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or trigger_of(noun.head) is not None \
            and noun.head.lemma_.lower() not in answering \
            or noun.head.lemma_.lower() in lx.cue("reporting"):
        return []  # 'reiterated its demand': the one who says it is not the one asked
    return [r for c in noun.head.children if c.dep_ == "nsubj" for r in find.refs(c)]


def _whose(find: ActorFinder, thing: Token) -> Refs:
    """The actors a phrase names, else those the thing it names is of or by ('the
    violations by Algerian forces', "the government's refusal")."""
    return find.refs(thing, True) or [r for o in pobjs(thing, _SOURCE_PREPS)
                                      for r in find.refs(o, True)]


def _protesting_for(clause: Token, type_: str) -> bool:
    """'staged a hunger strike to protest Sweden's decision', '... to demand the
    resignation of X': a protest is aimed at whoever its purpose is aimed at."""
    return type_ == "PROTEST" and clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _things_acted_on(verb: Token) -> list[Token]:
    """A verb's direct objects, what it calls or presses for ('called for sanctions') and
    what it withdraws from ('withdrew from Iran's nuclear deal')."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    return out + [p for c in verb.children if c.dep_ == "prep" and (
        c.lower_ == "for" or c.lower_ == "from" and verb.lemma_.lower() in _WITHDRAWING)
        for p in c.children if p.dep_ == "pobj"]


def _lemma(tok: Token) -> str:
    return "talks" if tok.lower_ == "talks" else tok.lemma_.lower()


def _unique(refs: Refs) -> Refs:
    out: Refs = []
    for r in refs:
        if not _same(r, out):
            out.append(r)
    return out


def _same(ref: ActorRef, others: Refs) -> bool:
    """The same actor: the same name meant (the same words may mean two: 'the two
    countries', 'Israeli officials' and Israel)."""
    return any(ref.name.lower() == o.name.lower() for o in others)
