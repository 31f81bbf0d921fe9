"""Receive: copy new messages of the COR folder into the store (nothing else).

Each folder has a checkpoint, its UIDVALIDITY and the last UID stored, advanced
in the same transaction that stores a message: a restart resumes where it
stopped, and a message is stored once however often it is seen. When the
server renumbers the folder (a new UIDVALIDITY), every message in it is matched
to the stored ones by Message-ID and size (or, without a Message-ID, by a hash
of its bytes) before anything is queued again.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, date, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parseaddr
from typing import Any

from imapclient import IMAPClient

from intake.store import Store

log = logging.getLogger(__name__)

CHUNK = 200
HEADER_LIMIT = 65536
TOO_LARGE_HEADER = "X-Secor-Too-Large"
_KEPT_HEADERS = ("From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References")


def _header_fields(raw: bytes) -> tuple[str | None, str | None, str]:
    try:
        headers = BytesHeaderParser(policy=default_policy).parsebytes(raw)
        message_id = str(headers.get("Message-ID") or "").strip() or None
        sender = parseaddr(str(headers.get("From") or ""))[1].lower() or None
        subject = str(headers.get("Subject") or "")
    except Exception:  # a broken header is the pipeline's problem, not the receiver's
        return None, None, ""
    return message_id, sender, subject


def _item(data: dict[bytes, Any], prefix: bytes) -> Any:
    for key, value in data.items():
        if key.startswith(prefix):
            return value
    return None


def _chunks(uids: list[int]) -> list[list[int]]:
    return [uids[i : i + CHUNK] for i in range(0, len(uids), CHUNK)]


def receive_new(
    client: IMAPClient,
    store: Store,
    folder: str,
    max_bytes: int,
    *,
    first_start_days: int = 0,
) -> int:
    """Store every message of FOLDER past its checkpoint; returns how many were new."""
    selected = client.select_folder(folder)
    uidvalidity = int(selected[b"UIDVALIDITY"])
    checkpoint = store.queue.checkpoint(folder)
    if checkpoint is None:
        return _first_receive(client, store, folder, uidvalidity, max_bytes, first_start_days)
    if checkpoint.uidvalidity != uidvalidity:
        return _resync(client, store, folder, uidvalidity, checkpoint.uidvalidity, max_bytes)
    last = checkpoint.last_uid
    # "N:*" always matches the last message, even below N: filter again.
    uids = sorted(int(u) for u in client.search(["UID", f"{last + 1}:*"]) if int(u) > last)
    return _store_all(client, store, folder, uidvalidity, uids, max_bytes)


def _first_receive(
    client: IMAPClient, store: Store, folder: str, uidvalidity: int, max_bytes: int, days: int
) -> int:
    """The very first look at FOLDER: take the recent mail, leave the old alone."""
    every = sorted(int(u) for u in client.search("ALL"))
    # a store from before checkpoints existed already holds some of this generation
    done = store.queue.highest_uid(folder, uidvalidity)
    every = [u for u in every if u > done]
    if days > 0 and every:
        since = date.today() - timedelta(days=days)
        recent = {int(u) for u in client.search(["SINCE", since])}
        wanted = [u for u in every if u in recent]
        left = len(every) - len(wanted)
        if left:
            log.info(
                "first start on %s: %d message(s) older than %d days left alone (first_start_days)",
                folder,
                left,
                days,
            )
    else:
        wanted = every
    new = _store_all(client, store, folder, uidvalidity, wanted, max_bytes)
    store.queue.set_checkpoint(folder, uidvalidity, max([done, *every]))
    return new


def _store_all(
    client: IMAPClient, store: Store, folder: str, uidvalidity: int, uids: list[int], max_bytes: int
) -> int:
    new = 0
    for chunk in _chunks(uids):
        sizes = client.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"])
        for uid in chunk:
            info = sizes.get(uid)
            if info is None:
                continue  # expunged meanwhile
            size = int(info.get(b"RFC822.SIZE", 0))
            raw = _fetch_raw(client, uid, size, max_bytes)
            if raw is None:
                return new  # not readable now: stop here, the checkpoint stays before it
            arrived = _arrival(info.get(b"INTERNALDATE"))
            if _enqueue(
                store, folder, uidvalidity, uid, raw, size, checkpoint=True, arrived_at=arrived
            ):
                new += 1
    if new:
        log.info("received %d new message(s) from %s", new, folder)
    return new


def _fetch_raw(client: IMAPClient, uid: int, size: int, max_bytes: int) -> bytes | None:
    if size > max_bytes:
        part = f"BODY.PEEK[HEADER]<0.{HEADER_LIMIT}>"
        data = client.fetch([uid], [part]).get(uid, {})
        header = _item(data, b"BODY[HEADER]") or b""
        return _too_large_stub(uid, size, bytes(header))
    data = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
    raw = data.get(b"BODY[]")
    return bytes(raw) if raw is not None else None


def _enqueue(
    store: Store,
    folder: str,
    uidvalidity: int,
    uid: int,
    raw: bytes,
    size: int,
    *,
    checkpoint: bool,
    arrived_at: datetime | None = None,
) -> bool:
    message_id, sender, subject = _header_fields(raw)
    row = store.queue.enqueue_message(
        mailbox=folder,
        uidvalidity=uidvalidity,
        uid=uid,
        raw=raw,
        message_id=message_id,
        sender=sender,
        subject=subject,
        size=size,
        checkpoint=checkpoint,
        arrived_at=arrived_at,
    )
    return row is not None


def _arrival(value: object) -> datetime | None:
    """The server's INTERNALDATE as an aware UTC time (imapclient gives naive local time)."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC)


