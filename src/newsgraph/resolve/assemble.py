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
from newsgraph.resolve.article import resolve_article
from newsgraph.settings import Settings


def assemble_article(clean: CleanArticle, extraction: Extraction, settings: Settings) -> Article:
    """The analysed article: every fact keeps its span in ``clean.text``."""
    entities = resolve_article(clean, extraction, settings)
    quotes = tuple(link_speaker(q, entities).to_dict() for q in extraction.quotes)
    dates = tuple(d.to_dict() for d in extraction.dates)
    return Article(
        clean=clean,
        entities=entities,
        quotes=quotes,
        events=tuple(link_event(e, entities) for e in extraction.events),
        dates=publication_dates(clean) + dates,
        sentences=extraction.sentences,
    )


def _entity_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end), the longest mention first."""
    best, best_len = None, 0
    for entity in entities:
        for m in entity.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > 0 and m.end - m.start > best_len:
                best, best_len = entity, m.end - m.start
    return best


def link_speaker(quote: Quote, entities: Sequence[Entity]) -> Quote:
    """The quote with ``speaker.entity`` set when the speaker's words name an entity.

    Group speakers ('Russian officials') stay unlinked: the words name a group, not the
    country their adjective points at.
    """
    speaker = quote.speaker
    if speaker is None:
        return quote
    entity = _entity_at(entities, speaker.start, speaker.end)
    if entity is None or entity.type not in ("PERSON", "ORG") or _is_group(speaker, entity):
        return quote
    return dataclasses.replace(quote, speaker=dataclasses.replace(speaker, entity=entity.id))


def _entity_ref(ref: Any, entities: Sequence[Entity]) -> str:
    """The id of the entity an event's actor reference means, else the name it means.

    A name or a reference ('he', 'the president') is the entity mentioned there (for a
    reference, at its antecedent); a nationality adjective read as its country is the
    article's entity for that country; a group is named by its phrase."""
    kind = getattr(ref, "kind", "named")
    if kind in ("named", "reference"):
        span = ref.antecedent or ref if kind == "reference" else ref
        entity = _entity_at(entities, span.start, span.end)
        return entity.id if entity is not None else ref.name if hasattr(ref, "name") else ref.text
    if kind in ("country", "capital"):
        entity = _place_entity(entities, ref.name, ref.country if kind == "country" else None)
        return entity.id if entity is not None else ref.name
    return ref.name


def _place_entity(entities: Sequence[Entity], name: str, country: str | None) -> Entity | None:
    """The article's entity for a country (by its code) or a place (by its name)."""
    for e in entities:
        kb = e.kb or {}
        if country and e.type == "GPE" and kb.get("kind") == "country" \
                and kb.get("country_code") == country:
            return e
    key = name.lower()
    return next((e for e in entities if e.type in ("GPE", "LOC", "FAC")
                 and key in {n.lower() for n in (e.name, *e.aliases)}), None)


def link_event(event: Any, entities: Sequence[Entity]) -> dict[str, Any]:
    """The event in the schema's shape, its participants and place as entity ids."""
    d = event.to_dict()
    for key in ("participants", "actors", "targets"):
        d[key] = list(dict.fromkeys(_entity_ref(s, entities) for s in getattr(event, key)))
    if event.location is not None:
        d["location"] = _entity_ref(event.location, entities)
    return d


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
