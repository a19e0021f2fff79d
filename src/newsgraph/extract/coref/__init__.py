"""Coreference inside one article: which named actor a pronoun, a description or a shorter
name stands for (``find_references``, computed once per article by ``extract.convert``).

Read from the main pass alone (tags, entities, sentences; no parser). In text order:

* **names**: a shorter name of a person named in full stands for that person: a surname
  ('Assad'), a first part ('Wang' of 'Wang Yi', 'Mohammed' of 'Sheikh Mohammed bin
  Abdulrahman Al-Thani'), a surname before 'Jr.' ('Marcos'); an acronym stands for the
  organisation it abbreviates ('ICC', 'ELN' written in brackets after 'National Liberation
  Army', 'HC' of 'Islamabad High Court'). Only when exactly one actor fits.
* **descriptions**: a definite noun phrase stands for the actor it describes. A role ('the
  Syrian leader', 'her Israeli counterpart', 'the prime minister'): the named person whose
  stated role has that head, owner and modifiers. A general person noun ('the official'): the
  last actor described with it ('a senior White House official'). An organisation noun ('the
  ministry', 'the court'): the organisation whose name holds the noun, else the last one
  described with it. A document ('the statement'): whoever issued the last one. A role that
  opens an article and fits no one before stands for the person the next sentence opens with
  ('Saudi Arabia's ambassador said ... Mohammed bin Saeed al-Jaber met ...'), as ledes go.
* **pronouns**: 'he', 'she', 'him', 'her', 'his', 'himself', 'herself' stand for a person
  whose gender does not clash (titles, role words and common first names tell it): the one
  named first in the pronoun's sentence or the sentence before, then the last one reported
  speaking, then the nearest; a possessive first looks in its own sentence. 'It' before a
  reporting verb stands for the last organisation that spoke.

Each description, once resolved or not, is itself an actor later words may stand for.
Pronouns inside quotation marks are left alone: they are the quoted speaker's, not the
reporter's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsgraph.extract.coref.walk import Walk
from newsgraph.gazetteer import Gazetteer
from newsgraph.records import Mention, Reference, RoleMention

__all__ = ["find_references", "reference_at", "resolve_references"]


def reference_at(references: Sequence[Reference], start: int, end: int) -> Reference | None:
    """The reference inside [start, end) that opens it (else the first inside it)."""
    inside = [r for r in references if start <= r.start and r.end <= end]
    return next((r for r in inside if r.start == start), inside[0] if inside else None)


def find_references(doc: Doc, mentions: Sequence[Mention], roles: Sequence[RoleMention],
                    gaz: Gazetteer) -> list[Reference]:
    """Every reference of the article to an actor it names (or describes), in text order."""
    return resolve_references(doc, mentions, roles, gaz)[0]


def resolve_references(doc: Doc, mentions: Sequence[Mention], roles: Sequence[RoleMention],
                       gaz: Gazetteer) -> tuple[list[Reference], list[RoleMention]]:
    """The references, and the roles their descriptions state of the people they stand for
    ('Kenya's president' for Ruto: president of Kenya)."""
    walk = Walk(doc, mentions, roles, gaz)
    return walk.run(), walk.roles
