"""The web app: read-only pages over the store, each page with a ``.json`` twin.

Every page is one function in ``pages.py`` that takes the store and the request's
parameters and returns plain JSON-ready data. ``Site.page`` registers it twice: at
``PATH.json`` (the data itself) and at ``PATH`` (the data rendered by a Jinja template).
The store is opened read-only, one connection per worker thread, so no request can write.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from newsgraph import __version__
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.web import errors, paging
from newsgraph.web.links import register_filters

STATIC = Path(__file__).parent / "static"

# Scripts, styles and images come from this server only: an article's text can never
# run code, and nothing is fetched from elsewhere.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


class Stores:
    """One read-only Store per worker thread (SQLite connections stay in their thread)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._local = threading.local()
        Store.open(settings.db_path, settings, read_only=True).close()  # fail early

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open(self.settings.db_path, self.settings,
                                                   read_only=True)
        return store


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("newsgraph.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    register_filters(env)
    return Jinja2Templates(env=env)


class Site:
    """The FastAPI app with a way to register a page and its ``.json`` twin at once."""

    def __init__(self, settings: Settings):
        self.app = FastAPI(
            title="newsgraph", version=__version__,
            description="Read-only pages over a newsgraph store: actors, events, quotes "
                        "and articles. Every page has a `.json` twin with the same data.",
            docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
        )
        self.app.state.stores = Stores(settings)
        self.templates = _templates()
        self.app.mount("/static", StaticFiles(directory=STATIC), name="static")
        errors.install(self.app, self.templates)
        self.app.middleware("http")(_security_headers)

    def page(self, path: str, template: str, summary: str) -> Callable:
        """Register ``fn(store, **params) -> dict`` as ``path`` (HTML) and its JSON twin."""
        json_path = "/index.json" if path == "/" else path + ".json"

        def register(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
            # The twin goes first: "/actors/{actor}" would also match "/actors/3.json".
            self.app.get(json_path, summary=summary + " (JSON)", tags=["json"],
                         name=fn.__name__ + "_json", responses=errors.JSON_RESPONSES,
                         )(_endpoint(fn, self._as_json))
            self.app.get(path, summary=summary, tags=["pages"], name=fn.__name__,
                         response_class=HTMLResponse, responses=errors.HTML_RESPONSES,
                         )(_endpoint(fn, self._as_html(template)))
            return fn

        return register

    @staticmethod
    def _as_json(request: Request, data: dict[str, Any]) -> JSONResponse:
        return JSONResponse(data)

    def _as_html(self, template: str) -> Callable[[Request, dict[str, Any]], HTMLResponse]:
        def render(request: Request, data: dict[str, Any]) -> HTMLResponse:
            json_url = paging.twin(request.url)
            return self.templates.TemplateResponse(
                request, template, {"data": data, "json_url": json_url})
        return render


def _endpoint(fn: Callable[..., dict[str, Any]],
              respond: Callable[[Request, dict[str, Any]], Any]) -> Callable:
    """An endpoint with ``fn``'s parameters (but the store) plus the request."""

    def endpoint(request: Request, **params: Any) -> Any:
        data = fn(request.app.state.stores.get(), **params)
        if "paging" in data:
            data["paging"] = data["paging"].links(request.url)
        return respond(request, data)

    params = list(inspect.signature(fn).parameters.values())[1:]
    request_param = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                      annotation=Request)
    endpoint.__signature__ = inspect.Signature([request_param, *params])  # type: ignore[attr-defined]
    endpoint.__name__ = fn.__name__
    endpoint.__doc__ = fn.__doc__
    return endpoint


async def _security_headers(request: Request, call_next: Callable) -> Any:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def create_app(settings: Settings) -> FastAPI:
    """The web app over the store at ``settings.db_path`` (which must exist)."""
    from newsgraph.web.pages import register_pages

    site = Site(settings)
    register_pages(site)
    app = site.app
    default_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = errors.without_422(default_openapi())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
