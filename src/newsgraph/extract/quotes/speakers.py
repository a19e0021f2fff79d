"""Turn a speaker span into the person it names: pronouns and role nouns are resolved to
a fitting named PERSON mention earlier in the article.

'he'/'she' prefer, among the people whose gender does not clash (titles, role words and
common first names tell it, for every mention of the same surname), the one named first in
the pronoun's sentence or the sentence before (most often its subject), then the speaker of
the latest quote, then the nearest person named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsgraph.extract.quotes.lexicon import (
    FEMALE_CUES, HUMAN_NOUNS, MALE_CUES, PRONOUNS, ROLE_NOUNS, SINGULAR_PRONOUNS,
)
from newsgraph.extract.quotes.records import Speaker
from newsgraph.records import Mention

Range = tuple[int, int]
_ROLE_NP = re.compile(r"^(?:the|this|that)\s+(?:[a-z-]+\s+){0,3}([a-z-]+)$")
_SPEAKING_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_SPEAKER_REACH = 1500  # characters a remembered speaker stays in view
_CUE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+(?:[A-Z]\.\s+)?$")


def _key(person: Mention) -> str:
    return person.text.split()[-1].lower() if person.text.split() else ""


def _genders(text: str, people: Sequence[Mention]) -> dict[str, str]:
    """Surname -> 'm' or 'f' where titles, role words or first names agree on one."""
    seen: dict[str, set[str]] = {}
    for p in people:
        words = p.text.split()
        cues = [w.lower().rstrip(".") for w in words[:-1]]
        before = _CUE_BEFORE.search(text[max(0, p.start - 25):p.start])
        if before:
            cues.append(before.group(1).lower())
        found = {"m" for c in cues if c in MALE_CUES} | {"f" for c in cues if c in FEMALE_CUES}
        if found:
            seen.setdefault(_key(p), set()).update(found)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


class SpeakerResolver:
    """Resolves speaker spans against the article's PERSON mentions outside quotes."""

    def __init__(self, text: str, mentions: Sequence[Mention], quoted: Sequence[Range],
                 sentences: Sequence[Range] = ()):
        self.text = text
        self.all = sorted(mentions, key=lambda m: m.start)
        self.people = [m for m in self.all if m.label == "PERSON"
                       and not any(s <= m.start < e for s, e in quoted)]
        self._starts = [m.start for m in self.people]
        self.sents = sorted(sentences)
        self._sent_starts = [s for s, _ in self.sents]
        self.genders = _genders(text, self.people)
        self.last_speaker: Mention | None = None

    def speaker(self, span: Range) -> tuple[Speaker, Speaker | None]:
        """(the speaker, the words as written when they were a pronoun or role noun).
        Call in article order: a named speaker is remembered for the pronouns after it."""
        s, e = span
        written = Speaker(self.text[s:e], s, e)
        target = self._antecedent(written)
        if target is None:
            self._remember(s, e)
            return written, None
        self.last_speaker = target
        return Speaker(target.text, target.start, target.end), written

    def antecedent(self, start: int, end: int, words: str | None = None) -> Mention | None:
        """The named person a pronoun or role phrase at [start, end) stands for, if any
        (``words``: how to read it, 'he' for 'his')."""
        return self._antecedent(Speaker(words or self.text[start:end], start, end))

    def _remember(self, s: int, e: int) -> None:
        named = next((p for p in self.people if p.start < e and s < p.end), None)
        if named is not None:
            self.last_speaker = named

    def can_speak(self, span: Range) -> bool:
        """Whether a span names someone who can make a statement (not 'the optics')."""
        s, e = span
        if any(m.start < e and s < m.end and m.label in _SPEAKING_LABELS for m in self.all):
            return True
        words = self.text[s:e].lower().split()
        return bool(words) and (words[-1] in HUMAN_NOUNS or words[-1] in PRONOUNS)

    def _antecedent(self, written: Speaker) -> Mention | None:
        low = written.text.lower()
        before = self.people[:bisect_left(self._starts, written.start)]
        if low in SINGULAR_PRONOUNS:
            return self._pronoun(written.start, "f" if low in ("she", "her") else "m", before)
        m = _ROLE_NP.match(low)
        if m and m.group(1) in ROLE_NOUNS and not self._names_someone(written):
            return next((p for p in reversed(before) if self._has_role(p, m.group(1))), None)
        return None

    def _pronoun(self, pos: int, gender: str, before: list[Mention]) -> Mention | None:
        fits = [p for p in before if self.genders.get(_key(p)) in (None, gender)]
        if not fits:
            return before[-1] if before else None
        k = bisect_right(self._sent_starts, pos) - 1
        for i in (k, k - 1):  # the first named in this sentence or the one before
            if 0 <= i < len(self.sents):
                s, _ = self.sents[i]
                first = next((p for p in self.people if s <= p.start < pos), None)
                if first is not None and first in fits and self._opens(s, first):
                    return first
        last = self.last_speaker
        if last is not None and last.start < pos and self.genders.get(_key(last)) in (None, gender) \
                and pos - last.start < _SPEAKER_REACH:
            return last
        return fits[-1]

    def _opens(self, sentence_start: int, person: Mention) -> bool:
        """Whether the person is named before the sentence's verb: at most a few words in."""
        return len(self.text[sentence_start:person.start].split()) <= 4

    def _names_someone(self, sp: Speaker) -> bool:
        return any(m.start < sp.end and sp.start < m.end for m in self.people)

    def _has_role(self, person: Mention, role: str) -> bool:
        """'Defence Minister Hulusi Akar' or 'Hulusi Akar, the defence minister'."""
        near = self.text[max(0, person.start - 60):person.start] + " " + \
            self.text[person.end:person.end + 60]
        return re.search(rf"\b{re.escape(role)}\b", near, re.I) is not None
