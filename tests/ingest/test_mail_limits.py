"""An email itself can be hostile: too deeply nested, or with too many attachments."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from core.config import LimitsSettings, LinksSettings
from intake.ingest import ingest_email, parse_envelope
from intake.problems import ProblemCode


def _deep(levels: int) -> bytes:
    inner = b"Content-Type: text/plain\r\n\r\nhi\r\n"
    for i in range(levels):
        b = f"b{i}".encode()
        inner = (
            b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n"
            + inner + b"\r\n--" + b + b"--\r\n"
        )  # fmt: skip
    head = b"From: Owner <owner@deep.example>\r\nSubject: SECOR\r\nMessage-ID: <d@deep.example>\r\n"
    return head + inner


def test_a_mime_nesting_bomb_gives_a_problem_not_an_exception(tmp_path: Path) -> None:
    envelope, result = ingest_email(_deep(3000), tmp_path, LimitsSettings(), LinksSettings())
    assert envelope.sender == "owner@deep.example"
    assert envelope.message_id == "<d@deep.example>"
    assert [p.code for p in result.problems] == [ProblemCode.MALFORMED_MESSAGE]
    assert result.documents == []
    assert parse_envelope(_deep(3000)).subject == "SECOR"


def test_attachments_past_the_entry_limit_are_not_taken_in(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "owner@many.example"
    msg["Subject"] = "SECOR"
    msg.set_content("files attached")
    for i in range(30):
        msg.add_attachment(
            f"record {i}".encode(), maintype="text", subtype="plain", filename=f"r{i}.txt"
        )
    limits = LimitsSettings(max_entries=10, ocr=False)
    _, result = ingest_email(msg.as_bytes(), tmp_path, limits, LinksSettings(enabled=False))
    assert len(result.documents) == 10
    assert [p.code for p in result.problems] == [ProblemCode.ARCHIVE_LIMIT]
