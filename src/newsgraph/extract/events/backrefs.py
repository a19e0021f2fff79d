"""What 'its', 'their', 'they' and 'the two countries' stand for, for the actor finder.

'Its' and 'their' are the owners a clause above names ('Iran and Saudi Arabia agreed that
their ministers ...'), 'its' never a plural; a sentence-opening 'they' is the group with a
plural name told just before; 'the two countries' and 'both sides' are the last two
different actors named, or the two joined by 'and'. Mixed into ``ActorFinder``, whose
sentence, mentions and reference helpers these read.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.phrases import covers, names_sides
from newsgraph.extract.events.records import ActorRef
from newsgraph.records import Mention

STATE_LABELS = frozenset("GPE ORG".split())
OWNER_PRONOUNS = frozenset("its their".split())
GROUP_PRONOUNS = frozenset("it they them".split())
PAIR_REACH = 2500  # characters back in which the two are looked for
_GROUP_REACH = 120  # characters back to the group a sentence-opening 'they' stands for
_PAIR_NOUNS = {"country": "GPE", "nation": "GPE", "state": "GPE", "side": None,
               "party": None, "faction": None, "government": None, "leader": "PERSON",
               "neighbour": "GPE", "neighbor": "GPE"}


class BackReferences:
    """The back-reference rules of ``ActorFinder``."""

    def _pronoun_owners(self, tok: Token) -> list[ActorRef]:
        """What 'its'/'their' before ``tok`` stands for: the subject of a clause above it
        in the sentence ('Iran and Saudi Arabia agreed that their ministers ...')."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS),
                     None)
        if owner is None:
            return []
        return self._subjects_above(tok, singular=owner.lower_ == "its")

    def _subjects_above(self, tok: Token, singular: bool = False) -> list[ActorRef]:
        """The actors subject of a clause above ``tok`` and written before it: what 'it',
        'they', 'its', 'their' refer to in 'X said it would ...'; for 'its' (``singular``)
        not a plural ('Riyadh cut ties after protesters attacked its embassy')."""
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.i < tok.i and not covers(c, tok)
                            and c.lower_ not in GROUP_PRONOUNS
                            and not (singular and _plural(c))]
                found = [r for s in subjects for r in self.refs(s)
                         if r.label in STATE_LABELS | {"NORP"}]
                if found:
                    return found
        return self._pair_before(tok) if tok.lower_ in ("their", "they") or any(
            c.lower_ == "their" for c in tok.children) else []

    def _group_before(self, tok: Token) -> list[ActorRef]:
        """'... when the Rangers smashed the windows. They also beat up lawyers': the
        group with a plural name the sentence before named last, when 'they' opens this."""
        start = self.sent.offset
        if tok.i != next((t.i for t in tok.doc if not t.is_punct), tok.i):
            return []
        groups = [m for m in self.article if m.end <= start and start - m.end < _GROUP_REACH
                  and m.label in ("ORG", "NORP") and m.text[-1:] == "s"]  # plural names
        last = groups[-1] if groups else None
        if last is None:
            return []
        return [ActorRef(last.start, last.end, last.text, "named", last.text, last.label,
                         self._code(last))]

    def _pair_before(self, tok: Token) -> list[ActorRef]:
        """'Iran and Saudi Arabia met ... Their ministers will meet': the two states or
        organisations joined by 'and' last named before the sentence."""
        start = self.sent.offset
        before = [m for m in self.article if m.end <= start and start - m.end < PAIR_REACH
                  and m.label in STATE_LABELS]
        for a, b in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
            if self._joined(a, b):
                return [ActorRef(m.start, m.end, m.text, "named", m.text, m.label,
                                 self._code(m)) for m in (a, b)]
        return []

    def _joined(self, a: Mention, b: Mention) -> bool:
        between = self.article_text[a.end:b.start] if self.article_text else ""
        return between.strip().lower() in ("and", "and the")

    def _pair(self, tok: Token) -> list[ActorRef]:
        """'the two countries', 'both sides': the last two different actors named."""
        kids = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet")}
        if tok.lower_ == "both" and tok.dep_ in ("pobj", "nsubj", "dobj"):
            label = None  # 'accusations by both'
        elif tok.tag_ == "NNS" and (kids & {"two", "both"} or names_sides(tok)):
            label = _PAIR_NOUNS.get(tok.lemma_.lower(), "none")
        else:
            return []
        if label == "none":
            return []
        at = self.sent.offset + tok.idx
        start, end = self._phrase_bounds(tok)
        text = self.sent.text_at(start, end)
        joined = self._joined_pair(at) if label in (None, "GPE") else []
        if label == "GPE" and not all(self.gaz.country(m.text) for m in joined):
            joined = []  # 'both nations': two countries, not a city and a country
        if joined:  # 'both sides': the two parties, not the mediators who announced it
            return [self._reference(start, end, text, m) for m in joined]
        seen: list[Mention] = []
        for m in reversed(self.article):
            if m.start >= at or at - m.start > PAIR_REACH or len(seen) == 2:
                continue
            if (label is None and m.label in ("GPE", "ORG", "PERSON") or m.label == label) \
                    and m.text.lower() not in {s.text.lower() for s in seen} \
                    and (label != "GPE" or self.gaz.country(m.text) is not None):
                seen.append(m)
        if len(seen) < 2:
            return []
        return [self._reference(start, end, text, m) for m in reversed(seen)]

    def _joined_pair(self, at: int) -> list[Mention]:
        """The last two organisations or states joined by 'and' before ``at`` that do not
        attribute what comes before them ('the army and the RSF signed ..., the U.S. and
        Saudi Arabia said'); in a lead that names them only after, the first two after."""
        spoken = [(q.speaker.start, q.speaker.end) for q in self.quotes
                  if q.speaker is not None and q.speaker.start >= q.end]
        near = [m for m in self.article if abs(at - m.start) < PAIR_REACH
                and m.label in STATE_LABELS
                and not any(s <= m.start and m.end <= e for s, e in spoken)]
        before = [m for m in near if m.end <= at]
        after = [m for m in near if m.start > at]
        for a, b in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
            if self._joined(a, b):
                return [a, b]
        return next(([a, b] for a, b in zip(after, after[1:], strict=False)
                     if self._joined(a, b)), [])


def _plural(tok: Token) -> bool:
    """A plural noun or a coordination ('protesters', 'Iran and Saudi Arabia')."""
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
