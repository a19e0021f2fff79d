"""Noun phrases that describe an actor, read off a tagged Doc without a parse
(``DescriptionReader``): 'the Libyan foreign ministry', "Kenya's president", 'her Israeli
counterpart', 'the head of Ukraine's Presidential Office', 'a senior White House official',
'the statement'. Each comes with its head noun, whether it is definite, whose it is (a
demonym, a possessive, an 'of' phrase) and its words as a role ('prime minister').

Titles before a name ('President Putin', 'cleric and political leader Muqtada al-Sadr') and
modifiers of another noun ('ministry spokesman') are not descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract import lexicon
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention
from newsgraph.resolve.names import name_key

_DEFINITE = frozenset("the this that these those his her its their".split())
_INDEFINITE = frozenset("a an another one".split())
_NP_TAGS = frozenset("JJ JJR JJS NN NNS NNP NNPS HYPH POS CD VBN".split())
_OF_TAGS = frozenset("DT JJ JJS NN NNS NNP NNPS HYPH POS PRP$ CD".split())


@dataclass(frozen=True)
class Description:
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


class DescriptionReader:
    """Finds the descriptions of one article, given its mentions by token."""

    def __init__(self, doc: Doc, by_token: dict[int, Mention], gaz: Gazetteer):
        self.doc, self.text, self.gaz, self.by_token = doc, doc.text, gaz, by_token

    def descriptions(self) -> list[Description]:
        out = []
        for tok in self.doc:
            d = self._description_at(tok)
            if d is not None:
                out.append(d)
        return out

    def _description_at(self, tok: Token) -> Description | None:
        head = lexicon.singular(tok.text)
        if not tok.tag_.startswith("NN") or tok.i in self.by_token or not describes(head):
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
        return Description(start, end, head, tok.tag_ in ("NNS", "NNPS"),
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
            if m is not None and (owner is None or doc[end - 1].tag_ == "POS"):
                owner = (self.owner_key(m), m)  # 'of Ukraine's Presidential Office': the office
            end += 1
        return (end, owner) if end > k + 1 else (k, None)

    def _np_owner(self, start: int, head: int) -> tuple[str, Mention] | None:
        """A demonym, country or organisation among the words before the head."""
        for i in range(start, head):
            m = self.by_token.get(i)
            if m is not None and m.label != "PERSON":
                return self.owner_key(m), m
            tok = self.doc[i]
            country = self.gaz.country_of_demonym(tok.text) if tok.is_title else None
            if country is not None:
                return country.country_code, Mention(tok.idx, tok.idx + len(tok), tok.text, "NORP")
        return None

    def owner_keys(self, m: Mention) -> set[str]:
        """'U.S.-Saudi' names two owners: 'us' and 'sa'."""
        parts = [p for p in re.split(r"(?<=[\w.])-(?=[A-Z])", m.text) if p]
        if len(parts) < 2:
            return {self.owner_key(m)}
        return {self.owner_key(Mention(m.start, m.end, p, "NORP")) for p in parts}

    def owner_key(self, m: Mention) -> str:
        country = None
        if m.label in ("NORP", "GPE"):
            country = self.gaz.country_of_demonym(m.text) or self.gaz.country(m.text)
        return country.country_code if country is not None else name_key(m.text)

    # -- what a description stands for ---------------------------------------------------

def describes(head: str) -> bool:
    """A noun that describes an actor or what an actor issues."""
    return (lexicon.is_head(head) or head in lexicon.ORG_HEADS or head in lexicon.DOCUMENT_HEADS
            or head in lexicon.GENERIC_PERSON_HEADS or head in lexicon.ANY_OFFICE_HEADS)


def is_person_head(head: str) -> bool:
    return (lexicon.is_head(head) or head in lexicon.GENERIC_PERSON_HEADS
            or head in lexicon.ANY_OFFICE_HEADS) and head not in lexicon.ORG_HEADS


def owner_start(doc: Doc, owner: Mention) -> int:
    span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    return span.start if span is not None else 0


def end_char(doc: Doc, end: int) -> int:
    last = doc[end - 1]
    return last.idx + len(last)
