"""One event per happening inside one article, and what the article tells of it as a whole.

A later mention folds into an earlier event when both can be the same happening: the same
type, kinds that can name one happening (a meeting and the visit it was part of), the same
status, dates and places that do not disagree, and a shared participant, a reference back
('the meeting'), or the same named day. Then the article's main event (the first of its lead
sentence) takes the lead's date and place, or the dateline, when its own clause gave none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.events.finder import Candidate
from newsgraph.extract.events.records import ActorRef, Event, EventDate
from newsgraph.gazetteer import gazetteer

_RECIPROCAL = frozenset("CONSULT AGREE COOPERATE".split())
_TOLL_REACH = 300  # characters: a toll and its attack are told in one sentence or two
_COUNTS = frozenset("dozens hundreds thousands scores people civilians others".split())
# Kinds of acts done by an office rather than said (event_triggers.tsv): a statement is
# never one of them.
_DEEDS = frozenset("summons arrest_warrant charge investigation lawsuit veto signing "
                   "withdrawal_from_agreement".split())
# Kinds of COERCE that can name one removal from office ('censured ... dismissed').
_REMOVAL = frozenset("censure dismissal ouster impeachment suspension_from_office".split())
# Kinds of one type that never name one happening.
_CLASHING = frozenset({
    frozenset({"phone_call", "meeting"}), frozenset({"phone_call", "visit"}),
    frozenset({"phone_call", "hosting"}), frozenset({"phone_call", "summit"}),
    # police opening fire and police firing tear gas are two acts of one clash
    frozenset({"shooting", "violent_repression"}),
})


def merge(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Fold each candidate into an earlier one it is the same happening as; an act about
    another event with no target of its own ('called the storming a threat') is aimed at
    whoever acted in that event."""
    kept: list[Candidate] = []
    home: dict[int, int] = {}  # trigger start -> index in kept
    for cand in candidates:
        into = next((i for i in range(len(kept) - 1, -1, -1) if _same(kept[i], cand)), None)
        if into is None:
            kept.append(_borrowed(cand, kept))
            home[cand.event.start] = len(kept) - 1
        else:
            kept[into] = replace(kept[into], event=fold(kept[into].event, _victims(cand.event),
                                                        said=cand.tense == "statement"))
            home[cand.event.start] = into
    kept, home = _tolls_joined(kept, home)
    kept = [_aimed(k, kept, home) for k in kept]
    return [k for k in kept if k.event.participants
            or not k.definite and _unnamed_unrest(k.event)]


def _unnamed_unrest(e: Event) -> bool:
    """Protests told with no one named ('sparked widespread protests'): the finder kept
    them for what caused them."""
    return e.type == "PROTEST" and e.status == "reported"


def _tolls_joined(kept: list[Candidate], home: dict[int, int]
                  ) -> tuple[list[Candidate], dict[int, int]]:
    """A toll told before the attack that caused it ('At least 15 people were killed after
    Russia launched an attack'): the attack's, told nearby, not an act of its own."""
    moved: dict[int, int] = {}
    for i, k in enumerate(kept):
        if not _toll(k.event) or k.event.status != "reported":
            continue
        near = [(abs(start - k.event.start), j) for start, j in home.items()
                if j != i and j not in moved and abs(start - k.event.start) < _TOLL_REACH
                and kept[j].event.type == "ASSAULT" and kept[j].event.status == "reported"
                and not _toll(kept[j].event)]  # any report of the attack, told nearby
        if near:
            j = min(near)[1]
            kept[j] = replace(kept[j], event=fold(kept[j].event, _victims(k.event)))
            moved[i] = j
    if not moved:
        return kept, home
    index = {}
    out = []
    for i, k in enumerate(kept):
        if i not in moved:
            index[i] = len(out)
            out.append(k)
    return out, {start: index[moved.get(i, i)] for start, i in home.items()}


