"""Issue 11 in the dashboard: mail that is not a submission, and replies held for approval."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from starlette.testclient import TestClient

from core.config import Settings
from intake.dashboard.recheck import recheck
from intake.report import ReplyReview
from intake.store import Store, review
from intake.store import schema as t
from tests.dashboard import seed

QUESTION = "Hello, we have 9 workers and my wife does the books. Can we apply for SECOR?"
ANSWER = "Thank you for your question. Up to 10 people at any time count."


def _question(settings: Settings, store: Store, uid: int = 50) -> seed.Seeded:
    return seed.add_submission(
        settings, store, uid=uid, sender="mike@greenbough.example",
        subject="Question about SECOR", files=[], body=QUESTION, reply_body=ANSWER,
    )  # fmt: skip


def _out_of_office(settings: Settings, store: Store, uid: int = 51) -> seed.Seeded:
    return seed.add_submission(
        settings, store, uid=uid, sender="pat@birchroofing.ca",
        subject="Automatic reply: away until Monday", files=[], body="I am away until Monday.",
    )  # fmt: skip


def test_a_question_is_its_own_kind_with_the_question_and_the_drafted_answer(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    q = _question(settings, store)
    sub = store.results.get_submission(q.submission_id)
    assert sub is not None and sub.kind == "question" and sub.status == "ignored"
    report = seed.report_of(store, q.submission_id)
    assert report["submission"]["kind"] == "question" and report["missing"] == []
    html = client.get(f"/submissions/{q.submission_id}").text
    assert "<h1>Question" in html and "not a submission" in html
    assert "Can we apply for SECOR?" in html  # the question
    card = html.split('id="question"', 1)[1].split('id="drafted-answer"', 1)[0]
    # with what comes before it in the email: staff see whom the employer counted
    assert "we have 9 workers and my wife does the books" in card
    assert 'id="drafted-answer"' in html and "Up to 10 people at any time count." in html
    assert "Missing <span" not in html and "we still need" not in html.lower()


def test_a_questions_answer_sent_on_its_own_is_not_drafted_a_second_time(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    q = _question(settings, store)
    [auto] = store.results.submission_outbox(q.submission_id)
    assert auto.kind == t.REPLY_AUTO and auto.state != t.DISCARDED
    html = client.get(f"/submissions/{q.submission_id}").text
    form = html.split('id="reply"', 1)[1].split("</form>", 1)[0]
    body = form.split('id="reply-body"', 1)[1].split("</textarea>", 1)[0]
    assert body.split(">", 1)[1].strip() == ""  # one click cannot send the same answer twice
    assert "Write what you want to add" in form and "Drafted from the checks" not in form
    assert "Up to 10 people at any time count." in html  # the answer is still shown above
    # the draft is still one click away
    draft = client.get(f"/submissions/{q.submission_id}/draft", headers={"HX-Request": "true"})
    assert "Up to 10 people at any time count." in draft.text


def test_an_automatic_reply_is_filed_with_no_draft(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    ooo = _out_of_office(settings, store)
    sub = store.results.get_submission(ooo.submission_id)
    assert sub is not None and sub.kind == "auto_reply"
    assert store.results.submission_outbox(ooo.submission_id) == []
    html = client.get(f"/submissions/{ooo.submission_id}").text
    assert "<h1>Automatic reply" in html and "filed with no draft" in html
    body = html.split('id="reply-body"', 1)[1].split("</textarea>", 1)[0]
    assert body.split(">", 1)[1].strip() == ""  # no drafted "we still need ..." reply


def test_other_mail_is_not_counted_as_submissions(
    client: TestClient, staff: str, seeded: seed.Seeded, settings: Settings, store: Store
) -> None:
    _question(settings, store)
    _out_of_office(settings, store)
    counts = review.status_counts(store, mail=review.SUBMISSIONS)
    assert sum(counts.values()) == 1 and "ignored" not in counts
    assert review.kind_counts(store) == {"question": 1, "auto_reply": 1}
    rows = review.stats_rows(store, datetime(2000, 1, 1, tzinfo=UTC))
    assert len(rows) == 1  # the statistics see the one submission only
    html = client.get("/").text
    assert 'All submissions <span class="count">1</span>' in html
    assert 'Other mail <span class="count">2</span>' in html
    assert "Question about SECOR" not in html  # not among the submissions
    other = client.get("/?status=ignored").text
    assert "Question about SECOR" in other and "Automatic reply: away" in other
    assert "Question: 1 · Automatic reply: 1 · Bounce: 0 · Other mail: 0" in other
    assert '<caption class="sr-only">Other mail, open;' in other  # as the tab says, not "Ignored"


def test_the_recheck_uses_the_one_report_builder(
    settings: Settings, store: Store, seeded: seed.Seeded
) -> None:
    """Issue 16: the dashboard's re-check sets kind null for a file labelled other."""
    sub = store.results.get_submission(seeded.submission_id)
    assert sub is not None
    files = [  # as a stale row might carry
        replace(row, kind="operational")
        for row in store.results.submission_files(seeded.submission_id)
    ]
    result = recheck(sub, files, None, datetime.now(UTC).date())
    others = [f for f in result.report["files"] if f["label"] == "other"]
    assert others and all(f["kind"] is None for f in others)
    assert result.report["submission"]["kind"] == "submission" and result.kind == "submission"


