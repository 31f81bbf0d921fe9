"""The store: one database, and one object per stage that uses it.

``Store`` is the :class:`Database` (engine, ``tx()``, data folder) with the stages the
worker walks through as attributes: ``store.queue`` (receive, claims, quarantine),
``store.results`` (submissions and files), ``store.outbox`` (replies), ``store.filing``
(triage folders) and ``store.ops`` (heartbeats, figures, the key-value table). The
dashboard's modules (``review``, ``sessions``, ``merge``, ``retention``, ...) are
functions taking the :class:`Database`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from core.config import Settings
from intake.corrections import Correction
from intake.store.database import Database, open_engine
from intake.store.filing import Filing
from intake.store.ops import Ops
from intake.store.outbox import Outbox
from intake.store.queue import Queue
from intake.store.results import Results


class Store(Database):
    """All the service's durable state, reached stage by stage."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        super().__init__(engine, data_dir)
        self.queue = Queue(self)
        self.results = Results(self)
        self.outbox = Outbox(self)
        self.filing = Filing(self)
        self.ops = Ops(self)


def open_store(settings: Settings) -> Store:
    """Open (and create or extend if needed) the store the settings name."""
    return Store(open_engine(settings), settings.data_dir)


def load_corrections(settings: Settings) -> list[Correction]:
    """Staff corrections for ``secor-intake train`` (none when there is no store yet)."""
    db = settings.data_dir / "secor.db"
    if settings.store.url is None and not db.exists():
        return []
    store = open_store(settings)
    try:
        return store.results.corrections()
    finally:
        store.close()
