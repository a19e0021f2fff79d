"""Where the quote finder looks for frames: ``cue_words`` reads the words' part of speech
and lemma (which a sentence has before the parse) for the cues ``ParsedSentence._frame``
could start a frame at. A sentence with none is a ``FramelessSentence``, parsed only if a
pass asks for its tree; in the others only those words are tried."""

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
    """A sentence in whose words ``cue_words`` finds no cue: it has no frames, and it is
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


def cue_words(words: Iterable[Word], offset: int, marks: Sequence[Range]) -> list[int]:
    """The indexes of the ``words`` (of the sentence at ``offset``) at which
    ``ParsedSentence._frame`` could find a frame, whatever the parse: a word outside the
    quote marks that is 'according', a form of 'put', a speech or stance noun, or a verb of
    QUOTE_VERBS. At every other word it finds none; read off the part of speech and lemma
    alone, so that a sentence without such a word need not be parsed for its frames."""
    return [i for i, (idx, lower, pos, lemma) in enumerate(words)
            if _cue(lower, pos, lemma.lower()) and not _inside(offset + idx, marks)]


def _cue(lower: str, pos: str, lemma: str) -> bool:
    if lower == "according" or lemma == "put":
        return True
    if pos == "NOUN":
        return lemma in SPEECH_NOUNS or lemma in STANCE_NOUNS
    return pos in ("VERB", "AUX") and lemma in QUOTE_VERBS


def _inside(at: int, marks: Sequence[Range]) -> bool:
    return any(s <= at < e for s, e in marks)
