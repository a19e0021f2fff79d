"""``find_quotes``: quoted stretches and reported speech, each tied to a speaker and a channel.

Three passes over an article. Quote marks first (no parse needed to find them), each
attributed through the parsed sentence around it, or carried on from the quote before it.
Then reported speech ('X said that ...') from the frames of parsed sentences, wherever
no quote already covers it. Last, speakers are resolved and channels decided in article
order, so that a speaker's later statements can inherit an earlier tweet or interview.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsgraph.extract.quotes.article import Draft, QuoteArticle, Range, Words, overlaps
from newsgraph.extract.quotes.channels import default_channel, explicit_channel, next_sentence_channel
from newsgraph.extract.quotes.frames import Frame, loose_frame
from newsgraph.extract.quotes.headline import headline_drafts
from newsgraph.extract.quotes.lexicon import (
    CONTINUING_CUES, INDIRECT_VERBS, PRONOUNS, QUOTE_VERBS, RELATIVE_PRONOUNS, SINGULAR_PRONOUNS,
    TOPIC_CUES,
)
from newsgraph.extract.quotes.marks import Marked
from newsgraph.extract.quotes.records import Quote, Speaker
from newsgraph.extract.quotes.reported import enclosing, indirect, reported_frames
from newsgraph.extract.quotes.transcript import transcript_drafts
from newsgraph.records import Mention, Reference

if TYPE_CHECKING:
    from spacy.tokens import Doc
_TITLE_CUE = re.compile(r"\b(?:titled|entitled|named|dubbed|headlined|called|hashtag|slogan|word|term|phrase)\W*$", re.I)
_OUTLET = re.compile(r"\b(?:newspaper|outlet|broadcaster|agency|magazine|channel|network|radio|"
                     r"television|tv|website|podcast|station|daily)\b", re.I)
_MIN_UNATTRIBUTED_WORDS = 4
_FUNCTION_WORDS = frozenset("a an the and or of in on at for to with by from".split())
_NOT_SPEAKERS = frozenset("that this it what which there these those".split())
_MAX_TERM_WORDS = 2
_RELATIVE = RELATIVE_PRONOUNS


def find_quotes(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                parse: Callable[[int, int], Doc],
                references: Sequence[Reference] = (), words: Words | None = None) -> list[Quote]:
    """Every direct, partial and indirect quote in ``text``, in text order, except that quoted
    words come right before the reported clause that holds them.

    ``parse(start, end)`` must return a parsed Doc of ``text[start:end]``; it is called only
    for sentences that ``needs_parse`` accepts. ``references`` (``extract.coref``) say who a
    speaker written as a pronoun or a description is. With ``words``
    (``extract.nlp.sentence_words``), a sentence whose words hold no cue is parsed only if
    a pass asks for its tree (``quotes.wants_parse`` says which are parsed at once).
    """
    art = QuoteArticle(text, sentences, mentions, parse, references, words)
    reported = reported_frames(art)
    drafts = _quoted(art, reported)
    drafts += indirect(art, drafts, reported) + headline_drafts(art, drafts)
    drafts += transcript_drafts(art, drafts)
    drafts.sort(key=_order(drafts))
    return _finish(art, drafts)


def _order(drafts: list[Draft]) -> Callable[[Draft], tuple[int, int, int]]:
    """Text order, with the quotes inside a reported clause moved just before it."""
    clauses = [d for d in drafts if d.kind == "indirect"]

    def key(d: Draft) -> tuple[int, int, int]:
        if d.kind != "indirect":
            holder = min((c.start for c in clauses if c.start <= d.start and d.end <= c.end + 1),
                         default=None)
            if holder is not None:
                return holder, 0, d.start
        return d.start, 1, d.start

    return key


# -- pass 1: quote marks -----------------------------------------------------------------------

def _quoted(art: QuoteArticle, reported: list[tuple[Frame, int]]) -> list[Draft]:
    drafts: list[Draft] = []
    for m in art.marks:
        d = Draft(m.start, m.end, _kind(art, m))
        d.frame, d.sentence = _attribute(art, m, d.kind)
        if d.kind == "partial":
            d.frame, d.sentence = _outer(art.text, reported, m, d.frame) or (d.frame, d.sentence)
        tagged = _transcript(art, m) or (None if d.frame else _dash_signed(art, m))
        if tagged is not None:
            d.frame = tagged
        if _is_term(art, m, d):
            continue
        d.speaker = d.frame.speaker if d.frame else None
        d.clause = _clause(d) if d.kind == "partial" else None
        if d.speaker is None:
            _carry_on(art, d, drafts)
        elif drafts and drafts[-1].frame is d.frame:
            d.continues, d.of = True, drafts[-1]  # '"A," he said. "B."'
        if d.speaker is None and (d.kind == "partial" or _words(art, d) < _MIN_UNATTRIBUTED_WORDS):
            continue
        drafts.append(d)
    return drafts


def _outer(art_text: str, reported: list[tuple[Frame, int]], m: Marked, frame: Frame | None) -> tuple[Frame, int] | None:
    """The reported clause whose speaker a partial quote belongs to: the one that holds it when
    its own cue is no reporting verb or only says what was talked about ('referred to'), or is
    itself inside that clause with a pronoun for its speaker ('Obama said it would tell an
    American story, one of "..."': Obama's words, not the museum's; 'Demonstrators said they
    want "justice"')."""
    outer = enclosing([(f, i) for f, i in reported if f.lemma not in TOPIC_CUES], m.start, m.end)
    if outer is None or frame is outer[0]:
        return None
    if frame is None or frame.lemma not in QUOTE_VERBS or frame.lemma in TOPIC_CUES \
            or _nested_pronoun(art_text, frame, outer[0]):
        return outer
    return None


def _nested_pronoun(text: str, inner: Frame, outer: Frame) -> bool:
    s, e = outer.content
    return inner.speaker is not None and s <= inner.cue_start and inner.cue_end <= e \
        and text[inner.speaker[0]:inner.speaker[1]].lower() in PRONOUNS


_NAME = r"[A-Z][\w'\u2019.-]*(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]*|de|da|del|van|von|bin|al))*"
_DASH_SIGNED = re.compile(r"[,.\s]*[\"\u201d']*[^\S\n]*(?:[\u2015\u2014\u2013]|--?(?=\s))[^\S\n]*(" + _NAME + ")")
_TRANSCRIPT = re.compile(r"((?:[A-Z][A-Z'\u2019.-]+[^\S\n]+){0,2}[A-Z][A-Z'\u2019.-]+|" + _NAME + r"):\s")


def _transcript(art: QuoteArticle, m: Marked) -> Frame | None:
    """A transcript turn quoted whole: '"PENCE: Well, look, ..."'. The name is the speaker."""
    hit = _TRANSCRIPT.match(art.text, m.start, m.end)
    if hit is None:
        return None
    s, e = hit.span(1)
    if not (hit.group(1).isupper() or _is_name(art, s, e)):
        return None
    return Frame(cue=":", lemma="say", cue_start=e, cue_end=e + 1, speaker=(s, e))


def _dash_signed(art: QuoteArticle, m: Marked) -> Frame | None:
    """A quote signed after a dash: '"...." \u2015 Jane Doe'."""
    hit = _DASH_SIGNED.match(art.text, m.end, min(len(art.text), m.end + 100))
    if hit is None:
        return None
    s, e = hit.span(1)
    e = s + len(art.text[s:e].rstrip(".,"))
    if art.paragraph_of(s) != art.paragraph_of(m.end):
        return None
    signature = re.match(r"[^\S\n]*(?:[.,(\n]|$)", art.text[e:e + 3]) and len(art.text[s:e].split()) <= 4
    if not (_is_name(art, s, e) or signature):
        return None
    return Frame(cue=art.text[hit.start(1) - 1:hit.start(1)].strip() or "-", lemma="say",
                 cue_start=s - 1, cue_end=s, speaker=(s, e))


def _is_name(art: QuoteArticle, s: int, e: int) -> bool:
    """Whether text[s:e] is (mostly) a PERSON or ORG mention."""
    return any(mn.start < e and s < mn.end and mn.label in ("PERSON", "ORG")
               and (min(e, mn.end) - max(s, mn.start)) * 2 >= e - s for mn in art.mentions)


def _clause(d: Draft) -> Range | None:
    """The reporter's clause around a partial quote: the reported content or the cue's object."""
    for r in (d.frame.content, d.frame.complement) if d.frame else ():
        if r and r[0] <= d.start and d.end <= r[1] + 1:
            return r
    return None


def _kind(art: QuoteArticle, m: Marked) -> str:
    """direct for whole quoted sentences, partial for quoted words inside the reporter's."""
    inner = art.text[m.start:m.end]
    s = max(art.sents[art.sentence_of(m.start)][0] if art.sents else 0,
            art.paras[art.paragraph_of(m.start)][0] if art.paras else 0)
    before = art.text[s:m.start].rstrip().rstrip("'\"\u201c\u201e").rstrip()
    first = inner[:1]
    if re.search(r"\bthat$", before, re.I) or not (first.isupper() or first.isdigit()):
        return "partial"
    if not before or before[-1] in ":,\u2014" or m.open_end:
        return "direct"
    if inner.rstrip("\"\u201d ")[-1:] in ".!?" and len(inner.split()) >= _MIN_UNATTRIBUTED_WORDS:
        return "direct"
    return "partial"


def _attribute(art: QuoteArticle, m: Marked, kind: str) -> tuple[Frame | None, int]:
    """The nearest frame in the sentences where the quote starts and ends."""
    found: list[tuple[int, Frame, int]] = []
    for i in {art.sentence_of(m.start), art.sentence_of(max(m.start, m.end - 1))}:
        ps = art.parsed.get(i)
        frame = ps.frame_for(m.start, m.end) if ps else None
        if frame is not None and art.text[frame.speaker[0]:frame.speaker[1]].lower() in _NOT_SPEAKERS:
            frame = None
        if frame is None and ps is not None and kind == "partial":
            frame = loose_frame(ps, m.start, m.end)
            if frame is not None and not art.resolver.can_speak(frame.speaker):
                frame = None
        if frame is not None and _across_lines(art.text, m, frame):
            frame = None  # 'Advertisement - story continues below' on the next line
        if frame is not None:
            gap = m.start - frame.cue_end if frame.cue_end <= m.start else max(0, frame.cue_start - m.end)
            found.append((gap, frame, i))
    if not found:
        return _cue_after(art, m)
    _, frame, i = min(found, key=lambda f: f[0])
    return frame, i


def _across_lines(text: str, m: Marked, frame: Frame) -> bool:
    """Whether a line break parts the quote from its cue: a line of its own is another
    paragraph, however the page spaced it ('X said:' closing the paragraph before still
    introduces it)."""
    first, last = min(frame.cue_start, frame.speaker[0]), max(frame.cue_end, frame.speaker[1])
    if last <= m.start:
        gap = text[last:m.start]
        return "\n" in gap and not gap.strip(" \t\n\"'\u201c\u201e").startswith(":")
    return first >= m.end and "\n" in text[m.end:first]


def _cue_after(art: QuoteArticle, m: Marked) -> tuple[Frame | None, int]:
    """'"Power to the people!" the group shouted': the cue split off into a sentence of its
    own, which carries on the quote's: it starts in lower case right after the mark, or is
    no more than a speaker and a cue ('"... missing." Trump said.')."""
    i = art.sentence_of(m.start)
    j = art.sentence_of(max(m.start, m.end - 1)) + 1
    if j >= len(art.sents) or j not in art.parsed:
        return None, i
    s, e = art.sents[j]
    if art.text[m.end:s].strip(" \t\"'\u201d,"):
        return None, i
    frame = next((f for f in art.parsed[j].frames
                  if f.speaker and f.speaker[0] < f.cue_start and f.cue_start - s <= 40), None)
    if frame is None or art.text[frame.speaker[0]:frame.speaker[1]].lower() in _NOT_SPEAKERS:
        return None, i
    if not art.text[s:s + 1].islower() and not _bare_cue(art.text, frame, s, e):
        return None, i
    return frame, j


_MAX_BARE_CUE_WORDS = 12


def _bare_cue(text: str, frame: Frame, start: int, end: int) -> bool:
    """'Trump said.', 'Mr. English said of Mr. Cruz.': a sentence that opens with the speaker
    and reports nothing but the cue."""
    return frame.speaker[0] == start and frame.content is None and frame.lemma in INDIRECT_VERBS \
        and len(text[start:end].split()) <= _MAX_BARE_CUE_WORDS \
        and len(text[frame.speaker[1]:frame.cue_start].split()) <= 1


def _is_term(art: QuoteArticle, m: Marked, d: Draft) -> bool:
    """Scare quotes, titles and quoted terms: not statements unless clearly attributed."""
    inner = art.text[m.start:m.end]
    words = inner.split()
    before = art.text[max(0, m.start - 30):max(0, m.start - 1)]
    if _TITLE_CUE.search(before) and d.kind == "partial" and len(words) <= 12:
        return not (d.frame and d.frame.lemma == "call" and inner[:1].islower())
    if d.frame is None and len(words) <= 12 and d.kind == "partial":
        return True
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS] or words
    capitalised = sum(w[:1].isupper() for w in content)
    if (d.kind == "partial" and len(words) <= 8 or d.frame is None and len(words) <= 12) \
            and capitalised / len(content) >= 0.7 and not inner.rstrip().endswith((".", "?", "!")):
        return True  # a name or a title: 'The View', 'Super Tuesday', 'Orange Is the New Black'
    if not any(c.isalpha() for c in inner):
        return True
    loose = d.frame is None or d.frame.lemma not in QUOTE_VERBS
    return len(words) <= _MAX_TERM_WORDS and (loose or d.kind == "direct")


