"""The text path end to end on small scraped pages written for these tests (clean/text.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.text import clean_text

SCRAPED = """Example Radio Network News Monday, March 3, 2025

Europe

Example Wire: Fishing Talks Stall as Norway Digs In\u00a0

Examplecast Pre-Player Loader

Audio By Examplecast

Fishing Talks Stall as Norway Digs In\u00a0

Negotiators left Oslo without a deal on quotas, and both sides blamed the other for the impasse\u00a0

By Jane Roe/Example Wire\u00a0

[OSLO] Norwegian and EU negotiators ended two days of talks on Friday without agreeing cod quotas.\u00a0

\u201cWe will come back,\u201d the EU envoy said.

The talks resume in April.
Previous
Next
Example Wire News
Example Media and its partners use cookies to improve your browsing experience. By using this website you consent to our use of cookies. Privacy Policy
OK
X CLOSE"""


def test_a_scraped_page_keeps_only_the_story():
    result = clean_text(SCRAPED)
    assert result.paragraphs == (
        "Negotiators left Oslo without a deal on quotas, and both sides blamed the other for the impasse",
        "Norwegian and EU negotiators ended two days of talks on Friday without agreeing cod quotas.",
        "\u201cWe will come back,\u201d the EU envoy said.",
        "The talks resume in April.",
    )
    assert result.title == "Fishing Talks Stall as Norway Digs In"
    assert result.published == "2025-03-03"
    assert result.outlet == "Example Radio Network News"
    assert result.authors == ("Jane Roe",)
    assert result.dateline == "Oslo"


def test_dropped_lines_are_kept_in_order():
    dropped = clean_text(SCRAPED).dropped
    assert dropped[0] == "Example Radio Network News Monday, March 3, 2025"
    assert dropped[-4:][0] == "Example Wire News"
    assert dropped[-1] == "X CLOSE"
    assert "[OSLO]" in dropped and "By Jane Roe/Example Wire" in dropped


HEADER_DATE = """Ministers agree on new border crossings

Ministers from both countries agreed to open three new crossings next year.
3 min read
29 December, 2022
Ministers shake hands at the border post [Jane Roe/Example Agency/Getty]

The crossings will open in the spring, officials said.

Politics

\u201cThis is a good day,\u201d one minister said.

