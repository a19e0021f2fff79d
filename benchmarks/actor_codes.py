"""Actor codes on the dev set: how many actors get a code, and whether every person with a
role of a country's government gets that country and GOV at the date of the report.

    python benchmarks/actor_codes.py ../shared/dev [--record docs/benchmarks.md] [--sample 40]

The 26 dev articles are ingested into a fresh store (the manifest's publication date is
passed for the files whose gold gives none, as a scraper's metadata would). The gold's
roles whose owner is a country are the check: the store's actor for the gold person must
have, at the article's date, the country of the owner and GOV (a former post: ELI). Beside
newsgraph, from the same store, two baselines: the codes that actors' names alone give (a
country and demonym dictionary, as CAMEO-style coders start with), and each actor's latest
code applied at every date (roles without time). ``--sample`` prints that many coded actors,
drawn with a fixed seed, for checking by hand.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.errors import NotFound
from newsgraph.evaluate.report import machine, write_section
from newsgraph.gazetteer import alpha3, gazetteer
from newsgraph.resolve.codes import CODED_TYPES, STATE_SECTORS, Coder
from newsgraph.settings import Settings
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
ENDED = ("former", "ex-", "late ")


def build(dev: Path, db: Path) -> dict[str, str]:
    """Ingest the dev articles into ``db``; the date of each article by its manifest id."""
    from newsgraph.api import load_model
    from newsgraph.pipeline import ingest

    manifest = list(csv.DictReader((dev / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"))
    lines = db.with_suffix(".jsonl")
    with lines.open("w", encoding="utf-8") as out:
        for row in manifest:
            gold = json.loads((dev / "gold" / f"{row['id']}.json").read_text(encoding="utf-8"))
            record = {"text": (dev / "articles" / f"{row['id']}.txt").read_text(encoding="utf-8"),
                      "url": row["url"] or None}
            if gold.get("published") is None:
                record["published"] = row["date"]
            out.write(json.dumps(record) + "\n")
    settings = Settings(db_path=db)
    with Store.open(db, settings) as store:
        ingest([str(lines)], store, settings, load_model(settings))
    return {row["id"]: row["date"] for row in manifest}


def gold_roles(dev: Path, dates: dict[str, str]) -> list[dict]:
    """The gold roles owned by a country, with the article's date."""
    gaz = gazetteer()
    out = []
    for path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for role in gold["roles"]:
            country = gaz.country(role["of"]) if role.get("of") else None
            if country:
                out.append({**role, "article": path.stem, "date": dates[path.stem],
                            "country": alpha3(country.country_code),
                            "ended": role["role"].lower().startswith(ENDED)})
    return out


def check(store: Store, roles: list[dict]) -> dict[str, list]:
    """Each gold role against newsgraph's code at its date and the two baselines'."""
    coder = Coder()
    results: dict[str, list] = {"newsgraph": [], "names only": [], "latest role": []}
    for r in roles:
        try:
            actor = store.actor(store.actor_id(r["person"]))
        except NotFound:
            actor = None
        history = store.code_histories([actor.id])[actor.id] if actor else None
        expected = (r["country"], "ELI" if r["ended"] else "GOV")
        owned = actor is not None and r["country"] in _owner_countries(store, coder, actor.id)
        codes = {"newsgraph": history.at(r["date"]) if history else None,
                 "names only": coder.name_code(actor.type, actor.name, None) if actor else None,
                 "latest role": history.current if history else None}
        for system, code in codes.items():
            got = (code.country, code.sector) if code else (None, None)
            results[system].append({**r, "actor": actor.name if actor else None, "got": got,
                                    "expected": expected, "owned": owned})
    return results


def _owner_countries(store: Store, coder: Coder, actor: int) -> set[str]:
    """The countries the store's roles of an actor say they are of: whether the store
    holds the role with its owner at all (the extractor may have left it out)."""
    found = set()
    for role in store.dossier(actor).roles:
        if role.of:
            owner = store.actor_summaries([role.of_id])[0] if role.of_id else None
            code = coder.name_code(owner.type if owner else None, role.of,
                                   owner.kb if owner else None)
            if code and code.country:
                found.add(code.country)
    return found


def _share(n: int, total: int) -> str:
    return f"{n}/{total} ({100 * n / total:.0f}%)" if total else "0/0"


