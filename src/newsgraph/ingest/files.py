"""Paths to bytes: walking folders, refusing oversized files before reading them, stdin."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from newsgraph.errors import InputError

STDIN = "-"
SIZE_HINT = "raise it with --max-bytes or split the file"


# A corpus folder often carries its own documentation beside the articles; those files are
# skipped when a folder is walked (naming one explicitly still reads it).
NOT_ARTICLES = frozenset({"readme", "license", "licence", "copying", "changelog", "notice",
                          "authors", "contributing"})


def is_corpus_doc(name: str) -> bool:
    """README.TXT, LICENSE, CHANGELOG.md ...: documentation, not an article."""
    return name.split(".", 1)[0].lower() in NOT_ARTICLES


def walk(path: str) -> Iterator[str]:
    """Files under a folder, sorted, skipping hidden files and folders (.git, .DS_Store)
    and the folder's own documentation (README, LICENSE, ...)."""
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not is_corpus_doc(name):
                yield os.path.join(folder, name)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Every input a run reads: stdin, each named file, each file under each folder."""
    for path in paths:
        path = os.fspath(path)
        if path != STDIN and os.path.isdir(path):
            yield from walk(path)
        else:
            yield path


def count_inputs(paths: Iterable[str]) -> int:
    """How many files (stdin counts as one) a run over ``paths`` will read."""
    return sum(1 for _ in expand(paths))


def input_bytes(paths: Iterable[str]) -> int:
    """How many bytes the files under ``paths`` hold (stdin and missing files count 0)."""
    total = 0
    for path in expand(paths):
        try:
            total += os.stat(path).st_size if path != STDIN else 0
        except OSError:
            pass  # read_paths reports it
    return total


def too_big(size: int, limit: int, origin: str) -> InputError:
    return InputError(f"file is {size:,} bytes, over the {limit:,}-byte limit",
                      hint=SIZE_HINT, origin=origin)


def read_file(path: str, limit: int) -> bytes | InputError:
    """The bytes of a file, or why not; the size is checked before anything is read."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            return too_big(size, limit, path)
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except FileNotFoundError:
        return InputError("no such file or folder", hint="check the path", origin=path)
    except OSError as exc:
        return InputError(f"cannot read the file: {exc.strerror or exc}", origin=path)


def read_stdin(limit: int) -> bytes | InputError:
    """Standard input, read no further than one byte past the limit."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        return InputError(f"standard input is over the {limit:,}-byte limit",
                          hint=SIZE_HINT, origin=STDIN)
    return data
