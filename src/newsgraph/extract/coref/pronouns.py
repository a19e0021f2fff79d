"""How a pronoun finds its actor: 'he'/'she' a person whose gender does not clash (the one
opening this or the last sentence, the last reported speaking, the nearest), 'it' before a
reporting verb the last organisation that spoke. Mixed into the walk."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.coref.actors import FEMININE, MASCULINE, Actor, is_cue

_REACH_SENTENCES = 5  # how far back a pronoun looks for its person
_SPEAKER_REACH = 1500  # characters a reported speaker stays in view


class PronounRules:
    """The walk's rules for pronouns."""

    def _is_pronoun(self, tok: Token) -> bool:
        low = tok.lower_
        if low == "it":
            return tok.i + 1 < len(self.doc) and is_cue(self.doc[tok.i + 1]) and not self._in_quote(tok.idx)
        return (low in MASCULINE or low in FEMININE) and not self._in_quote(tok.idx)

    def _person_for(self, tok: Token, gender: str) -> tuple[Actor | None, str]:
        pos = tok.idx
        before = [a for a in self._people_before(pos)
                  if self._sentence(pos) - self._sentence(a.last) <= _REACH_SENTENCES]
        fits = [a for a in before if a.gender in (None, gender)]
        if not fits:
            return None, ""
        here = self._sentence(pos)
        if tok.tag_ == "PRP$":
            own = [a for a in fits if self._sentence(a.last) == here]
            if own:
                return max(own, key=lambda a: a.last), "the nearest person before it"
        if tok.lower_ in ("him", "her") and tok.tag_ == "PRP":
            fits = [a for a in fits if not self._subject_of_verb_before(a, tok)] or fits
        spoke = [a for a in fits if self._sentence(a.spoke) == here and 0 <= a.spoke < pos]
        if spoke:  # 'X announced that he had ...'
            return max(spoke, key=lambda a: a.spoke), "reported speaking just before it"
        for k, where in ((here, "this sentence"), (here - 1, "the sentence before")):
            opener = next((a for a in fits if k in a.opened and (k < here or a.last < pos)), None)
            if opener is not None:
                return opener, f"the person who opens {where}"
        speaker = max((a for a in fits if a.spoke >= 0 and pos - a.spoke < _SPEAKER_REACH),
                      key=lambda a: a.spoke, default=None)
        if speaker is not None:
            return speaker, "the last person reported speaking"
        return max(fits, key=lambda a: a.last), "the nearest person named"

    def _subject_of_verb_before(self, actor: Actor, tok: Token) -> bool:
        """'Biden met him': the pronoun is the object of the verb its candidate governs."""
        gap = self.text[actor.last:tok.idx]
        return len(gap.split()) <= 4 and "," not in gap and any(
            t.tag_.startswith("VB") for t in self.doc[self._token(actor.last):tok.i])

    def _spoken_org(self, pos: int) -> Actor | None:
        here = self._sentence(pos)
        orgs = [a for a in self._all_actors() if not a.person and 0 <= a.spoke < pos
                and here - self._sentence(a.spoke) <= 1]
        return max(orgs, key=lambda a: a.spoke, default=None)

    def _people_before(self, pos: int) -> list[Actor]:
        """People seen before ``pos``, one at a time: no group of 'officials'."""
        return [a for a in self._all_actors() if a.person and not a.plural and 0 <= a.last < pos]

    def _all_actors(self) -> list[Actor]:
        return [*self.actors.values(), *self.described]
