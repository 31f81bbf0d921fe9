"""The store: messages, submissions, files, outbox and corrections in one database.

SQLite by default (a file in the data folder); PostgreSQL through the same code
by giving ``[store] url``. Only this package talks SQL.
"""

from intake.store.schema import metadata
from intake.store.store import Store, load_corrections, open_store

__all__ = ["Store", "load_corrections", "metadata", "open_store"]
