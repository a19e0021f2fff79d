"""``ftm``: FollowTheMoney entities, one JSON object a line, as Aleph and the ``ftm`` tools
read them (``ftm validate``, ``ftm export-gexf``, ``alephclient write-entities``).

- actors: people as ``Person``; countries acting as a state, and organisations whose
  code is one of the state's sectors, as ``PublicBody`` (FollowTheMoney has no Country
  schema, and an event's ``involved`` must be a legal entity); other organisations and
  groups as ``Organization``; cities, regions, places and facilities as ``Address``.
  Works, laws and products are left out. Each carries its actor code (``classification``),
  its roles as reported (``position``) and the articles naming it (``proof``);
- articles as ``Article`` (title, date, outlet, authors, address, text);
- events as ``Event`` (``involved``, dates, place, ``proof``; ``description`` names who
  acted on whom and the spans of every report);
- mentions and statements as ``Documentation`` linking an actor to its article: the spans
  where it is named, the words of a quote it said or is named in.

Every entity is validated with followthemoney's own schema (and for its required
properties) before it is written; one that fails is left out and named in the summary.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from newsgraph.export import Scope, Summary, json_line
from newsgraph.export.table import event_codes
from newsgraph.gazetteer import alpha2
from newsgraph.resolve.codes import STATE_SECTORS, ActorCode
from newsgraph.store import Store
from newsgraph.store import codes as code_text
from newsgraph.store.results import ActorSummary, ExportEvent, QuoteLink

PREFIX = "newsgraph"
LEGAL = ("Person", "Organization", "PublicBody")  # what an Event may involve
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def schema_of(actor: ActorSummary, code: ActorCode | None) -> str | None:
    """The FollowTheMoney schema an actor becomes, or None to leave it out."""
    kind = (actor.kb or {}).get("kind")
    if actor.type == "PERSON":
        return "Person"
    if actor.type == "GPE" and code and code.source == "country":
        return "PublicBody"
    if actor.type in _PLACES and kind != "group":
        return "Address"
    if actor.type in ("ORG", "NORP"):
        return "PublicBody" if code and code.sector in STATE_SECTORS else "Organization"
    return None


class _Writer:
    """Makes, validates and writes entities; remembers the ids of actors and articles."""

    def __init__(self, text: io.TextIOBase, name: str):
        from followthemoney import model

        self.model, self.text = model, text
        self.summary = Summary(name)
        self.actor_ids: dict[int, tuple[str, str]] = {}  # actor id -> (entity id, schema)
        self.article_ids: dict[str, str] = {}

    def make(self, schema: str, *key: Any):
        proxy = self.model.make_entity(schema)
        proxy.make_id(PREFIX, schema, *map(str, key))
        return proxy

    def emit(self, proxy, what: str) -> bool:
        from followthemoney.exc import InvalidData

        data = proxy.to_dict()
        try:
            proxy.schema.validate(data)
        except InvalidData as exc:
            self.summary.problems.append(f"{what}: {exc} {getattr(exc, 'errors', '')}")
            return False
        # validate() checks a required property only when it is given, empty
        missing = sorted(p for p in proxy.schema.required if not proxy.get(p))
        if missing:
            self.summary.problems.append(f"{what}: no {', '.join(missing)}")
            return False
        self.text.write(json_line(data))
        counts = self.summary.counts
        counts[proxy.schema.name] = counts.get(proxy.schema.name, 0) + 1
        return True


def _article(w: _Writer, record: dict[str, Any]) -> None:
    proxy = w.make("Article", record["id"])
    proxy.add("title", record.get("title"))
    proxy.add("publishedAt", record.get("published"))
    proxy.add("publisher", record.get("outlet"))
    proxy.add("author", record.get("authors") or [])
    proxy.add("sourceUrl", (record.get("source") or {}).get("url"))
    proxy.add("language", record.get("language"))
    proxy.add("bodyText", record.get("text"))
    proxy.add("description", f"newsgraph article {record['id']}")
    if w.emit(proxy, f"article {record['id']}"):
        w.article_ids[record["id"]] = proxy.id


def _actor(w: _Writer, actor: ActorSummary, code: ActorCode | None) -> None:
    schema = schema_of(actor, code)
    if schema is None:
        w.summary.counts["actors left out"] = w.summary.counts.get("actors left out", 0) + 1
        return
    proxy = w.make(schema, "actor", actor.id, actor.name)
    kb = actor.kb or {}
    country = kb.get("country_code") or alpha2(code.country if code else None)
    if schema == "Address":
        proxy.add("full", actor.name)
        proxy.add("city", actor.name if kb.get("kind") == "city" else None)
        proxy.add("latitude", kb.get("lat"))
        proxy.add("longitude", kb.get("lon"))
    else:
        proxy.add("alias", list(actor.aliases))
        proxy.add("classification", code.code if code else None)
        proxy.add("jurisdiction", country if code and code.source == "country" else None)
    if schema == "Person":
        proxy.add("position", [_position(r) for r in actor.roles])
    proxy.add("name", actor.name)
    proxy.add("country", country)
    proxy.add("proof", [w.article_ids[a] for a in actor.article_ids if a in w.article_ids])
    proxy.add("description", f"newsgraph actor {actor.id} ({actor.type})" + (
        f"; code {code.code}, {code_text.source_text(code)}" if code else ""))
    if w.emit(proxy, f"actor {actor.id}"):
        w.actor_ids[actor.id] = (proxy.id, schema)


def _position(role: tuple[str, str | None, str | None]) -> str:
    words, of, reported = role
    return words + (f" of {of}" if of else "") + (f" (reported {reported})" if reported else "")


def _event(w: _Writer, e: ExportEvent, codes: dict) -> None:
    from followthemoney.types import registry

    proxy = w.make("Event", "event", e.id, e.type)
    who = [a for a in e.actors if a.id in w.actor_ids]
    sources = ", ".join(a.name for a in who if a.role == "actor")
    targets = ", ".join(a.name for a in who if a.role == "target")
    proxy.add("name", f"{e.type} {e.kind or ''}".strip() + (
        f": {sources or '?'} -> {targets or '-'}" if sources or targets else ""))
    proxy.add("involved", list(dict.fromkeys(
        w.actor_ids[a.id][0] for a in who if w.actor_ids[a.id][1] in LEGAL)))
    proxy.add("date", registry.date.clean(e.date) if e.date else None)
    proxy.add("startDate", e.earliest)
    proxy.add("endDate", e.latest)
    if e.location_id in w.actor_ids and w.actor_ids[e.location_id][1] == "Address":
        proxy.add("addressEntity", w.actor_ids[e.location_id][0])
    proxy.add("location", e.location)
    proxy.add("country", (e.location_kb or {}).get("country_code"))
    proxy.add("keywords", [e.type, e.kind, e.status])
    proxy.add("summary", e.reports[0].sentence if e.reports else None)
    proxy.add("proof", [w.article_ids[r.article_id] for r in e.reports
                        if r.article_id in w.article_ids])
    proxy.add("sourceUrl", [r.url for r in e.reports if r.url])
    proxy.add("publisher", [r.outlet for r in e.reports if r.outlet])
    proxy.add("recordId", str(e.id))
    named = {a.id: a.name for a in who}
    coded = "; ".join(f"{n} {c.code}" for i, n in named.items() if (c := codes.get((e.id, i))))
    proxy.add("description", "; ".join(filter(None, [
        f"newsgraph event {e.id}, {e.status}", f"source: {sources}" if sources else None,
        f"target: {targets}" if targets else None, f"codes: {coded}" if coded else None,
        "reports: " + ", ".join(f"{r.article_id}:{r.start}-{r.end} '{r.trigger}'"
                                for r in e.reports)])))
    w.emit(proxy, f"event {e.id}")


def _documentation(w: _Writer, article_id: str, actor: int, role: str, summary: str,
                   key: Any, date: str | None = None, description: str | None = None) -> None:
    if article_id not in w.article_ids or actor not in w.actor_ids:
        return
    proxy = w.make("Documentation", article_id, actor, key)
    proxy.add("document", w.article_ids[article_id])
    proxy.add("entity", w.actor_ids[actor][0])
    proxy.add("role", role)
    proxy.add("summary", summary)
    proxy.add("date", date)
    proxy.add("description", description)
    w.emit(proxy, f"{role} {actor} in {article_id}")


def _quote(w: _Writer, quote: QuoteLink) -> None:
    where = f"newsgraph quote {quote.id}, {quote.article_id}:{quote.start}-{quote.end}"
    how = ", ".join(filter(None, [quote.kind, quote.channel]))
    if quote.speaker_id is not None:
        _documentation(w, quote.article_id, quote.speaker_id, f"said ({how})", quote.text,
                       ("quote", quote.id), quote.date, where)
    for about in quote.about:
        if about != quote.speaker_id:
            by = quote.speaker or "an unnamed speaker"
            _documentation(w, quote.article_id, about, f"named in a quote by {by}", quote.text,
                           ("quoted", quote.id), quote.date, where)


def write(store: Store, scope: Scope, out: BinaryIO, name: str) -> Summary:
    events = store.export_events(scope.actor, scope.from_, scope.to, scope.status)
    quotes = store.export_quotes(scope.actor, scope.from_, scope.to)
    articles = set(store.article_ids(scope.actor, scope.from_, scope.to)) | {
        r.article_id for e in events for r in e.reports} | {q.article_id for q in quotes}
    actor_ids = None if scope.whole else {a.id for e in events for a in e.actors} | {
        i for q in quotes for i in (q.speaker_id, *q.about) if i is not None} | (
        {store.actor_id(scope.actor)} if scope.actor is not None else set())
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
    try:
        w = _Writer(text, name)
        for article_id in sorted(articles):
            _article(w, store.article(article_id).to_dict())
        actors = store.actor_summaries(actor_ids)
        now = store.code_histories([a.id for a in actors])
        for actor in actors:
            _actor(w, actor, now[actor.id].current if actor.id in now else None)
        codes = event_codes(store, events)
        for e in events:
            _event(w, e, codes)
        for m in store.mention_spans(articles):
            spans = "; ".join(f"{s}-{e} '{t}'" for s, e, t in m.spans)
            _documentation(w, m.article_id, m.actor_id, "mentioned", spans, "mentioned")
        for quote in quotes:
            _quote(w, quote)
        text.flush()
    finally:
        text.detach()
    return w.summary
