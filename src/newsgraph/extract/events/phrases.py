"""The words of an actor phrase: its head noun, its conjuncts, its name as written, and who
spoke a quote. Small parse helpers ``actors.ActorFinder`` reads phrases with."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Token

from newsgraph.extract.events import lexicon as lx
from newsgraph.extract.events.records import ActorRef
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention

NAMED_LABELS = frozenset("PERSON ORG GPE NORP FAC".split())
SKIP_DETERMINERS = frozenset("the a an this that these those some such its their his her our "
                              "my your".split())
# 'the parties', 'Sudan's warring factions': the two sides of the conflict told.
_SIDE_NOUNS = frozenset("side party faction".split())
_SIDE_MODIFIERS = frozenset("warring rival opposing".split())


def actor_noun(tok: Token) -> lx.ActorNoun | None:
    if tok.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    nouns = lx.actor_nouns()
    two = [c for c in tok.lefts if c.dep_ == "compound"]
    if two and (found := nouns.get(f"{two[-1].lemma_.lower()} {tok.lemma_.lower()}")):
        return found
    return nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_) or next(
        (nouns[f] for f in _singulars(tok.lower_) if f in nouns), None)


def _singulars(word: str) -> list[str]:
    """'Protesters' tagged a proper noun keeps its plural as its lemma: the forms it may
    be the plural of ('militias', 'parties', 'businesses')."""
    if not word.endswith("s") or len(word) < 4:
        return []
    out = [word[:-1]]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    return out


def role_words(tok: Token) -> str:
    """'prime minister' for 'Iraq's prime minister', 'president' for 'the president'."""
    compounds = [c.lower_ for c in tok.lefts if c.dep_ == "compound"
                 and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
    return " ".join([*compounds, tok.lower_])


def covers(outer: Token, tok: Token) -> bool:
    return outer.left_edge.i <= tok.i <= outer.right_edge.i


def phrase_name(text: str) -> str:
    """A group's name as written, without a leading article or possessive pronoun."""
    words = text.split()
    while words and words[0].lower() in SKIP_DETERMINERS:
        words = words[1:]
    return " ".join(words) or text


def conjuncts(head: Token) -> list[Token]:
    out, todo = [], [head]
    while todo:
        tok = todo.pop(0)
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ == "conj" or _hyphened(c, tok)]
    return out


def _hyphened(c: Token, tok: Token) -> bool:
    """'a Lopez-Reed summit', 'the Russia-Ukraine war' parsed as compounds: both names."""
    return c.dep_ == "compound" and c.i == tok.i - 2 and tok.doc[tok.i - 1].tag_ == "HYPH" \
        and c.text[:1].isupper() and tok.text[:1].isupper()


def unique_refs(refs: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for r in refs:
        key = r.name.lower()
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def speaker_ref(quote: Any, mentions: Sequence[Mention], gaz: Gazetteer) -> ActorRef | None:
    """Who spoke a quote: the named mention the speaker's words are (a pronoun speaker has
    been resolved to one already), else the group they name ('the Peruvian police')."""
    sp = quote.speaker
    if sp is None:
        return None
    inside = [m for m in mentions if sp.start <= m.start and m.end <= sp.end
              and m.label in NAMED_LABELS - {"FAC"}]
    named = [m for m in inside if m.label in ("PERSON", "ORG")
             or m.label == "GPE" and (m.start, m.end) == (sp.start, sp.end)]
    if named:  # not 'Kenya' for "Kenya's president said"
        m = max(named, key=lambda m: m.end - m.start)
        return ActorRef(m.start, m.end, m.text, "named", m.text, m.label)
    words = phrase_name(sp.text).strip()
    if not words or words.lower() in ("he", "she", "they", "it", "we", "i"):
        return None
    code = next((c for m in inside if m.label in ("NORP", "GPE") and (c := getattr(
        gaz.country_of_demonym(m.text) if m.label == "NORP" else gaz.country(m.text),
        "country_code", None))), None)
    head = lx.actor_nouns().get(words.split()[-1].lower())
    if head is not None and head.kind == "person":  # "Kenya's president said": one person,
        return ActorRef(sp.start, sp.end, sp.text, "role", words, "PERSON", code)  # as in
    return ActorRef(sp.start, sp.end, sp.text, "group", words, "ORG", code)  # a clause


def names_sides(tok: Token) -> bool:
    """'the parties', 'Sudan's warring factions': the sides of the conflict told, not
    'opposition parties' or 'the parties in parliament'."""
    if tok.lemma_.lower() not in _SIDE_NOUNS or any(c.dep_ == "prep" for c in tok.rights):
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods:
        return mods <= _SIDE_MODIFIERS
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[a-z][\w-]*\s+){0,2}")
_LIST_REACH = 600  # characters: 'All four' reads back a sentence or two


def counted_list(tok: Token, mentions: Sequence[Mention], text: str, at: int) -> list[Mention]:
    """'All four had been detained', 'the three were released': the people of the last
    list of that many names before ``at`` ('X, Y, Z and libertarian W')."""
    n = _COUNTS.get(tok.lower_)
    if n is None or tok.pos_ != "NUM" or not tok.dep_.startswith("nsubj") or not any(
            c.lower_ in ("all", "the", "these", "those") for c in tok.children) or not text:
        return []
    people = [m for m in mentions if m.label == "PERSON" and m.end <= at
              and at - m.end < _LIST_REACH]
    for last in range(len(people) - 1, n - 2, -1):
        run = people[last - n + 1:last + 1]
        if all(_LIST_GAP.fullmatch(text[a.end:b.start]) for a, b in zip(run, run[1:])):
            return run
    return []


def hyphen_people(m: Mention, mentions: Sequence[Mention]) -> list[tuple[int, Mention]]:
    """'a planned Trump-Putin meeting', one mention to the tagger: (where each part is
    written, the person the article names by it) when both parts are surnames of people
    it names elsewhere."""
    parts = m.text.split("-")
    if len(parts) != 2 or m.label not in ("ORG", "PERSON", "NORP") or not all(parts):
        return []
    out, at = [], m.start
    for part in parts:
        named = next((p for p in mentions if p.label == "PERSON" and p.start != m.start
                      and p.text.split()[-1] == part), None)
        if named is None:
            return []
        out.append((at, named))
        at += len(part) + 1
    return out


def pobjs(tok: Token, words: Iterable[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions (a passive's 'by' included) among ``words``."""
    words = frozenset(words)
    return [o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in words
            for o in p.children if o.dep_ == "pobj"]
