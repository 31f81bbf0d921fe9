"""The pages: inbox views and search, the submission page, previews, downloads, outbox, figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard.pages import content_disposition, safe_filename
from intake.store import Store
from intake.store import schema as t
from tests.dashboard import seed

HTMX = {"HX-Request": "true"}


def test_the_inbox_has_a_tab_per_status_with_counts(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    seed.inbox_examples(settings, store)
    html = client.get("/").text
    for name in ("Needs review", "Incomplete", "Over-submitted", "Complete", "Other mail"):
        assert name in html
    # the out-of-office answer is other mail, not a submission (issue 11)
    assert 'All submissions <span class="count">7</span>' in html
    assert 'Other mail <span class="count">1</span>' in html
    assert 'Over-submitted <span class="count">1</span>' in html
    assert 'Incomplete <span class="count">2</span>' in html
    # newest email first
    order = [
        html.index(ref)
        for ref in (
            "SECOR-2026-000001",
            "SECOR-2026-000008",
            "SECOR-2026-000002",
            "SECOR-2026-000007",
        )
    ]
    assert order == sorted(order)
    only = client.get("/?status=incomplete").text
    assert "SECOR-2026-000003" in only and "SECOR-2026-000001" not in only


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("birchroofing", "SECOR-2026-000001"),
        ("Prairie Land", "SECOR-2026-000004"),
        ("2026-000003", "SECOR-2026-000003"),
        ("BLUELAKE", "SECOR-2026-000007"),
    ],
)
def test_the_inbox_searches_sender_company_and_reference(
    client: TestClient, staff: str, settings: Settings, store: Store, query: str, found: str
) -> None:
    seed.inbox_examples(settings, store)
    html = client.get("/", params={"q": query}).text
    refs = {r for r in ("SECOR-2026-00000" + str(n) for n in range(1, 9)) if f">{r}<" in html}
    assert refs == {found}


def test_a_search_with_wildcards_matches_them_literally(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    assert seeded.reference not in client.get("/", params={"q": "%"}).text
    assert "No submission matches" in client.get("/", params={"q": "_"}).text


def test_the_submission_page_shows_files_by_element_thread_and_replies(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    html = client.get(f"/submissions/{seeded.submission_id}").text
    assert "Needs review" in html
    missing = html.split('id="missing"')[1].split("</div>")[0]
    assert "Element 13 - Contracting Services" in missing
    assert (
        html.index("Element 1 - Corporate Health and Safety Policy")
        < html.index("Element 13 - Contracting Services</")
        or "group-contracting_services" in html
    )
    assert 'id="group-contracting_services" class="group group-missing"' in html
    assert "Check this label" in html  # the low-confidence file
    assert "low_confidence" in html
    assert "pat@birchroofing.ca" in html and "SECOR 2026 certification submission" in html
    assert "automatic" in html and "pending" in html  # the auto-reply recorded by the service
    for label in ("policy", "contracting_services", "other", "evaluation_tool"):
        assert f'<option value="{label}"' in html
    assert 'for="label-' in html and 'for="reply-body"' in html


def test_a_missing_submission_or_file_is_a_404(client: TestClient, staff: str) -> None:
    assert client.get("/submissions/999").status_code == 404
    assert client.get("/files/999/preview").status_code == 404
    assert client.get("/files/999/download").status_code == 404
    assert client.get("/messages/999/text").status_code == 404


def test_the_text_preview_is_escaped(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    file_id = seeded.file_ids["Legislation list.txt"]
    with store.tx() as conn:
        conn.execute(
            update(t.files)
            .where(t.files.c.id == file_id)
            .values(text="<script>alert(1)</script> OHS Act")
        )
    fragment = client.get(f"/files/{file_id}/preview", headers=HTMX).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; OHS Act" in fragment
    assert "<script>" not in fragment and "<html" not in fragment
    full = client.get(f"/files/{file_id}/preview").text
    assert "<html" in full and "Back to the submission" in full


def test_the_email_text_is_read_from_the_stored_message(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    fragment = client.get(f"/messages/{seeded.message_row}/text", headers=HTMX).text
    assert "please find our SECOR submission attached" in fragment


def test_a_download_is_an_attachment_with_a_safe_name(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    file_id = seeded.file_ids["Element 2 - Hazard Assessment/FLHA 2026-03-12 roof tear-off.txt"]
    response = client.get(f"/files/{file_id}/download")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"] == (
        'attachment; filename="FLHA 2026-03-12 roof tear-off.txt"'
    )
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content.startswith(b"Field level hazard assessment")


def test_a_download_never_leaves_the_data_folder(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not for the dashboard")
    file_id = seeded.file_ids["Legislation list.txt"]
    for stored in (str(outside), "/etc/passwd", str(Path(store.data_dir) / ".." / "secret.txt")):
        with store.tx() as conn:
            conn.execute(update(t.files).where(t.files.c.id == file_id).values(stored_path=stored))
        response = client.get(f"/files/{file_id}/download")
        assert response.status_code == 404
        assert b"not for the dashboard" not in response.content


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("a/b/Report.pdf", "Report.pdf"),
        ('we"ird\r\nname;.pdf', "we_ird_name_.pdf"),
        ("..\\..\\evil.exe", "evil.exe"),
        ("Politique de sécurité.docx", "Politique de sécurité.docx"),
        ("...", "file"),
    ],
)
def test_download_names_are_made_safe(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_a_name_beyond_ascii_gets_both_header_forms() -> None:
    assert content_disposition("sécurité.pdf") == (
        "attachment; filename=\"s_curit_.pdf\"; filename*=UTF-8''s%C3%A9curit%C3%A9.pdf"
    )


def test_the_outbox_lists_replies_by_state(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    html = client.get("/outbox").text
    assert seeded.reference in html and "automatic" in html
    assert 'Pending <span class="count">1</span>' in html
    assert seeded.reference not in client.get("/outbox?state=sent").text


def test_the_statistics_page_has_charts_with_text_alternatives(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    seed.inbox_examples(settings, store)
    html = client.get("/stats").text
    assert html.count('role="img"') == 3
    assert '<title id="weekly-title">Submissions per week</title>' in html
    assert "Show as a table" in html
    assert "complete on the first email" in html
    assert "Element 3 - Safe Work Practices" in html  # the same name as on every page


def test_emails_that_could_not_be_processed_are_pointed_out(
    client: TestClient, staff: str, store: Store
) -> None:
    assert "could not be processed" not in client.get("/").text
    row = store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=1,
        uid=77,
        raw=b"Subject: broken\r\n\r\nx",
        message_id=None,
        sender="someone@example.com",
        subject="broken",
    )
    assert row is not None and store.queue.claim_next("test") is not None
    store.queue.fail_message(
        row, "ValueError: bad archive", quarantine=True, folder="Triage/Needs review"
    )
    html = client.get("/").text
    assert "1 email could not be processed" in html
    assert "someone@example.com" in html and "Triage/Needs review" in html
