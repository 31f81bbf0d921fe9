"""The classifier page, the inbox ordered by uncertainty, and the labelled files staff made."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select, update
from starlette.testclient import TestClient

from core.config import Settings
from intake.classify import model_dir_for
from intake.classify.bundle import read_metrics, read_stamp
from intake.dashboard.render import zone_of
from intake.store import Store
from intake.store import schema as t
from intake.store.labelled import fingerprint, labelled_files
from intake.store.review import REVIEWED, set_review_state
from tests.dashboard import seed


def test_the_model_page_shows_the_live_model_and_its_figures(
    client: TestClient, staff: str
) -> None:
    html = client.get("/model").text
    assert "The live model was trained on" in html
    assert "Held-out macro-F1, content only" in html
    assert 'href="/model"' in html  # in the navigation
    assert "No retrain has been tried yet." in html
    # as staff read them: a local time, not an ISO stamp; element names, not label codes
    assert re.search(r"trained on (?:<time[^>]*>)?\d{4}-\d\d-\d\d \d\d:\d\d(?:</time>)? from", html)
    assert "<td>Element 13 - Contracting Services</td>" in html
    assert "<td>contracting_services</td>" not in html


def test_the_stats_page_names_the_most_missed_element_by_its_number(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    """It read "Contractors most often missing"."""
    seed.inbox_examples(settings, store)
    kpi = client.get("/stats").text.split('id="kpi-missing"', 1)[1].split("</div>", 1)[0]
    assert '<span class="big">Element ' in kpi and "Contractors" not in kpi
    assert re.search(r"\(\w[^:]*: \d+ of \d+ submissions\)", kpi)


def test_the_inbox_can_put_the_least_certain_submission_first(
    client: TestClient, staff: str, settings: Settings, store: Store
) -> None:
    seed.inbox_examples(settings, store)
    with store.tx() as conn:
        subs = conn.execute(select(t.submissions.c.id, t.submissions.c.reference)).all()
        conn.execute(update(t.files).values(confidence=0.99))
        target_id, target_ref = max(subs)  # not the newest by email
        conn.execute(
            update(t.files).where(t.files.c.submission_id == target_id).values(confidence=0.2)
        )
    html = client.get("/?review=all&sort=uncertain").text
    refs = [ref for _, ref in subs if ref and ref in html]
    first = min(refs, key=html.index)
    assert first == target_ref
    assert "Least certain file first" in html


def test_reviewed_submissions_become_labelled_files(settings: Settings, store: Store) -> None:
    seed.inbox_examples(settings, store)
    assert labelled_files(store) == []
    empty = fingerprint([])
    with store.tx() as conn:
        sid = conn.execute(select(t.files.c.submission_id).limit(1)).scalar_one()
        n = len(conn.execute(select(t.files.c.id).where(t.files.c.submission_id == sid)).all())
    assert set_review_state(store, sid, REVIEWED)
    files = labelled_files(store)
    assert len(files) == n and not any(f.relabelled for f in files)
    assert fingerprint(files) != empty


def test_the_model_page_shows_the_ece_train_prints_and_local_times(
    client: TestClient, staff: str, settings: Settings
) -> None:
    """QA: the page showed 0.004 where `secor-intake train` printed 0.059, and a raw UTC time."""
    model_dir = model_dir_for(settings)
    metrics = read_metrics(model_dir)["heldout"]
    html = client.get("/model").text
    row = html.split("hand-written documents by other authors")[1].split("</tr>")[0]
    assert f"{metrics['calibration_ece_after']:.3f}" in row  # what train prints as "ECE"
    generated = html.split("on the generated held-out split")[1].split("</tr>")[0]
    assert f"{metrics['ece']:.3f}" in generated
    stamp = read_stamp(model_dir)
    assert f" {stamp.trained_at} " not in html  # no raw ISO time in the text
    local = datetime.fromisoformat(stamp.trained_at).astimezone(
        zone_of(settings.dashboard.timezone)
    )
    assert f'id="trained-at">{local:%Y-%m-%d %H:%M}</time>' in html