def _carry_on(art: QuoteArticle, d: Draft, drafts: list[Draft]) -> None:
    """A quote with no cue of its own: the speaker of a colon clause introducing it, of the
    quote it continues (unless someone else spoke since), or of the sentence before."""
    prev = drafts[-1] if drafts else None
    para = art.paragraph_of(d.start)
    opens_paragraph = not art.text[art.paras[para][0]:d.start].strip(" \"\u201c\u201e")
    intro = _colon_intro(art, d, para, opens_paragraph)
    if intro is not None:
        d.frame, d.speaker, d.sentence = intro
        return
    if prev and prev.speaker and (art.paragraph_of(prev.start) == para or (
            opens_paragraph and art.paragraph_of(prev.start) == para - 1)):
        later = _later_frame(art, prev, d)
        if later is not None:  # someone else was reported speaking since: they go on
            d.frame, d.speaker, d.sentence = later[0], later[0].speaker, later[1]
            return
        d.frame, d.speaker, d.sentence = prev.frame, prev.speaker, prev.sentence
        d.continues, d.of = True, prev
        return
    i = art.sentence_of(d.start) - 1
    if i < 0 or d.kind != "direct":
        return
    p = art.paragraph_of(art.sents[i][0])
    if opens_paragraph and p == para - 1:  # 'X said that ...' closing the paragraph before
        frame = _last_frame(art, i, art.sents[i][0], art.sents[i][1], named=True)
        if frame is not None and frame.lemma in INDIRECT_VERBS:
            d.speaker, d.sentence = frame.speaker, i
        return
    if p != para:
        return
    frame = _last_frame(art, i, art.sents[i][0], art.sents[i][1])
    if frame is not None:  # '..., Schiff said. "..."'
        d.speaker, d.sentence = frame.speaker, i
        return
    subject = _subject(art, i, art.sents[i][1])
    if subject is not None and _names_one(art, subject):
        d.speaker, d.sentence = subject, i
        return
    s, e = art.sents[i]
    marks = [(m.start, m.end) for m in art.marks]
    people = [p for p in art.resolver.people if s <= p.start < e
              and not overlaps((p.start, p.end), marks)]
    if people:
        d.speaker, d.sentence = (people[0].start, people[0].end), i


