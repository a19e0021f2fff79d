"""What a worker loads before its first batch, and the collector's view of it."""

from __future__ import annotations

import gc

import pytest

from newsgraph.runners import warm
from newsgraph.settings import Settings

pytestmark = pytest.mark.slow


def test_warm_up_freezes_what_it_loaded_once_per_process(monkeypatch):
    monkeypatch.setattr(warm, "_frozen", [])
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    warm.warm_up(Settings())
    warm.warm_up(Settings())
    assert frozen == [True]
