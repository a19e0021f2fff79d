"""The jsonl dump of every table rebuilds a store equal to the first."""

from __future__ import annotations

import io
import json

import pytest

from newsgraph.errors import InputError
from newsgraph.export import Scope, export
from newsgraph.export.dump import load
from newsgraph.store import Store


def _dump(store) -> bytes:
    out = io.BytesIO()
    export(store, "jsonl", out)
    return out.getvalue()


def test_a_dump_rebuilds_the_store(world, tmp_path):
    data = _dump(world)
    header = json.loads(data.splitlines()[0])
    assert header["kind"] == "newsgraph.dump/1" and header["tables"]["events"] == 7
    with Store.open(tmp_path / "rebuilt.db") as rebuilt:
        done = load(rebuilt, io.BytesIO(data), "dump.jsonl")
        assert done == header["tables"]
        assert rebuilt.stats() == world.stats()
        assert rebuilt.dossier("Assad").to_dict() == world.dossier("Assad").to_dict()
        assert rebuilt.events(status="all") == world.events(status="all")
        assert rebuilt.dyads(codes=True) == world.dyads(codes=True)
        assert rebuilt.search("Moscow").articles  # the full-text index filled itself
        assert _dump(rebuilt) == data


@pytest.mark.parametrize("mangle, message", [
    (lambda lines: lines[1:], "not a newsgraph dump"),
    (lambda lines: lines[:3] + [b"{not json"], "line 4 is not valid JSON"),
    (lambda lines: lines[:2] + [b'{"table": "actors", "row": {"nickname": "x"}}'],
     "has no column 'nickname'"),
    (lambda lines: lines[:2] + [b'{"table": "sqlite_master", "row": {}}'], "is no table"),
    (lambda lines: lines[:2] + [b'["a row"]'], "is not a row of the dump"),
])
def test_a_bad_dump_loads_nothing(world, tmp_path, mangle, message):
    lines = _dump(world).splitlines()
    with Store.open(tmp_path / "new.db") as fresh:
        with pytest.raises(InputError, match=message):
            load(fresh, io.BytesIO(b"\n".join(mangle(lines))), "dump.jsonl")
        assert fresh.stats().articles == 0  # the first rows were rolled back


def test_a_dump_loads_only_into_an_empty_store(world):
    with pytest.raises(InputError, match="not empty"):
        load(world, io.BytesIO(_dump(world)), "dump.jsonl")


def test_the_dump_is_of_the_whole_store(world):
    with pytest.raises(InputError, match="whole store"):
        export(world, "jsonl", io.BytesIO(), Scope(actor="Assad"))
