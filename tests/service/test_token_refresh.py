"""OAuth2: the token's end is known, and the service logs in again before it comes."""

from __future__ import annotations

import sys
import time
from typing import Any

import pytest

from core.errors import OperationalError
from intake.mailbox import connection
from intake.mailbox.connection import _parse_token, fetch_token
from intake.service import runner
from intake.service.runner import IntakeService
from intake.store import Store
from tests.service.helpers import ServiceThread, StubClassifier, wait_for


def test_a_json_token_says_when_it_ends() -> None:
    token = _parse_token('{"access_token": "abc", "expires_in": 3599}', 60)
    assert token.value == "abc"
    assert token.refresh_at is not None
    assert 3599 - 300 - 5 < token.refresh_at - time.monotonic() <= 3599 - 300


def test_a_bare_token_lives_the_configured_minutes() -> None:
    token = _parse_token("ya29.bare\n", 30)
    assert token.value == "ya29.bare"
    assert token.refresh_at is not None
    assert 1800 - 300 - 5 < token.refresh_at - time.monotonic() <= 1800 - 300


def test_json_without_a_token_is_a_clear_error() -> None:
    with pytest.raises(OperationalError, match="access_token"):
        _parse_token('{"error": "invalid_grant"}', 60)


def test_a_configured_token_is_never_refreshed() -> None:
    from pydantic import SecretStr

    token = fetch_token(SecretStr("fixed"), None)
    assert token is not None and token.refresh_at is None


def test_the_token_command_runs_at_each_login() -> None:
    command = f'{sys.executable} -c "print(\'{{\\"access_token\\": \\"t1\\"}}\')"'
    token = fetch_token(None, command)
    assert token is not None and token.value == "t1"


@pytest.mark.slow
def test_the_service_logs_in_again_when_the_token_ends(
    stack: Any, settings: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    logins: list[float] = []
    real = connection.open_session

    def counting(box: Any, timeout: float | None = None) -> connection.Session:
        session = real(box, timeout)
        logins.append(time.monotonic())
        if len(logins) == 1:
            session.refresh_at = time.monotonic() + 1.0  # as if the token ended in a second
        return session

    monkeypatch.setattr(runner, "open_session", counting)
    service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
    with ServiceThread(service):
        wait_for(lambda: len(logins) >= 2, timeout=20, what="a second login with a new token")
        time.sleep(1.5)
    assert len(logins) == 2  # the password login that followed has no end: no more
