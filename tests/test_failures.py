"""Why an email could not be processed: codes from real exceptions, and words for staff."""

from __future__ import annotations

import errno
import io
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from intake.failures import WORDS, Failure, explain, failure_of, failure_of_reason
from intake.problems import ProblemCode


def _raised(action: Callable[[], object]) -> BaseException:
    try:
        action()
    except Exception as exc:  # the exception is what is tested
        return exc
    raise AssertionError("nothing was raised")


def test_real_exceptions_get_the_failure_they_stand_for(tmp_path: Path) -> None:
    junk = io.BytesIO(b"PK\x03\x04 this is not a zip at all")
    assert failure_of(_raised(lambda: zipfile.ZipFile(junk))) == Failure.CORRUPT_ARCHIVE
    assert failure_of(_raised(lambda: b"\xff\xfe".decode("utf-8"))) == Failure.MALFORMED_MESSAGE
    missing = tmp_path / "gone" / "file"
    assert failure_of(_raised(lambda: missing.read_bytes())) == Failure.STORAGE
    assert failure_of(OSError(errno.ENOSPC, "No space left on device")) == Failure.STORAGE
    # a timeout is an OSError too: it is said as a timeout
    assert failure_of(TimeoutError("the archive took too long")) == Failure.TIMED_OUT
    assert failure_of(subprocess.TimeoutExpired(["tesseract"], 30)) == Failure.TIMED_OUT
    assert failure_of(ConnectionResetError()) == Failure.NETWORK
    assert failure_of(MemoryError()) == Failure.OUT_OF_MEMORY
    assert failure_of(RuntimeError("classifier blew up")) == Failure.PROCESSING_FAILED


def test_codes_reuse_the_contracts_problem_codes_where_one_fits() -> None:
    assert Failure.CORRUPT_ARCHIVE.value == ProblemCode.CORRUPT_ARCHIVE.value
    assert Failure.MALFORMED_MESSAGE.value == ProblemCode.MALFORMED_MESSAGE.value
    assert Failure.PROCESSING_FAILED.value == ProblemCode.PROCESSING_FAILED.value


@pytest.mark.parametrize(
    ("code", "reason", "expected"),
    [
        ("corrupt_archive", "whatever was said", Failure.CORRUPT_ARCHIVE),
        ("a_code_from_a_newer_version", "", Failure.PROCESSING_FAILED),
        # set aside before codes were recorded: read from the exception's name
        (None, "BadZipFile: File is not a zip file", Failure.CORRUPT_ARCHIVE),
        (None, "zipfile.BadZipFile: File is not a zip file", Failure.CORRUPT_ARCHIVE),
        (None, "OSError: [Errno 28] No space left on device", Failure.STORAGE),
        (None, "PermissionError: [Errno 13] Permission denied", Failure.STORAGE),
        (None, "TimeoutError: the archive took too long to unpack", Failure.TIMED_OUT),
        (None, "processing never finished in 3 attempts", Failure.NEVER_FINISHED),
        (None, "processing never finished (the service crashed)", Failure.NEVER_FINISHED),
        (
            None,
            "31457280 bytes: larger than [mailbox] max_message_bytes (left on the server)",
            Failure.TOO_LARGE,
        ),
        (None, "ValueError: cannot unpack", Failure.PROCESSING_FAILED),
        (None, None, Failure.PROCESSING_FAILED),
        (None, "", Failure.PROCESSING_FAILED),
    ],
)
def test_a_stored_failure_is_read_from_its_code_else_its_reason(
    code: str | None, reason: str | None, expected: Failure
) -> None:
    assert failure_of_reason(code, reason) == expected


def test_every_failure_has_a_sentence_and_a_next_step_without_python_names() -> None:
    assert set(WORDS) == set(Failure)
    for failure, words in WORDS.items():
        text = f"{words.title} {words.what} {words.next_step}"
        assert words.what.endswith(".") and words.next_step.endswith("."), failure
        assert "Error" not in text and "Exception" not in text and "_" not in text, failure
        # each says what to do: retry, ask the employer, or call the administrator
        assert any(w in words.next_step for w in ("Retry", "employer", "administrator")), failure
    failure, words = explain(None, "BadZipFile: File is not a zip file")
    assert failure == Failure.CORRUPT_ARCHIVE and "send the documents again" in words.next_step
