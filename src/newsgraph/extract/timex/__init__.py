"""The temporal tagger: time expressions in plain text, resolved to TIMEX3 values.

A rule-based tagger in the manner of HeidelTime. Regex rules find the expressions
(``explicit``: calendar dates; ``relative``: "last week", "Wednesday", "11 years ago";
``clock``: times of day; ``durations``: stretches and sets; ``holidays``: named days),
the longest match wins, ``resolve`` anchors underspecified ones on the publication date in
the direction the tense points (``tense``), and ``dates`` keeps the precision of the
words as ISO prefixes, with the earliest and latest day they can mean.

    >>> [(d.text, d.value) for d in tag("The ministers met on Wednesday.", "2022-12-29")]
    [('Wednesday', '2022-12-28')]
"""

from newsgraph.extract.timex.dates import FUTURE, PAST, PRESENT, bounds
from newsgraph.extract.timex.mention import DateMention
from newsgraph.extract.timex.tagger import tag
from newsgraph.extract.timex.tense import doc_tense, guess_tense, tense_resolver

__all__ = [
    "FUTURE", "PAST", "PRESENT", "DateMention", "bounds", "doc_tense", "guess_tense", "tag",
    "tense_resolver",
]
