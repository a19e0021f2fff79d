"""Transcript turns printed without quotation marks: 'TAPPER: Do you think ...'.

Interview and debate transcripts give each turn a paragraph that opens with the speaker's
name in capitals and a colon. The turn is the speaker's own words, so a direct quote. The
name must be one the article gives a person elsewhere ('Jake Tapper' for 'TAPPER'), which
leaves 'UPDATE:' or 'WATCH:' lines alone.
"""

from __future__ import annotations

import re

from newsgraph.extract.quotes.article import Draft, QuoteArticle, overlaps
from newsgraph.extract.quotes.frames import Frame

_TURN = re.compile(r"[^\S\n]*((?:[A-Z][A-Z'\u2019.-]+[^\S\n]+){0,2}[A-Z][A-Z'\u2019.-]+):[^\S\n]+(\S[^\n]*)")
_MIN_WORDS = 3


def transcript_drafts(art: QuoteArticle, quoted: list[Draft]) -> list[Draft]:
    """A direct quote for every unquoted turn of a transcript, after the headline."""
    taken = [(d.start, d.end) for d in quoted if d.kind != "indirect"]
    surnames = {m.text.split()[-1].upper() for m in art.mentions if m.label == "PERSON" and m.text.split()}
    drafts = []
    for start, end in art.paras[1:]:
        hit = _TURN.match(art.text, start, end)
        if hit is None or hit.group(1).split()[-1] not in surnames or len(hit.group(2).split()) < _MIN_WORDS:
            continue
        lead = hit.span(1)
        content = (hit.start(2), start + len(art.text[start:end].rstrip()))
        if overlaps(content, taken):
            continue
        frame = Frame(cue=":", lemma="say", cue_start=lead[1], cue_end=lead[1] + 1, speaker=lead)
        drafts.append(Draft(content[0], content[1], "direct", frame, art.sentence_of(content[0]), lead))
    return drafts
