"""Which sector the words of a role or a name point to, read with the lexicon of
``data/sector_words.tsv`` (the sectors themselves are in ``data/sectors.tsv``).

No parse: the words are lower-cased, split at spaces and hyphens, made singular, and
matched against the lexicon's phrases, the longest phrase first.

    >>> reading = lexicon().read("former Defence Minister", "role")
    >>> reading.heads[0].sector, reading.ended
    ('GOV', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.gazetteer import fold

HOWS = ("office", "head", "person", "modifier", "ended", "future")
WHERES = ("role", "name", "any")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Sector:
    code: str
    meaning: str


@dataclass(frozen=True)
class Entry:
    """One phrase of the lexicon: its sector (None for '-') and how it gives it."""

    phrase: str
    sector: str | None
    how: str
    where: str


@dataclass(frozen=True)
class Reading:
    """What a role's or a name's words say: the modifier that sets the sector, if any; the
    entries that could give it, the last words first; whether the role is over or to come."""

    modifier: Entry | None
    heads: tuple[Entry, ...]
    ended: bool = False
    future: bool = False

    @property
    def person_noun(self) -> bool:
        """Whether the role names what a person is ('activist'), not a post ('minister'):
        then whose it is ('critic of the Kremlin') says nothing of the holder's country."""
        return bool(self.heads) and self.heads[0].how == "person"


def _lines(filename: str) -> list[list[str]]:
    text = resources.files("newsgraph.data").joinpath(filename).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def words(text: str) -> list[str]:
    """Lower-case, folded words without possessives: "Prosecutor’s Office" -> prosecutor,
    office; 'Vice-President' -> vice, president."""
    found = _WORD.findall(fold(text).replace(".", ""))
    return [w[:-2] if w.endswith("'s") else w.replace("'", "") for w in found]


class Lexicon:
    """The sector lexicon, indexed by phrase for role words and for names."""

    def __init__(self, entries: list[Entry], sectors: list[Sector]):
        self.sectors = {s.code: s for s in sectors}
        self.order = [s.code for s in sectors]
        self._index: dict[str, dict[tuple[str, ...], Entry]] = {"role": {}, "name": {}}
        for e in entries:
            for where in ("role", "name") if e.where == "any" else (e.where,):
                self._index[where][tuple(e.phrase.split())] = e
        self._vocabulary = {w for e in entries for w in e.phrase.split()}
        self._longest = max((len(e.phrase.split()) for e in entries), default=1)

    @classmethod
    def load(cls) -> Lexicon:
        sectors = [Sector(code.strip(), meaning.strip()) for code, meaning in _lines("sectors.tsv")]
        entries = []
        for phrase, sector, how, where in _lines("sector_words.tsv"):
            sector = sector.strip()
            if how.strip() not in HOWS or where.strip() not in WHERES or (
                    sector != "-" and sector not in {s.code for s in sectors}):
                raise ValueError(f"sector_words.tsv: bad entry {phrase!r}")
            entries.append(Entry(phrase.strip(), None if sector == "-" else sector,
                                 how.strip(), where.strip()))
        return cls(entries, sectors)

    def rank(self, sector: str | None) -> int:
        """The place of a sector in ``sectors.tsv``: lower is preferred."""
        return self.order.index(sector) if sector in self.order else len(self.order)

    def singular(self, word: str) -> str:
        """The lexicon's form of a word: 'forces' -> force, 'spokesmen' -> spokesman."""
        if word in self._vocabulary:
            return word
        for suffix, replacement in (("ies", "y"), ("men", "man"), ("es", ""), ("s", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + replacement in self._vocabulary:
                return word[: -len(suffix)] + replacement
        return word

    def matches(self, text: str, where: str) -> list[tuple[int, int, Entry]]:
        """(start, end, entry) of every phrase found, none inside a longer one."""
        tokens = [self.singular(w) for w in words(text)]
        index = self._index[where]
        found = []
        for i in range(len(tokens)):
            for n in range(min(self._longest, len(tokens) - i), 0, -1):
                entry = index.get(tuple(tokens[i:i + n]))
                if entry:
                    found.append((i, i + n, entry))
                    break
        return [m for m in found
                if not any(o[0] <= m[0] and m[1] <= o[1] and o != m for o in found)]

    def read(self, text: str, where: str) -> Reading:
        """What ``text`` (a role's words when ``where`` is 'role', else a name) says. In a
        role, the words after 'of' name its owner, not the post ('prisoner of the regime')."""
        found = self.matches(text, where)
        if where == "role":
            found = [m for m in found if m[0] < _owner_start(text, found, self)]
        modifier = next((e for _, _, e in found if e.how == "modifier"), None)
        heads = tuple(e for _, _, e in sorted(found, key=lambda m: -m[1])
                      if e.how in ("office", "head", "person"))
        return Reading(modifier, heads, ended=any(e.how == "ended" for _, _, e in found),
                       future=any(e.how == "future" for _, _, e in found))


def _owner_start(text: str, found: list[tuple[int, int, Entry]], lex: Lexicon) -> int:
    """The index of the first 'of' that is not inside a phrase ('head of state')."""
    tokens = [lex.singular(w) for w in words(text)]
    for i, token in enumerate(tokens):
        if token == "of" and not any(s < i < e for s, e, _ in found):
            return i
    return len(tokens)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shared lexicon (read once per process)."""
    return Lexicon.load()
