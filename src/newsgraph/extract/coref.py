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

from spacy.tokens import Doc, Token

from newsgraph.extract import lexicon
from newsgraph.extract.quotes.lexicon import CUE_FORMS
from newsgraph.extract.quotes.marks import find_marked
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention, Reference, RoleMention
from newsgraph.resolve.names import is_acronym_of, name_key, name_tokens

__all__ = ["find_references", "reference_at", "resolve_references"]

_MASCULINE = frozenset("he him his himself".split())
_FEMININE = frozenset("she her hers herself".split())
_REACH_SENTENCES = 5  # how far back a pronoun looks for its person
_SPEAKER_REACH = 1500  # characters a reported speaker stays in view
_LEDE_SENTENCES = 2  # a lede's description is named within this many sentences
_DEFINITE = frozenset("the this that these those his her its their".split())
_INDEFINITE = frozenset("a an another one".split())
_NP_TAGS = frozenset("JJ JJR JJS NN NNS NNP NNPS HYPH POS CD VBN".split())
_OF_TAGS = frozenset("DT JJ JJS NN NNS NNP NNPS HYPH POS PRP$ CD".split())
_GENDERED_HEADS = {"spokesman": "m", "chairman": "m", "king": "m", "prince": "m",
                   "congressman": "m", "businessman": "m", "emir": "m", "sultan": "m",
                   "spokeswoman": "f", "chairwoman": "f", "queen": "f", "princess": "f",
                   "congresswoman": "f", "businesswoman": "f", "woman": "f", "man": "m"}
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z&]{1,6})\)")
_OPENING_WORDS = 4
_RELATIONAL = frozenset({"counterpart", "ally", "rival", "opponent"})  # someone else's
_MALE_TITLES = frozenset("mr mister sir lord".split())
_FEMALE_TITLES = frozenset("mrs ms miss madam dame lady".split())


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
    nearest: Mention | None = None  # its latest name outside quotes: what a pronoun points at
    opened: set[int] = field(default_factory=set)  # sentences it opens
    spoke: int = -1  # where it was last reported speaking


