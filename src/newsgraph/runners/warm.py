"""What a worker loads once, before its first batch: the spaCy model and the gazetteer."""

from __future__ import annotations

from newsgraph.settings import Settings


def warm_up(settings: Settings) -> None:
    """Load what every article needs, so that a worker's first batch is as quick as the rest."""
    from newsgraph.extract import load_nlp
    from newsgraph.gazetteer import gazetteer

    load_nlp(settings)
    gazetteer(settings.min_place_population).places("Paris")