Trade is expected to grow."""


def test_header_date_caption_and_labels():
    result = clean_text(HEADER_DATE)
    assert result.title == "Ministers agree on new border crossings"
    assert result.published == "2022-12-29"
    assert result.outlet is None and result.authors == () and result.dateline is None
    assert result.paragraphs == (
        "Ministers from both countries agreed to open three new crossings next year.",
        "The crossings will open in the spring, officials said.",
        "\u201cThis is a good day,\u201d one minister said.",
        "Trade is expected to grow.",
    )
    assert result.dropped == (
        "Ministers agree on new border crossings", "3 min read", "29 December, 2022",
        "Ministers shake hands at the border post [Jane Roe/Example Agency/Getty]", "Politics")


def test_a_header_date_wins_over_one_in_the_body():
    text = ("Harbour reopens\n\nPublished: 3 March 2024\n\nThe harbour reopened on Monday after "
            "repairs.\n\nIt had been closed for a year.\n\nUpdated on 5 March 2024")
    assert clean_text(text).published == "2024-03-03"


def test_reuters_style_story():
    text = ("Ministers meet in Oslo\n\nOSLO, March 3 (Reuters) - Ministers met in Oslo on Monday "
            "to discuss fishing quotas.\n\nThe talks will continue.\n\n"
            "(Reporting by Jane Roe and Omar Haddad; Editing by John Doe)")
    result = clean_text(text)
    assert result.dateline == "Oslo"
    assert result.outlet == "Reuters"
    assert result.authors == ("Jane Roe", "Omar Haddad")
    assert result.paragraphs[0] == "Ministers met in Oslo on Monday to discuss fishing quotas."
    assert result.published is None  # "March 3" has no year: no date is invented


def test_a_story_in_the_bbc_layout():
    text = ("Chelsea sack striker\n\nChelsea have sacked their striker after a failed test.\n\n"
            "The club said the decision was final.\n\nHe may appeal.\n")
    result = clean_text(text)
    assert result.title == "Chelsea sack striker"
    assert result.paragraphs == ("Chelsea have sacked their striker after a failed test.",
                                 "The club said the decision was final.", "He may appeal.")
    assert result.dropped == ("Chelsea sack striker",)


@pytest.mark.parametrize(
    "text",
    [
        "He declined to comment.",
        "The talks resume in April.\n\nNext\n\nWeek two of the talks begins on Monday.",
        "Officials met in Oslo.\n\nJamaican\n\nstretched her unbeaten record to 25 races.",
        "Nominees were named on Monday.\n\nThe Aviator\n\nSideways",
    ],
)
def test_story_paragraphs_that_look_a_little_like_boilerplate_are_kept(text):
    result = clean_text(text)
    kept = [p for p in text.split("\n\n") if p != "Next"]
    assert list(result.paragraphs) == kept


def test_a_venue_under_the_headline_is_kept():
    text = ("Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n"
            "The match kicks off at 8pm after a week of rain.")
    assert clean_text(text).paragraphs == tuple(text.split("\n\n")[1:])


def test_a_known_title_only_drops_its_repeats():
    result = clean_text("Talks stall\n\nThe talks stalled on Friday.", title="Talks stall")
    assert result.paragraphs == ("The talks stalled on Friday.",)
    assert result.title is None  # the caller's title wins; nothing is guessed


def test_a_single_headline_like_line_is_kept_as_text():
    assert clean_text("Fire breaks out in the city centre").paragraphs == (
        "Fire breaks out in the city centre",)


def test_hard_wrapped_paragraphs_keep_their_line_breaks():
    text = ("Talks in Oslo\n\nOSLO: The minister arrived in Oslo on Monday for talks with\n"
            "his Norwegian counterpart about fishing rights.\n")
    result = clean_text(text)
    assert result.dateline == "Oslo"
    assert result.paragraphs == ("The minister arrived in Oslo on Monday for talks with\n"
                                 "his Norwegian counterpart about fishing rights.",)


def test_light_mode_keeps_short_headings():
    text = "A paragraph of the story.\n\nReactions\n\nAnother paragraph."
    assert clean_text(text, light=True).paragraphs == tuple(text.split("\n\n"))
    assert "Reactions" not in clean_text(text).paragraphs


def test_a_date_glued_to_the_headline_is_read_and_cut():
    text = (" date 2025-06-17 Harbour reopens after a year of repairs\n\n"
            "The harbour reopened on Monday after a year of repairs, the port authority said.\n\n"
            "Ships queued outside the breakwater all morning to be let in.")
    result = clean_text(text)
    assert result.published == "2025-06-17"
    assert result.title == "Harbour reopens after a year of repairs"
    assert result.paragraphs[0].startswith("The harbour reopened")


def test_a_readers_appeal_names_the_outlet_and_the_letter_after_the_story_is_dropped():
    text = ("Support The Example Times!\n\nHarbour reopens after a year of repairs\n\n"
            "The harbour reopened on Monday after a year of repairs, the port authority said.\n\n"
            "Ships queued outside the breakwater all morning to be let in.\n\n"
            "A Message from The Example Times:\n\nDear readers,\n\nWe are facing hard times.")
    result = clean_text(text)
    assert result.outlet == "The Example Times"
    assert result.title == "Harbour reopens after a year of repairs"
    assert result.paragraphs[-1].startswith("Ships queued")


def test_a_known_place_and_a_full_stop_is_a_dateline():
    text = ("Ministers meet in the capital\n\nKyiv. Ministers met on Monday to agree on a new plan "
            "for the reconstruction of the city's bridges.\n\nThe talks will continue.")
    result = clean_text(text)
    assert result.dateline == "Kyiv"
    assert result.paragraphs[0].startswith("Ministers met on Monday")


def test_a_credit_under_a_headline_is_no_wrapped_paragraph():
    text = ("Ministers Summon Ambassador Over Water Cannon Incident\nCredit: Examplephotos\n\n"
            "Ministers summoned the ambassador on Monday to protest the use of water cannon.")
    result = clean_text(text)
    assert "Credit: Examplephotos" in result.dropped
