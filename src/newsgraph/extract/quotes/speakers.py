"""Turn a speaker span into who spoke: the words as written, or, for a pronoun or a
description ('she', 'the minister', 'the statement'), the actor the article's coreference
(``extract.coref``) says they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.extract.lexicon import DOCUMENT_HEADS, ORG_HEADS, is_head, singular
from newsgraph.extract.quotes.lexicon import EVIDENCE_NOUNS, HUMAN_NOUNS, PRONOUNS
from newsgraph.extract.quotes.records import Speaker
from newsgraph.records import Mention, Reference

Range = tuple[int, int]
_SPEAKING_LABELS = ("PERSON", "ORG", "NORP", "GPE")
# Plural nouns for people: 'environmentalists', 'investigators', 'Republicans', 'Democrats'.
_PEOPLE = re.compile(r"(?:ists|ors|ers|ans|ants|ents|crats|icians|ees|ics|ives)$")
_COUNT = re.compile(r"(?:\d[\d,.%]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                    r"hundreds?|thousands?|millions?|most|many|some|half|all|none|several|few|"
                    r"majority|minority|(?:two|three)-thirds?|(?:one-)?(?:third|quarter|fifth)s?)$")
# A share of respondents: 'about 4 in 10', 'six in ten', 'nine out of 10'.
_SHARE = re.compile(r"(?:\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
                    r"(?:10|ten|\d+)$")
_PREPOSITIONS = frozenset("of on in from at for with".split())
_QUALIFIER = re.compile(r"\s*(?:,|\(|(?:in|of|at|from|on|for|with)\s)")


class SpeakerResolver:
    """Looks speaker spans up in the article's mentions and references."""

    def __init__(self, text: str, mentions: Sequence[Mention],
                 references: Sequence[Reference] = ()):
        self.text = text
        self.all = sorted(mentions, key=lambda m: m.start)
        self.people = [m for m in self.all if m.label == "PERSON"]
        self.references = sorted(references, key=lambda r: r.start)

    def speaker(self, span: Range) -> tuple[Speaker, Speaker | None]:
        """(the speaker, the words as written when they were a pronoun or a description)."""
        s, e = span
        written = Speaker(self.text[s:e], s, e)
        ref = None if self._names_someone(span) else self.reference(span)
        if ref is None:
            return written, None
        a = ref.antecedent
        return Speaker(a.text, a.start, a.end), written

    def reference(self, span: Range) -> Reference | None:
        """The reference that is the span's head: the whole span ('he', 'the ministry'), or
        its start before a phrase that only qualifies it ('the court | in The Hague'). Not
        'his' in 'his party': the party speaks, not he."""
        s, e = span
        for r in self.references:
            if r.start == s and (r.end == e or _QUALIFIER.match(self.text, r.end, e)):
                return r
        return None

    def can_speak(self, span: Range) -> bool:
        """Whether a span names someone who can make a statement (not 'the optics')."""
        s, e = span
        if any(m.start < e and s < m.end and m.label in _SPEAKING_LABELS for m in self.all):
            return True
        if _SHARE.match(" ".join(self.text[s:e].lower().split())):
            return True
        words = self.text[s:e].lower().split()
        cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
        if cut < len(words) and _COUNT.match(words[cut - 1]) and words[cut] in ("of", "in"):
            cut = len(words)  # a count of a group: 'nearly eight of 10 voters', 'nine in 10 voters'
        words = words[:cut]  # the head: 'figures' of 'senior figures on both sides'
        if not words:
            return False
        last = words[-1]
        if last in EVIDENCE_NOUNS or last.endswith("%"):
            return True
        return last in HUMAN_NOUNS or last in PRONOUNS or singular(last) in ORG_HEADS \
            or singular(last) in DOCUMENT_HEADS or is_head(last) or _PEOPLE.search(last) is not None

    def _names_someone(self, span: Range) -> bool:
        s, e = span
        return any(m.start < e and s < m.end for m in self.people)
