"""Through which channel a statement was made: a tweet, an interview, a media report...

Read from the reporter's words around the cue (quoted words blanked out), never from the
quote itself. ``explicit_channel`` returns None when the words name no channel, so that the
caller can look at the next sentence or at the speaker's earlier statements first.
"""

from __future__ import annotations

import re

from newsgraph.extract.quotes.lexicon import BELIEF_VERBS

_NAME = r"((?:the |The )?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|al-\w+))*)"
_TWITTER = re.compile(r"\b(?:on|via) (?:twitter|x)\b|\bin an? (?:\w+ )?tweet|\btweet(?:ed|s)?\b|\bretweet", re.I)
_SOCIAL = re.compile(
    r"\b(?:on|via) (facebook|instagram|telegram|tiktok|youtube|social media|truth social|threads"
    r"|linkedin|whatsapp|bluesky|snapchat)\b|\bin an? (?:\w+ )?post\b|\bposted\b", re.I)
_INTERVIEW_WITH = re.compile(r"\binterview(?:ed)? (?:with|by|on) " + _NAME)
_SPEAKING_TO = re.compile(r"\bspeaking (?:to|with) " + _NAME)
_INTERVIEW = re.compile(r"\binterview", re.I)
_MEDIA = r"(?:media|reports?|accounts|news|newspapers?|agency|outlets?|broadcasters?|television|tv|radio|press)"
_ACCORDING_MEDIA = re.compile(r"\baccording to ((?:[\w'’-]+ ){0,4}" + _MEDIA + r"\b(?: [\w'’-]+){0,6}?)(?=[,.;]|$)", re.I)
_RELAYED = re.compile(r"\b(?:citing|quoted by|cited by|told (?:state )?(?:media|news agency))\b", re.I)
_DOCUMENT = re.compile(
    r"\b(?:in|according to) (?:a|an|the|his|her|their) (?:\w+ )?(letter|memo|filing|documents?|"
    r"court papers|affidavit|e-?mail|op-ed|column|book|essay|article|indictment|lawsuit)\b", re.I)
_STATEMENT = re.compile(
    r"\b(?:statement|press conference|news conference|speech|remarks|briefing|address|"
    r"rally|hearing|told reporters|told journalists|testimony)\b", re.I)
_PRESS = re.compile(r"^(?:reporters|journalists|the press|the media|a news conference)$", re.I)
_REPORTING = frozenset({"report"})  # 'citing' relays only with its object: _RELAYED


def explicit_channel(frame_text: str, lemma: str | None, speaker: str | None,
                     listener: str | None, listener_is_org: bool) -> tuple[str | None, str | None]:
    """(channel, via) named by the reporter's words of one sentence, or (None, None)."""
    if lemma == "tweet" or _TWITTER.search(frame_text):
        return "twitter", None
    m = _SOCIAL.search(frame_text)
    if m or lemma == "post":
        return "social_media", (m.group(1) if m and m.group(1) else None)
    if lemma == "tell" and listener and not _PRESS.match(listener) and listener_is_org:
        return "interview", listener
    for pattern in (_INTERVIEW_WITH, _SPEAKING_TO):
        m = pattern.search(frame_text)
        if m:
            return "interview", m.group(1)
    if _INTERVIEW.search(frame_text):
        return "interview", None
    m = _ACCORDING_MEDIA.search(frame_text)
    if m:
        return "report", m.group(1)
    if lemma in _REPORTING:
        return "report", speaker
    if _RELAYED.search(frame_text):
        return "report", None
    m = _DOCUMENT.search(frame_text)
    if m:
        return "document", None
    if _STATEMENT.search(frame_text):
        return "statement", None
    return None, None


_BACK_REFERENCE = re.compile(
    r"^\W*(?:\w+\W+){0,3}(?:his|her|their|these|those|the|this|that)\s+(?:\w+\s+)?"
    r"(?:comments?|remarks?|words|statements?|message|posts?|tweets?|video|interview)\b", re.I)


def next_sentence_channel(sentence: str) -> str | None:
    """'His comments came in a tweet': a following sentence that names the medium."""
    if not _BACK_REFERENCE.search(sentence):
        return None
    if _TWITTER.search(sentence):
        return "twitter"
    if _SOCIAL.search(sentence):
        return "social_media"
    if _INTERVIEW.search(sentence):
        return "interview"
    return None


def default_channel(lemma: str | None) -> str | None:
    """A public statement unless the cue reports a belief or there is no cue at all."""
    if lemma is None or lemma in BELIEF_VERBS:
        return None
    return "statement"
