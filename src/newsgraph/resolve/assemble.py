"""One article's extraction -> the ``Article`` record: entities, quotes with their speakers
linked to entities, and dates (the publication date included).

No spaCy here: only records and offsets.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from newsgraph.extract.quotes import Quote, Speaker
from newsgraph.extract.timex import DateMention, tag
from newsgraph.records import Article, CleanArticle, Entity, Extraction
from newsgraph.gazetteer import gazetteer
from newsgraph.resolve.article import resolve_article
from newsgraph.resolve.event_actors import EventActors, entity_at, link_event, refs_of
from newsgraph.settings import Settings


def assemble_article(clean: CleanArticle, extraction: Extraction, settings: Settings) -> Article:
    """The analysed article: every fact keeps its span in ``clean.text``."""
    entities = resolve_article(clean, extraction, settings)
    quotes = tuple(link_speaker(q, entities).to_dict() for q in extraction.quotes)
    dates = tuple(d.to_dict() for d in extraction.dates)
    actors = EventActors(entities, gazetteer(settings.min_place_population), clean.dateline)
    for event in extraction.events:
        actors.add(refs_of(event))
    return Article(
        clean=clean,
        entities=actors.all(),
        quotes=quotes,
        events=tuple(link_event(e, actors) for e in extraction.events),
        dates=publication_dates(clean) + dates,
        sentences=extraction.sentences,
    )


def link_speaker(quote: Quote, entities: Sequence[Entity]) -> Quote:
    """The quote with ``speaker.entity`` set when the speaker's words name an entity.

    Group speakers ('Russian officials') stay unlinked: the words name a group, not the
    country their adjective points at.
    """
    speaker = quote.speaker
    if speaker is None:
        return quote
    entity = entity_at(entities, speaker.start, speaker.end)
    if entity is None or entity.type not in ("PERSON", "ORG") or _is_group(speaker, entity):
        return quote
    return dataclasses.replace(quote, speaker=dataclasses.replace(speaker, entity=entity.id))


def _is_group(speaker: Speaker, entity: Entity) -> bool:
    """'Russian officials' overlaps no PERSON, but 'Kremlin officials' overlaps an ORG."""
    words = speaker.text.split()
    return entity.type == "ORG" and len(words) > 1 and words[-1].lower().endswith("s") \
        and not any(m.text == speaker.text for m in entity.mentions)


def publication_dates(clean: CleanArticle) -> tuple[dict[str, Any], ...]:
    """The publication date as written in the dropped header, as a date of the document.

    It is not in the body text, so its span is empty (start = end = 0) and it is marked
    ``"function": "publication_date"`` (TimeML's document creation time).
    """
    if not clean.published:
        return ()
    for line in clean.dropped[:12]:  # the header comes first
        for found in tag(line, clean.published):
            if found.value and clean.published.startswith(found.value) and len(found.value) >= 10:
                return (_header_date(found),)
    return ()


def _header_date(found: DateMention) -> dict[str, Any]:
    d = found.to_dict()
    d.update(start=0, end=0, function="publication_date")
    return d
