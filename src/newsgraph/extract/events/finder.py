"""Events of one parsed sentence: trigger, participants, place and date from the parse."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.records import Event, EventDate
from newsgraph.extract.events.triggers import governor, modal_type, trigger_of
from newsgraph.extract.timex import DateMention
from newsgraph.records import Mention, Span

ACTOR_LABELS = frozenset("PERSON ORG GPE NORP".split())
PLACE_LABELS = frozenset("GPE LOC FAC".split())
_TARGET_PREPS = frozenset("with to against on between among".split())
_PLACE_PREPS = frozenset("in at".split())
_CLAUSES = frozenset("relcl acl advcl ccomp xcomp".split())


@dataclass(frozen=True)
class Candidate:
    """An event before merging: how deep its trigger sits and whether it refers back."""

    event: Event
    depth: int
    definite: bool


class Sentence:
    """A parsed sentence with the article's mentions and dates laid over its tokens."""

    def __init__(self, doc: Doc, offset: int, mentions: Sequence[Mention],
                 dates: Sequence[DateMention], dateline: str | None = None):
        self.doc, self.offset = doc, offset
        end = offset + len(doc.text)
        self.mentions = [m for m in mentions if offset <= m.start and m.end <= end
                         and (not dateline or m.text.lower() != dateline.lower())]
        self.dates = [d for d in dates if offset <= d.start and d.end <= end
                      and d.value and d.type in ("DATE", "TIME") and d.earliest]

    def mention_at(self, tok: Token) -> Mention | None:
        at = self.offset + tok.idx
        return next((m for m in self.mentions if m.start <= at < m.end), None)

    def span_of(self, start: int, end: int):
        return self.doc.char_span(start - self.offset, end - self.offset,
                                  alignment_mode="expand")


def sentence_events(sent: Sentence) -> list[Candidate]:
    """Every event trigger of the sentence with what the parse says about it."""
    out = []
    for tok in sent.doc:
        found = trigger_of(tok)
        if found is None or sent.mention_at(tok):
            continue
        out.append(_candidate(sent, tok, *found))
    return out


def _candidate(sent: Sentence, tok: Token, type_: str, kind: str) -> Candidate:
    actors, targets, others = _participants(sent, tok)
    date, source = _date(sent, tok)
    gov = governor(tok)
    event = Event(
        type=modal_type(tok, type_), kind=kind, trigger=tok.text,
        start=sent.offset + tok.idx, end=sent.offset + tok.idx + len(tok.text),
        participants=_unique(actors + targets + others), actors=_unique(actors),
        targets=_unique(targets), location=_location(sent, tok), date=date,
        date_source=source,
    )
    depth = _depth(gov or tok)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    return Candidate(event, depth, definite)


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


# -- participants ---------------------------------------------------------------------


def _participants(sent: Sentence, tok: Token) -> tuple[list, list, list]:
    """(actors, targets, others) as mention spans."""
    if tok.pos_ == "NOUN":
        return _noun_participants(sent, tok)
    actors, targets = _verb_participants(sent, tok)
    return actors, targets, []


def _verb_participants(sent: Sentence, verb: Token) -> tuple[list, list]:
    actors, targets = [], []
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            actors += phrase(sent, c)
        elif c.dep_ == "nsubjpass":
            targets += phrase(sent, c)
        elif c.dep_ == "agent":
            actors += [m for p in c.children for m in phrase(sent, p)]
        elif c.dep_ in ("dobj", "dative", "attr"):
            targets += phrase(sent, c)
        elif c.dep_ == "prep" and c.lemma_.lower() in _TARGET_PREPS:
            targets += [m for p in c.children if p.dep_ == "pobj" for m in phrase(sent, p)]
    if not actors:
        actors = _inherited_subject(sent, verb)
    return actors, targets


def _inherited_subject(sent: Sentence, verb: Token) -> list:
    """'X agreed to meet Y': the subject of the verb this one complements or joins."""
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        head = verb.head
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [m for s in subj for m in phrase(sent, s)] or _inherited_subject(sent, head)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return phrase(sent, verb.head)
    return []