@dataclass(frozen=True)
class _Description:
    """A noun phrase that describes an actor: 'the Libyan foreign ministry'."""

    start: int  # token range
    end: int
    head: str  # singular, lower case
    plural: bool
    definite: bool
    owner: str | None
    modifiers: frozenset[str]
    owner_mention: Mention | None = None  # who it belongs to: 'Kenya' of "Kenya's president"
    role: str = ""  # its words as a role: 'prime minister' of 'the Qatari prime minister'


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
        self.quoted = [(q.start, q.end) for q in find_marked(self.text)]
        self.sent_starts = [s.start_char for s in doc.sents] or [0]
        self.by_token = {i: m for m in self.mentions for i in _token_range(doc, m)}
        self.names = _NameIndex(self.mentions, self.text)
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
        events += [(self.doc[d.start].idx, 2, d) for d in self._descriptions()]
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

    def _described(self, d: _Description) -> None:
        s, e = self.doc[d.start].idx, _end_char(self.doc, d.end)
        if self._in_quote(s) or any(s < m.end and m.start < e and m.label == "PERSON"
                                    for m in self.mentions):
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
                actor.owners = {self._owner_key(m)}
            self.actors[key] = actor
        return self.actors[key]

    def _new_description(self, d: _Description, s: int, e: int) -> _Actor:
        person = _is_person_head(d.head)
        label = "PERSON" if person else "ORG"
        m = Mention(s, e, _words(self.text[s:e]), label, "description")
        actor = _Actor(m, person, gender=_GENDERED_HEADS.get(d.head), heads={d.head},
                       words=set(d.modifiers | {d.head}), owner=d.owner,
                       document=d.head in lexicon.DOCUMENT_HEADS, plural=d.plural)
        if person and lexicon.is_office(d.head):
            actor.roles.append((d.modifiers | {d.head}, d.head, d.owner))
        self.described.append(actor)
        return actor

    def _described_role(self, d: _Description, actor: _Actor) -> None:
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
            actor.roles.append((words, head, self._owner_key(r.of) if r.of else None))

    # -- descriptions ----------------------------------------------------------------------
    def _descriptions(self) -> list[_Description]:
        out = []
        for tok in self.doc:
            d = self._description_at(tok)
            if d is not None:
                out.append(d)
        return out

    def _description_at(self, tok: Token) -> _Description | None:
        head = lexicon.singular(tok.text)
        if not tok.tag_.startswith("NN") or tok.i in self.by_token or not _describes(head):
            return None
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        if nxt is not None and (nxt.tag_.startswith("NN") or nxt.i in self.by_token
                                or self._titles_next(tok.i + 1)):
            return None  # a modifier ('ministry spokesman') or a title ('President Putin')
        start = self._left_edge(tok)
        first, words = self.doc[start], self.doc[start:tok.i]
        definite = first.lower_ in _DEFINITE or first.tag_ == "PRP$" or any(
            t.tag_ == "POS" for t in words) or (start > 0 and self.doc[start - 1].tag_ == "POS")
        if not definite and first.lower_ not in _INDEFINITE and tok.tag_ not in ("NNS", "NNPS") \
                and start == tok.i:
            return None  # a bare singular noun: 'government' in 'government said' is rare
        end, of_owner = self._of_phrase(tok.i + 1)
        owner = self._np_owner(start, tok.i) or of_owner
        role = " ".join([t.text for t in words if lexicon.is_role_word(t.text)
                         and t.lower_ not in lexicon.DETERMINERS and t.i not in self.by_token]
                        + [tok.text])
        mods = frozenset(t.lower_ for t in words if lexicon.is_role_word(t.text)
                         and t.lower_ not in lexicon.DETERMINERS)
        return _Description(start, end, head, tok.tag_ in ("NNS", "NNPS"),
                            definite and first.lower_ not in _INDEFINITE,
                            owner[0] if owner else None, mods, owner[1] if owner else None, role)

    def _titles_next(self, k: int) -> bool:
        """'cleric and political leader Muqtada al-Sadr': titles joined before a name."""
        doc = self.doc
        if k >= len(doc) or doc[k].lower_ != "and":
            return False
        k += 1
        while k < len(doc) and k not in self.by_token and lexicon.is_role_word(doc[k].text):
            k += 1
        m = self.by_token.get(k)
        return m is not None and m.label == "PERSON" and k > 0 and lexicon.is_head(doc[k - 1].text)

    def _left_edge(self, tok: Token) -> int:
        """Where the noun phrase of ``tok`` starts: its determiner, possessive or owner."""
        i = tok.i
        while i > 0:
            prev = self.doc[i - 1]
            m = self.by_token.get(prev.i)
            if prev.lower_ in _DEFINITE | _INDEFINITE or prev.tag_ == "PRP$":
                return i - 1
            if m is not None and m.label == "PERSON":
                return i
            if prev.tag_ == "POS":  # 'Ukraine's president'
                j = prev.i - 1
                owner = self.by_token.get(j)
                return owner_start(self.doc, owner) if owner is not None else i
            if prev.tag_ not in _NP_TAGS or prev.is_space or prev.is_sent_end:
                return i
            i -= 1
        return i

    def _of_phrase(self, k: int) -> tuple[int, tuple[str, Mention] | None]:
        """'of Ukraine's Presidential Office' after a head: its end and its owner."""
        doc = self.doc
        if k >= len(doc) or doc[k].lower_ != "of":
            return k, None
        end, owner = k + 1, None
        while end < len(doc) and end - k <= 7 and doc[end].tag_ in _OF_TAGS and not doc[end].is_space:
            m = self.by_token.get(end)
            if m is not None and m.label == "PERSON":
                break
            if m is not None and owner is None:
                owner = (self._owner_key(m), m)
            end += 1
        return (end, owner) if end > k + 1 else (k, None)

    def _np_owner(self, start: int, head: int) -> tuple[str, Mention] | None:
        """A demonym, country or organisation among the words before the head."""
        for i in range(start, head):
            m = self.by_token.get(i)
            if m is not None and m.label != "PERSON":
                return self._owner_key(m), m
            tok = self.doc[i]
            country = self.gaz.country_of_demonym(tok.text) if tok.is_title else None
            if country is not None:
                return country.country_code, Mention(tok.idx, tok.idx + len(tok), tok.text, "NORP")
        return None

    def _owner_keys(self, m: Mention) -> set[str]:
        """'U.S.-Saudi' names two owners: 'us' and 'sa'."""
        parts = [p for p in re.split(r"(?<=[\w.])-(?=[A-Z])", m.text) if p]
        if len(parts) < 2:
            return {self._owner_key(m)}
        return {self._owner_key(Mention(m.start, m.end, p, "NORP")) for p in parts}

    def _owner_key(self, m: Mention) -> str:
        country = None
        if m.label in ("NORP", "GPE"):
            country = self.gaz.country_of_demonym(m.text) or self.gaz.country(m.text)
        return country.country_code if country is not None else name_key(m.text)

    # -- what a description stands for ---------------------------------------------------
    def _antecedent(self, d: _Description) -> tuple[_Actor | None, str]:
        appos = self._apposition(d)
        if appos is not None:
            return appos, f"in apposition to {appos.mention.text}"
        if d.head in lexicon.DOCUMENT_HEADS:
            return self._issuer_of(d)
        if _is_person_head(d.head) and d.head not in lexicon.GENERIC_PERSON_HEADS:
            actor = self._by_role(d)
            if actor is not None:
                return actor, f"{actor.mention.text}, whose stated role fits"
        actor = self._by_head(d)
        if actor is not None:
            return actor, f"{actor.mention.text}, named or described as '{d.head}' before"
        if _is_person_head(d.head) and d.definite and d.head not in lexicon.GENERIC_PERSON_HEADS:
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
        group.owners = {self._owner_key(first), *actor.owners}
        group.last, group.last_end, group.spoke = actor.last, actor.last_end, actor.spoke
        self.described.append(group)
        return group

    def _issuer_of(self, d: _Description) -> tuple[_Actor | None, str]:
        """Who issued 'the statement': the last issuer of one, the one of its owners named in
        it ('the U.S.-Saudi statement') when they are among them, else that owner."""
        if self.doc[d.start].lower_ in ("this", "that", "these", "those"):
            return None, ""  # 'watch this report': no document of the story's actors
        owners = [m for m in self.mentions if self.doc[d.start].idx <= m.start
                  and m.end <= self.doc[d.end - 1].idx]
        issuers = [self.issuers[d.head]] if d.head in self.issuers else []
        if owners:
            keys = {k for m in owners for k in self._owner_keys(m)}
            fit = next((a for a in issuers if keys <= a.owners), None)
            actor = fit or self._actor(owners[0])
        else:
            actor = issuers[0] if issuers else None
        return actor, f"whoever issued the {d.head}: {actor.mention.text}" if actor else ""

    def _apposition(self, d: _Description) -> _Actor | None:
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

    def _by_role(self, d: _Description) -> _Actor | None:
        """The person named before whose role fits: the same head before any office
        ('leader'), then the latest named."""
        start = self.doc[d.start].idx
        fits = [(a, fit) for a in self._people_before(start) if (fit := self._role_fit(a, d))]
        return max(fits, key=lambda af: (af[1], af[0].last), default=(None,))[0]

    def _role_fit(self, actor: _Actor, d: _Description) -> int:
        """2 for a stated role with the description's head, 1 for any office when the head
        is 'leader' or 'counterpart', 0 when no role fits head, modifiers and owner."""
        best = 0
        strict = d.head == "counterpart"  # someone else's opposite number: owner given
        for words, head, owner in actor.roles:
            owned = owner == d.owner if strict else d.owner is None or owner in (None, d.owner)
            if not (d.modifiers <= words | {d.head} and owned):
                continue
            if head == d.head or d.head in words:
                best = 2
            elif d.head in lexicon.ANY_OFFICE_HEADS and lexicon.is_office(head):
                best = max(best, 1)
        return best

    def _by_head(self, d: _Description) -> _Actor | None:
        start = self.doc[d.start].idx
        pool = [a for a in [*self.actors.values(), *self.described]
                if 0 <= a.last < start and d.head in a.heads
                and a.person == self._is_person_noun(d)]
        pool = [a for a in pool if (d.owner is None or a.owner in (None, d.owner))
                and d.modifiers <= a.words and (a.plural == d.plural or not a.person)]
        return max(pool, key=lambda a: a.last, default=None)

    def _ahead(self, d: _Description) -> tuple[_Actor | None, str]:
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
        lede = here < _LEDE_SENTENCES and not self._people_before(pos)
        if not (lede or self._spoken_at(pos, _end_char(self.doc, d.end))):
            return None, ""
        for m in later:
            if self._sentence(m.start) == here + 1 and self._opens(m.start):
                actor = self._person_actor(m)
                if not actor.roles or self._role_fit(actor, d):
                    return actor, f"{actor.mention.text}, who opens the next sentence"
        return None, ""

    def _person_actor(self, m: Mention) -> _Actor:
        full = self.names.full_name_of(m)
        return self._actor(full[0] if full else m)

    def _is_person_noun(self, d: _Description) -> bool:
        return _is_person_head(d.head)

    def _issued(self, d: _Description, document: _Actor, start: int) -> None:
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

    def _in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

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


