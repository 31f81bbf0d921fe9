"""Without a browser: overruling a confident prediction waits for Confirm, and a reply
drafted from older checks than the current ones is not queued silently."""

from __future__ import annotations

import html as html_lib
import re

from starlette.testclient import TestClient

from intake.store import Store
from tests.dashboard import seed

HTMX = {"HX-Request": "true"}
POLICY = "Element 1 - Policy/Health and Safety Policy.txt"
STRAY = "Subcontractor agreement Jones Eavestroughs.txt"


def _post_label(client: TestClient, token: str, file_id: int, **fields: str) -> str:
    response = client.post(
        f"/files/{file_id}/label", data=fields, headers=HTMX | {"X-CSRF-Token": token}
    )
    assert response.status_code == 200
    return response.text


def _hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, name
    return html_lib.unescape(found.group(1))


def _reply_fields(page: str) -> dict[str, str]:
    body = re.search(r'<textarea id="reply-body"[^>]*>(.*?)</textarea>', page, re.S)
    assert body
    return {
        "to": _hidden(page, "to") if 'name="to" value' in page else "pat@birchroofing.ca",
        "subject": "Re: SECOR",
        "body": html_lib.unescape(body.group(1)),
        "nonce": _hidden(page, "nonce"),
        "checks": _hidden(page, "checks"),
        "drafted": _hidden(page, "drafted"),
    }


def test_a_confident_prediction_is_overruled_only_after_confirm(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    policy = seeded.file_ids[POLICY]
    asked = _post_label(client, staff, policy, label="legislation", kind="")
    assert "The classifier was 97 % sure this is Element 1 - Corporate Health and Safety" in asked
    assert f'id="confirm-{policy}" autofocus' in asked
    assert store.results.corrections() == []
    cancelled = _post_label(client, staff, policy, label="legislation", confirmed="1", cancel="1")
    assert "Not relabelled" in cancelled and store.results.corrections() == []
    done = _post_label(client, staff, policy, label="legislation", kind="", confirmed="1")
    assert "is now List of applicable OHS legislation" in done
    assert [c.label for c in store.results.corrections()] == ["legislation"]
    # a label staff set already is theirs to change again without the question
    again = _post_label(client, staff, policy, label="policy", kind="")
    assert "is now Element 1" in again


def test_an_unsure_prediction_is_relabelled_at_once(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    html = _post_label(client, staff, seeded.file_ids[STRAY], label="contracting_services")
    assert "is now Element 13" in html and "The classifier was" not in html


def test_without_javascript_the_question_is_a_page_with_confirm_and_cancel(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    policy = seeded.file_ids[POLICY]
    response = client.post(f"/files/{policy}/label", data={"label": "other", "csrf_token": staff})
    assert response.status_code == 200
    assert "The classifier was 97 % sure" in response.text
    assert f'id="cancel-{policy}"' in response.text and store.results.corrections() == []


def test_a_reply_drafted_from_older_checks_is_refused_once(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    page = client.get(f"/submissions/{seeded.submission_id}").text
    untouched = _reply_fields(page)
    edited = untouched | {"body": "Hello Pat, my own words.", "nonce": "x" * 20}
    _post_label(client, staff, seeded.file_ids[STRAY], label="contracting_services")

    def reply(fields: dict[str, str]) -> str:
        return client.post(
            f"/submissions/{seeded.submission_id}/reply",
            data=fields,
            headers=HTMX | {"X-CSRF-Token": staff},
        ).text

    def manual() -> int:
        rows = store.results.submission_outbox(seeded.submission_id)
        return sum(1 for r in rows if r.kind == "manual")

    # the untouched draft comes back drafted from the current checks, not queued
    refused = reply(untouched)
    assert "Not queued: the checks changed since this reply was drafted" in refused
    assert "We could not tell which element" not in refused and manual() == 0
    # an edited text is kept and marked; queued again as it is, it goes
    refused = reply(edited)
    assert "Not queued: the checks changed since you wrote this reply" in refused
    assert 'id="draft-stale"' in refused and "my own words" in refused and manual() == 0
    assert "queued: the intake service sends it" in reply(_reply_fields(refused))
    assert manual() == 1


def test_without_javascript_a_stale_reply_comes_back_with_its_text(
    client: TestClient, staff: str, seeded: seed.Seeded, store: Store
) -> None:
    page = client.get(f"/submissions/{seeded.submission_id}").text
    fields = _reply_fields(page) | {"body": "Hello Pat, my own words.", "csrf_token": staff}
    _post_label(client, staff, seeded.file_ids[STRAY], label="contracting_services")
    response = client.post(f"/submissions/{seeded.submission_id}/reply", data=fields)
    assert response.status_code == 200
    assert "Not queued: the checks changed since you wrote this reply" in response.text
    assert "my own words" in response.text and 'id="draft-stale"' in response.text


def test_without_javascript_a_relabel_leaves_the_keyboard_on_that_file(
    client: TestClient, staff: str, seeded: seed.Seeded
) -> None:
    stray = seeded.file_ids[STRAY]
    response = client.post(
        f"/files/{stray}/label",
        data={"label": "contracting_services", "csrf_token": staff},
        follow_redirects=True,
    )
    assert response.status_code == 200 and "is now Element 13" in response.text
    assert f'id="save-{stray}" autofocus' in response.text
    again = client.get(response.url.path)  # only once: a later visit starts at the top
    assert "autofocus" not in re.sub(r"<(input|textarea)[^>]*>", "", again.text)
