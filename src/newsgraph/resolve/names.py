"""Name normalisation shared by in-article and cross-article identity.

Pure string functions, no spaCy: ``name_key`` folds the spelling differences that do not
change who is meant (case, diacritics, curly apostrophes, possessive 's, Arabic article
prefixes such as al-/Al-/el-), so that "Bashar Al-Assad's" and "Bashar Assad" share a key.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic definite-article particles written before a name: al-Assad, el-Sisi, ad-Din.
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"'s?$|'s(?=\s)", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify apostrophes and dashes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES).replace("\u2013", "-").replace("\u2014", "-")
    return text.lower()


def strip_possessive(name: str) -> str:
    """'Al-Sharaa’s' -> 'Al-Sharaa'; "Moscow's" -> 'Moscow'; leaves other names alone."""
    return re.sub(r"[\u2019']s?$", "", name.strip()).strip()


def name_tokens(name: str) -> list[str]:
    """Folded word tokens of a name, without possessives and article particles."""
    folded = _POSSESSIVE.sub("", fold(strip_possessive(name)))
    tokens = [t for t in re.split(r"[\s\-.'’]+", folded) if t]
    kept = [t for t in tokens if t not in PARTICLES]
    return kept or tokens


def name_key(name: str) -> str:
    """The comparison key of a name: 'Bashar Al-Assad's' -> 'bashar assad'."""
    return " ".join(name_tokens(name))


def surname_key(name: str) -> str:
    """The key of a name's last word: 'Bashar Al-Assad' -> 'assad'."""
    tokens = name_tokens(name)
    return tokens[-1] if tokens else ""
