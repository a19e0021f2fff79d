"""Roles the text states for people, read from tokens, tags and entity labels (no parse).

Two shapes are read:

- a title before the name: "Turkey's Defence Minister Hulusi Akar", "Syrian President Ahmed
  al-Sharaa", "National Security Bureau director Ali Mamlouk", "media activist X", a state
  body written into it ("Russia's Foreign Ministry spokesperson X", 'Kremlin critic X'), a
  portfolio with 'for' ('Minister for Foreign Affairs X');
- an apposition after it: "Ali Mamlouk, director of the National Security Bureau",
  "X, a former prisoner of the regime", "X, head of the Houthis' supreme political council".

Whose role it is (``of``) comes from a possessive ("Turkey's"), an organisation or place
written before the title, a demonym before an office ("Syrian President"; before a person noun
such as "activist" a demonym is only a nationality), "of X" after an apposition, "regime" (the
government the article names as "the Syrian regime"), an owner shared across a coordination
("Turkey's Defence Minister X and intelligence chief Y"), or, for a bare national office, the
article's main country when its people are said to stand in some relation to the office
("Syrians opposed to President X") or the country whose government the sentence names
before it (``owners.side_of``: 'the Chinese foreign ministry quoted top diplomat X').
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.extract import lexicon, owners
from newsgraph.extract.entities import Found
from newsgraph.extract.nlp import is_paragraph_break
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import RoleMention

OWNER_LABELS = frozenset({"GPE", "ORG", "LOC", "FAC", "NORP", "PERSON"})
MAX_ROLE_WORDS = 6
# Tags allowed in the noun phrase of "a former prisoner of the regime".
_NP_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH", "PRP$"})
_MAX_NP_WORDS = 5
# 'opposed', 'loyal', 'close' before 'to': the tagger often says VBD for the participle.
_ATTITUDE_TAGS = frozenset({"VBN", "VBD", "JJ"})


@dataclass(frozen=True)
class Context:
    """The article's tokens and mentions, indexed for looking around a name."""

    doc: Doc
    gaz: Gazetteer
    by_start: dict[int, Found]
    by_end: dict[int, Found]
    in_mention: frozenset[int]
    government: Found | None  # what 'the regime' refers to in this article
    main_country: str | None  # the country the article names most

    @classmethod
    def of(cls, doc: Doc, found: list[Found], gaz: Gazetteer) -> Context:
        tokens = frozenset(i for f in found for i in range(f.span.start, f.span.end))
        counts = Counter(c for f in found if (c := _country_code(gaz, f)))
        main = counts.most_common(1)[0][0] if counts else None
        return cls(doc, gaz, {f.span.start: f for f in found}, {f.span.end: f for f in found},
                   tokens, owners.government(doc, found, gaz), main)


@dataclass(frozen=True)
class _Role:
    holder: Found
    start: int  # token range of the role words
    end: int
    of: Found | None
    text: str

    def to_record(self, doc: Doc) -> RoleMention:
        span = doc[self.start:self.end]
        of = self.of.to_mention() if self.of else None
        return RoleMention(self.text, self.holder.to_mention(), span.start_char, span.end_char, of)


def find_roles(doc: Doc, found: list[Found], gaz: Gazetteer) -> list[RoleMention]:
    """Every role stated for a PERSON mention, in text order, without duplicates."""
    ctx = Context.of(doc, found, gaz)
    roles: list[_Role] = []
    for f in sorted((f for f in found if f.label == "PERSON"), key=lambda f: f.span.start):
        before = _before(ctx, f, roles) or _apposed_before(ctx, f) or _shared_title(ctx, f, roles)
        found_here = (before, _after(ctx, f))
        roles.extend(r for r in found_here if r is not None)
    roles = [_with_side(ctx, r, roles) for r in roles]
    seen: set[tuple[int, str]] = set()
    out = []
    for r in roles:
        if (r.holder.span.start, r.text) not in seen:
            seen.add((r.holder.span.start, r.text))
            out.append(r.to_record(doc))
    return out


# ---- titles before a name ----------------------------------------------------------------

def _before(ctx: Context, f: Found, previous: list[_Role]) -> _Role | None:
    words = _title_before(ctx, f.span.start)
    if words is None:
        return None
    start, end = words
    head = _head_of(ctx.doc, start, end)
    office = lexicon.is_office(head.text)
    start, of = _institution_before(ctx, start, office)
    of = of or _owner_before(ctx, start, office)
    if of is None and office:
        of = _shared_owner(ctx, start, previous)
    if of is None and lexicon.singular(head.text) in lexicon.NATIONAL_OFFICES:
        of = _implied_country(ctx, start)
    return _Role(f, start, end, of, _words(ctx.doc[start:end]))


