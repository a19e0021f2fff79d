"""Statements that are events: what a speaker's own words do to someone.

PLOVER codes demands, rejections, accusations, threats and praise made in words as events
('any decisions of this kind are null and void for Russia', Peskov said: a REJECT). A quote
whose words (for a partial quote, with the reported clause it ends: 'adding that now is
the time "for an immediate ceasefire"') hold one of the cue phrases of
``data/statement_cues.tsv`` is such an event:
its speaker acts, the first actor its words (else its sentence) name is the target, the cue
is the trigger and the quote its source. One event per quote and type; the merge folds it
into an event the parse found for the same act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsgraph.extract.events.phrases import speaker_ref
from newsgraph.extract.events.finder import Candidate
from newsgraph.extract.events.records import ActorRef, Event
from newsgraph.gazetteer import Gazetteer, data_lines
from newsgraph.records import Mention, Span

_ACTOR_LABELS = frozenset("PERSON ORG GPE NORP".split())


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    out = []
    for line in data_lines("statement_cues.tsv"):
        type_, kind, phrases = line.split("\t")
        words = "|".join(re.escape(p) for p in sorted(phrases.split("|"), key=len, reverse=True))
        out.append((type_, kind, re.compile(rf"\b(?:{words})\b", re.I)))
    return tuple(out)


def statement_events(text: str, quotes: Sequence, mentions: Sequence[Mention],
                     sentences: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """The events the article's statements are, in text order."""
    out = []
    for quote in quotes:
        speaker = speaker_ref(quote, mentions, gaz)
        if speaker is None:
            continue
        start = _reported_from(text, quote, sentences)
        for type_, kind, pattern in _cues():
            found = pattern.search(text, start, quote.end)
            if found is None:
                continue
            targets = _target(text, quote, mentions, sentences, speaker, gaz, found.start())
            event = Event(
                type=type_, kind=kind, trigger=found.group(0), start=found.start(),
                end=found.end(), participants=(speaker, *targets), actors=(speaker,),
                targets=tuple(targets), quote=Span(quote.start, quote.end, quote.text))
            out.append(Candidate(event, depth=99, definite=False, tense="statement",
                                 lemma=found.group(0).lower()))
    return sorted(out, key=lambda c: c.event.start)


_THAT = re.compile(r"\bthat\s")


def _reported_from(text: str, quote, sentences: Sequence[tuple[int, int]]) -> int:
    """Where the speaker's words begin: a partial quote's own, or the reported clause it
    ends ('adding that now is the time "for an immediate ceasefire"')."""
    if getattr(quote, "kind", "direct") != "partial":
        return quote.start
    sentence = next((s for s, e in sentences if s <= quote.start < e), quote.start)
    that = [m.end() for m in _THAT.finditer(text, sentence, quote.start)]
    return that[-1] if that else quote.start


def _target(text: str, quote, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]],
            speaker: ActorRef, gaz: Gazetteer, cue: int) -> list[ActorRef]:
    """The first actor named after the cue in its sentence, else the first the words name,
    else the first their sentence names, that is not the speaker. In a quote of several
    sentences only the cue's own counts ('... Putin's refusal ... We encourage our allies
    to join us': the allies, or no one; not Putin)."""
    sentence = next(((s, e) for s, e in sentences if s <= quote.start < e), (quote.start, quote.end))
    own = next(((s, e) for s, e in sentences if s <= cue < e), sentence)
    told = (cue, min(own[1], quote.end))
    if own != sentence:  # the cue in a later sentence of the quote
        sentence = (max(own[0], quote.start), min(own[1], quote.end))
        quote = Span(*sentence, text[sentence[0]:sentence[1]])
    # '"...," said X, president of Y': Y describes X (an apposition after the speaker)
    apposition = (speaker.end, speaker.end + 120) \
        if text[speaker.end:speaker.end + 1] == "," else (0, 0)
    for lo, hi in (told, (quote.start, quote.end), sentence):
        for m in sorted(mentions, key=lambda m: m.start):
            if lo <= m.start and m.end <= hi and m.label in _ACTOR_LABELS \
                    and not _is(m, speaker) and not apposition[0] < m.start < apposition[1]:
                ref = _ref(m, gaz)
                if ref is not None:
                    return [ref]
    return []


def _ref(m: Mention, gaz: Gazetteer) -> ActorRef | None:
    if m.label == "NORP":
        place = gaz.country_of_demonym(m.text)
        return ActorRef(m.start, m.end, m.text, "country", place.name, "GPE",
                        place.country_code) if place else None
    return ActorRef(m.start, m.end, m.text, "named", m.text, m.label)


def _is(m: Mention, ref: ActorRef) -> bool:
    return ref.start <= m.start < ref.end or m.text.split()[-1] == ref.name.split()[-1]
