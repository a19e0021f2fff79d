"""ingest --dask: a Dask cluster's workers run the NLP, this process stores; the store
comes out as a one-process ingest leaves it. The cluster is a LocalCluster of two worker
processes that the test starts itself on this machine."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import ingest
from newsgraph.store import Store

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=50) as local:
        yield local


def test_a_two_worker_cluster_stores_what_one_process_stores(
        cluster, corpus, small_batches, one_process, store_content, check_report, tmp_path):
    from newsgraph.runners.cluster import DaskRunner

    expected, expected_report, _ = one_process
    with DaskRunner(small_batches, cluster.scheduler_address, workers=0) as runner:
        assert runner.workers == 2 and runner.depth == 4
        loaded = runner._client.run(lambda: __import__("newsgraph.extract.nlp").extract.nlp
                                    ._load.cache_info().currsize)
        assert list(loaded.values()) == [1, 1]  # the model, once in each worker
        assert list(runner._client.run(_profiling).values()) == [False, False]
        with Store.open(tmp_path / "dask.db", small_batches) as store:
            report = ingest([str(corpus)], store, small_batches, runner=runner)
    assert store_content(tmp_path / "dask.db") == expected
    check_report(report, expected_report)


def _profiling(dask_worker) -> bool:
    return any(dask_worker.periodic_callbacks[name].is_running()
               for name in ("profile", "profile-cycle") if name in dask_worker.periodic_callbacks)


def _tick() -> str:
    import dask

    return dask.config.get("distributed.admin.tick.interval")


def test_a_local_clusters_workers_run_without_profiler_trim_threshold_or_busy_tick(
        small_batches, monkeypatch):
    import os

    from newsgraph.runners.cluster import DaskRunner

    # a Nanny sets its workers' variables in its own process too (the fixture's cluster did)
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with DaskRunner(small_batches, "local", workers=1) as runner:
        (trim,) = runner._client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()
        (profiling,) = runner._client.run(_profiling).values()
        (tick,) = runner._client.run(_tick).values()
    assert trim is None and not profiling and tick == "1s"


def test_newsgraph_ingest_dask_address(cluster, corpus, tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "c.db"),
                                      "--dask", cluster.scheduler_address])
    assert "stored 8, skipped 2 as duplicate, failed 2" in result.output
    assert result.exit_code == 1  # some files failed (the empty one and the image)


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch, small_batches):
    from newsgraph.runners import cluster as cluster_module

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(cluster_module.ClusterError) as info:
        cluster_module.DaskRunner(small_batches, "tcp://127.0.0.1:9", workers=0)
    assert "tcp://127.0.0.1:9" in info.value.message and "dask scheduler" in info.value.hint