def fold_dated(kept: Sequence[Candidate], dated: Sequence[bool]) -> list[Candidate]:
    """``kept`` with each candidate ``dated`` late (by another clause: 'seven years after
    ties were cut') folded into another one it now turns out to be ('severed ties in
    2016')."""
    out = list(kept)
    for i, late in enumerate(dated):
        if not late:
            continue
        into = next((j for j, k in enumerate(out) if j != i and k is not None
                     and _same(k, out[i])), None)
        if into is not None:
            out[into] = replace(out[into], event=fold(out[into].event, out[i].event))
            out[i] = None
    return [k for k in out if k is not None]


def _borrowed(cand: Candidate, kept: list[Candidate]) -> Candidate:
    """'the meeting', 'the talks', 'the next round of negotiations' named with no one,
    after the story told two sides agree or meet: their talks (a talk about something else
    names its own sides)."""
    e = cand.event
    if e.participants or not cand.definite or e.type not in _RECIPROCAL \
            or e.status not in ("reported", "planned") or cand.earlier:
        return cand
    sides = next((k.event.actors for k in reversed(kept) if (
        k.event.type in _RECIPROCAL or k.event.kind == "signing")
        and k.event.status == "reported" and len(k.event.actors) >= 2), ())
    return replace(cand, event=replace(e, actors=sides, participants=sides)) if sides else cand


def _aimed(cand: Candidate, kept: list[Candidate], home: dict[int, int]) -> Candidate:
    """'condemned the attack': aimed at the attackers; 'upheld the arrest' (the words
    of the trigger, so no event of their own): at the one arrested before."""
    if cand.event.targets or cand.about is None:
        return cand
    if cand.about in home:
        about = kept[home[cand.about]].event
    else:
        about = next((k.event for k in reversed(kept) if k.event.start < cand.event.start
                      and k.event.type == cand.event.type and k.event.targets), None)
        if about is None:
            return cand
    aimed = about.targets if about.type == cand.event.type else about.actors
    targets = tuple(a for a in aimed if _key(a.name) not in _keys(cand.event))
    if not targets:
        return cand
    event = replace(cand.event, targets=targets,
                    participants=_union(cand.event.participants, targets))
    return replace(cand, event=event)


def _same(old: Candidate, new: Candidate) -> bool:
    a, b = old.event, new.event
    if a.type == "ASSAULT" == b.type and _toll(b) and a.status == b.status == "reported":
        return True  # 'at least five people were killed': the toll of the attack told before
    if new.definite and not b.participants and new.lemma == old.lemma and a.participants:
        return True  # 'the storming' after protesters stormed: one act, however it is typed
    if a.type != b.type or a.status != b.status or old.earlier != new.earlier \
            and (old if new.earlier else new).tense != "pluperfect":
        return False  # an earlier deal is not the one just signed; 'had been' may be it
    if new.tense == "statement" and not _said_by(a, b) \
            or old.tense == "statement" and not _said_by(b, a):
        return False
    if b.kind == "mediated_agreement" and a.kind != b.kind and a.participants \
            and (not a.date or not b.date or _overlap(a.date, b.date)):
        return True  # 'China, which brokered the agreement': the agreement told before
    if a.kind and b.kind and (frozenset({a.kind, b.kind}) in _CLASHING or _two_coercions(a, b)):
        return False
    if old.asked and new.asked and old.asked != new.asked:
        return False  # 'told China to stop interfering and urged it to comply': two demands
    if a.type == "REQUEST" and old.tense == new.tense == "statement" and a.quote != b.quote \
            and old.lemma != new.lemma:
        return False  # '"We encourage our allies to join us," Bessent said, adding that now
        # is the time "for an immediate ceasefire"': two demands, each in its own words
    if a.date and b.date and not _overlap(a.date, b.date):
        return False
    if a.location and b.location and not _same_place(a.location, b.location):
        return False
    if not a.participants:
        return _unnamed_unrest(a) and _unnamed_unrest(b) and not b.participants  # one unrest
    ta, tb = _who(a.targets), _who(b.targets)
    counted = _counts_named(a.targets, b.targets) or _counts_named(b.targets, a.targets)
    if ta and tb and not ta & tb and not counted and not _words_shared(a.targets, b.targets):
        return False  # al-Sharaa met Putin; al-Sharaa met members of the diaspora
    if new.definite and (not b.participants or a.kind == b.kind or a.type == "PROTEST"):
        # 'the protests were organized by young Kenyans' after protesters stormed parliament
        return True  # 'the meeting': the one told before
    if _vague(b) and b.date is None and a.kind == b.kind:
        return True  # 'their defence ministers have met': the meeting told before
    return _compatible_sides(a, b) and (_share_one(a, b) or _same_day(a, b) or counted)


