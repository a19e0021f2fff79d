"""The one converter from a processed spaCy Doc to newsgraph's ``Extraction`` record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract import events, quotes
from newsgraph.extract.coref import reference_at, resolve_references
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.events import ArticleContext, find_events
from newsgraph.extract.events.captions import captions
from newsgraph.extract.nlp import (
    Stretch, parse_stretches, sentence_parser, sentence_words, text_of,
)
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.roles import find_roles
from newsgraph.extract.timex import doc_tense, tag
from newsgraph.gazetteer import gazetteer
from newsgraph.records import CleanArticle, Extraction, Mention, Span
from newsgraph.settings import Settings


# The finders' own tests of which sentences they will ask ``parse`` for at once. The
# sentences that pass one are parsed ahead, a batch of articles in one parser call; a
# finder asking for any other sentence gets it parsed there and then, so these only decide
# the batching. Events judge a sentence by its text; quotes by its text and words.


@dataclass(frozen=True)
class _Parts:
    """What the finders of one article share: its mentions, sentences, parse and context."""

    mentions: tuple
    roles: tuple
    references: tuple
    quotes: tuple
    dates: tuple
    spans: list
    parse: Callable[[int, int], Doc]
    context: ArticleContext


def _parts(doc: Doc, settings: Settings, nlp: Language, clean: CleanArticle,
           sentences: tuple[Span, ...] | None, parsed: dict[Stretch, Doc] | None) -> _Parts:
    if sentences is None:
        ((sentences, parsed),) = parse_ahead(nlp, [doc])
    gaz = gazetteer(settings.min_place_population)
    found = find_mentions(doc, gaz)
    mentions = tuple(f.to_mention() for f in found)
    spans = [(s.start, s.end) for s in sentences]
    parse = sentence_parser(nlp, doc, parsed)
    stated = find_roles(doc, found, gaz)
    references, described = resolve_references(doc, mentions, stated, gaz)
    roles = tuple(stated + described)
    quotes = tuple(find_quotes(text_of(doc), spans, mentions, parse, references,
                               sentence_words(nlp, doc)))
    context = ArticleContext(dateline=clean.dateline, roles=roles, gazetteer=gaz, quotes=quotes,
                             resolve=_resolver(references), published=clean.published,
                             captions=captions(clean.dropped, clean.published, gaz))
    dates = tuple(tag(text_of(doc), clean.published, tense_of=doc_tense(doc)))
    return _Parts(mentions, roles, tuple(references), quotes, dates, spans, parse, context)


def to_extraction(
    doc: Doc, settings: Settings, nlp: Language, clean: CleanArticle | None = None, *,
    sentences: tuple[Span, ...] | None = None, parsed: dict[Stretch, Doc] | None = None,
) -> Extraction:
    """Mentions, roles, references, sentences, quotes, dates and events of one article.

    ``clean.published`` anchors relative dates (without it they keep no value). The parser
    runs only on the sentences the quote and event finders ask for, once each; ``parsed``
    holds those parsed ahead (``parse_ahead``, which also gives ``sentences``).
    """
    clean = clean or CleanArticle(text=text_of(doc))
    if sentences is None:
        ((sentences, parsed),) = parse_ahead(nlp, [doc])
    p = _parts(doc, settings, nlp, clean, sentences, parsed)
    return Extraction(
        mentions=p.mentions,
        roles=p.roles,
        references=p.references,
        sentences=sentences,
        quotes=p.quotes,
        dates=p.dates,
        events=tuple(find_events(text_of(doc), p.spans, p.mentions, p.dates, p.parse, p.context)),
    )


def event_candidates(doc: Doc, settings: Settings, nlp: Language) -> list[events.Candidate]:
    """Every event trigger of a processed text before merging, with the same context the
    article pipeline gives the finder (for benchmarks that judge one main event)."""
    p = _parts(doc, settings, nlp, CleanArticle(text=text_of(doc)), None, None)
    return events.candidates(text_of(doc), p.spans, p.mentions, p.dates, p.parse, p.context)


def _resolver(references):
    """Pronouns and descriptions at a span -> the named mention coreference says they stand
    for (``words``, how the caller reads them, is coreference's to judge)."""
    def resolve(start: int, end: int, words: str) -> Mention | None:
        ref = reference_at(references, start, end)
        return ref.antecedent if ref is not None and ref.antecedent.source != "description" else None

    return resolve


def sentence_spans(doc: Doc) -> list[Span]:
    """Each sentence's stretch of text, without the white space around it."""
    out = []
    whole = text_of(doc)
    for sent in doc.sents:
        text = whole[sent.start_char:sent.end_char]  # ``sent.text``, not joined token by token
        stripped = text.strip()
        if stripped:
            start = sent.start_char + (len(text) - len(text.lstrip()))
            out.append(Span(start, start + len(stripped), stripped))
    return out


def parse_ahead(nlp: Language, docs: list[Doc]
                ) -> list[tuple[tuple[Span, ...], dict[Stretch, Doc]]]:
    """Each doc's sentences, and the ones the finders want at once (``wants_parse``) parsed
    in one parser call."""
    sentences = [tuple(sentence_spans(doc)) for doc in docs]
    wanted = [(doc, [(s.start, s.end) for s in sents if wants_parse(nlp, doc, s)])
              for doc, sents in zip(docs, sentences)]
    return list(zip(sentences, parse_stretches(nlp, wanted)))


def wants_parse(nlp: Language, doc: Doc, sentence: Span) -> bool:
    """Whether the event or the quote finder will ask for ``sentence`` parsed at once."""
    return events.needs_parse(sentence.text) or quotes.wants_parse(
        text_of(doc), sentence.start, sentence.end, sentence_words(nlp, doc))
