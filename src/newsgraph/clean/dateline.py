"""The dateline that opens a story: where it was filed, cut from the text.

"[OSLO] The minister ...", "MOSCOW (Reuters) - ...", "WASHINGTON, Oct 21
(Reuters) - ...", "MOSCOW: ...", "BEIRUT — ...", "(Bloomberg) -- ...". The place comes
back title-cased ("Oslo"), with the agency named in brackets when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.gazetteer import gazetteer

_CAPS_PLACE = r"(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})"
_ANY_PLACE = r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_AGENCY = r"\((?P<agency>[A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3})\)"
_DASH = r"\s*(?:--|[-–—])\s*"
_CAPS_DASH = r"\s*(?:--|[–—]|\s-\s)\s*"  # after a bare place a hyphen needs spaces
_REGION = r"(?:,\s*[A-Z][\w.'’ ]{1,30}?)?"  # "BEIRUT, Lebanon"
PATTERNS = (
    re.compile(rf"^\[{_CAPS_PLACE}\]\s*"),
    re.compile(rf"^{_ANY_PLACE}(?:,\s*[^()\n]{{1,40}}?)?\s*{_AGENCY}{_DASH}"),
    re.compile(rf"^{_AGENCY}{_DASH}"),
    re.compile(rf"^{_CAPS_PLACE}{_REGION}\s*:\s+(?=\S)"),
    re.compile(rf"^{_CAPS_PLACE}{_REGION}{_CAPS_DASH}(?=\S)"),
)
# 'Kyiv. US President ...': a known place's name and a full stop, then the story.
_PLACE_STOP = re.compile(r"^(?P<place>[A-Z][a-z\u00c0-\u017f'\u2019-]+(?:\s[A-Z][a-z\u00c0-\u017f'\u2019-]+)?)\.\s+(?=[A-Z])")
# Capitalised openers that are not places ("UPDATE: ...", "EXCLUSIVE — ..."); an advice
# column's "DEAR ABBY:" is not one either.
NOT_PLACES = {
    "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "LISTEN",
    "ANALYSIS", "OPINION", "COMMENT", "EDITORIAL", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
    "CORRECTION", "WARNING", "LIVE", "VIDEO", "PHOTOS", "READ MORE", "Q", "A", "FILE",
    "AP", "UPDATE 1", "FACTBOX", "EXPLAINER", "REVIEW", "INTERVIEW",
}


@dataclass(frozen=True)
class Dateline:
    place: str | None
    agency: str | None
    marker: str  # the text cut from the paragraph's start


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None."""
    m = _PLACE_STOP.match(paragraph)
    if m and gazetteer().place(m["place"]) is not None:  # 'Kyiv. US President Joe Biden ...'
        return Dateline(m["place"], None, m.group(0))
    for pattern in PATTERNS:
        m = pattern.match(paragraph)
        if not m:
            continue
        place = m.groupdict().get("place")
        if place and (place.upper() in NOT_PLACES or place.upper().startswith("DEAR ")):
            return None
        agency = m.groupdict().get("agency")
        return Dateline(_place_name(place) if place else None, agency, m.group(0))
    return None


def _place_name(place: str) -> str:
    """'NEW YORK' -> 'New York'; a place already in mixed case is left as written."""
    place = place.strip().rstrip(".")
    return place.title() if place.isupper() else place
