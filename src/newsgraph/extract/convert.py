"""The one converter from a processed spaCy Doc to newsgraph's ``Extraction`` record."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.entities import find_mentions
from newsgraph.extract.roles import find_roles
from newsgraph.gazetteer import gazetteer
from newsgraph.records import Extraction, Span
from newsgraph.settings import Settings


def to_extraction(doc: Doc, settings: Settings) -> Extraction:
    """Mentions, roles and sentences of one processed article."""
    gaz = gazetteer(settings.min_place_population)
    found = find_mentions(doc, gaz)
    return Extraction(
        mentions=tuple(f.to_mention() for f in found),
        roles=tuple(find_roles(doc, found, gaz)),
        sentences=tuple(sentence_spans(doc)),
    )


def sentence_spans(doc: Doc) -> list[Span]:
    """Each sentence's stretch of text, without the white space around it."""
    out = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if stripped:
            start = sent.start_char + (len(text) - len(text.lstrip()))
            out.append(Span(start, start + len(stripped), stripped))
    return out
