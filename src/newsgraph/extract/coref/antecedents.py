"""How a description finds the actor it stands for: by apposition, stated role, head noun,
issuer (for a document) or the person named next (for a lede's role). Mixed into the walk."""

from __future__ import annotations

import re

from newsgraph.extract import lexicon
from newsgraph.extract.coref.actors import Actor, words_of
from newsgraph.extract.descriptions import Description, end_char, is_person_head
from newsgraph.records import Mention
from newsgraph.resolve.names import name_tokens

_LEDE_SENTENCES = 2  # a lede's description is named within this many sentences
_INTRODUCED_SENTENCES = 12  # a role opening the story's people is named by then (ledes run long)


class DescriptionRules:
    """The walk's rules for descriptions ('the Syrian leader', 'the ministry', 'the statement')."""

    def _antecedent(self, d: Description) -> tuple[Actor | None, str]:
        appos = self._apposition(d)
        if appos is not None:
            return appos, f"in apposition to {appos.mention.text}"
        if d.head in lexicon.DOCUMENT_HEADS:
            return self._issuer_of(d)
        if is_person_head(d.head) and d.head not in lexicon.GENERIC_PERSON_HEADS:
            actor = self._by_role(d)
            if actor is not None:
                return actor, f"{actor.mention.text}, whose stated role fits"
        actor = self._by_head(d)
        if actor is not None:
            return actor, f"{actor.mention.text}, named or described as '{d.head}' before"
        if is_person_head(d.head) and d.definite and d.head not in lexicon.GENERIC_PERSON_HEADS:
            return self._ahead(d)
        return None, ""

    def _group(self, actor: Actor) -> Actor:
        """'the U.S. and Saudi Arabia': the actor with the one named just before it, as one."""
        first = next((m for m in reversed(self.mentions) if m.end <= actor.last
                      and re.fullmatch(r"\s+and\s+", self.text[m.end:actor.last])), None)
        if first is None:
            return actor
        start = first.start
        det = re.search(r"\bthe\s+$", self.text[max(0, start - 4):start], re.IGNORECASE)
        start -= len(det.group()) if det else 0
        words = words_of(self.text[start:actor.last_end])
        m = Mention(start, actor.last_end, words, first.label, "description")
        group = Actor(m, False, words=set(name_tokens(words)))
        group.owners = {self.reader.owner_key(first), *actor.owners}
        group.last, group.last_end, group.spoke = actor.last, actor.last_end, actor.spoke
        self.described.append(group)
        return group

    def _issuer_of(self, d: Description) -> tuple[Actor | None, str]:
        """Who issued 'the statement': the last issuer of one, the one of its owners named in
        it ('the U.S.-Saudi statement') when they are among them, else that owner."""
        if self.doc[d.start].lower_ in ("this", "that", "these", "those"):
            return None, ""  # 'watch this report': no document of the story's actors
        owners = [m for m in self.mentions if self.doc[d.start].idx <= m.start
                  and m.end <= self.doc[d.end - 1].idx]
        issuers = [self.issuers[d.head]] if d.head in self.issuers else []
        if owners:
            keys = {k for m in owners for k in self.reader.owner_keys(m)}
            fit = next((a for a in issuers if keys <= a.owners), None)
            actor = fit or self._actor(owners[0])
        else:
            actor = issuers[0] if issuers else None
        return actor, f"whoever issued the {d.head}: {actor.mention.text}" if actor else ""

    def _apposition(self, d: Description) -> Actor | None:
        """'the rights group OVD-Info', 'the maximum leader of the ELN, Antonio García'."""
        doc, k = self.doc, d.end
        if d.head in lexicon.DOCUMENT_HEADS or k + 1 >= len(doc) or doc[k].text != ",":
            return None
        m = self.by_token.get(k + 1)
        if m is None or m.start != doc[k + 1].idx or (m.label == "PERSON") != self._is_person_noun(d):
            return None
        after = self.text[m.end:m.end + 2]
        if after[:1] not in (",", ".", ";", ")", "") and after != "\n":
            return None  # 'After the announcement, Saudi Arabia said': no apposition
        full = self.names.full_name_of(m)
        actor = self._actor(full[0] if full else m)
        actor.heads.add(d.head)
        return actor

    def _by_role(self, d: Description) -> Actor | None:
        """The person named before whose role fits: the same head before any office
        ('leader'), then the latest named."""
        start = self.doc[d.start].idx
        fits = [(a, fit) for a in self._people_before(start) if (fit := self._role_fit(a, d))]
        if any(t.lower_ == "late" for t in self.doc[d.start:d.end]) and any(a.late for a, _ in fits):
            fits = [(a, fit) for a, fit in fits if a.late]  # 'the late activist': the one who died
        # A loose fit ('activist' for a critic) goes to the one named most, a close one to the latest.
        return max(fits, key=lambda af: (af[1], af[0].seen if af[1] == 1 else 0, af[0].last),
                   default=(None,))[0]

    def _role_fit(self, actor: Actor, d: Description) -> int:
        """2 for a stated role with the description's head, 1 for any office when the head
        is 'leader' or 'counterpart', 0 when no role fits head, modifiers and owner."""
        best = 0
        strict = d.head == "counterpart"  # someone else's opposite number: owner given
        for words, head, owner in actor.roles:
            owned = owner == d.owner if strict else d.owner is None or owner in (None, d.owner)
            if not (d.modifiers <= words | {d.head} and owned):
                continue
            if head == d.head or d.head in words or lexicon.SAME_OFFICE.get(d.head) in (head, *words):
                best = 2
            elif d.head in lexicon.ANY_OFFICE_HEADS and lexicon.is_office(head):
                best = max(best, 1)
            elif _person_noun(d.head) and _person_noun(head):
                best = max(best, 1)  # 'the late activist' for 'Kremlin critic X'
        return best

    def _by_head(self, d: Description) -> Actor | None:
        start = self.doc[d.start].idx
        pool = [a for a in [*self.actors.values(), *self.described]
                if 0 <= a.last < start and d.head in a.heads
                and a.person == self._is_person_noun(d)]
        pool = [a for a in pool if (d.owner is None or a.owner in (None, d.owner))
                and d.modifiers <= a.words and (a.plural == d.plural or not a.person)]
        return max(pool, key=lambda a: a.last, default=None)

    def _ahead(self, d: Description) -> tuple[Actor | None, str]:
        """A role no one before fits: the person named in the next sentences whose stated
        role fits it with its owner ('her Israeli counterpart' ... 'Israeli Foreign Minister
        Eli Cohen'); in a lede, or before a reporting verb, the person the next sentence
        opens with ('The head of X said ... Andriy Yermak wrote')."""
        pos = self.doc[d.start].idx
        here = self._sentence(pos)
        later = [m for m in self.mentions if m.label == "PERSON" and m.start > pos
                 and self._sentence(m.start) - here <= _LEDE_SENTENCES]
        for m in later:
            actor = self._person_actor(m)
            if d.owner is not None and self._role_fit(actor, d) and actor.roles and any(
                    owner == d.owner for _, _, owner in actor.roles):
                return actor, f"{actor.mention.text}, named next with that role"
        if d.owner is not None and not self._people_before(pos):
            actor = self._known_by_surname(d, later=[m for m in self.mentions if m.label == "PERSON"
                                                     and m.start > pos and self._sentence(m.start)
                                                     - here <= _INTRODUCED_SENTENCES])
            if actor is not None:
                return actor, f"{actor.mention.text}, named next by one name alone"
        lede = here < _LEDE_SENTENCES and not self._people_before(pos)
        if not (lede or self._spoken_at(pos, end_char(self.doc, d.end))):
            return None, ""
        for m in later:
            if self._sentence(m.start) == here + 1 and self._opens(m.start):
                actor = self._person_actor(m)
                if not actor.roles or self._role_fit(actor, d):
                    return actor, f"{actor.mention.text}, who opens the next sentence"
        return None, ""

    def _known_by_surname(self, d: Description, later: list[Mention]) -> Actor | None:
        """"Kenya's president called ... 'We will respond,' Ruto said": a role that opens the
        story's people introduces the first one named next by one name the article never
        gives in full, whose stated roles (if any) fit it. Someone named in full first
        ('former US president Barack Obama') is someone else."""
        for m in later:
            full = self.names.full_name_of(m)
            if len(m.text.split()) == 1 and full is None and not self._named_in_full(m):
                actor = self._person_actor(m)
                if not actor.roles or self._role_fit(actor, d) == 2:
                    return actor
        return None

    def _named_in_full(self, m: Mention) -> bool:
        """Whether a longer name of the article ends with this one ('Ahmed Hassan' for 'Hassan')."""
        return any(len(o.text.split()) > 1 and o.label == "PERSON"
                   and o.text.split()[-1] == m.text for o in self.mentions)

    def _person_actor(self, m: Mention) -> Actor:
        full = self.names.full_name_of(m)
        return self._actor(full[0] if full else m)

    def _is_person_noun(self, d: Description) -> bool:
        return is_person_head(d.head)

    def _issued(self, d: Description, document: Actor, start: int) -> None:
        """Who issued the document named at ``start``: the actor just before its verb
        ('Tripoli issued a statement', 'X said in a statement'), else the one reported
        speaking in its sentence, else (for 'In a statement, X said') the next one named."""
        sent = self._sentence(start)
        near = sorted((a for a in self._all_actors() if not a.document and a.last >= 0
                       and self._sentence(a.last) == sent and a.last < start),
                      key=lambda a: -a.last)
        issuer = next((a for a in near if _issues(self.text[a.last_end:start])), None)
        issuer = issuer or next((a for a in near if a.spoke == a.last), None)
        if issuer is None:
            self.pending = (d.head, sent)
            return
        issuer = self._group(issuer)
        self.issuers.pop(d.head, None)
        self.issuers[d.head] = issuer


def _person_noun(head: str) -> bool:
    """What a person does or is, not an office: 'activist', 'critic', 'journalist'."""
    return head in lexicon.PERSON_HEADS and head not in lexicon.OFFICE_HEADS


def _issues(gap: str) -> bool:
    """The words between an actor and a document it issues: ' said in a ', ' issued a '."""
    words = gap.split()
    return 1 <= len(words) <= 6 and "," not in gap and bool(
        re.search(r"\b(?:said|says|issued|released|published|sent|posted|announced|added|"
                  r"stated|declared|wrote|signed|put out|told \S+)\b", gap, re.IGNORECASE))