def _colon_intro(art: QuoteArticle, d: Draft, para: int,
                 opens_paragraph: bool) -> tuple[Frame | None, Range, int] | None:
    """'Sanders delivered a retort: "..."' or 'He said:' closing the paragraph before: the
    cue's speaker, else the subject of the clause before the colon."""
    k = art.sentence_of(d.start)
    s = art.sents[k][0] if art.sents else 0
    if art.sents and s < d.start and art.paragraph_of(s) == para:
        lead = art.reporter_text(k)[:d.start - s].rstrip(" \"'\u201c\u201e")
        if lead.endswith(":"):
            return _intro_speaker(art, k, s + len(lead))
        if lead.strip():
            return None
    i = k - 1
    if i < 0:
        return None
    p = art.paragraph_of(art.sents[i][0])
    if not (p == para or (opens_paragraph and p == para - 1)):
        return None
    lead = art.reporter_text(i).rstrip()
    if not lead.endswith(":"):
        return None
    return _intro_speaker(art, i, art.sents[i][0] + len(lead))


def _intro_speaker(art: QuoteArticle, i: int, colon: int) -> tuple[Frame | None, Range, int] | None:
    frame = _last_frame(art, i, art.sents[i][0], colon)
    if frame is not None:
        return frame, frame.speaker, i
    subject = _subject(art, i, colon)
    if subject is not None:
        return None, subject, i
    named = _named_lead(art, i, colon)
    return (None, named, i) if named is not None else None


