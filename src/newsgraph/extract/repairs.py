"""Mentions the small model cuts, glues or misses, mended from the article's own words.

Each rule is general and looks only at tokens, tags and the other mentions:

- a first name left out before a surname ('former PM Imran | Khan');
- a title glued to a name ('the Treasury Scott Bessent' as one ORG): the name is a person's
  when the article names that person by the same surname elsewhere, or it opens with a
  common first name;
- names the model skipped in a list of people ('Mikhail Gradov, Artyom Guselnikov, Sofia
  Strukova and Vladislav Mazur') or set off after a title ('The president of neighbouring
  Benin, Patrice Talon,');
- a people's forces, which act as one organisation ('the Sudanese army', "China's
  coastguard"): an ORG mention of its own;
- a name split at a comma ('Kirovohrad, Mykolaiv' as one mention) is two;
- a handle of a person the article names ('@JoeBiden'), and a country or a capital the
  model left untagged ('a key demand of Kyiv and Europe');
- two names joined by a hyphen ('a Trump-Putin meeting') are two; a later bare surname of
  someone named in full, and an acronym of an organisation the article names, that the
  model skipped, are mentions.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Span

from newsgraph.extract import lexicon
from newsgraph.extract.entities import Found, is_full_name
from newsgraph.extract.nlp import text_of
from newsgraph.gazetteer import Gazetteer
from newsgraph.resolve.names import is_acronym_of, name_key, name_tokens

_LIST_GLUE = frozenset({",", "and"})
_HANDLE = re.compile(r"@[A-Z][A-Za-z]+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_MAX_NAME_TOKENS = 3


def repair(doc: Doc, found: list[Found], gaz: Gazetteer) -> list[Found]:
    """``found`` with the mentions above mended and added, in text order."""
    found = [piece for f in found for piece in _split_at_commas(f, gaz)]
    found = [_with_first_name(f, gaz) for f in found]
    found = [_untitled(f, found) for f in found]
    taken = {i for f in found for i in range(f.span.start, f.span.end)}
    taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = found + _listed_people(doc, found, taken) + _forces(doc, found, gaz, taken)
    found = found + _handles(doc, found, taken) + _missed_places(doc, gaz, taken)
    return sorted(found, key=lambda f: f.span.start)


def _handles(doc: Doc, found: list[Found], taken: set[int]) -> list[Found]:
    """'@JoeBiden' after 'Joe Biden': a social media handle of a person the article names."""
    people = {name_key(f.text) for f in found if f.label == "PERSON" and len(f.span) > 1}
    out: list[Found] = []
    if not people or "@" not in text_of(doc):  # no handle to find: no token to read
        return out
    for tok in doc:
        if tok.i in taken or not _HANDLE.fullmatch(tok.text):
            continue
        if name_key(" ".join(re.findall(r"[A-Z][a-z]+", tok.text))) in people:
            out.append(Found(doc[tok.i:tok.i + 1], "PERSON", "context"))
    return out


def _missed_places(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Found]:
    """'a key demand of Kyiv and Europe': a country or a capital the model left untagged,
    standing alone (not part of a longer name such as 'Jordan Peterson')."""
    out = []
    tags = doc.to_array([TAG]).reshape(-1)  # only proper nouns are read as tokens
    for i in numpy.flatnonzero(tags == doc.vocab.strings["NNP"]):
        tok = doc[int(i)]
        if tok.i in taken or tok.tag_ != "NNP" or not tok.is_title or tok.is_sent_start:
            continue
        near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
        if any(t.tag_ in ("NNP", "NNPS") and t.is_title for t in near):
            continue
        place = gaz.place(tok.text)
        if place is not None and (place.kind == "country" or place.capital):
            out.append(Found(doc[tok.i:tok.i + 1], "GPE", "gazetteer"))
    return out


def _split_at_commas(f: Found, gaz: Gazetteer) -> list[Found]:
    """'Kirovohrad, Mykolaiv' -> two places, when each part is one the gazetteer knows."""
    span = f.span
    cuts = [t.i for t in span if t.text == ","]
    if not cuts:
        return [f]
    parts, start = [], span.start
    for i in cuts + [span.end]:
        parts.append(span.doc[start:i])
        start = i + 1
    places = [gaz.place(p.text) for p in parts]
    if not all(places) or any(len(p) == 0 for p in parts):
        return [f]
    return [Found(p, place.label, "gazetteer") for p, place in zip(parts, places)]


def _with_first_name(f: Found, gaz: Gazetteer) -> Found:
    """'Imran' + 'Khan': a title-case proper noun right before a person's one-word name;
    a nationality adjective before it makes a party's or a paper's name ('Georgian Dream')."""
    span = f.span
    if f.label != "PERSON" or len(span) != 1 or span.start == 0:
        return f
    prev = span.doc[span.start - 1]
    if prev.tag_ != "NNP" or not prev.is_title or prev.ent_type_ or prev.is_sent_start \
            or lexicon.is_role_word(prev.text) or prev.lower_ in lexicon.HONORIFICS:
        return f
    label = "ORG" if gaz.is_nationality_adjective(prev.text) else "PERSON"
    return Found(span.doc[span.start - 1:span.end], label, "context")


def _untitled(f: Found, found: list[Found]) -> Found:
    """'Treasury Scott Bessent' -> 'Scott Bessent' when 'Bessent' is a person here."""
    span = f.span
    if f.label == "PERSON" or len(span) < 3:
        return f
    surnames = {g.span[-1].lower_ for g in found if g.label == "PERSON"}
    name = span[-2:]
    first_name = name[0].lower_ in lexicon.MALE_CUES | lexicon.FEMALE_CUES
    if not (span[-1].lower_ in surnames or first_name) or not all(t.is_title for t in name) \
            or not all(lexicon.is_role_word(t.text) or t.lower_ == "the" for t in span[:-2]):
        return f
    return Found(name, "PERSON", "context")


def _listed_people(doc: Doc, found: list[Found], taken: set[int]) -> list[Found]:
    """Two or three title-case proper nouns, between commas or 'and', next to a person in a
    list, or set off by commas right after a title ('the president of Benin, X Y,')."""
    people = {i for f in found if f.label == "PERSON" for i in range(f.span.start, f.span.end)}
    out = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < _MAX_NAME_TOKENS and _name_token(doc[j], taken):
            j += 1
        if j - i >= 2 and _delimited(doc, i, j) and (
                _beside_person(doc, i, j, people) or _after_title(doc, i)):
            out.append(Found(doc[i:j], "PERSON", "context"))
            people.update(range(i, j))
            i = j
            continue
        i = max(j, i + 1)
    return out


def _name_token(tok, taken: set[int]) -> bool:
    return (tok.i not in taken and tok.tag_ == "NNP" and tok.is_title
            and not lexicon.is_role_word(tok.text) and tok.lower_ not in lexicon.HONORIFICS)


def _delimited(doc: Doc, i: int, j: int) -> bool:
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[j].lower_ if j < len(doc) else ""
    return before in _LIST_GLUE and (after in _LIST_GLUE or after in (".", ";"))


def _beside_person(doc: Doc, i: int, j: int, people: set[int]) -> bool:
    """A person named just before or after, across a comma or 'and'."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in _LIST_GLUE:
        k -= 1
    m = j
    while m < len(doc) and (doc[m].lower_ in _LIST_GLUE or lexicon.is_role_word(doc[m].text)
                            and not doc[m].is_title):
        m += 1
    return k in people or m in people


