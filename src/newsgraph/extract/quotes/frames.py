"""Read attribution frames (cue, speaker, reported clause) off one parsed sentence.

This is the only module that touches spaCy tokens. A ``Frame`` holds article offsets, so
nothing downstream needs the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract.quotes.lexicon import (
    COMPLEMENT_CUES, INDIRECT_VERBS, ISSUING_VERBS, MESSAGE_NOUNS, PREPOSITION_CUES, QUOTE_VERBS,
    OBJECT_STANCES, RELATIVE_PRONOUNS, SPEECH_NOUNS, STANCE_NOUNS,
)
from newsgraph.extract.quotes.marks import Marked

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Range = tuple[int, int]
_SUBJECTS = ("nsubj", "csubj")
_CLIMB = ("advcl", "conj", "xcomp", "pcomp", "prep")
_LISTENER_VERBS = frozenset("tell ask inform assure reassure urge".split())
_NP_RIGHT = ("compound", "flat", "nummod", "cc", "conj")
_NOT_COMPLEMENT = ("punct", "cc", "conj", "advcl", "nsubj", "npadvmod", "parataxis", "advmod", "mark")
# The words of a speaker's noun phrase read without a parse: 'the head of the Economic
# Community of West African States (ECOWAS)', 'PTI leader Shireen Mazari'.
_STATED_DEPS = frozenset("dobj xcomp ccomp dative oprd pcomp".split())
_STATED_PREPS = frozenset("for against of about on upon to over as".split())
_STANCE_PREPS = frozenset("for of against on about to toward towards with".split())
_NP_TAGS = frozenset("DT JJ JJS NN NNS NNP NNPS HYPH POS CD -LRB- -RRB- PRP$".split())


@dataclass(frozen=True)
class Frame:
    """One reporting cue in a sentence and what hangs on it (article offsets)."""

    cue: str
    lemma: str
    cue_start: int
    cue_end: int
    speaker: Range | None = None
    content: Range | None = None  # the reported clause, for indirect speech
    listener: Range | None = None  # who was told: 'told The Media Line'
    complement: Range | None = None  # what the cue governs: 'calling them a "..."'
    written: Range | None = None  # the relative pronoun when the speaker is its antecedent


class ParsedSentence:
    """A parsed sentence, its frames, and which frame governs a quoted stretch."""

    def __init__(self, doc: Doc, offset: int, marks: list[Marked], cues: list[int] | None = None):
        """``cues``: the only tokens that can start a frame (``frameless.cue_words``), if known."""
        self.doc, self.offset = doc, offset
        self.marks = [(m.start, m.end) for m in marks]
        self.text = doc.text
        self.start, self.end = offset, offset + len(self.text)
        self._by_token: dict[int, Frame] = {}
        for tok in doc if cues is None else (doc[i] for i in cues):
            frame = self._frame(tok)
            if frame is not None:
                self._by_token[tok.i] = frame
        self.frames = list(self._by_token.values())

    # -- offsets ---------------------------------------------------------------------------
    def _range(self, span: Span | Token) -> Range:
        if hasattr(span, "idx"):
            return (self.offset + span.idx, self.offset + span.idx + len(span))
        return (self.offset + span.start_char, self.offset + span.end_char)

    def _quoted(self, tok: Token) -> bool:
        pos = self.offset + tok.idx
        return any(s <= pos < e for s, e in self.marks)

    # -- frames ----------------------------------------------------------------------------
    def _frame(self, tok: Token) -> Frame | None:
        if self._quoted(tok):
            return None
        if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return self._according(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            return self._nominal(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in STANCE_NOUNS:
            return self._owned_stance(tok)
        lemma = tok.lemma_.lower()
        if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            lemma = "put it"  # 'as X put it, "..."'
        elif lemma not in QUOTE_VERBS or tok.pos_ not in ("VERB", "AUX"):
            return None
        head = self._speaker_head(tok)
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        written = self._range(subj) if subj is not None and subj.lower_ in RELATIVE_PRONOUNS else None
        listener = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        speaker = self._range(self.noun_phrase(head)) if head is not None else None
        content = self._content(tok) if lemma in INDIRECT_VERBS else None
        if content is None and lemma in COMPLEMENT_CUES:
            content = self._stated(tok, head)
        trailing = self._trailing(tok) if lemma in INDIRECT_VERBS else None
        if trailing and (content is None or speaker is None):
            speaker, content = trailing  # 'S, the ministry said.' mis-parsed
        return Frame(
            cue=tok.text, lemma=lemma, cue_start=self._range(tok)[0], cue_end=self._range(tok)[1],
            speaker=speaker, content=content,
            listener=self._range(self.noun_phrase(listener))
            if listener is not None and lemma in _LISTENER_VERBS else None,
            complement=self.complement(tok, head), written=written,
        )

    def _nominal(self, noun: Token) -> Frame | None:
        """"Kobakhidze's announcement that Tbilisi would suspend talks", 'his promises to
        stick it to the rich': a speech noun, whose possessor spoke and whose clause says what."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and c.pos_ in ("VERB", "AUX") and _opens_content(c)), None)
        if owner is None or clause is None:
            return None
        span = _subtree(clause)
        if span[0].dep_ == "mark":
            span = span[1:]
        if len(span) < 3:
            return None
        r = self._range(noun)
        return Frame(cue=noun.text, lemma=noun.lemma_.lower(), cue_start=r[0], cue_end=r[1],
                     speaker=self._range(self.noun_phrase(owner)), content=self._range(span))

    def _owned_stance(self, noun: Token) -> Frame | None:
        """'Clinton's support for Black Lives Matter', 'his criticism of the bank': a stance
        noun, whose possessor holds it and whose preposition's object is what it is about."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS
                     and any(o.dep_ == "pobj" for o in c.children)), None)
        if owner is None or prep is None:
            return None
        span = self.doc[prep.i + 1:prep.right_edge.i + 1]
        r = self._range(noun)
        return Frame(cue=noun.text, lemma=noun.lemma_.lower(), cue_start=r[0], cue_end=r[1],
                     speaker=self._range(self.noun_phrase(owner)), content=self._range(span))

    def _trailing(self, verb: Token) -> tuple[Range, Range] | None:
        """(speaker, content) of a cue clause closing its sentence after a comma, read off
        the words when the parse hangs it elsewhere: 'S, X said (in a statement).', 'S,
        reported the Europa Press agency.', 'S, alleged PTI leader X.'"""
        doc, i = self.doc, verb.i
        if i and doc[i - 1].text == "," and verb.lemma_.lower() not in _LISTENER_VERBS:
            # inverted: the speaker follows the cue (but 'told X' names who was told)
            end = i + 1
            while end < len(doc) and _np_word(doc[end]) and not self._quoted(doc[end]):
                end += 1
            speaker, comma = (doc[i + 1:end], i - 1) if end > i + 1 else (None, None)
            if speaker is not None and all(_is_time(t) for t in speaker):
                speaker, comma = self._named_before(i - 1)  # '..., X, an aide, said Thursday'
        else:
            j = i
            while j > 0 and doc[j - 1].tag_ == "RB":
                j -= 1
            k = j
            while k > 0 and _np_word(doc[k - 1]) and not self._quoted(doc[k - 1]):
                k -= 1
            speaker, comma = (doc[k:j], k - 1) if k < j and k > 0 and doc[k - 1].text == "," else (None, None)
        if speaker is None or not any(t.tag_.startswith("NN") for t in speaker):
            return None
        content = _strip_punct(doc[:comma])
        if content is None or len(content) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in content):
            return None
        return self._range(_strip_punct(speaker) or speaker), self._range(content)

    def _named_before(self, comma: int) -> tuple[Span | None, int | None]:
        """'S, Flynn, a top surrogate, said': the name before an appositive that ends at the
        comma before the cue."""
        doc, k = self.doc, comma
        while k > 0 and _np_word(doc[k - 1]) and not self._quoted(doc[k - 1]):
            k -= 1
        if k == comma or k == 0 or doc[k - 1].text != ",":
            return None, None
        m = k - 1
        while m > 0 and _np_word(doc[m - 1]) and not self._quoted(doc[m - 1]):
            m -= 1
        if m == k - 1 or m == 0 or not doc[m - 1].is_punct:
            return None, None
        return doc[m:k - 1], m - 1

    def _stated(self, verb: Token, subject: Token | None) -> Range | None:
        """What a speech act governs ('called for | more investment', 'urged | Republicans to
        join', 'accused | her of lying'): its objects, its infinitive and the phrases its
        preposition selects, not when or where it happened."""
        parts = []
        only = PREPOSITION_CUES.get(verb.lemma_.lower())
        for c in verb.rights:
            if c is subject or self._quoted(c):
                continue
            if c.dep_ == "ccomp" and verb.lemma_.lower() in OBJECT_STANCES:
                continue  # the sentence's own verb, misread: 'X opposed to Y's rule saw ...'
            if only is not None:
                if c.dep_ in ("prep", "prt") and c.lower_ in only or c.dep_ in ("xcomp", "ccomp"):
                    parts.append(c)
                continue
            if c.dep_ in _STATED_DEPS or c.dep_ == "prep" and c.lower_ in _STATED_PREPS and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"):
                parts.append(c)
        if verb.lemma_.lower() == "call" and not any(c.dep_ in ("prep", "oprd", "ccomp") for c in parts):
            return None  # 'called for X', 'called the deal historic'; not 'called a meeting'
        if only is not None and parts:
            parts += [c for c in verb.rights if c.dep_ == "dobj"]  # 'pressed | Israel to freeze'
        if not parts:
            return None
        span = _strip_punct(self.doc[min(c.left_edge.i for c in parts):max(c.right_edge.i for c in parts) + 1])
        if span is None or len(span) < 2 and not (span[0].pos_ == "PROPN" and span[0].dep_ == "dobj"):
            return None  # 'praised Clinton' is a statement about her; 'praised it' says little
        return self._range(span)

    def complement(self, verb: Token, subject: Token | None) -> Range | None:
        """The verb's arguments to its right, without clauses of their own."""
        parts = [c for c in verb.rights if c.dep_ not in _NOT_COMPLEMENT and c is not subject]
        if not parts:
            return None
        span = _strip_punct(self.doc[min(c.left_edge.i for c in parts):max(c.right_edge.i for c in parts) + 1])
        return self._range(span) if span is not None else None

    def _according(self, tok: Token) -> Frame | None:
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        clause = _subtree(tok)
        s, e = self._range(tok)[0], self._range(clause)[1]
        return Frame(cue="according to", lemma="according to", cue_start=s, cue_end=self._range(to)[1],
                     speaker=self._range(self.noun_phrase(pobj)), content=self._rest(clause))

    def _speaker_head(self, verb: Token) -> Token | None:
        cur = verb
        for _ in range(6):
            subj = next((c for c in cur.children if c.dep_ in _SUBJECTS), None)
            if subj is not None and cur is not verb and _describes_place(cur) and cur.head is not cur:
                cur = cur.head  # '..., around the stadium - where the Panthers played - chanting'
                continue
            if subj is not None and self._quoted(subj):
                break  # the quote's own words mis-parsed as the subject: '"..., it will," said X'
            if subj is not None:
                if subj.lower_ in RELATIVE_PRONOUNS and cur.dep_ == "relcl":
                    return cur.head
                return _past_dateline(_past_time_noun(subj))
            counted = _counted_subject(cur)
            if counted is not None:
                return counted  # 'About 4 in 10 say ...': the parse finds no subject
            quoting = self._quoted_as(cur)
            if quoting is not None:
                return quoting  # the ministry quoted Wang Yi as saying
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN"):
                return _issuer(cur.head) or cur.head  # 'activist X, speaking from France, ...'
            if cur.dep_ == "amod" and cur.head.pos_ in ("NOUN", "PROPN") and cur.i < cur.head.i \
                    and not (cur.i and cur.nbor(-1).lower_ in ("-", "so")):
                return _compound_head(cur.head)  # '"...," tweeted activist X' mis-parsed
            if cur.dep_ not in _CLIMB or cur.head is cur:
                break
            cur = cur.head
        if verb.i and verb.nbor(-1).text == ",":
            named, _ = self._named_before(verb.i - 1)
            if named is not None and any(t.tag_.startswith("NN") for t in named):
                return named.root  # 'In a statement, her adviser, Jake Sullivan, said:' mis-parsed
        if verb.lemma_.lower() in _LISTENER_VERBS or (verb.i and not verb.nbor(-1).is_punct):
            return None
        for tok in verb.doc[verb.i + 1:verb.i + 6]:  # '"...," said engineer X', mis-parsed
            if tok.is_punct or tok.pos_ == "ADP":
                break  # 'said Thursday on Fox News': the outlet is where, not who
            if tok.pos_ == "PROPN" and not _is_time(tok):
                return _compound_head(tok)
        return None

    def _quoted_as(self, tok: Token) -> Token | None:
        """'quoted X as saying', 'X was quoted as saying': the one quoted (the verb's object,
        or its passive subject) is the speaker."""
        if tok.dep_ not in ("pcomp", "advcl") or tok.head.lower_ != "as":
            return None
        verb = tok.head.head
        if verb.lemma_.lower() not in _QUOTING:
            return None
        return next((c for c in verb.children if c.dep_ == "dobj"),
                    next((c for c in verb.children if c.dep_ == "nsubjpass"), None))

    def noun_phrase(self, head: Token) -> Span:
        """The words naming a speaker: modifiers, compounds, 'of'/'for' phrases, no appositive."""
        if head.pos_ != "PROPN":
            appos = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if appos is not None:
                head = appos
        lefts = [t for c in head.lefts if c.dep_ != "punct" for t in c.subtree]
        floor = max((t.i for t in lefts if t.pos_ == "VERB" and t.lemma_.lower() in QUOTE_VERBS),
                    default=-1)  # a mis-parsed '"...," tweeted activist X' hangs the quote here
        left = min((t.i for t in lefts if t.i > floor and not t.is_punct), default=head.i)
        left = min(left, head.i)
        right = head.i
        group = head.tag_ in ("NNS", "CD")  # 'senior figures on both sides', 'nine in 10 voters'
        for c in head.rights:
            if c.dep_ in _NP_RIGHT or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at")) or (
                    group and c.dep_ == "prep" and c.lower_ in ("on", "in", "from")):
                right = max(right, max(t.i for t in c.subtree))
            else:
                break
        while right > left and self.doc[right].is_punct:
            right -= 1
        while left < right and self.doc[left].is_punct:
            left += 1
        return self.doc[left:right + 1]

    def _content(self, verb: Token) -> Range | None:
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            span = _before_own_cue(_subtree(comp), comp)
            if span is not None and span[0].dep_ == "mark":  # drop 'that': the reporter's word
                span = span[1:]
            return self._range(span) if span is not None and len(span) >= 3 else None
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in QUOTE_VERBS:
            return None  # 'X said it would tell a story': reported itself, X's clause is no content
        return self._rest(_subtree(verb)) if verb.dep_ in ("parataxis", "ROOT", "ccomp") else None

    def _rest(self, clause: Span) -> Range | None:
        """The sentence outside a cue clause that opens or closes it ('S, X said.')."""
        doc = self.doc
        before, after = doc[:clause.start], doc[clause.end:]
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        with_root = [s for s in (before, after) if root is not None and s.start <= root.i < s.end]
        side = with_root[0] if with_root else max((before, after), key=lambda s: len(s.text))
        side = _strip_punct(side)
        if side is None or len(side) < 3 or side.root.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
            return None
        return self._range(side)

    def subject(self, before: int) -> Range | None:
        """The subject of the last main verb starting before ``before`` (article offset)."""
        last = next((t for t in reversed(self.doc) if self.offset + t.idx < before
                     and not t.is_punct and not t.is_space and not self._quoted(t)), None)
        for verb in ([last, *last.ancestors] if last is not None else []):
            subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if subj is not None and not self._quoted(subj) and self.offset + subj.idx < before:
                return self._range(self.noun_phrase(subj))
        return None

    def _right_after(self, end: int, governing: Frame) -> Frame | None:
        """'"...," Biden said, AP reported': the cue right after the quote, nearer than the
        one the parse hangs it on, is whose words they are (AP only relays them)."""
        text = self.text
        for f in self.frames:
            if f is governing or f.speaker is None or not end <= f.cue_start < governing.cue_start:
                continue
            first = min(f.cue_start, f.speaker[0])
            if first >= end and not text[end - self.offset:first - self.offset].strip(" ,\"'\u201d\u2019"):
                return f
        return None

    def frame_for(self, start: int, end: int) -> Frame | None:
        """The frame that attributes the quoted stretch start..end, if this sentence has one."""
        inside = [t for t in self.doc if start <= self.offset + t.idx < end]
        for tok in inside:
            for anc in tok.ancestors:
                if not start <= self.offset + anc.idx < end and anc.i in self._by_token:
                    frame = self._by_token[anc.i]
                    if frame.speaker is not None and not start <= frame.speaker[0] < end:
                        return self._right_after(end, frame) or frame
        usable = [f for f in self.frames if f.speaker and not (start <= f.speaker[0] < end)]
        return min(usable, key=lambda f: _distance(f.cue_start, start, end), default=None)


