"""Actor codes in time: a country (ISO 3166 alpha-3) and a sector (``data/sectors.tsv``) for
an actor, in the spirit of CAMEO's actor codes, each saying where it came from.

People are coded from their roles as each article reported them ("Turkey's Defence
Minister Hulusi Akar" -> TUR GOV from that article's date): a code holds from the date of
the report that gave it until a later report ends it ("former president"), so a president
ousted later keeps GOV for what he did before. Everything else is coded from what its
name and knowledge-base links say: a country acts through its state (GOV), a capital
stands for its government, a group's or an organisation's words give its sector
("Syrian opposition activists" -> SYR OPP), the gazetteer gives the country of a city,
a demonym or a name's country words ("Iraqi Embassy" -> IRQ GOV).

No SQL and no spaCy here: the store hands in ``ActorFacts`` and asks for a ``CodeHistory``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from newsgraph.gazetteer import Gazetteer, alpha3, gazetteer
from newsgraph.resolve.sectors import Lexicon, Reading, lexicon

# Types of actor that can act; works, laws, products and dates get no code.
CODED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# Sectors of the state: a former holder of one of these is one of its elites (ELI).
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG"})
# What a known name's kind says of its sector when its words say nothing.
_KNOWN_KINDS = {"government": "GOV", "organisation": "IGO"}
_PLACE_KINDS = frozenset({"city", "region", "area", "base"})
# Names whose words may say whose they are ('Iraqi Embassy'); a place's may not ('South
# China Sea', 'Latin America').
_NAMED_BODIES = frozenset({"ORG", "NORP", "FAC", None})
_NOT_OF = frozenset({"pro", "anti", "non", "ex", "post", "pre"})
_MAX_COUNTRY_WORDS = 3


@dataclass(frozen=True)
class ActorCode:
    """An actor's country and sector, how they were found (``source``: role, former role,
    country, capital, place, demonym, group, known name, name) and from which words
    (``basis``); a role's code holds ``since`` its report's date, in ``article_id``."""

    country: str | None
    sector: str | None
    source: str
    basis: str
    since: str | None = None
    article_id: str | None = None
    start: int | None = None
    end: int | None = None

    @property
    def code(self) -> str:
        """'SYR GOV', 'SYR' when there is no sector, '--- GOV' when there is no country."""
        return f"{self.country or '---'} {self.sector}" if self.sector else self.country or ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "sector": self.sector,
                "source": self.source, "basis": self.basis, "since": self.since,
                "article_id": self.article_id, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class RoleFact:
    """One role as a stored article reported it, with what the store knows of its owner."""

    role: str
    reported: str | None
    article_id: str
    start: int | None = None
    end: int | None = None
    of_name: str | None = None
    of_type: str | None = None
    of_kb: dict[str, Any] | None = None


@dataclass(frozen=True)
class ActorFacts:
    """What the store knows of an actor that bears on its code."""

    id: int
    name: str
    type: str
    kb: dict[str, Any] | None = None
    roles: tuple[RoleFact, ...] = ()


@dataclass(frozen=True)
class CodeHistory:
    """An actor's codes over time: ``base`` from its name (holds at any date), ``steps``
    the code in force from each report's date on (None: no role code from then)."""

    base: ActorCode | None
    steps: tuple[tuple[str, ActorCode | None], ...] = ()

    def at(self, day: str | None) -> ActorCode | None:
        """The code at ISO date ``day`` (None: today's, the latest). Before the first report
        of a role, that report's code is used, saying it was reported later."""
        if not self.steps:
            return self.base
        if first_day(day) is None:
            return self.steps[-1][1] or self.base
        i = bisect.bisect_right([first_day(d) for d, _ in self.steps], first_day(day))
        if i:
            return self.steps[i - 1][1] or self.base
        later = next((c for _, c in self.steps if c and c.source == "role"), None)
        return replace(later, source="role reported later") if later else self.base

    @property
    def current(self) -> ActorCode | None:
        return self.at(None)

    def entries(self) -> tuple[ActorCode, ...]:
        """The codes in order: the one from the name, then each change of the role code."""
        out = [self.base] if self.base else []
        out += [c for _, c in self.steps if c is not None]
        return tuple(dict.fromkeys(out))


