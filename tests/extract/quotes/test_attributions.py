"""Attributions beyond 'X said': stances, evidence, counted groups, headlines, nesting.

Small invented texts, one per pattern of English news attribution.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import Quote

from .test_find_quotes import find, nlp, run  # noqa: F401  (nlp is a fixture)

pytestmark = pytest.mark.slow


def speaker_text(q: Quote) -> str:
    return q.speaker.text if q.speaker else ""


# (text, words in the reported content, speaker tail)
STANCES = [
    ("Mayor Jonas Ferreira wants to close the old harbour road by the spring.",
     "close the old harbour road", "Jonas Ferreira"),
    ("The farmers' union endorsed Helena Dvorak for the council seat on Monday.",
     "Helena Dvorak", "union"),
    ("Video shows that the driver had both hands on the wheel.",
     "driver had both hands", "Video"),
    ("Another 19 percent said they would not vote for either candidate.",
     "would not vote", "percent"),
    ("Nearly eight of 10 residents say they plan to attend the hearing.",
     "plan to attend", "residents"),
    ("Still, the fund warned that the new tax will slow growth in the coming years.",
     "new tax will slow growth", "fund"),
]


@pytest.mark.parametrize("text,words,tail", STANCES)
def test_stance_and_evidence_speakers(nlp, text, words, tail):  # noqa: F811
    q = find(run(nlp, text), words)
    assert q.kind == "indirect"
    assert speaker_text(q).endswith(tail)


def test_a_stance_on_a_thing_takes_no_clause(nlp):  # noqa: F811
    """'opposed to' takes a thing; the clause the parser hangs on it is the sentence's verb."""
    text = ("Tellmarkians opposed to President Ola Varnisk's rule saw a Monday meeting between "
            "Osterly and Tellmark officials as a starting point for talks.")
    quotes = run(nlp, text)
    assert not any("saw" in q.text or "meeting" in q.text for q in quotes), quotes


def test_a_stance_has_no_channel(nlp):  # noqa: F811
    q = find(run(nlp, "Mayor Jonas Ferreira wants to close the old harbour road."), "close")
    assert q.channel is None


def test_headline_source_before_a_colon(nlp):  # noqa: F811
    text = ("Poll: Voters in the valley turn against the new dam.\n\n"
            "A poll by the Valley Gazette found that most voters oppose the project.")
    q = find(run(nlp, text), "turn against the new dam")
    assert q.kind == "indirect" and speaker_text(q) == "Poll"


@pytest.mark.parametrize("headline", [
    "Stealth Over Health: The mayor skipped the meeting.",
    "Valley: Floods close three schools.",
])
def test_headline_kicker_is_no_source(nlp, headline):  # noqa: F811
    quotes = run(nlp, headline + "\n\nThe schools will reopen on Monday.")
    assert not [q for q in quotes if speaker_text(q) == headline.split(":")[0]]


def test_nested_report_is_the_outer_speakers(nlp):  # noqa: F811
    quotes = run(nlp, "Police said they have no plans to release the recordings of the arrest.")
    assert [speaker_text(q) for q in quotes] == ["Police"]
    assert "they have no plans" in quotes[0].text


def test_mutual_clauses_are_no_nesting(nlp):  # noqa: F811
    text = "The two factions have agreed to a new ceasefire, mediators announced on Saturday."
    q = find(run(nlp, text), "agreed to a new ceasefire")
    assert speaker_text(q) == "mediators"


def test_coordinated_cue_ends_a_reported_clause(nlp):  # noqa: F811
    text = ('Anna Kowalski said the nurses would get a raise, and when pressed on the date, '
            'the minister replied, "It will come in May."')
    said = find(run(nlp, text), "nurses would get a raise")
    assert speaker_text(said) == "Anna Kowalski"
    assert "replied" not in said.text


