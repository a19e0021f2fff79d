"""Latency of the web app's dossier, event and search pages, with datasette as the anchor.

    python benchmarks/web_latency.py --db /tmp/webbench/bench.db [--build] [--duration 20]

``newsgraph serve`` (one worker, the default) runs in a child process on a free port over
an existing store (``--build`` ingests BBC and FA-KES into a missing ``--db`` first). The
paths are sampled with a fixed seed from the app's own listings. After a warm-up pass (and
a timed sequential pass naming the slowest pages), wrk cycles through each list
(benchmarks/wrk_paths.lua) at each concurrency; then datasette serves the same file
(``-i``) and gets the same runs on its nearest pages. The figures replace the
"web-latency" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from contextlib import closing
from pathlib import Path

from newsgraph.evaluate.report import machine, write_section

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("wrk_paths.lua")
CORPORA = [ROOT.parent / "shared/benchmarks/bbc-news-fulltext",
           ROOT.parent / "shared/benchmarks/fa-kes/FA-KES-Dataset.csv"]
HEAVY = 200  # the head of each ranking: the most mentioned actors, most reported events
# Each page kind on each system; {db} is datasette's name for the file, {k} the sampled key.
PAGES = {
    "newsgraph": {"dossier": "/actors/{k}{ext}", "event": "/events/{k}{ext}",
                  "search": "/search{ext}?q={k}"},
    "datasette": {"dossier": "/{db}/actors/{k}{ext}", "event": "/{db}/events/{k}{ext}",
                  "search": "/{db}/articles_fts{ext}?_search={k}&_size=50"},
}
LABEL = {"newsgraph": {"dossier": "dossier", "event": "event", "search": "search"},
         "datasette": {"dossier": "actor row", "event": "event row", "search": "FTS search"}}
STOP = set("about after again against among back been before being between could does down "
           "from have here into more most much over said says than that their them then "
           "there these they this those were what when where which while will with would "
           "year years".split())


def _bin(name: str) -> str | None:
    path = Path(sys.executable).with_name(name)
    return str(path) if path.exists() else shutil.which(name)


def counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in ("articles", "actors", "events", "quotes", "mentions")}


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:  # noqa: S310 (our own server)
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class Server:
    """``cmd`` serving on a free port in a child process, stopped on leaving the block."""

    def __init__(self, cmd: list[str], ready: str, log: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.cmd = [*cmd, "--host", "127.0.0.1", "--port", str(self.port)]
        self.base, self.ready, self.log = f"http://127.0.0.1:{self.port}", ready, log

    def __enter__(self) -> Server:
        self.out = self.log.open("wb")
        self.proc = subprocess.Popen(self.cmd, stdout=self.out, stderr=subprocess.STDOUT)
        for _ in range(600):
            if self.proc.poll() is not None:  # e.g. the port was taken after all
                self.out.close()
                raise RuntimeError(f"{self.cmd} exited: {self.log.read_text()[-500:]}")
            try:
                if fetch(self.base + self.ready)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"{self.cmd} not ready after 60 s")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.out.close()


def listing(base: str, name: str) -> list[dict]:
    """Every row of ``/NAME.json``, page by page, in the app's order."""
    rows, page = [], 1
    while True:
        data = json.loads(fetch(f"{base}/{name}.json?per_page=200&page={page}")[1])
        rows += data[name]
        if not data["paging"]["next"]:
            return rows
        page += 1


