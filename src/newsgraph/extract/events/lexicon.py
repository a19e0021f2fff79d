"""Trigger words: lemma -> (PLOVER type, kind), for verbs and for event nouns apart.

PLOVER (Draft 0.8, 2021) codes a stated intent to do something cooperative as AGREE and a
stated intent to do something hostile as THREATEN, so the modality words below matter as
much as the triggers themselves.
"""

from __future__ import annotations

import re

Trigger = tuple[str, str]  # (PLOVER type, kind)


def _table(rows: dict[str, str]) -> dict[str, Trigger]:
    """{'TYPE kind': 'lemma lemma ...'} -> {lemma: (TYPE, kind)}."""
    out: dict[str, Trigger] = {}
    for key, lemmas in rows.items():
        type_, kind = key.split()
        out.update({lemma: (type_, kind) for lemma in lemmas.split()})
    return out


VERBS = _table({
    "CONSULT meeting": "meet consult",
    "CONSULT visit": "visit tour arrive",
    "CONSULT hosting": "host receive",
    "CONSULT phone_call": "telephone phone",
    "CONSULT talks": "discuss negotiate confer",
    "CONSULT mediation": "mediate",
    "AGREE agreement": "agree accept consent",
    "AGREE offer": "offer promise pledge",
    "SUPPORT praise": "praise endorse welcome commend congratulate hail",
    "SUPPORT backing": "support back defend",
    "SUPPORT apology": "apologize apologise forgive",
    "SUPPORT signing": "sign ratify",
    "SUPPORT ties": "upgrade establish restore normalize normalise",
    "COOPERATE cooperation": "cooperate collaborate share extradite",
    "AID aid": "donate aid provide supply deliver grant contribute hand",
    "AID aid_shipment": "send",
    "CONCEDE concession": "concede ease relax shorten accede allow legalize pardon",
    "RETREAT withdrawal": "withdraw retreat pull demobilize disarm evacuate",
    "RETREAT release": "release free surrender",
    "RETREAT resignation": "resign",
    "REQUEST demand": "demand ask urge request appeal insist pressure press plead seek",
    "REJECT rejection": "reject refuse decline deny dismiss veto rebuff spurn renege oppose",
    "REJECT defiance": "defy violate",
    "ACCUSE accusation": "accuse blame allege charge indict",
    "ACCUSE criticism": "denounce condemn criticize criticise complain slam",
    "ACCUSE lawsuit": "sue",
    "ACCUSE investigation": "investigate probe",
    "ACCUSE summons": "summon",
    "THREATEN threat": "threaten warn",
    "PROTEST demonstration": "protest demonstrate rally march picket",
    "PROTEST riot": "riot",
    "PROTEST blockade": "block",
    "PROTEST boycott": "boycott",
    "SANCTION sanction": "sanction embargo",
    "SANCTION suspension": "suspend halt freeze sever cut cancel",
    "SANCTION expulsion": "expel",
    "MOBILIZE mobilization": "mobilize mobilise deploy reinforce strengthen patrol",
    "COERCE arrest": "arrest detain jail imprison",
    "COERCE deportation": "deport",
    "COERCE ban": "ban outlaw prohibit censor prevent",
    "COERCE seizure": "confiscate seize demolish raze hack deface",
    "COERCE kidnapping": "kidnap abduct",
    "COERCE occupation": "occupy besiege",
    "COERCE blockade": "blockade",
    "ASSAULT attack": "attack assault raid storm invade ambush",
    "ASSAULT airstrike": "bomb",
    "ASSAULT shelling": "shell",
    "ASSAULT fighting": "fight clash capture retake",
    "ASSAULT shooting": "shoot fire",
    "ASSAULT killing": "kill massacre assassinate murder slaughter wound",
    "ASSAULT torture": "torture beat",
    "ASSAULT explosion": "explode detonate",
    "CRIME crime": "rob steal loot smuggle embezzle",
})

