"""Store fixtures: an in-memory store and small hand-built articles (no spaCy needed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from newsgraph.records import Article, CleanArticle, Entity, Role, Span
from newsgraph.settings import Settings
from newsgraph.store import Store


def _spans(text: str, names: Sequence[str]) -> tuple[Span, ...]:
    """Every occurrence of any of ``names`` in ``text``, longest names first, no overlaps."""
    taken: list[Span] = []
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if all(m.end() <= s.start or m.start() >= s.end for s in taken):
                taken.append(Span(m.start(), m.end(), m.group()))
    return tuple(sorted(taken, key=lambda s: s.start))


def _role(text: str, words: str, of: str | None) -> Role:
    start = text.index(words)
    return Role(role=words, of=of, start=start, end=start + len(words))


def ent(eid: str, name: str, type: str = "PERSON", aliases: Sequence[str] = (),
        roles: Sequence[tuple[str, str | None]] = (), kb: dict | None = None,
        evidence: Sequence[str] = ()) -> dict[str, Any]:
    """An entity spec; ``make_article`` finds its mentions and role offsets in the text."""
    return {"id": eid, "name": name, "type": type, "aliases": tuple(aliases),
            "roles": tuple(roles), "kb": kb, "evidence": tuple(evidence)}


def build_article(text: str, *entities: dict[str, Any], **meta: Any) -> Article:
    meta.setdefault("title", text.split(".")[0][:60])
    built = tuple(
        Entity(
            id=e["id"], name=e["name"], type=e["type"], aliases=e["aliases"],
            mentions=_spans(text, (e["name"], *e["aliases"])),
            roles=tuple(_role(text, words, of) for words, of in e["roles"]),
            kb=e["kb"], evidence=e["evidence"],
        )
        for e in entities
    )
    return Article(clean=CleanArticle(text=text, **meta), entities=built)


@pytest.fixture
def store() -> Store:
    with Store.open(":memory:", Settings(context_chars=20)) as opened:
        yield opened


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """``make_article(text, ent(...), ..., title=..., published=...)``"""
    return build_article


@pytest.fixture(name="ent")
def ent_fixture() -> Callable[..., dict[str, Any]]:
    return ent


# -- the Assad articles -------------------------------------------------------------------

ASSAD_2022 = (
    "President of Syria Bashar Al-Assad welcomed the meeting of defence ministers in "
    "Moscow on Wednesday. Assad said the talks would bring Syria and Turkey closer."
)

ASSAD_2025 = (
    "Syria's former president Bashar Assad has lived in Moscow since he fled Damascus. "
    "Bashar Assad has not spoken in public since then."
)

RIFAAT = (
    "Rifaat Assad, an uncle of the former president, returned to Damascus after decades "
    "in exile. Assad was convicted in France in 2020."
)

ASSAD_ONLY = "Assad gave a long television interview in Damascus on Sunday."


@pytest.fixture
def assad_2022() -> Article:
    return build_article(
        ASSAD_2022,
        ent("e1", "Bashar Al-Assad", aliases=["Assad"], roles=[("President", "e2")],
            evidence=["surname of Bashar Al-Assad"]),
        ent("e2", "Syria", "GPE"),
        ent("e3", "Moscow", "GPE", kb={"geonameid": 524901, "kind": "city"}),
        ent("e4", "Turkey", "GPE"),
        title="Defence ministers meet in Moscow", published="2022-12-29",
        outlet="The New Arab", authors=("Staff",), path="a/newarab.txt",
    )


@pytest.fixture
def assad_2025() -> Article:
    return build_article(
        ASSAD_2025,
        ent("e1", "Syria", "GPE"),
        ent("e2", "Bashar Assad", roles=[("former president", "Syria")]),
        ent("e3", "Moscow", "GPE", kb={"geonameid": 524901, "country_code": "RU"}),
        ent("e4", "Damascus", "GPE"),
        title="Assad in Moscow exile", published="2025-10-21", outlet="The Media Line",
        url="https://example.org/assad",
    )


@pytest.fixture
def rifaat() -> Article:
    return build_article(
        RIFAAT,
        ent("e1", "Rifaat Assad", aliases=["Assad"],
            roles=[("an uncle of the former president", None)]),
        ent("e2", "Damascus", "GPE"),
        ent("e3", "France", "GPE"),
        title="Rifaat Assad returns", published="2023-10-01",
    )


@pytest.fixture
def assad_only() -> Article:
    return build_article(
        ASSAD_ONLY, ent("e1", "Assad"), ent("e2", "Damascus", "GPE"),
        title="An interview", published="2024-01-07",
    )
