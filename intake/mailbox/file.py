"""File: move (or copy and flag) processed messages into their triage folders.

Moving is atomic where the server has MOVE: a crash between the move and the
store's mark finds the message gone from the watched folder next time, and
marks it filed. Copying is not atomic, so the store notes a copy is under way
first; a copy found under way on a later pass is only made again if the
target folder does not hold that Message-ID yet.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from imapclient import IMAPClient

from intake.mailbox.folders import Folders
from intake.store import Store
from intake.store.rows import UnfiledMessage

log = logging.getLogger(__name__)

TRIAGED = b"$Triaged"
CHUNK = 200


def ensure_folder(client: IMAPClient, folder: str) -> None:
    """Create FOLDER (a server name) when absent."""
    if not client.folder_exists(folder):
        client.create_folder(folder)


def _in_target(
    client: IMAPClient, target: str, rows: list[UnfiledMessage], source: str
) -> set[int]:
    """Rows whose Message-ID the target folder already holds (a copy made before a crash)."""
    found: set[int] = set()
    with_id = [r for r in rows if r.message_id]
    if not with_id:
        return found
    client.select_folder(target, readonly=True)
    try:
        for row in with_id:
            if client.search(["HEADER", "Message-ID", str(row.message_id)]):
                found.add(row.id)
    finally:
        client.select_folder(source)
    return found


def _file_group(
    client: IMAPClient,
    store: Store,
    source: str,
    target: str,
    rows: list[UnfiledMessage],
    action: str,
) -> int:
    uids = [r.uid for r in rows]
    if action == "move" and client.has_capability("MOVE"):
        client.move(uids, target)
    else:
        resumed = [r for r in rows if r.filing_at is not None]
        done = _in_target(client, target, resumed, source) if resumed else set()
        store.filing.mark_filing([r.id for r in rows])
        to_copy = [r.uid for r in rows if r.id not in done]
        if to_copy:
            client.copy(to_copy, target)
        if action == "copy":
            client.add_flags(uids, [b"\\Seen", TRIAGED])
        else:
            client.delete_messages(uids)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()
    for row in rows:
        store.filing.mark_filed(row.id)
    return len(rows)


def file_processed(
    client: IMAPClient, store: Store, *, action: str, folders: Folders | None = None
) -> int:
    """Move each processed message to its triage folder; returns how many were filed."""
    rows = store.filing.unfiled()
    if not rows:
        return 0
    folders = folders or Folders(client)
    by_source: dict[str, list[UnfiledMessage]] = defaultdict(list)
    for row in rows:
        by_source[str(row.mailbox)].append(row)
    filed = 0
    counts: dict[str, int] = defaultdict(int)
    for source, items in by_source.items():
        if not client.folder_exists(source):
            for row in items:
                store.filing.mark_filed(row.id)  # the folder is gone: nothing left to move
            continue
        selected = client.select_folder(source)
        uidvalidity = int(selected[b"UIDVALIDITY"])
        current = [r for r in items if r.uidvalidity == uidvalidity]
        for row in items:
            if row.uidvalidity != uidvalidity:
                store.filing.mark_filed(
                    row.id
                )  # that generation is gone and the message not found in the new one
        for start in range(0, len(current), CHUNK):
            chunk = current[start : start + CHUNK]
            present = {int(u) for u in client.search(["UID", ",".join(str(r.uid) for r in chunk)])}
            by_target: dict[str, list[UnfiledMessage]] = defaultdict(list)
            for row in chunk:
                if row.uid not in present:
                    store.filing.mark_filed(
                        row.id
                    )  # already moved (a crash after MOVE, before the mark)
                    continue
                by_target[str(row.triage_folder)].append(row)
            for logical, group in by_target.items():
                target = folders.ensure(logical)
                n = _file_group(client, store, source, target, group, action)
                counts[logical] += n
                filed += n
    for folder, count in counts.items():
        log.info("filed %d message(s) into %s", count, folder)
    return filed
