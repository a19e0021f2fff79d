"""The pages' query parameters: every one has a length and a shape.

Anything else is FastAPI's validation error, which the app answers as a 400 in the one
error shape before the store sees it (words to look for are quoted for FTS5 by the store).
``FORMS`` says in words what each pattern wants, for that error's message.
"""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Query

from newsgraph.web.paging import paging

MAX_WORDS = 500  # characters of a search
MAX_NAME = 200  # characters of an actor's name or id
ISO_PREFIX = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # 2022, 2022-12, 2022-12-29 (or empty: any)
CODE = r"^[A-Za-z_]*$"  # PERSON, CONSULT, social_media
HEX = r"^[0-9A-Fa-f]+$"  # an article id, or the start of one
FORMS = {
    ISO_PREFIX: "an ISO date or the start of one: 2022, 2022-12, 2022-12-29",
    CODE: "a code of letters and underscores: PERSON, CONSULT, social_media",
    HEX: "an article id (hexadecimal), or its first characters",
}

# The query parameters that listings share, described once for the OpenAPI spec.
FROM = Query(None, alias="from", max_length=10, pattern=ISO_PREFIX,
             description="earliest date, an ISO prefix: 2022, 2022-12")
TO = Query(None, max_length=10, pattern=ISO_PREFIX, description="latest date, an ISO prefix")
ACTOR = Query(None, max_length=MAX_NAME, description="an actor's id or name")
PAGE = Depends(paging)


def words(description: str, default: str | None = None) -> Any:
    return Query(default, max_length=MAX_WORDS, description=description)


def name(description: str) -> Any:
    return Query(None, max_length=MAX_NAME, description=description)


def code(description: str) -> Any:
    return Query(None, max_length=32, pattern=CODE, description=description)
