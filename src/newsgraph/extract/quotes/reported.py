"""Pass 2 of the quote finder: reported speech ('X said that ...') from parsed sentences.

A reported clause may hold a few quoted words of the speaker's ('said Iraqi authorities would
prosecute those responsible and referred to "negligent security officials"'): it is still
reported speech, and the quoted words inside it are the same speaker's. Only a clause that a
quotation mostly fills, or that overlaps a quote of whole sentences, is left to the quote.
"""

from __future__ import annotations

from newsgraph.extract.quotes.article import Draft, QuoteArticle, Range, overlaps
from newsgraph.extract.quotes.frames import Frame


def reported_frames(art: QuoteArticle) -> list[tuple[Frame, int]]:
    """(frame, sentence index) of every cue with a reported clause and a speaker who can speak.
    Whatever a statement is 'according to' is its source, a count or a law as much as a person."""
    out = []
    for i, ps in sorted(art.parsed.items()):
        for f in ps.frames:
            if f.content is None or f.speaker is None or overlaps(f.speaker, [f.content]):
                continue
            if f.lemma == "according to" or art.resolver.can_speak(f.speaker):
                out.append((f, i))
    return out


def enclosing(reported: list[tuple[Frame, int]], start: int, end: int) -> tuple[Frame, int] | None:
    """The reported clause that holds the quoted words start..end (the smallest one)."""
    holding = [(f, i) for f, i in reported if f.content[0] <= start and end <= f.content[1] + 1]
    return min(holding, key=lambda fi: fi[0].content[1] - fi[0].content[0], default=None)


def indirect(art: QuoteArticle, quoted: list[Draft], reported: list[tuple[Frame, int]]) -> list[Draft]:
    """Drafts of the reported clauses that no quote of whole sentences already covers."""
    direct = [(d.start, d.end) for d in quoted if d.kind == "direct"]
    marks = [(m.start, m.end) for m in art.marks]
    drafts = []
    for f, i in reported:
        if overlaps(f.content, direct) or _quoted_share(f.content, marks) > 0.5:
            continue
        drafts.append(Draft(f.content[0], f.content[1], "indirect", f, i, f.speaker))
    return [d for d in drafts if not _nested(d, drafts)]


def _nested(d: Draft, drafts: list[Draft]) -> bool:
    """Whether d's cue lies inside another reported clause: 'Police said they have no plans to
    release the video' reports what the police said, not a plan of theirs the reporter knows
    of, and 'X said he wants Y' is X's statement once. Two clauses that hold each other's
    cue are a mis-parse ('S have agreed to a truce, mediators announced'), not a nesting."""
    return any(o is not d and _holds(o, d.frame) and not _holds(d, o.frame) for o in drafts)


def _holds(d: Draft, f: Frame) -> bool:
    return d.start <= f.cue_start and f.cue_end <= d.end


def _quoted_share(r: Range, marks: list[Range]) -> float:
    inside = sum(max(0, min(e, r[1]) - max(s, r[0])) for s, e in marks)
    return inside / max(1, r[1] - r[0])