_TIME_NOUNS = frozenset("minute minutes hour hours day days moment moments week weeks".split())
_QUOTING = frozenset("quote cite".split())


def _past_time_noun(subj: Token) -> Token:
    """'Minutes after Aoun spoke, envoy Amos Hochstein ... said': the parse may make the time
    the subject and the speaker a conjunct of it."""
    if subj.lower_ not in _TIME_NOUNS:
        return subj
    return next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"), subj)


def _issuer(message: Token) -> Token | None:
    """'Clinton issued a statement saying ...': who issued the message speaks through it."""
    verb = message.head
    if message.dep_ != "dobj" or message.lemma_.lower() not in MESSAGE_NOUNS \
            or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _past_dateline(subj) if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None


def _past_dateline(subj: Token) -> Token:
    """'WASHINGTON (AP) — President Barack Obama on Tuesday accused ...': the parse may make
    the dateline the subject, and the speaker its apposition or a second subject."""
    if not (subj.text.isupper() and len(subj.text) > 2 and subj.i == subj.sent.start):
        return subj
    after = subj.doc[subj.i + 1:subj.i + 6]
    if not any(t.text in ("\u2014", "\u2013", "-", "--") for t in after):
        return subj
    dash = next(t.i for t in after if t.text in ("\u2014", "\u2013", "-", "--"))
    named = [c for c in subj.children if c.dep_ == "appos"] + [
        c for c in subj.head.children if c.dep_ in _SUBJECTS and c.i != subj.i]
    return next((c for c in named if c.i > dash and c.pos_ in ("PROPN", "NOUN")), subj)


