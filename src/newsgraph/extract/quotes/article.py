"""The article as the quote finder's passes see it, and the quotes being assembled."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from newsgraph.extract.quotes.frameless import FramelessSentence, cue_words
from newsgraph.extract.quotes.frames import Frame, ParsedSentence
from newsgraph.extract.quotes.lexicon import needs_parse
from newsgraph.extract.quotes.marks import Marked, find_marked, paragraphs
from newsgraph.extract.quotes.speakers import SpeakerResolver
from newsgraph.records import Mention, Reference

if TYPE_CHECKING:
    from spacy.tokens import Doc

Range = tuple[int, int]
# ``extract.nlp.sentence_words``: (offset, lower-case form, part of speech, lemma) of the
# words of a stretch, before any parse.
Words = Callable[[int, int], Sequence[tuple[int, str, str, str]]]


@dataclass
class Draft:
    """A quote being assembled; ``of`` is the quote it carries on."""

    start: int
    end: int
    kind: str
    frame: Frame | None = None
    sentence: int = -1
    speaker: Range | None = None
    continues: bool = False
    of: Draft | None = None
    clause: Range | None = None


class QuoteArticle:
    """The article as the passes see it: sentences, paragraphs, quote marks, parses."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]],
                 mentions: Sequence[Mention], parse: Callable[[int, int], Doc],
                 references: Sequence[Reference] = (), words: Words | None = None):
        self.text = text
        self.sents = sorted((int(s), int(e)) for s, e in sentences)
        self.paras = paragraphs(text)
        self.marks = find_marked(text)
        self.mentions = list(mentions)
        self.resolver = SpeakerResolver(text, mentions, references)
        self._parse = parse
        self.parsed: dict[int, ParsedSentence] = {}
        self._extra: dict[int, ParsedSentence] = {}
        for i, (s, e) in enumerate(self.sents):
            if needs_parse(text[s:e]):
                marks = self._marks_in(s, e)
                cues = None if words is None else _cues(words, s, e, marks)
                if cues == []:  # no frames whatever the parse: parsed only if a pass asks
                    self.parsed[i] = FramelessSentence(partial(parse, s, e), s, marks)
                else:
                    self.parsed[i] = ParsedSentence(parse(s, e), s, marks, cues)

    def parse_sentence(self, i: int) -> ParsedSentence | None:
        """Sentence ``i`` parsed, on demand when ``needs_parse`` passed it over."""
        if i in self.parsed:
            return self.parsed[i]
        if not 0 <= i < len(self.sents):
            return None
        if i not in self._extra:
            s, e = self.sents[i]
            self._extra[i] = ParsedSentence(self._parse(s, e), s, self._marks_in(s, e))
        return self._extra[i]

    def _marks_in(self, s: int, e: int) -> list[Marked]:
        return [m for m in self.marks if m.start < e and s < m.end]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right([s for s, _ in self.sents], pos) - 1)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right([s for s, _ in self.paras], pos) - 1)

    def reporter_text(self, i: int) -> str:
        """Sentence ``i`` with its quoted words blanked out."""
        if not 0 <= i < len(self.sents):
            return ""
        s, e = self.sents[i]
        chars = list(self.text[s:e])
        for m in self._marks_in(s, e):
            for k in range(max(m.start, s), min(m.end, e)):
                chars[k - s] = " "
        return "".join(chars)




def wants_parse(text: str, start: int, end: int, words: Words) -> bool:
    """Whether ``QuoteArticle`` parses the sentence text[start:end] as it starts (with the
    same ``words``): one ``needs_parse`` accepts in whose words a cue may start a frame."""
    if not needs_parse(text[start:end]):
        return False
    return bool(_cues(words, start, end, [m for m in find_marked(text)
                                          if m.start < end and start < m.end]))


def _cues(words: Words, start: int, end: int, marks: Sequence[Marked]) -> list[int]:
    return cue_words(words(start, end), start, [(m.start, m.end) for m in marks])


def overlaps(r: Range, others: Sequence[Range]) -> bool:
    return any(r[0] < e and s < r[1] for s, e in others)
