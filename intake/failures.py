"""Why an email could not be processed, as a code and in words for staff, defined once.

The service records a failure code beside the technical reason (``messages.failure``
and ``messages.error``); the dashboard's Failed page says the code in a sentence with
what to do next, and keeps the technical reason for an administrator. Codes reuse the
contract's problem codes (``intake/problems.py``) where one means the same thing.
"""

from __future__ import annotations

import email.errors
import lzma
import re
import struct
import subprocess
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from enum import StrEnum

from intake.problems import ProblemCode


class Failure(StrEnum):
    """Why processing an email stopped."""

    CORRUPT_ARCHIVE = ProblemCode.CORRUPT_ARCHIVE.value  # a damaged archive or file
    MALFORMED_MESSAGE = ProblemCode.MALFORMED_MESSAGE.value  # the email's own structure
    TOO_LARGE = "message_too_large"  # over [mailbox] max_message_bytes, left on the server
    TIMED_OUT = "timed_out"
    NETWORK = "network_error"
    STORAGE = "storage_error"  # the server's own files: a full disk, a permission
    OUT_OF_MEMORY = "out_of_memory"
    NEVER_FINISHED = "never_finished"  # the service stopped or crashed mid-processing
    PROCESSING_FAILED = ProblemCode.PROCESSING_FAILED.value  # anything else


@dataclass(frozen=True)
class FailureWords:
    """What staff read: a heading, what happened, and what to do next."""

    title: str
    what: str
    next_step: str


RETRY_THEN_ADMIN = "Press Retry once; if it fails again, call the administrator."

WORDS: dict[Failure, FailureWords] = {
    Failure.CORRUPT_ARCHIVE: FailureWords(
        "Damaged attachment",
        "An attachment (an archive or a document) is damaged in a way the intake could not "
        "step round.",
        "Ask the employer to send the documents again, zipped anew; if the new copy fails "
        "too, call the administrator.",
    ),
    Failure.MALFORMED_MESSAGE: FailureWords(
        "Email that could not be read",
        "The email itself is malformed: its structure or its encoding could not be read.",
        "Open it in the mail client and ask the employer to send it again; if that copy "
        "fails too, call the administrator.",
    ),
    Failure.TOO_LARGE: FailureWords(
        "Email too large",
        "The email is larger than the intake takes in, so it was left on the mail server.",
        "Open it in the mail client, or ask the employer to send the documents in smaller "
        "emails. Retry does not help unless the administrator raises the size limit.",
    ),
    Failure.TIMED_OUT: FailureWords(
        "Took too long",
        "Processing was stopped because it took too long (a very large attachment, or a "
        "site that did not answer).",
        "Press Retry once; if it fails again, ask the employer to send smaller parts or "
        "attach the files instead of a link.",
    ),
    Failure.NETWORK: FailureWords(
        "Connection lost",
        "The server lost a connection it needed while processing this email.",
        "Press Retry in a few minutes; if it fails again, call the administrator.",
    ),
    Failure.STORAGE: FailureWords(
        "Problem with the server's files",
        "The server could not read or write its own files (a full disk or a missing "
        "permission); nothing is wrong with the email.",
        "Call the administrator, and press Retry once they have fixed it.",
    ),
    Failure.OUT_OF_MEMORY: FailureWords(
        "Server out of memory",
        "The server ran out of memory while processing this email.",
        "Call the administrator; press Retry once they have fixed it. If it fails again, "
        "ask the employer to send the documents in smaller parts.",
    ),
    Failure.NEVER_FINISHED: FailureWords(
        "Processing never finished",
        "The intake service stopped or crashed while processing this email, each time it tried.",
        "Press Retry once; if it is set aside again, call the administrator: this email "
        "may be what stops the service.",
    ),
    Failure.PROCESSING_FAILED: FailureWords(
        "Fault in the intake",
        "The intake failed on this email for a reason it does not know how to explain.",
        RETRY_THEN_ADMIN + " Give them the technical detail below.",
    ),
}

# exception classes -> failure, the first match wins (TimeoutError is an OSError: it comes first)
_BY_CLASS: tuple[tuple[tuple[type[BaseException], ...], Failure], ...] = (
    ((MemoryError,), Failure.OUT_OF_MEMORY),
    ((TimeoutError, subprocess.TimeoutExpired), Failure.TIMED_OUT),
    ((ConnectionError,), Failure.NETWORK),
    (
        (zipfile.BadZipFile, zlib.error, tarfile.TarError, lzma.LZMAError, EOFError, struct.error),
        Failure.CORRUPT_ARCHIVE,
    ),
    ((email.errors.MessageError, UnicodeError), Failure.MALFORMED_MESSAGE),
    ((OSError,), Failure.STORAGE),
)

_NAME = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)(?::|$)")


def failure_of(exc: BaseException) -> Failure:
    """The failure an exception raised while processing stands for."""
    for classes, failure in _BY_CLASS:
        if isinstance(exc, classes):
            return failure
    return Failure.PROCESSING_FAILED


def _names(cls: type[BaseException]) -> set[str]:
    """CLS's name and those of its subclasses (loaded ones)."""
    out = {cls.__name__}
    for sub in cls.__subclasses__():
        out |= _names(sub)
    return out


def failure_of_reason(code: str | None, reason: str | None) -> Failure:
    """The failure of a stored email: its recorded CODE, else read from the REASON text
    (emails set aside before codes were recorded start it with the exception's name)."""
    if code:
        try:
            return Failure(code)
        except ValueError:
            return Failure.PROCESSING_FAILED
    text = (reason or "").strip()
    if text.startswith("processing never finished"):
        return Failure.NEVER_FINISHED
    if "max_message_bytes" in text:
        return Failure.TOO_LARGE
    found = _NAME.match(text)
    if found:
        name = found.group(1).rsplit(".", 1)[-1]
        for classes, failure in _BY_CLASS:
            if any(name in _names(cls) for cls in classes):
                return failure
    return Failure.PROCESSING_FAILED


def explain(code: str | None, reason: str | None) -> tuple[Failure, FailureWords]:
    """A stored email's failure and what staff read for it."""
    failure = failure_of_reason(code, reason)
    return failure, WORDS[failure]
