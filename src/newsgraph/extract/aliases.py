"""Which named mention a shorter name, an acronym or a handle stands for, inside one
article, and what the article's words tell of its people's genders (``NameIndex``).

- a shorter name of a person named in full: a surname ('Assad'), a first part ('Wang' of
  'Wang Yi', 'Mohammed' of 'Sheikh Mohammed bin Abdulrahman Al-Thani'), a surname before
  'Jr.' ('Marcos'); a surname two people share is told apart by the title before it ('Mrs.
  Trump' is Melania Trump);
- an acronym of an organisation: written in brackets after its name ('National Liberation
  Army (ELN)'), or the initials of exactly one named organisation ('ICC', 'HC' of 'Islamabad
  High Court');
- a social media handle of a person ('@JoeBiden' for Joe Biden);
- a part of exactly one longer name of an organisation ('Treasury' of 'Treasury Department').

Only when exactly one actor fits. Pure string work over the article's mentions: no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.extract import lexicon
from newsgraph.records import Mention
from newsgraph.resolve.names import is_acronym_of, name_key, name_tokens

_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z&]{1,6})\)")
_MALE_TITLES = frozenset("mr mister sir lord".split())
_FEMALE_TITLES = frozenset("mrs ms miss madam dame lady".split())


class NameIndex:
    """The article's people by name: which full name a shorter one is part of, their genders,
    and acronyms of its organisations."""

    def __init__(self, mentions: Sequence[Mention], text: str):
        self.text = text
        self.mentions = mentions
        self.full: dict[str, Mention] = {}
        for m in mentions:
            if m.label == "PERSON" and len(_tokens(m.text)) >= 2:
                self.full.setdefault(name_key(m.text), m)
        self.genders = _genders(text, [m for m in mentions if m.label == "PERSON"])
        self.defined: dict[str, Mention] = {}  # 'ELN' -> 'National Liberation Army (ELN)'
        for m in mentions:
            found = _BRACKETED.match(text, m.end)
            if m.label != "PERSON" and found and not _ACRONYM.match(m.text):
                self.defined.setdefault(found.group(1), m)

    def full_name_of(self, m: Mention) -> tuple[Mention, str] | None:
        """(the full name's first mention, why) for a shorter name or an acronym."""
        if m.text.startswith("@"):
            return self._handle(m)
        if m.label == "PERSON":
            return self._person(m)
        if _ACRONYM.match(m.text):
            return self._acronym(m)
        return self._org_part(m) if m.label == "ORG" else None

    def _handle(self, m: Mention) -> tuple[Mention, str] | None:
        """'@JoeBiden' -> Joe Biden: the words of a handle are a person's full name."""
        full = self.full.get(name_key(" ".join(re.findall(r"[A-Z][a-z]+", m.text[1:]))))
        return (full, f"social media handle of {full.text}") if full is not None else None

    def _org_part(self, m: Mention) -> tuple[Mention, str] | None:
        """'Treasury' of 'Treasury Department': the one longer organisation name that holds
        a one-word one (not a word such as 'Council' many names share)."""
        short = name_tokens(m.text)
        if len(short) != 1 or short[0] in lexicon.ORG_HEADS:
            return None
        owners = {name_key(f.text): f for f in self.mentions if f.label == "ORG"
                  and short[0] in name_tokens(f.text)[:-1] + name_tokens(f.text)[-1:]
                  and len(name_tokens(f.text)) > 1}
        if len(owners) != 1:
            return None
        full = next(iter(owners.values()))
        return full, f"short name of {full.text}"

    def _person(self, m: Mention) -> tuple[Mention, str] | None:
        short = _tokens(m.text)
        if not short or name_key(m.text) in self.full:
            return None
        owners = {k: f for k, f in self.full.items() if _part_of(short, _tokens(f.text))}
        owners = {k: f for k, f in owners.items()
                  if not any(j != k and _part_of(_tokens(f.text), _tokens(g.text))
                             for j, g in owners.items())}
        if len(owners) > 1:  # 'Mrs. Trump' is Melania Trump, not Donald Trump
            title = title_gender(self.text, m.start)
            owners = {k: f for k, f in owners.items() if title and self.gender(f) == title}
        if len(owners) != 1:
            return None
        full = next(iter(owners.values()))
        return full, f"{_relation(short, _tokens(full.text))} of {full.text}"

    def _acronym(self, m: Mention) -> tuple[Mention, str] | None:
        defined = self.defined.get(m.text)
        if defined is not None and defined is not m:
            return defined, f"acronym of {defined.text}, written in brackets after it"
        fits = {name_key(f.text): f for f in self.mentions if f.label != "PERSON"
                and f is not m and not _ACRONYM.match(f.text) and is_acronym_of(m.text, f.text)}
        if len(fits) != 1:
            return None
        full = next(iter(fits.values()))
        return full, f"initials of {full.text}"

    def gender(self, m: Mention) -> str | None:
        """From the mention's own words (a first name) or its title, else its surname's."""
        words = [w.lower().rstrip(".") for w in m.text.split()[:-1]]
        own = _gender_of(words + [title_gender(self.text, m.start) or ""])
        if own:
            return own
        tokens = _tokens(m.text)
        return self.genders.get(tokens[-1]) if tokens else None


def _tokens(name: str) -> list[str]:
    """A name's folded tokens without a trailing 'Jr.' or 'II'."""
    tokens = name_tokens(name)
    while len(tokens) > 1 and tokens[-1] in lexicon.NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def _part_of(short: list[str], full: list[str]) -> bool:
    """'assad' ends 'bashar assad'; 'ali abbas' is the first and last of 'ali mahmoud abbas';
    'wang' begins 'wang yi' (family name first, or a given name after a title)."""
    if not short or len(short) >= len(full):
        return False
    return (full[-len(short):] == short or full[:len(short)] == short
            or (len(short) > 1 and short[0] == full[0] and short[-1] == full[-1]))


def _relation(short: list[str], full: list[str]) -> str:
    if full[-len(short):] == short:
        return "surname" if len(short) == 1 else "shorter name"
    if full[:len(short)] == short:
        return "first part of the name"
    return "shorter name"


def title_gender(text: str, start: int) -> str | None:
    """'m' or 'f' from a title right before a name: 'Mrs. Trump', 'Mr Putin'."""
    before = re.search(r"\b([A-Za-z]+)\.?\s+$", text[max(0, start - 12):start])
    word = before.group(1).lower() if before else ""
    return "m" if word in _MALE_TITLES else "f" if word in _FEMALE_TITLES else None


def _gender_of(cues: list[str]) -> str | None:
    found = {"m" for c in cues if c in lexicon.MALE_CUES or c == "m"} | {
        "f" for c in cues if c in lexicon.FEMALE_CUES or c == "f"}
    return next(iter(found)) if len(found) == 1 else None


def _genders(text: str, people: Sequence[Mention]) -> dict[str, str]:
    """Surname -> 'm' or 'f' where titles, role words or first names agree on one."""
    seen: dict[str, set[str]] = {}
    for p in people:
        words = p.text.split()
        cues = [w.lower().rstrip(".") for w in words[:-1]]
        before = re.search(r"([A-Za-z]+)\.?\s+(?:[A-Z]\.\s+)?$", text[max(0, p.start - 25):p.start])
        if before:
            cues.append(before.group(1).lower())
        found = {"m" for c in cues if c in lexicon.MALE_CUES} | {
            "f" for c in cues if c in lexicon.FEMALE_CUES}
        tokens = _tokens(p.text)
        if found and tokens:
            seen.setdefault(tokens[-1], set()).update(found)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
