"""Quotes and dates in the store: stored with their spans, filtered by speaker, subject,
channel, words and dates, and shown in the dossier."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.errors import NotFound

TEXT_2022 = ('"Syria will never give up Idlib," Bashar Al-Assad said on Wednesday. '
             "Hulusi Akar said that Turkey wants calm.")
TEXT_2025 = '"Russia is a partner of Syria," Ahmed al-Sharaa told reporters.'


def _quote(text, words, speaker, entity, channel="statement", kind="direct"):
    start, s = text.index(words), text.index(speaker)
    return {"text": words, "kind": kind, "start": start, "end": start + len(words),
            "speaker": {"text": speaker, "start": s, "end": s + len(speaker), "entity": entity},
            "cue": "said", "channel": channel, "via": None}


@pytest.fixture
def stored(store, make_article, ent):
    first = make_article(
        TEXT_2022, ent("assad", "Bashar Al-Assad"), ent("akar", "Hulusi Akar"),
        ent("syria", "Syria", "GPE"), ent("idlib", "Idlib", "GPE"), ent("turkey", "Turkey", "GPE"),
        published="2022-12-29", title="Syria and Turkey")
    first = dataclasses.replace(first, quotes=(
        _quote(TEXT_2022, "Syria will never give up Idlib", "Bashar Al-Assad", "assad"),
        _quote(TEXT_2022, "Turkey wants calm", "Hulusi Akar", "akar", kind="indirect"),
    ), dates=({"text": "Wednesday", "start": TEXT_2022.index("Wednesday"),
               "end": TEXT_2022.index("Wednesday") + 9, "value": "2022-12-28", "type": "DATE",
               "earliest": "2022-12-28", "latest": "2022-12-28", "mod": None},))
    second = make_article(
        TEXT_2025, ent("sharaa", "Ahmed al-Sharaa"), ent("russia", "Russia", "GPE"),
        ent("syria", "Syria", "GPE"), published="2025-10-21", title="Sharaa in Moscow")
    second = dataclasses.replace(second, quotes=(
        _quote(TEXT_2025, "Russia is a partner of Syria", "Ahmed al-Sharaa", "sharaa",
               channel="interview"),))
    store.add(first)
    store.add(second)
    return store


def _texts(rows):
    return [r.text for r in rows]


def test_quotes_are_listed_newest_first(stored):
    assert _texts(stored.quotes()) == [
        "Russia is a partner of Syria", "Syria will never give up Idlib", "Turkey wants calm"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"by": "Assad"}, ["Syria will never give up Idlib"]),
        ({"about": "Syria"}, ["Russia is a partner of Syria", "Syria will never give up Idlib"]),
        ({"about": "Turkey", "by": "Akar"}, ["Turkey wants calm"]),
        ({"channel": "interview"}, ["Russia is a partner of Syria"]),
        ({"search": "idlib"}, ["Syria will never give up Idlib"]),
        ({"search": '"NEAR('}, []),
        ({"from_": "2025"}, ["Russia is a partner of Syria"]),
        ({"to": "2022-12"}, ["Syria will never give up Idlib", "Turkey wants calm"]),
        ({"from_": "2023", "to": "2024-06-30"}, []),
    ],
)
def test_quotes_filters(stored, filters, expected):
    assert _texts(stored.quotes(**filters)) == expected


def test_quote_filter_on_an_unknown_actor_says_so(stored):
    with pytest.raises(NotFound):
        stored.quotes(by="Nobody Known")


def test_the_dossier_lists_what_an_actor_said_and_what_was_said_about_it(stored):
    assad = stored.dossier("Assad")
    assert _texts(assad.said) == ["Syria will never give up Idlib"]
    syria = stored.dossier("Syria")
    assert len(syria.said_about) == 2 and not syria.said


@pytest.mark.parametrize(
    ("from_", "to", "titles"),
    [
        (None, None, ["Sharaa in Moscow", "Syria and Turkey"]),
        ("2025-10", None, ["Sharaa in Moscow"]),
        (None, "2022", ["Syria and Turkey"]),
        ("2022-12-30", "2025-10-20", []),
    ],
)
def test_articles_filter_by_publication_date(stored, from_, to, titles):
    assert [a.title for a in stored.articles(from_=from_, to=to)] == titles


def test_dates_are_stored_with_their_spans(stored):
    (row,) = stored.conn.execute("SELECT text, value, start FROM date_mentions").fetchall()
    assert row == ("Wednesday", "2022-12-28", TEXT_2022.index("Wednesday"))
