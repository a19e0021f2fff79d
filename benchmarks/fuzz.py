"""``make fuzz``: the fuzz tests with a big budget, atheris over the readers, and
schemathesis against a running ``newsgraph serve``; the figures go to docs/benchmarks.md.

    python benchmarks/fuzz.py [--examples 2000] [--atheris-seconds 300]
                              [--schemathesis-examples 100] [--no-record]

1. hypothesis: tests/ingest/test_fuzz.py (every reader) and tests/web/test_fuzz.py (every
   parameter of every page) with NEWSGRAPH_FUZZ_EXAMPLES examples per test, random seeds.
2. atheris: benchmarks/fuzz_readers.py for a time budget, from a seed corpus of good and
   hostile files written here.
3. schemathesis: a store of the reference articles (else examples/) is built, served by
   ``newsgraph serve`` on a free localhost port started here, and every operation of its
   OpenAPI spec is tested (not a server error, status code and content type as documented).
Exits 1 when any of them found a failure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from newsgraph.evaluate.report import machine, write_section

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
REFERENCE = ROOT.parent / "shared" / "reference" / "articles"
FUZZ_TESTS = ["tests/ingest/test_fuzz.py", "tests/web/test_fuzz.py"]
STATS = re.compile(r"^(tests/\S+::\S+):\n(.*?)(?=^tests/|\Z)", re.S | re.M)
COUNTS = re.compile(r"(\d+) passing, (\d+) failing, and (\d+) invalid")


def run_hypothesis(examples: int) -> list[dict]:
    env = {**os.environ, "NEWSGRAPH_FUZZ_EXAMPLES": str(examples)}
    cmd = [sys.executable, "-m", "pytest", "-q", "-n", "2", "-p", "no:logging",
           "-p", "no:randomly", "--hypothesis-show-statistics", *FUZZ_TESTS]
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True).stdout
    failed = set(re.findall(r"^FAILED (\S+?)(?: - |$)", out, re.M))
    rows = []
    for test, body in STATS.findall(out):
        counts = [tuple(map(int, m)) for m in COUNTS.findall(body)]
        rows.append({"target": _name(test), "tool": "hypothesis",
                     "runs": sum(p + f for p, f, _ in counts),
                     "failures": int(test in failed) or sum(f for _, f, _ in counts)})
    for test in failed - {t for t, _ in STATS.findall(out)}:
        rows.append({"target": _name(test), "tool": "hypothesis", "runs": 0,
                     "failures": 1})
    if failed:
        print(out[-6000:], file=sys.stderr)
    return rows


def _name(test: str) -> str:
    """'tests/ingest/test_fuzz.py::test_json' -> 'ingest: test_json'."""
    path, name = test.split("::", 1)
    return f"{path.split('/')[1]}: {name}"


def _seeds(folder: Path) -> None:
    """Good and hostile files, each prefixed with the byte that picks its reader."""
    story = "The mayor of Bergen, Anne Larsen, reopened the harbour on Monday.\n"
    seeds = {
        1: story, 2: json.dumps([{"text": story, "title": "T"}]),
        3: json.dumps({"text": story, "published": "2025-10-21"}) + "\n" + "[" * 2000,
        4: f'title,text\nT,"{story}"\nU,"broken\n', 5: f"title\ttext\nT\t{story}",
        6: '<!DOCTYPE rss [<!ENTITY a "b">]><rss><channel><item><description>&a;'
           "</description></item></channel></rss>",
        7: "<rss><channel><title>W</title><item><title>T</title><description>"
           f"<![CDATA[<p>{story}</p>]]></description></item></channel></rss>",
        8: f"<html><head><title>T</title></head><body><article><p>{story}</p>"
           + "<div>" * 400 + "</article></body></html>",
    }
    for byte, text in seeds.items():
        (folder / f"seed{byte}").write_bytes(bytes([byte]) + text.encode("utf-8"))
    (folder / "seed9").write_bytes(b"\x09" + gzip.compress(story.encode())[:40])


def run_atheris(seconds: int) -> list[dict]:
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed (x86_64 only): skipped", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory() as tmp:
        corpus, artifacts = Path(tmp) / "corpus", Path(tmp) / "crashes"
        corpus.mkdir()
        artifacts.mkdir()
        _seeds(corpus)
        cmd = [sys.executable, str(ROOT / "benchmarks" / "fuzz_readers.py"), str(corpus),
               f"-max_total_time={seconds}", "-max_len=8192", "-timeout=60",
               "-rss_limit_mb=4096", f"-artifact_prefix={artifacts}/", "-print_final_stats=1"]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", done.stderr)
        crashes = list(artifacts.iterdir())
        if done.returncode or crashes:
            print(done.stderr[-6000:], file=sys.stderr)
    return [{"target": "every reader, then clean", "tool": f"atheris ({seconds} s)",
             "runs": int(runs[1]) if runs else 0,
             "failures": max(len(crashes), int(done.returncode != 0))}]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def run_schemathesis(examples: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fuzz.db"
        sources = [str(REFERENCE)] if REFERENCE.is_dir() else []
        subprocess.run([str(BIN / "newsgraph"), "ingest", str(ROOT / "examples"), *sources,
                        "--db", str(db), "--no-progress"], check=True, capture_output=True)
        port = _free_port()
        server = subprocess.Popen([str(BIN / "newsgraph"), "serve", "--db", str(db),
                                   "--port", str(port)], stderr=subprocess.DEVNULL)
        try:
            _wait(f"http://127.0.0.1:{port}/openapi.json")
            cmd = [str(BIN / "schemathesis"), "run", f"http://127.0.0.1:{port}/openapi.json",
                   "--checks", "not_a_server_error,status_code_conformance,"
                   "content_type_conformance", "-n", str(examples), "--workers", "1",
                   "--no-color", "--generation-database", "none"]
            done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)  # its cache
        finally:
            server.terminate()
            server.wait(timeout=30)
    cases = re.search(r"(\d+) generated", done.stdout)
    problems = re.search(r"(\d+) (?:failures?|errors?)", done.stdout.split("SUMMARY")[-1])
    if done.returncode:
        print(done.stdout[-6000:], file=sys.stderr)
    return [{"target": "newsgraph serve: every operation of /openapi.json",
             "tool": f"schemathesis ({examples} per operation)",
             "runs": int(cases[1]) if cases else 0,
             "failures": int(problems[1]) if problems else int(done.returncode != 0)}]


def render(rows: list[dict], command: str) -> str:
    lines = [f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.",
             f"Command: `{command}`", "",
             "| target | tool | examples run | failures |", "| --- | --- | ---: | ---: |"]
    lines += [f"| {r['target']} | {r['tool']} | {r['runs']:,} | {r['failures']} |"
              for r in rows]
    total = sum(r["runs"] for r in rows)
    failures = sum(r["failures"] for r in rows)
    lines += ["", f"{total:,} examples in all, {failures} failing."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--atheris-seconds", type=int, default=300)
    parser.add_argument("--schemathesis-examples", type=int, default=100)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args(argv)
    rows = run_hypothesis(args.examples)
    rows += run_atheris(args.atheris_seconds)
    rows += run_schemathesis(args.schemathesis_examples)
    command = "make fuzz  # python benchmarks/fuzz.py " + " ".join(sys.argv[1:])
    text = render(rows, command.strip())
    if not args.no_record:
        write_section(ROOT / "docs" / "benchmarks.md", "fuzz",
                      "Fuzzing: every reader and every web parameter", text)
    print(text)
    return 1 if any(r["failures"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
