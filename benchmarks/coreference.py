"""Who a pronoun or a description stands for: newsgraph's coreference beside coreferee.

    python benchmarks/coreference.py [DEV_DIR] [--record docs/benchmarks.md]

Measured where the dev set's gold says who spoke: every gold quote whose predicted quote names
its speaker with a pronoun ('he said') or a description ('the ministry said'). newsgraph's
answer is the speaker its coreference gave the quote. The baseline is coreferee 1.5.0 (the
`coref-baseline` extra): its English neural model is not on PyPI (`python -m coreferee install
en` downloads it from GitHub, which this machine cannot reach) and it refuses the installed
model's name, so what runs is coreferee's own English rules (``RulesAnalyzerFactory``): the
nearest preceding noun its rules permit as the antecedent (a close pair before a possible
one), over a full parse by the same spaCy model. Both are scored with the reference scorer's
speaker rules (``score.speaker_matches``) against the same gold speakers.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_PRONOUNS = frozenset("he she him her it they".split())
_REACH = 3  # sentences back a baseline antecedent may lie


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "reference" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _published(dev: Path) -> dict[str, str]:
    rows = (line.split("\t") for line in (dev / "manifest.tsv").read_text().splitlines()[1:])
    return {r[0]: r[3] for r in rows if len(r) > 3 and r[3].strip()}


class Coreferee:
    """coreferee's English rules over a full parse: the nearest permitted antecedent."""

    def __init__(self, model: str):
        import spacy
        from coreferee.rules import RulesAnalyzerFactory
        from spacy.tokens import Doc, Token

        for cls in (Doc, Token):
            if not cls.has_extension("coref_chains"):
                cls.set_extension("coref_chains", default=None)
        self.nlp = spacy.load(model)
        self.rules = RulesAnalyzerFactory.get_rules_analyzer(self.nlp)

    def parse(self, text: str):
        doc = self.nlp(text)
        self.rules.initialize(doc)
        return doc

    def antecedent(self, doc, start: int, end: int):
        """The span the words at start..end stand for, or None."""
        from coreferee.data_model import Mention

        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        first_sent = max(0, token._.coref_chains.temp_sent_index - _REACH)
        pool = [t for t in reversed(doc[:span.start])
                if t._.coref_chains.temp_sent_index >= first_sent and self.rules.is_independent_noun(t)]
        if self.rules.is_potential_anaphor(token):
            for wanted in (2, 1):
                hit = next((t for t in pool if self.rules.is_potential_anaphoric_pair(
                    Mention(t, False), token, True) == wanted), None)
                if hit is not None:
                    return _phrase(hit)
            return None
        hit = next((t for t in pool if self.rules.is_potential_coreferring_noun_pair(t, token)), None)
        return _phrase(hit) if hit is not None else None


def _phrase(token):
    """The entity or noun chunk a token heads."""
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is not None:
        return ent
    return next((c for c in doc.noun_chunks if c.start <= token.i < c.end), doc[token.i:token.i + 1])


def measure(dev: Path, model: str) -> dict:
    import newsgraph

    score, dates = _scorer(), _published(dev)
    baseline = Coreferee(model)
    counts = {"pronouns": [0, 0, 0], "descriptions": [0, 0, 0]}  # scored, newsgraph, coreferee
    seconds = {"newsgraph": 0.0, "coreferee": 0.0}
    for gold_path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        path = dev / "articles" / gold["article"]
        t = time.perf_counter()
        doc = newsgraph.analyze(path, published=None if gold.get("published")
                                else dates.get(path.stem)).to_dict()
        seconds["newsgraph"] += time.perf_counter() - t
        pred = score.Predicted(doc)
        t = time.perf_counter()
        parsed = baseline.parse(doc["text"])
        seconds["coreferee"] += time.perf_counter() - t
        for g in gold["quotes"]:
            q = next((q for q in doc["quotes"] if score.norm(g["contains"]) in score.norm(q["text"])), None)
            written = (q or {}).get("speaker_pronoun")
            if not written:
                continue
            kind = "pronouns" if written["text"].lower() in _PRONOUNS else "descriptions"
            forms = score.forms(gold, g["speaker"])
            ours = any(score.speaker_matches(pred, q, f) for f in forms)
            t = time.perf_counter()
            found = baseline.antecedent(parsed, written["start"], written["end"])
            seconds["coreferee"] += time.perf_counter() - t
            theirs = found is not None and any(score.speaker_matches(
                pred, {"speaker": {"entity": _entity_at(doc, found), "text": found.text}}, f)
                for f in forms)
            c = counts[kind]
            c[0], c[1], c[2] = c[0] + 1, c[1] + ours, c[2] + theirs
    return {"counts": counts, "seconds": seconds, "model": model}


def _entity_at(doc: dict, span) -> str | None:
    start, end = span.start_char, span.end_char
    return next((e["id"] for e in doc["entities"] for m in e["mentions"]
                 if m["start"] < end and start < m["end"]), None)


def report(result: dict) -> str:
    lines = ["Speakers written as a pronoun or a description, on ../shared/dev (gold speakers)",
             f"{'system':<28} {'pronouns':>10} {'descriptions':>13} {'all':>9} {'seconds':>8}"]
    counts = result["counts"]
    n = [counts[k][0] for k in ("pronouns", "descriptions")]
    for i, name in ((1, "newsgraph (extract/coref)"), (2, "coreferee 1.5.0 rules")):
        got = [counts[k][i] for k in ("pronouns", "descriptions")]
        secs = result["seconds"]["newsgraph" if i == 1 else "coreferee"]
        lines.append(f"{name:<28} {got[0]:>4}/{n[0]:<5} {got[1]:>6}/{n[1]:<6} "
                     f"{sum(got):>3}/{sum(n):<5} {secs:>8.1f}")
    lines.append(f"model {result['model']}; newsgraph's seconds are the whole analysis, "
                 "coreferee's its full parse and rules")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", default=str(SHARED / "dev"))
    parser.add_argument("--model", default=None)
    parser.add_argument("--record", default=None)
    args = parser.parse_args(argv)
    from newsgraph.extract.nlp import default_model

    text = report(measure(Path(args.dev), args.model or default_model()))
    print(text)
    if args.record:
        from newsgraph.evaluate.report import machine, write_section

        body = (f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.\n"
                f"Command: `python benchmarks/coreference.py --record {args.record}`\n\n"
                f"```\n{text}\n```")
        write_section(Path(args.record), "coreference", "Coreference: who 'he' and 'the ministry' are",
                      body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