class _NameIndex:
    """The article's people by name: which full name a shorter one is part of, their genders,
    and acronyms of its organisations."""

    def __init__(self, mentions: Sequence[Mention], text: str):
        self.text = text
        self.mentions = mentions
        self.full: dict[str, Mention] = {}
        for m in mentions:
            if m.label == "PERSON" and len(_tokens(m.text)) >= 2:
                self.full.setdefault(name_key(m.text), m)
        self.genders = _genders(text, [m for m in mentions if m.label == "PERSON"])
        self.defined: dict[str, Mention] = {}  # 'ELN' -> 'National Liberation Army (ELN)'
        for m in mentions:
            found = _BRACKETED.match(text, m.end)
            if m.label != "PERSON" and found and not _ACRONYM.match(m.text):
                self.defined.setdefault(found.group(1), m)

    def full_name_of(self, m: Mention) -> tuple[Mention, str] | None:
        """(the full name's first mention, why) for a shorter name or an acronym."""
        if m.label == "PERSON":
            return self._person(m)
        if _ACRONYM.match(m.text):
            return self._acronym(m)
        return None

    def _person(self, m: Mention) -> tuple[Mention, str] | None:
        short = _tokens(m.text)
        if not short or name_key(m.text) in self.full:
            return None
        owners = {k: f for k, f in self.full.items() if _part_of(short, _tokens(f.text))}
        owners = {k: f for k, f in owners.items()
                  if not any(j != k and _part_of(_tokens(f.text), _tokens(g.text))
                             for j, g in owners.items())}
        if len(owners) > 1:  # 'Mrs. Trump' is Melania Trump, not Donald Trump
            title = _title_gender(self.text, m.start)
            owners = {k: f for k, f in owners.items() if title and self.gender(f) == title}
        if len(owners) != 1:
            return None
        full = next(iter(owners.values()))
        return full, f"{_relation(short, _tokens(full.text))} of {full.text}"

    def _acronym(self, m: Mention) -> tuple[Mention, str] | None:
        defined = self.defined.get(m.text)
        if defined is not None and defined is not m:
            return defined, f"acronym of {defined.text}, written in brackets after it"
        fits = {name_key(f.text): f for f in self.mentions if f.label != "PERSON"
                and f is not m and not _ACRONYM.match(f.text) and is_acronym_of(m.text, f.text)}
        if len(fits) != 1:
            return None
        full = next(iter(fits.values()))
        return full, f"initials of {full.text}"

    def gender(self, m: Mention) -> str | None:
        """From the mention's own words (a first name) or its title, else its surname's."""
        words = [w.lower().rstrip(".") for w in m.text.split()[:-1]]
        own = _gender_of(words + [_title_gender(self.text, m.start) or ""])
        if own:
            return own
        tokens = _tokens(m.text)
        return self.genders.get(tokens[-1]) if tokens else None