_MAX_LEAD_WORDS = 12


def _named_lead(art: QuoteArticle, i: int, colon: int) -> Range | None:
    """'Gerald F. Seib, The Wall Street Journal: "..."': a lead of a few words, with no verb
    of its own, that opens with a person's or an organisation's name names the speaker."""
    s = art.sents[i][0]
    lead = art.text[s:colon]
    start = s + len(lead) - len(lead.lstrip())
    if not lead.strip() or len(lead.split()) > _MAX_LEAD_WORDS:
        return None
    ps = art.parsed.get(i)
    if ps is not None and any(start <= ps.offset + t.idx < colon and t.pos_ in ("VERB", "AUX")
                              for t in ps.doc):
        return None
    first = next((m for m in art.mentions if m.start == start and m.label in ("PERSON", "ORG")), None)
    return (first.start, first.end) if first is not None else None


def _last_frame(art: QuoteArticle, i: int, start: int, end: int, named: bool = False) -> Frame | None:
    """The last cue of sentence ``i`` between start and end whose speaker can speak (and,
    if ``named``, is a name or 'he'/'she')."""
    ps = art.parsed.get(i)
    for f in reversed(ps.frames if ps else []):
        if f.speaker and start <= f.cue_start < end and _usable_speaker(art, f.speaker) \
                and (not named or _names_one(art, f.speaker)):
            return f
    return None