def _noun_participants(sent: Sentence, noun: Token) -> tuple[list, list, list]:
    """'A meeting between A and B', 'Russia's attack on X', 'talks held by A with B',
    'a meeting that included X and Y' / 'which was attended by Z'."""
    actors, targets, others = [], [], []
    gov = governor(noun)
    if gov is not None:
        a, t = _verb_participants(sent, gov)
        actors += a
        targets += [m for m in t if m not in phrase(sent, noun)]
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.i < noun.i:
            actors += _mentions_in(sent, c, labels=ACTOR_LABELS)
        elif c.dep_ == "prep":
            objs = [m for p in c.children if p.dep_ == "pobj" for m in phrase(sent, p)]
            if c.lemma_.lower() == "by":
                actors += objs
            elif c.lemma_.lower() in ("between", "among"):
                others += objs
            elif c.lemma_.lower() in _TARGET_PREPS:
                targets += objs
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lx.TAKING_PART:
            others += _clause_mentions(sent, c)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lx.TAKING_PART | {"bring"}:
        others += _clause_mentions(sent, noun.head, skip=noun)
    return actors, targets, others


def _clause_mentions(sent: Sentence, verb: Token, skip: Token | None = None) -> list:
    """Everyone a 'taking part' clause names, parse slips (appositions, stray
    noun modifiers) included; not its relative pronoun subject."""
    out = []
    for c in verb.children:
        if skip is not None and c.i == skip.i or c.dep_ in ("nsubj", "punct", "cc", "aux", "auxpass", "advmod"):
            continue
        heads = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ in ("agent", "prep") else [c]
        out += [m for h in heads for m in phrase(sent, h)]
    return out


def phrase(sent: Sentence, head: Token) -> list:
    """The mention spans a noun phrase names: one per conjunct that is a name, else the
    names inside it ('Hungarian and Romanian officials'), never a person's possessive owner."""
    heads = _conjuncts(head)
    named = [m for h in heads if (m := sent.mention_at(h)) and m.label in ACTOR_LABELS]
    if named:
        return [_span(m) for m in _dedupe(named)]
    return [_span(m) for m in _dedupe(_mentions_in(sent, head, ACTOR_LABELS, raw=True))]


def _conjuncts(head: Token) -> list[Token]:
    out, todo = [], [head]
    while todo:
        tok = todo.pop(0)
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos")]
    return out


def _mentions_in(sent: Sentence, tok: Token, labels, raw: bool = False) -> list:
    """Mentions inside ``tok``'s phrase, not inside its clauses or prepositions."""
    toks = _phrase_tokens(tok)
    found = [m for t in toks if (m := sent.mention_at(t)) and m.label in labels]
    found = _dedupe(found)
    return found if raw else [_span(m) for m in found]


def _phrase_tokens(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ not in _CLAUSES and not (c.dep_ == "prep" and c.lemma_.lower() != "of"):
            out += _phrase_tokens(c)
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def _span(m: Mention) -> Span:
    return Span(m.start, m.end, m.text)


def _unique(spans: list[Span]) -> tuple[Span, ...]:
    return tuple(dict.fromkeys(spans))


# -- place and date -------------------------------------------------------------------


def _location(sent: Sentence, tok: Token) -> Span | None:
    """A place after 'in'/'at' on the trigger (or on its object, a common parse slip);
    for a visit also the place visited."""
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    if governor(tok) is not None:
        holders.append(governor(tok))
    visit = tok.lemma_.lower() in ("visit", "trip", "arrive", "tour")
    for h in holders:
        for c in h.children:
            word = c.lemma_.lower()
            if c.dep_ == "prep" and (word in _PLACE_PREPS or visit and word == "to"):
                place = _place_in(sent, [p for p in c.children if p.dep_ == "pobj"])
                if place:
                    return place
            if visit and c.dep_ == "dobj" and h.i == tok.i and (place := _place_in(sent, [c])):
                return place
    return None


def _place_in(sent: Sentence, toks: list[Token]) -> Span | None:
    for t in toks:
        m = sent.mention_at(t)
        if m and m.label in PLACE_LABELS:
            return _span(m)
    return None


def _date(sent: Sentence, tok: Token) -> tuple[EventDate | None, str | None]:
    """A date in the trigger's own clause: reached from the date by climbing the parse
    without crossing another verb. Before an event noun it is attributive."""
    anchors = {tok.i} | ({governor(tok).i} if governor(tok) is not None else set())
    best = None
    for d in sent.dates:
        span = sent.span_of(d.start, d.end)
        if span is None or not _reaches(span.root, anchors):
            continue
        source = "attributive" if span.root.head.i == tok.i and span.root.i < tok.i else "sentence"
        dist = abs(span.root.i - tok.i)
        if best is None or dist < best[0]:
            best = (dist, EventDate.of(d), source)
    return (best[1], best[2]) if best else (None, None)


def _reaches(tok: Token, anchors: set[int]) -> bool:
    for _ in range(12):
        if tok.i in anchors:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
