"""The event finder run as the pipeline runs it: spaCy, mentions, roles, quotes, dates."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.records import CleanArticle
from newsgraph.settings import Settings

PUBLISHED = "2024-03-08"  # a Friday


@pytest.fixture(scope="module")
def events_of(nlp):
    """text -> the article's events (extract records: ActorRefs, not entity ids)."""

    def run(text: str, published: str | None = PUBLISHED, dateline: str | None = None,
            dropped: tuple[str, ...] = ()):
        clean = CleanArticle(text=text, published=published, dateline=dateline,
                             dropped=dropped)
        return list(extract(clean, Settings(), nlp).events)

    return run


def names(refs) -> set[str]:
    return {r.name for r in refs}


def one(events, type_: str):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]
