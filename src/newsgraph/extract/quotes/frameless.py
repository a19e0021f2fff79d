"""Sentences the quote finder need not parse for their frames: ``may_frame`` reads the
words' part of speech and lemma (which a sentence has before the parse) for a cue that
``ParsedSentence._frame`` could start a frame at; where there is none, the sentence is a
``FramelessSentence``, parsed only if a pass asks for its tree."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from newsgraph.extract.quotes.frames import Frame, ParsedSentence, Range
from newsgraph.extract.quotes.lexicon import QUOTE_VERBS, SPEECH_NOUNS, STANCE_NOUNS
from newsgraph.extract.quotes.marks import Marked

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.extract.nlp import Word


class FramelessSentence(ParsedSentence):
    """A sentence in whose words ``may_frame`` sees no cue: it has no frames, and it is
    parsed only when a pass asks for its tree (a loose frame, a subject)."""

    def __init__(self, parse: Callable[[], Doc], offset: int, marks: list[Marked]):
        self._parse, self._doc, self.offset = parse, None, offset
        self.marks = [(m.start, m.end) for m in marks]
        self._by_token: dict[int, Frame] = {}
        self.frames: list[Frame] = []

    @property
    def doc(self) -> Doc:
        if self._doc is None:
            self._doc = self._parse()
        return self._doc

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def start(self) -> int:
        return self.offset

    @property
    def end(self) -> int:
        return self.offset + len(self.text)

    def frame_for(self, start: int, end: int) -> Frame | None:
        return None  # what ParsedSentence.frame_for finds without frames


def may_frame(words: Iterable[Word], offset: int, marks: Sequence[Range]) -> bool:
    """Whether ``ParsedSentence._frame`` could find a frame at any of ``words`` (of the
    sentence at ``offset``), whatever the parse: each of its cues is a word outside the
    quote marks that is 'according', a form of 'put', a speech or stance noun, or a verb
    of QUOTE_VERBS. Read off the part of speech and lemma alone, so a sentence it says
    no to need not be parsed for its frames."""
    for idx, lower, pos, lemma in words:
        at = offset + idx
        if any(s <= at < e for s, e in marks):
            continue
        lemma = lemma.lower()
        if lower == "according" or lemma == "put":
            return True
        if pos == "NOUN" and (lemma in SPEECH_NOUNS or lemma in STANCE_NOUNS):
            return True
        if lemma in QUOTE_VERBS and pos in ("VERB", "AUX"):
            return True
    return False
