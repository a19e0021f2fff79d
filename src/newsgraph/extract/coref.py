"""Coreference inside one article: which named actor a pronoun, a description or a shorter
name stands for (``find_references``, computed once per article by ``extract.convert``).

Read from the main pass alone (tags, entities, sentences; no parser). In text order:

* **names**: a shorter name of a person named in full stands for that person: a surname
  ('Assad'), a first part ('Wang' of 'Wang Yi', 'Mohammed' of 'Sheikh Mohammed bin
  Abdulrahman Al-Thani'), a surname before 'Jr.' ('Marcos'); an acronym stands for the
  organisation it abbreviates ('ICC', 'ELN' written in brackets after 'National Liberation
  Army', 'HC' of 'Islamabad High Court'). Only when exactly one actor fits.
* **descriptions**: a definite noun phrase stands for the actor it describes. A role ('the
  Syrian leader', 'her Israeli counterpart', 'the prime minister'): the named person whose
  stated role has that head, owner and modifiers. A general person noun ('the official'): the
  last actor described with it ('a senior White House official'). An organisation noun ('the
  ministry', 'the court'): the organisation whose name holds the noun, else the last one
  described with it. A document ('the statement'): whoever issued the last one. A role that
  opens an article and fits no one before stands for the person the next sentence opens with
  ('Saudi Arabia's ambassador said ... Mohammed bin Saeed al-Jaber met ...'), as ledes go.
* **pronouns**: 'he', 'she', 'him', 'her', 'his', 'himself', 'herself' stand for a person
  whose gender does not clash (titles, role words and common first names tell it): the one
  named first in the pronoun's sentence or the sentence before, then the last one reported
  speaking, then the nearest; a possessive first looks in its own sentence. 'It' before a
  reporting verb stands for the last organisation that spoke.

Each description, once resolved or not, is itself an actor later words may stand for.
Pronouns inside quotation marks are left alone: they are the quoted speaker's, not the
reporter's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from spacy.tokens import Doc, Token

from newsgraph.extract import lexicon
from newsgraph.extract.aliases import NameIndex
from newsgraph.extract.descriptions import (
    Description, DescriptionReader, end_char, is_person_head,
)
from newsgraph.extract.quotes.lexicon import CUE_FORMS
from newsgraph.extract.quotes.marks import find_marked
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention, Reference, RoleMention
from newsgraph.resolve.names import name_key, name_tokens

__all__ = ["find_references", "reference_at", "resolve_references"]

_MASCULINE = frozenset("he him his himself".split())
_FEMININE = frozenset("she her hers herself".split())
_REACH_SENTENCES = 5  # how far back a pronoun looks for its person
_SPEAKER_REACH = 1500  # characters a reported speaker stays in view
_LEDE_SENTENCES = 2  # a lede's description is named within this many sentences
_INTRODUCED_SENTENCES = 12  # a role opening the story's people is named by then (ledes run long)
_GENDERED_HEADS = {"spokesman": "m", "chairman": "m", "king": "m", "prince": "m",
                   "congressman": "m", "businessman": "m", "emir": "m", "sultan": "m",
                   "spokeswoman": "f", "chairwoman": "f", "queen": "f", "princess": "f",
                   "congresswoman": "f", "businesswoman": "f", "woman": "f", "man": "m"}
_OPENING_WORDS = 4
_LATE = re.compile(r"\blate\s+$", re.IGNORECASE)  # 'the late Kremlin critic X'
_RELATIONAL = frozenset({"counterpart", "ally", "rival", "opponent"})  # someone else's


@dataclass
class _Actor:
    """Someone or something the article names or describes, as the walk has seen it."""

    mention: Mention  # what references to it get as their antecedent
    person: bool
    gender: str | None = None
    roles: list[tuple[frozenset[str], str, str | None]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  # nouns that describe it
    words: set[str] = field(default_factory=set)  # the words of its name or description
    document: bool = False  # a statement, report...: it speaks for whoever issued it
    owners: set[str] = field(default_factory=set)  # owner keys it stands for ('us', 'sa')
    plural: bool = False  # 'officials': never 'he' or 'she'
    owner: str | None = None  # a description's owner: 'libya', 'white house'
    last: int = -1
    last_end: int = -1
    late: bool = False  # called 'the late ...': dead, as 'the late activist' says again
    nearest: Mention | None = None  # its latest name outside quotes: what a pronoun points at
    seen: int = 0  # how often it was named or referred to
    opened: set[int] = field(default_factory=set)  # sentences it opens
    spoke: int = -1  # where it was last reported speaking


def reference_at(references: Sequence[Reference], start: int, end: int) -> Reference | None:
    """The reference inside [start, end) that opens it (else the first inside it)."""
    inside = [r for r in references if start <= r.start and r.end <= end]
    return next((r for r in inside if r.start == start), inside[0] if inside else None)


def find_references(doc: Doc, mentions: Sequence[Mention], roles: Sequence[RoleMention],
                    gaz: Gazetteer) -> list[Reference]:
    """Every reference of the article to an actor it names (or describes), in text order."""
    return resolve_references(doc, mentions, roles, gaz)[0]


def resolve_references(doc: Doc, mentions: Sequence[Mention], roles: Sequence[RoleMention],
                       gaz: Gazetteer) -> tuple[list[Reference], list[RoleMention]]:
    """The references, and the roles their descriptions state of the people they stand for
    ('Kenya's president' for Ruto: president of Kenya)."""
    walk = _Walk(doc, mentions, roles, gaz)
    return walk.run(), walk.roles


class _Walk:
    """One pass over the article in text order, keeping the actors seen so far."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], roles: Sequence[RoleMention],
                 gaz: Gazetteer):
        self.doc, self.text, self.gaz = doc, doc.text, gaz
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
        self.actors: dict[str, _Actor] = {}
        self.described: list[_Actor] = []
        self.issuers: dict[str, _Actor] = {}  # document noun -> who issued the last one
        self.pending: tuple[str, int] | None = None  # a document whose issuer comes later
        self.out: list[Reference] = []
        self.roles: list[RoleMention] = []  # roles that resolved descriptions state
        self._roles(roles)

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[Reference]:
        events = [(m.start, 0, m) for m in self.mentions]
        events += [(t.idx, 1, t) for t in self.doc if self._is_pronoun(t)]  # 'her' in 'her ...'
        events += [(self.doc[d.start].idx, 2, d) for d in self.reader.descriptions()]
        for _, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
            if kind == 0:
                self._named(item)
            elif kind == 1:
                self._pronoun(item)
            else:
                self._described(item)
        return sorted(self.out, key=lambda r: r.start)

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
            actor, why = self._person_for(tok, "f" if low in _FEMININE else "m")
        if actor is not None:
            self._refer(s, e, actor.nearest or actor.mention, why)
            if low != "it" and actor.gender is None:
                actor.gender = "f" if low in _FEMININE else "m"
            self._seen(actor, s, e)

    # -- actors ----------------------------------------------------------------------------
    def _actor(self, m: Mention) -> _Actor:
        key = f"{m.label == 'PERSON'}:{name_key(m.text)}"
        if key not in self.actors:
            actor = _Actor(m, m.label == "PERSON", gender=self.names.gender(m))
            if m.label != "PERSON":
                actor.heads = actor.words = set(name_tokens(m.text))
                actor.owners = {self.reader.owner_key(m)}
            self.actors[key] = actor
        return self.actors[key]

    def _new_description(self, d: Description, s: int, e: int) -> _Actor:
        person = is_person_head(d.head)
        label = "PERSON" if person else "ORG"
        m = Mention(s, e, _words(self.text[s:e]), label, "description")
        actor = _Actor(m, person, gender=_GENDERED_HEADS.get(d.head), heads={d.head},
                       words=set(d.modifiers | {d.head}), owner=d.owner,
                       document=d.head in lexicon.DOCUMENT_HEADS, plural=d.plural)
        if person and lexicon.is_office(d.head):
            actor.roles.append((d.modifiers | {d.head}, d.head, d.owner))
        self.described.append(actor)
        return actor

    def _described_role(self, d: Description, actor: _Actor) -> None:
        """'Kenya's president' standing for Ruto says Ruto is Kenya's president."""
        if not actor.person or not lexicon.is_head(d.head) or d.head in _RELATIONAL or d.plural:
            return
        holder = actor.nearest or actor.mention
        head = self.doc[d.start:d.end]
        tok = next((t for t in head if lexicon.singular(t.text) == d.head), head[-1])
        self.roles.append(RoleMention(d.role, holder, tok.idx, tok.idx + len(tok), d.owner_mention))
        actor.roles.append((d.modifiers | {d.head}, d.head, d.owner))

    def _seen(self, actor: _Actor, start: int, end: int) -> None:
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
        self.out.append(Reference(start, end, words, antecedent, f"{_words(words)}: {why}"))

    def _roles(self, roles: Sequence[RoleMention]) -> None:
        for r in roles:
            holder = self.names.full_name_of(r.holder)
            actor = self._actor(holder[0] if holder else r.holder)
            words = frozenset(w.lower() for w in re.findall(r"[\w-]+", r.role))
            head = lexicon.singular(r.role.split()[-1]) if r.role.split() else ""
            actor.roles.append((words, head, self.reader.owner_key(r.of) if r.of else None))
            actor.late = actor.late or bool(_LATE.search(self.text[max(0, r.start - 9):r.start]))

    # -- descriptions ----------------------------------------------------------------------
    def _antecedent(self, d: Description) -> tuple[_Actor | None, str]:
        appos = self._apposition(d)
        if appos is not None:
            return appos, f"in apposition to {appos.mention.text}"
        if d.head in lexicon.DOCUMENT_HEADS:
            return self._issuer_of(d)
        if is_person_head(d.head) and d.head not in lexicon.GENERIC_PERSON_HEADS:
            actor = self._by_role(d)
            if actor is not None:
                return actor, f"{actor.mention.text}, whose stated role fits"
        actor = self._by_head(d)
        if actor is not None:
            return actor, f"{actor.mention.text}, named or described as '{d.head}' before"
        if is_person_head(d.head) and d.definite and d.head not in lexicon.GENERIC_PERSON_HEADS:
            return self._ahead(d)
        return None, ""

    def _group(self, actor: _Actor) -> _Actor:
        """'the U.S. and Saudi Arabia': the actor with the one named just before it, as one."""
        first = next((m for m in reversed(self.mentions) if m.end <= actor.last
                      and re.fullmatch(r"\s+and\s+", self.text[m.end:actor.last])), None)
        if first is None:
            return actor
        start = first.start
        det = re.search(r"\bthe\s+$", self.text[max(0, start - 4):start], re.IGNORECASE)
        start -= len(det.group()) if det else 0
        words = _words(self.text[start:actor.last_end])
        m = Mention(start, actor.last_end, words, first.label, "description")
        group = _Actor(m, False, words=set(name_tokens(words)))
        group.owners = {self.reader.owner_key(first), *actor.owners}
        group.last, group.last_end, group.spoke = actor.last, actor.last_end, actor.spoke
        self.described.append(group)
        return group

    def _issuer_of(self, d: Description) -> tuple[_Actor | None, str]:
        """Who issued 'the statement': the last issuer of one, the one of its owners named in
        it ('the U.S.-Saudi statement') when they are among them, else that owner."""
        if self.doc[d.start].lower_ in ("this", "that", "these", "those"):
            return None, ""  # 'watch this report': no document of the story's actors
        owners = [m for m in self.mentions if self.doc[d.start].idx <= m.start
                  and m.end <= self.doc[d.end - 1].idx]
        issuers = [self.issuers[d.head]] if d.head in self.issuers else []
        if owners:
            keys = {k for m in owners for k in self.reader.owner_keys(m)}
            fit = next((a for a in issuers if keys <= a.owners), None)
            actor = fit or self._actor(owners[0])
        else:
            actor = issuers[0] if issuers else None
        return actor, f"whoever issued the {d.head}: {actor.mention.text}" if actor else ""

    def _apposition(self, d: Description) -> _Actor | None:
        """'the rights group OVD-Info', 'the maximum leader of the ELN, Antonio García'."""
        doc, k = self.doc, d.end
        if d.head in lexicon.DOCUMENT_HEADS or k + 1 >= len(doc) or doc[k].text != ",":
            return None
        m = self.by_token.get(k + 1)
        if m is None or m.start != doc[k + 1].idx or (m.label == "PERSON") != self._is_person_noun(d):
            return None
        after = self.text[m.end:m.end + 2]
        if after[:1] not in (",", ".", ";", ")", "") and after != "\n":
            return None  # 'After the announcement, Saudi Arabia said': no apposition
        full = self.names.full_name_of(m)
        actor = self._actor(full[0] if full else m)
        actor.heads.add(d.head)
        return actor

    def _by_role(self, d: Description) -> _Actor | None:
        """The person named before whose role fits: the same head before any office
        ('leader'), then the latest named."""
        start = self.doc[d.start].idx
        fits = [(a, fit) for a in self._people_before(start) if (fit := self._role_fit(a, d))]
        if any(t.lower_ == "late" for t in self.doc[d.start:d.end]) and any(a.late for a, _ in fits):
            fits = [(a, fit) for a, fit in fits if a.late]  # 'the late activist': the one who died
        # A loose fit ('activist' for a critic) goes to the one named most, a close one to the latest.
        return max(fits, key=lambda af: (af[1], af[0].seen if af[1] == 1 else 0, af[0].last),
                   default=(None,))[0]

    def _role_fit(self, actor: _Actor, d: Description) -> int:
        """2 for a stated role with the description's head, 1 for any office when the head
        is 'leader' or 'counterpart', 0 when no role fits head, modifiers and owner."""
        best = 0
        strict = d.head == "counterpart"  # someone else's opposite number: owner given
        for words, head, owner in actor.roles:
            owned = owner == d.owner if strict else d.owner is None or owner in (None, d.owner)
            if not (d.modifiers <= words | {d.head} and owned):
                continue
            if head == d.head or d.head in words or lexicon.SAME_OFFICE.get(d.head) in (head, *words):
                best = 2
            elif d.head in lexicon.ANY_OFFICE_HEADS and lexicon.is_office(head):
                best = max(best, 1)
            elif _person_noun(d.head) and _person_noun(head):
                best = max(best, 1)  # 'the late activist' for 'Kremlin critic X'
        return best

    def _by_head(self, d: Description) -> _Actor | None:
        start = self.doc[d.start].idx
        pool = [a for a in [*self.actors.values(), *self.described]
                if 0 <= a.last < start and d.head in a.heads
                and a.person == self._is_person_noun(d)]
        pool = [a for a in pool if (d.owner is None or a.owner in (None, d.owner))
                and d.modifiers <= a.words and (a.plural == d.plural or not a.person)]
        return max(pool, key=lambda a: a.last, default=None)

    def _ahead(self, d: Description) -> tuple[_Actor | None, str]:
        """A role no one before fits: the person named in the next sentences whose stated
        role fits it with its owner ('her Israeli counterpart' ... 'Israeli Foreign Minister
        Eli Cohen'); in a lede, or before a reporting verb, the person the next sentence
        opens with ('The head of X said ... Andriy Yermak wrote')."""
        pos = self.doc[d.start].idx
        here = self._sentence(pos)
        later = [m for m in self.mentions if m.label == "PERSON" and m.start > pos
                 and self._sentence(m.start) - here <= _LEDE_SENTENCES]
        for m in later:
            actor = self._person_actor(m)
            if d.owner is not None and self._role_fit(actor, d) and actor.roles and any(
                    owner == d.owner for _, _, owner in actor.roles):
                return actor, f"{actor.mention.text}, named next with that role"
        if d.owner is not None and not self._people_before(pos):
            actor = self._known_by_surname(d, later=[m for m in self.mentions if m.label == "PERSON"
                                                     and m.start > pos and self._sentence(m.start)
                                                     - here <= _INTRODUCED_SENTENCES])
            if actor is not None:
                return actor, f"{actor.mention.text}, named next by one name alone"
        lede = here < _LEDE_SENTENCES and not self._people_before(pos)
        if not (lede or self._spoken_at(pos, end_char(self.doc, d.end))):
            return None, ""
        for m in later:
            if self._sentence(m.start) == here + 1 and self._opens(m.start):
                actor = self._person_actor(m)
                if not actor.roles or self._role_fit(actor, d):
                    return actor, f"{actor.mention.text}, who opens the next sentence"
        return None, ""

    def _known_by_surname(self, d: Description, later: list[Mention]) -> _Actor | None:
        """"Kenya's president called ... 'We will respond,' Ruto said": a role that opens the
        story's people introduces the first one named next by one name the article never
        gives in full, whose stated roles (if any) fit it. Someone named in full first
        ('former US president Barack Obama') is someone else."""
        for m in later:
            full = self.names.full_name_of(m)
            if len(m.text.split()) == 1 and full is None and not self._named_in_full(m):
                actor = self._person_actor(m)
                if not actor.roles or self._role_fit(actor, d) == 2:
                    return actor
        return None

    def _named_in_full(self, m: Mention) -> bool:
        """Whether a longer name of the article ends with this one ('Ahmed Hassan' for 'Hassan')."""
        return any(len(o.text.split()) > 1 and o.label == "PERSON"
                   and o.text.split()[-1] == m.text for o in self.mentions)

    def _person_actor(self, m: Mention) -> _Actor:
        full = self.names.full_name_of(m)
        return self._actor(full[0] if full else m)

    def _is_person_noun(self, d: Description) -> bool:
        return is_person_head(d.head)

    def _issued(self, d: Description, document: _Actor, start: int) -> None:
        """Who issued the document named at ``start``: the actor just before its verb
        ('Tripoli issued a statement', 'X said in a statement'), else the one reported
        speaking in its sentence, else (for 'In a statement, X said') the next one named."""
        sent = self._sentence(start)
        near = sorted((a for a in self._all_actors() if not a.document and a.last >= 0
                       and self._sentence(a.last) == sent and a.last < start),
                      key=lambda a: -a.last)
        issuer = next((a for a in near if _issues(self.text[a.last_end:start])), None)
        issuer = issuer or next((a for a in near if a.spoke == a.last), None)
        if issuer is None:
            self.pending = (d.head, sent)
            return
        issuer = self._group(issuer)
        self.issuers.pop(d.head, None)
        self.issuers[d.head] = issuer

    # -- pronouns --------------------------------------------------------------------------
    def _is_pronoun(self, tok: Token) -> bool:
        low = tok.lower_
        if low == "it":
            return tok.i + 1 < len(self.doc) and _is_cue(self.doc[tok.i + 1]) and not self._in_quote(tok.idx)
        return (low in _MASCULINE or low in _FEMININE) and not self._in_quote(tok.idx)

    def _person_for(self, tok: Token, gender: str) -> tuple[_Actor | None, str]:
        pos = tok.idx
        before = [a for a in self._people_before(pos)
                  if self._sentence(pos) - self._sentence(a.last) <= _REACH_SENTENCES]
        fits = [a for a in before if a.gender in (None, gender)]
        if not fits:
            return None, ""
        here = self._sentence(pos)
        if tok.tag_ == "PRP$":
            own = [a for a in fits if self._sentence(a.last) == here]
            if own:
                return max(own, key=lambda a: a.last), "the nearest person before it"
        if tok.lower_ in ("him", "her") and tok.tag_ == "PRP":
            fits = [a for a in fits if not self._subject_of_verb_before(a, tok)] or fits
        spoke = [a for a in fits if self._sentence(a.spoke) == here and 0 <= a.spoke < pos]
        if spoke:  # 'X announced that he had ...'
            return max(spoke, key=lambda a: a.spoke), "reported speaking just before it"
        for k, where in ((here, "this sentence"), (here - 1, "the sentence before")):
            opener = next((a for a in fits if k in a.opened and (k < here or a.last < pos)), None)
            if opener is not None:
                return opener, f"the person who opens {where}"
        speaker = max((a for a in fits if a.spoke >= 0 and pos - a.spoke < _SPEAKER_REACH),
                      key=lambda a: a.spoke, default=None)
        if speaker is not None:
            return speaker, "the last person reported speaking"
        return max(fits, key=lambda a: a.last), "the nearest person named"

    def _subject_of_verb_before(self, actor: _Actor, tok: Token) -> bool:
        """'Biden met him': the pronoun is the object of the verb its candidate governs."""
        gap = self.text[actor.last:tok.idx]
        return len(gap.split()) <= 4 and "," not in gap and any(
            t.tag_.startswith("VB") for t in self.doc[self._token(actor.last):tok.i])

    def _spoken_org(self, pos: int) -> _Actor | None:
        here = self._sentence(pos)
        orgs = [a for a in self._all_actors() if not a.person and 0 <= a.spoke < pos
                and here - self._sentence(a.spoke) <= 1]
        return max(orgs, key=lambda a: a.spoke, default=None)

    def _people_before(self, pos: int) -> list[_Actor]:
        """People seen before ``pos``, one at a time: no group of 'officials'."""
        return [a for a in self._all_actors() if a.person and not a.plural and 0 <= a.last < pos]

    def _all_actors(self) -> list[_Actor]:
        return [*self.actors.values(), *self.described]

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
        if k < len(doc) and _is_cue(doc[k]):
            return True
        if k < len(doc) and doc[k].text == ",":
            close = next((j for j in range(k + 1, min(len(doc), k + 14)) if doc[j].text == ","), None)
            if close is not None and close + 1 < len(doc) and _is_cue(doc[close + 1]):
                return True
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in lexicon.DETERMINERS:
            i -= 1
        return i >= 0 and (_is_cue(doc[i]) and doc[i].tag_ in ("VBD", "VBZ") or doc[i].lower_ == "to"
                           and i > 0 and doc[i - 1].lower_ == "according")


def _person_noun(head: str) -> bool:
    """What a person does or is, not an office: 'activist', 'critic', 'journalist'."""
    return head in lexicon.PERSON_HEADS and head not in lexicon.OFFICE_HEADS


def _is_name(text: str) -> bool:
    return any(w.lstrip("@#")[:1].isupper() or w[:1].isdigit() for w in text.split())


def _issues(gap: str) -> bool:
    """The words between an actor and a document it issues: ' said in a ', ' issued a '."""
    words = gap.split()
    return 1 <= len(words) <= 6 and "," not in gap and bool(
        re.search(r"\b(?:said|says|issued|released|published|sent|posted|announced|added|"
                  r"stated|declared|wrote|signed|put out|told \S+)\b", gap, re.IGNORECASE))


def _is_cue(tok: Token) -> bool:
    return tok.lower_ in CUE_FORMS and tok.tag_.startswith("VB")


def _token_range(doc: Doc, m: Mention) -> range:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _words(text: str) -> str:
    return " ".join(text.split())
