"""The records the quote extractor returns: who said what, how and where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("direct", "partial", "indirect")
CHANNELS = ("twitter", "social_media", "interview", "statement", "report", "document")


@dataclass(frozen=True)
class Speaker:
    """The words that name who spoke, e.g. 'Russian officials'; ``entity`` is set by resolve."""

    text: str
    start: int
    end: int
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(data["text"], data["start"], data["end"], data.get("entity"))


@dataclass(frozen=True)
class Quote:
    """One statement as a journalist would file it, after textacy's ``DQTriple``.

    ``text`` is the content without quote marks; ``kind`` is direct (full quoted sentences),
    partial (quoted words inside the reporter's sentence) or indirect (reported speech).
    When the sentence names the speaker with a pronoun or a role noun ('she', 'the
    minister'), ``speaker`` is the named mention it stands for and ``speaker_pronoun`` keeps
    the words as written. ``continues`` marks a quote that carries on the one before it
    (same speaker) without a cue of its own. ``clause`` is, for a partial quote, the
    reporter's clause that carries it ('that the relationship "has always been friendly"').
    """

    text: str
    kind: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    channel: str | None = None
    via: str | None = None
    speaker_pronoun: Speaker | None = None
    continues: bool = False
    clause: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue,
            "channel": self.channel,
            "via": self.via,
            "speaker_pronoun": self.speaker_pronoun.to_dict() if self.speaker_pronoun else None,
            "continues": self.continues,
            "clause": list(self.clause) if self.clause else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        sp, pr = data.get("speaker"), data.get("speaker_pronoun")
        return cls(
            text=data["text"], kind=data["kind"], start=data["start"], end=data["end"],
            speaker=Speaker.from_dict(sp) if sp else None,
            cue=data.get("cue"), channel=data.get("channel"), via=data.get("via"),
            speaker_pronoun=Speaker.from_dict(pr) if pr else None,
            continues=bool(data.get("continues")),
            clause=tuple(data["clause"]) if data.get("clause") else None,
        )
