"""CPU seconds of the ingest alone under each runner, summed over the whole process tree.

    python benchmarks/runner_cpu.py ../shared/benchmarks/bbc-news-fulltext --limit 200 [--rounds 2]

On a machine whose cores other jobs share, wall-clock ratios of the scale-out runs say little;
what a runner adds to the work shows in CPU time. Each round ingests the same files (evenly
spaced, as in throughput.py) into a fresh store with ``--workers 2`` and on a Dask
LocalCluster of 2, one after the other, and prints, for the ingest once every worker has
loaded its model: wall-clock seconds, the CPU seconds of this process and all its
descendants (workers, nannies), and of this process (the writer; for Dask also the
scheduler) alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import _files  # noqa: E402  (the same files, evenly spaced)


def tree_cpu() -> float:
    """User and system seconds of this process and its living descendants."""
    import psutil

    total = 0.0
    me = psutil.Process()
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:  # gone between listing and reading
            continue
        total += times.user + times.system
    return total


def measure(mode: str, files: list[Path], workers: int) -> str:
    from newsgraph.pipeline import ingest
    from newsgraph.runners import ProcessRunner
    from newsgraph.settings import Settings
    from newsgraph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_path=Path(tmp) / f"{mode}.db")
        if mode == "dask":
            from newsgraph.runners.cluster import DaskRunner

            runner = DaskRunner(settings, "local", workers)
        else:
            runner = ProcessRunner(settings, workers)
        with runner:
            cpu, own, began = tree_cpu(), time.process_time(), time.perf_counter()
            with Store.open(settings.db_path, settings) as store:
                report = ingest([str(p) for p in files], store, settings, runner=runner)
            seconds = time.perf_counter() - began
            cpu, own = tree_cpu() - cpu, time.process_time() - own
    return (f"{mode:8s} {seconds:6.2f} s  tree CPU {cpu:6.2f} s  this process {own:5.2f} s  "
            f"stored {len(report.stored)}  load {os.getloadavg()[0]:.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--modes", default="workers,dask",
                        help="which runs, in this order (a Dask nanny leaves its workers' "
                             "variables in this process: the next workers inherit them)")
    args = parser.parse_args(argv)
    files = _files(args.corpus, args.limit)
    for _ in range(args.rounds):
        for mode in args.modes.split(","):
            print(measure(mode, files, args.workers), flush=True)


if __name__ == "__main__":
    main()