def _subject(art: QuoteArticle, i: int, end: int) -> Range | None:
    """The subject of sentence ``i``'s main verb before ``end``, if it can speak."""
    ps = art.parse_sentence(i)
    r = ps.subject(end) if ps else None
    return r if r is not None and _usable_speaker(art, r) else None


def _usable_speaker(art: QuoteArticle, r: Range) -> bool:
    if art.text[r[0]:r[1]].lower() in _NOT_SPEAKERS or overlaps(r, [(m.start, m.end) for m in art.marks]):
        return False
    return art.resolver.can_speak(r)


def _names_one(art: QuoteArticle, r: Range) -> bool:
    """A named speaker, or 'he'/'she': not 'they', 'we' or 'the plan'."""
    if art.text[r[0]:r[1]].lower() in SINGULAR_PRONOUNS:
        return True
    return any(m.start < r[1] and r[0] < m.end and m.label in ("PERSON", "ORG") for m in art.mentions)


def _later_frame(art: QuoteArticle, prev: Draft, d: Draft) -> tuple[Frame, int] | None:
    """A cue between the quote before and this one with a speaker of its own."""
    found = None
    for i in range(max(prev.sentence, art.sentence_of(prev.end)) + 1, art.sentence_of(d.start) + 1):
        ps = art.parsed.get(i)
        for f in ps.frames if ps else []:
            if f.lemma in INDIRECT_VERBS and prev.end < f.cue_start and f.cue_end <= d.start and f is not prev.frame \
                    and f.speaker and prev.end < f.speaker[0] and _usable_speaker(art, f.speaker) \
                    and not _same_speaker(art, f.speaker, prev.speaker):
                found = (f, i)
    return found


