"""One error shape for the whole app.

JSON (a ``.json`` path or the OpenAPI spec) gets
``{"error": {"status": 404, "kind": "not_found", "message": "...", "hint": "..."}}``;
a page gets the same fields rendered by ``error.html`` with the same status.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from newsgraph.errors import InputError, NewsgraphError, NotFound

log = logging.getLogger(__name__)

STATUS = {NotFound: 404, InputError: 400}
KIND_OF_STATUS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}


def error_body(status: int, kind: str, message: str, hint: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "kind": kind, "message": message, "hint": hint}}


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def install(app: FastAPI, templates: Jinja2Templates) -> None:
    """Route every error, expected or not, through one response builder."""

    def respond(request: Request, body: dict[str, Any]) -> Any:
        status = body["error"]["status"]
        headers = {"allow": "GET"} if status == 405 else None
        if _wants_json(request):
            return JSONResponse(body, status_code=status, headers=headers)
        return templates.TemplateResponse(request, "error.html", {"error": body["error"]},
                                          status_code=status, headers=headers)

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError) -> Any:
        status = STATUS.get(type(exc), 500)
        return respond(request, error_body(status, exc.kind, exc.message, exc.hint))

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> Any:
        problems = "; ".join(_describe(e) for e in exc.errors())
        return respond(request, error_body(400, "bad_request", f"bad parameters: {problems}",
                                           "see /openapi.json for each page's parameters"))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        kind = KIND_OF_STATUS.get(exc.status_code, "http_error")
        hint = "start from the home page: /" if exc.status_code == 404 else None
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return respond(request, error_body(exc.status_code, kind, message, hint))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Any:
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, error_body(500, "internal", "something went wrong on our side",
                                           "the server log has the details"))


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
    return f"{where}: {error.get('msg', 'invalid')}"