@pytest.mark.parametrize("text,speaker", [
    ('Mayor Jonas Ferreira said it would tell a local story, one of "floods and harvests."',
     "Jonas Ferreira"),
    ('Protesters said they want "justice for the miners," but pledged to stay calm.', "Protesters"),
])
def test_partial_quote_under_a_pronoun_is_the_outer_speakers(nlp, text, speaker):  # noqa: F811
    words = "floods and harvests" if "floods" in text else "justice for the miners"
    assert speaker_text(find(run(nlp, text), words)).endswith(speaker)


def test_a_time_after_the_cue_is_no_speaker(nlp):  # noqa: F811
    text = ('"The bridge is safe and the repairs are done," Anna Kowalski, the county engineer, '
            'said Thursday morning on Valley Radio.')
    assert speaker_text(find(run(nlp, text), "bridge is safe")).endswith("Anna Kowalski")


def test_a_where_clause_subject_is_no_speaker(nlp):  # noqa: F811
    text = ("Small groups of nurses marched along the streets around the stadium - where the "
            "Valley Rovers played the city team - while chanting, \"We want fair pay for every nurse.\"")
    assert speaker_text(find(run(nlp, text), "fair pay for every nurse")).endswith("nurses")


@pytest.mark.parametrize("text,words,tail", [
    ("Mayor Jonas Ferreira issued a statement saying the harbour road would close in May.",
     "harbour road would close", "Jonas Ferreira"),
    ("The farmers' union released a report arguing that the new tax will ruin small farms.",
     "new tax will ruin", "union"),
])
def test_who_issued_a_message_speaks_through_it(nlp, text, words, tail):  # noqa: F811
    assert speaker_text(find(run(nlp, text), words)).endswith(tail)


def test_a_dateline_is_no_speaker(nlp):  # noqa: F811
    text = ("Floods close schools.\n\nVALLETTA (AP) \u2014 Mayor Jonas Ferreira on Tuesday accused "
            "the water board of ignoring the warnings for years.")
    q = find(run(nlp, text), "water board")
    assert speaker_text(q).endswith("Jonas Ferreira")


def test_a_share_of_respondents_speaks(nlp):  # noqa: F811
    q = find(run(nlp, "About 4 in 10 say they want the council to build more housing."), "build more")
    assert speaker_text(q).endswith("4 in 10")
    assert "they want" in q.text


def test_a_named_lead_before_a_colon_speaks(nlp):  # noqa: F811
    text = ('The reviews came in fast.\n\nHelena Dvorak, The Valley Gazette: "It was the best '
            'debate of the year and the mayor won it."')
    assert speaker_text(find(run(nlp, text), "best debate")).endswith("Helena Dvorak")


def test_according_to_any_source(nlp):  # noqa: F811
    q = find(run(nlp, "The mayor leads by nine points, according to the latest count of ballots."),
             "leads by nine points")
    assert q.kind == "indirect" and speaker_text(q).endswith("ballots")


@pytest.mark.parametrize("text,words,tail", [
    ("Mayor Jonas Ferreira has praised Helena Dvorak as a strong leader.", "Dvorak as a strong", "Ferreira"),
    ("The governor later praised Dvorak.", "Dvorak", "governor"),
    ("Anna Kowalski described the plan as a disaster for the valley.", "plan as a disaster", "Kowalski"),
    ("Anna Kowalski cited the rising cost of grain.", "rising cost of grain", "Kowalski"),
])
def test_what_a_speech_act_governs(nlp, text, words, tail):  # noqa: F811
    q = find(run(nlp, text), words)
    assert q.kind == "indirect" and speaker_text(q).endswith(tail)


@pytest.mark.parametrize("text,words", [
    ("Mr. Obama pressed Israel to freeze settlement construction.", "Israel to freeze"),
    ("The union pressed for talks with the ministry.", "talks with the ministry"),
])
def test_pressed_for_something_is_speech(nlp, text, words):  # noqa: F811
    assert find(run(nlp, text), words).kind == "indirect"