def _counted_subject(verb: Token) -> Token | None:
    """A count of people the parse leaves without a subject role ('About 4 in 10 say', 'Six
    in 10 said'): the number right before the verb."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.head.i == verb.i and prev.dep_ in ("nummod", "npadvmod", "dep", "quantmod", "advmod") \
            and prev.pos_ == "NUM":
        return prev
    return None


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_PARTS = frozenset("morning afternoon evening night today yesterday tonight".split())


def _describes_place(clause: Token) -> bool:
    """A 'where'/'when' clause describes a place or a time: its subject does not speak the
    words of a participle the parse hangs on it."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < clause.i
               for c in clause.children)


def _is_time(tok: Token) -> bool:
    """A word of a time expression: 'Thursday morning' names when, not who."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WEEKDAYS | _DAY_PARTS | _TIME_NOUNS


def _opens_content(clause: Token) -> bool:
    """A 'that' clause or a 'to' infinitive, not a relative clause about the noun."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _before_own_cue(span: Span, comp: Token) -> Span | None:
    """The reported clause without a coordinated clause that has its own cue and speaker:
    'She said fathers would not be eligible, and when pressed, the mother replied, "..."'
    holds two attributions, not one."""
    for c in comp.rights:
        if c.dep_ == "conj" and any(
                t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in QUOTE_VERBS
                and any(ch.dep_ in _SUBJECTS for ch in t.children) for t in c.subtree):
            end = c.left_edge.i
            while end > span.start and (span.doc[end - 1].is_punct or span.doc[end - 1].dep_ == "cc"):
                end -= 1
            return span.doc[span.start:end] if end > span.start else None
    return span


