"""Filing into triage folders on a real IMAP server: move, copy and flag, resuming a crash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from imapclient import IMAPClient

from core.config import Settings
from intake.devstack.stack import ThreadedStack
from intake.mailbox.connection import connect
from intake.mailbox.file import TRIAGED, file_processed
from intake.mailbox.receive import receive_new
from intake.store import Store
from tests.service.helpers import folder_ids, imap, submission

pytestmark = pytest.mark.slow


@pytest.fixture
def client(settings: Settings, stack: ThreadedStack) -> Iterator[IMAPClient]:
    connection = connect(settings.effective_mailbox)
    yield connection
    connection.logout()


def _processed(settings: Settings, store: Store, client: IMAPClient, n: int) -> list[int]:
    with imap(settings) as other:
        for i in range(n):
            other.append("INBOX", submission(f"owner{i}@roofer.example", i))
    receive_new(client, store, "INBOX", settings.mailbox.max_message_bytes)
    rows = []
    while (claimed := store.queue.claim_next("w")) is not None:
        store.results.save_result(
            message_row=claimed.id,
            submission_id=None,
            reference=f"R{claimed.id}",
            report={},
            sender=None,
            subject="",
            year="unknown",
            status="complete",
            thread_ids=[],
            file_rows=[],
            folder="Triage/Complete",
            reply=None,
            worker="w",
        )
        rows.append(claimed.id)
    return rows


def test_copy_mode_flags_the_original_and_resumes_without_a_second_copy(
    settings: Settings, store: Store, client: IMAPClient
) -> None:
    rows = _processed(settings, store, client, 3)
    # a crash in the middle of an earlier pass: the first message was copied, not yet marked
    first = store.filing.unfiled()[0]
    store.filing.mark_filing([first.id])
    client.create_folder("Triage/Complete")
    client.select_folder("INBOX")
    client.copy([first.uid], "Triage/Complete")
    assert file_processed(client, store, action="copy") == len(rows)
    folders = folder_ids(settings)
    assert len(folders["Triage/Complete"]) == 3 == len(set(folders["Triage/Complete"]))
    assert len(folders["INBOX"]) == 3  # copied, not moved
    selected = client.select_folder("INBOX")
    keywords = b"\\*" in selected.get(b"PERMANENTFLAGS", ())  # pymap keeps no custom keywords
    flags = client.get_flags(client.search("ALL"))
    assert all(b"\\Seen" in f and (TRIAGED in f or not keywords) for f in flags.values()), flags
    assert file_processed(client, store, action="copy") == 0


def test_move_without_the_move_extension_copies_then_expunges(
    settings: Settings, store: Store, client: IMAPClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _processed(settings, store, client, 2)
    real = client.has_capability
    monkeypatch.setattr(client, "has_capability", lambda cap: cap.upper() != "MOVE" and real(cap))
    assert file_processed(client, store, action="move") == 2
    folders = folder_ids(settings)
    assert folders["INBOX"] == [] and len(folders["Triage/Complete"]) == 2


def test_a_message_moved_before_the_mark_is_not_moved_again(
    settings: Settings, store: Store, client: IMAPClient
) -> None:
    _processed(settings, store, client, 2)
    row = store.filing.unfiled()[0]
    client.create_folder("Triage/Complete")
    client.select_folder("INBOX")
    client.move([row.uid], "Triage/Complete")  # the crash came right after this
    assert file_processed(client, store, action="move") == 1
    assert store.filing.unfiled() == []
    folders = folder_ids(settings)
    assert folders["INBOX"] == [] and len(folders["Triage/Complete"]) == 2
