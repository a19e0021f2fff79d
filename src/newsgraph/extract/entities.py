"""Named-entity mentions from spaCy's NER, trimmed and re-typed.

spaCy's small model gets most names but mislabels some: places as PERSON or ORG
("Palmyra", "Tartus"), platforms as PERSON ("Twitter"), a surname as GPE ("al-Sharaa"), and
it tags role words inside titles ("the Defence of Defence Minister") as ORG, and a club as
its town in a results table ("Leeds 2 Burnley 1"). Each fix here is a general rule using the
gazetteer and what the same article says elsewhere; ``source`` on the mention records which
(model, gazetteer or context).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from newsgraph.extract import lexicon
from newsgraph.extract.nlp import is_paragraph_break, text_of
from newsgraph.gazetteer import Gazetteer, Place
from newsgraph.records import Mention
from newsgraph.resolve.names import name_tokens

# NER labels kept as mentions; dates, numbers and languages are left to other extractors.
KEEP_LABELS = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Labels the model gives place names by mistake ("Palmyra" PERSON, "Aleppo," WORK_OF_ART).
_MISTYPED_PLACE = frozenset({"PERSON", "ORG", "WORK_OF_ART"})
# Labels the model gives a surname by mistake ("al-Sharaa" GPE).
_MAY_BE_SURNAME = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})

# A preposition before a name that reads it as a location (strict: no 'to'/'from', which
# also take clubs and companies: "moved from Chelsea").
_PLACE_PREPOSITIONS = frozenset({
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "into",
})
# What a nationality word qualifies: 'English county', 'English first division'.
_QUALIFIED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_SCORE = re.compile(r"\d{1,3}$")  # goals, runs, wins: not a year, not a date
_YEAR = re.compile(r"\d{4}$")
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201c"})
_LIST_GLUE = frozenset({",", "and", "or", "&"})
_LINKING = frozenset({"e", "i", "ul", "al", "el", "o", "de"})  # Tehreek-e-Insaf, Jamaat-ul-...


@dataclass(frozen=True)
class Found:
    """A mention while it is being extracted: its spaCy span, label and the label's source."""

    span: Span
    label: str
    source: str = "model"

    @property
    def text(self) -> str:
        return self.span.text

    def to_mention(self) -> Mention:
        s = self.span
        return Mention(s.start_char, s.end_char, s.text, self.label, self.source)

    def country_code(self, gaz: Gazetteer) -> str | None:
        """The country the mention names: a country's name or its demonym."""
        if self.label == "NORP":
            place = gaz.country_of_demonym(self.text)
        elif self.label == "GPE":
            place = gaz.country(self.text)
        else:
            return None
        return place.country_code if place else None


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """The article's entity mentions, trimmed, without role words, with corrected types."""
    from newsgraph.extract.repairs import missed_names, repair, split_pairs  # built on Found
    labelled = [(ent, *_label(ent, gaz)) for ent in doc.ents]
    found = [Found(span, label, source) for ent, label, source in labelled if label
             for span in _pieces(ent, gaz)]
    found = [f for f in found if not _is_title_word(f) and not _is_counted_thing(f)]
    found = repair(doc, split_pairs(found, gaz), gaz)
    evidence = Evidence.of(found, gaz)
    found = [_retype(f, gaz, evidence) for f in found]
    found = [_as_club(f, gaz) for f in found]
    found = missed_names(doc, found)
    return _retype_lists(found, gaz)


def _label(ent: Span, gaz: Gazetteer) -> tuple[str | None, str]:
    """The label to keep and its source, or None. A language before a noun ('English county
    cricket') names a people, when the curated list knows it as one."""
    if ent.label_ in KEEP_LABELS:
        return ent.label_, "model"
    if ent.label_ != "LANGUAGE" or ent.end >= len(ent.doc):
        return None, "model"
    known = gaz.known(ent.text)
    if known is not None and known.label == "NORP" and ent.doc[ent.end].pos_ in _QUALIFIED:
        return "NORP", "gazetteer"
    return None, "model"


# ---- trimming -----------------------------------------------------------------------------