def _np_word(tok: Token) -> bool:
    return tok.tag_ in _NP_TAGS or tok.lower_ in ("of", "and")


def _compound_head(tok: Token) -> Token:
    while tok.dep_ == "compound" and tok.head is not tok:
        tok = tok.head
    return tok


def _subtree(tok: Token) -> Span:
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1]


def _strip_punct(span: Span) -> Span | None:
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].dep_ == "cc"):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return doc[s:e] if e > s else None


def _distance(pos: int, start: int, end: int) -> int:
    return start - pos if pos < start else max(0, pos - end)


def loose_frame(ps: ParsedSentence, start: int, end: int) -> Frame | None:
    """For quoted words under a verb outside the lexicon ('State media touted a "..."'):
    the nearest governing verb that has a subject. The caller decides if that subject speaks."""
    inside = [t for t in ps.doc if start <= ps.offset + t.idx < end]
    for tok in inside:
        for anc in tok.ancestors:
            if start <= ps.offset + anc.idx < end or anc.pos_ not in ("VERB", "AUX"):
                continue
            head = ps._speaker_head(anc)
            if head is not None and not start <= ps.offset + head.idx < end:
                r = ps._range(anc)
                return Frame(anc.text, anc.lemma_.lower(), r[0], r[1],
                             speaker=ps._range(ps.noun_phrase(head)), complement=ps.complement(anc, head))
            break
    return None