def _institution_before(ctx: Context, start: int, office: bool) -> tuple[int, Found | None]:
    """A state body named before a title belongs to the title, as news writes it: "Russia's
    Foreign Ministry spokesperson" (of Russia), 'Kremlin critic' (of the Kremlin),
    'Islamabad High Court Chief Justice' (the court's place is part of its name). Other
    organisations only own the title ('Amnesty International researcher')."""
    doc = ctx.doc
    m = ctx.by_end.get(start)
    if m is not None and m.label == "ORG" and _is_state_body(ctx, m):
        owner = _owner_before(ctx, m.span.start, True)
        return m.span.start, owner if owner is not None and owner.label != "PERSON" else m
    if m is not None and m.label == "GPE" and start < len(doc) \
            and lexicon.singular(doc[start].text) not in lexicon.ROLE_HEADS \
            and any(t.lower_ in lexicon.ORG_HEADS and t.is_title for t in doc[start:start + 3]):
        return m.span.start, m  # 'Islamabad High Court Chief Justice'
    return start, None


def _is_state_body(ctx: Context, m: Found) -> bool:
    """'Foreign Ministry', 'State Department', 'Supreme Court', the Kremlin."""
    known = ctx.gaz.known(m.text)
    last = m.text.split()[-1].lower() if m.text.split() else ""
    return known is not None and known.kind == "government" or last in _STATE_BODY_HEADS


# Last words of the names of a state's bodies, whose staff news titles by the body.
_STATE_BODY_HEADS = frozenset({"ministry", "department", "court", "council", "office",
                               "parliament", "assembly", "senate", "congress", "commission",
                               "agency", "cabinet", "presidency", "tribunal", "bureau"})


def _head_of(doc: Doc, start: int, end: int):
    """The head noun of a title: its last word, or the one before 'of' or 'for' ('Secretary
    of State', 'Minister for Foreign Affairs')."""
    if _is_head_noun(doc[end - 1]):
        return doc[end - 1]
    return next((doc[j] for j in range(start, end - 1)
                 if _is_head_noun(doc[j]) and doc[j + 1].lower_ in ("of", "for")), doc[end - 1])



def _title_before(ctx: Context, end: int) -> tuple[int, int] | None:
    """Token range of the role words right before token ``end``, ending in a head noun."""
    doc = ctx.doc
    while end > 0 and _is_soft_break(doc[end - 1]):  # 'Prime Minister\nNarendra Modi'
        end -= 1
    portfolio = _portfolio_before(ctx, end)
    if portfolio is not None:  # 'Commissioner for Children's Rights X'
        head = _title_before(ctx, portfolio)
        return (head[0], end) if head is not None else None
    start, i = end, end - 1
    while i >= 0 and end - i <= MAX_ROLE_WORDS and _is_title_token(ctx, i, start < end):
        start, i = i, i - 1
    if start == end or not (_is_head_noun(doc[end - 1]) or _head_before_of(doc, start, end)):
        return None
    while start < end and not lexicon.is_role_word(doc[start].text) and not doc[start].is_title:
        start += 1  # a title does not begin with a hyphen or 'and'
    return start, end


def _portfolio_before(ctx: Context, end: int) -> int | None:
    """Where 'for' stands in a portfolio written out before a name: 'Minister for Foreign
    Affairs X', "Presidential Commissioner for Children's Rights X" (capitalised words,
    possessives and 'and' after 'for' and a capitalised head)."""
    doc, i = ctx.doc, end - 1
    while i > 0 and end - i <= _MAX_PORTFOLIO_WORDS and i not in ctx.in_mention and (
            doc[i].is_title or doc[i].tag_ == "POS" or doc[i].lower_ in ("and", "&")):
        i -= 1
    if i == end - 1 or i < 1 or doc[i].lower_ != "for" or not doc[end - 1].is_title:
        return None
    head = doc[i - 1]
    return i if head.is_title and _is_head_noun(head) and lexicon.is_office(head.text) else None


_MAX_PORTFOLIO_WORDS = 5


