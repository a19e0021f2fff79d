"""newsgraph's entity decoder against spaCy's own NER decoding, on the same docs.

    python benchmarks/same_entities.py ../shared/benchmarks/bbc-news-fulltext [--limit N]

Every file's text goes through newsgraph's pipeline up to the entity recognizer, twice;
one copy is decoded by spaCy's EntityRecognizer, the other by ``EntityDecoder``. Prints
the CPU seconds of each and the docs whose entities or IOB tags differ (there should be
none). ``--limit N`` takes N files evenly spaced over the sorted corpus.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from spacy.attrs import ENT_IOB, ENT_TYPE

from newsgraph.extract import load_nlp
from newsgraph.extract.entity_decoder import EntityDecoder
from newsgraph.settings import Settings


def _files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name.lower() != "readme.txt")
    if limit and limit < len(files):
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    return files


def _before_ner(nlp, texts: list[str], batch_size: int) -> list:
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name == "ner":
            break
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") \
            else [proc(doc) for doc in docs]
    return docs


def _timed(decoder, docs: list, batch_size: int) -> float:
    start = time.process_time()
    for _ in decoder.pipe(docs, batch_size=batch_size):
        pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    settings = Settings()
    nlp = load_nlp(settings)
    ours = nlp.get_pipe("ner")
    if not isinstance(ours, EntityDecoder):
        raise SystemExit("this model's NER is not decoded by newsgraph")
    texts = [p.read_bytes().decode("utf-8", errors="replace")
             for p in _files(args.corpus, args.limit)]
    size = settings.batch_size
    theirs_docs, ours_docs = _before_ner(nlp, texts, size), _before_ner(nlp, texts, size)
    theirs_s, ours_s = _timed(ours.ner, theirs_docs, size), _timed(ours, ours_docs, size)
    differ = [i for i, (a, b) in enumerate(zip(theirs_docs, ours_docs))
              if a.to_array([ENT_IOB, ENT_TYPE]).tolist() != b.to_array([ENT_IOB, ENT_TYPE]).tolist()]
    entities = sum(len(doc.ents) for doc in theirs_docs)
    print(f"{len(texts)} docs, {entities:,} entities: spaCy's decoder {theirs_s:.2f} s CPU, "
          f"newsgraph's {ours_s:.2f} s; docs that differ: {len(differ)}")
    for i in differ[:10]:
        print("  differs:", i)


if __name__ == "__main__":
    main()
