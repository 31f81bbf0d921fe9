"""Every page and download needs a login, every POST a CSRF token; sessions and the secret key."""

from __future__ import annotations

import os
import re
import stat
import time

import pytest
from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard.app import create_app
from intake.dashboard.security import LoginLimiter, safe_next, secret_key
from intake.store import Store
from intake.store import review as store_review
from tests.dashboard import seed
from tests.dashboard.conftest import PASSWORD, USER, csrf_of, log_in

PUBLIC = {"/login", "/healthz"}


def _routes(app: Starlette, method: str) -> list[str]:
    return sorted(
        {
            r.path
            for r in app.routes
            if isinstance(r, Route) and r.methods and method in r.methods and r.path not in PUBLIC
        }
    )


def _fill(path: str, seeded: seed.Seeded) -> str:
    """A route's path with real ids in it."""
    file_id = next(iter(seeded.file_ids.values()))
    return (
        path.replace("{sub_id:int}", str(seeded.submission_id))
        .replace("{file_id:int}", str(file_id))
        .replace("{message_id:int}", str(seeded.message_row))
        .replace("{outbox_id:int}", "1")
    )


def test_the_routes_under_test_are_all_there(app: Starlette) -> None:
    gets = _routes(app, "GET")
    posts = _routes(app, "POST")
    assert {"/", "/submissions/{sub_id:int}", "/files/{file_id:int}/download", "/stats"} <= set(
        gets
    )
    assert {"/files/{file_id:int}/label", "/submissions/{sub_id:int}/reply", "/logout"} <= set(
        posts
    )


def test_every_page_sends_an_anonymous_visitor_to_the_login(
    app: Starlette, client: TestClient, seeded: seed.Seeded
) -> None:
    for path in _routes(app, "GET"):
        url = _fill(path, seeded)
        response = client.get(url)
        if path.endswith("/download"):
            assert response.status_code == 401, url
            assert b"161" not in response.content
        else:
            assert response.status_code == 303, url
            assert response.headers["location"].startswith("/login?next=%2F"), url
        htmx = client.get(url, headers={"HX-Request": "true"})
        assert htmx.status_code == 401, url
        assert htmx.headers.get("hx-redirect") == "/login"
        assert "Birch" not in response.text + htmx.text


def test_every_post_refuses_anonymous_requests_and_missing_tokens(
    app: Starlette, client: TestClient, seeded: seed.Seeded, store: Store
) -> None:
    before = (
        store.results.submission_files(seeded.submission_id),
        store.results.submission_outbox(seeded.submission_id),
    )
    form = {
        "label": "contracting_services",
        "kind": "operational",
        "state": "accepted",
        "to": "pat@birchroofing.ca",
        "subject": "Re: x",
        "body": "hello",
        "nonce": "abcdefghijkl",
    }
    posts = _routes(app, "POST")
    for path in posts:
        response = client.post(_fill(path, seeded), data=form)
        assert response.status_code == 401, path
        # QA: a bare "Please log in again." lost an edited reply: a way on, and the text kept
        assert 'href="/login?next=' in response.text, path
        assert "<textarea readonly" in response.text and ">hello</textarea>" in response.text

    token = log_in(client)
    for path in posts:
        url = _fill(path, seeded)
        assert client.post(url, data=form).status_code == 403, path
        assert client.post(url, data=form | {"csrf_token": "forged"}).status_code == 403, path
        htmx = client.post(url, data=form, headers={"HX-Request": "true", "X-CSRF-Token": "x" * 43})
        assert htmx.status_code == 403, path
    assert client.get("/").status_code == 200  # still logged in: /logout refused too
    after = (
        store.results.submission_files(seeded.submission_id),
        store.results.submission_outbox(seeded.submission_id),
    )
    assert after == before
    assert store.results.corrections() == []
    assert seed.review_state(store, seeded.submission_id) == "open"
    # the real token (as htmx sends it, in a header) is accepted
    accepted = client.post(
        _fill("/submissions/{sub_id:int}/review", seeded),
        data={"state": "reviewed"},
        headers={"X-CSRF-Token": token},
    )
    assert accepted.status_code == 303


def test_the_login_form_needs_its_token(client: TestClient, seeded: seed.Seeded) -> None:
    response = client.post("/login", data={"username": USER, "password": PASSWORD})
    assert response.status_code == 403
    assert "The login form had expired" in response.text
    assert client.get("/").status_code == 303


