"""A fix for pymap's maildir backend: COPY wrote the copy without its content.

``MailboxData.copy`` reads the source with ``get_message_metadata`` (flags and
subfolder only) and adds that as the copy, so every copied message arrived
empty (seen with ``file_action = "copy"`` on the embedded mailbox). This copies
the whole message, under the same locks, in the same order. Applied once, when
the embedded mailbox starts; Dovecot and real servers are not concerned.
"""

from __future__ import annotations

from mailbox import MaildirMessage
from typing import Any

from pymap.backend.maildir.mailbox import MailboxData
from pymap.backend.maildir.uidlist import Record, UidList

_applied = {"done": False}


async def _copy(self: Any, uid: int, destination: Any, *, recent: bool = False) -> int | None:
    dest_maildir = destination._maildir
    async with UidList.with_read(self._path) as uidl:
        try:
            record = uidl.get(uid)
        except KeyError:
            return None
    async with self.messages_lock.read_lock():
        try:
            maildir_msg = self._maildir.get_message(record.key)  # the content too
        except (KeyError, FileNotFoundError):
            return None
    copy_msg = MaildirMessage(maildir_msg)
    copy_msg.set_subdir("new" if recent else "cur")
    async with destination.messages_lock.write_lock():
        dest_key = dest_maildir.add(copy_msg)
        dest_filename = dest_key + ":" + copy_msg.get_info()
    async with UidList.with_write(destination._path) as uidl:
        new_rec = Record(uidl.next_uid, record.fields, dest_filename)
        uidl.next_uid += 1
        uidl.set(new_rec)
    return int(new_rec.uid)


def apply() -> None:
    """Replace the faulty copy (idempotent)."""
    if not _applied["done"]:
        MailboxData.copy = _copy  # type: ignore[method-assign]
        _applied["done"] = True