def _pieces(ent: Span, gaz: Gazetteer) -> Iterator[Span]:
    """The entity split at paragraph breaks, each piece trimmed; pieces without letters dropped."""
    start = ent.start
    for token in ent:
        if is_paragraph_break(token):
            yield from _trimmed(ent.doc[start:token.i], ent.label_, gaz)
            start = token.i + 1
    yield from _trimmed(ent.doc[start:ent.end], ent.label_, gaz)


def _trimmed(span: Span, label: str, gaz: Gazetteer) -> Iterator[Span]:
    doc, start, end = span.doc, span.start, span.end
    while start < end and _drop_front(doc[start], label, end - start, gaz):
        start += 1
    while end > start and _drop_back(doc[end - 1], label, end - start):
        end -= 1
    end = _before_open_bracket(doc, start, end)
    end = _hyphen_tail(doc, end)
    piece = doc[start:end]
    if any(c.isalpha() for c in piece.text):
        yield piece


def _hyphen_tail(doc: Doc, end: int) -> int:
    """'OVD' of 'OVD-Info', 'Pakistan Tehreek' of 'Tehreek-e-Insaf': a name cut at a hyphen
    runs on over the words glued to it, unless they name something of their own."""
    while (0 < end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and _glued_name_word(doc[end + 1])):
        end += 2
    return end


def _glued_name_word(token) -> bool:
    """'Info' in 'OVD-Info'; 'e' in 'Tehreek-e-Insaf' (a linking particle)."""
    return not token.ent_type_ and (token.text[:1].isupper() or token.lower_ in _LINKING)


def _drop_front(token, label: str, length: int, gaz: Gazetteer) -> bool:
    if token.is_punct or token.is_space or token.tag_ == "POS":
        return True
    if length > 1 and token.lower_ in lexicon.HONORIFICS:  # 'St Louis' is a place's name
        return label == "PERSON" or token.lower_ not in lexicon.SAINTS
    if token.lower_ in lexicon.DETERMINERS:  # 'The Commerce Department said': the sentence's
        return token.is_lower or (length > 1 and _starts_sentence(token))
    if label == "PERSON":  # 'President Bashar Al-Assad', 'Spaniard Rafael Nadal': not the name
        return length > 1 and token.is_title and not _nation_and_word(token, length, gaz) and (
            lexicon.is_role_word(token.text) or gaz.country_of_demonym(token.text) is not None)
    return length > 1 and bool(_YEAR.match(token.text))  # 'the 2015 Paris Agreement'


def _nation_and_word(token, length: int, gaz: Gazetteer) -> bool:
    """'Georgian Dream', 'Ukrainian Pravda': a nationality adjective and one word, which the
    model calls a person, name a party or a paper (a person keeps a first name: 'Spaniard
    Rafael Nadal')."""
    words = [t for t in token.doc[token.i:token.i + length]
             if not (t.is_punct or t.tag_ == "POS" or t.text in ("'", "\u2019s", "'s"))]
    return len(words) == 2 and gaz.is_nationality_adjective(token.text)


def _starts_sentence(token) -> bool:
    """First in its sentence, or after a line break or a full stop the senter ran over."""
    if token.is_sent_start or token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return "\n" in prev.text or prev.text in _SENTENCE_ENDS


def _drop_back(token, label: str, length: int) -> bool:
    if token.is_punct or token.is_space or token.tag_ == "POS" or token.text in ("'", "\u2019"):
        return True
    if token.is_lower and token.tag_ in ("IN", "CC", "DT", "TO"):  # 'Management Centre at'
        return True
    return label == "PERSON" and length > 1 and token.is_upper and token.lower_ in lexicon.POST_NOMINALS


def _before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """'China Aviation Oil (CAO' -> 'China Aviation Oil': an unclosed bracket ends the name."""
    for i in range(start, end):
        if doc[i].text == "(" and not any(t.text == ")" for t in doc[i:end]):
            return i
    return end


