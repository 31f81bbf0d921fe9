"""The date finder: the formats people write dates in, and robustness on any text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.checks.dates import find_dates, months_before
from intake.checks.rules.records_coverage import precise

TODAY = date(2026, 3, 1)


def spans(text: str, **kw: bool) -> list[tuple[str, str]]:
    return [(d.first.isoformat(), d.last.isoformat()) for d in find_dates(text, today=TODAY, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspected 2025-03-14 by JB", [("2025-03-14", "2025-03-14")]),
        ("2025/3/4", [("2025-03-04", "2025-03-04")]),
        ("Scan_20250318", [("2025-03-18", "2025-03-18")]),
        ("IMG-20250314-WA0001", [("2025-03-14", "2025-03-14")]),
        ("Date: 14/03/2025", [("2025-03-14", "2025-03-14")]),
        ("Date: 03/14/2025", [("2025-03-14", "2025-03-14")]),
        ("3/14/25", [("2025-03-14", "2025-03-14")]),
        ("14.03.2025", [("2025-03-14", "2025-03-14")]),
        ("March 14, 2025", [("2025-03-14", "2025-03-14")]),
        ("Mar 14th 2025", [("2025-03-14", "2025-03-14")]),
        ("14 March 2025", [("2025-03-14", "2025-03-14")]),
        ("14-Mar-25", [("2025-03-14", "2025-03-14")]),
        ("Minutes - Mar 2025", [("2025-03-01", "2025-03-31")]),
        ("Sept. 2025 meeting", [("2025-09-01", "2025-09-30")]),
        ("Drill Oct '25", [("2025-10-01", "2025-10-31")]),
        ("Q3 2025 stats", [("2025-07-01", "2025-09-30")]),
        ("2025 Q1", [("2025-01-01", "2025-03-31")]),
        ("Week 14, 2025", [("2025-03-31", "2025-04-06")]),
        ("wk14 2025", [("2025-03-31", "2025-04-06")]),
        ("Weekly site inspection", []),
        ("Summary of decisions in marching order", []),
        ("Phone 780-555-1234, IP 192.168.1.10, v1.2.3", []),
        ("2025-02-30", []),
    ],
)
def test_formats(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_ambiguous_numeric_dates_follow_the_other_dates_of_the_text() -> None:
    assert spans("03/04/2025") == [("2025-03-04", "2025-03-04")]
    assert spans("03/04/2025", day_first=True) == [("2025-04-03", "2025-04-03")]
    assert spans("03/04/2025 then 25/04/2025")[0] == ("2025-04-03", "2025-04-03")


def test_yearless_months_and_weeks_only_in_file_names() -> None:
    assert spans("PPE spot check form - Aug") == []
    assert spans("PPE spot check form - Aug", yearless=True) == [("2025-08-01", "2025-08-31")]
    assert spans("Feb toolbox talk", yearless=True) == [("2026-02-01", "2026-02-28")]
    assert spans("Weekly site insp wk 14", yearless=True) == [("2025-03-31", "2025-04-06")]
    assert spans("wk 14") == []


def test_dates_come_in_text_order() -> None:
    found = find_dates("Next: 2025-12-01. Done: March 3, 2025. Week 2, 2025.", today=TODAY)
    assert [d.text for d in found] == ["2025-12-01", "2025-03-03", "2025-W02"]


def test_month_arithmetic() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 1), 12) == date(2025, 3, 1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789/-. ,'wkWQqMarchMayDecSept\n"), max_size=400))
def test_any_text_gives_valid_dates(text: str) -> None:
    for found in find_dates(text, today=TODAY, yearless=True):
        assert found.first <= found.last


def test_long_hostile_text_is_read_quickly() -> None:
    text = ("1 " * 50_000) + ("12/" * 20_000) + ("wk " * 20_000) + ("Mar " * 20_000)
    assert isinstance(find_dates(text, today=TODAY, yearless=True), list)


def test_a_day_found_in_a_month_makes_the_record_that_day() -> None:
    """'Site inspection Nov 10' is the 10th: the month read beside it no longer stretches
    the records' span to its end (ten weeks had passed for three months)."""
    today = date(2026, 12, 7)
    found = find_dates("Site inspection Nov 10.docx", today=today, yearless=True)
    found += find_dates("Inspection done 2026-11-10 at the Jobsite 14", today=today)
    kept = precise(found)
    assert {(d.first, d.last) for d in kept} == {(date(2026, 11, 10), date(2026, 11, 10))}
    month = find_dates("Safety meetings, November 2026", today=today)
    assert precise(month) == month  # a month with no day in it stays a month
