"""Events of one parsed sentence: trigger, who acted on whom, status, date and place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.actors import ActorFinder
from newsgraph.extract.events.phrases import speaker_ref
from newsgraph.extract.events.arguments import participants
from newsgraph.extract.events.holders import inherited_subject
from newsgraph.extract.events.claims import alleged_by, claim_of, warning_of
from newsgraph.extract.events.records import ActorRef, Event, EventDate
from newsgraph.extract.events.setting import date_of, place_of
from newsgraph.extract.events.status import status_of
from newsgraph.extract.events.triggers import governor, trigger_of, verb_lemmas
from newsgraph.extract.timex import DateMention
from newsgraph.records import Mention, Span

# Acts aimed at a place when no one is named: PLOVER's target is then the place.
_AT_PLACE = frozenset("COERCE CONCEDE RETREAT MOBILIZE PROTEST ASSAULT THREATEN".split())
# Acts done to a place where they happen ('an attack on Kyiv'); a protest against a
# country's decision is not held there.
_STRIKING = frozenset("ASSAULT COERCE".split())
# Acts done rather than said, whose participle adjuncts tell how they went.
_MATERIAL = frozenset("ASSAULT PROTEST COERCE CONSULT MOBILIZE".split())


@dataclass(frozen=True)
class Candidate:
    """An event before merging: how deep its trigger sits, whether it refers back ('the
    meeting'), the tense of its clause (``tense_of``) and, for an act about another event
    ('called the storming a threat'), where that event's trigger is."""

    event: Event
    depth: int
    definite: bool
    tense: str | None = None
    about: int | None = None
    lemma: str = ""
    earlier: bool = False  # told as before the story ('previously', 'earlier deals')
    # 'seven years after ties were cut': how long before its governing clause it happened
    # ((7, 'Y')), and that clause's own date when it has one
    lead_time: tuple[int, str] | None = None
    anchor: EventDate | None = None
    asked: str | None = None  # for a demand, the act asked for ('urged X to comply')


class Sentence:
    """A parsed sentence with the article's mentions and dates laid over its tokens."""

    def __init__(self, doc: Doc, offset: int, mentions: Sequence[Mention],
                 dates: Sequence[DateMention], dateline: str | None = None):
        self.doc, self.offset = doc, offset
        end = offset + len(doc.text)
        self.mentions = [m for m in mentions if offset <= m.start and m.end <= end
                         and not _is_dateline(m, dateline)]
        self.dates = [d for d in dates if offset <= d.start and d.end <= end
                      and d.value and d.type in ("DATE", "TIME") and d.earliest]
        self.durations = [d for d in dates if offset <= d.start and d.end <= end
                          and d.type == "DURATION" and d.value]

    def mention_at(self, tok: Token) -> Mention | None:
        at = self.offset + tok.idx
        return next((m for m in self.mentions if m.start <= at < m.end), None)

    def date_at(self, tok: Token) -> DateMention | None:
        at = self.offset + tok.idx
        return next((d for d in self.dates if d.start <= at < d.end), None)

    def span_of(self, start: int, end: int):
        return self.doc.char_span(start - self.offset, end - self.offset,
                                  alignment_mode="expand")

    def text_at(self, start: int, end: int) -> str:
        return self.doc.text[start - self.offset:end - self.offset]


class SentenceEvents:
    """Finds the events of one sentence; ``quotes`` are the article's quotes."""

    def __init__(self, sent: Sentence, actors: ActorFinder, gaz, quotes: Sequence[Span] = ()):
        self.sent, self.actors, self.gaz, self.quotes = sent, actors, gaz, quotes

    def candidates(self) -> list[Candidate]:
        out, consumed = [], set()
        for tok in sorted(self.sent.doc, key=lambda t: t.pos_ != "VERB"):  # verbs first
            if tok.i in consumed or self.sent.mention_at(tok) or _describes_event(tok) \
                    or _aimed_by_event(tok) \
                    or tok.pos_ == "NOUN" and (_describes_subject(tok) or tok.dep_ == "compound"
                                               and not _carried(tok)):
                continue  # 'a ceasefire monitoring mechanism', 'the demonstration was an
                # assault on ...': the noun qualifies another or says what an event was
            found = trigger_of(tok, self)
            if found is None or _carries_event(tok, found):
                continue
            (type_, kind), obj = found
            if obj is not None and not _answers(tok, obj):
                consumed |= {t.i for t in obj.subtree if t.pos_ == "NOUN"}
            cand = self._candidate(tok, type_, kind, obj)
            if cand is not None:
                alleged = alleged_by(self.actors, cand)
                out += [cand] if alleged is None else alleged
                if alleged is not None:  # its cue ('..., alleged X') is that accusation
                    at = alleged[1].event.start - self.sent.offset
                    consumed |= {t.i for t in self.sent.doc if t.idx == at}
        return sorted(out, key=lambda c: c.event.start)

    def names_actor(self, tok: Token) -> bool:
        return bool(self.actors.refs(tok))

    def civil_actor(self, tok: Token) -> bool:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        refs = [r for s in subjects for r in self.actors.refs(s)]
        if not refs and tok.dep_ in ("relcl", "acl", "conj", "xcomp"):
            refs = self.actors.refs(tok.head) or inherited_subject(self.actors, tok)
        # groups of people ('protesters'), and people named by their nation ('Algerians')
        return any(r.label == "NORP" and r.kind in ("group", "named") for r in refs)

    def _candidate(self, tok: Token, type_: str, kind: str,
                   obj: Token | None = None) -> Candidate | None:
        if _purpose_of_same(tok, type_) or _part_of(tok) or _alleged(tok) \
                or kind == "release" and _freed_from_thing(tok):
            return None  # 'met X to discuss Y', 'stormed the embassy, setting a fire':
            # the talks are the meeting's content, the fire part of the storming
        node = tok.head if tok.dep_ == "compound" and _carried(tok) else tok
        status, changed = status_of(node, type_)
        if status == "state":
            return None  # a lasting relation, not an act
        actors, targets, others = participants(self.actors, node, type_, kind, obj)
        stated = tok.lemma_.lower() in lx.cue("stance_nouns") and _stated(tok)
        if stated:  # 'He reiterated Russia's refusal': he states it, for Russia
            speakers = [r for c in tok.head.children if c.dep_ == "nsubj"
                        for r in self.actors.refs(c)]
            actors = speakers + [a for a in actors if a not in speakers]
        elif _mentioned(node):  # 'followed the meeting with her husband': told, not held
            actors, targets = [], []
        actors = self._speaker_for_office(tok, actors)
        if changed == "REQUEST" and type_ != "REQUEST":  # 'X must apologize,' said Y
            actors, targets = self._requester(tok), actors + targets
        type_ = changed
        if kind == "ceasefire" and len(actors) >= 2:  # PLOVER: a truce of two sides is
            type_ = "AGREE"  # agreed; one side's is a de-escalation (RETREAT)
        warned = warning_of(self.actors, node, type_, status)
        if warned is not None:  # 'informed Sweden that Iraq would cut off relations should'
            tok, told = warned
            targets = told or targets
            type_, kind, status = "THREATEN", "warning", "reported"
        claim = claim_of(self.actors, tok, type_, actors)
        if claim is not None:  # 'PTI claimed he was abducted': the claim is what is told
            tok, claimers = claim
            actors, targets, others = claimers, actors, []
            type_, kind, status = "ACCUSE", "accusation", status_of(tok, "ACCUSE")[0]
        quote = self._quote_at(self.sent.offset + tok.idx)
        if not actors and not targets and not others and not _definite(tok) \
                and not _unrest(tok, type_, status):
            return None  # an act with nobody named in its slots
        date, date_source = date_of(self.sent, node)
        if date_source == "sentence" and told_earlier(tok):
            date = date_source = None  # 'were previously detained, X reported Tuesday'
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.cue("stance_nouns") \
                and date_source not in ("clause", "attributive") and not _stated(tok):
            return None  # 'given Putin's refusal to end the war': a stance held, no act
        place, place_source = place_of(self.sent, node, self.gaz)
        if place is not None and place_source == "sentence" and self._quoted_apart(tok, place):
            place, place_source = None, None  # 'said X during the signing': not in X's words
        if not targets and place_source == "clause" and place.label in ("GPE", "LOC") \
                and place.kind != "country" \
                and (type_ in _AT_PLACE or kind == "visit"):
            targets = [place]  # 'imposed a curfew in Abidjan', 'arrived in Amman on a visit'
        if place is None and type_ in _AT_PLACE:
            struck = next((t for t in targets if t.kind == "named" and (
                t.label == "FAC" or t.label in ("GPE", "LOC") and type_ in _STRIKING)
                or t.kind == "country" and type_ == "ASSAULT"), None)
            if struck is not None:  # 'an attack on Kyiv' happened in Kyiv, 'Russia's
                # invasion of Ukraine' in Ukraine
                place, place_source = struck, "clause"
        years = _anniversary_of(tok)
        if years is not None:  # a landmark of the story's time, not when or where it is told
            date = date_source = None  # (its own clause still places it: 'of Russia's
            if place_source != "clause":  # invasion of Ukraine')
                place = place_source = None
        start = self.sent.offset + tok.idx
        event = Event(
            type=type_, kind=kind, trigger=tok.text, start=start, end=start + len(tok.text),
            participants=tuple(_unique(actors + targets + others)), actors=tuple(actors),
            targets=tuple(targets), location=place, location_source=place_source,
            date=date, date_source=date_source, status=status, quote=quote,
        )
        if years is not None:  # 'the first anniversary of the invasion': years before
            lead_time, anchor = ((years, "Y") if years else None), None
        else:
            lead_time = _lead_time(self.sent, node) if date is None else None
            anchor = date_of(self.sent, node.head)[0] if lead_time else None
        asked = next((c.lemma_.lower() for c in node.children if c.dep_ == "xcomp"), None) \
            if type_ == "REQUEST" and node.pos_ == "VERB" else None
        return Candidate(event, _depth(governor(tok) or tok), _definite(tok), tense_of(tok),
                         self._about(tok), tok.lemma_.lower(), told_earlier(tok),
                         lead_time, anchor, asked)

    def _quoted_apart(self, tok: Token, place: ActorRef) -> bool:
        """The place is inside a quote that the trigger is not in."""
        at = self.sent.offset + tok.idx
        return any(q.start <= place.start < q.end and not q.start <= at < q.end
                   for q in self.quotes)

    def _about(self, tok: Token) -> int | None:
        """The event noun this act is about: 'condemned the attack', 'called the storming
        of parliament a threat'."""
        for c in tok.children:
            if c.dep_ == "dobj" and (c.pos_ == "NOUN" or c.tag_ == "VBG") \
                    and trigger_of(c) is not None:
                return self.sent.offset + c.idx
        return None

    def _requester(self, tok: Token) -> list[ActorRef]:
        """Who says that someone must act: the subject of the verb that reports it."""
        for verb in tok.ancestors:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in lx.cue("reporting"):
                return [r for c in verb.children if c.dep_ == "nsubj"
                        for r in self.actors.refs(c)] or inherited_subject(self.actors, verb)
        return []

    def _speaker_for_office(self, tok: Token, actors: list[ActorRef]) -> list[ActorRef]:
        """'"Treasury is prepared to take further action," Secretary of the Treasury Scott
        Bessent said': in the speaker's own words, or in what a verb of saying reports
        ('Bessent emphasized that Treasury is prepared ...'), the office the speaker holds
        acts through the speaker too."""
        at = self.sent.offset + tok.idx
        quote = next((q for q in self.actors.quotes if q.start <= at < q.end
                      and getattr(q, "kind", "direct") == "direct"), None)
        speaker = speaker_ref(quote, self.actors.article, self.gaz) if quote else None
        said_as = quote.speaker.text if speaker is not None else ""
        if speaker is None:  # 'Bessent emphasized that Treasury is prepared to act'
            speaker = next(iter(self._requester(tok)), None)
            said_as = speaker.text if speaker is not None else ""
        if speaker is None or speaker.label != "PERSON" or not actors:
            return actors
        surname = speaker.name.split()[-1]
        offices = set(_office_words(said_as)).union(*(  # 'Secretary of the Treasury X'
            _office_words(r.role) for r in self.actors.roles
            if r.holder.text.split()[-1] == surname))
        held = [a for a in actors if a.label == "ORG" and _office_words(a.name)
                and set(_office_words(a.name)) <= offices]
        return [speaker, *actors] if held and speaker.name not in {a.name for a in actors} \
            else actors

    def _quote_at(self, pos: int) -> Span | None:
        inside = [q for q in self.quotes if q.start <= pos < q.end]
        q = min(inside, key=lambda q: q.end - q.start) if inside else None
        return Span(q.start, q.end, q.text) if q is not None else None


def _office_words(name: str) -> list[str]:
    """'Treasury Department' -> ['treasury']: the words that tell an office apart."""
    return [w for w in name.lower().split() if w not in _OFFICE_GENERIC]


_OFFICE_GENERIC = frozenset("the of department ministry office us u.s. federal".split())


def _freed_from_thing(tok: Token) -> bool:
    """'freed people from under the rubble', 'released from hospital': not from custody."""
    places = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in (*p.children, *(g for c in p.children for g in c.children))
              if o.dep_ == "pobj"]
    return bool(places) and not any(o.lemma_.lower() in lx.cue("custody") for o in places)


