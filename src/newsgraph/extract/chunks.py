"""Texts into spaCy: long texts in paragraph-aligned pieces, and one failure per text.

spaCy refuses a text past ``nlp.max_length`` (E088: a 5 MB article lost its whole batch)
and its memory grows with the text. A text longer than ``settings.max_nlp_chars`` is cut
into consecutive pieces of at most ``settings.chunk_chars``, at a blank line where the
piece has one (else a line break, a sentence end, a space); the pieces go through
``nlp.pipe`` beside the other texts and are joined again with ``Doc.from_docs``, so the
Doc has the original text and every span's offsets are the original's.

``nlp.pipe`` stops at the first text that makes a component raise, and the rest of its
batch is lost with it. Then that batch is run again one text at a time, so the failing
text alone becomes an ``AnalysisError`` and the others are analysed as usual.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Doc

from newsgraph.errors import AnalysisError
from newsgraph.settings import Settings

# Where a piece may end, best first: after a blank line, a line break, a sentence, a word.
SEPARATORS = ("\n\n", "\n", ". ", " ")
MAX_DETAIL = 200  # characters of spaCy's message kept in the error


def pipe(nlp: Any, texts: Sequence[str], settings: Settings) -> Iterator[Doc | AnalysisError]:
    """One processed Doc per text, in order, or the AnalysisError of that text."""
    limit = min(settings.max_nlp_chars, nlp.max_length)
    size = max(1, min(settings.chunk_chars, limit))
    plans = [pieces(text, size) if len(text) > limit else [text] for text in texts]
    results = _isolated(nlp, [piece for plan in plans for piece in plan], settings.batch_size)
    for plan in plans:
        docs = [next(results) for _ in plan]
        failure = next((d for d in docs if isinstance(d, Exception)), None)
        if failure is not None:
            yield _error(failure, len(plan))
        else:
            yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def pieces(text: str, size: int) -> list[str]:
    """``text`` as consecutive slices of at most ``size`` characters (they join back to
    ``text``), each ending at the best separator the slice holds."""
    out, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece text[start:end] should end: after its last, best separator."""
    for separator in SEPARATORS:
        at = text.rfind(separator, start, end)
        if at > start:
            return min(at + len(separator), end)
    return end  # one unbroken run of characters: cut it where it must be


def _isolated(nlp: Any, texts: list[str], batch_size: int) -> Iterator[Doc | Exception]:
    """``nlp.pipe`` over ``texts``; when it raises, the texts of the batch it was on are
    run one by one (each failure yielded in its text's place), then the pipe goes on."""
    start = 0
    while start < len(texts):
        try:
            for doc in nlp.pipe(texts[start:], batch_size=batch_size):
                start += 1
                yield doc
        except Exception:  # noqa: BLE001 - the failing text is found and reported below
            end = min(start + max(batch_size, 1), len(texts))
            for text in texts[start:end]:
                yield _one(nlp, text)
            start = end


def _one(nlp: Any, text: str) -> Doc | Exception:
    try:
        return nlp(text)
    except Exception as exc:  # handed on as data: the pipeline records it per article
        return exc


def _error(exc: Exception, count: int) -> AnalysisError:
    detail = f"{type(exc).__name__}: {exc}"[:MAX_DETAIL]
    where = f" (analysed in {count} pieces)" if count > 1 else ""
    return AnalysisError(f"the language model failed on this article{where}: {detail}",
                         hint="the rest of the batch went on; if the text is an ordinary "
                              "article, please report it as a bug")
