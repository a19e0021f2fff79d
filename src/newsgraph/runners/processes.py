"""``ProcessRunner``: batches cleaned and analysed in N worker processes of this machine.

Workers are started (``spawn``) when the runner is, each loading the spaCy model once, and
the runner is ready when every one of them is. A worker ignores Ctrl-C (this process stops
them) and exits when this process is gone, even after a kill -9. A worker that dies takes
the futures of its batches with it; the pool is started again for the batches to come, and
``pipeline.ingest`` hands a lost batch out once more before giving up on its articles.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsgraph.errors import NewsgraphError
from newsgraph.pipeline import Runner, WorkerLost
from newsgraph.settings import Settings

# How long start-up may take before the runner gives up: a model load is seconds.
START_TIMEOUT = 300.0


class ProcessRunner(Runner):
    """N worker processes, two batches in flight for each."""

    def __init__(self, settings: Settings, workers: int):
        self.settings = settings
        self.workers = max(1, workers)
        self.depth = 2 * self.workers
        self._context = multiprocessing.get_context("spawn")
        self._pool = self._start()

    def wait(self, futures: list) -> None:
        wait(futures, return_when=FIRST_COMPLETED)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, fn: Any, *args: Any) -> Future:
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:  # a worker died: its batches fail, the next ones go on
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(fn, *args)

    def _start(self) -> ProcessPoolExecutor:
        """A pool whose every worker has loaded the model; its first error if one could not."""
        barrier = self._context.Barrier(self.workers)
        pool = ProcessPoolExecutor(self.workers, mp_context=self._context,
                                   initializer=_start_worker,
                                   initargs=(self.settings, os.getpid(), barrier))
        try:
            # each waits for all the others, so every worker takes one and reports in
            for ready in [pool.submit(_ready, START_TIMEOUT) for _ in range(self.workers)]:
                ready.result(timeout=START_TIMEOUT)
        except BaseException as exc:
            barrier.abort()  # the others stop waiting for the one that could not start
            pool.shutdown(wait=False, cancel_futures=True)
            if isinstance(exc, (NewsgraphError, KeyboardInterrupt)):
                raise
            raise WorkerLost(f"{self.workers} worker processes could not start: "
                             f"{type(exc).__name__}: {exc}",
                             hint="ingest in this process with --workers 1") from exc
        return pool


# -- in the worker ---------------------------------------------------------------------------

_started: dict[str, Any] = {}


def _start_worker(settings: Settings, parent: int, barrier: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _started["barrier"] = barrier
    try:
        from newsgraph.runners.warm import warm_up

        warm_up(settings)
    except NewsgraphError as exc:  # ModelNotFound: told to the user by ``_ready``
        _started["error"] = exc


def _ready(timeout: float) -> None:
    if "error" in _started:
        raise _started["error"]
    _started["barrier"].wait(timeout)


def _exit_with(parent: int) -> None:
    """End this worker once the process that started it is gone (its parent changes)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
