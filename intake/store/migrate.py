"""Bring a database up to the schema: create missing tables, add missing columns and indexes.

Only additions, never a rename or a drop, so an older service version can still
read a store an upgraded one has touched. Several workers starting together on
PostgreSQL take turns under an advisory lock.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.schema import CreateColumn

from intake.store.schema import metadata

log = logging.getLogger(__name__)

_PG_LOCK_KEY = 7_700_701  # any constant: the advisory lock the schema upgrade takes


def _add_missing(conn: Connection) -> list[str]:
    inspector = inspect(conn)
    added: list[str] = []
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            ddl = CreateColumn(column).compile(dialect=conn.dialect)
            conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {ddl}"))
            added.append(f"{table.name}.{column.name}")
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    return added


def upgrade(engine: Engine) -> list[str]:
    """Create or extend the schema; returns the columns it added (for the log)."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        metadata.create_all(conn)
        added = _add_missing(conn)
    if added:
        log.info("store schema upgraded: added %s", ", ".join(added))
    return added
