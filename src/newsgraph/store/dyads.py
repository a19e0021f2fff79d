"""Dyad series: how many reported events each source did to each target, by PLOVER type and
period, counted by actor or by actor code (country and sector at the date of each event).

A period is the day, ISO week, month or year an event's date range falls in; a date too
coarse for the period asked ('2025-10' counted by day, a week across two months counted by
month) keeps its own value rather than a made-up day.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from newsgraph.errors import InputError
from newsgraph.gazetteer import is_alpha3
from newsgraph.records import PERIODS
from newsgraph.resolve.codes import ActorCode, first_day
from newsgraph.resolve.sectors import lexicon
from newsgraph.store import codes as actor_codes
from newsgraph.store import analyst_queries as q
from newsgraph.store.results import DyadRow, Dyads

_CODE = re.compile(r"^([A-Z]{3}|---)?\s?([A-Z]{3})?$")


def period_of(value: str | None, earliest: str | None, latest: str | None, by: str
              ) -> str | None:
    """The ``by`` period of an event's date: the one both its bounds fall in, else the
    date as it is."""
    if not value:
        return None
    first, last = _bucket(earliest, by), _bucket(latest, by)
    return first if first and first == last else value


def _bucket(day: str | None, by: str) -> str | None:
    """The period an ISO day falls in; None for what is not a day."""
    try:
        found = date.fromisoformat(day[:10]) if isinstance(day, str) else None
    except ValueError:
        return None
    if found is None:
        return None
    if by == "week":
        year, week, _ = found.isocalendar()
        return f"{year}-W{week:02d}"
    return found.isoformat()[:{"year": 4, "month": 7}.get(by, 10)]


@dataclass(frozen=True)
class CodeFilter:
    """A side given as a code: 'SYR GOV', 'SYR' (any sector), 'GOV' (any country)."""

    country: str | None
    sector: str | None

    def matches(self, code: ActorCode | None) -> bool:
        return code is not None and (self.country in (None, code.country)) and (
            self.sector in (None, code.sector))


def code_filter(text: str) -> CodeFilter | None:
    """The code a user typed ('SYR GOV', 'SYRGOV', 'SYR', 'GOV'), or None if it is none."""
    m = _CODE.match(text.strip().upper()) if text and text.strip().isupper() else None
    if not m or not (m[1] or m[2]):
        return None
    first, second = m[1], m[2]
    sectors = set(lexicon().order)
    if first and not second and first in sectors:
        return CodeFilter(None, first)
    if (second and second not in sectors) or (first not in (None, "---") and not is_alpha3(first)):
        return None
    return CodeFilter(None if first == "---" else first, second)


Side = int | CodeFilter | None  # an actor id, a code, or anyone


@dataclass
class _Cell:
    events: set[int] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    codes: tuple[str | None, str | None] = (None, None)


def dyads(conn: sqlite3.Connection, a: Side = None, b: Side = None, by: str = "month",
          type_: str | None = None, from_: str | None = None, to: str | None = None,
          by_codes: bool = False) -> Dyads:
    """Reported events per (source, target, type, period), those of ``a`` (with ``b``)."""
    if by not in PERIODS:
        raise InputError(f"unknown period {by!r}", hint=f"use one of {', '.join(PERIODS)}")
    params = {"actor": a if isinstance(a, int) else None,
              "with": b if isinstance(b, int) else None, "type": type_.upper() if type_ else None,
              "from": from_, "to": to, "status": "reported"}
    rows = conn.execute(q.DYAD_EVENTS, params).fetchall()
    sides = [[tuple(s) for s in json.loads(r[6])] for r in rows]
    ids = {actor for event in sides for actor, _ in event}
    history = actor_codes.histories(conn, ids)
    cells: dict[tuple, _Cell] = {}
    unpaired = 0
    for r, event in zip(rows, sides):
        sources = [i for i, role in event if role == "actor"] or [None]
        targets = [i for i, role in event if role == "target"] or [None]
        day = r[2] or r[5]  # undated: as reported then
        code = {i: history[i].at(day) if i in history else None for i, _ in event}
        if sources == [None] and targets == [None]:
            unpaired += _involves({i for i, _ in event}, code, a, b)
            continue
        period = period_of(r[2], r[3], r[4], by)
        for s in sources:
            for t in targets:
                if s == t or not _wanted(s, t, code, a, b):
                    continue
                key = (period, _key(s, code, by_codes), _key(t, code, by_codes), r[1])
                cell = cells.setdefault(key, _Cell(codes=(_code(code, s), _code(code, t))))
                cell.events.add(r[0])
                cell.articles.update(json.loads(r[7]))
    names = dict(conn.execute(q.ACTOR_NAMES, {"ids": json.dumps(sorted(ids))}).fetchall())
    out = [_row(key, cell, names) for key, cell in cells.items()]
    out.sort(key=lambda d: (d.period is None, first_day(d.period) or d.period or "",
                            -d.events, d.source or "", d.target or "", d.type))
    return Dyads(by=by, codes=by_codes, rows=tuple(out), unpaired=unpaired)


def _code(codes: dict[int, ActorCode | None], actor: int | None) -> str | None:
    found = codes.get(actor) if actor is not None else None
    return found.code if found else None


def _key(actor: int | None, codes: dict, by_codes: bool) -> tuple:
    """What a side is counted as: its code when counting by codes and it has one."""
    code = _code(codes, actor)
    return ("code", code) if by_codes and code else ("actor", actor)


def _is(side: Side, actor: int | None, codes: dict) -> bool:
    if side is None:
        return True
    if isinstance(side, CodeFilter):
        return actor is not None and side.matches(codes.get(actor))
    return actor == side


def _wanted(s: int | None, t: int | None, codes: dict, a: Side, b: Side) -> bool:
    if a is None:
        return True
    if b is None:
        return (s is not None and _is(a, s, codes)) or (t is not None and _is(a, t, codes))
    return (_is(a, s, codes) and _is(b, t, codes)) or (_is(b, s, codes) and _is(a, t, codes))


def _involves(actors: set[int], codes: dict, a: Side, b: Side) -> bool:
    """Whether an event with these participants is one of ``a`` (with ``b``)."""
    if b is None:
        return any(_is(a, i, codes) for i in actors)
    return any(_is(a, i, codes) and _is(b, j, codes) for i in actors for j in actors if i != j)


def _row(key: tuple, cell: _Cell, names: dict[int, str]) -> DyadRow:
    period, (s_kind, s), (t_kind, t), type_ = key

    def label(kind: str, value) -> str | None:
        return value if kind == "code" else names.get(value) if value is not None else None

    return DyadRow(
        period=period, source=label(s_kind, s), target=label(t_kind, t), type=type_,
        events=len(cell.events),
        source_id=s if s_kind == "actor" else None, target_id=t if t_kind == "actor" else None,
        source_code=cell.codes[0] if s_kind == "actor" else s,
        target_code=cell.codes[1] if t_kind == "actor" else t,
        event_ids=tuple(sorted(cell.events)), article_ids=tuple(sorted(cell.articles)))