def coverage(store: Store) -> list[str]:
    actors = [a for a in store.actor_summaries() if a.type in CODED_TYPES]
    now = {i: h.current for i, h in store.code_histories([a.id for a in actors]).items()}
    coder = Coder()
    lines = ["| actors | newsgraph: country | sector | both | names only: country | sector |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for kind in sorted({a.type for a in actors}) + ["all"]:
        group = [a for a in actors if kind in ("all", a.type)]
        ours = [now.get(a.id) for a in group]
        base = [coder.name_code(a.type, a.name, a.kb) for a in group]
        n = len(group)
        cells = [sum(bool(c and c.country) for c in ours), sum(bool(c and c.sector) for c in ours),
                 sum(bool(c and c.country and c.sector) for c in ours),
                 sum(bool(c and c.country) for c in base), sum(bool(c and c.sector) for c in base)]
        lines.append(f"| {kind} ({n}) | " + " | ".join(_share(x, n) for x in cells) + " |")
    return lines


def sides(store: Store) -> str:
    """How many sides (source or target) of reported events carry a code at their date."""
    table = store.dyads(codes=True)
    coded = total = 0
    for row in table.rows:
        for side, code in ((row.source_id, row.source_code), (row.target_id, row.target_code)):
            if side is not None or code is not None:
                total += row.events
                coded += row.events if code else 0
    return _share(coded, total)


def render(store: Store, results: dict[str, list], command: str) -> str:
    lines = [f"Date: {time.strftime('%Y-%m-%d')}. Machine: {machine()}.", f"Command: `{command}`",
             "", "Gold roles owned by a country (the dev gold's `roles`; a former post "
             "expects ELI), coded at the date of their article:", "",
             "| system | country right | sector GOV (ELI) | both right | a state sector |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for system, rows in results.items():
        n = len(rows)
        lines.append(
            f"| {system} | {_share(sum(r['got'][0] == r['expected'][0] for r in rows), n)} | "
            f"{_share(sum(r['got'][1] == r['expected'][1] for r in rows), n)} | "
            f"{_share(sum(r['got'] == r['expected'] for r in rows), n)} | "
            f"{_share(sum(r['got'][1] in STATE_SECTORS | {'ELI'} for r in rows), n)} |")
    owned = [r for r in results["newsgraph"] if r["owned"]]
    right = sum(r["got"] == r["expected"] for r in owned)
    state = sum(r["got"][1] in STATE_SECTORS | {"ELI"} for r in owned)
    lines += ["", "Where the store holds the role with its owner (the extractor found whose post "
              f"it is): both right {_share(right, len(owned))}, a state sector "
              f"{_share(state, len(owned))}."]
    misses = [r for r in results["newsgraph"] if r["got"] != r["expected"]]
    lines += ["", "newsgraph's misses (*: the store holds the role without its owner, or not "
              "at all):", ""]
    lines += [f"- {'' if r['owned'] else '*'}{r['person']} ({r['role']} of {r['of']}, "
              f"{r['article']}): {' '.join(x or '---' for x in r['got'])}" +
              (f" [store actor: {r['actor']}]" if r["actor"] != r["person"] else "")
              for r in misses] or ["- none"]
    lines += ["", "Actors coded today (types that can act), newsgraph beside names alone:", ""]
    lines += coverage(store)
    lines += ["", f"Sides of reported events (source or target) with a code at the event's "
                  f"date: {sides(store)}."]
    return "\n".join(lines)


def sample(store: Store, size: int) -> list[str]:
    actors = [a for a in store.actor_summaries() if a.type in CODED_TYPES]
    now = {i: h.current for i, h in store.code_histories([a.id for a in actors]).items()}
    coded = [a for a in actors if now.get(a.id)]
    drawn = sorted(random.Random(15).sample(coded, min(size, len(coded))), key=lambda a: a.id)
    return [f"| {a.id} | {a.name} | {a.type} | {now[a.id].code} | {now[a.id].source}: "
            f"{now[a.id].basis} |" for a in drawn]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", type=Path)
    parser.add_argument("--record", type=Path, default=None)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dev.db"
        dates = build(args.dev, db)
        with Store.open(db) as store:
            results = check(store, gold_roles(args.dev, dates))
            command = "python benchmarks/actor_codes.py " + " ".join(sys.argv[1:])
            text = render(store, results, command)
            drawn = sample(store, args.sample) if args.sample else []
    print(text)
    if drawn:
        print("\n| id | actor | type | code | source |\n| --- | --- | --- | --- | --- |")
        print("\n".join(drawn))
    if args.record:
        write_section(args.record, "actor-codes", "Actor codes: the dev set", text)
        print(f"recorded in {args.record}", file=sys.stderr)


if __name__ == "__main__":
    main()
