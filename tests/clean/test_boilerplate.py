"""Line rules and context rules for page furniture (clean/boilerplate.py)."""

from __future__ import annotations

import pytest

from newsgraph.clean.boilerplate import classify, count_sentences, is_label, mark_context

COOKIE = ("Example Media and its partners use cookies to improve your browsing experience. "
          "By using this website you consent to our use of cookies. Privacy Policy")


@pytest.mark.parametrize(
    "line, kind",
    [
        (COOKIE, "cookie"),
        ("We use cookies. Manage your preferences or accept cookies to continue.", "cookie"),
        ("OK", "button"),
        ("Accept all", "button"),
        ("Got it", "button"),
        ("Audio By Examplecast", "player"),
        ("Examplecast Pre-Player Loader", "player"),
        ("Listen to this article", "player"),
        ("Watch: Crowds gather outside the palace", "player"),
        ("02:31", "player"),
        ("2 min read", "read_time"),
        ("5-minute read", "read_time"),
        ("Reading time: 4 minutes", "read_time"),
        ("Previous", "nav"),
        ("Next", "nav"),
        ("Back to top", "nav"),
        ("Related articles:", "nav"),
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Follow us on Twitter", "share"),
        ("Sign up for our daily newsletter", "share"),
        ("Advertisement", "ad"),
        ("ADVERTISEMENT", "ad"),
        ("Story continues below advertisement", "ad"),
        ("Read more: Ministers meet in Brussels", "teaser"),
        ("Click here to subscribe", "teaser"),
        ("\u00a9 2025 Example Media. All rights reserved.", "copyright"),
        ("Copyright 2019 Example News Now", "copyright"),
        ("copyright Example 2019 - ISSN: 1234-5678", "copyright"),
        ("Photo: Jane Roe/Example Agency", "credit"),
        ("Image caption, Crowds gathered on Sunday", "credit"),
        ("Ministers meet in a palace on the river [Jane Roe/Example Agency/Getty]", "caption"),
        ("[Jane Roe/Example Agency/Getty]", "caption"),
        ("Jane Roe/Example Agency/Getty", "caption"),
        ("Crowds in the square (Photo: Example Agency)", "caption"),
        ("Crowds in the square (Jane Roe/Getty Images)", "caption"),
        # captions that close on their credit
        ("A deserted post is seen near the border, October 6, 2022. (Reuters)", "caption"),
        ("Police use water cannons in Tbilisi, 1 December 2024. Photo: EPA-EFE/JANE ROE",
         "caption"),
        ("People in Moscow mourning the death of the activist. Examplephoto", "caption"),
        ("Manila and Beijing have a long history of disputes [File: Jane Roe/AFP]", "caption"),
        # notices, labels, appeals, promotions, teasers
        ("Your web browser is no longer supported. To improve your experience update it here",
         "notice"),
        ("What you need to know:", "label"),
        ("Watch this report:", "player"),
        ("Support The Example Times!", "appeal"),
        ("A Message from The Example Times:", "appeal"),
        ("Subscribers agree to the Privacy Policy", "promo"),
        ("Our weekly newsletter is sent to you every Friday. Never miss the latest news.", "promo"),
        ("\u2022 Historic Rebel Leader Laughs at His Victims", "teaser"),
        ("", "residue"),
    ],
)
def test_boilerplate_lines(line, kind):
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "He declined to comment.",
        "Next week the talks resume in Geneva.",
        "Shares in Example Corp fell 5% on Monday.",
        "By contrast, the ministry said nothing.",
        "The court ruled that websites must ask for consent before setting cookies.",
        "Share prices rose after the announcement.",
        "Follow the money, the prosecutor told the jury.",
        "Previous governments had tried the same approach.",
        "Watch this space, he said.",
        "File-swappers ready new network",
        "By Jane Roe/Example Wire",
        "Swindon/Notts Co v Middlesbrough",
        "Caroline Quentin (Life Begins/ Von Trapped, ITV1)",
        "The UN said the [ceasefire] was holding.",
        "Support for the plan rose to 40% in the latest poll (Reuters/Ipsos)",
        "The order was signed by the president [emphasis added]",
        "OK, we will see, she said.",
        "Copyright law is changing in Europe, the commission said in a statement.",
        "\u2022 The ministers met on Monday in Oslo.",
        "Support for the government fell, the poll found.",
        "Protesters gathered outside (and inside) the building.",
    ],
)
def test_story_lines_are_not_boilerplate(line):
    assert classify(line) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("World", True),
        ("Live Updates", True),
        ("Middle East", True),
        ("POLITICS", True),
        ("Health & Science", True),
        ("WORLD OF WARCRAFT", False),  # a heading with a function word is the story's
        ("Economic fallout", False),
        ("Top 10", False),
        ("He said.", False),
        ("One Two Three Four", False),
    ],
)
def test_is_label(line, expected):
    assert is_label(line) is expected


def kinds_after(lines, kinds=None):
    return mark_context(lines, kinds or [None] * len(lines))


def test_labels_between_paragraphs_are_dropped():
    lines = ["The talks ended on Friday.", "World", "Live Updates", "\u201cWe are ready,\u201d he said."]
    assert kinds_after(lines) == [None, "label", "label", None]


@pytest.mark.parametrize(
    "lines",
    [
        # a word that continues the next line's sentence (a scrape that lost a name)
        ["The race ended early.", "Jamaican", "stretched her unbeaten record to 25 races."],
        # a venue under the headline: not after a finished paragraph
        ["Blackburn v Burnley", "Ewood Park", "Tuesday, 1 March", "Rovers face Burnley at home."],
        # a list that ends the article: no paragraph after it
        ["The nominees were named.", "The Aviator", "Sideways"],
    ],
)
def test_short_capitalised_lines_in_the_story_are_kept(lines):
    kinds = [None] * len(lines)
    if lines[0] == "Blackburn v Burnley":
        kinds[0] = "title"
    assert kinds_after(lines, kinds)[1:] == [None] * (len(lines) - 1)


def test_short_lines_wedged_between_boilerplate_are_furniture():
    lines = ["Body ends here.", "Previous", "Example Outlet News", COOKIE, "OK"]
    kinds = [None, "nav", None, "cookie", "button"]
    assert kinds_after(lines, kinds)[2] is not None


def test_a_kicker_before_the_headline_is_furniture():
    lines = ["World", "Headline of the story here", "A sentence of the story, long enough."]
    assert kinds_after(lines, [None, "title", None])[0] is not None


# A page flattened to one line: the story, then the site's furniture, in one unit.
FLATTENED = (
    "6 Oct 2017 At least 19 people were killed in the east over two days. An activist said "
    "war planes carried out the raids. The monitor said three children were among the dead. "
    "The army denied it. Residents fled across the river. Aid groups asked for a corridor. "
    "Related News Follow us on Instagram. By using this website you consent to our use of "
    "cookies. Privacy Policy (Photo Smoke rises over the town. by AFP)"
)


def test_a_flattened_story_is_not_one_notice_or_caption():
    assert classify(FLATTENED) is None
    assert count_sentences(FLATTENED) > 6


def test_short_notices_and_captions_are_still_found():
    assert classify("By using this website you consent to our use of cookies. "
                    "Read our privacy policy.") == "cookie"
    assert classify("Smoke rises over the town. [Photo/AFP/Getty]") == "caption"
