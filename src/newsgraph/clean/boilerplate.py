"""Which lines of a scraped page are not the story: line rules, then context rules.

``classify`` judges one line alone and returns why it is boilerplate ("cookie", "player",
"nav", ...) or None. The context rules then catch what only its neighbours give away:
bare section labels standing between paragraphs ("World", "Live Updates") and short lines
wedged between boilerplate (a footer's outlet name between "Next" and a cookie notice).
Every rule is general; a line that is story text must never match one.
"""

from __future__ import annotations

import re

# Whole lines that are page furniture, compared case-folded without trailing arrows.
EXACT = {
    "nav": (
        "previous", "next", "prev", "previous article", "next article", "previous story",
        "next story", "older", "newer", "back to top", "home", "menu", "search", "sign in",
        "log in", "login", "register", "load more", "show more", "see more", "read more",
        "continue reading", "related", "related articles", "related stories",
        "related content", "related news", "more stories", "more news", "top stories",
        "most read", "most popular", "trending", "latest", "latest news", "recommended",
        "you may also like", "you might also like", "more on this story", "around the web",
        "see also", "also read", "tags", "topics", "comments", "leave a comment",
        "show comments", "view comments", "skip to content", "skip to main content",
        "toggle navigation", "privacy policy", "cookie policy", "cookie settings",
        "terms of use", "terms of service", "terms and conditions", "terms & conditions",
        "contact us", "about us", "all rights reserved",
    ),
    "share": (
        "share", "tweet", "print", "email", "e-mail", "copy link", "link copied",
        "share this", "share this article", "share this story", "share article",
        "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit",
        "pinterest", "instagram", "youtube", "tiktok", "flipboard", "messenger",
        "subscribe", "subscribe now", "sign up", "follow", "follow us",
    ),
    "ad": (
        "advertisement", "advertisment", "ad", "sponsored", "sponsored content", "promoted",
        "paid content", "partner content", "ad feedback", "scroll to continue",
        "scroll to continue with content",
    ),
    "button": (
        "ok", "okay", "accept", "accept all", "accept cookies", "accept all cookies",
        "i accept", "i agree", "agree", "got it", "allow", "allow all", "reject",
        "reject all", "decline", "dismiss", "manage preferences", "manage cookies",
        "more options", "no thanks", "save preferences", "close", "continue",
    ),
}
_EXACT = {phrase: kind for kind, phrases in EXACT.items() for phrase in phrases}

_I = re.IGNORECASE
# A site's appeal to its readers, naming the outlet: 'Support The Moscow Times!', 'A Message
# from The Example Post:'.
APPEAL = (r"^(?:support|donate to|subscribe to|a (?:message|note|letter) from)\s+"
          r"(?P<outlet>(?:the\s+)?[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,4})\s*[!.:]?$")
