"""Quotes: who said what, in which words, through which channel.

``find_quotes(text, sentences, mentions, parse)`` returns ``Quote`` records (direct,
partial and indirect speech). The pipeline runs spaCy without the parser and hands in a
``parse(start, end)`` callback, which is called only for sentences ``needs_parse`` accepts.
"""

from newsgraph.extract.quotes.article import wants_parse
from newsgraph.extract.quotes.finder import find_quotes
from newsgraph.extract.quotes.lexicon import needs_parse
from newsgraph.extract.quotes.records import CHANNELS, KINDS, Quote, Speaker

__all__ = ["CHANNELS", "KINDS", "Quote", "Speaker", "find_quotes", "needs_parse", "wants_parse"]
