"""newsgraph: raw news articles in, a source-linked model of actors, events and statements out.

The public surface is small: ``analyze`` one article, ``open`` a store and query it,
``ingest`` files into it. Everything else is reachable through the stage packages.
"""

from newsgraph.api import analyze, ingest, load_model, open
from newsgraph.errors import NewsgraphError
from newsgraph.records import Article
from newsgraph.settings import Settings

__version__ = "0.1.0"

__all__ = ["Article", "NewsgraphError", "Settings", "analyze", "ingest", "load_model", "open"]
