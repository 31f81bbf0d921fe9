"""Issue 13: work files go once a message is processed; the stored message and documents stay."""

from __future__ import annotations

from pathlib import Path

from core.config import Settings
from intake.service.process import Processor
from intake.store import Store, open_store
from tests.security import hostile
from tests.service.helpers import StubClassifier, make_settings


def test_unpacked_archives_leave_only_the_documents(tmp_path: Path) -> None:
    settings: Settings = make_settings(tmp_path)[0]
    store: Store = open_store(settings)
    try:
        inner = hostile.zip_of({"policy.txt": b"Our policy", "ppe.txt": b"PPE list"})
        raw = hostile.email_with({"sub.zip": hostile.zip_of({"nested.zip": inner})})
        row = store.queue.enqueue_message(
            mailbox="INBOX", uidvalidity=1, uid=1, raw=raw, message_id=None, sender=None, subject=""
        )
        Processor(settings, store, StubClassifier(), "w").process_all()  # type: ignore[arg-type]
        [sub] = store.results.list_submissions()
        kept = {Path(str(f.stored_path)) for f in store.results.submission_files(int(sub.id))}
        assert len(kept) == 2 and all(p.is_file() for p in kept)
        work = settings.data_dir / "work" / str(row)
        left = {p for p in work.rglob("*") if p.is_file()}
        assert left == kept  # no copy of sub.zip or nested.zip
        [message] = store.results.submission_messages(int(sub.id))
        assert Path(str(message.raw_path)).read_bytes() == raw  # the original is kept
    finally:
        store.close()


def test_a_message_set_aside_leaves_no_work_files(tmp_path: Path) -> None:
    from tests.service.helpers import CrashingClassifier

    settings: Settings = make_settings(tmp_path)[0]
    settings.mailbox.max_attempts = 1
    store: Store = open_store(settings)
    try:
        raw = hostile.email_with({"sub.zip": hostile.zip_of({"explode policy.txt": b"boom"})})
        row = store.queue.enqueue_message(
            mailbox="INBOX", uidvalidity=1, uid=1, raw=raw, message_id=None, sender=None, subject=""
        )
        Processor(settings, store, CrashingClassifier(), "w").process_all()  # type: ignore[arg-type]
        assert store.results.list_submissions() == []
        assert not (settings.data_dir / "work" / str(row)).exists()
    finally:
        store.close()