def _is_title_word(f: Found) -> bool:
    """'Defence' in 'Defence Minister': only role words, and a role head follows or ends it."""
    span = f.span
    if f.label == "PERSON" or not all(lexicon.is_role_word(t.text) for t in span):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and lexicon.is_head(doc[span.start - 2].text):
        return True  # 'State' in 'Secretary of State'
    return lexicon.is_head(span[-1].text) or (after is not None and lexicon.is_head(after.text))


# Nouns that count things said or done, not people: 'a series of Tweets', 'a flurry of Posts'.
_THING_COUNTS = frozenset({"series", "flurry", "string", "barrage", "spate", "volley", "stream",
                           "slew", "raft", "torrent"})


def _is_counted_thing(f: Found) -> bool:
    """A capitalised plural counted as things ('In a series of Tweets'): a common noun the
    model took for a name. Peoples and places counted ('a string of Gulf States') stay."""
    span = f.span
    if f.label not in ("ORG", "PERSON") or len(span) != 1 or span[0].tag_ not in ("NNS", "NNPS"):
        return False
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" \
        and doc[span.start - 2].lower_ in _THING_COUNTS


# ---- what the article says about a name ---------------------------------------------------

@dataclass(frozen=True)
class Evidence:
    """What the rest of the article shows about names: who is a person, what is a place."""

    full_names: frozenset[str]  # name keys of multi-word PERSON mentions ('ahmed sharaa')
    surnames: frozenset[str]    # their last words ('sharaa', 'keller sutter')
    family_first: frozenset[str]  # first of two words, a family name written first ('wang')
    name_words: frozenset[str]  # all their words, first names too
    person_votes: dict[str, int]  # name key -> PERSON mentions with that name or surname
    other_votes: dict[str, int]   # name key -> mentions of that name typed otherwise
    place_votes: dict[str, tuple[int, int]]  # name key -> (place readings, ORG readings)
    countries: frozenset[str]   # codes of the countries the article names or is set in

    @classmethod
    def of(cls, found: list[Found], gaz: Gazetteer) -> Evidence:
        people = [name_tokens(f.text) for f in found if f.label == "PERSON" and is_full_name(f.text)]
        person, other = Counter(), Counter()
        for f in found:
            tokens = name_tokens(f.text)
            if f.label == "PERSON":
                person.update({" ".join(tokens[i:]) for i in range(len(tokens))})
            else:
                other[" ".join(tokens)] += 1
        tails = frozenset(" ".join(p[i:]) for p in people for i in range(1, len(p)))
        firsts = frozenset(p[0] for p in people if len(p) == 2)  # 'Wang' of 'Wang Yi'
        return cls(frozenset(" ".join(p) for p in people), tails, firsts,
                   frozenset(t for p in people for t in p), person, other,
                   _place_votes(found), _countries(found, gaz))

    def names_person(self, found: Found) -> bool:
        """The full name, or its surname alone ('Modi', 'Keller-Sutter'), of someone the model
        called a person, at least as often as it typed the name otherwise ('Villa' of a stray
        PERSON 'Aston Villa' stays ORG)."""
        key = _key(found.text)
        if key in self.family_first and key not in self.surnames:
            return True  # 'Wang said' after 'Wang Yi': no organisation is so named
        if key not in self.full_names and key not in self.surnames:
            return False
        return self.person_votes.get(key, 0) >= self.other_votes.get(key, 0)

    def is_person(self, found: Found) -> bool:
        """Words of a person's full name, or right after a title ('Mr', 'President')."""
        tokens = name_tokens(found.text)
        if tokens and all(t in self.name_words for t in tokens):
            return True
        return _after_title(found.span)

    def is_named_person(self, found: Found) -> bool:
        """Typed PERSON more than once and never read as a place: a slip of the model's is
        rare twice over ('Palmyra' once as PERSON is a slip; 'Clinton' five times is not)."""
        key = _key(found.text)
        return (self.person_votes.get(key, 0) > 1 and self.other_votes.get(key, 0) == 0
                and self.place_votes.get(key, (0, 0))[0] == 0)

    def is_place(self, found: Found) -> bool:
        """Read as a place at least as often as as an organisation ('in Tartus')."""
        places, orgs = self.place_votes.get(_key(found.text), (0, 0))
        return places > 0 and places >= orgs


