"""Plain-text views for people: the ingest summary, one analysed article, a dossier."""

from __future__ import annotations

from typing import Any

import click


def _err(line: str = "") -> None:
    click.echo(line, err=True)


def render_summary(report, settings) -> None:
    """stored / skipped as duplicate / failed, the records that held no article, then
    each failure with its reason and hint."""
    _err(
        f"stored {len(report.stored)}, skipped {len(report.duplicates)} as duplicate, "
        f"failed {len(report.failed)}  (database: {settings.db_path})"
    )
    if report.skipped:
        reasons = ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common())
        _err(f"  not articles, skipped: {sum(report.skipped.values())} records ({reasons})")
    for error in report.failed:
        _err(f"  failed: {error}")
        if error.hint:
            _err(f"    hint: {error.hint}")
    if report.failed:
        _err("  see them again with: newsgraph errors")


def _roles(entity: dict[str, Any], names: dict[str, str]) -> str:
    parts = []
    for role in entity.get("roles") or []:
        of = role.get("of")
        parts.append(role_words(role["role"], names.get(of, of)))
    return "; ".join(dict.fromkeys(parts))


def role_words(role: str, of: str | None) -> str:
    """'Defence Minister of Turkey'; a role that opens with its owner's name says it once
    ('Kremlin critic', not 'Kremlin critic of Kremlin')."""
    if not of or role.lower().startswith(of.lower() + " "):
        return role
    return f"{role} of {of}"


def render_analysis(article) -> None:
    d = article.to_dict()
    click.echo(f"{d['title'] or '(no title)'}")
    meta = [d["published"], d["outlet"], ", ".join(d["authors"]), d["dateline"]]
    click.echo("  " + " | ".join(m for m in meta if m))
    click.echo(f"  {len(d['text'].split())} words, {len(d['entities'])} entities, "
               f"{len(d['dropped'])} boilerplate lines dropped")
    names = {e["id"]: e["name"] for e in d["entities"]}
    for e in sorted(d["entities"], key=lambda e: -len(e["mentions"])):
        roles = _roles(e, names)
        aka = f"  aka {', '.join(e['aliases'])}" if e["aliases"] else ""
        click.echo(f"  {e['type']:<7} {e['name']}{aka}" + (f"  [{roles}]" if roles else ""))


def _section(title: str, lines: list[str]) -> None:
    if lines:
        click.echo(f"\n{title}")
        for line in lines:
            click.echo(f"  {line}")


def _quote_line(q: dict[str, Any]) -> str:
    how = ", ".join(x for x in (q.get("kind"), q.get("channel")) if x)
    return f"{q.get('date') or '?':<10} \u201c{q['text']}\u201d [{how}]"


def render_dossier(d: dict[str, Any]) -> None:
    click.echo(f"{d['name']}  ({d['type']}, actor {d['id']})")
    if d.get("kb"):
        click.echo("  " + ", ".join(f"{k}={v}" for k, v in d["kb"].items()))
    _section("Names", [f"{n['name']}  ({n.get('evidence') or 'seen'})" for n in d.get("names", [])])
    _section("Codes", [
        f"{c.get('since') or 'always':<10} {c['code']:<8} {c['source']}: {c['basis']}"
        for c in d.get("codes", [])
    ])
    _section("Roles", [
        f"{r.get('reported') or '?':<10} {role_words(r['role'], r.get('of'))}"
        for r in d.get("roles", [])
    ])
    _section("Articles", [
        f"{a.get('published') or '?':<10} {a.get('title') or a['id']}  [{a.get('outlet') or ''}]"
        for a in d.get("articles", [])
    ])
    _section("Events", [_event_line(e) for e in d.get("events", [])])
    _section("Said", [_quote_line(q) for q in d.get("said", [])])
    _section("Said about them", [
        f"{_quote_line(q)}  ({q.get('speaker_name') or q.get('speaker') or 'unattributed'})"
        for q in d.get("said_about", [])
    ])
    _section("Mentions", [
        f"...{m['context'].replace(chr(10), ' ')}..." for m in d.get("mentions", [])[:20]
    ])


def _event_line(e: dict[str, Any]) -> str:
    """'2025-10-15 CONSULT (meeting) in Moscow: al-Sharaa -> Putin', with its status when
    it is not a reported one."""
    who = f"{', '.join(e.get('actors') or ()) or '?'} -> {', '.join(e.get('targets') or ()) or '-'}" \
        if e.get("actors") or e.get("targets") else ", ".join(e["participants"])
    status = f" [{e['status']}]" if e.get("status", "reported") != "reported" else ""
    return (f"{e.get('date') or '?':<10} {e['type']} ({e.get('kind') or '-'}){status}"
            + (f" in {e['location']}" if e.get("location") else "")
            + f": {who}  [{e['sources']} source(s), event {e['id']}]")
