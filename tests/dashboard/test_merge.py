"""Issue 13: an unauthenticated same-sender follow-up is linked; staff merge it in one click."""

from __future__ import annotations

from sqlalchemy import update
from starlette.testclient import TestClient

from core.config import Settings
from intake.store import Store
from intake.store import schema as t
from tests.dashboard import seed


def test_staff_merge_a_linked_submission_in_one_click(
    client: TestClient, staff: str, seeded: seed.Seeded, settings: Settings, store: Store
) -> None:
    extra = seed.add_submission(
        settings,
        store,
        uid=50,
        sender="pat@birchroofing.ca",
        subject="the contractor agreement",
        files=[("Contractor prequalification.txt", "contracting_services", 0.9, "contractor")],
    )
    with store.tx() as conn:
        conn.execute(
            update(t.submissions)
            .where(t.submissions.c.id == extra.submission_id)
            .values(linked_to=seeded.submission_id)
        )
    page = client.get(f"/submissions/{extra.submission_id}").text
    assert f"/submissions/{extra.submission_id}/merge" in page
    # the notice comes before the files, and the submission it claims points back (QA)
    assert page.index("Merge into #") < page.index('id="files-h"')
    target = client.get(f"/submissions/{seeded.submission_id}").text
    kept_apart = "Kept apart from this submission because their sender could not be authenticated"
    assert f'{kept_apart}: <a href="/submissions/{extra.submission_id}">' in target

    forged = client.post(f"/submissions/{extra.submission_id}/merge", data={})
    assert forged.status_code == 403  # the CSRF check holds
    response = client.post(f"/submissions/{extra.submission_id}/merge", data={"csrf_token": staff})
    assert response.status_code == 303
    assert response.headers["location"] == f"/submissions/{seeded.submission_id}"
    assert store.results.get_submission(extra.submission_id) is None
    files = store.results.submission_files(seeded.submission_id)
    assert any(f.member_path == "Contractor prequalification.txt" for f in files)
    report = seed.report_of(store, seeded.submission_id)
    assert "contracting_services" not in report["missing"]
    assert len(store.results.submission_messages(seeded.submission_id)) == 2
