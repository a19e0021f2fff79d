"""Pagination of every listing: ``?page=N&per_page=M``, with links to the pages around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Query
from starlette.datastructures import URL

MAX_PER_PAGE = 200


@dataclass
class Paging:
    """The page a request asked for; ``more`` is set once the listing has been read."""

    page: int = 1
    per_page: int = 50
    more: bool = False

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def limit(self) -> int:
        """One row more than shown, to know whether a next page exists."""
        return self.per_page + 1

    def cut(self, rows: list[Any] | tuple[Any, ...]) -> list[Any]:
        """The rows of this page (read with ``limit``), noting whether more follow."""
        self.more = len(rows) > self.per_page
        return list(rows[: self.per_page])

    def links(self, url: URL) -> dict[str, Any]:
        return {
            "page": self.page, "per_page": self.per_page,
            "prev": _local(url.include_query_params(page=self.page - 1)) if self.page > 1 else None,
            "next": _local(url.include_query_params(page=self.page + 1)) if self.more else None,
        }


def paging(
    page: int = Query(1, ge=1, le=100_000, description="page number, from 1"),
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE, description="rows per page"),
) -> Paging:
    return Paging(page, per_page)


def _local(url: URL) -> str:
    """The path and query of ``url``: links stay on whatever host serves the page."""
    return url.path + (f"?{url.query}" if url.query else "")


def twin(url: URL) -> str:
    """The URL of a page's JSON twin: the same query, the path with ``.json``."""
    return _local(url.replace(path="/index.json" if url.path == "/" else url.path + ".json"))
