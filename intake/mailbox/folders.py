"""Folder names as this server spells them: its hierarchy delimiter and personal namespace.

The service names folders logically with "/" ("Triage/Needs review"); Dovecot's
Maildir++ layout spells that "Triage.Needs review", a Courier-style server
"INBOX.Triage.Needs review". The Sent folder is found by its special use
(RFC 6154) when the configured name does not exist.
"""

from __future__ import annotations

import contextlib
import logging

from imapclient import IMAPClient
from imapclient.imapclient import SENT

log = logging.getLogger(__name__)


def _text(value: bytes | str | None) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class Folders:
    """Maps logical folder names to this server's names and creates missing ones."""

    def __init__(self, client: IMAPClient) -> None:
        self.client = client
        self.prefix = ""
        self.delimiter: str | None = "/"
        if client.has_capability("NAMESPACE"):
            personal = client.namespace().personal
            if personal:
                self.prefix = _text(personal[0][0]) or ""
                self.delimiter = _text(personal[0][1])
        else:
            listed = client.list_folders("", "")
            if listed:
                self.delimiter = _text(listed[0][1])
        self._known: set[str] = set()

    def server_name(self, logical: str) -> str:
        """LOGICAL ("Triage/Complete") as this server names it."""
        if logical.upper() == "INBOX":
            return "INBOX"
        parts = [p for p in logical.split("/") if p]
        delimiter = self.delimiter or "/"
        if self.delimiter and any(self.delimiter in p for p in parts):
            parts = [p.replace(self.delimiter, "-") for p in parts]
        name = delimiter.join(parts)
        if self.prefix and not name.startswith(self.prefix):
            name = self.prefix + name
        return name

    def ensure(self, logical: str) -> str:
        """The server name of LOGICAL, created (with its parents) when absent."""
        name = self.server_name(logical)
        if name in self._known:
            return name
        if not self.client.folder_exists(name):
            delimiter = self.delimiter or "/"
            pieces = name.split(delimiter)
            for depth in range(1, len(pieces)):
                parent = delimiter.join(pieces[:depth])
                if (
                    parent
                    and parent + delimiter != self.prefix
                    and not self.client.folder_exists(parent)
                ):
                    # some servers create parents implicitly, or refuse bare parents
                    with contextlib.suppress(IMAPClient.Error):
                        self.client.create_folder(parent)
            try:
                self.client.create_folder(name)
            except IMAPClient.Error:
                if not self.client.folder_exists(name):  # not made meanwhile by another worker
                    raise
            with contextlib.suppress(IMAPClient.Error):
                self.client.subscribe_folder(name)
            log.info("created folder %s", name)
        self._known.add(name)
        return name

    def special_sent(self) -> str | None:
        """The folder the server marks \\Sent (RFC 6154), or a usual name for it, if any."""
        found = self.client.find_special_folder(SENT)
        return str(found) if found else None

    def sent(self, configured: str) -> str:
        """The Sent folder: the configured one if present, else the \\Sent one, else created."""
        name = self.server_name(configured)
        if name in self._known or self.client.folder_exists(name):
            self._known.add(name)
            return name
        special = self.client.find_special_folder(SENT)
        if special:
            self._known.add(special)
            return str(special)
        return self.ensure(configured)
