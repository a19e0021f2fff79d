"""The store as data for the tools analysts use: flat event tables (CSV, JSON Lines), graphs
for Gephi and networkx (GraphML, GEXF), FollowTheMoney entities for Aleph and the ``ftm``
tools, and a JSON Lines dump of every table that rebuilds a store.

Every format is a writer ``write(store, scope, out) -> Summary`` over ``Store`` queries
(no SQL here); each row, node, edge or entity names the article ids and spans behind it.
Writers get a binary stream; ``export`` picks one by name.

    with Store.open("news.db") as store, open("events.csv", "wb") as out:
        export(store, "events-csv", out, Scope(actor="Putin", from_="2025"))
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from newsgraph.errors import InputError, MissingDependency

if TYPE_CHECKING:  # the CLI lists the formats without loading the store
    from newsgraph.store import Store

EXTRA = "export"  # pip install 'newsgraph[export]'


@dataclass(frozen=True)
class Scope:
    """What part of the store to export: events, quotes and articles of ``actor`` (a name
    or id; None: everyone), dated between ``from_`` and ``to``; events of ``status``."""

    actor: int | str | None = None
    from_: str | None = None
    to: str | None = None
    status: str | None = "reported"

    @property
    def whole(self) -> bool:
        return self.actor is None and self.from_ is None and self.to is None


@dataclass
class Summary:
    """What a writer wrote (``counts`` by kind of record) and any record it left out."""

    format: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # newsgraph.export.<module>.write
    help: str
    needs: tuple[str, ...] = ()  # optional packages: the 'export' extra


FORMATS = {f.name: f for f in (
    Format("events-csv", "table", "one row per event, flat columns (docs/export.md)"),
    Format("events-jsonl", "table", "the same rows as JSON Lines, lists kept as lists"),
    Format("graphml", "graph", "actors and their links as GraphML (networkx, Gephi, yEd)",
           ("networkx",)),
    Format("gexf", "graph", "the same graph as GEXF, with dates for Gephi's timeline",
           ("networkx",)),
    Format("ftm", "ftm", "FollowTheMoney entities, one JSON object a line (Aleph, ftm)",
           ("followthemoney",)),
    Format("jsonl", "dump", "every row of every table: newsgraph load rebuilds the store"),
)}


# Characters that some line readers take for a line break (Python's splitlines, JavaScript):
# escaped in JSON Lines, where a record must be one line for every reader.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(value: Any) -> str:
    """One JSON Lines record: UTF-8 text kept as it is, on one line for any reader."""
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def writer(name: str) -> Callable[[Store, Scope, BinaryIO, str], Summary]:
    """The writer of format ``name``, once its optional packages are importable."""
    found = FORMATS.get(name)
    if found is None:
        raise InputError(f"unknown export format {name!r}",
                         hint=f"use one of {', '.join(FORMATS)}")
    for package in found.needs:
        try:
            importlib.import_module(package)
        except ImportError as exc:
            raise MissingDependency(
                f"the {name} export needs the {package} package, which is not installed",
                hint=f"install it with: pip install 'newsgraph[{EXTRA}]'") from exc
    return importlib.import_module(f"newsgraph.export.{found.module}").write


def export(store: Store, name: str, out: BinaryIO, scope: Scope | None = None) -> Summary:
    """Write the ``scope`` of ``store`` to ``out`` in format ``name``."""
    return writer(name)(store, scope or Scope(), out, name)