def _two_coercions(a: Event, b: Event) -> bool:
    """An arrest, a dissolution, a blockade and a seizure of power are told apart by their
    kind, even of one person ('Castillo dissolved Congress ... Castillo was arrested');
    only the ways of removing someone from office name one act."""
    return a.type == "COERCE" and a.kind != b.kind and not {a.kind, b.kind} <= _REMOVAL


def _said_by(a: Event, b: Event) -> bool:
    """Whether statement ``b`` can be what ``a`` tells: words, not a deed done by an office
    (a summons and what an army said of the incident are two acts), of one of ``a``'s
    actors (one spokeswoman's rejection is not another's)."""
    if a.kind in _DEEDS:
        return False
    return not a.actors or _words_shared(a.actors, b.actors)


def _victims(e: Event) -> Event:
    """A toll with its counts as the ones acted on ('dozens wounded' parsed with 'dozens'
    acting)."""
    return replace(e, actors=(), targets=e.targets or e.actors) if _toll(e) else e


def _toll(e: Event) -> bool:
    """Casualties told without who caused them ('five people were killed', 'dozens
    wounded'): what an attack or a shooting already told cost, not an act of its own."""
    counted = e.targets if not e.actors else e.actors if not e.targets else ()
    return e.kind in ("killing", "attack") and bool(counted) and all(
        r.kind == "group" and any(ch.isdigit() for ch in r.text) or r.text.lower().split()[-1]
        in _COUNTS for r in counted)  # 'dozens wounded', parsed with 'dozens' acting


def _who(refs: tuple[ActorRef, ...]) -> set[str]:
    """The people and organisations among targets (a place or a country visited says
    less: the visit to Russia and the meeting with Putin are one trip; a count, 'at least
    four people', may be the four named later)."""
    return {_key(r.name) for r in refs if r.label in ("PERSON", "ORG", "NORP")}


def _counts_named(counted: tuple[ActorRef, ...], named: tuple[ActorRef, ...]) -> bool:
    """'detained at least four people' ... 'W, X, Y and Z were taken into custody': a
    count of people is the people named as many."""
    if len(counted) != 1 or counted[0].kind != "group":
        return False
    words = counted[0].text.lower().split()
    n = next((int(w) if w.isdigit() else _SMALL[w] for w in words
              if w.isdigit() or w in _SMALL), None)
    people = [r for r in named if r.label == "PERSON" and r.kind in ("named", "reference")]
    return n is not None and len(people) == len(named) \
        and (len(people) == n or "least" in words and len(people) >= n)


_SMALL = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), 2)}


def _vague(e: Event) -> bool:
    """Told with groups and roles only, no name: a later mention rather than a new act."""
    return all(p.kind in ("group", "role") for p in e.participants)


def _same_place(a: ActorRef, b: ActorRef) -> bool:
    """The same place, or a place and the country it is in ('Moscow' and 'Russia'); a
    building not located yet ('the Mariinsky Palace') may be in any city named."""
    if _key(a.name) == _key(b.name) or (a.label == "FAC") != (b.label == "FAC") and not (
            a.country if a.label == "FAC" else b.country):
        return True
    gaz = gazetteer()
    return bool(a.country and a.country == b.country
                and (gaz.country(a.name) is not None or gaz.country(b.name) is not None))


def _compatible_sides(a: Event, b: Event) -> bool:
    """Not two acts in opposite directions: who acted in one is not the target of the
    other ('X accused Y' and 'Y accused X' are two accusations). Meetings, agreements and
    cooperation go both ways."""
    if a.type in _RECIPROCAL:
        return True
    return not ({_key(r.name) for r in a.actors} & {_key(r.name) for r in b.targets}
                or {_key(r.name) for r in b.actors} & {_key(r.name) for r in a.targets})


