"""Text around a mention or a trigger."""

from __future__ import annotations

from newsgraph.web.snippets import snippet, split_around


def test_split_around_the_first_occurrence():
    assert split_around("They met and met again.", "met") == {
        "before": "They ", "match": "met", "after": " and met again."}
    assert split_around("No trigger here.", "signed")["match"] == ""


def test_snippet_marks_the_mention_itself_and_drops_cut_words():
    text = "Officials said that Assad met Assad's cousin in Moscow yesterday afternoon."
    start = text.index("Assad's")
    chars = 12
    context = text[start - chars: start + 5 + chars]
    got = snippet({"context": context, "start": start, "end": start + 5, "text": "Assad"},
                  chars)
    assert got["match"] == "Assad" and got["before"] == "Assad met "
    assert got["after"] == "'s cousin"  # the last word may be cut: left out


def test_snippet_at_the_start_of_the_article_keeps_the_first_word():
    got = snippet({"context": "Assad met the envoy", "start": 0, "end": 5, "text": "Assad"}, 30)
    assert (got["before"], got["match"], got["after"]) == ("", "Assad", " met the envoy")
