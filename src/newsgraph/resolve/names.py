"""Name normalisation shared by in-article and cross-article identity.

Pure string functions, no spaCy: ``name_key`` folds the spelling differences that do not
change who is meant (case, diacritics, curly apostrophes, possessive 's, Arabic article
prefixes such as al-/Al-/el-), so that "Bashar Al-Assad's" and "Bashar Assad" share a key.
``variant_key`` folds transliteration variants on top ("Mohammed" ~ "Muhammad"); identity
compares that key, while ``name_key`` stays the exact form the store keeps.

The same few thousand names come back article after article (and many times within one:
clustering, aliases, the store's candidates), so the keys are cached per name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Distinct names a process keeps the keys of: a few MB, more than a day of news names.
_CACHED_NAMES = 1 << 16
_CACHED_LENGTH = 200  # longer texts (sentences of evidence) are folded, not kept

# Arabic definite-article particles written before a name: al-Assad, el-Sisi, ad-Din.
PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"'s?$|'s(?=\s)", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify apostrophes and dashes."""
    return _fold(text) if len(text) <= _CACHED_LENGTH else _fold.__wrapped__(text)


@lru_cache(maxsize=_CACHED_NAMES)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES).replace("\u2013", "-").replace("\u2014", "-")
    return text.lower()


def strip_possessive(name: str) -> str:
    """'Al-Sharaa’s' -> 'Al-Sharaa'; "Moscow's" -> 'Moscow'; leaves other names alone."""
    return re.sub(r"[\u2019']s?$", "", name.strip()).strip()


def name_tokens(name: str) -> list[str]:
    """Folded word tokens of a name, without possessives and article particles."""
    return list(_name_tokens(name))  # a list of its own: the cached tuple stays as it is


@lru_cache(maxsize=_CACHED_NAMES)
def _name_tokens(name: str) -> tuple[str, ...]:
    folded = _POSSESSIVE.sub("", fold(strip_possessive(name)))
    tokens = [t for t in re.split(r"[\s\-.'’]+", folded) if t]
    kept = [t for t in tokens if t not in PARTICLES]
    return tuple(kept or tokens)


@lru_cache(maxsize=_CACHED_NAMES)
def name_key(name: str) -> str:
    """The comparison key of a name: 'Bashar Al-Assad's' -> 'bashar assad'."""
    return " ".join(_name_tokens(name))


_SMALL_WORDS = frozenset("of the and for de del la le des du da on in at to".split())


def is_acronym_of(acronym: str, name: str) -> bool:
    """'ICC' of 'International Criminal Court', 'UN' of 'the United Nations', 'HC' of the last
    words of 'Islamabad High Court'; small words ('of', 'the') may be left out."""
    letters = acronym.replace("&", "").lower()
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    initials = "".join(w[0].lower() for w in words)
    content = "".join(w[0].lower() for w in words if w.lower() not in _SMALL_WORDS)
    if len(letters) < 2 or len(words) < 2:
        return False
    return letters in (initials, content) or (
        len(content) - len(letters) == 1 and content.endswith(letters) and len(letters) >= 2)


@lru_cache(maxsize=_CACHED_NAMES)
def surname_key(name: str) -> str:
    """The key of a name's last word: 'Bashar Al-Assad' -> 'assad'."""
    tokens = _name_tokens(name)
    return tokens[-1] if tokens else ""


