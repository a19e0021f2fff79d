"""Where ingest runs the NLP: in this process, in worker processes, or on a Dask cluster.

A runner (``pipeline.Runner``) cleans and analyses batches of articles and hands back
futures of the results; ``pipeline.ingest`` alone writes to the store, in input order,
whichever runner it is given. ``InlineRunner`` (in ``newsgraph.pipeline``) runs batches in
this process;
``ProcessRunner`` in N processes of this machine; ``DaskRunner`` on the workers of a Dask
distributed cluster (the ``dask`` extra). Each worker loads the spaCy model once.

    >>> with ProcessRunner(settings, workers=2) as runner:
    ...     report = ingest(paths, store, settings, runner=runner)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from newsgraph.extract import load_nlp
from newsgraph.ingest import input_bytes
from newsgraph.pipeline import InlineRunner
from newsgraph.runners.processes import ProcessRunner
from newsgraph.runners.warm import warm_up
from newsgraph.settings import Settings

# Below this much input, starting workers (each loads the model) takes longer than they save.
SMALL_INPUT_BYTES = 1_000_000


def open_runner(settings: Settings, paths: Iterable[str] = ()) -> Any:
    """The runner ``settings`` ask for: a Dask cluster (``dask``), N processes
    (``workers``), or this process; ``workers`` 0 sizes it by the input under ``paths``.
    Use it as a context manager: closing it stops its workers."""
    if settings.dask:
        from newsgraph.runners.cluster import DaskRunner

        return DaskRunner(settings, settings.dask, settings.workers or cores())
    workers = worker_count(settings, paths)
    if workers > 1:
        return ProcessRunner(settings, workers)
    warm_up(settings)  # as a worker would
    return InlineRunner(load_nlp(settings))


def worker_count(settings: Settings, paths: Iterable[str]) -> int:
    """``settings.workers``, or for 0 one per core, but 1 under SMALL_INPUT_BYTES of files."""
    if settings.workers:
        return settings.workers
    return cores() if input_bytes(paths) >= SMALL_INPUT_BYTES else 1


def cores() -> int:
    """The cores this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


__all__ = ["InlineRunner", "ProcessRunner", "cores", "open_runner", "worker_count"]