def test_pressing_an_advantage_is_no_speech(nlp):  # noqa: F811
    assert run(nlp, "Mayor Jonas Ferreira pressed her advantage over a struggling rival.") == []


def test_an_unattributed_title_is_no_quote(nlp):  # noqa: F811
    text = 'The station will show "The Valley of the Long Night" on Sunday.\n\n"Rain Over the Harbour"'
    assert run(nlp, text) == []


@pytest.mark.parametrize("text,words,tail", [
    ('"The harbour road will close in May." Jonas Ferreira said.', "harbour road", "Jonas Ferreira"),
    ("Helena Dvorak runs the port.\n\n''Part of my job is to say: 'Hey, this works.' It does,'' "
     "Ms. Dvorak said of the plan.", "Part of my job", "Dvorak"),
])
def test_a_bare_cue_sentence_after_the_quote(nlp, text, words, tail):  # noqa: F811
    assert speaker_text(find(run(nlp, text), words)).endswith(tail)


def test_a_cue_on_the_next_line_is_another_paragraphs(nlp):  # noqa: F811
    text = ('"We will rebuild every school in the valley and we will do it this year," said '
            "Helena Dvorak, a teacher.\nAdvertisement - story continues below\n")
    q = find(run(nlp, text), "rebuild every school")
    assert speaker_text(q).endswith("Helena Dvorak")


def test_a_speaker_in_apposition_before_the_cue(nlp):  # noqa: F811
    text = ('In a letter to the Valley Gazette, her senior adviser, Jonas Ferreira, said: "The '
            'council has always valued the port and it will keep investing in the harbour."')
    assert speaker_text(find(run(nlp, text), "always valued the port")).endswith("Jonas Ferreira")


def test_a_headline_source_the_body_names_in_full(nlp):  # noqa: F811
    text = ("Ferreira: The Harbour Road Will Close By May.\n\n"
            "Mayor Jonas Ferreira told the council on Monday that the road is unsafe.")
    q = find(run(nlp, text), "Harbour Road Will Close")
    assert q.kind == "indirect" and speaker_text(q) == "Ferreira"


def test_unquoted_transcript_turns(nlp):  # noqa: F811
    text = ("Dvorak talks to Ferreira.\n\nRadio host Helena Dvorak spoke with Mayor Jonas Ferreira.\n\n"
            "DVORAK: Will the harbour road close before the summer?\n\n"
            "FERREIRA: Yes, we will close it in May and open the new bridge.\n\n"
            "UPDATE: The interview was edited for length.")
    quotes = run(nlp, text)
    assert speaker_text(find(quotes, "open the new bridge")) == "FERREIRA"
    assert find(quotes, "harbour road close").kind == "direct"
    assert not [q for q in quotes if "edited for length" in q.text and q.kind == "direct"]


@pytest.mark.parametrize("text", [
    "Mayor Jonas Ferreira was quoted as saying the harbour road would close in May.",
    "The Valley Gazette quoted Mayor Jonas Ferreira as saying the harbour road would close in May.",
])
def test_the_one_quoted_as_saying_speaks(nlp, text):  # noqa: F811
    assert speaker_text(find(run(nlp, text), "harbour road would close")).endswith("Jonas Ferreira")


def test_seeing_as_is_a_view_seeing_is_not(nlp):  # noqa: F811
    q = find(run(nlp, "Mayor Jonas Ferreira sees the new bridge as a gift to the valley."), "gift")
    assert q.kind == "indirect" and speaker_text(q).endswith("Jonas Ferreira")
    assert run(nlp, "Mayor Jonas Ferreira saw the new bridge on Friday.") == []


def test_an_owned_stance_noun(nlp):  # noqa: F811
    q = find(run(nlp, "Mayor Jonas Ferreira's support for the new bridge surprised the council."),
             "new bridge")
    assert q.kind == "indirect" and speaker_text(q).endswith("Jonas Ferreira")
