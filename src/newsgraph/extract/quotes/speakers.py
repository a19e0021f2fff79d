"""Turn a speaker span into the person it names: pronouns and role nouns are resolved to
the nearest fitting named PERSON mention earlier in the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newsgraph.extract.quotes.lexicon import HUMAN_NOUNS, PRONOUNS, ROLE_NOUNS, SINGULAR_PRONOUNS
from newsgraph.extract.quotes.records import Speaker
from newsgraph.records import Mention

Range = tuple[int, int]
_ROLE_NP = re.compile(r"^(?:the|this|that)\s+(?:[a-z-]+\s+){0,3}([a-z-]+)$")
_SPEAKING_LABELS = ("PERSON", "ORG", "NORP", "GPE")


class SpeakerResolver:
    """Resolves speaker spans against the article's PERSON mentions outside quotes."""

    def __init__(self, text: str, mentions: Sequence[Mention], quoted: Sequence[Range]):
        self.text = text
        self.all = sorted(mentions, key=lambda m: m.start)
        self.people = [m for m in self.all if m.label == "PERSON"
                       and not any(s <= m.start < e for s, e in quoted)]
        self._starts = [m.start for m in self.people]

    def speaker(self, span: Range) -> tuple[Speaker, Speaker | None]:
        """(the speaker, the words as written when they were a pronoun or role noun)."""
        s, e = span
        written = Speaker(self.text[s:e], s, e)
        target = self._antecedent(written)
        if target is None:
            return written, None
        return Speaker(target.text, target.start, target.end), written

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
            return before[-1] if before else None
        m = _ROLE_NP.match(low)
        if m and m.group(1) in ROLE_NOUNS and not self._names_someone(written):
            return next((p for p in reversed(before) if self._has_role(p, m.group(1))), None)
        return None

    def _names_someone(self, sp: Speaker) -> bool:
        return any(m.start < sp.end and sp.start < m.end for m in self.people)

    def _has_role(self, person: Mention, role: str) -> bool:
        """'Defence Minister Hulusi Akar' or 'Hulusi Akar, the defence minister'."""
        near = self.text[max(0, person.start - 60):person.start] + " " + \
            self.text[person.end:person.end + 60]
        return re.search(rf"\b{re.escape(role)}\b", near, re.I) is not None