def _is_title_token(ctx: Context, i: int, inside: bool) -> bool:
    """Whether token ``i`` can belong to a role phrase (``inside``: words follow it)."""
    t = ctx.doc[i]
    if inside and _is_soft_break(t):
        return True
    if i in ctx.in_mention or t.is_space or t.is_punct and t.tag_ != "HYPH":
        return False
    if t.lower_ in lexicon.HONORIFICS:
        return False
    if lexicon.is_role_word(t.text):
        return True
    if inside and t.lower_ in ("of", "the") and i > 0:  # 'Secretary of State', 'Secretary of the Treasury'
        before, after = ctx.doc[i - 1], ctx.doc[i + 1]
        title_after = after.is_title or after.lower_ == "the" and i + 2 < len(ctx.doc) \
            and ctx.doc[i + 2].is_title  # 'Secretary of the Treasury'
        return title_after and (before.lower_ == "of" if t.lower_ == "the" else
                                before.is_title and lexicon.is_head(before.text))
    if t.ent_type_ or not inside:
        return False
    if t.tag_ == "HYPH" or t.lower_ == "and":  # 'secretary-general', 'Trade and Industry'
        return i > 0 and all(lexicon.is_role_word(ctx.doc[j].text) for j in (i - 1, i + 1))
    return t.is_title and t.tag_ in ("NNP", "NNPS") and t.i > t.sent.start


def _head_before_of(doc: Doc, start: int, end: int) -> bool:
    """'Secretary of State': the head comes before 'of'."""
    return any(_is_head_noun(doc[j]) and doc[j + 1].lower_ == "of" for j in range(start, end - 1))


def _is_soft_break(token) -> bool:
    """White space inside a paragraph (a hard-wrapped line), which a title may run across."""
    return token.is_space and not is_paragraph_break(token)


def _words(span) -> str:
    return " ".join(span.text.split())


def _is_head_noun(token) -> bool:
    """A role head used as a noun ('the film stars X' has a verb)."""
    return token.tag_.startswith("NN") and lexicon.is_head(token.text)


def _owner_before(ctx: Context, start: int, office: bool) -> Found | None:
    """Whose role a title is, from the words before it: "Turkey's", "Syrian", "regime"."""
    doc, i = ctx.doc, start - 1
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":  # 'Department of X (DFA) spokesperson'
        i -= 3
    government = i >= 0 and doc[i].lower_ in lexicon.GOVERNMENT_WORDS
    if government:
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        m = ctx.by_end.get(i)
        return m if m is not None and m.label in OWNER_LABELS else None
    m = ctx.by_end.get(i + 1)
    if m is not None and m.label in OWNER_LABELS - {"PERSON"}:
        return _owner(ctx, m, office)
    return ctx.government if government and office else None


def _owner(ctx: Context, m: Found, office: bool) -> Found | None:
    """A demonym or place before an office names whose it is; before 'activist' or 'actor'
    it only says where the person is from."""
    if m.label in ("GPE", "LOC", "FAC"):
        return m if office else None
    if m.label != "NORP":
        return m  # an organisation: 'Investec economist X'
    if ctx.gaz.country_of_demonym(m.text) is None:
        return m  # a party or group: 'Conservative leader'
    return m if office else None


def _shared_owner(ctx: Context, start: int, previous: list[_Role]) -> Found | None:
    """The owner of the previous title in "Turkey's Defence Minister X and intelligence chief Y"."""
    doc, i = ctx.doc, start - 1
    if i > 0 and doc[i].lower_ == "and" and doc[i - 1].text == ",":
        i -= 1  # ', and'
    if i < 0 or doc[i].lower_ not in ("and", ","):
        return None
    last = previous[-1] if previous else None
    if last is None or last.holder.span.end != i or last.start > last.holder.span.start:
        return None
    return last.of


def _implied_country(ctx: Context, start: int) -> Found | None:
    """'Syrians opposed to President X', 'Iranians loyal to Supreme Leader X': a bare national
    office after a people and their attitude to it is their country's, when that country is
    the article's main one. ('Russians met President X' says nothing of the sort.)"""
    doc = ctx.doc
    if start < 3 or doc[start - 1].tag_ not in ("IN", "TO") or doc[start - 2].tag_ not in _ATTITUDE_TAGS:
        return None
    m = ctx.by_end.get(start - 2)
    return m if m is not None and _country_code(ctx.gaz, m) == ctx.main_country else None


def _country_code(gaz: Gazetteer, f: Found) -> str | None:
    return f.country_code(gaz)


# ---- a bare office beside its government ---------------------------------------------------

