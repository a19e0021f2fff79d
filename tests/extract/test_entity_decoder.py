"""The entity recognizer decoded over arrays: the same entities as spaCy's own decoder."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Span

from newsgraph.extract.entity_decoder import EntityDecoder, decodable
from newsgraph.extract.nlp import default_model

TEXTS = (
    "Prime Minister Ola Varnisk of Tellmark met the Bank of Osterly's governor in New "
    "Harbour on Tuesday, 3 March 2026, to discuss a $4.5bn loan.",
    "The Varnisk government said 40% of the 1,200 workers at Osterly Steel Ltd would "
    "leave.\n\nMeanwhile, the United Nations Security Council met in Geneva.",
    "Dr. Mira Hollen-Sade, who leads the Kestrel Institute for Peace Studies, spoke on "
    "BBC Radio 4. \"The Osterly  Accord is dead,\" she said.   Then   she left for Paris.",
    "John\nSmith and Mary Anne O'Neill of New York City.\n\n\nLos Angeles Lakers beat the "
    "Boston Celtics 102-99 on Sunday night",
    "",
    "Hi.",
)


@pytest.fixture(scope="module")
def full():
    return spacy.load(default_model(), exclude=["lemmatizer"])


def _before_ner(nlp, texts, skip=()):
    """The docs as the components before the NER leave them."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name == "ner":
            return docs
        if name not in skip:
            docs = list(proc.pipe(docs))
    raise AssertionError("no ner")


def _entities(docs):
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def _iob(docs):
    return [doc.to_array([ENT_IOB, ENT_TYPE]).tolist() for doc in docs]


def test_model_is_decodable(full):
    assert decodable(full.get_pipe("ner"))
    assert not decodable(full.get_pipe("parser"))


@pytest.mark.parametrize("batch_size", [1, 3, 256])
def test_same_entities_as_spacy(full, batch_size):
    ner = full.get_pipe("ner")
    spacys = list(ner.pipe(_before_ner(full, TEXTS), batch_size=batch_size))
    ours = list(EntityDecoder(ner).pipe(_before_ner(full, TEXTS), batch_size=batch_size))
    assert _entities(ours) == _entities(spacys)
    assert _iob(ours) == _iob(spacys)
    assert any(_entities(ours))  # the texts do hold entities


def test_no_entity_across_a_sentence_start(full):
    """A sentence starting inside a name cuts it, in both decoders."""
    ner = full.get_pipe("ner")
    pair = []
    for _ in range(2):
        text = "Ola Varnisk of the Bank of New Harbour spoke."
        doc = _before_ner(full, [text], skip=("parser",))[0]
        for i in (1, 6):  # "Varnisk", "New"
            doc[i].is_sent_start = True
        pair.append(doc)
    spacys, ours = ner(pair[0]), EntityDecoder(ner)(pair[1])
    assert _entities([ours]) == _entities([spacys])
    assert all(not (e.start < i < e.end) for e in ours.ents for i in (1, 6))


def test_one_doc_call(full):
    ner = full.get_pipe("ner")
    (ours,) = _before_ner(full, TEXTS[:1])
    (spacys,) = _before_ner(full, TEXTS[:1])
    assert _entities([EntityDecoder(ner)(ours)]) == _entities([ner(spacys)])


def test_preset_entities_go_through_spacy(full):
    """A doc with entities already set: spaCy's rules keep them, and so does the decoder."""
    ner = full.get_pipe("ner")
    docs = [_before_ner(full, TEXTS[:1])[0] for _ in range(2)]
    for doc in docs:
        doc.set_ents([Span(doc, 2, 4, label="ORG")])
    (spacys,) = ner.pipe(docs[:1])
    (ours,) = EntityDecoder(ner).pipe(docs[1:])
    assert _entities([ours]) == _entities([spacys])
    assert (2, 4, "ORG") in _entities([ours])[0]


def test_pipeline_uses_the_decoder(nlp):
    assert isinstance(nlp.get_pipe("ner"), EntityDecoder)
    doc = nlp("Ola Varnisk flew to New Harbour.")
    assert ("Ola Varnisk", "PERSON") in [(e.text, e.label_) for e in doc.ents]