# ---- transliteration variants -------------------------------------------------------------
#
# Arabic (and Persian, Russian) names reach English in several spellings: Mohammed, Muhammad,
# Mohamed; Hussein, Hussain, Husayn; Mamlouk, Mamluk. ``variant_key`` folds the differences
# that transliteration makes and keeps those that tell names apart, so that Hassan is not
# Hussein, Ali is not Ala and Sami is not Salma. The rules, applied to each name token:
#
# * 'Abdel', 'Abdul', 'Abd al-' are 'abd', written apart or not: 'Abdulaziz' is 'abd aziz'
#   (but 'Abdullah', 'Abdallah' stay one word: 'abdla');
# * q is k (Qassem, Kassem); 'kh' stays apart from k (Khalid is not Kalid);
# * ee is i (Kareem, Karim); a final -ey/-ei/-y after a consonant is i (Sergey, Sergei);
# * a diphthong before a consonant (ai, ay, ei, ey) is one sound: Hussein, Hussain, Husayn;
# * o, ou, oo are u (Mohammed, Muhammad; Mamlouk, Mamluk; Osama, Usama);
# * after the first vowel, e is a (Ahmed, Ahmad; Youssef): the first vowel keeps its e, so
#   short Western names stay apart (Bell, Ball; Ben, Ban);
# * a final -ah after a consonant is -a (Abdullah, Abdulla); double letters are single.
#
# i never merges with a or u, and a never with u: those vowels tell most names apart. The few
# spellings the rules cannot reach are listed in ``_VARIANT_EQUIVALENTS``.

_ABD_TOKENS = frozenset({"abd", "abdel", "abdul", "abdal", "abdol", "abdoul", "abdil"})
_ABD_PREFIX = re.compile(r"^(?:abdel|abdul|abdal|abdol|abdoul|abdil)(?=[a-z]{2})")
_FINAL_I = re.compile(r"(?<=[^aeiou])(?:ey|ei|y)$")
_DIPHTHONG = re.compile(r"[ae][iy](?=[^aeiouy])")
_FIRST_VOWEL = re.compile(r"[aeiuY]")
_FINAL_AH = re.compile(r"(?<=[^aeiuY])ah$")
_DOUBLE = re.compile(r"(.)\1+")
# Folded forms the vowel rules leave apart -> the form they share.
_VARIANT_EQUIVALENTS = {
    "yusaf": "yusuf",       # Youssef, Yousef, Yusef ~ Yusuf
    "hizbala": "hezbula",   # Hizballah ~ Hezbollah
    "hizbula": "hezbula",   # Hizbullah, Hizbollah
}


def variant_tokens(name: str) -> list[str]:
    """``name_tokens`` with transliteration variants folded: 'Mohamed Abdulaziz' ->
    ['muhamad', 'abd', 'aziz'], as 'Mohammed Abd al-Aziz'."""
    return list(_variant_tokens(name))


@lru_cache(maxsize=_CACHED_NAMES)
def _variant_tokens(name: str) -> tuple[str, ...]:
    return tuple(_variant(t) for token in _name_tokens(name) for part in _open(token)
                 for t in _split_abd(part))


def _open(token: str) -> list[str]:
    """'coastguard' -> 'coast', 'guard' (data/compound_words.tsv): one body, two spellings."""
    return _compounds().get(token, [token])


@lru_cache(maxsize=1)
def _compounds() -> dict[str, list[str]]:
    text = resources.files("newsgraph.data").joinpath("compound_words.tsv").read_text(
        encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {closed.strip(): open_.split() for closed, open_ in rows}


def _split_abd(token: str) -> list[str]:
    """'abdel', 'abdul' -> 'abd'; 'abdulaziz' -> 'abd', 'aziz'; 'abdullah' stays one word."""
    if token in _ABD_TOKENS:
        return ["abd"]
    prefix = _ABD_PREFIX.match(token)
    if prefix is None:
        return [token]
    rest = token[prefix.end():]
    return ["abd", rest] if len(rest) >= 4 else ["abd" + rest]


@lru_cache(maxsize=_CACHED_NAMES)
def variant_key(name: str) -> str:
    """The key under which spellings of one name meet: 'Mohammed Hussein' and
    'Muhammad Husayn' -> 'muhamad husyn'. Equal ``name_key`` means equal ``variant_key``."""
    return " ".join(_variant_tokens(name))


def _variant(token: str) -> str:
    t = token.replace("q", "k").replace("ee", "i")
    t = _DIPHTHONG.sub("Y", _FINAL_I.sub("i", t))
    t = re.sub(r"ou|oo|o", "u", t)
    first = _FIRST_VOWEL.search(t)
    if first:
        t = t[:first.end()] + t[first.end():].replace("e", "a")
    t = _DOUBLE.sub(r"\1", _FINAL_AH.sub("a", t)).lower()
    return _VARIANT_EQUIVALENTS.get(t, t)
