"""One base error for everything newsgraph reports to its user.

Each error names what went wrong (``message``), what to do about it (``hint``) and, where
it concerns one input, which one (``origin``: a path, ``path:LINE`` or ``-``). The CLI
turns them into messages in one place; a failure on one article is stored as data and
the batch goes on.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    kind = "error"

    def __init__(self, message: str, *, hint: str | None = None, origin: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.origin = origin

    def to_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "message": self.message, "hint": self.hint, "origin": self.origin}

    def __str__(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        return f"{where}{self.message}"


class InputError(NewsgraphError):
    """An input file or record cannot be read as an article (binary, empty, too big, bad JSON)."""

    kind = "input"


class AnalysisError(NewsgraphError):
    """The language model failed on one article's text; the other articles go on."""

    kind = "analysis"


class ModelNotFound(NewsgraphError):
    """No usable spaCy English model is installed."""

    kind = "model"


class StoreError(NewsgraphError):
    """The database cannot be opened, migrated or queried."""

    kind = "store"


class NotFound(NewsgraphError):
    """A query named something the store does not hold."""

    kind = "not_found"


class MissingDependency(NewsgraphError):
    """An optional package that a command needs is not installed."""

    kind = "dependency"
