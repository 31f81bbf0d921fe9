"""Fixtures of the service tests: the embedded stack, Dovecot and PostgreSQL when installed."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from core.config import Settings
from intake.devstack.stack import ThreadedStack
from intake.store import Store, open_store
from tests.service import servers
from tests.service.helpers import make_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at the embedded stack on free ports, a temp data folder, quick timings."""
    return make_settings(tmp_path)[0]


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = open_store(settings)
    yield opened
    opened.close()


@pytest.fixture
def stack(settings: Settings) -> Iterator[ThreadedStack]:
    """The embedded IMAP server and SMTP hub, on a thread."""
    with ThreadedStack(settings) as running:
        yield running


def _absent(what: str) -> NoReturn:
    """Skip - or fail, where CI promised the server (SECOR_REQUIRE_SERVERS=1)."""
    if os.environ.get("SECOR_REQUIRE_SERVERS") == "1":
        pytest.fail(f"{what} is not installed, and SECOR_REQUIRE_SERVERS=1 requires it")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="session")
def postgres() -> Iterator[servers.Postgres]:
    """A PostgreSQL cluster for the session (skipped when PostgreSQL is not installed)."""
    if servers.INITDB is None or servers.POSTGRES is None:
        _absent("PostgreSQL (Debian package postgresql: initdb, postgres)")
    cluster = servers.Postgres().start()
    yield cluster
    cluster.close()


@pytest.fixture
def pg_url(postgres: servers.Postgres) -> Iterator[str]:
    """A fresh database for one test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres.create_database(name)
    yield url
    postgres.drop_database(name)


@pytest.fixture
def dovecot_binary() -> str:
    if servers.DOVECOT is None:
        _absent("Dovecot (Debian package dovecot-imapd)")
    return servers.DOVECOT
