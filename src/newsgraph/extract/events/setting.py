"""When and where, inside the event's sentence: the date and place of its clause, else a date
or place phrase elsewhere in the sentence that the clause is part of. The article-level
fallbacks (another report of the event, the narrative's time, the lead and the dateline)
are ``merge``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.records import ActorRef, EventDate
from newsgraph.extract.events.triggers import governor, trigger_of, verb_lemmas
from newsgraph.records import Mention

PLACE_LABELS = frozenset("GPE LOC FAC".split())
# Acts done where people are taken from: 'the deportation of children from occupied areas
# of Ukraine' happened in Ukraine.
_TAKEN_FROM = frozenset("deportation deport transfer expulsion expel evacuation evacuate "
                        "abduction abduct".split())
_PLACE_PREPS = frozenset("in at inside outside near across throughout".split())
# Subordinate clauses whose dates belong to their own happening: 'since the war began in 2011'.
_OWN_TIME = frozenset("since before after until till when while once as".split())
# Prepositions whose date bounds an event rather than dates it.
_BOUNDS = frozenset("since until till before after by".split())


# -- dates ------------------------------------------------------------------------------------


def date_of(sent, tok: Token) -> tuple[EventDate | None, str | None]:
    """(date, how it was found): in the trigger's own clause (``clause``, or
    ``attributive`` before an event noun: 'a Wednesday meeting'), else a date of a clause
    that governs the trigger's (``sentence``: 'On Friday, officials said they had met')."""
    gov = governor(tok)
    anchors = {tok.i} | ({gov.i} if gov is not None else set())
    anchors |= {c.i for c in tok.children if c.dep_ in ("acl", "relcl") and tok.pos_ == "NOUN"
                and (c.tag_ == "VBN" or c.dep_ == "acl" and c.tag_ == "VBG")}
    anchors |= {c.i for c in _process_clauses(tok)}  # 'the third cycle of the Peace
    # Dialogue Table, which began on May 2 in Havana'
    # 'the arrest warrant, issued on May 1', 'sanctions targeting its oil sector Wednesday'
    if tok.dep_ == "pobj" and sum(c.dep_ == "pobj" for c in tok.head.children) > 1:
        anchors.add(tok.head.i)  # 'announced on Thursday his country's acceptance', read
        # with both nouns the objects of 'on'
    best = None
    for d in sent.dates:
        span = sent.span_of(d.start, d.end)
        if span is None:
            continue
        root = span.root
        if root.head.lower_ in _BOUNDS and root.dep_ == "pobj":
            continue  # 'the first visit since 2008': a bound, not the date
        if _reaches(root, anchors | _conjoined(gov or tok)):
            source = "attributive" if root.head.i == tok.i and root.i < tok.i else "clause"
            # a date of the trigger's own clause before one of a verb joined to it ('held a
            # call on Thursday and did not approve the request in a meeting on Friday')
            rank = (0 if _reaches(root, anchors) else 1, abs(root.i - tok.i))
        elif _told_when(_clause(root), tok) and (
                _governs(_clause(root), gov or tok) or _reporting(_clause(root), gov or tok)):
            source, rank = "sentence", (2, abs(root.i - tok.i))
        elif _on_argument(_clause(root), gov or tok):
            source, rank = "sentence", (3, abs(root.i - tok.i))
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, EventDate.of(d), source)
    return (best[1], best[2]) if best else (None, None)


def _on_argument(clause: Token, head: Token) -> bool:
    """A participle on the act's object ('used tear gas on the crowd gathered outside
    parliament in the early hours of Monday'): the parser's guess; the date is the act's
    when its own clause has none. The parser also hangs that participle on the act as a
    complement ('used' -> 'gathered' as a ccomp), which an act that says nothing has not."""
    if clause.dep_ == "ccomp" and clause.tag_ in ("VBN", "VBD") and clause.head.i == head.i \
            and head.pos_ == "VERB" and head.lemma_.lower() not in lx.cue("reporting") \
            and not _has_mark(clause):
        return True
    if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBD"):
        return False
    arg = clause.head
    if arg.dep_ == "pobj":
        arg = arg.head
    return arg.head.i == head.i and head.pos_ in ("VERB", "AUX")


def _has_mark(clause: Token) -> bool:
    """A complement opened by 'that', 'if', 'whether': a real clause, not a participle."""
    return any(c.dep_ == "mark" for c in clause.children)


