"""Split submissions: "part 2 of 3" in a subject."""

from __future__ import annotations

import pytest

from intake.checks import detect_part


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("SECOR submission part 2 of 3", (2, 3)),
        ("SECOR submission - Part 2/3", (2, 3)),
        ("Pt. 1 of 2 SECOR", (1, 2)),
        ("SECOR (2 of 3)", (2, 3)),
        ("SECOR [3/3]", (3, 3)),
        ("SECOR 2/3", (2, 3)),
        ("Re: SECOR audit email 2 of 4", (2, 4)),
        ("SECOR part two of three", (2, 3)),
        ("SECOR 2026 audit", None),
        ("Inspections 14/03/2025", None),
        ("Element 2 of 13", None),
        ("24/7 support", None),
        ("part 4 of 3", None),
        ("part 1 of 1", None),
        ("", None),
    ],
)
def test_detect_part(subject: str, expected: tuple[int, int] | None) -> None:
    assert detect_part(subject) == expected