def _with_side(ctx: Context, role: _Role, roles: list[_Role]) -> _Role:
    """A bare national office takes the country whose government its sentence names before
    it (``owners.side_of``), but not a country whose same office (or a 'counterpart') the
    article gives someone else: 'Chinese President Xi met President X' leaves X's open."""
    if role.of is not None or _office_word(ctx.doc, role) not in _SIDE_OFFICES:
        return role
    taken = {code for r in roles if r.of is not None and r.holder.span.start != role.holder.span.start
             and (r.text.lower() == role.text.lower() or _office_word(ctx.doc, r) == "counterpart")
             and (code := r.of.country_code(ctx.gaz)) is not None}
    side = owners.side_of(ctx.doc, ctx.by_start, ctx.gaz, role.start, taken)
    return _Role(role.holder, role.start, role.end, side, role.text) if side else role


# Offices a country's government fills: 'Foreign Minister', 'Secretary of State', 'top diplomat'.
_SIDE_OFFICES = lexicon.NATIONAL_OFFICES | {"secretary", "diplomat", "pm", "counterpart"}


def _office_word(doc: Doc, role: _Role) -> str:
    return lexicon.singular(_head_of(doc, role.start, role.end).text)


# ---- a title set off before a name ---------------------------------------------------------

def _apposed_before(ctx: Context, f: Found) -> _Role | None:
    """'Lebanon's president, Michel Aoun,' / 'The president of Peru, Pedro Castillo, was' /
    'the maximum leader of the ELN, Antonio García, on whom': a title, then a comma, then the
    name closed by a comma or the sentence's end (not one name of a list)."""
    doc, k = ctx.doc, f.span.start - 1
    if k < 2 or doc[k].text != "," or not _closes_apposition(doc, f.span.end):
        return None
    of = None
    if not _is_head_noun(doc[k - 1]):
        of_at = next((j for j in range(k - 1, max(0, k - 8), -1) if doc[j].lower_ == "of"), None)
        if of_at is None or not _is_head_noun(doc[of_at - 1]):
            return None
        of, np_end = _of_phrase(ctx, of_at + 1)
        rest = doc[of.span.end:k] if of is not None else doc[np_end:k]
        if any(not t.tag_.startswith("NN") or not t.is_lower for t in rest):
            return None  # 'of the Colombian government': a mention, then common nouns only
        of = _government_of(ctx, of_at + 1, k) or of \
            or owners.legislature(ctx.by_start, ctx.doc, of_at + 1, k)
        k = of_at
    words = _title_before(ctx, k)
    if words is None:
        return None
    start, end = words
    office = lexicon.is_office(doc[end - 1].text)
    of = of or _owner_before(ctx, start, office)
    return _Role(f, start, end, of, _words(doc[start:end]))


def _shared_title(ctx: Context, f: Found, previous: list[_Role]) -> _Role | None:
    """'the chief negotiators of the government, X, and the ELN, Y': a plural title set off
    before one name, shared by the next pair of an owner and a name joined by 'and'."""
    doc, k = ctx.doc, f.span.start - 1
    last = previous[-1] if previous else None
    if last is None or last.of is None or last.start > last.holder.span.start \
            or doc[last.end - 1].tag_ not in ("NNS", "NNPS") \
            or k < 3 or doc[k].text != "," or not _closes_apposition(doc, f.span.end):
        return None
    owner = ctx.by_end.get(k)
    if owner is None or owner.label not in OWNER_LABELS - {"PERSON"}:
        return None
    i = owner.span.start - 1
    i -= 1 if i >= 0 and doc[i].lower_ in lexicon.DETERMINERS else 0
    if i < 0 or doc[i].lower_ != "and":
        return None
    between = doc[last.holder.span.end:i]
    if any(t.text != "," for t in between):
        return None
    return _Role(f, last.start, last.end, owner, last.text)


def _closes_apposition(doc: Doc, i: int) -> bool:
    return i >= len(doc) or doc[i].text in (",", ".", ";", ")") or doc[i].is_sent_end


def _government_of(ctx: Context, start: int, end: int) -> Found | None:
    """'of the Colombian government': the country whose government it is."""
    if not any(t.lower_ in lexicon.GOVERNMENT_WORDS for t in ctx.doc[start:end]):
        return None
    return next((m for i in range(start, end) if (m := ctx.by_start.get(i)) is not None
                 and _country_code(ctx.gaz, m)), None)


# ---- appositions after a name -------------------------------------------------------------

