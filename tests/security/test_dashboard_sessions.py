"""Issue 13, "dashboard": sessions end on the server, logins are reserved, demo account, modes."""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from starlette.testclient import TestClient

from core.config import Settings
from core.errors import UserError
from intake.dashboard import accounts
from intake.dashboard.accounts import create_user, ensure_user, set_password
from intake.dashboard.app import SESSION_COOKIE, create_app
from intake.dashboard.security import LoginLimiter
from intake.store import Store, open_store
from tests.dashboard.conftest import PASSWORD, USER, csrf_of, log_in


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = open_store(settings)
    create_user(opened, USER, PASSWORD)
    yield opened
    opened.close()


def _copy(client: TestClient, app: object) -> TestClient:
    copy = TestClient(app, follow_redirects=False)  # type: ignore[arg-type]
    copy.cookies.set(SESSION_COOKIE, str(client.cookies.get(SESSION_COOKIE)))
    return copy


def test_logout_ends_every_copy_of_the_cookie(settings: Settings, store: Store) -> None:
    app = create_app(settings, store)
    with TestClient(app, follow_redirects=False) as client:
        token = log_in(client)
        stolen = _copy(client, app)
        assert stolen.get("/").status_code == 200
        assert client.post("/logout", data={"csrf_token": token}).status_code == 303
        assert stolen.get("/").status_code == 303
        refused = stolen.post("/submissions/1/review", data={"csrf_token": token, "state": "open"})
        assert refused.status_code == 401


def test_a_password_change_ends_every_session(settings: Settings, store: Store) -> None:
    app = create_app(settings, store)
    with TestClient(app, follow_redirects=False) as client:
        log_in(client)
        stolen = _copy(client, app)
        assert set_password(store, USER, "a brand new passphrase")
        assert client.get("/").status_code == 303
        assert stolen.get("/").status_code == 303


def test_concurrent_guesses_share_the_limit_across_processes(
    settings: Settings, store: Store
) -> None:
    other = open_store(settings)  # a second dashboard process on the same database
    try:
        limiters = [LoginLimiter(s, attempts=5, window_seconds=900) for s in (store, other)]
        start = threading.Barrier(30)
        granted: list[bool] = []
        lock = threading.Lock()

        def guess(n: int) -> None:
            start.wait()
            ok = limiters[n % 2].reserve(USER, f"198.51.100.{n}")
            with lock:
                granted.append(ok)

        threads = [threading.Thread(target=guess, args=(n,)) for n in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert granted.count(True) == 5
    finally:
        other.close()


def test_the_login_form_refuses_before_hashing(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[str] = []
    real = accounts.verify_login
    monkeypatch.setattr(
        "intake.dashboard.login.verify_login",
        lambda s, u, p: hashed.append(u) or real(s, u, p),
    )
    limited = settings.model_copy(
        update={"dashboard": settings.dashboard.model_copy(update={"login_attempts": 2})}
    )
    with TestClient(create_app(limited, store), follow_redirects=False) as client:
        for _ in range(4):
            token = csrf_of(client.get("/login").text)
            client.post("/login", data={"username": USER, "password": "x", "csrf_token": token})
    assert len(hashed) == 2


def test_the_demo_account_stops_a_production_dashboard(settings: Settings, store: Store) -> None:
    production = settings.model_copy(
        update={"embedded": settings.embedded.model_copy(update={"enabled": False})}
    )
    create_app(production, store)  # no demo account: starts
    ensure_user(store, "cor", "cor-review")
    with pytest.raises(UserError, match="demo account"):
        create_app(production, store)
    create_app(settings, store)  # the embedded set-up keeps it


def test_the_data_folder_and_database_are_private(settings: Settings, store: Store) -> None:
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(settings.data_dir) == 0o700
    for name in ("secor.db", "secor.db-wal", "secor.db-shm"):
        path = settings.data_dir / name
        if path.exists():
            assert mode(path) == 0o600, name