def pick(rng: random.Random, ranked: list, n: int) -> list:
    """Half from the first HEAVY of ``ranked``, half uniformly from the rest, shuffled."""
    chosen = rng.sample(ranked[:HEAVY], min(n // 2, len(ranked[:HEAVY])))
    chosen += rng.sample(ranked[HEAVY:], min(n - len(chosen), len(ranked[HEAVY:])))
    rng.shuffle(chosen)
    return chosen


def sample(base: str, n: int, queries: int, seed: int) -> dict[str, list]:
    """Actor ids, event ids and search queries: the same keys for every system."""
    rng = random.Random(seed)
    actors = listing(base, "actors")  # most mentioned first
    events = sorted(listing(base, "events"), key=lambda e: -e["sources"])  # stable
    words = Counter(w for a in listing(base, "articles")
                    for w in re.findall(r"[a-z]{4,}", (a["title"] or "").lower())
                    if w not in STOP)
    names = pick(rng, [a["name"] for a in actors], queries // 2)
    common = rng.sample([w for w, _ in words.most_common(HEAVY)], queries - len(names))
    return {"dossier": [a["id"] for a in pick(rng, actors, n)],
            "event": [e["id"] for e in pick(rng, events, n)],
            "search": rng.sample(names + common, len(names) + len(common))}


def timed_pass(base: str, paths: list[str]) -> list[tuple[float, int, str]]:
    """Fetch every path once: (milliseconds, status, path), slowest first."""
    def timed(path: str) -> tuple[float, int, str]:
        start = time.perf_counter()
        status = fetch(base + path)[0]
        return (time.perf_counter() - start) * 1000, status, path
    return sorted(map(timed, paths), reverse=True)


def wrk(base: str, paths: list[str], connections: int, seconds: int, tmp: Path) -> dict:
    (tmp / "paths.txt").write_text("\n".join(paths) + "\n")
    cmd = [_bin("wrk"), "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
           "--latency", "-s", str(LUA), base]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                         env={**os.environ, "WRK_PATHS": str(tmp / "paths.txt")}).stdout
    return json.loads([line for line in out.splitlines() if line.startswith("{")][-1])


def measure(system: str, base: str, keys: dict, db: str, args, tmp: Path) -> tuple[list, dict]:
    rows, slowest = [], {}
    for kind, template in PAGES[system].items():
        for ext in ("", ".json") if args.json else ("",):
            paths = [template.format(db=db, k=urllib.parse.quote(str(k)), ext=ext)
                     for k in keys[kind]]
            bad = [t for t in timed_pass(base, paths) if t[1] != 200]  # the warm-up
            if bad:
                print(f"{system} {kind}: {len(bad)} non-200 in the warm-up, e.g. {bad[0]}")
            if not ext:
                slowest[kind] = timed_pass(base, paths)[:3]
            for c in args.concurrency:
                r = wrk(base, paths, c, args.duration, tmp)
                rows.append({"system": system, "kind": kind, "json": bool(ext), "c": c, **r})
                print(f"{system} {kind} {ext or 'html'} c={c}: p50 {r['p50'] / 1000:.1f} "
                      f"p95 {r['p95'] / 1000:.1f} ms, non-2xx {r['non2xx']}", flush=True)
    return rows, slowest


def render(rows: list, slow: dict, store: dict, args, command: str, notes: list) -> str:
    head = (f"`newsgraph serve` with one worker (the default){notes[0]}. Each row is one "
            f"`wrk -t1 -cC -d{args.duration}s` run cycling through the same paths: {args.n} "
            f"dossiers and {args.n} events (half sampled from the {HEAVY} most mentioned "
            f"actors / most reported events, half uniformly from the rest) and "
            f"{args.queries} search queries (half actor names, half common title words), "
            f"seed {args.seed}, after a warm-up pass over every path. wrk runs on the same "
            f"machine; load average before the run: {notes[1]}.")
    lines = [f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.",
             f"Command: `{command}`", "",
             f"Store `{args.db.name}` ({args.db.stat().st_size / 2**20:.0f} MB), ingested "
             f"from BBC news (2,225 files) and FA-KES (804 rows): {store['articles']:,} "
             f"articles, {store['actors']:,} actors, {store['events']:,} events, "
             f"{store['quotes']:,} quotes, {store['mentions']:,} mentions.", "", head, "",
             "| system | page | format | concurrency | p50 ms | p95 ms | p99 ms | req/s "
             "| requests | non-2xx |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        key = "WORDS" if r["kind"] == "search" else "{id}"
        page = PAGES[r["system"]][r["kind"]].format(db=args.db.stem, k=key, ext="")
        lines.append(
            f"| {r['system']} | {LABEL[r['system']][r['kind']]} `{page}` | "
            f"{'JSON' if r['json'] else 'HTML'} | "
            f"{r['c']} | {r['p50'] / 1000:.1f} | {r['p95'] / 1000:.1f} | "
            f"{r['p99'] / 1000:.1f} | {r['requests'] / (r['duration_us'] / 1e6):.1f} | "
            f"{r['requests']:,} | {r['non2xx'] + r['socket_errors'] + r['timeouts']} |")
    lines += ["", "Slowest newsgraph HTML pages in a sequential pass after the warm-up:", ""]
    lines += [f"- {kind}: " + ", ".join(f"`{p}` {ms:.0f} ms" for ms, _, p in timed)
              for kind, timed in slow.items()]
    return "\n".join([*lines, "", notes[2]])


ANCHOR = ("datasette is an anchor for the serving stack (a Python ASGI server over the same "
          "SQLite file), not the same work: its row page shows one table row (with counts "
          "of the rows referring to it) and its search lists the matching rows of one FTS "
          "table, while a newsgraph dossier assembles a whole actor (names, roles, events, "
          "quotes, companions, places) and its search covers actors, articles and quotes.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--db", type=Path, required=True, help="a newsgraph store")
    add("--build", action="store_true", help="ingest BBC and FA-KES into a missing --db")
    add("--duration", type=int, default=20, help="seconds per wrk run")
    add("--concurrency", type=lambda s: [int(c) for c in s.split(",")], default=[1, 4])
    add("--n", type=int, default=200, help="dossiers and events sampled")
    add("--queries", type=int, default=100, help="search queries sampled")
    add("--seed", type=int, default=1)
    add("--no-json", dest="json", action="store_false", help="not the .json twins")
    add("--no-anchor", dest="anchor", action="store_false", help="no datasette")
    args = parser.parse_args(argv)
    if not _bin("wrk"):
        raise SystemExit("wrk not found: apt-get install -y wrk")
    if not args.db.exists():
        if not args.build:
            raise SystemExit(f"{args.db} does not exist (add --build to build it, ~6 min)")
        for corpus in CORPORA:  # one ingest after the other: never two writers at once
            subprocess.run([_bin("newsgraph"), "ingest", "--db", str(args.db), str(corpus)],
                           check=True)
    store, load = counts(args.db), " ".join(f"{x:.2f}" for x in os.getloadavg())
    datasette = _bin("datasette") if args.anchor else None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with Server([_bin("newsgraph"), "serve", "--db", str(args.db)], "/index.json",
                    tmp / "newsgraph.log") as server:
            stats = json.loads(fetch(server.base + "/index.json")[1])["stats"]
            if stats["articles"] != store["articles"]:
                raise SystemExit(f"{server.base} is not serving {args.db}")
            keys = sample(server.base, args.n, args.queries, args.seed)
            rows, slow = measure("newsgraph", server.base, keys, "", args, tmp)
        if datasette:
            version = subprocess.run([datasette, "--version"], capture_output=True,
                                     text=True).stdout.split()[-1]
            with Server([datasette, "serve", "-i", str(args.db)], "/-/versions.json",
                        tmp / "datasette.log") as server:
                rows += measure("datasette", server.base, keys, args.db.stem, args, tmp)[0]
            notes = [f"; datasette {version} `serve -i` (immutable, its default settings) "
                     "on the same file", load, ANCHOR]
        else:
            why = "installed (pip install -e '.[bench]')" if args.anchor else "asked for"
            notes = ["", load, f"No anchor in this run: datasette was not {why}."]
    command = " ".join(["python benchmarks/web_latency.py", *(argv or sys.argv[1:])])
    text = render(rows, slow, store, args, command, notes)
    write_section(ROOT / "docs" / "benchmarks.md", "web-latency",
                  "Web latency: dossier, event and search pages", text)
    print(text)


if __name__ == "__main__":
    main()
