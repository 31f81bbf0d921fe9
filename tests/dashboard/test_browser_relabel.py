"""The relabel loop in a real browser (QA pass): the reply draft follows the checks, a
confident prediction is overruled only after Confirm, the notice leaves the buttons free,
and the inbox says how unsure each submission's least certain file is."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from intake.store import Store
from tests.dashboard import seed
from tests.dashboard.test_browser import (  # noqa: F401  (fixtures)
    browser,
    log_in,
    page,
    server,
    shot,
)

pytestmark = pytest.mark.slow

STRAY = "Subcontractor agreement Jones Eavestroughs.txt"
POLICY = "Element 1 - Policy/Health and Safety Policy.txt"
TRUCK = "Element 7 - Maintenance/Truck maintenance 2026-02-20.txt"


def _relabel(tab: Page, file_id: int, label: str) -> None:
    tab.locator(f"#label-{file_id}").select_option(label)
    tab.locator(f"#save-{file_id}").click()


def _covers(tab: Page, selector: str) -> bool:
    """Whether the notice toast, as shown, overlaps the element."""
    return bool(
        tab.evaluate(
            """(sel) => {
                const note = document.querySelector('#notice .notice');
                const el = document.querySelector(sel);
                if (!note || !el || getComputedStyle(note).visibility === 'hidden') return false;
                const a = note.getBoundingClientRect(), b = el.getBoundingClientRect();
                return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            }""",
            selector,
        )
    )


def _manual_replies(store: Store, sub_id: int) -> int:
    return sum(1 for r in store.results.submission_outbox(sub_id) if r.kind == "manual")


def test_the_draft_follows_the_checks_and_a_confident_label_asks_first(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    store: Store,
    seeded: seed.Seeded,
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page, server)
    page.goto(f"{server}/submissions/{seeded.submission_id}")
    body = page.locator("#reply-body")
    expect(body).to_have_value(re.compile("We could not tell which element"))

    # 1. a relabel redrafts the draft nobody edited, without a reload
    _relabel(page, seeded.file_ids[STRAY], "contracting_services")
    expect(page.locator("#missing")).to_contain_text("Nothing required is missing")
    expect(body).not_to_have_value(re.compile("We could not tell which element|we still need"))
    _relabel(page, seeded.file_ids[TRUCK], "other")
    expect(page.locator("#notice")).to_contain_text("Still missing: Maintenance")
    expect(body).to_have_value(re.compile(r"we still need:\n- Element 7 - Maintenance"))
    expect(page.locator("#draft-stale")).to_have_count(0)

    # the notice does not cover the reply form's buttons
    page.evaluate("document.getElementById('reply-send').scrollIntoView({block: 'end'})")
    page.wait_for_timeout(200)
    assert not _covers(page, "#reply-send") and not _covers(page, "#redraft")
    shot(page, "20-draft-follows-the-checks")

    # 2. overruling a 97 % prediction asks first; Escape cancels and records nothing
    policy = seeded.file_ids[POLICY]
    before = len(store.results.corrections())
    page.locator(f"#label-{policy}").focus()
    page.locator(f"#label-{policy}").select_option("legislation")
    page.keyboard.press("Tab")  # the kind
    page.keyboard.press("Tab")  # the button
    page.keyboard.press("Enter")
    question = page.locator(f"#confirm-q-{policy}")
    expect(question).to_contain_text(
        "The classifier was 97 % sure this is Element 1 - Corporate Health and Safety Policy. "
        "Relabel Health and Safety Policy.txt to"
    )
    expect(page.locator(f"#confirm-{policy}")).to_be_focused()
    shot(page, "21-confirm-relabel")
    page.keyboard.press("Escape")
    expect(page.locator("#notice")).to_contain_text("Not relabelled")
    expect(page.locator(f"#save-{policy}")).to_be_focused()
    expect(page.locator(f"#label-{policy}")).to_have_value("policy")
    assert len(store.results.corrections()) == before

    # 1. staff edit the draft; a confirmed relabel keeps their text and says it is stale
    body.fill("Hello Pat,\n\nWe still need your maintenance records.\n\nACSA COR")
    page.locator(f"#label-{policy}").select_option("legislation")
    page.locator(f"#save-{policy}").click()
    # htmx gives the question's Confirm the focus once it has wired the question up
    expect(page.locator(f"#confirm-{policy}")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#notice")).to_contain_text("is now List of applicable OHS legislation")
    expect(page.locator(f"#save-{policy}")).to_be_focused()  # the keyboard carries on there
    assert len(store.results.corrections()) == before + 1
    expect(page.locator("#missing")).to_contain_text("Corporate Health and Safety Policy")
    expect(body).to_have_value(re.compile("We still need your maintenance records"))
    expect(page.locator("#draft-stale")).to_contain_text("The checks above changed")

    # queueing the stale text is refused once, with a notice; queued again, it goes
    page.locator("#reply-send").click()
    expect(page.locator("#notice")).to_contain_text("Not queued: the checks changed")
    assert _manual_replies(store, seeded.submission_id) == 0
    expect(body).to_have_value(re.compile("We still need your maintenance records"))
    page.locator("#reply-send").click()
    expect(page.locator("#notice")).to_contain_text("the intake service sends it")
    assert _manual_replies(store, seeded.submission_id) == 1
    assert not errors, "\n".join(errors)


def test_an_edited_draft_can_be_redrafted_and_an_old_tab_cannot_queue_silently(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    store: Store,
    seeded: seed.Seeded,
) -> None:
    log_in(page, server)
    url = f"{server}/submissions/{seeded.submission_id}"
    page.goto(url)
    body = page.locator("#reply-body")
    body.fill("Hello Pat, my own words.")
    _relabel(page, seeded.file_ids[TRUCK], "other")
    expect(page.locator("#draft-stale")).to_be_visible()
    shot(page, "23-draft-stale")
    page.get_by_role("button", name="Redraft from the current checks").click()
    expect(body).to_have_value(re.compile(r"\n- Element 7 - Maintenance\n"))
    expect(page.locator("#draft-stale")).to_have_count(0)

    # another tab changes the checks; this tab's untouched draft is redrafted, not sent
    other = page.context.new_page()
    other.goto(url)
    _relabel(other, seeded.file_ids[TRUCK], "maintenance")
    expect(other.locator("#missing")).not_to_contain_text("Maintenance")
    page.locator("#reply-send").click()
    expect(page.locator("#notice")).to_contain_text("drafted again from the current checks")
    expect(body).not_to_have_value(re.compile("Maintenance"))
    assert _manual_replies(store, seeded.submission_id) == 0
    page.locator("#reply-send").click()
    expect(page.locator("#notice")).to_contain_text("the intake service sends it")
    assert _manual_replies(store, seeded.submission_id) == 1


def test_the_inbox_shows_the_least_certain_file(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    seeded: seed.Seeded,
) -> None:
    log_in(page, server)
    page.goto(f"{server}/?review=all")
    rows = page.locator("table.inbox tbody tr[data-href]")
    mine = rows.filter(has=page.get_by_role("link", name=seeded.reference))
    least = mine.locator(".least-sure")
    expect(least).to_have_text(re.compile(r"least sure 41 %"))
    expect(least).to_have_attribute("title", re.compile(f"Least sure: {re.escape(STRAY)}"))
    shown = page.locator("table.inbox .least-sure").count()
    assert shown < rows.count()  # only below the review threshold ...
    page.get_by_role("link", name="Least certain file first").click()
    expect(page.locator("table.inbox tbody tr[data-href]").first).to_contain_text(seeded.reference)
    with_files = [
        i
        for i in range(rows.count())
        if not re.search(r"^\s*0\b", rows.nth(i).locator("td.num").inner_text())
    ]
    # ... and on every row with files when the queue is sorted by uncertainty
    assert page.locator("table.inbox .least-sure").count() == len(with_files)
    shot(page, "22-inbox-least-sure")