def _same_speaker(art: QuoteArticle, a: Range, b: Range | None) -> bool:
    if b is None:
        return False
    wa, wb = art.text[a[0]:a[1]].lower().split(), art.text[b[0]:b[1]].lower().split()
    if not wa or not wb:
        return False
    return wa[-1] == wb[-1] or wa[-1] in PRONOUNS or wa[0] in _RELATIVE


def _words(art: QuoteArticle, d: Draft) -> int:
    return len(art.text[d.start:d.end].split())


# -- pass 3: speakers and channels -------------------------------------------------------------

def _finish(art: QuoteArticle, drafts: list[Draft]) -> list[Quote]:
    done: dict[int, Quote] = {}
    known: dict[str, tuple[str, str | None]] = {}  # speaker surname -> explicit channel
    quotes = []
    for d in drafts:
        speaker, written = art.resolver.speaker(d.speaker) if d.speaker else (None, None)
        if d.frame and d.frame.written and d.speaker == d.frame.speaker:
            w = d.frame.written
            written = Speaker(art.text[w[0]:w[1]], w[0], w[1])
        channel, via = _channel(art, d, speaker, done, known)
        q = Quote(text=_clean(art.text[d.start:d.end]), kind=d.kind, start=d.start, end=d.end,
                  speaker=speaker, cue=d.frame.cue if d.frame else None, channel=channel,
                  via=via, speaker_pronoun=written, continues=d.continues, clause=d.clause)
        done[id(d)] = q
        quotes.append(q)
    return quotes


def _channel(art: QuoteArticle, d: Draft, speaker: Speaker | None, done: dict[int, Quote],
             known: dict[str, tuple[str, str | None]]) -> tuple[str | None, str | None]:
    if d.of is not None and id(d.of) in done:
        return done[id(d.of)].channel, done[id(d.of)].via
    f = d.frame
    relay = _relayed_by(art, d)
    if relay is not None:
        return "report", relay
    listener = art.text[f.listener[0]:f.listener[1]] if f and f.listener else None
    channel, via = explicit_channel(
        art.reporter_text(d.sentence), f.lemma if f else None,
        art.text[f.speaker[0]:f.speaker[1]] if f and f.speaker else None,
        listener, bool(f and f.listener and _is_outlet(art, f.listener)))
    key = speaker.text.split()[-1].lower() if speaker else None
    if channel is None:
        after = max(d.sentence, art.sentence_of(max(d.start, d.end - 1))) + 1
        channel = next_sentence_channel(art.reporter_text(after))
    if channel is None and key in known and (f is None or f.lemma in CONTINUING_CUES or d.kind != "indirect"):
        channel, via = known[key]
    if channel is None:
        return default_channel(f.lemma if f else None), None
    if key and key not in known:
        known[key] = (channel, via)
    return channel, via


def _relayed_by(art: QuoteArticle, d: Draft) -> str | None:
    """'"...," Biden said, AP reported': the outlet that reported the speaker's words."""
    ps = art.parsed.get(d.sentence)
    if d.frame is None or ps is None:
        return None
    for f in ps.frames:
        if f.lemma == "report" and f is not d.frame and f.cue_start > d.frame.cue_end \
                and f.speaker and _is_outlet(art, f.speaker):
            return art.text[f.speaker[0]:f.speaker[1]]
    return None


def _is_outlet(art: QuoteArticle, r: Range) -> bool:
    if _OUTLET.search(art.text[r[0]:r[1]]):
        return True
    return any(m.start < r[1] and r[0] < m.end and m.label in ("ORG", "WORK_OF_ART", "PRODUCT")
               for m in art.mentions)


def _clean(text: str) -> str:
    return text.strip().strip("\"\u201c\u201d\u201e").strip()
