"""Retention: ``purge`` removes old submissions' files and rows, and nothing else."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update

from core.config import Settings
from intake.cli import main
from intake.service.process import Processor
from intake.service.runner import IntakeService
from intake.store import Store, open_store
from intake.store import schema as t
from intake.store.helpers import utcnow
from intake.store.retention import _delete_rows, purge
from tests.service.helpers import StubClassifier, make_settings, submission

DAY = timedelta(days=1)


def _fill(store: Store, settings: Settings, senders: list[str]) -> dict[str, int]:
    """One processed submission per sender, replies sent and mail filed; sender -> id."""
    processor = Processor(settings, store, StubClassifier(), "w")  # type: ignore[arg-type]
    for n, sender in enumerate(senders, 1):
        store.queue.enqueue_message(
            mailbox="INBOX",
            uidvalidity=1,
            uid=n,
            raw=submission(sender, n, files=("policy.txt", "hazard.txt")),
            message_id=f"<m{n}@x>",
            sender=sender,
            subject=f"SECOR {n}",
        )
        processor.process_all()
    with store.tx() as conn:
        conn.execute(update(t.messages).values(filed=True))
        conn.execute(update(t.outbox).values(state=t.SENT))
    return {r.sender: int(r.id) for r in store.results.list_submissions()}


def _age(store: Store, submission_id: int, days: int, review_state: str = "closed") -> None:
    with store.tx() as conn:
        conn.execute(
            update(t.submissions)
            .where(t.submissions.c.id == submission_id)
            .values(updated_at=utcnow() - days * DAY, review_state=review_state)
        )


def _paths(store: Store, submission_id: int) -> list[Path]:
    """Every file and folder on disk the submission owns."""
    messages = store.results.submission_messages(submission_id)
    found = [Path(m.raw_path) for m in messages]
    found += [store.data_dir / "work" / str(m.id) for m in messages]
    found += [Path(f.stored_path) for f in store.results.submission_files(submission_id)]
    assert found and all(p.exists() for p in found)
    return found


def _count(store: Store, table: Any) -> int:
    with store.tx() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def _correct(store: Store, submission_id: int) -> int:
    """A staff correction of the submission's first file; its row id."""
    first = store.results.submission_files(submission_id)[0]
    with store.tx() as conn:
        result = conn.execute(
            insert(t.corrections).values(
                file_id=first.id,
                member_path=first.member_path,
                text=first.text,
                label="inspections",
                kind=None,
                by_user="staff",
                created_at=utcnow(),
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])


@pytest.fixture
def filled(store: Store, settings: Settings) -> dict[str, int]:
    """Old closed, old open and recent closed submissions."""
    ids = _fill(store, settings, ["old@a.example", "open@b.example", "new@c.example"])
    _age(store, ids["old@a.example"], 400)
    _age(store, ids["open@b.example"], 400, review_state="open")
    _age(store, ids["new@c.example"], 5)
    return ids


def test_dry_run_changes_nothing(store: Store, filled: dict[str, int]) -> None:
    before = {name: _count(store, table) for name, table in t.metadata.tables.items()}
    on_disk = sorted(p for p in store.data_dir.rglob("*"))
    result = purge(store, 365 * DAY, dry_run=True)
    assert (result.submissions, result.messages, result.files) == (1, 1, 2)
    assert result.bytes > 0
    assert {name: _count(store, table) for name, table in t.metadata.tables.items()} == before
    assert sorted(p for p in store.data_dir.rglob("*")) == on_disk


def test_purge_removes_old_closed_submissions_and_keeps_corrections(
    store: Store, filled: dict[str, int]
) -> None:
    old, kept_open, new = (filled[s] for s in ("old@a.example", "open@b.example", "new@c.example"))
    gone = _paths(store, old)
    kept = _paths(store, kept_open) + _paths(store, new)
    correction = _correct(store, old)
    result = purge(store, 365 * DAY)
    assert (result.submissions, result.messages, result.files) == (1, 1, 2)
    assert result.bytes > 0 and not result.refused
    assert not any(p.exists() for p in gone)
    assert all(p.exists() for p in kept)
    assert store.results.get_submission(old) is None
    assert (
        store.results.submission_messages(old) == [] and store.results.submission_files(old) == []
    )
    assert store.results.submission_outbox(old) == []
    assert {s.id for s in store.results.list_submissions()} == {kept_open, new}
    with store.tx() as conn:
        row = conn.execute(select(t.corrections).where(t.corrections.c.id == correction)).one()
    assert row.file_id is None and row.label == "inspections"
    assert purge(store, 365 * DAY).submissions == 0  # nothing left to do


def test_open_submissions_go_only_with_include_open(store: Store, filled: dict[str, int]) -> None:
    assert purge(store, 365 * DAY).submissions == 1
    assert store.results.get_submission(filled["open@b.example"]) is not None
    assert purge(store, 365 * DAY, include_open=True).submissions == 1
    assert store.results.get_submission(filled["open@b.example"]) is None
    assert store.results.get_submission(filled["new@c.example"]) is not None


