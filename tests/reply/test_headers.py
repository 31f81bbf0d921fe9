"""The reply's subject and its threading and Auto-Submitted headers."""

from __future__ import annotations

import pytest

from core.config import IntakeSettings
from intake.envelope import Envelope
from intake.reply import reply_headers, reply_subject

SETTINGS = IntakeSettings(cor_address="cor@acsa.local")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("SECOR 2026", "Re: SECOR 2026"),
        ("Re: SECOR 2026", "Re: SECOR 2026"),
        ("RE: Re: re:SECOR 2026", "Re: SECOR 2026"),
        ("Re[2]: AW: SECOR", "Re: SECOR"),
        ("Fwd: SECOR", "Re: Fwd: SECOR"),
        ("  SECOR\r\n 2026 ", "Re: SECOR 2026"),
        ("", "Re: your SECOR submission"),
        ("Re:", "Re: your SECOR submission"),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_threading_headers_follow_the_message() -> None:
    envelope = Envelope(
        sender="dana@roofco.example",
        message_id="<m3@roofco.example>",
        in_reply_to="<r2@acsa.local>",
        references=["<m1@roofco.example>", "<r2@acsa.local>"],
    )
    headers = reply_headers(envelope, SETTINGS)
    assert headers["Auto-Submitted"] == "auto-replied"
    assert headers["In-Reply-To"] == "<m3@roofco.example>"
    assert headers["References"] == "<m1@roofco.example> <r2@acsa.local> <m3@roofco.example>"
    assert headers["X-Auto-Response-Suppress"] == "All"


def test_references_fall_back_to_in_reply_to_and_stay_short() -> None:
    envelope = Envelope(sender="a@b.example", message_id="<m@x>", in_reply_to="<p@x>")
    assert reply_headers(envelope, SETTINGS)["References"] == "<p@x> <m@x>"
    many = Envelope(
        sender="a@b.example", message_id="<m@x>", references=[f"<r{i}@x>" for i in range(50)]
    )
    refs = reply_headers(many, SETTINGS)["References"].split()
    assert len(refs) == 20 and refs[0] == "<r0@x>" and refs[-1] == "<m@x>"


def test_a_message_without_id_gets_no_in_reply_to_and_no_injected_header() -> None:
    headers = reply_headers(
        Envelope(sender="a@b.example", message_id="<bad\r\nBcc: x@y>"), SETTINGS
    )
    assert "In-Reply-To" not in headers and "References" not in headers
    assert all("\n" not in v and "\r" not in v for v in headers.values())
