"""Events: who met, attacked, demanded or agreed with whom, where and when (PLOVER types).

``find_events(text, sentences, mentions, dates, parse)`` returns ``Event`` records. Like
the quote finder it is handed a ``parse(start, end)`` callback and parses only sentences
holding a trigger word (``needs_parse``). Dates come only from the article's
``DateMention``s in the event's own clause or a sentence about the same event, never from
the publication date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsgraph.extract.events.finder import Candidate, Sentence, sentence_events
from newsgraph.extract.events.lexicon import needs_parse
from newsgraph.extract.events.merge import merge
from newsgraph.extract.events.records import DATE_SOURCES, Event, EventDate
from newsgraph.extract.timex import DateMention
from newsgraph.records import Mention

__all__ = [
    "DATE_SOURCES", "Event", "EventDate", "candidates", "find_events", "main_event",
    "needs_parse",
]


def find_events(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                dates: Sequence[DateMention], parse: Callable[[int, int], Doc],
                dateline: str | None = None) -> list[Event]:
    """The article's events, one per happening, in text order."""
    return merge(candidates(text, sentences, mentions, dates, parse, dateline))


def candidates(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
               dates: Sequence[DateMention], parse: Callable[[int, int], Doc],
               dateline: str | None = None) -> list[Candidate]:
    """Every trigger of every sentence worth parsing, before merging."""
    out: list[Candidate] = []
    for start, end in sentences:
        if not needs_parse(text[start:end]):
            continue
        doc = parse(start, end)
        offset = _offset(text, doc.text, start)
        out += sentence_events(Sentence(doc, offset, mentions, dates, dateline))
    return out


def main_event(found: Sequence[Candidate]) -> Event | None:
    """The event a one-sentence report is about: the trigger nearest the root of the
    first sentence that has one (verbs before nouns on a tie)."""
    if not found:
        return None
    return min(found, key=lambda c: (c.depth, c.event.start)).event


def _offset(text: str, parsed: str, start: int) -> int:
    """Where the parsed sentence begins: ``parse`` may widen it to whole tokens."""
    if text.startswith(parsed, start):
        return start
    found = text.rfind(parsed, 0, start + len(parsed))
    return found if found >= 0 else start
