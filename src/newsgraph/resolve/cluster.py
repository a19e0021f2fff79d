"""Grouping one article's mentions into clusters, one per entity.

Mentions with the same variant key (case, diacritics, possessives, al-/el- particles and
transliteration variants such as Mamlouk/Mamluk folded) form a cluster; a cluster's type is
voted from its mentions; a shorter name ("Assad", "al-Sharaa") then joins the one full
PERSON name it is the tail of, unless two people share it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.gazetteer import Gazetteer, Place
from newsgraph.records import Mention, Reference, Role
from newsgraph.extract.lexicon import FORCES
from newsgraph.resolve.names import strip_possessive, variant_tokens

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Cluster:
    """The mentions of one entity while the article is being resolved."""

    mentions: list[Mention]
    label: str
    evidence: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # names known without a mention (bylines)
    not_names: set[str] = field(default_factory=set)  # aliases never shown as the name ('Ankara')
    place: Place | None = None
    country_code: str | None = None  # a country, or the country of a demonym

    @property
    def forms(self) -> list[str]:
        """Every surface form, in text order, without possessive 's."""
        return [" ".join(strip_possessive(m.text).split()) for m in self.mentions] + self.names

    @property
    def name(self) -> str:
        """The fullest form: most words, then most frequent, then first."""
        forms = [f for f in self.forms if f not in self.not_names] or self.forms
        counts = Counter(forms)
        return max(forms, key=lambda f: (_words(f), counts[f], -forms.index(f)))

    @property
    def aliases(self) -> list[str]:
        name = self.name
        return list(dict.fromkeys(f for f in self.forms if f != name))

    @property
    def tokens(self) -> list[str]:
        return variant_tokens(self.name)

    @property
    def start(self) -> int:
        return min((m.start for m in self.mentions), default=1 << 62)

    def absorb(self, other: Cluster, why: str) -> None:
        self.mentions = sorted(self.mentions + other.mentions, key=lambda m: m.start)
        self.names += other.names
        self.not_names |= other.not_names
        self.roles += other.roles
        self.evidence += other.evidence + [why]


def _words(form: str) -> int:
    return len([w for w in form.replace("-", " ").split() if w])


def cluster_mentions(mentions: tuple[Mention, ...], gaz: Gazetteer) -> list[Cluster]:
    """Clusters of the article's mentions: grouped by key, typed by vote, tails joined."""
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        groups.setdefault(_key(m, gaz), []).append(m)
    clusters = [_typed(ms, gaz) for ms in groups.values()]
    return join_name_tails(clusters, gaz)


def _key(m: Mention, gaz: Gazetteer) -> str:
    """Same key, same entity: 'Bashar Al-Assad's' ~ 'Bashar Assad'; 'Syrian' ~ 'Syrians'."""
    if m.label == "NORP" and (country := gaz.country_of_demonym(m.text)):
        return f"demonym:{country.country_code}"
    force = _force_key(m, gaz)
    if force:
        return force
    text = re.sub(r"^the\s+(?=\S)", "", m.text.strip(), flags=re.IGNORECASE)
    tokens = variant_tokens(text)
    return " ".join(tokens) or m.text


def _force_key(m: Mention, gaz: Gazetteer) -> str | None:
    """"China's coastguard" ~ 'Chinese coastguards': one country's one force."""
    words = strip_possessive(m.text.split()[0]) if m.text.split() else ""
    rest = " ".join(m.text.lower().split()[1:]).lstrip("'’s ").strip()
    if m.label != "ORG" or rest not in FORCES:
        return None
    country = gaz.country_of_demonym(words) or gaz.country(words)
    if country is None:
        return None
    force = rest.replace(" ", "").rstrip("s") if rest.replace(" ", "").endswith("guards") else rest.replace(" ", "")
    return f"force:{country.country_code}:{force}"


def _typed(mentions: list[Mention], gaz: Gazetteer) -> Cluster:
    cluster = Cluster(mentions, vote(mentions))
    if cluster.label == "NORP" and (country := gaz.country_of_demonym(mentions[0].text)):
        cluster.country_code = country.country_code
    return cluster


def vote(mentions: list[Mention]) -> str:
    """A cluster's type: PERSON if any mention is one (unless the gazetteer made one a place),
    else a gazetteer- or context-backed place type, else the most frequent label."""
    labels = [m.label for m in mentions]
    backed = [m.label for m in mentions if m.label in PLACE_LABELS and m.source != "model"]
    if "PERSON" in labels and not backed:
        return "PERSON"
    if backed:
        return Counter(backed).most_common(1)[0][0]
    return Counter(labels).most_common(1)[0][0]


def join_name_tails(clusters: list[Cluster], gaz: Gazetteer) -> list[Cluster]:
    """Join each short name to the one full PERSON name it ends ('Assad' -> 'Bashar Assad');
    left apart when two people share it."""
    tokens = {id(c): c.tokens for c in clusters}
    people = [c for c in clusters if c.label == "PERSON" and len(tokens[id(c)]) > 1]
    out = []
    for c in clusters:
        owners = _owners(c, people, tokens) if _may_be_person(c, gaz) else []
        if len(owners) == 1 and (c.label == "PERSON" or len(owners[0].mentions) >= len(c.mentions)):
            owners[0].absorb(c, f"{c.name}: {_relation(c, owners[0])} of {owners[0].name}")
        else:
            out.append(c)
    return out


def _owners(c: Cluster, people: list[Cluster], tokens: dict[int, list[str]]) -> list[Cluster]:
    """The full names ``c`` is part of, leaving out those that are part of a longer one."""
    part = lambda a, b: _is_part_of(tokens[id(a)], tokens[id(b)])  # noqa: E731
    owners = [p for p in people if p is not c and part(c, p)]
    return [p for p in owners if not any(q is not p and part(p, q) for q in owners)]


def _may_be_person(c: Cluster, gaz: Gazetteer) -> bool:
    """A PERSON, or a name the model typed otherwise that is no place the gazetteer knows."""
    if c.label == "PERSON":
        return True
    if c.label == "NORP" or any(m.source != "model" for m in c.mentions):
        return False
    return gaz.place(c.name) is None and gaz.known(c.name) is None


def _is_part_of(s: list[str], f: list[str]) -> bool:
    """'sharaa' ends 'ahmed sharaa'; 'ali abbas' is first and last of 'ali mahmoud abbas'."""
    if not s or len(s) >= len(f):
        return False
    return f[-len(s):] == s or (len(s) > 1 and s[0] == f[0] and s[-1] == f[-1])


def _relation(short: Cluster, full: Cluster) -> str:
    return "surname" if len(short.name.split()) == 1 else "shorter name"


def join_references(clusters: list[Cluster], references: tuple[Reference, ...]) -> list[Cluster]:
    """Join the cluster of a name that coreference says stands for another named mention
    ('Wang' for 'Wang Yi', 'ICC' for 'International Criminal Court') to that one's cluster,
    with the reference's evidence. People join people only; others join others."""
    owner = {(m.start, m.end): c for c in clusters for m in c.mentions}
    gone: set[int] = set()
    for r in references:
        short = owner.get((r.start, r.end))
        full = owner.get((r.antecedent.start, r.antecedent.end))
        if short is None or full is None or short is full:
            continue
        if (short.label == "PERSON") != (full.label == "PERSON"):
            continue
        full.absorb(short, r.evidence)
        gone.add(id(short))
        for m in short.mentions:
            owner[(m.start, m.end)] = full
    return [c for c in clusters if id(c) not in gone]
