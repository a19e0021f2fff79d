"""The coreference walk: one pass over an article in text order, keeping the actors seen so
far; names, descriptions and pronouns are read as they come (their rules are mixed in)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from newsgraph.extract import lexicon
from newsgraph.extract.aliases import NameIndex
from newsgraph.extract.coref.actors import FEMININE, MASCULINE, Actor, is_cue, words_of
from newsgraph.extract.coref.antecedents import DescriptionRules
from newsgraph.extract.coref.pronouns import PronounRules
from newsgraph.extract.descriptions import Description, DescriptionReader, end_char, is_person_head
from newsgraph.extract.nlp import text_of
from newsgraph.extract.quotes.marks import find_marked
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention, Reference, RoleMention
from newsgraph.resolve.names import name_key, name_tokens

_GENDERED_HEADS = {"spokesman": "m", "chairman": "m", "king": "m", "prince": "m",
                   "congressman": "m", "businessman": "m", "emir": "m", "sultan": "m",
                   "spokeswoman": "f", "chairwoman": "f", "queen": "f", "princess": "f",
                   "congresswoman": "f", "businesswoman": "f", "woman": "f", "man": "m"}
_OPENING_WORDS = 4
_LATE = re.compile(r"\blate\s+$", re.IGNORECASE)  # 'the late Kremlin critic X'
_RELATIONAL = frozenset({"counterpart", "ally", "rival", "opponent"})  # someone else's


class Walk(DescriptionRules, PronounRules):
    """One pass over the article in text order, keeping the actors seen so far."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], roles: Sequence[RoleMention],
                 gaz: Gazetteer):
        self.doc, self.text, self.gaz = doc, text_of(doc), gaz
        # Lower-case 'foreign ministry' is a description, read as one below.
        self.mentions = sorted((m for m in mentions if _is_name(m.text)), key=lambda m: m.start)
        self.quoted = sorted((q.start, q.end) for q in find_marked(self.text))
        self._quote_starts = [s for s, _ in self.quoted]
        self._quote_reach = list(accumulate((e for _, e in self.quoted), max))  # ends so far
        self.sent_starts = [s.start_char for s in doc.sents] or [0]
        self.by_token = {i: m for m in self.mentions for i in _token_range(doc, m)}
        self._mention_starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self.names = NameIndex(self.mentions, self.text)
        self.reader = DescriptionReader(doc, self.by_token, gaz)
        self.actors: dict[str, Actor] = {}
        self.described: list[Actor] = []
        self.issuers: dict[str, Actor] = {}  # document noun -> who issued the last one
        self.pending: tuple[str, int] | None = None  # a document whose issuer comes later
        self.out: list[Reference] = []
        self.roles: list[RoleMention] = []  # roles that resolved descriptions state
        self._roles(roles)

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[Reference]:
        events = [(m.start, 0, m) for m in self.mentions]
        events += [(t.idx, 1, t) for t in self._pronoun_words() if self._is_pronoun(t)]  # 'her ...'
        events += [(self.doc[d.start].idx, 2, d) for d in self.reader.descriptions()]
        for _, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
            if kind == 0:
                self._named(item)
            elif kind == 1:
                self._pronoun(item)
            else:
                self._described(item)
        return sorted(self.out, key=lambda r: r.start)

    def _pronoun_words(self) -> list[Token]:
        """The tokens that may be pronouns to resolve ('it', 'he', 'her'...), in order: found
        in the array of lower-case forms, so that the other tokens are never made."""
        strings = self.doc.vocab.strings
        wanted = numpy.array([strings[w] for w in ("it", *MASCULINE, *FEMININE)], dtype="uint64")
        lowers = self.doc.to_array([LOWER]).reshape(-1)
        return [self.doc[int(i)] for i in numpy.flatnonzero(numpy.isin(lowers, wanted))]

    def _named(self, m: Mention) -> None:
        full = self.names.full_name_of(m)
        if full is not None:
            self._refer(m.start, m.end, full[0], full[1])
            actor = self._actor(full[0])
        else:
            actor = self._actor(m)
        if not self._in_quote(m.start):
            actor.nearest = m
        title = self._token(m.start) - 1
        if m.label != "PERSON" and title >= 0 and lexicon.singular(self.doc[title].text) \
                in lexicon.ORG_HEADS:
            actor.heads.add(lexicon.singular(self.doc[title].text))  # 'the rights group X'
        self._seen(actor, m.start, m.end)

    def _described(self, d: Description) -> None:
        s, e = self.doc[d.start].idx, end_char(self.doc, d.end)
        if self._in_quote(s) or self._person_over(s, e):
            return  # a quoted speaker's own words, or a title before a name
        actor, why = self._antecedent(d)
        if actor is not None and d.definite:
            self._refer(s, e, actor.nearest or actor.mention, why)
            self._described_role(d, actor)
        else:
            actor = self._new_description(d, s, e)
        if d.head in lexicon.DOCUMENT_HEADS and not d.definite:
            self._issued(d, actor, s)
        self._seen(actor, s, e)

    def _pronoun(self, tok: Token) -> None:
        s, e = tok.idx, tok.idx + len(tok)
        low = tok.lower_
        if low == "it":
            actor = self._spoken_org(s)
            why = "'It' before a reporting verb: the last organisation reported speaking"
        else:
            actor, why = self._person_for(tok, "f" if low in FEMININE else "m")
        if actor is not None:
            self._refer(s, e, actor.nearest or actor.mention, why)
            if low != "it" and actor.gender is None:
                actor.gender = "f" if low in FEMININE else "m"
            self._seen(actor, s, e)

    # -- actors ----------------------------------------------------------------------------
    def _actor(self, m: Mention) -> Actor:
        key = f"{m.label == 'PERSON'}:{name_key(m.text)}"
        if key not in self.actors:
            actor = Actor(m, m.label == "PERSON", gender=self.names.gender(m))
            if m.label != "PERSON":
                actor.heads = actor.words = set(name_tokens(m.text))
                actor.owners = {self.reader.owner_key(m)}
            self.actors[key] = actor
        return self.actors[key]

    def _new_description(self, d: Description, s: int, e: int) -> Actor:
        person = is_person_head(d.head)
        label = "PERSON" if person else "ORG"
        m = Mention(s, e, words_of(self.text[s:e]), label, "description")
        actor = Actor(m, person, gender=_GENDERED_HEADS.get(d.head), heads={d.head},
                       words=set(d.modifiers | {d.head}), owner=d.owner,
                       document=d.head in lexicon.DOCUMENT_HEADS, plural=d.plural)
        if person and lexicon.is_office(d.head):
            actor.roles.append((d.modifiers | {d.head}, d.head, d.owner))
        self.described.append(actor)
        return actor

    def _described_role(self, d: Description, actor: Actor) -> None:
        """'Kenya's president' standing for Ruto says Ruto is Kenya's president."""
        if not actor.person or not lexicon.is_head(d.head) or d.head in _RELATIONAL or d.plural:
            return
        holder = actor.nearest or actor.mention
        head = self.doc[d.start:d.end]
        tok = next((t for t in head if lexicon.singular(t.text) == d.head), head[-1])
        self.roles.append(RoleMention(d.role, holder, tok.idx, tok.idx + len(tok), d.owner_mention))
        actor.roles.append((d.modifiers | {d.head}, d.head, d.owner))

    def _seen(self, actor: Actor, start: int, end: int) -> None:
        if self._in_quote(start):
            return
        if self.pending and not actor.document and self._sentence(start) == self.pending[1]:
            self.issuers[self.pending[0]] = actor
            self.pending = None
        actor.last, actor.last_end = start, end
        actor.seen += 1
        if self._opens(start):
            actor.opened.add(self._sentence(start))
        if self._spoken_at(start, end):
            actor.spoke = start

    def _refer(self, start: int, end: int, antecedent: Mention, why: str) -> None:
        if antecedent.start == start and antecedent.end == end:
            return
        words = self.text[start:end]
        self.out.append(Reference(start, end, words, antecedent, f"{words_of(words)}: {why}"))

    def _roles(self, roles: Sequence[RoleMention]) -> None:
        for r in roles:
            holder = self.names.full_name_of(r.holder)
            actor = self._actor(holder[0] if holder else r.holder)
            words = frozenset(w.lower() for w in re.findall(r"[\w-]+", r.role))
            head = lexicon.singular(r.role.split()[-1]) if r.role.split() else ""
            actor.roles.append((words, head, self.reader.owner_key(r.of) if r.of else None))
            actor.late = actor.late or bool(_LATE.search(self.text[max(0, r.start - 9):r.start]))

    # -- positions -------------------------------------------------------------------------
    def _sentence(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def _token(self, pos: int) -> int:
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def _person_over(self, start: int, end: int) -> bool:
        """A person's name overlaps [start, end) (the mentions are sorted by start)."""
        lo = bisect_right(self._mention_starts, start - self._longest)
        hi = bisect_right(self._mention_starts, end)
        return any(start < m.end and m.start < end and m.label == "PERSON"
                   for m in self.mentions[lo:hi])

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self._quote_starts, pos)  # quotes opened by pos: does one reach past?
        return i > 0 and self._quote_reach[i - 1] > pos

    def _opens(self, pos: int) -> bool:
        """Named before its sentence's verb: a few words in, or right after an opening
        phrase closed by a comma ('Shortly before setting out for the court, Khan was')."""
        lead = self.text[self.sent_starts[self._sentence(pos)]:pos]
        if any(c in lead for c in "\"\u201c\u201d"):
            return False
        if len(lead.split()) <= _OPENING_WORDS:
            return True
        head, comma, rest = lead.partition(",")
        return bool(comma) and len(head.split()) <= 12 and len(rest.split()) <= 1

    def _spoken_at(self, start: int, end: int) -> bool:
        """Whether the words at start..end are reported speaking: 'X said', 'X, who ..., told',
        'said X', 'according to X'."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        doc, k = self.doc, span.end
        while k < len(doc) and doc[k].tag_ in ("RB", "MD") and k - span.end < 2:
            k += 1
        if k < len(doc) and is_cue(doc[k]):
            return True
        if k < len(doc) and doc[k].text == ",":
            close = next((j for j in range(k + 1, min(len(doc), k + 14)) if doc[j].text == ","), None)
            if close is not None and close + 1 < len(doc) and is_cue(doc[close + 1]):
                return True
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in lexicon.DETERMINERS:
            i -= 1
        return i >= 0 and (is_cue(doc[i]) and doc[i].tag_ in ("VBD", "VBZ") or doc[i].lower_ == "to"
                           and i > 0 and doc[i - 1].lower_ == "according")


def _is_name(text: str) -> bool:
    return any(w.lstrip("@#")[:1].isupper() or w[:1].isdigit() for w in text.split())


def _token_range(doc: Doc, m: Mention) -> range:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)
