"""Wrongdoings told as someone's claim or allegation: that person's accusation.

PLOVER (like CAMEO 11) codes the claim as the act the source did: 'PTI claimed he was
abducted' is an accusation by PTI, which the reporter tells, while the abduction is only
claimed. An allegation told beside the reporter's own account ('They also beat up lawyers,
alleged Shireen Mazari') adds the accusation, aimed at whoever did it, to the act.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.actors import ActorFinder
from newsgraph.extract.events.phrases import speaker_ref
from newsgraph.extract.events.records import ActorRef, Event
from newsgraph.extract.events.status import status_of
from newsgraph.extract.events.triggers import verb_lemmas

# Acts that, told as someone's claim, are their accusation; not when the subject is the
# claimer's own ('Russia claimed it had seized the town' is a claim of its own deed).
_WRONGDOINGS = frozenset("ASSAULT COERCE".split())
_OWN = frozenset("it we i".split())
# Telling someone what one will do if something happens threatens them.
_TELLING = frozenset("inform tell warn notify".split())
_CONDITIONS = frozenset("if unless should".split())


def claim_of(find: ActorFinder, tok: Token, type_: str, actors: list[ActorRef]
             ) -> tuple[Token, list[ActorRef]] | None:
    """The claim verb and its claimers when the act at ``tok`` is a wrongdoing in the
    clause someone claims ('X claimed he was abducted', 'X alleged that police beat ...')."""
    verb = tok.head
    if type_ not in _WRONGDOINGS or tok.dep_ != "ccomp" or verb.i == tok.i \
            or not verb_lemmas(verb) & lx.cue("alleging"):
        return None
    claimers = [r for c in verb.children if c.dep_ == "nsubj" for r in find.refs(c)]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not claimers or any(s.lower_ in _OWN for s in subjects) \
            or {r.name for r in claimers} & {r.name for r in actors}:
        return None
    return verb, claimers


def alleged_by(find: ActorFinder, cand):
    """The accusation a wrongdoing told inside an allegation adds ('They beat up lawyers,
    alleged PTI leader Shireen Mazari'), as a candidate, with the act, which the speaker
    (parsed as one more object after an inverted 'alleged') is not a target of; else None."""
    e: Event = cand.event
    if e.type not in _WRONGDOINGS or not e.actors or e.status != "reported":
        return None
    quote = next((q for q in find.quotes if q.start <= e.start < q.end and q.cue), None)
    cue = _cue_token(find, quote) if quote is not None else None
    speaker = speaker_ref(quote, find.article, find.gaz) if cue is not None else None
    if speaker is None or speaker.name in {a.name for a in e.actors}:
        return None
    start = find.sent.offset + cue.idx
    accusation = Event(
        type="ACCUSE", kind="accusation", trigger=cue.text, start=start,
        end=start + len(cue.text), participants=(speaker, *e.actors), actors=(speaker,),
        targets=e.actors, status=status_of(cue, "ACCUSE")[0])
    kept = tuple(t for t in e.targets if (t.start, t.end) != (speaker.start, speaker.end))
    act = replace(e, targets=kept, participants=tuple(
        p for p in e.participants if p in kept or p not in e.targets))
    return replace(cand, event=act), replace(cand, event=accusation, lemma=cue.lemma_.lower(),
                                             about=None)


def _cue_token(find: ActorFinder, quote) -> Token | None:
    """The quote's cue word, outside the quote, when it is one of alleging."""
    for tok in find.sent.doc:
        at = find.sent.offset + tok.idx
        if tok.text == quote.cue and not quote.start <= at < quote.end \
                and verb_lemmas(tok) & lx.cue("alleging"):
            return tok
    return None


def warning_of(find: ActorFinder, tok: Token, type_: str, status: str
               ) -> tuple[Token, list[ActorRef]] | None:
    """The telling verb and whom it tells when a hostile act is told as what will follow a
    condition ('informed Sweden that Iraq would cut off relations should the burning go
    forward'): a threat made to them (PLOVER THREATEN), not a sanction."""
    verb = tok.head
    if status not in ("planned", "hypothetical") or type_ not in lx.HOSTILE \
            or tok.dep_ != "ccomp" or verb.i == tok.i or not verb_lemmas(verb) & _TELLING:
        return None
    # a clause opened by 'if', 'unless' or an inverted 'should', however the parser hangs
    # it ('should the burning go ahead', on the act or on the telling verb)
    conditioned = any(c.dep_ in ("advcl", "ccomp") and c.i > tok.i
                      and c.left_edge.lower_ in _CONDITIONS
                      for c in [*tok.children, *verb.children])
    if not conditioned:
        return None
    told = [r for c in verb.children if c.dep_ in ("dobj", "dative") for r in find.refs(c, True)]
    return verb, told
