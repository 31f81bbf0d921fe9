"""Find the dates written in a record's text or file name, in the formats people use."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

MAX_CHARS = 200_000
MAX_DATES = 500

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
_NOT_DIGIT_BEFORE = r"(?<![\d])"
_NOT_DIGIT_AFTER = r"(?![\d])"

# In priority order: a match is dropped when it overlaps one found by an earlier pattern.
_ISO = re.compile(
    _NOT_DIGIT_BEFORE + _YEAR4 + r"[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _NOT_DIGIT_AFTER
)
_COMPACT = re.compile(
    _NOT_DIGIT_BEFORE
    + _YEAR4
    + r"(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    + _NOT_DIGIT_AFTER
)
_MONTH_DAY_YEAR = re.compile(
    r"(?<![a-z])" + _MONTH + r"\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR4 + _NOT_DIGIT_AFTER,
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    _NOT_DIGIT_BEFORE
    + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]*(?:of\s+)?(?<![a-z])"
    + _MONTH
    + r"[\s,.-]*(?P<y>(?:19|20)\d{2}|'?\d{2})"
    + _NOT_DIGIT_AFTER,
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/-]|\.\d)"
)
_MONTH_YEAR = re.compile(
    r"(?<![a-z])" + _MONTH + r"[\s,.'-]*(?P<y>(?:19|20)\d{2}|'\d{2})" + _NOT_DIGIT_AFTER,
    re.IGNORECASE,
)
_WEEK = re.compile(
    r"(?<![a-z])(?:wk|week)\s*(?:no\.?|#)?\s*(?P<w>\d{1,2})"
    + _NOT_DIGIT_AFTER
    + r"(?:\W{0,3}"
    + _YEAR4
    + _NOT_DIGIT_AFTER
    + r")?",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2})\W{0,3}$")
_QUARTER = re.compile(
    r"(?<![a-z])q(?P<q>[1-4])[\s,'-]*"
    + _YEAR4
    + _NOT_DIGIT_AFTER
    + r"|"
    + _YEAR4.replace("?P<y>", "?P<y0>")
    + r"[\s-]*q(?P<q0>[1-4])(?![\da-z])",
    re.IGNORECASE,
)
_MONTH_ALONE = re.compile(r"(?<![a-z])" + _MONTH, re.IGNORECASE)


@dataclass(frozen=True, order=True)
class FoundDate:
    """A date found in text: the first and last day it can mean (a month: its whole span)."""

    first: date
    last: date
    text: str


def find_dates(
    text: str,
    *,
    today: date,
    day_first: bool = False,
    yearless: bool = False,
) -> list[FoundDate]:
    """The dates written in TEXT, in the order they appear.

    Reads 2025-03-14, 20250314, 14/03/2025, 3/14/25, March 14, 2025, 14 Mar 2025,
    Mar 2025, Q1 2025 and "wk 14 2025". A numeric date that reads both ways
    (03/04/2025) follows the other numeric dates of the same text, else
    DAY_FIRST. With YEARLESS (for file names) a month or week without a year
    ("Aug", "wk 14") is taken as its latest occurrence not after TODAY.
    """
    text = text[:MAX_CHARS]
    taken = bytearray(len(text))  # 1 where an earlier pattern's date was read
    found: list[tuple[int, FoundDate]] = []

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def keep(match: re.Match[str], value: FoundDate | None) -> None:
        if value is not None and len(found) < MAX_DATES:
            start, end = match.span()
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, value))

    for match in _ISO.finditer(text):
        keep(match, _day(match["y"], match["m"], match["d"]))
    for match in _COMPACT.finditer(text):
        if free(*match.span()):
            keep(match, _day(match["y"], match["m"], match["d"]))
    months_named = _MONTH_ALONE.search(text) is not None  # else skip the month-name patterns
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR) if months_named else ():
        for match in pattern.finditer(text):
            if free(*match.span()):
                keep(match, _day(match["y"], str(_MONTHS[match["mon"][:3].lower()]), match["d"]))
    numeric = [m for m in _NUMERIC.finditer(text) if free(*m.span())]
    order_day_first = _numeric_order(numeric, day_first)
    for match in numeric:
        a, b = int(match["a"]), int(match["b"])
        if a > 12 or (order_day_first and b <= 12):
            keep(match, _day(match["y"], str(b), str(a)))
        else:
            keep(match, _day(match["y"], str(a), str(b)))
    for match in _QUARTER.finditer(text):
        if free(*match.span()):
            quarter = int(match["q"] or match["q0"])
            keep(match, _months(match["y"] or match["y0"], 3 * quarter - 2, 3 * quarter))
    for match in _WEEK.finditer(text):
        if free(*match.span()):
            before = _YEAR_BEFORE.search(text, max(0, match.start() - 8), match.start())
            year = match["y"] or (before[1] if before else None)
            keep(match, _week(year, int(match["w"]), today, yearless))
    for match in _MONTH_YEAR.finditer(text) if months_named else ():
        if free(*match.span()):
            month = _MONTHS[match["mon"][:3].lower()]
            keep(match, _months(match["y"], month, month))
    if yearless and months_named:
        for match in _MONTH_ALONE.finditer(text):
            if free(*match.span()):
                keep(match, _latest_month(_MONTHS[match["mon"][:3].lower()], today))
    return [value for _, value in sorted(found, key=lambda item: item[0])]


def _numeric_order(matches: list[re.Match[str]], day_first: bool) -> bool:
    """Day first or month first for the ambiguous numeric dates of one text."""
    days_first = sum(1 for m in matches if int(m["a"]) > 12 >= int(m["b"]))
    months_first = sum(1 for m in matches if int(m["b"]) > 12 >= int(m["a"]))
    if days_first != months_first:
        return days_first > months_first
    return day_first


def _year(value: str) -> int:
    value = value.lstrip("'")
    number = int(value)
    if len(value) == 2:
        return 2000 + number if number < 70 else 1900 + number
    return number


def _day(year: str, month: str, day: str) -> FoundDate | None:
    try:
        value = date(_year(year), int(month), int(day))
    except ValueError:
        return None
    return FoundDate(value, value, value.isoformat())


def _months(year: str, first_month: int, last_month: int) -> FoundDate | None:
    number = _year(year)
    if not 1900 <= number <= 2099:
        return None
    last_day = calendar.monthrange(number, last_month)[1]
    first, last = date(number, first_month, 1), date(number, last_month, last_day)
    return FoundDate(
        first, last, f"{first:%Y-%m}" if first_month == last_month else f"{first:%Y-%m}/{last:%m}"
    )


def _latest_month(month: int, today: date) -> FoundDate | None:
    year = today.year if month <= today.month else today.year - 1
    return _months(str(year), month, month)


def _week(year: str | None, week: int, today: date, yearless: bool) -> FoundDate | None:
    if year is None and not yearless:
        return None
    candidates: Iterator[int] = iter([_year(year)] if year else [today.year, today.year - 1])
    for number in candidates:
        try:
            first = date.fromisocalendar(number, week, 1)
        except ValueError:
            continue
        if year is None and first > today:
            continue
        last = date.fromisocalendar(number, week, 7)
        return FoundDate(first, last, f"{number}-W{week:02d}")
    return None


def months_before(day: date, months: int) -> date:
    """The same day MONTHS months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
