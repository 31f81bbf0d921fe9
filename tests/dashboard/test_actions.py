"""What staff change: a label (checks re-run, correction kept), the review state, a reply."""

from __future__ import annotations

import re
from email import message_from_bytes, policy

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from core.config import Settings
from intake.corrections import Correction
from intake.store import Store
from tests.dashboard import seed

STRAY = "Subcontractor agreement Jones Eavestroughs.txt"
HTMX = {"HX-Request": "true"}


def _relabel(client: TestClient, token: str, file_id: int, label: str, kind: str = "") -> str:
    response = client.post(
        f"/files/{file_id}/label",
        data={"label": label, "kind": kind, "confirmed": "1"},
        headers=HTMX | {"X-CSRF-Token": token},
    )
    assert response.status_code == 200
    return response.text


def test_reclassifying_updates_missing_status_and_keeps_a_correction(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    before = seed.report_of(store, seeded.submission_id)
    assert before["missing"] == ["contracting_services"]
    assert before["status"] == "needs_review"

    html = _relabel(client, staff, seeded.file_ids[STRAY], "contracting_services")
    assert 'id="review"' in html and "hx-swap-oob" in html
    assert "is now Element 13 - Contracting Services (operational)" in html
    assert "Nothing required is missing" in html

    after = seed.report_of(store, seeded.submission_id)
    assert after["missing"] == []
    assert after["status"] != "needs_review"
    assert not any(p["code"] == "low_confidence" for p in after["problems"])
    entry = next(f for f in after["files"] if f["path"].endswith(STRAY))
    assert (entry["label"], entry["kind"], entry["confidence"]) == (
        "contracting_services",
        "operational",
        1.0,
    )
    assert after["reply"] == before["reply"]  # what was sent stays on record
    row = next(
        f for f in store.results.submission_files(seeded.submission_id) if f.member_path == STRAY
    )
    assert (row.label, row.corrected, row.needs_review) == (
        "contracting_services",
        True,
        False,
    )
    sub = store.results.get_submission(seeded.submission_id)
    assert sub is not None and sub.status == after["status"]

    corrections = store.results.corrections()
    assert corrections == [Correction(STRAY, row.text, "contracting_services", "operational")]
    with store.tx() as conn:
        by_user = conn.exec_driver_sql("select by_user from corrections").scalar()
    assert by_user == "staff"


def test_a_second_correction_of_a_file_replaces_the_first(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    file_id = seeded.file_ids[STRAY]
    _relabel(client, staff, file_id, "contracting_services", "directive")
    _relabel(client, staff, file_id, "legislation", "operational")
    assert [(c.label, c.kind) for c in store.results.corrections()] == [("legislation", None)]
    report = seed.report_of(store, seeded.submission_id)
    assert report["missing"] == ["contracting_services"]


def test_moving_a_file_away_makes_its_element_missing(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    policy_file = seeded.file_ids["Element 1 - Policy/Health and Safety Policy.txt"]
    html = _relabel(client, staff, policy_file, "other")
    assert (
        "Element 1 - Corporate Health and Safety Policy"
        in html.split('id="missing"')[1].split("</div>")[0]
    )
    assert seed.report_of(store, seeded.submission_id)["missing"] == [
        "policy",
        "contracting_services",
    ]


def test_a_label_outside_the_list_changes_nothing(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    before = store.results.submission_files(seeded.submission_id)
    html = _relabel(client, staff, seeded.file_ids[STRAY], "element_14")
    assert "Choose one of the labels" in html
    html = _relabel(client, staff, seeded.file_ids[STRAY], "policy", "sometimes")
    assert "Choose one of the labels" in html
    assert store.results.submission_files(seeded.submission_id) == before
    assert store.results.corrections() == []


def test_a_label_that_could_not_be_checked_says_what_to_do(
    client: TestClient,
    staff: str,
    seeded: seed.Seeded,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> list[str]:
        raise RuntimeError("the checks failed")

    monkeypatch.setattr("intake.dashboard.actions._reclassify", broken)
    before = store.results.submission_files(seeded.submission_id)
    html = _relabel(client, staff, seeded.file_ids[STRAY], "contracting_services")
    assert "The label was not saved" in html and "Try once more" in html and "tell IT" in html
    assert store.results.submission_files(seeded.submission_id) == before


def test_a_plain_form_post_redirects_back_with_a_notice(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    file_id = seeded.file_ids[STRAY]
    response = client.post(
        f"/files/{file_id}/label", data={"label": "contracting_services", "csrf_token": staff}
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/submissions/{seeded.submission_id}#file-{file_id}"
    page = client.get(response.headers["location"]).text
    assert "is now Element 13 - Contracting Services" in page
    assert "is now Element 13" not in client.get(f"/submissions/{seeded.submission_id}").text


def test_the_review_state_is_set_and_shown(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    url = f"/submissions/{seeded.submission_id}/review"
    html = client.post(url, data={"state": "accepted"}, headers=HTMX | {"X-CSRF-Token": staff}).text
    assert "Accepted for QA" in html
    # QA: an incomplete submission was accepted with no word of what it still lacks
    missing = len(seed.report_of(store, seeded.submission_id)["missing"])
    assert missing and f"Note: {missing} required item" in html
    assert seed.review_state(store, seeded.submission_id) == "accepted"
    html = client.post(url, data={"state": "deleted"}, headers=HTMX | {"X-CSRF-Token": staff}).text
    assert "Choose open, reviewed or accepted" in html
    assert seed.review_state(store, seeded.submission_id) == "accepted"
    assert seeded.reference not in client.get("/").text  # the inbox shows open ones by default
    assert seeded.reference in client.get("/?review=accepted").text


def _reply(client: TestClient, token: str, sub_id: int, **fields: str) -> str:
    form = {
        "to": "pat@birchroofing.ca",
        "subject": "Re: SECOR 2026 certification submission - Birch Roofing",
        "body": "Hello Pat,\nPlease send the contractor records.\nACSA COR",
        "nonce": "nonce-0123456789",
    } | fields
    response = client.post(
        f"/submissions/{sub_id}/reply", data=form, headers=HTMX | {"X-CSRF-Token": token}
    )
    assert response.status_code == 200
    return response.text


def test_a_reply_is_queued_in_the_thread_once(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store, settings: Settings
) -> None:
    html = _reply(client, staff, seeded.submission_id)
    assert "queued" in html and "by staff" in html
    html = _reply(client, staff, seeded.submission_id)  # a double click sends the same nonce
    assert "queued already" in html
    manual = [
        r for r in store.results.submission_outbox(seeded.submission_id) if r.kind == "manual"
    ]
    assert len(manual) == 1
    row = manual[0]
    assert (row.state, row.recipient) == ("pending", "pat@birchroofing.ca")
    assert row.dedupe_key == f"manual:{seeded.submission_id}:nonce-0123456789"
    msg = message_from_bytes(row.raw, policy=policy.default)
    assert msg["In-Reply-To"] == seeded.message_id
    assert seeded.message_id in msg["References"]
    assert msg["Subject"] == "Re: SECOR 2026 certification submission - Birch Roofing"
    assert settings.intake.cor_address in msg["From"]
    assert msg["Auto-Submitted"] == "no"
    assert msg["Message-ID"] == row.message_id
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and "contractor records" in body.get_content()
    # the form comes back fresh for the next reply
    assert 'name="nonce" value="nonce-0123456789"' not in html


def test_a_bad_reply_is_refused_with_the_text_kept(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    cases = [
        ({"to": "not an address"}, "Enter one email address"),
        ({"to": "a@example.com, b@example.com"}, "Enter one email address"),
        ({"subject": "Re: x\r\nBcc: victim@example.com"}, "Enter a subject on one line"),
        ({"body": "   "}, "Write the text of the reply"),
    ]
    cases.append(({"nonce": "x"}, "your text is kept below: send it again"))  # out of date
    for fields, message in cases:
        html = _reply(client, staff, seeded.submission_id, **fields)
        assert message in html
        assert "Please send the contractor records" in html or "body" in fields
    assert [
        r for r in store.results.submission_outbox(seeded.submission_id) if r.kind == "manual"
    ] == []


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"to": "pat at birchroofing"}, "to", "Enter one email address"),
        ({"subject": "   "}, "subject", "Enter a subject."),
        ({"subject": "Re: x\r\nBcc: victim@example.com"}, "subject", "on one line"),
        ({"body": " \n "}, "body", "Write the text of the reply"),
    ],
)
def test_without_javascript_a_refused_reply_comes_back_with_the_text_and_the_reason(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store,
    fields: dict[str, str], field: str, message: str,
) -> None:  # fmt: skip
    typed = {
        "to": "pat@birchroofing.ca",
        "subject": "Re: SECOR 2026 - what we still need",
        "body": "Hello Pat,\nWe still need the contractor <records> & forms.\nACSA COR",
        "nonce": "nonce-typed-0001",
        "csrf_token": staff,
    } | fields
    # a plain form post, as a browser without JavaScript sends it: no redirect that loses it
    response = client.post(f"/submissions/{seeded.submission_id}/reply", data=typed)
    assert response.status_code == 400
    html = response.text
    assert "<html" in html and 'id="reply"' in html  # the whole page, with its form
    form = html.split('id="reply"')[1].split("</form>")[0]
    error = re.search(rf'<p class="field-error" id="reply-{field}-error">([^<]*)</p>', form)
    assert error and message in error.group(1)
    assert f'aria-describedby="reply-{field}-error' in form or field == "body"
    assert 'aria-invalid="true"' in form
    assert form.count('class="field-error"') == 1
    # what was typed is in the form, escaped, whichever field was wrong
    for name in ("to", "subject"):
        if name not in fields:
            assert f'name="{name}"' in form and f'value="{escape(typed[name])}"' in form
    if "body" not in fields:
        assert str(escape(typed["body"])) in form
    assert 'value="nonce-typed-0001"' in form  # sent again, it is still queued once
    assert "Not queued: " in html and message in html.split("Not queued: ")[1].split("<")[0]
    assert [
        r for r in store.results.submission_outbox(seeded.submission_id) if r.kind == "manual"
    ] == []
    # corrected and sent again, it is queued
    fixed = typed | {"to": "pat@birchroofing.ca", "subject": "Re: SECOR", "body": "Hello Pat"}
    again = client.post(f"/submissions/{seeded.submission_id}/reply", data=fixed)
    assert again.status_code == 303 and again.headers["location"].endswith("#replies")
    manual = store.results.submission_outbox(seeded.submission_id)
    assert len([r for r in manual if r.kind == "manual"]) == 1


def test_an_out_of_date_form_gets_a_fresh_nonce_with_the_text_kept(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    html = _reply(client, staff, seeded.submission_id, nonce="x")
    assert "your text is kept below" in html and "Please send the contractor records" in html
    nonce = re.search(r'name="nonce" value="([^"]+)"', html)
    assert nonce and nonce.group(1) != "x"
    plain = client.post(
        f"/submissions/{seeded.submission_id}/reply",
        data={"to": "pat@birchroofing.ca", "subject": "Re: x", "body": "Kept text", "nonce": "x",
              "csrf_token": staff},
    )  # fmt: skip
    assert plain.status_code == 400 and "Kept text" in plain.text


def test_the_draft_follows_the_checks(client: TestClient, staff: str, seeded: seed.Seeded) -> None:
    url = f"/submissions/{seeded.submission_id}/draft"
    assert "Element 13 - Contracting Services" in client.get(url, headers=HTMX).text
    _relabel(client, staff, seeded.file_ids[STRAY], "contracting_services")
    draft = client.get(url, headers=HTMX).text
    assert re.search(r'<textarea id="reply-body"', draft)
    assert "we still need" not in draft


def _relabel_form(
    client: TestClient, token: str, file_id: int, label: str, kind: str, shown: str
) -> None:
    response = client.post(
        f"/files/{file_id}/label",
        data={"label": label, "kind": kind, "kind_shown": shown},
        headers=HTMX | {"X-CSRF-Token": token},
    )
    assert response.status_code == 200


def test_a_new_label_brings_its_kind_unless_staff_chose_the_kind(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    file_id = seeded.file_ids[STRAY]

    def kind_now() -> str | None:
        row = next(
            f for f in store.results.submission_files(seeded.submission_id) if f.id == file_id
        )
        return row.kind if row.kind is None else str(row.kind)

    # the form shows the kind the file had: left as it was, the new label's kind is taken
    _relabel_form(client, staff, file_id, "contracting_services", "directive", "directive")
    assert kind_now() == "operational"
    _relabel_form(client, staff, file_id, "policy", "operational", "operational")
    assert kind_now() == "directive"
    # staff changed the kind themselves: theirs is kept
    _relabel_form(client, staff, file_id, "ppe", "directive", "operational")
    assert kind_now() == "directive"
    # the same label again with the kind untouched: the kind stays
    _relabel_form(client, staff, file_id, "ppe", "directive", "directive")
    assert kind_now() == "directive"
