"""The first-character gate of the time rules: it states a condition every match meets, so
the gated rules find exactly what the patterns alone find."""

from __future__ import annotations

import re

from newsgraph.extract.timex.first import FOLDS_TO_ASCII, cased_class, first_class
from newsgraph.extract.timex.grammar import compile_rule
from newsgraph.extract.timex.tagger import RULES

TEXT = """On Monday, 3 March 2025, the minister said talks would resume next week. Two days
later (March 5) the ceasefire held; by mid-2024 prices had doubled, and in the 1990s the
port had closed every winter. A meeting at 10:30 a.m. on Friday was called off after
the holiday weekend. Last year's Q3 figures, out on 2025-10-21, came three months late."""


def test_the_first_characters_of_alternatives_and_optional_prefixes():
    assert first_class("(?:next|last) week") == "[nl]"
    assert first_class(r"(?:the\s+)?(?:week|day)") == r"[twd]"
    assert first_class(r"\d{4}") == r"[\d]"
    assert first_class(r"(?<!x)[a-c]y") == "[a-c]"


def test_no_gate_when_it_cannot_be_told():
    assert first_class("(?:week)?") is None        # may match nothing
    assert first_class(r"[^a]b") is None            # a negated class
    assert first_class(r"\w+day") is None           # any word character
    assert first_class(r"(a)\1") == "[a]"           # the group's first character is enough


def test_a_gated_rule_finds_what_the_pattern_alone_finds():
    pattern = r"(?:the\s+)?(?:next|last|coming)\s+(?:week|month|year)|(?:mid-)?\d{4}"
    plain = re.compile(rf"(?<![\w$£€-])(?:{pattern})(?![\w])", re.IGNORECASE)
    gated = compile_rule(pattern)
    assert "(?=[" in gated.pattern
    text = TEXT + " The Next Week; THE COMING YEAR; nextweek; 12345; the last month."
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


PREFIX = r"(?<![\w$£€-])(?=["


def test_every_time_rule_is_gated_and_finds_the_same_matches():
    for rule in RULES:
        assert rule.pattern.pattern.startswith(PREFIX), rule.name
        _, rest = rule.pattern.pattern.split("])", 1)  # the gate's class ends there
        plain = re.compile(r"(?<![\w$£€-])" + rest, re.IGNORECASE)
        found = [(m.span(), m.groups()) for m in rule.pattern.finditer(TEXT)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(TEXT)], rule.name


def test_the_characters_that_fold_to_ascii_letters_are_all_known():
    every = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    found = re.compile("[a-z]", re.IGNORECASE).findall(every)
    assert "".join(found) == FOLDS_TO_ASCII


def test_a_cased_class_holds_every_character_of_the_class_ignoring_case():
    assert cased_class("[tw]") == "[TWtw]"
    assert cased_class(r"[ks\d]") == "[0123456789KSks\u017f\u212a\\d]"
    assert cased_class("[é]") is None  # not ASCII: not known to be whole


def test_every_rule_scanned_finds_what_its_pattern_finds():
    text = TEXT + " ſeptember 2020; \u212aelvin; The Next Week. the weekend-the weekend, 1990s"
    scanned = [rule for rule in RULES if rule.scan is not None]
    assert len(scanned) > len(RULES) - 3
    for rule in RULES:
        found = [(m.span(), m.groups()) for m in rule.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in rule.pattern.finditer(text)], rule.name
