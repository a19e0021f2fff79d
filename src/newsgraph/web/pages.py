"""The pages: each function takes the store and the request's parameters and returns the
data that its template shows and its ``.json`` twin returns. No SQL here: only ``Store``."""

from __future__ import annotations

from typing import Any

from fastapi import Path, Query

from newsgraph.records import PERIODS
from newsgraph.store import Store
from newsgraph.web import charts, highlight
from newsgraph.web.paging import Paging
from newsgraph.web.params import ACTOR, FROM, HEX, MAX_NAME, PAGE, TO, code, name, words
from newsgraph.web.snippets import snippet, split_around

SECTION = 25  # rows per section of a dossier; each section links to its full listing
COMPANIONS = 15
HOME_ROWS = 12

Data = dict[str, Any]

def _rows(results: Any) -> list[Data]:
    return [r.to_dict() for r in results]


def home(store: Store) -> Data:
    """The search box, counts, the latest articles and the most-mentioned actors."""
    return {
        "stats": store.stats().to_dict(),
        "articles": _rows(store.articles(limit=HOME_ROWS)),
        "actors": _rows(store.entities(limit=HOME_ROWS)),
    }


def search(store: Store, q: str = words("words to look for", ""),
           page: Paging = PAGE) -> Data:
    """Actors by name or alias, articles and quotes by full text."""
    if not q.strip():
        return {"query": q, "actors": [], "articles": [], "quotes": [], "paging": page}
    found = store.search(q, limit=page.limit, offset=page.offset)
    lists = {"actors": found.actors, "articles": found.articles, "quotes": found.quotes}
    data: Data = {"query": q}
    more = False
    for name, rows in lists.items():
        data[name] = _rows(page.cut(rows))
        more = more or page.more
    page.more = more
    return {**data, "paging": page}


def actors(store: Store, q: str | None = words("part of a name"),
           type: str | None = code("PERSON, ORG, GPE, ..."),  # noqa: A002
           page: Paging = PAGE) -> Data:
    """Actors, most mentioned first, by type and name."""
    rows = store.entities(type=type, search=q, limit=page.limit, offset=page.offset)
    return {"query": q, "type": type, "actors": _rows(page.cut(rows)), "paging": page}


def dossier(store: Store, actor: str = Path(max_length=MAX_NAME)) -> Data:
    """An actor: names with the evidence of merges, roles over time, a timeline of events
    and statements, quotes by and about the actor, its companions and places."""
    found = store.dossier(actor, limit=SECTION)
    network = store.network(found.id, limit=COMPANIONS)
    data = found.to_dict()
    return {
        "actor": data,
        "timeline": charts.timeline_items(data["events"], data["said"] + data["said_about"]),
        "mentions": [snippet(m, store.settings.context_chars) for m in data["mentions"]],
        "network": charts.network_data(network),
        "companions": _rows(network.nodes[1:]),
        "map": charts.place_map(network.nodes),
        "section": SECTION,
    }


def relations(store: Store, a: str | None = name("an actor's id or name"),
              b: str | None = name("another actor's id or name"),
              from_: str | None = FROM, to: str | None = TO,
              by: str = Query("month", pattern=f"^({'|'.join(PERIODS)})$",
                              description="the period of the dyad series: day, week, month "
                                          "or year"),
              page: Paging = PAGE) -> Data:
    """The timeline between two actors (events with both, and what each said of the
    other) beside their dyad series: reported events per period, by PLOVER type."""
    first = store.actor(a) if a else None
    second = store.actor(b) if b else None
    entries = store.timeline(first.id, second.id if second else None, from_=from_, to=to) \
        if first else []
    shown = page.cut(entries[page.offset: page.offset + page.limit])
    dyads = store.dyads(first.id, second.id if second else None, by=by, from_=from_, to=to) \
        if first else None
    return {
        "a": first.to_dict() if first else None, "b": second.to_dict() if second else None,
        "from": from_, "to": to, "by": by, "entries": _rows(shown),
        "chart": charts.timeline_entries(shown), "paging": page,
        "dyads": _rows(dyads.rows) if dyads else [],
        "series": charts.dyad_series(dyads) if dyads else None,
    }


