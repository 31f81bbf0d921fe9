"""Mail as the protocols carry it: CRLF line ends, and the Date of the moment it is sent."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import formatdate

_LINE_END = re.compile(rb"\r?\n")


def wire_bytes(raw: bytes) -> bytes:
    """RAW with CRLF line ends (``EmailMessage.as_bytes()`` gives bare LF, which SMTP refuses)."""
    return _LINE_END.sub(b"\r\n", raw)


_DATE_FIELD = re.compile(rb"(?mi)^Date:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def with_date(raw: bytes, when: datetime) -> bytes:
    """RAW with its Date header set to WHEN (added when it has none); nothing else changes.

    A reply's Date is the time it is first handed to the relay, not the time it was
    queued: a reply that waited for approval for days would otherwise be sorted among
    days-old mail by the employer's mail client.
    """
    stamp = b"Date: " + formatdate(when.timestamp(), usegmt=True).encode("ascii")
    end = _HEADER_END.search(raw)
    head, body = (raw[: end.start()], raw[end.start() :]) if end else (raw, b"")
    if _DATE_FIELD.search(head):
        head = _DATE_FIELD.sub(lambda _: stamp, head, count=1)
    else:
        newline = b"\r\n" if b"\r\n" in raw else b"\n"
        head = stamp + newline + head
    return head + body
