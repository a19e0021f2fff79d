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
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsgraph.errors import InputError, NewsgraphError, NotFound
from newsgraph.web.params import FORMS

log = logging.getLogger(__name__)

STATUS = {NotFound: 404, InputError: 400}
KIND_OF_STATUS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}


class ErrorFields(BaseModel):
    status: int
    kind: str
    message: str
    hint: str | None = None


class ErrorBody(BaseModel):
    """The one shape of every error the app returns as JSON."""

    error: ErrorFields


# What every page may answer besides 200, for the OpenAPI spec (pages take no body, so
# a bad parameter is a 400, never FastAPI's 422): the JSON twins answer an ErrorBody, the
# pages an HTML page with the same fields.
_WHY = {400: "A parameter is not valid", 404: "Nothing by that id or name"}
JSON_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": why} for status, why in _WHY.items()}
HTML_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"description": why, "content": {"text/html": {"schema": {"type": "string"}}}}
    for status, why in _WHY.items()}


def without_422(schema: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI spec without the 422 answers FastAPI documents but the app never sends."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            operation.get("responses", {}).pop("422", None)
    return schema


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
    form = FORMS.get((error.get("ctx") or {}).get("pattern"))
    if form:  # the pattern in words, not as a regular expression
        return f"{where}: {str(error.get('input'))[:40]!r} is not {form}"
    return f"{where}: {error.get('msg', 'invalid')}"
