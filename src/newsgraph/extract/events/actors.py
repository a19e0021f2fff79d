"""Who a noun phrase in an event's argument slot names, as an ``ActorRef``.

In order: a name ('Vladimir Putin', 'the Swedish Embassy'); a nationality adjective standing
for its country ('a Russian strike' -> Russia); a pronoun or a role phrase that refers to
someone the article named ('he', 'Iraq's prime minister' -> Mohammed Shia al-Sudani); 'the
two countries' for the two the article just named; a state body of a named country ('the
Iraqi government' -> Iraq); a group named by its phrase ('Syrian opposition activists',
'Kenya's parliament', 'police'), tied to the country its words name; one person named only by
a role ('the police chief'); and, for anything else, the owner the phrase names ('Russia's
oil sector' -> Russia, 'its embassy' -> the country 'its' stands for). 'The building' or
'sanctions' name no actor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.backrefs import (
    GROUP_PRONOUNS, OWNER_PRONOUNS, PAIR_REACH, STATE_LABELS, BackReferences)
from newsgraph.extract.events.records import ActorRef
from newsgraph.extract.events.phrases import (
    NAMED_LABELS, SKIP_DETERMINERS, actor_noun, conjuncts, counted_list, hyphen_people,
    phrase_name, role_words, speaker_ref, unique_refs,
)
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention, RoleMention, Span

_PRONOUNS = frozenset("he she him her his".split())
_FIRST_PERSON = frozenset("we i us me".split())
# Heads that name a part or a number of the actor after 'of'.
_PARTS = frozenset("group number member hundreds thousands dozens tens scores some many "
                   "majority part team delegation contingent batch third half quarter".split())
_RELATIVE = frozenset("who whom that which".split())
_MODIFIERS = frozenset("amod compound poss nummod nmod quantmod npadvmod".split())
_MODIFIER_POS = frozenset("ADJ NOUN PROPN NUM DET PART ADV PUNCT".split())
# 'the two countries', 'both sides': the two actors named just before.
_STANDING_FOR = frozenset("represent".split())
_COUNTRY_NOUNS = frozenset("country kingdom republic nation".split())
_BODY_NOUNS = frozenset("body chamber institution assembly".split())

# a pronoun or role phrase (start, end, words) -> the named mention it stands for
Resolver = Callable[[int, int, str], Mention | None]


class ActorFinder(BackReferences):
    """Turns argument heads of one parsed sentence into actor references."""

    def __init__(self, sent, gaz: Gazetteer, roles: Sequence[RoleMention] = (),
                 resolve: Resolver | None = None, mentions: Sequence[Mention] = (),
                 text: str = "", quotes: Sequence[Any] = ()):
        self.sent = sent  # finder.Sentence: doc, offset, mention_at, text_at
        self.gaz = gaz
        self.roles = roles
        self.resolve = resolve or (lambda s, e, t: None)
        self.article = mentions  # the article's mentions, in text order
        self.article_text = text
        self.quotes = quotes  # extract.quotes.Quote: who says 'we' inside one

    def refs(self, head: Token, target: bool = False) -> list[ActorRef]:
        """Every actor the phrase headed by ``head`` names, one per conjunct. In a target
        slot a thing a nationality qualifies stands for its country ('stormed Saudi
        diplomatic posts'); in an actor slot it is more likely a person ('an Iraqi
        asylum-seeker'), so it names no one."""
        out: list[ActorRef] = []
        for tok in conjuncts(head):
            out += self._one(tok, target)
        return unique_refs(out)

    def place(self, tok: Token) -> ActorRef | None:
        """The place a GPE or LOC mention at ``tok`` names ('a curfew in Algiers')."""
        m = self.sent.mention_at(tok)
        if m is None or m.label not in ("GPE", "LOC"):
            return None
        return ActorRef(m.start, m.end, m.text, "named", m.text, m.label, self._code(m))

    def within(self, ref: ActorRef, tok: Token) -> bool:
        """Whether ``ref`` is written inside the phrase ``tok`` heads."""
        doc = tok.doc
        start = self.sent.offset + doc[tok.left_edge.i].idx
        last = doc[tok.right_edge.i]
        return start <= ref.start < self.sent.offset + last.idx + len(last.text)

    # -- the kinds -------------------------------------------------------------------

    def _one(self, tok: Token, target: bool = False) -> list[ActorRef]:
        if tok.lower_ in _RELATIVE and tok.head.dep_ in ("relcl", "acl") \
                and tok.dep_.startswith("nsubj"):
            antecedent = tok.head.head  # 'protesters who stormed ...'
            found = self.refs(antecedent)
            if not found and antecedent.dep_ == "conj":  # 'the US and other partners who'
                found = self.refs(antecedent.head)
            return found
        start = self.sent.offset + tok.idx
        listed = counted_list(tok, self.article, self.article_text, start)
        if listed:  # 'All four had been detained': the four just named
            return [self._reference(start, start + len(tok.text), tok.text, m) for m in listed]
        m = self.sent.mention_at(tok)
        if m is not None and m.label in NAMED_LABELS:
            return self._named(m, tok)
        if tok.lower_ in _PRONOUNS:
            return self._pronoun(tok)
        if tok.lower_ in _FIRST_PERSON:
            return self._speaker_of(tok)  # '"We reject ...," the police said'
        if tok.lower_ in GROUP_PRONOUNS and tok.pos_ == "PRON":
            start = self.sent.offset + tok.idx
            above = self._subjects_above(tok)  # 'Syria says it is willing'
            if not above and tok.lower_ == "they" and tok.dep_ == "nsubj":
                above = self._group_before(tok)  # 'The Rangers smashed ... They beat ...'
            return [self._as_written(r, start, start + len(tok.text), tok.text) for r in above]

        pair = self._pair(tok) or self._the_country(tok) or self._this_body(tok)
        if pair:
            return pair
        whole = self._partitive(tok)
        if whole:
            return whole
        named = self._apposed(tok) or self._represented(tok)
        if named:
            return named
        noun = actor_noun(tok)
        if noun is not None:
            return self._common(tok, noun, target)
        return self._described(tok) or self._owner(tok, target)

    def _represented(self, tok: Token) -> list[ActorRef]:
        """'any party representing Israel', 'officials acting for the government': whom
        they stand for."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() in _STANDING_FOR:
                start = self.sent.offset + tok.left_edge.idx
                end = self.sent.offset + c.right_edge.idx + len(c.right_edge.text)
                text = self.sent.text_at(start, end)
                return [self._as_written(r, start, end, text) for o in c.children
                        if o.dep_ == "dobj" for r in self.refs(o)]
        return []

    def _apposed(self, tok: Token) -> list[ActorRef]:
        """'His party, Pakistan Tehreek-e-Insaf (PTI), claimed ...': the organisation or
        person a noun is set beside by name."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() in lx.cue("envoys") | lx.cue(
                "office_holders"):
            return []  # 'Niger's ambassador Brah Mohamane' stands for Niger too
        for c in (c for c in tok.children if c.dep_ == "appos"):
            for name in (c, *(a for a in c.children if a.dep_ == "appos")):
                m = self.sent.mention_at(name)
                if m is not None and m.label in ("PERSON", "ORG"):
                    start = self.sent.offset + tok.left_edge.idx  # the phrase as written
                    return [self._as_written(r, start, m.end, self.sent.text_at(start, m.end))
                            for r in self._named(m, name)]
        return []

    def _described(self, tok: Token) -> list[ActorRef]:
        """'the protest condemned ...', 'the statement said ...': whoever coreference
        says a definite description stands for (a document's issuer)."""
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or tok.pos_ != "NOUN":
            return []
        start, end = self.sent.offset + det.idx, self.sent.offset + tok.idx + len(tok.text)
        m = self.resolve(start, end, self.sent.text_at(start, end))
        return [self._reference(start, end, self.sent.text_at(start, end), m)] \
            if m is not None and m.label in NAMED_LABELS else []

    def _the_country(self, tok: Token) -> list[ActorRef]:
        """'the country', 'the kingdom': the country the article named last before."""
        if tok.lemma_.lower() not in _COUNTRY_NOUNS or tok.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        own = self._country_in(tok)  # 'the Azerbaijani republic of Nakhichevan'
        if own is not None:
            start, end = self._phrase_bounds(tok)
            state = self._state(tok, own, start, end, self.sent.text_at(start, end))
            return [state] if state is not None else []
        at = self.sent.offset + tok.idx
        for m in reversed(self.article):
            if m.start < at and at - m.start < PAIR_REACH and m.label == "GPE" \
                    and self.gaz.country(m.text) is not None:
                start, end = self._phrase_bounds(tok)
                return [self._reference(start, end, self.sent.text_at(start, end), m)]
        return []

    def _this_body(self, tok: Token) -> list[ActorRef]:
        """'removed by Congress ... by announcing the dissolution of that body': the
        organisation named last before it in its sentence."""
        if tok.lemma_.lower() not in _BODY_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children):
            return []
        at = self.sent.offset + tok.idx
        m = next((m for m in reversed(self.article) if self.sent.offset <= m.start < at
                  and m.label == "ORG"), None)
        if m is None:
            return []
        start, end = self._phrase_bounds(tok)
        return [self._reference(start, end, self.sent.text_at(start, end), m)]

    def _partitive(self, tok: Token) -> list[ActorRef]:
        """'a group of Moroccan diplomats', 'thousands of Nigerians', 'members of the
        Association of African Jurists': the actor is the one the part is of."""
        if tok.lemma_.lower() not in _PARTS and tok.lower_ not in _PARTS:
            return []
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
        return [r for p in of for r in self.refs(p)]

    def _named(self, m: Mention, tok: Token) -> list[ActorRef]:
        if m.label == "NORP" and (tok.dep_ in ("amod", "compound") or tok.pos_ == "ADJ"):
            country = self._country(m)  # 'a Russian strike': Russia; 'anti-Islam': no one
            return [country] if country is not None else []
        pair = hyphen_people(m, self.article)  # 'a Trump-Putin meeting': both
        if pair:
            return [self._reference(at, at + len(p.text.split()[-1]), p.text.split()[-1], p)
                    for at, p in pair]
        return [ActorRef(m.start, m.end, m.text, "named", m.text, m.label, self._code(m))]

    def _country(self, m: Mention, start: int | None = None, end: int | None = None,
                 text: str | None = None) -> ActorRef | None:
        """The country a NORP or GPE mention stands for, written at [start, end)."""
        code = self._code(m)
        place = self.gaz.country_by_code(code) if code else None
        if place is None or m.label == "GPE" and self.gaz.country(m.text) is None:
            return None
        start = m.start if start is None else start
        end = m.end if end is None else end
        return ActorRef(start, end, text or m.text, "country", place.name, "GPE", code)

    def _states(self, head: Token) -> list[ActorRef]:
        """The states or organisations a phrase names, a capital as its country
        ('officials from Tehran and Riyadh': Iran and Saudi Arabia)."""
        out = []
        for r in self.refs(head):
            city = self.gaz.place(r.name) if r.label == "GPE" and not self.gaz.country(r.name) else None
            place = self.gaz.country_by_code(city.country_code) if city and city.capital else None
            if place is not None:
                r = ActorRef(r.start, r.end, r.text, "country", place.name, "GPE",
                             city.country_code)
            if r.label in STATE_LABELS:
                out.append(r)
        return out

    def _speaker_of(self, tok: Token) -> list[ActorRef]:
        at = self.sent.offset + tok.idx
        quote = next((q for q in self.quotes if q.start <= at < q.end), None)
        ref = speaker_ref(quote, self.article, self.gaz) if quote is not None else None
        return [self._as_written(ref, at, at + len(tok.text), tok.text)] if ref else []

    def _pronoun(self, tok: Token) -> list[ActorRef]:
        start = self.sent.offset + tok.idx
        m = self._condition_subject(tok) or \
            self.resolve(start, start + len(tok.text), "he" if tok.lower_ == "his" else tok.text)
        if m is None or m.label not in NAMED_LABELS:
            return []
        return [self._reference(start, start + len(tok.text), tok.text, m)]

    def _condition_subject(self, tok: Token) -> Mention | None:
        """'if Putin leaves Russia, he would be arrested': the person a condition on the
        pronoun's own verb is about, named just before it."""
        if tok.lower_ not in ("he", "she") or not tok.dep_.startswith("nsubj"):
            return None
        for clause in tok.head.children:
            if clause.dep_ == "advcl" and clause.i < tok.i and any(
                    c.dep_ == "mark" and c.lower_ in ("if", "when", "once", "unless")
                    for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                m = self.sent.mention_at(subject) if subject is not None else None
                if m is not None and m.label == "PERSON":
                    return m
        return None

    def _reference(self, start: int, end: int, text: str, m: Mention) -> ActorRef:
        return ActorRef(start, end, text, "reference", m.text, m.label, self._code(m),
                        Span(m.start, m.end, m.text))

    def _common(self, tok: Token, noun: lx.ActorNoun, target: bool = False) -> list[ActorRef]:
        start, end = self._phrase_bounds(tok)
        text = self.sent.text_at(start, end)
        if tok.lemma_.lower() in ("country", "nation", "government"):
            own = self._person_country(tok, start, end, text)
            if own is not None:
                return [own]  # 'his country's acceptance': the country of the man named
        owners = self._pronoun_owners(tok)
        if owners and noun.label != "NORP":
            return [self._as_written(o, start, end, text) for o in owners]  # 'its embassy'
        if noun.label != "NORP" and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS
                                        for c in tok.children):
            return []  # 'their ministers' of someone the sentence does not name
        country = self._country_in(tok)
        if noun.kind == "state" and country is not None:
            return [country_ref for country_ref in [self._state(tok, country, start, end, text)]
                    if country_ref is not None] or [
                ActorRef(start, end, text, "group", phrase_name(text), noun.label, country)]
        one_person = noun.kind == "person" and tok.tag_ in ("NN", "NNP")
        if one_person:
            holder = self._role_holder(tok, country)
            if holder is not None:
                sender = self._state(tok, country, start, end, text) if country and target \
                    and tok.lemma_.lower() in lx.cue("envoys") else None
                return [self._reference(start, end, text, holder)] + ([sender] if sender else [])
        lemma = tok.lemma_.lower()
        state = self._state(tok, country, start, end, text) if country else None
        of = [r for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for p in c.children if p.dep_ == "pobj" for r in self._states(p)
              ] if not one_person else []
        if lemma in lx.cue("office_holders") and (len(of) > 1 or of and state is None):
            # 'the foreign ministers of both nations', 'officials from Tehran and Riyadh'
            return [replace(r, start=start, end=end, text=text) if r.kind == "country"
                    else self._as_written(r, start, end, text) for r in of]
        if state is not None and not one_person and lemma in lx.cue("office_holders"):
            return [state]  # 'Israeli officials': Israel
        ref = ActorRef(start, end, text, "role" if one_person else "group", phrase_name(text),
                       "PERSON" if one_person else noun.label, country)
        if state is not None and (lemma in lx.cue("forces")
                                  or target and lemma in lx.cue("envoys")):
            return [ref, state]  # 'Russian troops': they and Russia
        if one_person:  # 'a senior ISI officer', 'a Hamas commander': and whom they serve
            return [ref, *self._org_modifiers(tok)]
        return [ref]

    def _person_country(self, tok: Token, start: int, end: int, text: str) -> ActorRef | None:
        """'his country', 'her government': the country the person 'his' stands for holds
        a role of ('Lebanon President Michel Aoun ... his country' -> Lebanon)."""
        owner = next((c for c in tok.children if c.dep_ == "poss"
                      and c.lower_ in ("his", "her")), None)
        if owner is None:
            return None
        at = self.sent.offset + owner.idx
        person = self.resolve(at, at + len(owner.text), owner.text)
        if person is None:
            return None
        codes = [self._code(r.of) for r in self.roles if r.of is not None
                 and r.holder.text.split()[-1] == person.text.split()[-1]]
        code = next((c for c in codes if c), None)
        return self._state(tok, code, start, end, text) if code else None

    def _state(self, tok: Token, code: str, start: int, end: int, text: str) -> ActorRef | None:
        place = self.gaz.country_by_code(code)
        if place is None:
            return None
        return ActorRef(start, end, text, "country", place.name, "GPE", code)

    def _owner(self, tok: Token, target: bool) -> list[ActorRef]:
        """A phrase with no actor at its head names its owner: 'Russia's actions',
        'Ukraine's gas facilities', 'its embassy', 'Saudi diplomatic posts', 'Israeli
        tanks' (people are in the actor nouns, so 'an Iraqi asylum-seeker' is no country)."""
        out: list[ActorRef] = []
        orgs = self._org_modifiers(tok)
        if orgs:
            return orgs  # 'Chinese coast guard ships': the coast guard, not China
        for c in tok.children:
            if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS:
                start, end = self._phrase_bounds(tok)  # 'its vessels': theirs, not a place
                out += [self._as_written(o, start, end, self.sent.text_at(start, end))
                        for o in self._pronoun_owners(tok)]
            elif c.dep_ == "poss":
                out += self._one(c)
            elif c.dep_ == "compound" and (noun := actor_noun(c)) is not None \
                    and noun.kind == "collective":
                out += self._common(c, noun)  # 'coast guard ships', 'police vehicles'
            elif c.dep_ in ("amod", "compound"):
                for mod in conjuncts(c):  # 'French and Egyptian warships'
                    m = self.sent.mention_at(mod)
                    if m is not None and m.label in ("NORP", "GPE") and (ref := self._country(m)):
                        out.append(ref)
        return out

    def _org_modifiers(self, tok: Token) -> list[ActorRef]:
        """The organisations named in the modifiers of ``tok`` ('the APEC forum', 'Chinese
        coast guard ships'): the organisation the thing belongs to."""
        out: list[ActorRef] = []
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or c.tag_ in ("VBN", "VBD"):
                continue  # 'the Houthi-held capital' is not the Houthis'
            for inner in c.subtree:  # 'guard' of 'Chinese coast guard'
                m = self.sent.mention_at(inner)
                if m is not None and m.label == "ORG":
                    out += self._named(m, inner)
        return unique_refs(out)

    def _as_written(self, ref: ActorRef, start: int, end: int, text: str) -> ActorRef:
        """``ref`` as meant, named by the words at [start, end) ('its embassy')."""
        return ActorRef(start, end, text, "reference", ref.name, ref.label, ref.country,
                        ref.span)

    # -- helpers ---------------------------------------------------------------------

    def _phrase_bounds(self, tok: Token) -> tuple[int, int]:
        """From the first kept modifier to the head, plus an 'of'/'in' phrase that names
        a place or organisation ('members of parliament', 'groups in Zimbabwe')."""
        left = [c for c in tok.lefts if (c.dep_ in _MODIFIERS or c.dep_ == "det"
                and c.lower_ not in SKIP_DETERMINERS) and c.pos_ in _MODIFIER_POS]
        first = min((min(t.i for t in c.subtree) for c in left), default=tok.i)
        while first < tok.i and (tok.doc[first].lower_ in SKIP_DETERMINERS
                                 or tok.doc[first].is_punct):
            first += 1
        last = tok.i
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "in") and any(
                    (m := self.sent.mention_at(p)) and m.label in ("GPE", "ORG", "NORP")
                    for p in c.children if p.dep_ == "pobj"):
                last = max(t.i for t in c.subtree)
        doc = tok.doc
        return (self.sent.offset + doc[first].idx,
                self.sent.offset + doc[last].idx + len(doc[last].text))

    def _country_in(self, tok: Token) -> str | None:
        """The country a group's own words name: 'Kenyan police', 'Kenya's parliament'."""
        for t in tok.subtree:
            m = self.sent.mention_at(t)
            if m is None or t.i == tok.i:
                continue
            code = self._code(m)
            if code:
                return code
        return None

    def _code(self, m: Mention) -> str | None:
        if m.label == "NORP":
            place = self.gaz.country_of_demonym(m.text)
        elif m.label == "GPE":
            place = self.gaz.country(m.text) or self.gaz.place(m.text)
        else:
            return None
        return place.country_code if place is not None else None

    def _role_holder(self, tok: Token, country: str | None) -> Mention | None:
        """The person the article names with this role ('Iraq's prime minister' -> the
        holder of 'Prime Minister' of Iraq), else who 'the president' refers to."""
        role = role_words(tok)
        at = self.sent.offset + tok.idx
        fits = [r for r in self.roles if role and role in r.role.lower()
                and r.holder.label == "PERSON" and not r.holder.start <= at < r.holder.end
                and (country is None or r.of is None or self._code(r.of) == country)]
        # the role as written ('prime minister', not any minister), and a holder that is
        # not itself a description ('Libyan Prime Minister' told before the name)
        written = " ".join([c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")]
                           + [tok.lower_])
        fits = [r for r in fits if r.role.lower().endswith(written)] or fits
        fits = [r for r in fits if role not in r.holder.text.lower()] or fits
        stated = next((r for r in self.roles if r.start <= at < r.end
                       and r.holder.label == "PERSON" and role not in r.holder.text.lower()),
                      None)
        if stated is not None:  # 'the president of neighbouring Benin, Patrice Talon'
            return stated.holder
        if fits:
            before = [r for r in fits if r.holder.start < at]
            return (before[-1] if before else fits[0]).holder
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("the", "this")), None)
        if det is None:
            return None
        start, end = self.sent.offset + det.idx, self.sent.offset + tok.idx + len(tok.text)
        return self.resolve(start, end, self.sent.text_at(start, end))