NOUNS = _table({
    "CONSULT meeting": "meeting summit",
    "CONSULT talks": "talk negotiation consultation discussion",
    "CONSULT visit": "visit trip",
    "CONSULT phone_call": "call",
    "CONSULT mediation": "mediation",
    "CONSULT welcome": "welcome",
    "AGREE agreement": "agreement deal accord pact consensus",
    "AGREE offer": "offer",
    "SUPPORT praise": "praise",
    "SUPPORT apology": "apology",
    "SUPPORT treaty": "treaty",
    "COOPERATE cooperation": "cooperation",
    "COOPERATE exercise": "exercise game",
    "AID aid": "aid assistance donation asylum grant",
    "CONCEDE concession": "concession",
    "RETREAT withdrawal": "withdrawal pullout evacuation",
    "RETREAT release": "release",
    "RETREAT ceasefire": "ceasefire truce cease-fire",
    "RETREAT resignation": "resignation",
    "REQUEST demand": "demand request appeal",
    "REJECT rejection": "rejection refusal veto",
    "ACCUSE accusation": "accusation allegation charge",
    "ACCUSE criticism": "criticism condemnation complaint",
    "ACCUSE lawsuit": "lawsuit",
    "ACCUSE investigation": "investigation probe inquiry hearing",
    "THREATEN threat": "threat ultimatum warning",
    "PROTEST demonstration": "protest demonstration rally march",
    "PROTEST riot": "riot",
    "PROTEST boycott": "boycott",
    "PROTEST petition": "petition signature",
    "SANCTION sanction": "sanction embargo",
    "SANCTION suspension": "suspension",
    "SANCTION expulsion": "expulsion",
    "MOBILIZE mobilization": "mobilization mobilisation deployment alert reinforcement",
    "COERCE arrest": "arrest detention",
    "COERCE ban": "ban",
    "COERCE curfew": "curfew",
    "COERCE blockade": "blockade siege",
    "COERCE crackdown": "crackdown",
    "ASSAULT attack": "attack raid assault offensive invasion ambush",
    "ASSAULT airstrike": "airstrike air-strike bombing bombardment",
    "ASSAULT shelling": "shelling",
    "ASSAULT fighting": "fighting clash battle gunbattle firefight",
    "ASSAULT killing": "killing massacre assassination",
    "ASSAULT explosion": "explosion blast",
    "CRIME crime": "robbery theft looting smuggling fraud corruption",
})

# "strike": labour or hunger strikes are protests; otherwise a military strike.
STRIKE_LABOUR = frozenset("hunger general labour labor workers worker union teachers doctors".split())

# Verbs that only carry their object's event: "held talks", "imposed sanctions".
LIGHT_VERBS = frozenset(
    "hold have launch stage conduct begin start mount carry lodge impose issue open make "
    "undertake take give reach sign continue resume announce order lead join".split()
)
# Verbs whose objects and agents are the people taking part in an event noun.
TAKING_PART = frozenset("include attend involve join bring gather feature".split())

# Verbs of saying are not events here (quotes has them); their complement may be.
REPORTING = frozenset(
    "say tell report add announce confirm state quote claim note insist declare reiterate "
    "explain write tweet".split()
)

# Words that make a following action a stated intention (PLOVER: AGREE / THREATEN).
INTENT_AUX = frozenset("will would shall 'll wo may might".split())
INTENT_HEADS = frozenset(
    "plan intend vow pledge promise ready willing prepared commit decide prepare".split()
)
COOPERATIVE = frozenset("AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT".split())
HOSTILE = frozenset("ASSAULT COERCE SANCTION MOBILIZE PROTEST".split())

_IRREGULAR = (
    "met held gave sent shot struck fought sought took brought withdrew withdrawn forgave "
    "froze frozen beat beaten spoke undertook stole stolen hit told"
)


def _word_pattern() -> re.Pattern[str]:
    """Any word whose start looks like a trigger, to choose sentences worth parsing."""
    stems = {w[:-1] if w.endswith("e") and len(w) > 4 else w for w in (*VERBS, *NOUNS)}
    stems |= {"strike", "strik", "airstrike", "call"}
    words = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{words})\w*|{_IRREGULAR.replace(' ', '|')})\b", re.I)


TRIGGER_WORD = _word_pattern()


def needs_parse(sentence: str) -> bool:
    """True when the sentence holds a word that may be an event trigger."""
    return TRIGGER_WORD.search(sentence) is not None
