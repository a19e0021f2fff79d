"""Does this tree ingest the same store as an earlier revision? For speed-ups that must not
change a single answer.

    python benchmarks/same_output.py ../shared/benchmarks/bbc-news-fulltext --limit 300 [--old main]

The source of ``--old`` (a git revision, by default ``main``) is taken out with
``git archive`` into a temporary directory. Each tree then ingests the same files (evenly
spaced, as in throughput.py) in a child process of its own into a fresh SQLite file, with
this environment's packages. Every table of the two stores is read back in full, rows
sorted, leaving out the columns that hold the time of the run; the script prints the
row counts and the first differences, and exits 1 when the stores differ.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import _files  # noqa: E402  (the same files, evenly spaced)

ROOT = Path(__file__).resolve().parents[1]
# Columns that hold when a row was written, not what was found.
CLOCK_COLUMNS = {"ingested_at", "created_at", "applied_at", "first_seen"}

CHILD = """
import sys
from pathlib import Path
import newsgraph
assert Path(newsgraph.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve()), newsgraph.__file__
from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store
settings = Settings(db_path=Path(sys.argv[2]))
files = Path(sys.argv[3]).read_text().split("\\n")
with Store.open(settings.db_path, settings) as store:
    print(ingest(files, store, settings).to_dict())
"""


def export(rev: str, into: Path) -> Path:
    """The ``src`` directory of git revision ``rev``, written under ``into``."""
    tar = subprocess.run(["git", "archive", "--format=tar", rev, "src"], cwd=ROOT,
                         check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    return into / "src"


def ingest_with(src: Path, db: Path, files: list[Path], listing: Path) -> None:
    listing.write_text("\n".join(str(p) for p in files))
    env = {**os.environ, "PYTHONPATH": str(src)}  # that tree's newsgraph, these packages
    subprocess.run([sys.executable, "-c", CHILD, str(src), str(db), str(listing)], check=True,
                   env=env, stdout=subprocess.DEVNULL)


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the clock columns (internal tables too, but
    not the migration log)."""
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_migrations' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {}
    for name in names:
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        keep = [i for i, d in enumerate(cursor.description) if d[0] not in CLOCK_COLUMNS]
        out[name] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    conn.close()
    return out


def compare(old: dict[str, list[tuple]], new: dict[str, list[tuple]], shown: int = 5) -> bool:
    same = True
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name, []), new.get(name, [])
        print(f"{name}: {len(a)} rows before, {len(b)} after"
              + ("" if a == b else "  DIFFERENT"))
        if a != b:
            same = False
            only_a, only_b = set(a) - set(b), set(b) - set(a)
            for row in sorted(only_a, key=repr)[:shown]:
                print(f"  - {row}")
            for row in sorted(only_b, key=repr)[:shown]:
                print(f"  + {row}")
    return same


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--old", default="main", help="git revision to compare with")
    args = parser.parse_args(argv)
    files = _files(args.corpus, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        old_src = export(args.old, tmp / "old")
        ingest_with(old_src, tmp / "old.db", files, tmp / "files.txt")
        ingest_with(ROOT / "src", tmp / "new.db", files, tmp / "files.txt")
        same = compare(tables(tmp / "old.db"), tables(tmp / "new.db"))
    print(f"{len(files)} files, {args.old} vs this tree: "
          + ("the same stores" if same else "the stores DIFFER"))
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
