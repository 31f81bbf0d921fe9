"""Mail as the protocols carry it: CRLF line ends."""

from __future__ import annotations

import re

_LINE_END = re.compile(rb"\r?\n")


def wire_bytes(raw: bytes) -> bytes:
    """RAW with CRLF line ends (``EmailMessage.as_bytes()`` gives bare LF, which SMTP refuses)."""
    return _LINE_END.sub(b"\r\n", raw)