def _place_votes(found: list[Found]) -> dict[str, tuple[int, int]]:
    votes: dict[str, tuple[int, int]] = {}
    for f in found:
        places, orgs = votes.get(_key(f.text), (0, 0))
        is_place = f.label in PLACE_LABELS or _after_place_word(f.span)
        votes[_key(f.text)] = (places + is_place, orgs + (f.label == "ORG" and not is_place))
    return votes


def _countries(found: list[Found], gaz: Gazetteer) -> frozenset[str]:
    """Countries named (however the model typed the name), or whose demonyms or places
    (typed as places) appear."""
    codes = set()
    for f in found:
        if f.label == "NORP":
            place = gaz.country_of_demonym(f.text)
        else:
            place = gaz.place(f.text) if f.label in PLACE_LABELS else gaz.country(f.text)
        if place is not None and place.country_code:
            codes.add(place.country_code)
    return frozenset(codes)


def _key(text: str) -> str:
    return " ".join(name_tokens(text))


def is_full_name(text: str) -> bool:
    """A first name and a surname at least: 'Ahmed al-Sharaa', not 'Al-Sharaa'."""
    return len(name_tokens(text)) >= 2


def _previous_word(span: Span):
    i = span.start - 1
    doc = span.doc
    while i >= 0 and (doc[i].lower_ in lexicon.DETERMINERS or doc[i].is_space):
        i -= 1
    return doc[i] if i >= 0 else None


def _after_place_word(span: Span) -> bool:
    prev = _previous_word(span)
    return prev is not None and prev.lower_ in _PLACE_PREPOSITIONS


def _after_title(span: Span) -> bool:
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is None:
        return False
    return prev.lower_ in lexicon.HONORIFICS or (prev.is_title and lexicon.is_office(prev.text))


# ---- re-typing --------------------------------------------------------------------------------

def _retype(f: Found, gaz: Gazetteer, evidence: Evidence) -> Found:
    """The mention with its type corrected by the curated list, the gazetteer or the article."""
    known = gaz.known(f.text)
    if known is not None:
        return _relabel(f, known.label, "gazetteer")
    if f.label not in ("PERSON", "GPE", "NORP") and f.span[-1].lower_ in lexicon.LAW_HEADS:
        return _relabel(f, "LAW", "context")
    if f.label == "NORP" and gaz.country_of_demonym(f.text) is not None:
        return f
    place = gaz.place(f.text)
    if place is not None:
        f = _as_place(f, place, evidence)
        if f.label != "PERSON":
            return f
    context = _typed_by_context(f, gaz)
    if context is not None:
        return _relabel(f, context, "context")
    if f.label in _MAY_BE_SURNAME and evidence.names_person(f):
        return _relabel(f, "PERSON", "context")  # 'al-Sharaa' typed GPE beside 'Ahmed al-Sharaa'
    return f


def _typed_by_context(f: Found, gaz: Gazetteer) -> str | None:
    """'the Houthis', 'The Dawn reported': no one person takes 'the'; 'Russian firm Novatek'
    names a company; 'Iraqi Embassy', 'Mariinsky Palace' are buildings."""
    span, doc = f.span, f.span.doc
    prev = doc[span.start - 1] if span.start else None
    if f.label == "PERSON" and len(span) == 1 and prev is not None and (
            prev.lower_ == "the" or lexicon.singular(prev.lower_) in lexicon.ORG_TITLE_NOUNS):
        return "ORG"
    if f.label in ("ORG", "GPE") and len(span) > 1 and span[-1].lower_ in lexicon.FACILITY_HEADS:
        return "FAC"
    if f.label in ("PERSON", "ORG") and len(span) == 2 and span[0].is_title \
            and span[1].is_title and _nation_and_word(span[0], 2, gaz):
        return "ORG"  # 'Georgian Dream' (kept whole by ``_nation_and_word``), no one's name
    return None


