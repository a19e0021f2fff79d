"""resolve: one article's mentions -> entities (names merged, typed, linked, with roles).

``resolve_article`` works within one article; identity across articles is
``resolve/identity.py``'s. ``names`` holds the name keys both share.
"""

from newsgraph.resolve.article import resolve_article
from newsgraph.resolve.assemble import assemble_article

__all__ = ["assemble_article", "resolve_article"]
