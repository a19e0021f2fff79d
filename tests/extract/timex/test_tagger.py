"""The temporal tagger on written examples: (text, published, expression, value) tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.extract.timex import DateMention, tag

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference"


def found(text: str, published: str | None, expression: str) -> DateMention:
    """The one mention that covers ``expression`` in ``text``."""
    start = text.index(expression)
    hits = [d for d in tag(text, published) if d.start <= start < d.end]
    assert len(hits) == 1, f"{expression!r} not found in {tag(text, published)}"
    return hits[0]


RELATIVE = [
    # Monday 2 January 2023: every unit crosses a year boundary.
    ("They met last Friday.", "2023-01-02", "last Friday", "2022-12-30"),
    ("Talks were held last week.", "2023-01-02", "last week", "2022-W52"),
    ("Sales fell last month.", "2023-01-15", "last month", "2022-12"),
    ("Prices rose last year.", "2023-01-15", "last year", "2022"),
    ("The deal was signed in December.", "2023-01-10", "December", "2022-12"),
    ("The deal will be signed in December.", "2023-01-10", "December", "2023-12"),
    ("They met yesterday.", "2023-01-01", "yesterday", "2022-12-31"),
    ("The office will open tomorrow.", "2022-12-31", "tomorrow", "2023-01-01"),
    ("The summit is next week.", "2022-12-29", "next week", "2023-W01"),
    ("He will travel next month.", "2022-12-15", "next month", "2023-01"),
    ("It happened three days ago.", "2023-01-02", "three days ago", "2022-12-30"),
    ("The ceasefire was agreed on Dec. 28.", "2023-01-02", "Dec. 28", "2022-12-28"),
    ("Voting will start on Jan. 5.", "2022-12-29", "Jan. 5", "2023-01-05"),
    # a day named with 'last year'; a planned start lies ahead; a clause of its own
    ("It began on February 24 last year.", "2023-02-20", "February 24 last year", "2022-02-24"),
    ("Both sides agreed to a ceasefire starting on Sunday.", "2023-05-20", "Sunday", "2023-05-21"),
    ("Officials informed Sweden on Wednesday that Iraq would cut ties.", "2023-07-21",
     "Wednesday", "2023-07-19"),
    # The reference articles' dates, in sentences of our own.
    ("The ministers met on Wednesday in Moscow.", "2022-12-29", "Wednesday", "2022-12-28"),
    ("The war began 11 years ago.", "2022-12-29", "11 years ago", "2011"),
    ("Al-Sharaa met Putin in Moscow last week.", "2025-10-21", "last week", "2025-W42"),
    # Weekdays: the tense points the way; the publication day itself counts.
    ("They will meet on Wednesday.", "2022-12-29", "Wednesday", "2023-01-04"),
    ("The bomb exploded Friday.", "2022-12-30", "Friday", "2022-12-30"),
    ("He said Friday that talks would resume.", "2022-12-29", "Friday", "2022-12-23"),
    ("Ministers will meet this Friday.", "2025-10-21", "this Friday", "2025-10-24"),
    ("She arrived Monday morning.", "2025-10-21", "Monday morning", "2025-10-20TMO"),
    ("He spoke this morning.", "2025-10-21", "this morning", "2025-10-21TMO"),
    ("Shelling went on last night.", "2023-01-01", "last night", "2022-12-31TNI"),
    ("The talks will go on tonight.", "2025-10-21", "tonight", "2025-10-21TNI"),
    # Weeks, months, years and their parts.
    ("They met this week.", "2025-10-21", "this week", "2025-W43"),
    ("He left two weeks ago.", "2025-10-21", "two weeks ago", "2025-W41"),
    ("This year has been hard.", "2025-10-21", "This year", "2025"),
    ("Earlier this month, talks stalled.", "2025-10-21", "Earlier this month", "2025-10"),
    ("They married last summer.", "2025-10-21", "last summer", "2025-SU"),
    ("Sales rose in the third quarter.", "2025-11-02", "the third quarter", "2025-Q3"),
    ("Imports fell in June last year.", "2025-10-21", "June last year", "2024-06"),
    ("The fighting stopped at the weekend.", "2025-10-21", "the weekend", "2025-W42-WE"),
    ("The centre opened on Christmas Day.", "2022-12-29", "Christmas Day", "2022-12-25"),
    ("Protests began late last year.", "2025-10-21", "late last year", "2024"),
    # Clock times take the publication day unless a day is named with them.
    ("The vote closed at 3 p.m. yesterday.", "2025-10-21", "3 p.m. yesterday",
     "2025-10-20T15:00"),
    ("The vote closes at 3 p.m. and results follow.", "2025-10-21", "3 p.m.",
     "2025-10-21T15:00"),
    ("Polls open at 15:00 GMT.", "2025-10-21", "15:00 GMT", "2025-10-21T15:00"),
    ("It started at 10 p.m. Wednesday.", "2022-12-29", "10 p.m. Wednesday",
     "2022-12-28T22:00"),
    ("Fighting resumed at noon.", "2025-10-21", "noon", "2025-10-21T12:00"),
]


@pytest.mark.parametrize("text, published, expression, value", RELATIVE)
def test_relative_expressions_resolve_against_publication(text, published, expression, value):
    mention = found(text, published, expression)
    assert mention.text == expression
    assert mention.value == value


EXPLICIT = [
    ("It was signed on October 21, 2025.", "October 21, 2025", "2025-10-21"),
    ("It was signed on 21 October 2025.", "21 October 2025", "2025-10-21"),
    ("It was signed on Oct. 21, 2025.", "Oct. 21, 2025", "2025-10-21"),
    ("It was signed on the 21st of October 2025.", "the 21st of October 2025", "2025-10-21"),
    ("Dated 21/10/2025.", "21/10/2025", "2025-10-21"),
    ("Dated 10/21/2025.", "10/21/2025", "2025-10-21"),
    ("Dated 2025-10-21.", "2025-10-21", "2025-10-21"),
    ("Published Tuesday, October 21, 2025 by the agency.", "Tuesday, October 21, 2025",
     "2025-10-21"),
    ("It opened in October 2025.", "October 2025", "2025-10"),
    ("The uprising began in 2011.", "2011", "2011"),
    ("It reopens in mid-2024.", "mid-2024", "2024"),
    ("It grew in the 1990s.", "the 1990s", "199"),
    ("It was built in the 19th century.", "the 19th century", "18"),
    ("It was built in the twentieth century.", "the twentieth century", "19"),
    ("Trials ran in summer 2024.", "summer 2024", "2024-SU"),
    ("Profit rose in Q3 2024.", "Q3 2024", "2024-Q3"),
    ("Profit rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
    ("Output fell in the first half of 2024.", "the first half of 2024", "2024-H1"),
    ("Born in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("The fair closes on Easter Sunday 2024.", "Easter Sunday 2024", "2024-03-31"),
]


@pytest.mark.parametrize("text, expression, value", EXPLICIT)
def test_explicit_dates_name_their_own_value(text, expression, value):
    for published in ("2025-10-21", None):
        mention = found(text, published, expression)
        assert (mention.text, mention.value, mention.type) == (expression, value, "DATE")


@pytest.mark.parametrize("text, expression, value, mod", [
    ("The rebels held the city for the past three years.", "the past three years", "P3Y", None),
    ("Putin cited more than eight decades of ties.", "more than eight decades", "P80Y",
     "MORE_THAN"),
    ("They signed a two-year deal.", "two-year", "P2Y", None),
    ("The siege lasted six months.", "six months", "P6M", None),
    ("He served 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
    ("The meeting took half an hour.", "half an hour", "PT30M", None),
    ("A truce for 48 hours.", "48 hours", "PT48H", None),
    ("It took about two weeks.", "about two weeks", "P2W", "APPROX"),
    ("It could take a few weeks.", "a few weeks", "PXW", None),
    ("The two have been rivals for years.", "years", "PXY", None),
])
def test_durations(text, expression, value, mod):
    mention = found(text, None, expression)
    assert (mention.text, mention.type, mention.value, mention.mod) == (
        expression, "DURATION", value, mod)
    assert mention.earliest is None and mention.latest is None


@pytest.mark.parametrize("text, expression, value", [
    ("Protesters gather every Friday.", "every Friday", "XXXX-WXX-5"),
    ("They meet on Fridays.", "Fridays", "XXXX-WXX-5"),
    ("The paper appears weekly.", "weekly", "P1W"),
    ("Rents rise annually.", "annually", "P1Y"),
    ("Elections are held every two years.", "every two years", "P2Y"),
    ("The board meets twice a year.", "twice a year", "P1Y"),
    ("Shows run Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
])
def test_sets(text, expression, value):
    mention = found(text, "2025-10-21", expression)
    assert (mention.text, mention.type, mention.value) == (expression, "SET", value)


@pytest.mark.parametrize("text, expression, value", [
    ("The army now controls the city.", "now", "PRESENT_REF"),
    ("He is currently in Moscow.", "currently", "PRESENT_REF"),
    ("She recently returned.", "recently", "PAST_REF"),
    ("Ties will grow in the future.", "the future", "FUTURE_REF"),
])
def test_reference_words(text, expression, value):
    assert found(text, "2025-10-21", expression).value == value


@pytest.mark.parametrize("text, expression", [
    ("They met last week.", "last week"),
    ("They met on Wednesday.", "Wednesday"),
    ("The war began 11 years ago.", "11 years ago"),
    ("It was signed on Oct. 21.", "Oct. 21"),
    ("It was signed in December.", "December"),
    ("Sales fell last month.", "last month"),
    ("He left yesterday.", "yesterday"),
    ("The vote closed at 3 p.m.", "3 p.m."),
    ("Three days later he left.", "Three days later"),
])
def test_without_a_publication_date_relative_values_stay_unknown(text, expression):
    assert found(text, None, expression).value is None


@pytest.mark.parametrize("text", [
    "They march on the capital.",
    "May I ask a question?",
    "Black Friday sales were strong.",
    "One of them left.",
    "Mr. March said he would stay.",
    "June Carter sang.",
    "The Sunday Times reported it.",
    "He made a second attempt.",
    "The score was 2:1 after extra time.",
    "The index closed at 2082.1 points.",
    "The army sent 2000 troops.",
    "Damascus raised the future of Russian bases.",
    "A recent poll found support.",
    "A 51-year-old man was arrested.",
    "They watched 60 Minutes.",
])
def test_texts_without_time_expressions(text):
    assert tag(text, "2025-10-21") == []


def test_longest_expression_wins_and_offsets_point_into_the_text():
    text = "Published Tuesday, October 21, 2025. Ties grew over the past three years."
    mentions = tag(text, "2025-10-21")
    assert [m.text for m in mentions] == ["Tuesday, October 21, 2025", "the past three years"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_a_sentence_final_dot_after_p_m_belongs_to_the_sentence():
    (mention,) = tag("The vote closed at 3 p.m. Counting began.", "2025-10-21")
    assert (mention.text, mention.value) == ("3 p.m", "2025-10-21T15:00")


def test_vague_dates_carry_earliest_and_latest_days():
    late = found("Unrest grew in late 2024.", "2025-10-21", "late 2024")
    assert (late.value, late.mod, late.earliest, late.latest) == (
        "2024", "END", "2024-09-01", "2024-12-31")
    week = found("They met last week.", "2025-10-21", "last week")
    assert (week.earliest, week.latest) == ("2025-10-13", "2025-10-19")
    month = found("Earlier this month, talks stalled.", "2025-10-21", "Earlier this month")
    assert (month.mod, month.earliest) == ("START", "2025-10-01")


def test_later_counts_from_the_last_full_date_named():
    text = "The siege began on March 3, 2020. Three days later the town fell."
    assert found(text, "2025-10-21", "Three days later").value == "2020-03-06"
    assert found("Three days later the town fell.", "2025-10-21",
                 "Three days later").value == "2025-10-24"


def test_a_better_tense_can_be_passed_in():
    text = "The ministers meet on Wednesday."
    assert found(text, "2022-12-29", "Wednesday").value == "2022-12-28"
    future = tag(text, "2022-12-29", tense_of=lambda offset: "FUTURE")
    assert [m.value for m in future] == ["2023-01-04"]


def test_publication_timestamps_and_coarse_dates():
    assert found("They met yesterday.", "2025-10-21T14:30:00Z", "yesterday").value == (
        "2025-10-20")
    assert found("Sales fell last month.", "2025-10", "last month").value == "2025-09"
    assert found("They met yesterday.", "2025", "yesterday").value is None


def test_to_dict_has_the_schema_keys():
    mention = found("They met last week.", "2025-10-21", "last week")
    data = mention.to_dict()
    assert {"text", "start", "end", "value", "type"} <= set(data)
    assert data["type"] in ("DATE", "TIME", "DURATION", "SET")
    assert DateMention.from_dict(json.loads(json.dumps(data))) == mention


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared reference articles not present")
@pytest.mark.parametrize("name", ["medialine-2025-10-21-sharaa-moscow",
                                  "newarab-2022-12-29-syria-turkey-campaign"])
def test_reference_article_dates(name):
    gold = json.loads((REFERENCE / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    text = (REFERENCE / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    mentions = tag(text, gold["published"])
    for date in gold["dates"]:
        start = text.index(date["text"])
        end = start + len(date["text"])
        values = {m.value for m in mentions if m.start < end and start < m.end}
        assert date["value"] in values, (date, values)


@pytest.mark.parametrize("text, expression, value", [
    # counted from the day named before: a weekday resolved against publication counts
    ("Protesters stormed the embassy early Thursday. Staff had left a day earlier.",
     "a day earlier", "2023-07-19"),
    ("The envoy was summoned on Monday. A protest was handed over the same day.",
     "the same day", "2023-07-17"),
    ("Soldiers seized the palace on Wednesday. Hours later they closed the borders.",
     "Hours later", "2023-07-19"),
    # set off after a date, 'the day after' is that date
    ("Sanctions came on Wednesday, the day after the summit was called off.",
     "the day after", "2023-07-19"),
])
def test_anaphoric_days(text, expression, value):
    assert found(text, "2023-07-21", expression).value == value


def test_a_range_of_days_keeps_its_month_and_its_first_and_last_day():
    d = found("Elections are held on March 15-17.", "2024-02-27", "March 15-17")
    assert (d.value, d.earliest, d.latest) == ("2024-03", "2024-03-15", "2024-03-17")


@pytest.mark.parametrize("text, words, value, timex", [
    ("They met on Monday morning.", "Monday morning", "2025-10-20", "2025-10-20TMO"),
    ("Crowds gathered over the weekend.", "the weekend", "2025-W42", "2025-W42-WE"),
    ("They met on Monday.", "Monday", "2025-10-20", None),
])
def test_to_dict_gives_the_calendar_value_and_keeps_the_timex(text, words, value, timex):
    mention = found(text, "2025-10-21", words)
    data = mention.to_dict()
    assert (data["value"], data.get("timex")) == (value, timex)
    assert DateMention.from_dict(json.loads(json.dumps(data))) == mention
