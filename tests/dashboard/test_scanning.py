"""The dashboard for scanning: company, problems by kind, reply time, next, expiry warnings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update
from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard.scanning import problem_groups
from intake.ops import expiry
from intake.ops.durations import duration
from intake.store import Store
from intake.store import schema as t
from tests.dashboard import seed


def test_problems_are_grouped_in_plain_words() -> None:
    problems = [
        {"code": "generic_name", "path": "s.zip!a/Scan_0012.pdf", "message": "m1"},
        {"code": "outside_element_folder", "path": "s.zip!x/one.pdf", "message": "m2"},
        {"code": "outside_element_folder", "path": "s.zip!x/two.pdf", "message": "m3"},
        {"code": "brand_new_code", "path": "", "message": "m4"},
    ]
    groups = problem_groups(problems)
    assert (groups[0].code, groups[0].count) == ("outside_element_folder", 2)
    titles = {g.code: g.title for g in groups}
    assert titles["generic_name"] == "File name that says nothing"
    assert titles["brand_new_code"] == "Brand new code"  # an unknown code still reads
    assert [i["name"] for i in groups[0].items] == ["one.pdf", "two.pdf"]


def test_durations_read_as_people_say_them() -> None:
    assert duration(42) == "42 s"
    assert duration(600) == "10 min"
    assert duration(3 * 3600) == "3.0 h"
    assert duration(None) == "—"


def test_the_submission_page_groups_problems_and_shows_company_and_reply_time(
    client: TestClient, staff: str, settings: Settings, store: Store, seeded: seed.Seeded
) -> None:
    report = seed.report_of(store, seeded.submission_id)
    assert report["problems"], "the example has problems to group"
    sent = datetime.now(UTC) - timedelta(minutes=10)
    with store.tx() as conn:
        conn.execute(
            update(t.outbox)
            .where(t.outbox.c.submission_id == seeded.submission_id)
            .values(state=t.SENT, sent_at=sent)
        )
    html = client.get(f"/submissions/{seeded.submission_id}").text
    assert '<strong class="company">Birch Roofing Ltd.</strong>' in html
    assert "replied in 2 min" in html  # arrived 12 minutes ago, replied 10 minutes ago
    assert 'class="problem-groups"' in html and "<details>" in html
    assert "<code>" + report["problems"][0]["code"] + "</code>" in html  # kept for scripts
    assert "No file: required" not in html
    inbox = client.get("/").text
    assert "Birch Roofing Ltd." in inbox and "replied in 2 min" in inbox


def test_next_open_submission_link_and_keyboard_script(
    client: TestClient, staff: str, settings: Settings, store: Store, seeded: seed.Seeded
) -> None:
    seed.inbox_examples(settings, store)
    html = client.get(f"/submissions/{seeded.submission_id}").text
    assert 'id="next-submission"' in html
    assert '<script src="/static/keys.js" defer></script>' in html
    assert 'id="keys-help"' in html
    assert client.get("/static/keys.js").status_code == 200


def test_expiry_warnings_show_in_the_dashboard_and_healthz(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    soon = datetime.now(UTC) + timedelta(days=5)
    expiry.record(store, expiry.IMAP_CERTIFICATE, soon)
    settings.smtp.credentials_expire_on = date.today() + timedelta(days=400)  # far: no warning
    html = client.get("/").text
    assert "the IMAP server&#39;s TLS certificate expires on" in html
    health = client.get("/healthz").json()
    assert any("IMAP server's TLS certificate" in w for w in health["warnings"])
    assert not any("SMTP" in w for w in health["warnings"])
