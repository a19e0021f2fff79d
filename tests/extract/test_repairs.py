"""Mentions the small model cuts, glues or misses, mended (extract/repairs.py), and the
types the article's own words give names (extract/entities.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mentions():
    from newsgraph.extract.entities import find_mentions
    from newsgraph.extract.nlp import load_nlp
    from newsgraph.gazetteer import gazetteer
    from newsgraph.settings import Settings

    nlp, gaz = load_nlp(Settings()), gazetteer()

    def run(text: str) -> dict[str, str]:
        return {f.text: f.label for f in find_mentions(nlp(text), gaz)}

    return run


@pytest.mark.parametrize("text, name, label", [
    # a first name left out before a surname
    ("Pakistan's former PM Imran Khan was arrested on Tuesday in the capital.", "Imran Khan",
     "PERSON"),
    # a title glued to a name
    ('"Now is the time," Secretary of the Treasury Scott Bessent said in a statement.',
     "Scott Bessent", "PERSON"),
    # names skipped in a list of people
    ("Police said Pavel Orlov, Dmitri Sokolov, Irina Volkova and libertarian "
     "Oleg Markin were detained.", "Dmitri Sokolov", "PERSON"),
    # a name set off after a title
    ("The president of neighbouring Togo, Kofi Mensah, was heading to Accra on Thursday.",
     "Kofi Mensah", "PERSON"),
    # a country's forces
    ("The Sudanese army and the Rapid Support Forces signed a ceasefire.", "Sudanese army", "ORG"),
    # a list of places the model glued at a comma
    ("The strikes hit Odesa, Zhytomyr, Chernihiv, Kirovohrad, Mykolaiv, and the capital.",
     "Mykolaiv", "GPE"),
    # no one person takes 'the'; a firm's name is a company's; a palace is a building
    ("The op-ed ran in The Dawn. The Dawn reported that the court had ruled.", "Dawn", "ORG"),
    ("The two had won a bid alongside Russian firm Novatek, which later pulled out.", "Novatek",
     "ORG"),
    ("Biden met Zelensky at the Mariinsky Palace on Monday.", "Mariinsky Palace", "FAC"),
    # a handle of a person the article names; a capital the model left untagged
    ("President Joe Biden arrived on Monday. \"Welcome, @JoeBiden, to our city,\" she wrote.",
     "@JoeBiden", "PERSON"),
    ("He repeated the refusal, a key demand of Kyiv and Europe that others share.", "Kyiv", "GPE"),
])
def test_mended_mentions(mentions, text, name, label):
    assert mentions(text).get(name) == label
