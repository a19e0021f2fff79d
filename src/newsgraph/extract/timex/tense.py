"""A plain-text guess at the tense around a time expression, with no parser.

The tense decides which way an underspecified expression points: "Wednesday" in "they
met on Wednesday" is the last one, in "they will meet on Wednesday" the next one. The
guess looks at the sentence around the expression and takes the nearest tense cue (a
past-tense verb, or a future marker such as "will" or "is due to"); reporting verbs
("said", "told") count only when nothing else does, because "X said talks will resume
Monday" is about the future. A caller with a parser can pass a better ``tense_of``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from newsgraph.extract.timex.dates import FUTURE, PAST, PRESENT

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt cmdr adm sen rep gov pres st mt ft no vs inc co"
    " corp ltd jr sr jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")
_LAST_WORD = re.compile(r"(\w+)\W*$")

_FUTURE = re.compile(
    r"\b(?:will|shall|won't|wo\s+n't|'ll|going\s+to|(?:is|are|was|were)\s+(?:due|set"
    r"|expected|scheduled|slated|poised|planning|likely)\s+to|plans?\s+to|intends?\s+to"
    r"|planned\s+to|scheduled\s+to|set\s+to|due\s+to|would|upcoming|coming|later\s+this"
    r"|tomorrow|from\s+now)\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = (
    "was|were|had|did|met|went|came|made|took|gave|saw|found|left|held|began|became|got"
    "|knew|thought|brought|bought|sent|spent|kept|led|felt|fell|won|lost|paid|ran|rose|sat"
    "|stood|wrote|broke|chose|drove|flew|grew|shot|struck|sold|fought|caught|taught|meant"
    "|heard|understood|wore|woke|ate|drew|threw|forgot|hid|hung|lay|laid|lit|sought|swore"
    "|tore|withdrew|upheld|arose|overtook|sank|sang|spoke|stole|swam|undertook|ago"
    "|yesterday|last|earlier|previously|dealt|built|fled|bore|slid|sped|split|quit"
)
_PAST = re.compile(rf"\b(?:(?i:{_IRREGULAR_PAST})|[a-z]{{2,}}ed)\b")
_NOT_PAST = {"need", "speed", "seed", "breed", "feed", "bleed", "proceed", "succeed",
             "exceed", "indeed", "hundred", "red", "bed", "shed", "weed", "deed", "steed",
             "creed", "greed", "embed", "tweed", "shred", "sled", "wed", "bred", "led"}
_PARTICIPLE_AFTER = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|told|added|announced|reported|stated|wrote|explained|noted|stressed"
    r"|insisted|confirmed|claimed|warned|tweeted|quoted)\b",
    re.IGNORECASE,
)

_CLAUSE_BREAK = re.compile(r"\b(?:that|which|because|although|though|whereas|unless|whether)\b|[;:]")
# Words before an expression that date what is planned to begin or happen then.
_PLANNED = re.compile(
    r"\b(?:starting|beginning|effective|scheduled\s+for|set\s+for|slated\s+for|planned\s+for"
    r"|due\s+(?:on|by)|to\s+(?:begin|start|take\s+effect|resume|open|close|end|expire)(?:\s+on)?)"
    r"\s+(?:on\s+|from\s+)?(?:next\s+|this\s+)?$", re.IGNORECASE)
_REPORTED_ON = re.compile(
    r"\b(?:said|told|announced|reported|added|stated|declared|confirmed|agreed|decided)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


def sentence_starts(text: str) -> list[int]:
    """The offsets where sentences begin (a light splitter that knows abbreviations)."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
        if word is None or not _abbreviation(word.group(1)):
            starts.append(m.end())
    return starts


def _abbreviation(word: str) -> bool:
    """Initials ("U.S.", "George W.") and titles ("Mr.") do not end a sentence."""
    return (len(word) == 1 and word.isalpha()) or word.lower() in _ABBREVIATIONS


def guess_tense(sentence: str, at: int | None = None, *,
                past_verbs: list[tuple[int, str]] | None = None) -> str:
    """PAST, FUTURE or PRESENT for ``sentence``, looking nearest to offset ``at`` in it.

    ``past_verbs`` are (offset, word) of the sentence's past-tense verbs when a tagger
    knows them; without it they are guessed from the words ("met", "-ed").
    """
    if at is not None and _REPORTED_ON.search(sentence, 0, at):
        return PAST  # "said Friday that talks would resume": the saying is dated
    if at is not None and _PLANNED.search(sentence, 0, at):
        return FUTURE  # "a ceasefire starting on Sunday": what is planned lies ahead
    if past_verbs is None:
        past_verbs = [(m.start(), m.group()) for m in _PAST.finditer(sentence)
                      if m.group().lower() not in _NOT_PAST]
    cues = _cues(sentence, past_verbs)
    strong = [c for c in cues if not c[2]] or cues
    if not strong:
        return PRESENT
    if at is None:
        return FUTURE if any(t == FUTURE for _, t, _ in strong) else strong[0][1]
    own = [c for c in strong if _same_clause(sentence, c[0], at)] or strong
    return min(own, key=lambda c: abs(c[0] - at))[1]


def _same_clause(sentence: str, a: int, b: int) -> bool:
    """No 'that', 'which', 'because' (a clause of its own) between the two offsets: in 'X
    informed Sweden on Wednesday that Iraq would cut ties', 'would' is not Wednesday's."""
    lo, hi = min(a, b), max(a, b)
    return _CLAUSE_BREAK.search(sentence, lo, hi) is None


def _cues(sentence: str, past_verbs: list[tuple[int, str]]) -> list[tuple[int, str, bool]]:
    """(offset, tense, is_reporting_verb) of every tense cue in ``sentence``."""
    future = [(m.start(), m.end()) for m in _FUTURE.finditer(sentence)]
    cues = [(start, FUTURE, False) for start, _ in future]
    for start, word in past_verbs:
        inside = any(a <= start < b for a, b in future)  # "planned to" is future
        passive = _PARTICIPLE_AFTER.search(sentence, 0, start)  # "will be named"
        if not inside and not passive:
            cues.append((start, PAST, bool(_REPORTING.fullmatch(word))))
    return cues


def tense_resolver(text: str) -> Callable[[int], str]:
    """A ``tense_of(offset)`` for ``text``: the guessed tense around that offset."""
    starts = sentence_starts(text)

    def tense_of(offset: int) -> str:
        i = bisect.bisect_right(starts, offset) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        return guess_tense(text[starts[i]:end], offset - starts[i])

    return tense_of


def doc_tense(doc: Any) -> Callable[[int], str]:
    """A ``tense_of(offset)`` from a tagged spaCy ``Doc`` of the same text: the same cues,
    but the past-tense verbs are the tagger's VBD tokens (no parser needed)."""

    has_sentences = doc.has_annotation("SENT_START")
    sentences: dict[int, tuple[int, str, list]] = {}  # read once per sentence, not per offset

    def tense_of(offset: int) -> str:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return PRESENT
        sent = span[0].sent if has_sentences else doc[:]
        if sent.start not in sentences:
            base = sent.start_char
            past = [(t.idx - base, t.text) for t in sent if t.tag_ == "VBD"]
            sentences[sent.start] = (base, sent.text, past)
        base, text, past = sentences[sent.start]
        return guess_tense(text, offset - base, past_verbs=past)

    return tense_of
