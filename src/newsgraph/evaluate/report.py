"""Writing benchmark figures into docs/benchmarks.md, one replaceable section per benchmark."""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

HEADER = """# Benchmarks

Every figure here was written by the command shown beside it, on the machine and date it
names. Re-run a command to refresh its section; the other sections are left as they are.
"""


def machine() -> str:
    """A one-line description of this machine: CPU model, cores, memory, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}"


def write_section(path: Path, key: str, title: str, body: str) -> None:
    """Replace (or append) the section marked ``key`` in the benchmarks document."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    begin, end = f"<!-- {key}:begin -->", f"<!-- {key}:end -->"
    section = f"{begin}\n## {title}\n\n{body}\n{end}"
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.DOTALL)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else f"{text.rstrip()}\n\n{section}\n"
    path.write_text(text, encoding="utf-8")