# (kind, pattern, longest line it may judge): short prompts, never long story paragraphs.
PATTERNS = [
    ("player", re.compile(r"^audio by\b|\bpre-?player\b|^listen to (?:this|the) (?:article"
                          r"|story)|media playback is (?:not supported|unsupported)"
                          r"|your browser does not support|^(?:play|watch) (?:video|audio)\b",
                          _I), 200),
    ("player", re.compile(r"^(?:watch|listen|video|audio|watch live)\s*[:|]", _I), 200),
    ("player", re.compile(r"^(?:watch|listen to)\b[^.!?]{0,40}:$", _I), 60),
    ("notice", re.compile(r"\byour (?:web )?browser (?:is (?:no longer|not) supported|is out of date"
                          r"|is outdated)|\b(?:update|upgrade) your browser\b", _I), 200),
    ("label", re.compile(r"^(?:what you need to know|key points|in brief|at a glance|highlights"
                         r"|the big picture|quick read|in short)\s*:?$", _I), 40),
    ("appeal", re.compile(APPEAL, _I), 80),
    ("promo", re.compile(r"\b(?:newsletter|subscribers?)\b.*\b(?:you|your|privacy policy|agree)\b"
                         r"|\bsubscribers agree\b", _I), 300),
    ("player", re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$"), 20),
    ("read_time", re.compile(r"^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
                             r"[\s-]*min(?:ute)?s?\.?[\s-]+(?:read|listen)$", _I), 30),
    ("read_time", re.compile(r"^(?:estimated )?read(?:ing)? time\s*:?\s*\d+\s*min", _I), 60),
    ("ad", re.compile(r"^(?:story|article) continues below|^continue reading (?:the main story"
                      r"|below)|^advertisement\b", _I), 80),
    ("share", re.compile(r"^(?:share|tweet|email|post|send)\s+(?:this|on|via|to|with)\b", _I), 100),
    ("share", re.compile(r"^(?:follow|like|join)\s+(?:us|@\w+|our)\b[^.!?]*$", _I), 100),
    ("share", re.compile(r"^(?:subscribe|sign up|register|download|get)\b.*\b(?:newsletters?"
                         r"|our app|the app|alerts|notifications|briefing|digest|inbox"
                         r"|free trial|unlimited access)\b", _I), 160),
    ("share", re.compile(r"^(?:(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|print|telegram"
                         r"|reddit|pinterest|messenger|copy link|share|tweet|flipboard|mail)"
                         r"[\s|,•·/]*){2,}$", _I), 120),
    ("teaser", re.compile(r"^(?:read more|read also|also read|see also|related|recommended"
                          r"|more on this|further reading|read next)\s*[:|»›→-]", _I), 250),
    ("teaser", re.compile(r"^click here\b", _I), 200),
    ("copyright", re.compile(r"^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}|\S+\s+\d{4}\b))"
                             r"|\ball rights reserved\b", _I), 250),
    ("credit", re.compile(r"^(?:photo|image|picture|photograph|video|graphic|illustration"
                          r"|credit|caption|image source|image caption|media caption"
                          r"|photo credit|file photo)s?\s*[:|,]", _I), 300),
]

_CREDIT_WORDS = re.compile(
    r"\b(?:getty|afp|reuters|ap|epa|shutterstock|alamy|xinhua|sipa|zuma|dpa|pool"
    r"|handout|images?|photos?|photograph|file|courtesy|credit|via|agency|press|wire)\b", _I)
_PHOTO_WORDS = re.compile(r"\b(?:getty|images?|photos?|photograph|pictures?|pool|handout"
                          r"|shutterstock|alamy|file)\b", _I)
_TRAILING_BRACKET = re.compile(r"(?P<open>[\[(])(?P<inner>[^\[\]()]{2,120})[\])]$")
_CREDIT_START = re.compile(r"\s*(?:photo|image|picture|credit|file photo|file)s?\b(?!-)", _I)
# A caption that closes on its credit: '... October 6, 2022. (Reuters)', '... 2024. Photo:
# EPA-EFE/NAME', '... Alexei Navalny. Activatica' (a few capitalised words, no verb).
_CLOSING_CREDIT = re.compile(
    r"[.!?]\s+(?:\((?P<agency>[A-Z][\w&.-]*)\)|(?:photo|image|picture|photograph|credit)s?\s*:\s*"
    r"(?P<credit>\S.{0,60})|(?P<name>[A-Z][\w'\u2019&.-]*(?:[ /-][A-Z][\w'\u2019&./-]*){0,3}))$", _I)
_CAPITALISED_PARTS = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*$")

_COOKIE_TOPIC = re.compile(r"\bcookies?\b|\bconsent\b|\bprivacy (?:policy|notice|settings)\b"
                           r"|\btracking technolog", _I)
_NOTICE = re.compile(
    r"\b(?:our partners|our use of|your (?:browsing|experience|consent|choices|preferences"
    r"|device|privacy)|you (?:consent|agree|accept)|by (?:using|continuing|clicking|browsing"
    r"|navigating)|this (?:web)?site|accept (?:all )?cookies|manage (?:your )?(?:cookie"
    r"|preferences|settings|choices)|cookie (?:policy|settings|preferences|notice)"
    r"|privacy policy|do not sell|we use cookies|uses cookies)\b", _I)


def line_key(text: str) -> str:
    """A line compared as furniture: case-folded, without edge space, colons and arrows."""
    return text.strip(" \t\xa0:|›»→>•·").casefold()


def classify(text: str) -> str | None:
    """Why one line (alone) is boilerplate, or None when it may be story text."""
    text = text.strip(" \t\xa0\u200b")
    key = line_key(text)
    if not key:
        return "residue"
    if key in _EXACT:
        return _EXACT[key]
    for kind, pattern, longest in PATTERNS:
        if len(text) <= longest and pattern.search(text):
            return kind
    # A scraper that flattened a page leaves the whole story on one line, with a banner or
    # a photo credit inside it: prose of many sentences is never one notice or caption.
    if is_teaser_bullet(text):
        return "teaser"
    sentences = count_sentences(text)
    if sentences <= MAX_NOTICE_SENTENCES and is_cookie_notice(text):
        return "cookie"
    return "caption" if sentences <= MAX_CAPTION_SENTENCES and is_caption(text) else None


MAX_NOTICE_SENTENCES = 6
MAX_CAPTION_SENTENCES = 3
_SENTENCE_BREAK = re.compile(r"[.!?]['\"’”)\]]*\s+(?=[\"“‘'(]?[A-Z0-9])")


_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25ba\u2023*]\s*(?P<rest>\S.*)$")
_SMALL = frozenset("a an the and or of in on at for to with by from as is are his her its".split())


def is_teaser_bullet(text: str) -> bool:
    """'• Historic ELN Leader Laughs at His Victims': a bulleted headline of another story
    (a bulleted sentence of the story itself ends with its full stop)."""
    m = _BULLET.match(text.strip())
    if m is None or ends_sentence(m["rest"]):
        return False
    words = [w for w in m["rest"].split() if w.lower() not in _SMALL]
    return 3 <= len(m["rest"].split()) <= 25 and bool(words) and \
        sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.8 * len(words)


def count_sentences(text: str) -> int:
    """About how many sentences a line holds (a capital after end punctuation starts one)."""
    return len(_SENTENCE_BREAK.findall(text)) + 1


