"""The one converter from a processed spaCy Doc to newsgraph's ``Extraction`` record."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.entities import find_mentions
from newsgraph.extract.nlp import sentence_parser
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.roles import find_roles
from newsgraph.extract.timex import doc_tense, tag
from newsgraph.gazetteer import gazetteer
from newsgraph.records import Extraction, Span
from newsgraph.settings import Settings


def to_extraction(
    doc: Doc, settings: Settings, nlp: Language, published: str | None = None
) -> Extraction:
    """Mentions, roles, sentences, quotes and dates of one processed article.

    ``published`` anchors relative dates; without it they keep no value. The parser runs
    only on the sentences the quote finder asks for.
    """
    gaz = gazetteer(settings.min_place_population)
    found = find_mentions(doc, gaz)
    mentions = tuple(f.to_mention() for f in found)
    sentences = tuple(sentence_spans(doc))
    spans = [(s.start, s.end) for s in sentences]
    return Extraction(
        mentions=mentions,
        roles=tuple(find_roles(doc, found, gaz)),
        sentences=sentences,
        quotes=tuple(find_quotes(doc.text, spans, mentions, sentence_parser(nlp, doc))),
        dates=tuple(tag(doc.text, published, tense_of=doc_tense(doc))),
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
