"""File: move (or copy and flag) processed messages into their triage folders."""

from __future__ import annotations

import logging

from imapclient import IMAPClient

from intake.store import Store

log = logging.getLogger(__name__)


def ensure_folder(client: IMAPClient, folder: str) -> None:
    """Create FOLDER (and its parents) when absent."""
    if not client.folder_exists(folder):
        client.create_folder(folder)


def file_processed(client: IMAPClient, store: Store, *, action: str) -> int:
    """Move each processed message to its triage folder; returns how many were filed."""
    filed = 0
    by_folder: dict[str, int] = {}
    for row in store.unfiled():
        folder_now = row["mailbox"]
        target = row["triage_folder"]
        selected = client.select_folder(folder_now)
        if int(selected[b"UIDVALIDITY"]) != row["uidvalidity"]:
            store.mark_filed(row["id"])  # that mailbox generation is gone: nothing left to move
            continue
        if not client.search(["UID", str(row["uid"])]):
            store.mark_filed(row["id"])  # already moved (a crash after MOVE, before the mark)
            continue
        ensure_folder(client, target)
        if action == "copy":
            client.copy([row["uid"]], target)
            client.add_flags([row["uid"]], [b"\\Seen", b"$Triaged"])
        elif client.has_capability("MOVE"):
            client.move([row["uid"]], target)
        else:
            client.copy([row["uid"]], target)
            client.delete_messages([row["uid"]])
            client.uid_expunge([row["uid"]]) if client.has_capability("UIDPLUS") else client.expunge()
        store.mark_filed(row["id"])
        by_folder[target] = by_folder.get(target, 0) + 1
        filed += 1
    for folder, count in by_folder.items():
        log.info("filed %d message(s) into %s", count, folder)
    return filed