def is_cookie_notice(text: str) -> bool:
    """A consent banner: about cookies or privacy, and addressing the site's reader."""
    notices = {m.casefold() for m in _NOTICE.findall(text)}
    return bool(_COOKIE_TOPIC.search(text)) and len(notices) >= 2


def is_caption(text: str) -> bool:
    """A photo caption ending in a credit ('... [Name/Agency/Getty]') or a bare credit."""
    m = _TRAILING_BRACKET.search(text)
    if m and _CREDIT_START.match(m["inner"]):
        return True
    if _closes_on_credit(text):
        return True
    # In square brackets any 'Name/Agency' is a credit; in parentheses it must be a photo's:
    # a poll '(Reuters/Ipsos)' closing a sentence is not.
    if m and _is_credit(m["inner"], None if m["open"] == "[" else _PHOTO_WORDS):
        return True
    # "By Jane Roe/Example Wire" is a byline, which metadata rules read.
    return len(text) <= 80 and not text.startswith("By ") and _is_credit(text, _CREDIT_WORDS)


def _closes_on_credit(text: str) -> bool:
    """A caption of one sentence (two at most) whose last words are its photo credit."""
    m = _CLOSING_CREDIT.search(text)
    if m is None or count_sentences(text) > 3 or any(c in text for c in "\"\u201c\u201d"):
        return False
    if m["agency"]:
        return bool(_CREDIT_WORDS.search(m["agency"]))
    if m["credit"]:
        return True
    return m["name"] is not None and text[:m.start()].count(". ") == 0 and len(text) <= 250 \
        and not any(w[:1].islower() for w in m["name"].split())


def _is_credit(text: str, words: re.Pattern | None) -> bool:
    """'Name/Agency/Getty': capitalised parts joined by slashes. With ``words``, two parts
    must also name an agency or a photo ('Swindon/Notts' is not a credit)."""
    parts = [p.strip() for p in text.strip().split("/")]
    if len(parts) < 2 or not all(_CAPITALISED_PARTS.match(p) for p in parts):
        return False
    return words is None or len(parts) >= 3 or bool(words.search(text))


# --- context rules ------------------------------------------------------------------

# Kinds that metadata rules give: lines about the article rather than page furniture.
METADATA = frozenset({"title", "headline", "date", "masthead", "byline", "credits"})
_ENDS_SENTENCE = re.compile(r"[.!?…]['\"’”)\]]*$")
_LABEL_WORD = re.compile(r"^(?:[A-Z][\w'’&-]*|&)$")
# A heading with these ("WORLD OF WARCRAFT") is the story's own, not a section label.
_FUNCTION_WORDS = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "at", "to", "with",
                   "by", "from", "is", "are"}
_OPENS_PARAGRAPH = re.compile(r"^[\"“‘'(\[]?[A-Z0-9]")


def ends_sentence(text: str) -> bool:
    return bool(_ENDS_SENTENCE.search(text.rstrip(" \t\xa0")))


def is_label(text: str) -> bool:
    """A bare section label: one to three capitalised words, no digits or punctuation."""
    words = text.split()
    return (1 <= len(words) <= 3 and len(text) <= 40 and not any(c.isdigit() for c in text)
            and all(_LABEL_WORD.match(w) and w.lower() not in _FUNCTION_WORDS for w in words))


def is_short_line(text: str) -> bool:
    """A few words that are no sentence: a menu item, an outlet name, a kicker."""
    return len(text.split()) <= 8 and len(text) <= 80 and not ends_sentence(text)


def mark_context(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """``kinds`` with labels between paragraphs and lines wedged in boilerplate marked."""
    kinds = list(kinds)
    for start, end in _runs(texts, kinds, is_label):
        if _after_paragraph(texts, kinds, start) and end < len(texts) and (
                kinds[end] is not None or _OPENS_PARAGRAPH.match(texts[end])):
            kinds[start:end] = ["label"] * (end - start)
    for start, end in _runs(texts, kinds, is_short_line):
        whole_page = start == 0 and end == len(texts)
        if _dropped(kinds, start - 1) and _dropped(kinds, end) and not whole_page:
            kinds[start:end] = ["furniture"] * (end - start)
    return kinds


def _runs(texts: list[str], kinds: list[str | None], test) -> list[tuple[int, int]]:
    """[start, end) spans of consecutive undecided lines that pass ``test``."""
    runs, start = [], None
    for i, (text, kind) in enumerate(zip(texts, kinds)):
        if kind is None and test(text):
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(texts)))
    return runs


def _after_paragraph(texts: list[str], kinds: list[str | None], i: int) -> bool:
    """True at the start, after furniture, or after a finished sentence. Not after the
    headline or a byline: what follows those may be a venue or a name, not a section."""
    if i == 0:
        return True
    if kinds[i - 1] is None:
        return ends_sentence(texts[i - 1])
    return kinds[i - 1] not in METADATA


def _dropped(kinds: list[str | None], i: int) -> bool:
    """True for boilerplate, and for the edges of the page."""
    return i < 0 or i >= len(kinds) or kinds[i] is not None
