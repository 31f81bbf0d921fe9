"""Receive: copy new messages of the COR folder into the store (nothing else).

Keyed by (folder, UIDVALIDITY, UID) like Paperless-ngx: a restart resumes where
it stopped, and a message is stored once however often it is seen.
"""

from __future__ import annotations

import logging
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parseaddr

from imapclient import IMAPClient

from intake.store import Store

log = logging.getLogger(__name__)


def _header_fields(raw: bytes) -> tuple[str | None, str | None, str]:
    try:
        headers = BytesHeaderParser(policy=default_policy).parsebytes(raw)
        message_id = str(headers.get("Message-ID") or "").strip() or None
        sender = parseaddr(str(headers.get("From") or ""))[1].lower() or None
        subject = str(headers.get("Subject") or "")
    except Exception:  # a broken header is the pipeline's problem, not the receiver's
        return None, None, ""
    return message_id, sender, subject


def receive_new(client: IMAPClient, store: Store, folder: str, max_bytes: int) -> int:
    """Store every message of FOLDER not stored yet; returns how many were new."""
    selected = client.select_folder(folder)
    uidvalidity = int(selected[b"UIDVALIDITY"])
    known = store.known_uids(folder, uidvalidity)
    uids = [int(u) for u in client.search("ALL") if int(u) not in known]
    new = 0
    for uid in sorted(uids):
        size_info = client.fetch([uid], ["RFC822.SIZE"]).get(uid, {})
        size = int(size_info.get(b"RFC822.SIZE", 0))
        if size > max_bytes:
            raw = _too_large_stub(uid, size)
        else:
            data = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
            raw = data.get(b"BODY[]")
            if raw is None:
                continue
        message_id, sender, subject = _header_fields(raw)
        if store.enqueue_message(
            mailbox=folder, uidvalidity=uidvalidity, uid=uid, raw=raw,
            message_id=message_id, sender=sender, subject=subject,
        ) is not None:
            new += 1
    if new:
        log.info("received %d new message(s) from %s", new, folder)
    return new


def _too_large_stub(uid: int, size: int) -> bytes:
    """A placeholder kept for a message over the size limit (the original stays on the server)."""
    return (
        f"Subject: (message {uid} of {size} bytes exceeds the size limit)\r\n"
        "X-Secor-Too-Large: yes\r\n\r\n"
        "This message was larger than mailbox.max_message_bytes and was left on the server.\r\n"
    ).encode()
