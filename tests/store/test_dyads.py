"""Dyad series: reported events per source, target, PLOVER type and period, by actor or by
actor code at each event's date (the small world of tests/conftest.py)."""

from __future__ import annotations

import pytest

from newsgraph.errors import InputError, NotFound
from newsgraph.store.dyads import CodeFilter, code_filter, period_of


def _table(dyads):
    return [(r.period, r.source, r.target, r.type, r.events) for r in dyads.rows]


def test_by_codes_a_meeting_reported_twice_counts_once(world):
    assert _table(world.dyads(codes=True)) == [
        ("2022-12", "TUR GOV", "SYR GOV", "CONSULT", 1),
        ("2023-W13", "TUR GOV", "SYR GOV", "THREATEN", 1),  # a week across two months
        ("2023-04", "SYR GOV", "TUR GOV", "ACCUSE", 1),
        ("2025-10", "SYR CVL", None, "PROTEST", 1),  # a group, with no one acted on
        (None, "SYR ELI", "RUS GOV", "ACCUSE", 1),  # undated: coded as reported then
    ]


def test_rows_name_the_events_and_articles_behind_them(world):
    meeting = world.dyads(codes=True).rows[0]
    assert meeting.event_ids == (1,)
    assert len(meeting.article_ids) == 2
    assert (meeting.source_id, meeting.source_code) == (None, "TUR GOV")


def test_a_president_ousted_later_keeps_gov_before(world):
    rows = world.dyads("Bashar Assad").rows
    assert [(r.period, r.source_code, r.target) for r in rows] == [
        ("2023-04", "SYR GOV", "Turkey"), (None, "SYR ELI", "Russia")]


def test_only_reported_events_with_a_side_are_counted(world):
    table = world.dyads()
    assert "visit" not in {r.type for r in table.rows}  # the planned visit
    assert sum(r.events for r in table.rows) == 5
    assert table.unpaired == 1  # the meeting in Damascus named no one acting


def test_by_actor(world):
    assert _table(world.dyads("Akar", "Abbas")) == [
        ("2022-12", "Hulusi Akar", "Ali Mahmoud Abbas", "CONSULT", 1)]
    assert _table(world.dyads("Abbas", "Akar")) == _table(world.dyads("Akar", "Abbas"))
    assert world.dyads("Akar", "Russia").rows == ()


@pytest.mark.parametrize("by, periods", [
    ("day", ["2022-12-28", "2023-W13", "2023-04-30", "2025-10-21", None]),
    ("week", ["2022-W52", "2023-W13", "2023-W17", "2025-W43", None]),
    ("year", ["2022", "2023", "2023", "2025", None]),
])
def test_periods(world, by, periods):
    assert [r.period for r in world.dyads(by=by, codes=True).rows] == periods


def test_code_filters(world):
    assert _table(world.dyads("SYR", "RUS", codes=True)) == [
        (None, "SYR ELI", "RUS GOV", "ACCUSE", 1)]
    assert {r.type for r in world.dyads("TUR GOV", codes=True).rows} == {
        "CONSULT", "THREATEN", "ACCUSE"}
    assert [r.type for r in world.dyads("CVL", codes=True).rows] == ["PROTEST"]
    assert world.dyads("SYR", "RUS", codes=True).unpaired == 0


def test_type_and_dates(world):
    assert _table(world.dyads(type="accuse", codes=True, from_="2023", to="2023")) == [
        ("2023-04", "SYR GOV", "TUR GOV", "ACCUSE", 1)]


def test_unknown_period_and_actor_are_errors(world):
    with pytest.raises(InputError):
        world.dyads(by="decade")
    with pytest.raises(NotFound):
        world.dyads("Nobody At All")


@pytest.mark.parametrize("text, found", [
    ("SYR GOV", CodeFilter("SYR", "GOV")), ("SYRGOV", CodeFilter("SYR", "GOV")),
    ("SYR", CodeFilter("SYR", None)), ("GOV", CodeFilter(None, "GOV")),
    ("--- GOV", CodeFilter(None, "GOV")),
    ("ICC", None), ("Assad", None), ("syr", None), ("SYR XYZ", None),
])
def test_code_filter(text, found):
    assert code_filter(text) == found


@pytest.mark.parametrize("value, earliest, latest, by, period", [
    ("2025-10-21", "2025-10-21", "2025-10-21", "month", "2025-10"),
    ("2025-W42", "2025-10-13", "2025-10-19", "month", "2025-10"),
    ("2025-10", "2025-10-01", "2025-10-31", "day", "2025-10"),  # too coarse: kept
    ("2024-11-28TEV", "2024-11-28", "2024-11-28", "day", "2024-11-28"),
    ("2025", "2025-01-01", "2025-12-31", "year", "2025"),
    (None, None, None, "month", None),
])
def test_period_of(value, earliest, latest, by, period):
    assert period_of(value, earliest, latest, by) == period
