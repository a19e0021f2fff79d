"""Actor codes in time: roles at the date of each report, names, groups and places."""

from __future__ import annotations

import pytest

from newsgraph.resolve.codes import ActorFacts, Coder, RoleFact, first_day

SYRIA = {"kind": "country", "country_code": "SY", "geonameid": 163843}
TURKEY = {"kind": "country", "country_code": "TR"}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _role(role, reported, of=None, of_type="GPE", of_kb=None, article="a1"):
    return RoleFact(role, reported, article, 0, len(role), of, of_type if of else None, of_kb)


def _person(*roles, name="X"):
    return ActorFacts(1, name, "PERSON", None, tuple(roles))


def test_a_minister_with_a_country_gets_it_and_gov(coder):
    h = coder.history(_person(_role("Defence Minister", "2022-12-29", "Turkey", of_kb=TURKEY)))
    code = h.at("2022-12-28")
    assert (code.code, code.source) == ("TUR GOV", "role reported later")
    assert h.at("2023-01").code == "TUR GOV"
    assert (h.current.since, h.current.article_id, h.current.basis) == (
        "2022-12-29", "a1", "Defence Minister of Turkey")


def test_a_president_ousted_later_keeps_gov_before_the_ouster(coder):
    h = coder.history(_person(
        _role("President", "2022-12-29", "Syria", of_kb=SYRIA),
        _role("former president", "2025-10-21", "Syria", of_kb=SYRIA, article="a2")))
    assert h.at("2024-06-01").code == "SYR GOV"
    assert h.at("2025-10-21").code == "SYR ELI"
    assert h.current.source == "former role"
    assert [c.code for c in h.entries()] == ["SYR GOV", "SYR ELI"]


def test_a_new_post_after_another(coder):
    h = coder.history(_person(_role("activist", "2020-05-01"),
                              _role("Foreign Minister", "2023-02-01", "Syria", of_kb=SYRIA)))
    assert h.at("2021").code == "--- CVL"
    assert h.at("2023-03").code == "SYR GOV"


def test_a_former_role_of_another_sector_ends_nothing_of_the_state(coder):
    h = coder.history(_person(_role("President", "2022-01-01", "Syria", of_kb=SYRIA),
                              _role("former prisoner", "2023-01-01")))
    assert h.current.code == "SYR GOV"


def test_a_post_takes_the_sector_and_country_of_its_organisation(coder):
    kremlin = _role("spokesperson", "2023-03-18", "Kremlin", of_type="ORG")
    assert coder.history(_person(kremlin)).current.code == "RUS GOV"
    company = _role("president", "2023-01-01", "Rosneft", of_type="ORG")
    assert coder.history(_person(company)).current is None  # of a company we cannot code


def test_a_person_noun_does_not_take_its_owner_country(coder):
    critic = _role("critic", "2024-02-27", "Kremlin", of_type="ORG")
    assert coder.history(_person(critic)).current.code == "--- OPP"


def test_an_owner_known_only_by_name(coder):
    h = coder.history(_person(_role("President", "2023-06-09", "Colombia", of_type=None)))
    assert h.current.code == "COL GOV"


def test_a_role_to_come_gives_no_code(coder):
    assert coder.history(_person(_role("President-elect", "2024-11-06", "Syria",
                                       of_kb=SYRIA))).current is None


def test_a_bare_post_gets_its_country_from_another_report(coder):
    h = coder.history(_person(_role("President", "2023-02-20", "Ukraine",
                                    of_kb={"kind": "country", "country_code": "UA"}),
                              _role("President", "2025-06-17")))
    assert h.current.code == "UKR GOV"


@pytest.mark.parametrize("name, code", [
    ("Syrian opposition activists", "SYR OPP"), ("Iraqi protesters", "IRQ CVL"),
    ("Nigeriens", "NER"), ("police", "--- COP"),
    ("Syrian", None), ("Houthis", None), ("Julie Bishop", None), ("Marine Le Pen", None),
])
def test_a_group_typed_as_a_person_is_coded_from_its_words(coder, name, code):
    found = coder.history(ActorFacts(1, name, "PERSON")).current
    assert (found.code if found else None) == code


def test_people_without_roles_have_no_code(coder):
    assert coder.history(_person(name="Syria")).current is None


@pytest.mark.parametrize("type_, name, kb, code, source", [
    ("GPE", "Syria", SYRIA, "SYR GOV", "country"),
    ("GPE", "Turkey", None, "TUR GOV", "country"),
    ("GPE", "Moscow", {"kind": "city", "country_code": "RU", "capital": True}, "RUS GOV",
     "capital"),
    ("GPE", "Aleppo", {"kind": "city", "country_code": "SY"}, "SYR", "place"),
    ("NORP", "Iraqi", {"kind": "demonym", "country_code": "IQ"}, "IRQ", "demonym"),
    ("NORP", "Syrian opposition activists",
     {"kind": "group", "head": "activists", "country_code": "SY"}, "SYR OPP", "group"),
    ("NORP", "protesters", {"kind": "group", "head": "protesters"}, "--- CVL", "group"),
    ("ORG", "police", None, "--- COP", "name"),
    ("ORG", "Iraqi Embassy", None, "IRQ GOV", "name"),
    ("FAC", "Swedish Embassy", None, "SWE GOV", "name"),
    ("ORG", "Moscow Stock Exchange", None, "RUS BUS", "name"),
    ("ORG", "Kremlin", None, "RUS GOV", "name"),
    ("ORG", "Pentagon", None, "USA MIL", "name"),
    ("ORG", "United Nations", None, "--- IGO", "name"),
    ("ORG", "International Monetary Fund", None, "--- IGO", "known name"),
    ("NORP", "pro-Russian", None, None, None),  # for Russia, not of it
    ("LOC", "South China Sea", None, None, None),  # a place's words say nothing of its owner
    ("ORG", "Rome Statute", None, None, None),  # a capital counts only for a body it houses
    ("ORG", "Rosneft", None, None, None),
    ("PRODUCT", "Tomahawk", None, None, None),
])
def test_codes_from_names(coder, type_, name, kb, code, source):
    found = coder.name_code(type_, name, kb)
    assert (found.code if found else None, found.source if found else None) == (code, source)


def test_codes_say_where_they_came_from(coder):
    found = coder.name_code("ORG", "Iraqi Embassy", None)
    assert found.basis == "Iraqi Embassy: 'embassy', country IRQ"
    assert found.to_dict()["code"] == "IRQ GOV"


@pytest.mark.parametrize("value, day", [
    ("2025", "2025-01-01"), ("2025-10", "2025-10-01"), ("2025-10-21", "2025-10-21"),
    ("2025-W42", "2025-10-13"), ("2024-11-28TEV", "2024-11-28"), ("2023-W31-WE", "2023-07-31"),
])
def test_first_day_of_an_iso_prefix(value, day):
    assert first_day(value) == day