def _overlap(a: EventDate, b: EventDate) -> bool:
    if a.value == b.value:
        return True
    lo_a, hi_a = a.earliest or a.value, a.latest or a.value
    lo_b, hi_b = b.earliest or b.value, b.latest or b.value
    return lo_a <= hi_b and lo_b <= hi_a


def _same_day(a: Event, b: Event) -> bool:
    """Two reports of one kind on the same named day in one article are one happening
    ('a Wednesday meeting between Turkish and Syrian officials' ... 'a Wednesday meeting in
    Moscow that included ...'), even when one names nations and the other people."""
    day = len("2022-12-28")  # a part of the day ('Tuesday morning') is still that day
    return bool(a.date and b.date and a.kind == b.kind and len(a.date.value or "") >= day
                and len(b.date.value or "") >= day and a.date.value[:day] == b.date.value[:day])


def fold(a: Event, b: Event, said: bool = False) -> Event:
    """``a`` with what ``b`` adds: participants, a date or a place it lacked, and, when
    ``b`` is the statement that states it (``said``), the quote."""
    date, date_source = a.date, a.date_source
    if b.date is not None and (date is None or _finer_date(b.date, date)):
        date, date_source = b.date, "context"  # 'this week' ... 'on Friday'
    location, location_source = a.location, a.location_source
    if b.location is not None and (location is None or _finer_place(b.location, location)):
        location, location_source = b.location, "context"  # 'Sudan' ... 'in Jeddah'
    return replace(
        a,
        participants=_union(a.participants, b.participants),
        actors=_union(a.actors, _not_in(b.actors, a.targets)),  # each on one side, as in
        targets=_union(a.targets, b.targets) if not _sides_clash(a, b) else a.targets,  # ``a``
        location=location, location_source=location_source,
        date=date, date_source=date_source, quote=a.quote or (b.quote if said else None),
    )


def _finer_date(b: EventDate, a: EventDate) -> bool:
    """``b`` names a shorter time inside ``a`` (a day of its week or month)."""
    return bool(a.value and b.value and len(b.value) > len(a.value) and _overlap(a, b))


def _finer_place(b: ActorRef, a: ActorRef) -> bool:
    """``b`` is a place inside the country ``a`` names."""
    gaz = gazetteer()
    return bool(a.country and a.country == b.country and gaz.country(a.name) is not None
                and gaz.country(b.name) is None)


def _not_in(refs: tuple[ActorRef, ...], others: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """``refs`` without those ``others`` names ('X met Putin' ... 'the two met': Putin stays
    the target)."""
    names = {_key(r.name) for r in others}
    return tuple(r for r in refs if _key(r.name) not in names)


def _sides_clash(a: Event, b: Event) -> bool:
    return bool({_key(r.name) for r in a.actors} & {_key(r.name) for r in b.targets})


def _union(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    names = {_key(s.name) for s in a}
    return a + tuple(s for s in b if _key(s.name) not in names)


def _share_one(a: Event, b: Event) -> bool:
    """A participant of both, however shortened: 'Putin' and 'Vladimir Putin', 'Treasury'
    and 'the Treasury Department' (the words of one name are all in the other's)."""
    return bool(_keys(a) & _keys(b)) or _words_shared(a.participants, b.participants)


def _words_shared(a: Sequence[ActorRef], b: Sequence[ActorRef]) -> bool:
    """One name of ``a`` is all in one of ``b`` or the reverse ('Huang', surname first,
    and 'Huang Xilian')."""
    words_a = [_words(p.name) for p in a]
    return any(x and y and (x <= y or y <= x) for x in words_a
               for y in (_words(p.name) for p in b))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.lower().replace("’s", "").replace("'s", "").split()) - {"the", "of"}


def _keys(e: Event) -> set[str]:
    """Surnames too, so that 'Putin' in one sentence meets 'Vladimir Putin' in another."""
    return {_key(p.name) for p in e.participants}


def _key(text: str) -> str:
    words = text.lower().replace("’s", "").replace("'s", "").split()
    return words[-1] if words else ""