def _is_name(text: str) -> bool:
    return any(w[:1].isupper() or w[:1].isdigit() for w in text.split())


def _describes(head: str) -> bool:
    """A noun that describes an actor or what an actor issues."""
    return (lexicon.is_head(head) or head in lexicon.ORG_HEADS or head in lexicon.DOCUMENT_HEADS
            or head in lexicon.GENERIC_PERSON_HEADS or head in lexicon.ANY_OFFICE_HEADS)


def _is_person_head(head: str) -> bool:
    return (lexicon.is_head(head) or head in lexicon.GENERIC_PERSON_HEADS
            or head in lexicon.ANY_OFFICE_HEADS) and head not in lexicon.ORG_HEADS


def _tokens(name: str) -> list[str]:
    """A name's folded tokens without a trailing 'Jr.' or 'II'."""
    tokens = name_tokens(name)
    while len(tokens) > 1 and tokens[-1] in lexicon.NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def _part_of(short: list[str], full: list[str]) -> bool:
    """'assad' ends 'bashar assad'; 'ali abbas' is the first and last of 'ali mahmoud abbas';
    'wang' begins 'wang yi' (family name first, or a given name after a title)."""
    if not short or len(short) >= len(full):
        return False
    return (full[-len(short):] == short or full[:len(short)] == short
            or (len(short) > 1 and short[0] == full[0] and short[-1] == full[-1]))


