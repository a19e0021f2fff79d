"""Name keys shared by in-article and cross-article identity."""

from __future__ import annotations

import pytest

from newsgraph.resolve.names import fold, name_key, strip_possessive, surname_key


@pytest.mark.parametrize("name, key", [
    ("Bashar Al-Assad's", "bashar assad"),
    ("Bashar Assad", "bashar assad"),
    ("Al-Sharaa\u2019s", "sharaa"),
    ("al-Sharaa", "sharaa"),
    ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ("Al", "al"),  # a lone particle is kept rather than lost
    ("", ""),
])
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("name, surname", [
    ("Bashar Al-Assad", "assad"), ("Vladimir Putin", "putin"), ("Putin", "putin"), ("", ""),
])
def test_surname_key(name, surname):
    assert surname_key(name) == surname


@pytest.mark.parametrize("name, stripped", [
    ("Al-Sharaa\u2019s", "Al-Sharaa"), ("Moscow's", "Moscow"), ("Moscow", "Moscow"), ("Syrians'", "Syrians"),
])
def test_strip_possessive(name, stripped):
    assert strip_possessive(name) == stripped


def test_fold():
    assert fold("Türkiye \u2013 Al\u2019s") == "turkiye - al's"
