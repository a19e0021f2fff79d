"""An article's text cut into segments, each carrying the annotations that cover it.

The template writes each segment as one ``<span>`` with classes (a mention of a person, a
quote, a date, an event's trigger, the span a link asked to mark) and, where a mention or
a trigger covers it, a link to the actor or the event. The text itself is never markup:
Jinja escapes every segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.store.results import ArticleLinks

# Where a sentence ends, for widening a marked span to its sentence.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+|\n")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    classes: str
    href: str | None = None
    title: str | None = None
    anchor: str | None = None


def segments(record: dict[str, Any], links: ArticleLinks,
             target: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """``record``'s text as segments: ``text``, ``classes``, ``href``, ``title``, ``anchors``."""
    text = record["text"]
    marks = [*_quotes(record, links), *_mentions(record, links), *_dates(record),
             *_events(record, links), *_target(text, target)]
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    return [_segment(text, start, end, marks) for start, end in zip(cuts, cuts[1:], strict=False)]


def _segment(text: str, start: int, end: int, marks: list[Mark]) -> dict[str, Any]:
    covering = [m for m in marks if m.start <= start and end <= m.end]
    linked = [m for m in covering if m.href]
    return {
        "text": text[start:end],
        "classes": " ".join(m.classes for m in covering),
        "href": linked[-1].href if linked else None,  # the innermost link wins
        "title": " · ".join(m.title for m in covering if m.title) or None,
        "anchors": [m.anchor for m in covering if m.anchor and m.start == start],
    }


def _quotes(record: dict[str, Any], links: ArticleLinks) -> list[Mark]:
    ids = {(link.start, link.end): link.id for link in links.quotes}
    marks = []
    for quote in record.get("quotes", []):
        speaker = (quote.get("speaker") or {}).get("text")
        title = f"{quote['kind']} quote" + (f" by {speaker}" if speaker else "") + \
            (f" ({quote['channel']})" if quote.get("channel") else "")
        qid = ids.get((quote["start"], quote["end"]))
        marks.append(Mark(quote["start"], quote["end"], f"quote quote-{quote['kind']}",
                          title=title, anchor=f"quote-{qid}" if qid else None))
    return marks


def _mentions(record: dict[str, Any], links: ArticleLinks) -> list[Mark]:
    marks = []
    for entity in record.get("entities", []):
        actor = links.actors.get(entity["id"])
        for mention in entity.get("mentions", []):
            marks.append(Mark(mention["start"], mention["end"],
                              f"mention type-{entity['type'].lower()}",
                              href=f"/actors/{actor}" if actor is not None else None,
                              title=f"{entity['name']} ({entity['type']})"))
    return marks


def _dates(record: dict[str, Any]) -> list[Mark]:
    return [Mark(d["start"], d["end"], "date", title=f"date: {d['value']}")
            for d in record.get("dates", []) if d.get("value") and d["end"] > d["start"]]


def _events(record: dict[str, Any], links: ArticleLinks) -> list[Mark]:
    ids = {(link.start, link.end): link.id for link in links.events}
    marks = []
    for event in record.get("events", []):
        eid = ids.get((event["start"], event["end"]))
        status = event.get("status") or "reported"
        kind = f" ({event['kind']})" if event.get("kind") else ""
        marks.append(Mark(event["start"], event["end"], f"trigger status-{status}",
                          href=f"/events/{eid}" if eid else None,
                          title=f"event: {event['type']}{kind}, {status}",
                          anchor=f"event-{eid}" if eid else None))
    return marks


def _target(text: str, target: tuple[int, int] | None) -> list[Mark]:
    """The span a link asked for, and the sentence around it."""
    if not target or not 0 <= target[0] < target[1] <= len(text):
        return []
    start, end = target
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    sentence = Mark(before[-1] if before else 0, after.end() if after else len(text),
                    "target-sentence")
    return [sentence, Mark(start, end, "target", anchor="hl")]
