"""What templates use to build links and show values: filters and globals for Jinja."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment

from newsgraph.web.charts import first_day


def href(path: str, **params: Any) -> str:
    """``path`` with the non-empty ``params`` as a query string (values are encoded)."""
    query = urlencode({k.rstrip("_"): v for k, v in params.items() if v not in (None, "")})
    return path + ("?" + query if query else "")


def actor_url(actor_id: int | None) -> str | None:
    return f"/actors/{actor_id}" if actor_id is not None else None


def article_url(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """An article's page; with a span, the span is marked and scrolled to."""
    if start is None or end is None:
        return f"/articles/{quote(article_id)}"
    return f"/articles/{quote(article_id)}?hl={start}-{end}#hl"


def date_or_dash(value: str | None) -> str:
    """A date as stored (its precision kept); an ISO week also gives its Monday."""
    if not value:
        return "—"
    if "-W" in value:
        day = first_day(value)[1]
        return f"{value} (week of {day})" if day != value else value
    return value


def basename(path: str) -> str:
    """A file's name without the folders of the machine that read it."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def register_filters(env: Environment) -> None:
    env.globals.update(href=href, actor_url=actor_url, article_url=article_url)
    env.filters.update(date=date_or_dash, plural=plural, basename=basename)
