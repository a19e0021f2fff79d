"""Short pieces of text around a mention or a trigger, cut at word boundaries."""

from __future__ import annotations

from typing import Any


def split_around(text: str, words: str) -> dict[str, str]:
    """``text`` as what comes before the first ``words``, the words, and what follows."""
    at = text.find(words) if words else -1
    if at < 0:
        return {"before": text, "match": "", "after": ""}
    return {"before": text[:at], "match": words, "after": text[at + len(words):]}


def snippet(mention: dict[str, Any], chars: int) -> dict[str, Any]:
    """A dossier mention's context (``chars`` each side, as the store cut it) as
    before/match/after, with the words cut in half at either edge left out."""
    context, start = mention["context"], mention["start"]
    at = min(start, chars)  # where the mention begins inside its context
    end = at + mention["end"] - start
    before, after = context[:at], context[end:]
    if start > chars and " " in before:  # the context starts inside the article
        before = before[before.index(" ") + 1:]
    if len(after) >= chars and " " in after:
        after = after[: after.rindex(" ")]
    return {**mention, "before": before, "match": context[at:end], "after": after}
