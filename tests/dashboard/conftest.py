"""Fixtures of the dashboard tests: a seeded store, the app, a client, a staff account."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from starlette.applications import Starlette
from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard import accounts
from intake.dashboard.accounts import create_user
from intake.dashboard.app import create_app
from intake.store import Store, open_store
from tests.dashboard import seed

USER = "staff"
PASSWORD = "correct horse battery"

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters for the tests (test_accounts checks the real ones)."""
    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    """The test's own store (SQLite in its data folder)."""
    opened = open_store(settings)
    yield opened
    opened.close()


@pytest.fixture
def seeded(settings: Settings, store: Store) -> seed.Seeded:
    """The example submission (element 13 filed as "other") and a staff account."""
    assert create_user(store, USER, PASSWORD)
    return seed.roofing(settings, store)


@pytest.fixture
def app(settings: Settings, store: Store) -> Starlette:
    """The dashboard on the test's store."""
    return create_app(settings, store)


@pytest.fixture
def client(app: Starlette) -> Iterator[TestClient]:
    """An anonymous browser."""
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = _CSRF.search(html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def log_in(client: TestClient, user: str = USER, password: str = PASSWORD) -> str:
    """Log the client in; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"username": user, "password": password, "csrf_token": token, "next": "/"}
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)


@pytest.fixture
def staff(client: TestClient, seeded: seed.Seeded) -> str:
    """The client logged in as staff; the CSRF token of its session."""
    return log_in(client)