def test_login_sets_a_protected_cookie_and_logout_ends_the_session(
    client: TestClient, seeded: seed.Seeded
) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login",
        data={"username": USER, "password": PASSWORD, "csrf_token": token, "next": "/stats"},
    )
    assert response.status_code == 303 and response.headers["location"] == "/stats"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    page_token = csrf_of(client.get("/stats").text)
    assert page_token != token  # a new session, a new token
    assert client.post("/logout", data={"csrf_token": page_token}).status_code == 303
    assert client.get("/stats").status_code == 303


def test_wrong_and_unknown_accounts_get_the_same_answer(
    client: TestClient, seeded: seed.Seeded
) -> None:
    answers = []
    for user, password in ((USER, "wrong password"), ("nobody", PASSWORD)):
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login", data={"username": user, "password": password, "csrf_token": token}
        )
        assert response.status_code == 401
        answers.append(re.sub(r'value="[^"]*"', "", response.text))
    assert answers[0] == answers[1]


def test_logins_are_limited_per_account(
    settings: Settings, store: Store, seeded: seed.Seeded
) -> None:
    limited = settings.model_copy(
        update={"dashboard": settings.dashboard.model_copy(update={"login_attempts": 2})}
    )
    with TestClient(create_app(limited, store), follow_redirects=False) as client:
        for _ in range(2):
            token = csrf_of(client.get("/login").text)
            client.post("/login", data={"username": USER, "password": "nope", "csrf_token": token})
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login", data={"username": USER, "password": PASSWORD, "csrf_token": token}
        )
        assert response.status_code == 429
        assert "Too many failed attempts" in response.text


def test_the_limiter_forgets_after_its_window(store: Store) -> None:
    limiter = LoginLimiter(store, attempts=2, window_seconds=0.0)
    for _ in range(3):
        assert limiter.reserve("a", "1.2.3.4")
    strict = LoginLimiter(store, attempts=2, window_seconds=60)
    assert strict.reserve("b", "1.2.3.5")
    assert strict.reserve("B", "1.2.3.5")
    assert not strict.reserve("b", "5.6.7.8")  # the account's attempts are spent
    strict.succeeded("b")
    assert strict.reserve("b", "5.6.7.8")


def test_a_removed_account_is_logged_out(client: TestClient, staff: str, store: Store) -> None:
    assert client.get("/").status_code == 200
    assert store_review.remove_user(store, USER)
    assert client.get("/").status_code == 303


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("/stats", "/stats"),
        ("//evil.example/x", "/"),
        ("https://evil.example", "/"),
        (None, "/"),
        ("/\\evil.example", "/"),
    ],
)
def test_after_login_only_local_paths(given: str | None, expected: str) -> None:
    assert safe_next(given) == expected


def test_pages_carry_security_headers(client: TestClient, staff: str) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"


def test_health_needs_no_login_and_names_nobody(client: TestClient, seeded: seed.Seeded) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["counts"]["submissions"] == {"needs_review": 1}
    assert "@" not in response.text and "Birch" not in response.text


def test_health_says_whether_workers_run_and_answers_503_json_without_the_store(
    client: TestClient, seeded: seed.Seeded, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA: no field said whether any worker ran; the store down gave a plain-text 500."""
    body = client.get("/healthz").json()
    assert body["workers"]["fresh"] is False  # no worker here has completed a cycle

    def down() -> None:
        raise ConnectionError("the database is not answering")

    monkeypatch.setattr(store.ops, "ping", down)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["store"] == "unavailable: ConnectionError"


def test_metrics_need_no_login_and_name_nobody(client: TestClient, seeded: seed.Seeded) -> None:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert "secor_" in response.text
    assert "@" not in response.text and "Birch" not in response.text


def test_the_generated_secret_is_private_and_kept(settings: Settings) -> None:
    first = secret_key(settings)
    path = settings.data_dir / "dashboard-secret"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert secret_key(settings) == first and len(first) >= 32
    configured = settings.model_copy(
        update={
            "dashboard": settings.dashboard.model_copy(update={"secret_key": SecretStr("k" * 40)})
        }
    )
    assert secret_key(configured) == "k" * 40


def test_a_session_ends_after_its_hours(
    client: TestClient, staff: str, monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    assert client.get("/").status_code == 200
    later = time.time() + settings.dashboard.session_hours * 3600 + 60
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.get("/").status_code == 303


def test_an_address_no_page_answers_gets_a_way_back(client: TestClient, staff: str) -> None:
    """QA: /submissions/abc answered a bare 'Not Found'."""
    response = client.get("/submissions/abc")
    assert response.status_code == 404
    assert 'href="/">Back to the inbox' in response.text
