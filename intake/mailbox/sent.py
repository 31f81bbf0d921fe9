"""The Sent folder: a copy of every reply, appended once, and the record of what went out.

The store notes an append is under way before it starts; an append found under
way after a crash is only made again when the folder does not hold that
Message-ID, so a crash between the append and the store's mark never leaves two
copies.
"""

from __future__ import annotations

import logging

from imapclient import IMAPClient

from intake.mailbox.folders import Folders
from intake.mailbox.wire import wire_bytes
from intake.store import Store

log = logging.getLogger(__name__)


class SentFolder:
    """Look up and append to the Sent folder over one connection."""

    def __init__(self, client: IMAPClient, folders: Folders, configured: str) -> None:
        self.client = client
        self.folders = folders
        self.configured = configured
        self._name: str | None = None

    @property
    def name(self) -> str:
        """The server's name of the Sent folder (found or created on first use)."""
        if self._name is None:
            if self.configured:
                self._name = self.folders.sent(self.configured)
            else:  # the server files sent mail itself: use its \Sent folder to look things up
                self._name = self.folders.special_sent() or ""
        return self._name

    def holds(self, message_id: str) -> bool:
        """Whether the Sent folder holds a message with this Message-ID."""
        if not self.name:
            return False
        self.client.select_folder(self.name, readonly=True)
        return bool(self.client.search(["HEADER", "Message-ID", message_id]))

    def keep_copies(self, store: Store) -> int:
        """Append every sent reply not copied yet; returns how many were appended."""
        mails = store.outbox.uncopied()
        if not self.configured:  # [mailbox] sent_folder = "": the server keeps its own copies
            for mail in mails:
                store.outbox.mark_copied(mail.id)
            return 0
        # an append begun before a crash may have landed: only those are looked for first
        resumed = {m.id for m in mails if m.copy_started_at is not None}
        store.outbox.mark_copy_started([m.id for m in mails if m.id not in resumed])
        todo = [m for m in mails if m.id not in resumed or not self.holds(m.message_id)]
        if todo and self.client.has_capability("MULTIAPPEND"):
            self.client.multiappend(
                self.name, [{"msg": wire_bytes(m.raw), "flags": [b"\\Seen"]} for m in todo]
            )
        else:
            for mail in todo:
                self.client.append(self.name, wire_bytes(mail.raw), flags=[b"\\Seen"])
        appended = len(todo)
        for mail in mails:
            store.outbox.mark_copied(mail.id)
        if appended:
            log.info("kept %d reply copy(ies) in %s", appended, self.name)
        return appended