def _after_title(doc: Doc, i: int) -> bool:
    """', X Y,' right after a title: 'The president of neighbouring Benin, X Y,'."""
    if i < 2 or doc[i - 1].text != ",":
        return False
    window = doc[max(0, i - 8):i - 1]
    return any(lexicon.is_head(t.text) and t.tag_.startswith("NN") for t in window) \
        and any(t.lower_ == "of" for t in window)


def _forces(doc: Doc, found: list[Found], gaz: Gazetteer, taken: set[int]) -> list[Found]:
    """'the Sudanese army', "China's coastguard", 'Chinese coast guard': ORG mentions."""
    out = []
    for f in found:
        code = f.country_code(gaz)
        if code is None:
            continue
        k = f.span.end + (1 if f.span.end < len(doc) and doc[f.span.end].tag_ == "POS" else 0)
        end = _force_end(doc, k)
        if end is None or any(i in taken for i in range(k, end)):
            continue
        out.append(Found(doc[f.span.start:end], "ORG", "context"))
    return out


def _force_end(doc: Doc, k: int) -> int | None:
    if k >= len(doc) or not doc[k].is_lower:
        return None
    if k + 1 < len(doc) and f"{doc[k].lower_} {doc[k + 1].lower_}" in lexicon.FORCES:
        return k + 2
    return k + 1 if doc[k].lower_ in lexicon.FORCES else None


