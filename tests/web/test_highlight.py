"""Cutting an article's text into annotated segments."""

from __future__ import annotations

from newsgraph.store.results import ArticleLinks, SpanLink
from newsgraph.web.highlight import segments

TEXT = "Akar met Abbas in Moscow. He said \"talks went well\" on Wednesday. Next line."


def _record(**parts):
    return {"text": TEXT, "entities": [], "quotes": [], "dates": [], "events": [], **parts}


def _links(actors=None, events=(), quotes=()):
    return ArticleLinks("a1", actors or {}, tuple(events), tuple(quotes))


def _covering(segs, words):
    return [s for s in segs if s["text"] == words]


def test_segments_rebuild_the_text_exactly():
    entity = {"id": "person:akar", "name": "Akar", "type": "PERSON",
              "mentions": [{"start": 0, "end": 4, "text": "Akar"}]}
    segs = segments(_record(entities=[entity]), _links({"person:akar": 7}))
    assert "".join(s["text"] for s in segs) == TEXT
    (akar,) = _covering(segs, "Akar")
    assert akar["href"] == "/actors/7" and "type-person" in akar["classes"]


def test_nested_marks_share_a_segment_and_the_innermost_link_wins():
    start = TEXT.index("talks")
    quote = {"start": start, "end": start + 15, "kind": "direct", "channel": None,
             "speaker": {"text": "He"}}
    trigger = {"type": "CONSULT", "kind": "meeting", "start": start, "end": start + 5}
    links = _links(events=[SpanLink(3, start, start + 5)],
                   quotes=[SpanLink(9, start, start + 15)])
    segs = segments(_record(quotes=[quote], events=[trigger]), links)
    (talks,) = _covering(segs, "talks")
    assert "quote" in talks["classes"] and "trigger" in talks["classes"]
    assert talks["href"] == "/events/3"
    assert talks["anchors"] == ["quote-9", "event-3"]
    (rest,) = _covering(segs, " went well")
    assert rest["anchors"] == [] and rest["href"] is None


def test_the_asked_span_is_marked_with_its_sentence():
    start = TEXT.index("Wednesday")
    segs = segments(_record(), _links(), (start, start + 9))
    (target,) = _covering(segs, "Wednesday")
    assert target["anchors"] == ["hl"] and "target" in target["classes"]
    sentence = "".join(s["text"] for s in segs if "target-sentence" in s["classes"])
    assert sentence.strip() == 'He said "talks went well" on Wednesday.'


def test_spans_outside_the_text_are_ignored():
    quote = {"start": 5, "end": 500, "kind": "direct", "channel": None, "speaker": None}
    date = {"start": 0, "end": 0, "value": "2022-12-29", "function": "publication_date"}
    segs = segments(_record(quotes=[quote], dates=[date]), _links(), (70, 9999))
    assert segs == [{"text": TEXT, "classes": "", "href": None, "title": None, "anchors": []}]
