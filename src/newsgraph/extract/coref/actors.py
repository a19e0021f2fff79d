"""The actors a coreference walk keeps, and the word tests its rules share."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.extract.quotes.lexicon import CUE_FORMS
from newsgraph.records import Mention

MASCULINE = frozenset("he him his himself".split())
FEMININE = frozenset("she her hers herself".split())


@dataclass
class Actor:
    """Someone or something the article names or describes, as the walk has seen it."""

    mention: Mention  # what references to it get as their antecedent
    person: bool
    gender: str | None = None
    roles: list[tuple[frozenset[str], str, str | None]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  # nouns that describe it
    words: set[str] = field(default_factory=set)  # the words of its name or description
    document: bool = False  # a statement, report...: it speaks for whoever issued it
    owners: set[str] = field(default_factory=set)  # owner keys it stands for ('us', 'sa')
    plural: bool = False  # 'officials': never 'he' or 'she'
    owner: str | None = None  # a description's owner: 'libya', 'white house'
    last: int = -1
    last_end: int = -1
    late: bool = False  # called 'the late ...': dead, as 'the late activist' says again
    nearest: Mention | None = None  # its latest name outside quotes: what a pronoun points at
    seen: int = 0  # how often it was named or referred to
    opened: set[int] = field(default_factory=set)  # sentences it opens
    spoke: int = -1  # where it was last reported speaking


def is_cue(tok: Token) -> bool:
    return tok.lower_ in CUE_FORMS and tok.tag_.startswith("VB")


def words_of(text: str) -> str:
    return " ".join(text.split())