def _as_place(f: Found, place: Place, evidence: Evidence) -> Found:
    """A gazetteer hit wins unless the article shows the name to be someone's (or a club's)."""
    if f.label in PLACE_LABELS:
        return _relabel(f, "GPE", "gazetteer") if place.kind == "country" else f
    local = place.kind != "country"
    if f.label == "NORP" and not local:
        return _relabel(f, "GPE", "gazetteer")  # a country's own name ('Tajikistan') is no people
    if f.label not in _MISTYPED_PLACE or local and place.country_code not in evidence.countries:
        return f  # a town in a country the article never mentions: more likely a namesake
    if f.label == "PERSON" and _may_name_person(f, local, evidence) and not place.capital:
        return f  # a capital is no one's name: 'Kyiv', 'Niamey'
    if f.label == "ORG" and local and not place.capital and not evidence.is_place(f):
        return f  # "Liverpool beat Chelsea": a city's name is a club's until used as a place
    # (a capital is a place first: 'Houthis seized Sana'a' is no club's match)
    return _relabel(f, place.label, "gazetteer")


def _as_club(f: Found, gaz: Gazetteer) -> Found:
    """'Millwall 2 Burnley 1', 'NEW YORK 75 59 .560': a town's name before a score, in a line
    of names and numbers only (a results table), is the club's. Countries stay places: a
    national side is named for its country."""
    if f.label not in PLACE_LABELS or not _before_score(f.span):
        return f
    place = gaz.place(f.text)
    return _relabel(f, "ORG", "context") if place and place.kind != "country" else f


def _before_score(span: Span) -> bool:
    doc = span.doc
    if span.end >= len(doc) or not _SCORE.match(doc[span.end].text):
        return False
    text = text_of(doc)  # doc.text is built anew on each call
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)]
    return not any(word.islower() for word in re.findall(r"[^\W\d_]+", line))


def _may_name_person(f: Found, local: bool, evidence: Evidence) -> bool:
    """A town's two words may be someone's name ('Raheem Sterling'), a country's are not
    ('Sri Lanka'); one word may be the surname of someone named ('Michael Jordan ... Jordan')."""
    if is_full_name(f.text):
        return local
    # 'Clinton said ... Clinton added': a town's name the article never uses for the place
    return evidence.is_person(f) or local and evidence.is_named_person(f)


def _relabel(f: Found, label: str, source: str) -> Found:
    return f if f.label == label else replace(f, label=label, source=source)


def _retype_lists(found: list[Found], gaz: Gazetteer) -> list[Found]:
    """In a list of three or more places below country level ('Aleppo, Ghouta, and Idlib'),
    the one name not typed as a place is a place too, when it is a bare unknown word."""
    out = list(found)
    for group in _lists(found):
        places = [f for f in group if f.label in PLACE_LABELS and _is_local_place(f, gaz)]
        if len(group) < 3 or len(places) != len(group) - 1:
            continue
        for i, f in enumerate(out):
            if f in group and f not in places and _could_be_place(f, gaz):
                out[i] = _relabel(f, "LOC", "context")
    return out


def _lists(found: list[Found]) -> Iterator[list[Found]]:
    """Runs of mentions joined only by commas and 'and'/'or'."""
    run: list[Found] = []
    for f in sorted(found, key=lambda f: f.span.start):
        if run and _joined(run[-1].span, f.span):
            run.append(f)
            continue
        if len(run) > 1:
            yield run
        run = [f]
    if len(run) > 1:
        yield run


def _joined(a: Span, b: Span) -> bool:
    between = a.doc[a.end:b.start]
    return len(between) > 0 and all(t.lower_ in _LIST_GLUE or t.tag_ == "POS" for t in between)


def _is_local_place(f: Found, gaz: Gazetteer) -> bool:
    """A place the gazetteer knows below country level: a city, region, base or area."""
    place = gaz.place(f.text)
    return place is not None and place.kind != "country"


def _could_be_place(f: Found, gaz: Gazetteer) -> bool:
    return (f.label in ("ORG", "WORK_OF_ART", "PRODUCT") and len(f.span) == 1
            and f.span[0].is_title and gaz.known(f.text) is None)