def _held(settings: Settings, store: Store) -> tuple[seed.Seeded, int]:
    held = seed.add_submission(
        settings, store, uid=60, sender="dana@roofco.example", subject="SECOR certification",
        files=seed.ROOFING_FILES, reply_state=t.HELD,
        reply_body="Thank you for your SECOR submission. Drafted by the checks.",
    )  # fmt: skip
    outbox = store.results.submission_outbox(held.submission_id)
    assert [r.state for r in outbox] == [t.HELD]
    return held, int(outbox[0].id)


def test_a_held_reply_waits_in_the_nav_and_the_outbox_and_is_never_due(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    _, outbox_id = _held(settings, store)
    assert outbox_id not in [m.id for m in store.outbox.due()]
    assert review.held_count(store) == 1
    html = client.get("/").text
    assert 'id="held-badge">1' in html and 'href="/outbox?state=held"' in html
    listing = client.get("/outbox?state=held").text
    assert 'Waiting for approval <span class="count">1</span>' in listing
    assert f'id="outbox-send-{outbox_id}"' in listing


def test_one_click_sends_a_held_reply(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    held, outbox_id = _held(settings, store)
    page = client.get(f"/submissions/{held.submission_id}").text
    assert f'id="held-send-{outbox_id}"' in page and "Drafted by the checks." in page
    response = client.post(f"/replies/{outbox_id}/send?from=outbox", data={"csrf_token": staff})
    assert response.status_code == 303 and response.headers["location"] == "/outbox?state=held"
    assert outbox_id in [m.id for m in store.outbox.due()]
    row = review.get_reply(store, outbox_id)
    assert row is not None and b"Drafted by the checks." in row.raw
    again = client.post(f"/replies/{outbox_id}/send", data={"csrf_token": staff})
    assert again.status_code == 303  # a second click finds it no longer waiting
    assert review.held_count(store) == 0


def test_an_edited_held_reply_is_sent_with_the_new_text_in_the_same_thread(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    held, outbox_id = _held(settings, store)
    before = review.get_reply(store, outbox_id)
    assert before is not None
    text = "Hello Dana,\n\nWe have your submission; a coordinator will call you.\n"
    response = client.post(f"/replies/{outbox_id}/send", data={"csrf_token": staff, "body": text})
    assert response.status_code == 303
    assert response.headers["location"] == f"/submissions/{held.submission_id}#replies"
    after = review.get_reply(store, outbox_id)
    assert after is not None and after.state == t.PENDING
    assert b"a coordinator will call you." in after.raw
    assert b"Drafted by the checks." not in after.raw
    assert after.message_id == before.message_id
    assert f"Message-ID: {before.message_id}".encode() in after.raw


def test_a_held_reply_can_be_discarded(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    held, outbox_id = _held(settings, store)
    page = client.get(f"/submissions/{held.submission_id}").text
    assert '<span class="state state-held">waiting</span>' in page  # as the outbox says it
    response = client.post(f"/replies/{outbox_id}/discard", data={"csrf_token": staff})
    assert response.status_code == 303
    row = review.get_reply(store, outbox_id)
    assert row is not None and row.state == t.DISCARDED
    assert row.last_error == "Not sent: discarded by staff"
    page = client.get(f"/submissions/{held.submission_id}").text
    assert "Not sent: discarded by staff" in page and "Last error" not in page  # not a failure
    assert outbox_id not in [m.id for m in store.outbox.due()]


def test_sending_a_held_reply_needs_the_csrf_token(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    _, outbox_id = _held(settings, store)
    response = client.post(f"/replies/{outbox_id}/send", data={"csrf_token": "forged"})
    assert response.status_code == 403
    assert review.held_count(store) == 1


def test_the_staff_draft_never_calls_an_element_missing_while_a_file_is_unplaced(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    """Issue 12 item 3, the dashboard's draft: the unsure file is named, not a missing element."""
    assert seed.report_of(store, seeded.submission_id)["missing"] == ["contracting_services"]
    html = client.get(f"/submissions/{seeded.submission_id}").text
    draft = html.split('id="reply-body"', 1)[1].split("</textarea>", 1)[0]
    assert "we still need" not in draft
    assert "We could not tell which element these files belong to:" in draft
    assert "- Subcontractor agreement Jones Eavestroughs.txt" in draft
    assert "Not called missing in the reply while files remain to check" in html


def test_a_relabel_retires_the_held_reply_drafted_from_the_old_checks(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    """QA: after a relabel, the held reply still asked for what was now there."""
    held, outbox_id = _held(settings, store)
    file_id = store.results.submission_files(held.submission_id)[0].id
    response = client.post(
        f"/files/{file_id}/label",
        data={"label": "policy", "kind": "directive"},
        headers={"HX-Request": "true", "X-CSRF-Token": staff},
    )
    assert response.status_code == 200
    row = review.get_reply(store, outbox_id)
    assert row is not None and row.state == t.DISCARDED
    assert row.last_error is not None and "relabelled" in row.last_error
    assert review.held_count(store) == 0


def test_a_staff_reply_retires_the_held_one_and_the_form_starts_empty(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    """QA: a staff reply, then the refilled draft, then the held reply: three emails."""
    held, outbox_id = _held(settings, store)
    form = {
        "to": "dana@roofco.example",
        "subject": "Re: SECOR certification",
        "body": "Hello Dana, we have it all. ACSA COR",
        "nonce": "nonce-9876543210",
    }
    response = client.post(
        f"/submissions/{held.submission_id}/reply",
        data=form,
        headers={"HX-Request": "true", "X-CSRF-Token": staff},
    )
    assert response.status_code == 200
    row = review.get_reply(store, outbox_id)
    assert row is not None and row.state == t.DISCARDED
    assert re.search(r'<textarea id="reply-body"[^>]*>\s*</textarea>', response.text)


def test_the_inbox_marks_a_submission_whose_reply_waits(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    """QA: the inbox showed 'replied in 2 min' for sent replies and nothing for held ones."""
    held, _ = _held(settings, store)
    html = client.get("/").text
    assert f'href="/submissions/{held.submission_id}#replies">reply waiting for approval' in html


def test_a_reply_held_for_its_head_count_says_what_to_check(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    """auto_when_confident holds an emailed head count's verdict; the page says why."""
    held = seed.add_submission(
        settings, store, uid=61, sender="mike@greenbough.example",
        subject="Question about SECOR", files=[], body=QUESTION, reply_state=t.HELD,
        reply_body="We count 10 people: you, your wife and 9 workers.",
        reply_review=[ReplyReview.HEAD_COUNT],
    )  # fmt: skip
    page = client.get(f"/submissions/{held.submission_id}").text
    assert "Read it first: it answers a head count with an eligibility verdict" in page
    assert "check whom it counted against the employer&#39;s words." in page
    plain = _held(settings, store)[0]  # a reply held for another reason says nothing more
    assert "Read it first" not in client.get(f"/submissions/{plain.submission_id}").text