def _resync(
    client: IMAPClient, store: Store, folder: str, uidvalidity: int, previous: int, max_bytes: int
) -> int:
    """A new UIDVALIDITY: recognise the messages already stored, queue only the others."""
    log.warning(
        "%s was renumbered (UIDVALIDITY %d -> %d): matching its messages to stored ones",
        folder,
        previous,
        uidvalidity,
    )
    uids = sorted(int(u) for u in client.search("ALL"))
    used: set[int] = set()
    new = recognised = 0
    for chunk in _chunks(uids):
        heads = client.fetch(chunk, ["RFC822.SIZE", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        for uid in chunk:
            info = heads.get(uid)
            if info is None:
                continue
            size = int(info.get(b"RFC822.SIZE", 0))
            message_id, _, _ = _header_fields(bytes(_item(info, b"BODY[HEADER.FIELDS") or b""))
            match = None
            if message_id:
                match = next(
                    (
                        c
                        for c in store.queue.stored_copies(folder, message_id=message_id)
                        if c.size == size and c.id not in used
                    ),
                    None,
                )
            raw: bytes | None = None
            if match is None:
                raw = _fetch_raw(client, uid, size, max_bytes)
                if raw is None:
                    continue
                digest = hashlib.sha256(raw).hexdigest()
                match = next(
                    (
                        c
                        for c in store.queue.stored_copies(folder, sha256=digest)
                        if c.id not in used
                    ),
                    None,
                )
            if match is not None:
                used.add(match.id)
                recognised += 1
                if not match.filed:
                    store.queue.rekey_message(
                        match.id, uidvalidity, uid
                    )  # so it can still be filed
                continue
            assert raw is not None
            # the checkpoint moves to the new generation only once every message was seen:
            # an interrupted pass is done again from the start, matching what it stored
            if _enqueue(store, folder, uidvalidity, uid, raw, size, checkpoint=False):
                new += 1
    store.queue.set_checkpoint(folder, uidvalidity, max(uids, default=0))
    log.info("%s after renumbering: %d message(s) already known, %d new", folder, recognised, new)
    return new


def _too_large_stub(uid: int, size: int, header: bytes) -> bytes:
    """A placeholder kept for a message over the size limit (the original stays on the server)."""
    try:
        parsed = BytesHeaderParser(policy=default_policy).parsebytes(header)
        kept = "".join(
            f"{name}: {' '.join(str(parsed[name]).split())}\r\n"
            for name in _KEPT_HEADERS
            if parsed[name]
        )
    except Exception:  # a header we cannot read is left out, the stub stays
        kept = ""
    if "Subject:" not in kept:
        kept += f"Subject: (message {uid} of {size} bytes exceeds the size limit)\r\n"
    return (
        f"{kept}{TOO_LARGE_HEADER}: {size}\r\n\r\n"
        "This message was larger than mailbox.max_message_bytes and was left on the server.\r\n"
    ).encode("utf-8", "replace")