def events(store: Store, actor: str | None = ACTOR,
           with_: str | None = Query(None, alias="with", max_length=MAX_NAME,
                                     description="a second actor"),
           type: str | None = code("a PLOVER type"),  # noqa: A002
           status: str = Query("reported", max_length=20, pattern=r"^[A-Za-z]+$",
                               description="reported (the default), planned, "
                               "hypothetical, negated, or all"),
           from_: str | None = FROM, to: str | None = TO,
           page: Paging = PAGE) -> Data:
    """Events, newest first, by actor, second actor, PLOVER type, status and dates."""
    rows = store.events(actor=actor, with_=with_, type=type, from_=from_, to=to,
                        status=status, limit=page.limit, offset=page.offset)
    return {"actor": actor, "with": with_, "type": type, "status": status, "from": from_,
            "to": to, "events": _rows(page.cut(rows)), "paging": page}


def event(store: Store, event_id: int = Path(ge=1, le=2**63 - 1)) -> Data:
    """An event: type, date and how it was found, place, participants, every source."""
    detail = store.event(event_id)
    data = detail.to_dict()
    for source in data["sources"]:
        source["parts"] = split_around(source["sentence"], source["trigger"])
    return {"event": data, "families": detail.families, "actors": _roles_by_actor(data["actors"])}


def _roles_by_actor(rows: list[Data]) -> list[Data]:
    """One row per actor: its specific roles (actor, target), else 'participant'."""
    actors: dict[int, Data] = {}
    for row in rows:
        actor = actors.setdefault(row["id"], {**row, "roles": []})
        actor["roles"].append(row["role"])
    for actor in actors.values():
        specific = [r for r in actor["roles"] if r != "participant"]
        actor["roles"] = specific or actor["roles"]
    return list(actors.values())


def articles(store: Store, q: str | None = words("words in the text"),
             from_: str | None = FROM, to: str | None = TO,
             page: Paging = PAGE) -> Data:
    """Articles, newest published first, by full text and publication dates."""
    rows = store.articles(search=q, from_=from_, to=to, limit=page.limit, offset=page.offset)
    return {"query": q, "from": from_, "to": to, "articles": _rows(page.cut(rows)),
            "paging": page}


def article(store: Store, article_id: str = Path(max_length=64, pattern=HEX),
            hl: str | None = Query(None, pattern=r"^\d{1,9}-\d{1,9}$",
                                   description="a span START-END to mark")) -> Data:
    """An article: its clean text with actors, quotes, dates and events marked, and the
    boilerplate that cleaning dropped."""
    record = store.article(article_id).to_dict()
    links = store.article_links(record["id"])
    target = tuple(int(n) for n in hl.split("-")) if hl else None
    return {
        "article": record,
        "links": links.to_dict(),
        "segments": highlight.segments(record, links, target),
    }


def quotes(store: Store, by: str | None = name("the speaker"),
           about: str | None = name("an actor the quote names"),
           channel: str | None = code("tweet, interview, statement..."),
           q: str | None = words("words in the quote"),
           from_: str | None = FROM, to: str | None = TO,
           page: Paging = PAGE) -> Data:
    """Quotes, newest first, by speaker, actor named, channel, words and dates."""
    rows = store.quotes(by=by, about=about, channel=channel or None, search=q, from_=from_,
                        to=to, limit=page.limit, offset=page.offset)
    return {"by": by, "about": about, "channel": channel, "query": q, "from": from_, "to": to,
            "channels": store.quote_channels(), "quotes": _rows(page.cut(rows)),
            "paging": page}


def register_pages(site: Any) -> None:
    """Every page at its path, with its template and the summary the OpenAPI spec shows."""
    site.page("/", "home.html", "Home: search, latest articles, most-mentioned actors")(home)
    site.page("/search", "search.html", "Search actors, articles and quotes")(search)
    site.page("/actors", "actors.html", "Actors")(actors)
    site.page("/actors/{actor}", "dossier.html", "An actor's dossier")(dossier)
    site.page("/relations", "relations.html", "The timeline between two actors")(relations)
    site.page("/events", "events.html", "Events")(events)
    site.page("/events/{event_id}", "event.html", "One event and its sources")(event)
    site.page("/articles", "articles.html", "Articles")(articles)
    site.page("/articles/{article_id}", "article.html", "One article, annotated")(article)
    site.page("/quotes", "quotes.html", "Quotes explorer")(quotes)
