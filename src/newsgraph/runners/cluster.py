"""``DaskRunner``: batches cleaned and analysed on the workers of a Dask distributed cluster.

``DaskRunner(settings, "tcp://host:8786")`` joins a running scheduler; ``"local"`` starts a
``LocalCluster`` of N single-threaded worker processes on this machine. Every worker loads
the spaCy model once (``warm_up``, run on each when the runner starts; a worker that joins
later loads it with its first batch). Batches are sent in input order, earlier ones first,
and this process stores the results as they come back (``pipeline.ingest``). Dask hands a
lost worker's batches to another; a batch lost twice becomes one error per article.

Three of Dask's defaults cost spaCy workers and this process (the writer) about a seventh
of their CPU time (200 BBC files, the ingest of a LocalCluster of 2: 18.1-19.5 CPU s with
them, 15.1-15.4 s without): each worker's sampling profiler, which walks the task's stack
every 10 ms, is stopped on every worker; a LocalCluster keeps glibc's default trim
threshold instead of Dask's ``MALLOC_TRIM_THRESHOLD_=65536``, which hands memory back to
the system after every large free of spaCy's arrays; and its servers (the scheduler, in
this process, the nannies and workers) check that their event loop is not blocked every
second rather than every 20 ms, which still reports a loop blocked for 3 s.

Needs the ``dask`` extra: ``pip install 'newsgraph[dask]'``.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from newsgraph.errors import NewsgraphError
from newsgraph.pipeline import Runner
from newsgraph.runners.warm import warm_up
from newsgraph.settings import Settings

LOCAL = "local"
CONNECT_TIMEOUT = "20s"
# A LocalCluster's: no profiler, glibc's own trim threshold (None unsets it), a calmer tick.
LOCAL_CONFIG = {"distributed.worker.profile.enabled": False,
                "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                "distributed.admin.tick.interval": "1s"}
SCHEDULER_HINT = ("start a scheduler with `dask scheduler` and workers with "
                  "`dask worker tcp://HOST:8786 --nthreads 1`, or use --dask local")


class ClusterError(NewsgraphError):
    """The Dask cluster cannot be reached or used."""

    kind = "cluster"


class DaskRunner(Runner):
    """The workers of one Dask cluster, two batches in flight for each worker thread."""

    def __init__(self, settings: Settings, address: str, workers: int):
        dask, distributed = _distributed()
        self._cluster = None
        if address == LOCAL:
            with dask.config.set(LOCAL_CONFIG):  # read by each server as it starts
                self._cluster = distributed.LocalCluster(
                    n_workers=max(1, workers), threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR)
            address = self._cluster.scheduler_address
        try:
            self._client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
            self._client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise ClusterError(f"cannot reach a Dask scheduler with workers at {address}: {exc}",
                               hint=SCHEDULER_HINT) from exc
        self.workers = sum(w["nthreads"] for w in
                           self._client.scheduler_info()["workers"].values())
        self.depth = 2 * self.workers
        self._order = itertools.count()
        self._distributed = distributed
        self._client.run(_stop_profiler)  # a remote cluster's workers have their own config
        self._client.run(warm_up, settings)

    def wait(self, futures: list) -> None:
        self._distributed.wait(futures, return_when="FIRST_COMPLETED")

    def close(self) -> None:
        self._client.close()
        self._close_cluster()

    def _submit(self, fn: Any, *args: Any) -> Any:
        # earlier batches first: they are stored first
        return self._client.submit(fn, *args, pure=False, priority=-next(self._order))

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()


def _stop_profiler(dask_worker: Any) -> None:
    """Stop the worker's sampling profiler (its ``profile`` periodic callbacks), if any."""
    for name in ("profile", "profile-cycle"):
        callback = dask_worker.periodic_callbacks.get(name)
        if callback is not None:
            callback.stop()


def _distributed() -> Any:
    try:
        import dask
        import distributed
    except ImportError as exc:
        raise ClusterError("--dask needs Dask distributed, which is not installed",
                           hint="pip install 'newsgraph[dask]'") from exc
    return dask, distributed
