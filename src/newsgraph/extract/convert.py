"""The one converter from a processed spaCy Doc to newsgraph's ``Extraction`` record."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.coref import resolve_references
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.events import find_events
from newsgraph.extract.nlp import sentence_parser
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.roles import find_roles
from newsgraph.extract.timex import doc_tense, tag
from newsgraph.gazetteer import gazetteer
from newsgraph.records import CleanArticle, Extraction, Span
from newsgraph.settings import Settings


def to_extraction(
    doc: Doc, settings: Settings, nlp: Language, clean: CleanArticle | None = None
) -> Extraction:
    """Mentions, roles, references, sentences, quotes, dates and events of one article.

    ``clean.published`` anchors relative dates (without it they keep no value). The parser
    runs only on the sentences the quote and event finders ask for, once each.
    """
    clean = clean or CleanArticle(text=doc.text)
    gaz = gazetteer(settings.min_place_population)
    found = find_mentions(doc, gaz)
    mentions = tuple(f.to_mention() for f in found)
    stated = find_roles(doc, found, gaz)
    references, described = resolve_references(doc, mentions, stated, gaz)
    roles = tuple(stated + described)
    sentences = tuple(sentence_spans(doc))
    spans = [(s.start, s.end) for s in sentences]
    parse = sentence_parser(nlp, doc)
    dates = tuple(tag(doc.text, clean.published, tense_of=doc_tense(doc)))
    return Extraction(
        mentions=mentions,
        roles=roles,
        references=tuple(references),
        sentences=sentences,
        quotes=tuple(find_quotes(doc.text, spans, mentions, parse, references)),
        dates=dates,
        events=tuple(find_events(doc.text, spans, mentions, dates, parse,
                                 dateline=clean.dateline)),
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
