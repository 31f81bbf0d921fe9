"""A reply's Date set to the moment it is sent: only that header changes, whatever its form."""

from __future__ import annotations

from datetime import UTC, datetime

from intake.mailbox.wire import with_date

WHEN = datetime(2026, 12, 7, 15, 4, 5, tzinfo=UTC)
STAMP = b"Date: Mon, 07 Dec 2026 15:04:05 GMT"


def test_only_the_date_header_changes() -> None:
    raw = (
        b"From: COR <cor@acsa.ca>\nDate: Mon, 30 Nov 2026 08:00:00 +0000\nSubject: Re: x\n"
        b"\nDate: in the body stays\n"
    )
    assert with_date(raw, WHEN) == raw.replace(b"Date: Mon, 30 Nov 2026 08:00:00 +0000", STAMP)


def test_a_folded_date_and_crlf_line_ends() -> None:
    raw = b"Subject: x\r\ndate: Mon, 30 Nov 2026\r\n 08:00:00 +0000\r\nTo: a@b.c\r\n\r\nHi\r\n"
    assert with_date(raw, WHEN) == b"Subject: x\r\n" + STAMP + b"\r\nTo: a@b.c\r\n\r\nHi\r\n"


def test_a_message_without_a_date_gets_one() -> None:
    assert with_date(b"Subject: x\n\nHi\n", WHEN) == STAMP + b"\nSubject: x\n\nHi\n"
