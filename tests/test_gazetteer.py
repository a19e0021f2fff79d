"""The place gazetteer: countries, demonyms, capitals, cities and curated names."""

from __future__ import annotations

import pytest

from newsgraph import gazetteer as gz
from newsgraph.gazetteer import Gazetteer, country_of_demonym, place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gz.gazetteer()


@pytest.mark.parametrize("name, kind, code", [
    ("Syria", "country", "SY"),
    ("Russia", "country", "RU"),
    ("Iran", "country", "IR"),
    ("Turkey", "country", "TR"),
    ("Türkiye", "country", "TR"),
    ("US", "country", "US"),
    ("the United Kingdom", "country", "GB"),
    ("Georgia", "country", "GE"),  # the country before the US state
    ("Aleppo", "city", "SY"),
    ("Tartus", "city", "SY"),  # an alternate name of Ţarţūs
    ("Palmyra", "city", "SY"),  # an alternate name of Tadmur, larger than its namesakes
    ("Moscow", "city", "RU"),  # before Moscow, Idaho
    ("Moskva", "city", "RU"),
    ("Wales", "region", "GB"),
    ("Hmeimim", "base", "SY"),
    ("Gaza", "area", "PS"),
])
def test_place(gaz, name, kind, code):
    p = gaz.place(name)
    assert (p.kind, p.country_code) == (kind, code)


@pytest.mark.parametrize("name", ["Hulusi Akar", "Twitter", "Kremlin", "BA", "xyzzy", ""])
def test_not_a_place(gaz, name):
    assert gaz.place(name) is None


def test_city_details(gaz):
    aleppo = gaz.place("Aleppo")
    assert aleppo.geonameid == 170063
    assert aleppo.lat == pytest.approx(36.2, abs=0.1) and aleppo.lon == pytest.approx(37.16, abs=0.1)
    assert aleppo.population > 1_000_000
    assert aleppo.label == "GPE"
    assert aleppo.to_kb()["country_code"] == "SY"


def test_article_countries_break_ties(gaz):
    # 'Damascus' is also a small US town; the article's countries pick the Syrian one
    assert gaz.place("Damascus", prefer_countries=("SY",)).country_code == "SY"
    assert gaz.place("Moscow", prefer_countries=("US",)).country_code == "US"


@pytest.mark.parametrize("word, country", [
    ("Syrian", "Syria"), ("Syrians", "Syria"), ("Russian", "Russia"), ("Turkish", "Turkey"),
    ("Turks", "Turkey"), ("Iranian", "Iran"), ("American", "United States"), ("British", "United Kingdom"),
    ("South African", "South Africa"), ("Filipinos", "Philippines"),
])
def test_demonyms(word, country):
    assert country_of_demonym(word).name == country


@pytest.mark.parametrize("word", ["Kurdish", "Arab", "Syria", "activist", ""])
def test_not_a_demonym(word):
    assert country_of_demonym(word) is None


def test_every_sizeable_country_has_a_demonym(gaz):
    have = set(gaz._demonyms.values())
    sizeable = {code for code, c in gaz._countries.items() if (c.population or 0) > 500_000}
    assert sizeable - have == {"CS"}  # Serbia and Montenegro, kept by GeoNames, split in 2006


def test_capitals(gaz):
    ankara = gaz.place("Ankara")
    assert ankara.capital and gaz.capital_country(ankara).name == "Turkey"
    assert gaz.capital_of("RU").name == "Moscow"
    assert not gaz.place("Aleppo").capital
    assert gaz.capital_country(gaz.place("Aleppo")) is None


def test_known_names(gaz):
    assert gaz.known("Twitter").label == "ORG"
    assert gaz.known("X").label == "ORG"
    assert gaz.known("the Kremlin").label == "ORG"
    assert gaz.known("Hmeimim").label == "FAC"
    assert gaz.known("Hulusi Akar") is None


def test_population_threshold():
    assert Gazetteer(min_population=15_000).place("Palmyra") is not None
    assert Gazetteer(min_population=100_000).place("Palmyra") is None  # about 51,000 people


def test_module_helpers():
    assert place("Damascus").country_code == "SY"
    assert gz.gazetteer() is gz.gazetteer()


@pytest.mark.parametrize("name, code", [
    ("Moscow", "RU"), ("Kyiv", "UA"), ("Washington", "US"), ("Abu Dhabi", "AE"),
    ("The Valley", None),  # Anguilla's capital: too small a country to be read from a word
    ("Aleppo", None),
])
def test_capital_country_code(gaz, name, code):
    assert gaz.capital_country_code(name) == code


@pytest.mark.parametrize("code, expected", [
    ("SY", "SYR"), ("ru", "RUS"), ("PS", "PSE"), ("EU", None), ("XK", None), (None, None),
])
def test_alpha3(code, expected):
    assert gz.alpha3(code) == expected


def test_known_names_say_whose_they_are(gaz):
    assert gaz.known("the Kremlin").country_code == "RU"
    assert gaz.known("NATO").country_code is None


@pytest.mark.parametrize("word, adjective", [
    ("Georgian", True), ("Spanish", True), ("Spaniard", False), ("Georgians", False),
])
def test_nationality_adjective(gaz, word, adjective):
    assert gaz.is_nationality_adjective(word) is adjective
