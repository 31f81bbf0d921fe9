"""The store: messages, submissions, files, outbox and corrections in one database.

SQLite by default (a file in the data folder); PostgreSQL through the same code
by giving ``[store] url``. Only this package talks SQL. ``Store`` reaches the stages
(``store.queue``, ``store.results``, ``store.outbox``, ``store.filing``, ``store.ops``);
the rows that travel are the frozen dataclasses of ``intake.store.rows``.
"""

from intake.store.database import Database
from intake.store.schema import metadata
from intake.store.store import Store, load_corrections, open_store

__all__ = ["Database", "Store", "load_corrections", "metadata", "open_store"]
