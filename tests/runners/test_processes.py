"""ingest --workers: N processes run the NLP, this one writes; the store comes out as a
one-process ingest leaves it, with the same errors, duplicates and progress."""

from __future__ import annotations

import collections

import pytest

from newsgraph.errors import ModelNotFound
from newsgraph.pipeline import InlineRunner, ingest
from newsgraph.runners import ProcessRunner, open_runner, worker_count
from newsgraph.settings import Settings
from newsgraph.store import Store

pytestmark = pytest.mark.slow


def test_two_workers_store_what_one_process_stores(corpus, small_batches, one_process,
                                                   store_content, check_report, tmp_path):
    expected, expected_report, expected_calls = one_process
    calls = []
    with ProcessRunner(small_batches, workers=2) as runner, \
            Store.open(tmp_path / "two.db", small_batches) as store:
        report = ingest([str(corpus)], store, small_batches, runner=runner,
                        on_item=lambda *call: calls.append(call))
        assert store_content(tmp_path / "two.db") == expected
        again = ingest([str(corpus)], store, small_batches, runner=runner)
    assert len(expected["articles"]) == 8 and len(expected["_errors"]) == 2
    check_report(report, expected_report)
    assert collections.Counter(calls) == collections.Counter(expected_calls)
    assert not again.stored and len(again.duplicates) == 10  # the second run stores nothing


def test_a_lost_worker_fails_only_its_batch_and_the_rest_go_on(corpus, small_batches,
                                                              tmp_path, monkeypatch):
    """A batch whose worker dies is handed out once more; lost twice, its articles fail,
    and their copy in a later batch is analysed in its own turn."""
    from newsgraph.runners import processes

    with ProcessRunner(small_batches, workers=1) as runner:
        real = runner.analyze
        lost = []

        def dying(cleans, settings):
            if any(c.path.endswith("/port.txt") for c in cleans):
                lost.append([c.path.rsplit("/", 1)[1] for c in cleans])
                return runner._submit(processes._exit_with, -1)  # the worker exits at once
            return real(cleans, settings)

        monkeypatch.setattr(runner, "analyze", dying)
        with Store.open(tmp_path / "lost.db", small_batches) as store:
            report = ingest([str(corpus)], store, small_batches, runner=runner)
    assert lost == [["port.txt", "protest.txt"]] * 2  # handed out twice
    failed = [e for e in report.failed if e.kind == "worker"]
    assert sorted(e.origin.rsplit("/", 1)[1] for e in failed) == ["port.txt", "protest.txt"]
    assert all("was lost" in e.message and e.hint for e in failed)
    assert len(report.stored) == 7 and len(report.duplicates) == 1  # the copy of port stored


def test_workers_that_cannot_load_the_model_say_so(small_batches):
    with pytest.raises(ModelNotFound, match="xx_no_such_model"):
        ProcessRunner(small_batches.with_(model="xx_no_such_model"), workers=2)


def test_one_worker_per_core_unless_the_input_is_small(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("newsgraph.runners.cores", lambda: 6)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1_000_000)
    assert worker_count(Settings(), [str(big)]) == 6
    assert worker_count(Settings(), [str(corpus)]) == 1  # a few kB: not worth starting workers
    assert worker_count(Settings(), ["-"]) == 1
    assert worker_count(Settings(workers=3), [str(corpus)]) == 3
    assert isinstance(open_runner(Settings(workers=1), [str(big)]), InlineRunner)