def split_pairs(found: list[Found], gaz: Gazetteer) -> list[Found]:
    """'Russia-Ukraine war', 'a Trump-Putin meeting': two names joined by a hyphen are two
    mentions when both are countries, or both are people the article names on their own."""
    people = {name_tokens(f.text)[-1] for f in found if f.label == "PERSON" and name_tokens(f.text)}
    out = []
    for f in found:
        span = f.span
        if len(span) != 3 or span[1].text != "-" or span[0].whitespace_ or span[1].whitespace_:
            out.append(f)
            continue
        a, b = span[0:1], span[2:3]
        if gaz.country(a.text) and gaz.country(b.text):
            out += [Found(a, "GPE", "gazetteer"), Found(b, "GPE", "gazetteer")]
        elif {a.text.lower(), b.text.lower()} <= people:
            out += [Found(a, "PERSON", "context"), Found(b, "PERSON", "context")]
        else:
            out.append(f)
    return out


_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z&]{1,6})\)")


def missed_names(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the surnames and acronyms the model skipped, in text order."""
    found = sorted(found + _missed_surnames(doc, found), key=lambda f: f.span.start)
    return sorted(found + _missed_acronyms(doc, found), key=lambda f: f.span.start)


def _missed_surnames(doc: Doc, found: list[Found]) -> list[Found]:
    """'Modi thanked her': a later bare surname of someone named in full, that NER skipped.

    Only proper-noun tokens outside every entity span count, so 'Young people' (an adjective)
    or 'in May' (a date) never become a person.
    """
    surnames = {_surname(f.span) for f in found if f.label == "PERSON" and is_full_name(f.text)}
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    taken |= {i for f in found for i in range(f.span.start, f.span.end)}
    out = []
    text = text_of(doc)  # built anew on each access of doc.text
    for surname in sorted(s for s in surnames if s):
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is not None and _is_bare_name(span, taken):
                out.append(Found(span, "PERSON", "context"))
                taken.update(range(span.start, span.end))
    return out


def _missed_acronyms(doc: Doc, found: list[Found]) -> list[Found]:
    """'The ELN said', 'The HC upheld': an acronym NER skipped, of an organisation the article
    names ('National Liberation Army (ELN)', 'Islamabad High Court'). Only when it is written
    in brackets after that name, or its letters are the initials of exactly one named one."""
    orgs = [f for f in found if f.label == "ORG"]
    text = text_of(doc)  # built anew on each access of doc.text
    defined = {m.group(1): f for f in orgs
               if (m := _BRACKETED.match(text, f.span.end_char))}
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    taken |= {i for f in found for i in range(f.span.start, f.span.end)}
    out = []
    for tok in doc:
        if tok.i in taken or not _ACRONYM.fullmatch(tok.text) or not tok.tag_.startswith("NNP"):
            continue
        owners = {f.text for f in orgs if is_acronym_of(tok.text, f.text)}
        if tok.text in defined or len(owners) == 1:
            out.append(Found(doc[tok.i:tok.i + 1], "ORG", "context"))
    return out


def _surname(span: Span) -> str:
    """The last word of a name as written: 'Modi', 'Keller-Sutter', 'al-Sharaa'."""
    words = span.text.split()
    return words[-1] if len(words) > 1 and words[-1][:1].isupper() else ""


def _is_bare_name(span: Span, taken: set[int]) -> bool:
    """Untaken proper nouns, with no proper noun beside them ('Age Concern', 'Lord Ashcroft')."""
    if not all(t.i not in taken and t.tag_ in ("NNP", "NNPS", "HYPH") for t in span):
        return False
    doc = span.doc
    around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return not any(t.tag_ in ("NNP", "NNPS") and t.is_title for t in around)