def test_a_message_still_in_progress_keeps_its_submission(
    store: Store, filled: dict[str, int]
) -> None:
    old = filled["old@a.example"]
    with store.tx() as conn:
        conn.execute(
            update(t.messages).where(t.messages.c.submission_id == old).values(state=t.QUEUED)
        )
    assert purge(store, 365 * DAY).submissions == 0
    assert store.results.get_submission(old) is not None


def test_a_path_outside_the_data_folder_is_never_removed(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    old = filled["old@a.example"]
    outside = tmp_path / "elsewhere" / "keep.txt"
    outside.parent.mkdir()
    outside.write_text("not the service's to delete")
    sneaky = store.data_dir / "work" / ".." / ".." / "elsewhere" / "keep.txt"
    with store.tx() as conn:
        conn.execute(
            update(t.files).where(t.files.c.submission_id == old).values(stored_path=str(sneaky))
        )
        conn.execute(
            update(t.messages)
            .where(t.messages.c.submission_id == old)
            .values(raw_path=str(outside))
        )
    result = purge(store, 365 * DAY)
    assert result.submissions == 1
    assert outside.read_text() == "not the service's to delete"
    assert str(outside) in result.refused


def test_a_second_run_sweeps_what_an_interrupted_one_left(
    store: Store, filled: dict[str, int]
) -> None:
    old = filled["old@a.example"]
    left = _paths(store, old)
    with store.tx() as conn:  # the rows went, then the process died before removing files
        _delete_rows(conn, [old])
    assert all(p.exists() for p in left)
    assert purge(store, 365 * DAY).orphans == 0  # younger than the period: left alone
    long_ago = time.time() - 400 * 86400
    for path in left:
        os.utime(path, (long_ago, long_ago))
    result = purge(store, 365 * DAY)
    assert result.orphans == 2  # the raw email and the work folder
    assert not any(p.exists() for p in left)
    assert all(
        p.exists() for s in ("open@b.example", "new@c.example") for p in _paths(store, filled[s])
    )


def test_command_line_dry_run_and_purge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings, config = make_settings(tmp_path, store={"retention_days": 30})
    store = open_store(settings)
    try:
        ids = _fill(store, settings, ["old@a.example"])
        _age(store, ids["old@a.example"], 60)
    finally:
        store.close()
    assert main(["--config", str(config), "purge", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would purge 1 submission(s), 1 message(s), ")
    assert main(["--config", str(config), "purge", "--older-than", "90"]) == 0
    assert capsys.readouterr().out.startswith("purged 0 submission(s), 0 message(s), ")
    assert main(["--config", str(config), "purge"]) == 0
    assert capsys.readouterr().out.startswith("purged 1 submission(s), 1 message(s), ")


def test_a_dry_run_of_everything_is_allowed_and_a_purge_of_everything_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA: `purge --dry-run --older-than 0`, what an administrator tries first, was refused."""
    settings, config = make_settings(tmp_path)
    store = open_store(settings)
    try:
        ids = _fill(store, settings, ["old@a.example"])
        _age(store, ids["old@a.example"], 1)
    finally:
        store.close()
    assert main(["--config", str(config), "purge", "--dry-run", "--older-than", "0"]) == 0
    assert capsys.readouterr().out.startswith("would purge 1 submission(s), 1 message(s), ")
    assert main(["--config", str(config), "purge", "--older-than", "0"]) == 2
    err = capsys.readouterr().err
    assert "--dry-run" in err and err.count("\n") == 1
    store = open_store(settings)
    try:
        assert store.results.get_submission(ids["old@a.example"]) is not None  # nothing removed
    finally:
        store.close()


def test_purge_without_a_period_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, config = make_settings(tmp_path)
    assert main(["--config", str(config), "purge"]) == 2
    err = capsys.readouterr().err
    assert "--older-than" in err and err.count("\n") == 1


def test_the_service_purges_once_a_day_when_retention_is_set(tmp_path: Path) -> None:
    settings, _ = make_settings(tmp_path, store={"retention_days": 30})
    store = open_store(settings)
    try:
        ids = _fill(store, settings, ["old@a.example", "new@c.example"])
        _age(store, ids["old@a.example"], 60)
        service = IntakeService(settings, store, StubClassifier())  # type: ignore[arg-type]
        service._purge_when_due()
        assert store.results.get_submission(ids["old@a.example"]) is None
        _age(store, ids["new@c.example"], 60)
        service._purge_when_due()  # not a day later yet
        assert store.results.get_submission(ids["new@c.example"]) is not None
    finally:
        store.close()


@pytest.mark.slow
def test_purge_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    settings, _ = make_settings(tmp_path, store={"url": pg_url})
    store = open_store(settings)
    try:
        ids = _fill(store, settings, ["old@a.example", "new@c.example"])
        _age(store, ids["old@a.example"], 400)
        _correct(store, ids["old@a.example"])
        gone = _paths(store, ids["old@a.example"])
        assert purge(store, 365 * DAY).submissions == 1
        assert not any(p.exists() for p in gone)
        assert [s.id for s in store.results.list_submissions()] == [ids["new@c.example"]]
        assert _count(store, t.corrections) == 1
    finally:
        store.close()