def _alleged(tok: Token) -> bool:
    """'allegations of voter fraud', 'accusations of torture': the wrongdoing is what is
    claimed; the claim is the event."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in lx.cue("alleged_by")


def _answers(tok: Token, obj: Token) -> bool:
    """'did not approve his request': the answer and the request are two acts, so the
    sense does not consume its object."""
    return tok.pos_ == "VERB" and obj.lemma_.lower() in lx.cue("answerable")


def _mentioned(tok: Token) -> bool:
    """A definite event noun that another act is about ('followed the meeting', 'hailed
    the talks'): a reference to the event, whose own phrase is not to be trusted for who
    took part (only a clause such as 'which was attended by X' is)."""
    return _definite(tok) and tok.dep_ in ("dobj", "pobj") and governor(tok) is None \
        and tok.head.pos_ == "VERB"


def _carries_event(tok: Token, found) -> bool:
    """A verb that is a trigger but also a light verb ('ordered', 'announced') yields to
    the event noun it carries ('ordered patrols', 'announced a suspension'), unless its own
    sense consumed that noun ('issued an arrest warrant')."""
    if tok.pos_ != "VERB" or not verb_lemmas(tok) & lx.cue("light") or found[1] is not None:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and trigger_of(c) is not None
               for c in tok.children)


def _carried(tok: Token) -> bool:
    """'mediation efforts', 'a relief operation': the noun names the event its head only
    carries."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.cue("light_noun")


def _is_dateline(m: Mention, dateline: str | None) -> bool:
    """The dateline as printed before the lead ('BAGHDAD --'), not a later 'Baghdad'."""
    return bool(dateline) and m.text.isupper() and m.text.lower() == dateline.lower()


def _part_of(tok: Token) -> bool:
    """A participle adjunct of a material act ('stormed the embassy, setting a fire',
    'struck Kyiv, killing 15', 'met the diaspora, urging them to invest'): how the act went,
    not another act."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") or tok.head.i == tok.i \
            or any(c.dep_.startswith("nsubj") for c in tok.children):
        return False
    head = tok.head
    while head.dep_ == "conj" and head.tag_ == "VBG" and head.head.i != head.i:
        head = head.head  # 'waving flags and setting a fire': back to what they did
    if head.tag_ == "VBG" and head.dep_ == "advcl":
        head = head.head
    found = trigger_of(head)
    return found is not None and found[0][0] in _MATERIAL


def _purpose_of_same(tok: Token, type_: str) -> bool:
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head.i == tok.i or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    found = trigger_of(head)
    return found is not None and found[0][0] == type_


def tense_of(tok: Token) -> str | None:
    """The tense of the clause that states the event: past, perfect, pluperfect,
    backshifted (a past perfect in reported speech), present, future, or None (a noun
    outside any clause, a headline fragment)."""
    verb = governor(tok) or tok
    for _ in range(3):  # 'after the meeting': the clause the noun's phrase dates
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = {c.lower_: c for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes.keys() & {"will", "shall", "'ll", "wo"}:
        return "future"
    if "had" in auxes and "been" not in auxes or "had" in auxes and verb.tag_ == "VBN":
        # backshifted in reported speech or a subordinate clause ('said the military had
        # been deployed', 'the complex where police had opened fire'): a recent past
        return "backshifted" if verb.dep_ in ("ccomp", "relcl", "advcl") else "pluperfect"
    if auxes.keys() & {"has", "have", "'ve"}:
        return "perfect"
    if verb.tag_ == "VBD" or auxes.keys() & {"was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or auxes.keys() & {"is", "are", "am"}:
        return "present"
    return None


_NUMBERS = {w: n for n, words in enumerate([
    "", "one first", "two second", "three third", "four fourth", "five fifth", "six sixth",
    "seven seventh", "eight eighth", "nine ninth", "ten tenth"]) for w in words.split()}


def _anniversary_of(tok: Token) -> int | None:
    """For an event noun after 'the Nth anniversary of': N (0 when not said), else None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of" \
            or tok.head.head.lemma_.lower() != "anniversary":
        return None
    words = [t.lower_.rstrip("stndrh") if t.like_num else t.lower_
             for t in tok.head.head.subtree if t.i < tok.head.head.i]
    return next((int(w) if w.isdigit() else _NUMBERS[w] for w in words
                 if w.isdigit() or w in _NUMBERS), 0)


def _unrest(tok: Token, type_: str, status: str) -> bool:
    """'sparked widespread protests', 'led to street protests in several cities': protests
    told by what caused them or where they spread are events, whoever took part."""
    if type_ != "PROTEST" or status != "reported" or tok.pos_ != "NOUN":
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    return head.lemma_.lower() in lx.cue("unrest_causes") or tok.dep_ == "nsubj" \
        and head.lemma_.lower() in lx.cue("unrest_spreads")


def _stated(tok: Token) -> bool:
    """A stance told as said ('reiterated Russia's refusal'): the saying is the act."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.cue("reporting")


_ONE_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _lead_time(sent: Sentence, tok: Token) -> tuple[int, str] | None:
    """(7, 'Y') for 'seven years after ties were cut': a clause of 'after' measured by a
    duration, which puts it that long before the clause it hangs on."""
    for _ in range(3):  # an event noun's clause ('... the day after Trump confirmed that a
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:  # planned meeting was off')
            break
        tok = tok.head
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lx.cue("reporting"):
        tok = tok.head  # what was said to be so is told as of the saying
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # 'a day after coastguards blocked and used water cannon'
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if tok.pos_ not in ("VERB", "AUX") or mark is None:
        return None
    before_mark = [c for c in tok.head.children if c.right_edge.i == mark.i - 1]
    for c in [*tok.children, *mark.children, *before_mark]:  # 'two months' hangs on any
        if c.dep_ != "npadvmod":
            continue
        at = sent.offset + c.idx
        d = next((d for d in sent.durations if d.start <= at < d.end), None)
        found = re.fullmatch(r"P(\d+)([YMWD])", d.value) if d else None
        if found:
            return int(found[1]), found[2]
        if c.lemma_.lower() in _ONE_UNIT and any(d.lower_ == "the" for d in c.children):
            return 1, _ONE_UNIT[c.lemma_.lower()]  # 'Wednesday, the day after ...'
    return None


def told_earlier(tok: Token) -> bool:
    """'had previously produced an agreement', 'earlier ceasefire deals', 'previous
    ceasefires': an act the story sets before the one it tells, so never the same one."""
    words = lx.cue("earlier")
    nodes = [tok, tok.head] if tok.dep_ == "compound" else [tok]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        nodes.append(tok.head)  # 'had previously produced an agreement'
    elif tok.dep_ == "compound" and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        nodes.append(tok.head.head)
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in words
               for n in nodes for c in n.children)


def _describes_event(tok: Token) -> bool:
    """A verb that only describes an event noun ('sanctions targeting Russia', 'a strike
    that killed 15'): the noun is the event."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and \
        trigger_of(tok.head) is not None if tok.head.pos_ == "NOUN" else False


def _aimed_by_event(tok: Token) -> bool:
    """'The sanctions targeted Rosneft and Lukoil': what an event told by its noun was aimed
    at, not an attack of its own."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ("target", "aim") and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and trigger_of(c) is not None
        for c in tok.children)


def _describes_subject(tok: Token) -> bool:
    """'The demonstration was the most direct assault on the government': what an event
    told already was, not another one ('It was the first visit by ...' is one)."""
    if tok.dep_ != "attr":
        return False
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return any(trigger_of(s) is not None for s in subjects)


def _definite(tok: Token) -> bool:
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
            and not any(c.dep_ == "det" for c in tok.children):
        tok = tok.head.head  # 'the fourth round of negotiations'
    return (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "its",
                                                   "their", "his", "her")
        for c in tok.children)


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for r in refs:
        if r.name.lower() not in seen:
            seen.add(r.name.lower())
            out.append(r)
    return out