def _conjoined(tok: Token) -> set[int]:
    """Verbs joined to the trigger's ('was arrested and bundled into a van on Tuesday'):
    one clause's date dates them all."""
    if tok.pos_ not in ("VERB", "AUX"):
        return set()
    out = {c.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"}
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        out.add(tok.head.i)
    return out


def _reaches(tok: Token, anchors: set[int]) -> bool:
    """Climbing from the date to the trigger without crossing another verb."""
    for _ in range(12):
        if tok.i in anchors:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _clause(tok: Token) -> Token:
    """The verb whose clause a date belongs to."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _governs(clause: Token, tok: Token) -> bool:
    """Whether ``clause`` is ``tok`` or one of the clauses above it, or a verb joined to
    one ('was arrested and bundled into a van on Tuesday, leading to ...'), crossing no
    subordinate clause of time of its own ('after the talks began on Monday')."""
    cur = tok
    joined = clause.head if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") \
        else clause
    for _ in range(12):
        if cur.i in (clause.i, joined.i):
            return not _own_time(clause)
        if cur.head.i == cur.i or _own_time(cur):
            return False  # 'agreed on Friday, seven years after ties were cut'
        cur = cur.head
    return False


def _told_when(clause: Token, tok: Token) -> bool:
    """Whether the date of ``clause`` may date ``tok``: a saying's date dates the acts it
    reports ('officials said on Friday they had met') or announces ('announced sanctions
    on Wednesday'), not a thing it describes ('said on Monday that his trip was aimed')."""
    if tok.pos_ != "NOUN" or clause.lemma_.lower() not in lx.cue("reporting"):
        return True
    return clause.i == (governor(tok) or tok).i or tok.head.i == clause.i  # 'announced sanctions'



def _reporting(clause: Token, head: Token) -> bool:
    """The reporting clause of the trigger's, after a comma, however parsed ('X have
    agreed to a ceasefire, mediators announced on Saturday', with 'announced' hung on
    'ceasefire'): when it was told dates what was told."""
    return (clause.lemma_.lower() in lx.cue("reporting") and clause.i > head.i
            and _after_comma(clause)
            and any(c.dep_ == "nsubj" for c in clause.children)
            and (_reaches(clause.head, {head.i}) or head.dep_ == "ROOT" and _closes(clause)))


def _after_comma(clause: Token) -> bool:
    """A comma and at most a noun phrase before the clause ('..., the rights group
    OVD-Info reported'), the noun phrase being its speaker however it was parsed."""
    doc, i = clause.doc, clause.left_edge.i - 1
    while i > clause.sent.start and doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PUNCT") \
            and doc[i].text != ",":
        i -= 1
    return i >= clause.sent.start and doc[i].text == ","


def _closes(clause: Token) -> bool:
    """The clause ends its sentence ('..., the rights group reported Tuesday.')."""
    words = [t for t in clause.sent if not t.is_punct]
    return bool(words) and clause.right_edge.i >= words[-1].i


def _own_time(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _OWN_TIME for c in clause.children)


# -- places -----------------------------------------------------------------------------------


def place_of(sent, tok: Token, gaz) -> tuple[ActorRef | None, str | None]:
    """(place, how it was found): after 'in'/'at' on the trigger, its carrying verb or its
    object, or the place visited (``clause``); else the nearest place phrase of the
    sentence (``sentence``: 'in Moscow', 'at the Kremlin', 'in the Qatari capital')."""
    visit = tok.lemma_.lower() in ("visit", "trip", "arrive", "tour")
    taken_from = tok.lemma_.lower() in _TAKEN_FROM  # 'the deportation of children from X'
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    carrier = governor(tok)
    if carrier is not None:
        holders.append(carrier)
    holders += _process_clauses(tok)
    # 'flew to Riyadh to hold talks': the journey of the trigger or of its carrying verb
    journey = _journey_for(tok) or (_journey_for(carrier) if carrier is not None else None)
    if journey is not None:  # 'was heading to Niamey for mediation efforts': in Niamey
        holders.append(journey)
        visit = True
    for h in holders:
        for c in h.children:
            word = c.lower_
            if c.dep_ == "prep" and (word in _PLACE_PREPS or visit and word == "to"
                                     or word == "from" and taken_from):
                place = _place_in(sent, [p for p in c.children if p.dep_ == "pobj"], gaz)
                if place:
                    return place, "clause"
            if visit and c.dep_ == "dobj" and h.i == tok.i and (place := _place_in(sent, [c], gaz)):
                return place, "clause"
    there = _there(sent, tok, gaz)
    if there is not None:
        return there, "clause"
    return _sentence_place(sent, tok, gaz)


def _there(sent, tok: Token, gaz) -> ActorRef | None:
    """'after protesters invaded Saudi diplomatic posts there': the place named last before
    the trigger in its sentence."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # or on its object
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for h in holders for c in h.children):
        return None
    for t in reversed(sent.doc[:tok.i]):
        found = _place_in(sent, [t], gaz)
        if found is not None:
            return found
    return None


def _process_clauses(tok: Token) -> list[Token]:
    """The clauses on the name of the process a round of talks is of ('the third cycle of
    the Peace Dialogue Table, which began on May 2 in Havana'): they tell its time and place."""
    if tok.lemma_.lower() not in lx.cue("sessions"):
        return []
    return [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
            for c in o.children if c.dep_ in ("relcl", "acl")]


def _journey_for(tok: Token) -> Token | None:
    """The verb of going that the event is the purpose of ('flew to Doha for talks',
    'heading to Niamey for mediation efforts', the noun carried by 'efforts'; 'will travel
    to Washington next week to meet Trump')."""
    if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head if verb_lemmas(tok.head) & lx.cue("travelling") else None
    noun = tok.head if tok.dep_ == "compound" else tok
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return None
    return prep.head if verb_lemmas(prep.head) & lx.cue("travelling") else None


def _sentence_place(sent, tok: Token, gaz) -> tuple[ActorRef | None, str | None]:
    """The nearest place phrase in the trigger's own phrase or a clause above it, else
    anywhere in the sentence but inside the description of a participant ('an Iraqi man in
    Sweden stormed ...' happened not in Sweden)."""
    head = governor(tok) or tok
    own = {x.i for x in tok.subtree}
    described = {t.i for clause in [head, *head.ancestors] for c in clause.children
                 if c.dep_ in ("nsubj", "nsubjpass", "dobj") and not _happening(c)
                 and _names_someone(c) for t in c.subtree if t.i not in own}
    best = None
    for t in sent.doc:
        if t.dep_ != "prep" or t.lower_ not in _PLACE_PREPS or t.i in described:
            continue
        place = _place_in(sent, [p for p in t.children if p.dep_ == "pobj"], gaz)
        if place is None or _describes_other(_clause(t), tok, head):
            continue
        if _own_time(head) and not _covers(head, t):
            continue  # 'agreed in Beijing, seven years after ties were cut': not there
        if _in_other_time(t, tok) or _mentioned_in_argument(tok) and not _covers(tok, t):
            continue  # 'summoned the envoy a day after ships blocked boats in the sea'
        near = _covers(tok, t) or _governs(_clause(t), head) or _adjunct_of(_clause(t), head)
        rank = (not near, abs(t.i - tok.i))
        if best is None or rank < best[0]:
            best = (rank, place)
    return (best[1], "sentence") if best else (None, None)


def _mentioned_in_argument(tok: Token) -> bool:
    """An event noun inside what another act's subject says ('the news of the meeting led
    to protests in Libyan cities'): that act's place is not the noun's."""
    if tok.pos_ != "NOUN" or governor(tok) is not None:
        return False
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.i != tok.i:
            return True
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def _in_other_time(t: Token, tok: Token) -> bool:
    """``t`` is inside a clause of time of its own ('after ...', 'since ...') that does not
    hold the trigger: its place is that clause's happening's."""
    for clause in [t, *t.ancestors]:
        if _own_time(clause):
            return not _covers(clause, tok)
    return False


def _describes_other(clause: Token, tok: Token, head: Token) -> bool:
    """A relative clause on another noun ('signed a ceasefire that takes effect in
    Sudan'): its place is where that thing is, not where the act happened."""
    return clause.dep_ in ("relcl", "acl") and clause.head.i != tok.i and clause.i != head.i


def _adjunct_of(clause: Token, head: Token) -> bool:
    """A participle clause before the trigger's verb sets its scene: 'Meeting in Jeddah,
    the two sides signed ...' (one after it tells more: 'accusing him of crimes in X')."""
    return clause.dep_ == "advcl" and clause.head.i == head.i and clause.i < head.i \
        and clause.tag_ in ("VBG", "VBN") and not _own_time(clause)


def _names_someone(tok: Token) -> bool:
    """A participant, whose own place phrase describes them ('an Iraqi man in Sweden'), not
    a thing ('images taken in China with the meeting')."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or tok.lemma_.lower() in lx.actor_nouns()


def _happening(tok: Token) -> bool:
    """An event noun in an argument slot ('the talks in Jeddah had produced an agreement'):
    where it was held is where what it did happened; and the forces of a place ('Police in
    Tbilisi dispersed crowds') act where they are."""
    return tok.pos_ == "NOUN" and (trigger_of(tok) is not None
                                   or tok.dep_.startswith("nsubj")
                                   and tok.lemma_.lower() in lx.cue("forces"))


def _covers(outer: Token, tok: Token) -> bool:
    return outer.left_edge.i <= tok.i <= outer.right_edge.i


def _place_in(sent, toks: list[Token], gaz) -> ActorRef | None:
    """A place named by one of ``toks``: a place mention, or 'the Qatari capital'; a
    date read as the head ('to Niamey Thursday') leaves the place before it."""
    for t in toks:
        if sent.date_at(t) is not None:
            t = next((c for c in t.children if c.dep_ == "compound" and sent.mention_at(c)), t)
        m = sent.mention_at(t)
        if m and m.label in PLACE_LABELS:
            return place_ref(m, gaz)
        if m and (seat := seat_ref(m, gaz)) is not None:  # 'met Putin at the Kremlin'
            return seat
        if t.lemma_.lower() == "capital":
            found = _capital(sent, t, gaz)
            if found:
                return found
        if t.lemma_.lower() in lx.cue("place_nouns"):  # 'the port city of Jeddah', 'in
            named = [p for c in t.children if c.dep_ == "prep"  # cities including Arkhangelsk'
                     and c.lower_ in ("of", "including") for p in c.children if p.dep_ == "pobj"]
            if named and (found := _place_in(sent, named, gaz)):
                return found
            if (found := _country_of_places(sent, t, gaz)) is not None:
                return found
    return None


def _country_of_places(sent, tok: Token, gaz) -> ActorRef | None:
    """'in several Libyan cities', 'in Syrian towns': the country they are in."""
    for c in tok.children:
        m = sent.mention_at(c) if c.dep_ in ("amod", "compound") else None
        country = gaz.country_of_demonym(m.text) if m and m.label == "NORP" else None
        if country is not None:
            start = sent.offset + tok.doc[tok.left_edge.i].idx
            end = sent.offset + tok.idx + len(tok.text)
            return ActorRef(start, end, sent.text_at(start, end), "country", country.name,
                            "GPE", country.country_code)
    return None


def _capital(sent, tok: Token, gaz) -> ActorRef | None:
    """'the Qatari capital', 'the Syrian capital' -> the country's capital city."""
    for c in tok.children:
        m = sent.mention_at(c)
        country = gaz.country_of_demonym(m.text) if m and m.label == "NORP" else \
            gaz.country(m.text) if m and m.label == "GPE" else None
        if country is not None and (city := gaz.capital_of(country.country_code)):
            start = sent.offset + tok.doc[tok.left_edge.i].idx
            end = sent.offset + tok.idx + len(tok.text)
            return ActorRef(start, end, sent.text_at(start, end), "capital", city.name, "GPE",
                            country.country_code)
    return None


def seat_ref(m: Mention, gaz) -> ActorRef | None:
    """A seat of government named for the government in it ('the Kremlin', 'the White
    House': ORG mentions) as the place where something happened, tied to its country;
    None for other mentions."""
    known = gaz.seat_of_government(m.text) if m.label == "ORG" else None
    if known is None:
        return None
    return ActorRef(m.start, m.end, m.text, "named", m.text, "FAC", known.country_code)


def place_ref(m: Mention, gaz) -> ActorRef:
    """A place mention as a reference, tied to its country."""
    found = gaz.country(m.text) or gaz.place(m.text)
    return ActorRef(m.start, m.end, m.text, "named", m.text, m.label,
                    found.country_code if found else None)
