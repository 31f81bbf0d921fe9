"""The database the stages share: its engine, one-transaction helper and the data folder."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, text

from core.config import Settings
from core.errors import OperationalError, UserError
from intake.store.migrate import upgrade


class Database:
    """An engine and the data folder beside it; each stage's operation is one ``tx()``."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.data_dir = data_dir

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction."""
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextmanager
    def exclusive(self, name: str) -> Iterator[bool]:
        """Whether this worker may do the job NAME now, no other worker doing it meanwhile.

        On PostgreSQL a transaction-level advisory lock, held until the block ends (or the
        worker's connection dies); on SQLite always True (one service per store).
        """
        if self.dialect != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self.engine.begin() as conn:
            got = bool(
                conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": key}).scalar()
            )
            yield got


def secure_data_dir(data_dir: Path, *, sqlite: bool = True) -> None:
    """The data folder readable by its owner only (0700), the SQLite files too (0600).

    It holds password hashes, every stored email and every document's text. The
    database is created 0600 before SQLite opens it (its -wal and -shm copy its mode);
    files already there from an older version are tightened.
    """
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    db = data_dir / "secor.db"
    if sqlite and not db.exists():
        os.close(os.open(db, os.O_WRONLY | os.O_CREAT, 0o600))
    for name in ("secor.db", "secor.db-wal", "secor.db-shm", "secor.db-journal"):
        path = data_dir / name
        if path.is_file() and not path.is_symlink():
            os.chmod(path, 0o600)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_engine(settings: Settings) -> Engine:
    """The engine the settings name, its data folder secured and its tables created or extended."""
    secure_data_dir(settings.data_dir, sqlite=settings.store.url is None)
    url = settings.database_url
    # pre-ping: a connection the database dropped (restart, failover) is replaced, not used
    # hide_parameters: a database error never carries a message's subject or text into a log
    engine = create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        upgrade(engine)
        return engine
    try:
        upgrade(engine)
    except exc.OperationalError as error:
        engine.dispose()
        raise unreachable(engine, error) from None
    return engine


# What the database answers when the configuration is wrong, not the database down
_REFUSED = ("authentication failed", "does not exist", "no pg_hba.conf entry", "permission denied")


def unreachable(engine: Engine, error: exc.OperationalError) -> UserError | OperationalError:
    """One line for a database that cannot be used at start: a refused login or a missing
    database (UserError: fix [store] url) or a server that does not answer (retry)."""
    url = engine.url
    where = f"PostgreSQL at {url.host or 'the local socket'}{f':{url.port}' if url.port else ''}"
    first = str(error.orig or error).strip().splitlines()[0][:200]
    if any(word in first.lower() for word in _REFUSED):
        return UserError(f"{where} refused the store: {first}; check [store] url and its user")
    return OperationalError(
        f"cannot reach the store, {where}: {first}; check that it is running, then try again"
    )
