"""The store: SQLite with append-only migrations and named queries.

    >>> from newsgraph.store import Store
    >>> with Store.open("news.db") as store:
    ...     store.add(article)
    ...     store.dossier("Assad")
"""

from newsgraph.store.results import (
    AddResult,
    ArticleRef,
    ArticleRow,
    Dossier,
    EntityRow,
    ErrorRow,
    EventActorRow,
    EventDetail,
    EventRow,
    EventSourceRow,
    MentionRow,
    NameRow,
    RoleRow,
    Stats,
    TimelineEntry,
)
from newsgraph.store.store import Store

__all__ = [
    "AddResult",
    "ArticleRef",
    "ArticleRow",
    "Dossier",
    "EntityRow",
    "ErrorRow",
    "EventActorRow",
    "EventDetail",
    "EventRow",
    "EventSourceRow",
    "MentionRow",
    "NameRow",
    "RoleRow",
    "Stats",
    "Store",
    "TimelineEntry",
]