def first_day(value: str | None) -> str | None:
    """The first ISO day an ISO prefix covers: '2025' -> 2025-01-01, '2025-W42' ->
    2025-10-13; None for what is no date ('not a date')."""
    if not isinstance(value, str):
        return None
    week = _WEEK.match(value)
    try:
        if week:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
        day = _DAY.match(value)
        if day:
            return date(int(day[1]), int(day[2] or 1), int(day[3] or 1)).isoformat()
    except ValueError:
        pass
    return None


_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])")


class Coder:
    """Codes actors from their facts, with one gazetteer and one sector lexicon."""

    def __init__(self, gaz: Gazetteer | None = None, lex: Lexicon | None = None):
        self.gaz = gaz or gazetteer()
        self.lex = lex or lexicon()

    # ---- names ---------------------------------------------------------------------------

    def name_code(self, type_: str | None, name: str, kb: dict[str, Any] | None
                  ) -> ActorCode | None:
        """The code an actor's name and kb give, whatever the date. People get none, but
        for a group the model typed as a person ('Syrian activists', 'Nigeriens')."""
        if type_ == "PERSON" and self._group_words(name):
            type_ = "NORP"
        if type_ is not None and type_ not in CODED_TYPES - {"PERSON"}:
            return None  # None: an owner known only by its words ('of Colombia')
        kb = {k: v for k, v in (kb or {}).items() if isinstance(v, (str, bool))}
        kind, country = kb.get("kind"), alpha3(kb.get("country_code"))
        if kind == "country" or (type_ in ("GPE", None) and not kb and self.gaz.country(name)):
            country = country or alpha3(self.gaz.country(name).country_code)
            return ActorCode(country, "GOV", "country", f"{name}: a country, acting as a state")
        if kb.get("capital") and country:
            return ActorCode(country, "GOV", "capital", f"{name}: a capital, for its government")
        words = " ".join(filter(None, [name, kb.get("head") if kind == "group" else None]))
        sector, said = self._sector_of_name(words)
        known = self.gaz.known(name)
        if sector is None and known and known.kind in _KNOWN_KINDS:
            sector, said = _KNOWN_KINDS[known.kind], f"known {known.kind}"
        found = country or alpha3(known.country_code if known else None)
        if not found and type_ in _NAMED_BODIES:
            found = self._country_in(name, capitals=sector is not None)
        if sector == "IGO":
            found = None  # an intergovernmental body belongs to no one country
        if not sector and not found:
            return None
        return ActorCode(found, sector, _name_source(kind, known, said), _basis(name, said, found))

    def _group_words(self, name: str) -> bool:
        """Whether a name is words for a group, not a proper name: every word lower-case or
        a demonym, and a demonym alone only in the plural ('Nigeriens', not 'Syrian')."""
        words = _tokens(name)
        if not words or not all(w.islower() or self.gaz.country_of_demonym(w) for w in words):
            return False
        return any(w.islower() or w.endswith("s") for w in words)

    def _sector_of_name(self, text: str) -> tuple[str | None, str | None]:
        reading = self.lex.read(text, "name")
        entry = reading.modifier or next((e for e in reading.heads if e.sector), None)
        return (entry.sector, entry.phrase) if entry else (None, None)

    def _country_in(self, text: str, capitals: bool = False) -> str | None:
        """The country a name's or a role's words name: a country ('US Department'), a
        demonym ('Iraqi Embassy'), with ``capitals`` a capital ('Moscow Stock Exchange');
        never the country a 'pro-' or 'anti-' word is for or against."""
        tokens = [t.strip(".,;:()'\u2019\"") or t for t in _tokens(text)]
        for n in range(min(_MAX_COUNTRY_WORDS, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                words = " ".join(tokens[i:i + n])
                if not words[:1].isupper():
                    continue
                place = self.gaz.country(words) or self.gaz.country_of_demonym(words)
                code = place.country_code if place else (
                    self.gaz.capital_country_code(words) if capitals else None)
                if code:
                    return alpha3(code)
        return None

    # ---- roles ---------------------------------------------------------------------------

    def role_code(self, fact: RoleFact) -> tuple[ActorCode, str | None] | None:
        """The code one role report gives and, when it says the role is over ('former
        minister'), the sector the role had (its code is then ELI for the state's posts)."""
        reading = self.lex.read(fact.role, "role")
        if reading.future:
            return None
        owner = self.name_code(fact.of_type, fact.of_name, fact.of_kb) if fact.of_name else None
        sector = self._role_sector(reading, owner, fact.of_name is not None)
        country = owner.country if owner and not reading.person_noun else None
        country = country or self._country_in(fact.role)
        if not sector and not country:
            return None
        basis = fact.role + (f" of {fact.of_name}" if fact.of_name else "")
        where = {"since": fact.reported, "article_id": fact.article_id, "start": fact.start,
                 "end": fact.end}
        if reading.ended:
            elite = "ELI" if sector in STATE_SECTORS else None
            return ActorCode(country, elite, "former role", basis, **where), sector
        return ActorCode(country, sector, "role", basis, **where), None

    def _role_sector(self, reading: Reading, owner: ActorCode | None, has_owner: bool
                     ) -> str | None:
        if reading.modifier:
            return reading.modifier.sector
        territory = owner is not None and owner.source in ("country", "capital", "place",
                                                           "demonym")
        for entry in reading.heads:
            if entry.how != "head":
                sector = entry.sector
            elif has_owner and not territory:
                sector = owner.sector if owner else None  # the post of an organisation
            else:
                sector = entry.sector  # of a country, or of no one said
            if sector:
                return sector
        return None

    # ---- history -------------------------------------------------------------------------

    def history(self, facts: ActorFacts) -> CodeHistory:
        """Every role report of ``facts`` applied in date order over its name's code."""
        base = self.name_code(facts.type, facts.name, facts.kb)
        dated = sorted((r for r in facts.roles if first_day(r.reported)),
                       key=lambda r: first_day(r.reported))
        undated = [r for r in facts.roles if not first_day(r.reported)]
        active: dict[tuple[str | None, str | None], ActorCode] = {}
        steps: list[tuple[str, ActorCode | None]] = []
        for fact in dated:
            self._apply(active, fact)
            chosen = self._choose(active)
            if steps and steps[-1][0] == fact.reported:
                steps[-1] = (fact.reported, chosen)
            elif (steps and steps[-1][1] != chosen) or (not steps and chosen):
                steps.append((fact.reported, chosen))
        if not dated and undated:
            for fact in undated:
                self._apply(active, fact)
            base = self._choose(active) or base
        return CodeHistory(base, tuple(steps))

    def _apply(self, active: dict, fact: RoleFact) -> None:
        found = self.role_code(fact)
        if found is None:
            return
        code, ended = found
        if ended:  # 'former president': the posts of that sector (and country) are over
            for key in [k for k in active if k[0] == ended
                        and (code.country is None or k[1] in (code.country, None))]:
                del active[key]
        key = (code.sector, code.country)
        if (code.sector or code.country) and key not in active:
            active[key] = code  # a role reported again keeps the date of its first report

    def _choose(self, active: dict) -> ActorCode | None:
        """The code in force among the active ones: the state's sectors first (as listed in
        sectors.tsv), then the most recent; a missing country is taken from another."""
        if not active:
            return None
        ranked = sorted(active.values(), key=lambda c: (
            self.lex.rank(c.sector), c.sector is None, -_ordinal(c.since)))
        best = ranked[0]
        other = next((c for c in ranked if c.country), None) if best.country is None else None
        if other:
            best = replace(best, country=other.country,
                           basis=f"{best.basis}; country: {other.basis}")
        return best


def _tokens(text: str) -> list[str]:
    """Words split at spaces and slashes, hyphenated ones into their parts unless they are
    for or against something ('pro-Russian')."""
    out: list[str] = []
    for token in re.split(r"[\s/]+", text):
        parts = re.split(r"[-\u2013\u2014]", token)
        if len(parts) == 1 or parts[0].lower() not in _NOT_OF:
            out.extend(p for p in parts if p)
    return out


def _ordinal(day: str | None) -> int:
    first = first_day(day)
    return date.fromisoformat(first).toordinal() if first else 0


def _name_source(kind: str | None, known: Any, said: str | None) -> str:
    if kind == "group":
        return "group"
    if said and said.startswith("known "):
        return "known name"
    if kind == "demonym":
        return "demonym"
    if kind in _PLACE_KINDS and not said:
        return "place"
    return "name"


def _basis(name: str, said: str | None, country: str | None) -> str:
    parts = [f"'{said}'" if said and not said.startswith("known ") else said,
             f"country {country}" if country else None]
    return f"{name}: " + ", ".join(p for p in parts if p)
