"""Issue 13: an unauthenticated same-sender follow-up is linked; staff merge it in one click."""

from __future__ import annotations

import json
from datetime import UTC

from sqlalchemy import update
from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard.pages import merged_text
from intake.store import Store
from intake.store import schema as t
from intake.store.merge import merge_linked, where_merged
from intake.store.retention import _delete_rows
from intake.store.rows import FileRow, Rechecked, SubmissionRow
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
    # named by the reference staff know it by, not its row number (it said "Merge into #1")
    assert page.index(f"Merge into {seeded.reference}") < page.index('id="files-h"')
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


def _linked(settings: Settings, store: Store, seeded: seed.Seeded, uid: int) -> int:
    """A linked follow-up of the example submission (its id)."""
    extra = seed.add_submission(
        settings,
        store,
        uid=uid,
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
    return extra.submission_id


def test_a_merged_submissions_old_address_says_where_it_went(
    client: TestClient, staff: str, seeded: seed.Seeded, settings: Settings, store: Store
) -> None:
    old = _linked(settings, store, seeded, uid=51)
    old_ref = store.results.get_submission(old)
    target = store.results.get_submission(seeded.submission_id)
    assert old_ref is not None and target is not None
    merged = client.post(f"/submissions/{old}/merge", data={"csrf_token": staff})
    assert merged.status_code == 303
    client.get(merged.headers["location"])  # the merge's own notice is shown once

    # the old page leads to the submission it is part of now, saying what happened
    response = client.get(f"/submissions/{old}")
    assert response.status_code == 303
    assert response.headers["location"] == f"/submissions/{seeded.submission_id}"
    page = client.get(response.headers["location"]).text
    said = f"{old_ref.reference} was merged into {target.reference} on "
    assert said in page
    assert "by staff." in page and "(Its old address leads here.)" in page

    # htmx (a fragment): the same sentence and a link, never "no such submission"
    fragment = client.get(f"/submissions/{old}/draft", headers={"HX-Request": "true"})
    assert fragment.status_code == 404
    assert said in fragment.text
    assert f'<a href="/submissions/{seeded.submission_id}">Open it</a>' in fragment.text

    # an action from a page left open changes nothing and says where to do it
    review = client.post(
        f"/submissions/{old}/review", data={"csrf_token": staff, "state": "accepted"}
    )
    assert review.status_code == 303
    assert review.headers["location"] == f"/submissions/{seeded.submission_id}"
    assert "Nothing was changed" in client.get(review.headers["location"]).text
    # a reply typed on the old page is not lost: shown to copy
    reply = client.post(
        f"/submissions/{old}/reply",
        data={
            "csrf_token": staff,
            "to": "pat@birchroofing.ca",
            "subject": "Re: the contractor agreement",
            "body": "Thanks <Pat>, we have it.",
            "nonce": "abcdefghijklmnop",
        },
    )
    assert reply.status_code == 404
    assert said in reply.text and "Thanks &lt;Pat&gt;, we have it." in reply.text
    assert f'href="/submissions/{seeded.submission_id}"' in reply.text

    # its reference searched for in the inbox (from an old email) says the same
    found = client.get("/", params={"q": str(old_ref.reference).lower(), "review": "all"}).text
    assert said in found
    assert f'<a href="/submissions/{seeded.submission_id}">Open it</a>' in found

    # a submission that never existed is still "no such submission"
    assert "No such submission" in client.get("/submissions/9999").text


def test_a_new_submission_never_takes_a_merged_ones_id(
    seeded: seed.Seeded, settings: Settings, store: Store
) -> None:
    """SQLite gives a new row the highest id plus one: the merged (newest) one's id would
    come back, and its old address would show another employer's submission."""
    old = _linked(settings, store, seeded, uid=52)
    assert merge_linked(store, old, _same, "staff") == seeded.submission_id
    later = seed.add_submission(
        settings,
        store,
        uid=53,
        sender="ops@quickfence.ca",
        subject="SECOR",
        files=[("Policy.txt", "policy", 0.9, "policy")],
    )
    assert later.submission_id > old
    went = where_merged(store, old)
    assert went is not None and went.live_id == seeded.submission_id
    assert went.merged_by == "staff"


def test_where_merged_follows_a_chain_and_forgets_a_purged_target(
    seeded: seed.Seeded, settings: Settings, store: Store
) -> None:
    first = _linked(settings, store, seeded, uid=54)
    middle = seed.add_submission(
        settings,
        store,
        uid=55,
        sender="pat@birchroofing.ca",
        subject="more",
        files=[("Fit test.txt", "ppe", 0.9, "fit test")],
    ).submission_id
    with store.tx() as conn:  # FIRST was linked to MIDDLE, which is linked to the example
        for source, into in ((first, middle), (middle, seeded.submission_id)):
            conn.execute(
                update(t.submissions).where(t.submissions.c.id == source).values(linked_to=into)
            )
    assert merge_linked(store, first, _same) == middle
    assert merge_linked(store, middle, _same) == seeded.submission_id
    went = where_merged(store, first)
    assert went is not None
    assert (went.into_id, went.live_id, went.merged_by) == (middle, seeded.submission_id, None)
    assert "which is now part of" in merged_text(went, UTC)
    with store.tx() as conn:
        _delete_rows(conn, [seeded.submission_id])
    assert where_merged(store, middle) is None  # merged into what was purged: nothing to say


def _same(target: SubmissionRow, files: list[FileRow]) -> Rechecked:
    """A recheck that keeps the target's result (the store test needs no model)."""
    return Rechecked(status=target.status, year=target.year, report=json.loads(target.report_json))