def _after(ctx: Context, f: Found) -> _Role | None:
    """'X, director of the National Security Bureau,' / 'X, Turkey's defence minister'."""
    doc, k = ctx.doc, f.span.end + 1
    if k >= len(doc) or doc[k - 1].text != ",":
        return None
    if doc[k].lower_ in lexicon.DETERMINERS:
        k += 1
    owner, k = _apposition_owner(ctx, k)
    if k is None:
        return None
    end = _title_after(ctx, k)
    if end is None:
        return None
    office = lexicon.is_office(doc[end - 1].text)
    of = _owner(ctx, owner, office) if owner is not None else None
    if of is None and end < len(doc) and doc[end].lower_ == "of":
        of, np_end = _of_phrase(ctx, end + 1)
        named = owners.legislature(ctx.by_start, ctx.doc, end + 1, np_end) if of is None else None
        if named is not None:
            return _Role(f, k, end, named, _words(doc[k:end]))  # 'speaker of parliament'
        if np_end > end + 1 and (of is None or np_end > of.span.end):
            return _Role(f, k, np_end, of, _words(doc[k:np_end]))  # "of the Houthis' council"
    return _Role(f, k, end, of, _words(doc[k:end]))


def _apposition_owner(ctx: Context, k: int) -> tuple[Found | None, int | None]:
    """A possessive or demonym opening an apposition, and where its role words start."""
    m = ctx.by_start.get(k)
    if m is None:
        return None, k
    after = m.span.end
    if after < len(ctx.doc) and ctx.doc[after].tag_ == "POS" and m.label in OWNER_LABELS:
        return m, after + 1
    if m.label != "PERSON" and after < len(ctx.doc) and lexicon.is_role_word(ctx.doc[after].text):
        return m, after  # 'X, a Syrian activist' / 'X, BBC correspondent'
    return None, None  # another name: a list of names, not an apposition


def _title_after(ctx: Context, k: int) -> int | None:
    """End of the role words starting at ``k`` when they end in a head noun."""
    doc, end = ctx.doc, k
    while end < len(doc) and end - k < MAX_ROLE_WORDS and end not in ctx.in_mention \
            and lexicon.is_role_word(doc[end].text):
        end += 1
    while end > k and not _is_head_noun(doc[end - 1]):
        end -= 1
    if end == k:
        return None
    nxt = ctx.by_start.get(end)
    return None if nxt is not None and nxt.label == "PERSON" else end  # 'X, President Y'


def _of_phrase(ctx: Context, k: int) -> tuple[Found | None, int]:
    """After 'of': a named owner, or the end of a short common noun phrase."""
    doc, i = ctx.doc, k
    while i < len(doc) and doc[i].lower_ in lexicon.DETERMINERS:
        i += 1
    if ctx.by_start.get(i) is None and i + 1 < len(doc) and doc[i].tag_ in ("JJ", "VBG") \
            and ctx.by_start.get(i + 1) is not None:
        i += 1  # 'of neighbouring Benin'
    m = ctx.by_start.get(i)
    if m is not None and m.label in OWNER_LABELS - {"PERSON"}:
        after = m.span.end
        if after < len(doc) and _is_possessive(doc, after):  # 'of Iran's Supreme National Council'
            owned = ctx.by_start.get(after + 1)
            if owned is not None and owned.label in OWNER_LABELS - {"PERSON"}:
                return owned, owned.span.end
            return m, _owned_body(ctx, after + 1) or m.span.end  # "of the Houthis' political council"
        return m, m.span.end
    end = k
    while end < len(doc) and end - k < _MAX_NP_WORDS and doc[end].tag_ in _NP_TAGS \
            and end not in ctx.in_mention:
        end += 1
    return None, end if end > i else k


def _is_possessive(doc: Doc, i: int) -> bool:
    """"'s", or the bare apostrophe after a plural ('the Houthis’'), which the tagger often
    reads as a closing quotation mark."""
    t = doc[i]
    return t.tag_ == "POS" or t.text in ("'", "\u2019") and i > 0 and not doc[i - 1].whitespace_ \
        and doc[i - 1].lower_.endswith("s")


def _owned_body(ctx: Context, k: int) -> int | None:
    """End of the unnamed body a possessive owns, in common nouns ending in an organisation
    noun: "the Houthis' supreme political council" (the words are the role's, not a name)."""
    doc, end = ctx.doc, k
    while end < len(doc) and end - k < _MAX_NP_WORDS and doc[end].tag_ in _NP_TAGS \
            and end not in ctx.in_mention and not doc[end].is_space:
        end += 1
    while end > k and doc[end - 1].lower_ not in lexicon.ORG_HEADS:
        end -= 1
    return end if end > k else None
