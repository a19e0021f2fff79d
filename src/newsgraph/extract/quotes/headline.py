"""Headline attributions: 'Poll: Clinton and Trump in dead heat', 'Sanders: Clinton needs to ...'.

English news headlines attribute a claim by putting its source before a colon, with no
verb. Only the article's first paragraph counts as a headline, and only when it is one
short line: in the body a 'Name:' line is a transcript turn, handled with the quotes. The
lead must name someone who can make a claim (a person, an organisation, a poll or a study;
a name the body gives in full counts), so a kicker such as 'Stealth Over Health:' or a place slug such as 'Syria:' is left alone.
"""

from __future__ import annotations

import re

from newsgraph.extract.quotes.article import Draft, QuoteArticle, overlaps
from newsgraph.extract.quotes.frames import Frame

_MAX_HEADLINE_WORDS = 30
_MAX_LEAD_WORDS = 5
_LEAD = re.compile(r"[^\S\n]*([^:\n]+?):[^\S\n]+(\S[^\n]*)")
_NAMING_LABELS = ("PERSON", "ORG")


def headline_drafts(art: QuoteArticle, quoted: list[Draft]) -> list[Draft]:
    """The headline's attribution, as a reported clause, when it has the 'Source: claim' form."""
    if not art.paras:
        return []
    start, end = art.paras[0]
    line = art.text[start:end]
    hit = _LEAD.match(line)
    if hit is None or "\n" in line.strip() or len(line.split()) > _MAX_HEADLINE_WORDS:
        return []
    lead = (start + hit.start(1), start + hit.end(1))
    content = (start + hit.start(2), start + len(line.rstrip()))
    if len(hit.group(1).split()) > _MAX_LEAD_WORDS or not _names_source(art, lead):
        return []
    if overlaps(content, [(d.start, d.end) for d in quoted if d.kind == "direct"]):
        return []
    frame = Frame(cue=":", lemma="say", cue_start=lead[1], cue_end=lead[1] + 1,
                  speaker=lead, content=content)
    return [Draft(content[0], content[1], "indirect", frame, art.sentence_of(content[0]), lead)]


def _names_source(art: QuoteArticle, lead: tuple[int, int]) -> bool:
    """A person or organisation named, or a noun that speaks ('Poll', 'New Study'); not a
    place or a nationality alone, which headlines use as a slug."""
    s, e = lead
    if any(m.start < e and s < m.end and m.label in _NAMING_LABELS for m in art.mentions):
        return True
    named_place = any(m.start < e and s < m.end for m in art.mentions)
    return not named_place and (art.resolver.can_speak(lead) or _named_below(art, lead))


def _named_below(art: QuoteArticle, lead: tuple[int, int]) -> bool:
    """'Trump: ...' over a story about 'Donald Trump': a headline's capitals hide the name
    from the tagger, but the body names the same person or organisation in full."""
    words = art.text[lead[0]:lead[1]].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return any(m.label in _NAMING_LABELS and m.start >= lead[1] and m.text.split()[-1] == words[-1]
               for m in art.mentions)
