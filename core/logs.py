"""Logs for an unattended service: one line per event, as text or JSON, addresses masked.

Every handler on the root logger gets a formatter that masks email addresses
(``d***@birchroofing.example``) in the message and in tracebacks, whatever
logged them. The service's own code never logs a secret or a document's text;
the protocol chatter of the IMAP/SMTP libraries (which would carry mail
contents) is kept at INFO even with ``--verbose``.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.config import OpsSettings

_ADDRESS = re.compile(
    r"(?<![\w.%+-])([\w%+-])[\w.%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]{2,}|[A-Za-z0-9-]+)",
)
_CHATTY = ("imapclient", "imapclient.imaplib", "mail.log", "pymap", "aiosmtpd", "httpx", "httpcore")
_STANDARD = set(vars(logging.makeLogRecord({})))


def mask_address(address: str | None) -> str:
    """``dana@birchroofing.example`` -> ``d***@birchroofing.example`` ("-" for none)."""
    if not address:
        return "-"
    local, at, domain = address.rpartition("@")
    if not at:
        return "***"
    return f"{local[:1]}***@{domain}"


def redact(text: str) -> str:
    """TEXT with every email address in it masked."""
    return _ADDRESS.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


class RedactingFormatter(logging.Formatter):
    """The usual text line, addresses masked (message and traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and any ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in data and not key.startswith("_"):
                data[key] = redact(value) if isinstance(value, str) else value
        if record.exc_info:
            data["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(data, ensure_ascii=False, default=str)


def where(exc: BaseException) -> str:
    """Where EXC was raised (innermost frame), without its message, which may quote a document."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return type(exc).__name__
    code = tb.tb_frame.f_code
    return f"{type(exc).__name__} at {Path(code.co_filename).name}:{tb.tb_lineno} in {code.co_name}"


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(ops: OpsSettings, *, verbose: bool = False) -> None:
    """Give every root handler the configured formatter (one on stderr if there is none)."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler(sys.stderr))
    formatter: logging.Formatter = (
        JsonFormatter() if ops.log_format == "json" else RedactingFormatter(TEXT_FORMAT)
    )
    for handler in root.handlers:
        handler.setFormatter(formatter)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)
