"""atheris (coverage-guided, libFuzzer) over every reader and the clean stage.

    python benchmarks/fuzz_readers.py CORPUS_DIR -max_total_time=300 -max_len=8192

The first byte of an input picks the file name (and so the reader: text, JSON, JSON Lines,
CSV, TSV, feed, HTML, gzip); the rest is the file. Anything but an article or an
InputError, or an InputError from the readers' safety net (a reader's bug), is a crash
that libFuzzer saves and reports. Run by ``benchmarks/fuzz.py`` (``make fuzz``).
"""

from __future__ import annotations

import logging
import sys

import atheris

with atheris.instrument_imports(include=["newsgraph"]):
    from newsgraph.clean import clean
    from newsgraph.errors import InputError
    from newsgraph.ingest import read_bytes
    from newsgraph.settings import Settings

NAMES = (None, "a.txt", "a.json", "a.jsonl", "a.csv", "a.tsv", "a.xml", "a.rss", "a.html",
         "a.txt.gz", "a.jsonl.gz", "a.html.gz")
SETTINGS = Settings(max_file_bytes=1_000_000)
BUG = "file could not be read ("  # the message of ingest's safety net


def one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    for item in read_bytes(data[1:], name or "<fuzz>", name, SETTINGS):
        if isinstance(item, InputError):
            if item.message.startswith(BUG):
                raise AssertionError(item.message)
            continue
        item.content.encode("utf-8")
        try:
            clean(item, SETTINGS).text.encode("utf-8")
        except InputError:
            pass


def main() -> None:
    logging.disable(logging.CRITICAL)  # trafilatura and htmldate log every broken page
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
