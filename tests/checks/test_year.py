"""Reading the year from words: cues, neutral phrases, quoted replies."""

from __future__ import annotations

import pytest

from intake.checks.rules.year import own_words, year_from_text
from knowledge.rules import program


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SECOR maintenance submission 2026", "maintenance"),
        ("Our maintenance year audit", "maintenance"),
        ("Year 2 SECOR", "maintenance"),
        ("Attached is everything to maintain our SECOR certification", "maintenance"),
        ("SECOR certification submission", "certification"),
        ("Recertification 2026", "certification"),
        ("Our first SECOR", "certification"),
        ("Audit type: Maintenance", "maintenance"),
        ("☐ Certification ☒ Maintenance", "maintenance"),
        ("[x] Certification [ ] Maintenance", "certification"),
        ("Type of evaluation (certification or maintenance): ____", "unknown"),
        ("Element 7 - Maintenance: preventative maintenance records", "unknown"),
        ("SECOR 2026", "unknown"),
        # common subject forms
        ("SECOR 2026 certification - Northstar Roofing", "certification"),
        ("Re: SECOR 2026 Certification - Northstar Roofing", "certification"),
        ("SECOR Cert 2026", "certification"),
        ("2026 SECOR certification", "certification"),
        ("cert year docs", "certification"),
        ("maint yr", "maintenance"),
        ("SECOR maint yr 2026 - Acme", "maintenance"),
        ("maintenance audit 2026", "maintenance"),
        ("SECOR 2026 Maintenance", "maintenance"),
        ("SECOR - Maintenance - 2026", "maintenance"),
        ("Fwd: SECOR maint. submission", "maintenance"),
        ("Yr 2 maintenance SECOR", "maintenance"),
        ("Element 7 - Maintenance records 2026", "unknown"),
        ("SECOR certification / maintenance 2026", "unknown"),
        ("", "unknown"),
    ],
)
def test_year_from_text(text: str, expected: str) -> None:
    assert year_from_text(text, program().year_cues) == expected


def test_own_words_drop_the_quoted_message() -> None:
    body = (
        "Here are the parts.\n> quoted line\nThanks\n\n"
        "On Tue, 3 Mar 2026 at 10:00, COR <cor@acsa.local> wrote:\nold text"
    )
    assert own_words(body) == "Here are the parts.\nThanks"
    outlook = "New files.\n-----Original Message-----\nFrom: COR\nmaintenance year"
    assert own_words(outlook) == "New files."