def _relation(short: list[str], full: list[str]) -> str:
    if full[-len(short):] == short:
        return "surname" if len(short) == 1 else "shorter name"
    if full[:len(short)] == short:
        return "first part of the name"
    return "shorter name"


def _title_gender(text: str, start: int) -> str | None:
    """'m' or 'f' from a title right before a name: 'Mrs. Trump', 'Mr Putin'."""
    before = re.search(r"\b([A-Za-z]+)\.?\s+$", text[max(0, start - 12):start])
    word = before.group(1).lower() if before else ""
    return "m" if word in _MALE_TITLES else "f" if word in _FEMALE_TITLES else None


def _gender_of(cues: list[str]) -> str | None:
    found = {"m" for c in cues if c in lexicon.MALE_CUES or c == "m"} | {
        "f" for c in cues if c in lexicon.FEMALE_CUES or c == "f"}
    return next(iter(found)) if len(found) == 1 else None


def _genders(text: str, people: Sequence[Mention]) -> dict[str, str]:
    """Surname -> 'm' or 'f' where titles, role words or first names agree on one."""
    seen: dict[str, set[str]] = {}
    for p in people:
        words = p.text.split()
        cues = [w.lower().rstrip(".") for w in words[:-1]]
        before = re.search(r"([A-Za-z]+)\.?\s+(?:[A-Z]\.\s+)?$", text[max(0, p.start - 25):p.start])
        if before:
            cues.append(before.group(1).lower())
        found = {"m" for c in cues if c in lexicon.MALE_CUES} | {
            "f" for c in cues if c in lexicon.FEMALE_CUES}
        tokens = _tokens(p.text)
        if found and tokens:
            seen.setdefault(tokens[-1], set()).update(found)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


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


def owner_start(doc: Doc, owner: Mention) -> int:
    span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    return span.start if span is not None else 0


def _end_char(doc: Doc, end: int) -> int:
    last = doc[end - 1]
    return last.idx + len(last)


def _words(text: str) -> str:
    return " ".join(text.split())
