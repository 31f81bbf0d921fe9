"""The records-coverage rule: three months of records, from the window the year asks for."""

from __future__ import annotations

from datetime import date, timedelta

from intake.checks.context import CheckContext, Coverage, FileView
from intake.checks.dates import FoundDate, find_dates, months_before
from intake.problems import ProblemCode
from knowledge.rules import RecordsRules

MONTH_DAYS = 30.44  # a month, on average, in days
# A record's date sits near its top; reading more only costs time on long logs.
TEXT_CHARS = 6_000


def record_dates(f: FileView, rules: RecordsRules, today: date) -> list[FoundDate]:
    """The plausible dates of one record, from its file name and the start of its text."""
    found = find_dates(f.document.name, today=today, day_first=rules.day_first, yearless=True)
    found += find_dates(f.document.text[:TEXT_CHARS], today=today, day_first=rules.day_first)
    oldest = months_before(today, 12 * rules.max_age_years)
    newest = today + timedelta(days=rules.future_grace_days)
    return precise([d for d in found if oldest <= d.first <= newest])


def precise(found: list[FoundDate]) -> list[FoundDate]:
    """FOUND without a month or a week that a day found in it makes precise: "Site
    inspection Nov 10" is the 10th, not all of November (which stretched the span to the
    month's end and let ten weeks of records pass for three months)."""
    days = [d.first for d in found if d.first == d.last]
    return [d for d in found if d.first == d.last or not any(d.first <= x <= d.last for x in days)]


class RecordsCoverage:
    """Read the dates of the operational records; point out a short span and old records."""

    name = "records-coverage"
    description = "Less than three months of records, or records older than the window."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (records_coverage problems) when the span is short or records are too old."""
        rules = ctx.program.records
        records = [f for f in ctx.files if f.kind == "operational"]
        if not records:
            return False
        window_start = None
        if ctx.year in rules.window_years:
            window_start = months_before(ctx.today, rules.window_months)
        starts: list[date] = []
        ends: list[date] = []
        dated = 0
        outside: list[tuple[str, FoundDate]] = []
        for f in records:
            found = record_dates(f, rules, ctx.today)
            if not found:
                continue
            latest = max(found, key=lambda d: (d.last, d.first))  # days made precise above
            if window_start is not None and latest.last < window_start:
                outside.append((f.name, latest))
                ctx.add(
                    ProblemCode.RECORDS_COVERAGE,
                    f.path,
                    f"Latest date found is {latest.text}, before the previous "
                    f"{rules.window_months} months (from {window_start.isoformat()}).",
                )
                continue
            dated += 1
            kept = [d for d in found if window_start is None or d.last >= window_start]
            starts += [d.first for d in kept]
            # a month or a week written as such runs to its end (a quarter: its first month)
            ends += [min(d.last, d.first + timedelta(days=MONTH_DAYS)) for d in kept]
        judged = dated > 0 and dated >= min(rules.min_dated_records, len(records))
        first, last = (min(starts), max(ends)) if starts else (None, None)
        days = (last - first).days + 1 if first and last else 0
        months = round(days / MONTH_DAYS) if days else 0
        ctx.coverage = Coverage(
            records=len(records),
            dated=dated,
            first=first,
            last=last,
            months=months,
            min_months=rules.min_months,
            judged=judged,
            days=days,
            # no span is asked for in a maintenance year: its records are samples
            min_days=round(rules.min_months * MONTH_DAYS) - rules.month_grace_days
            if ctx.year in rules.span_years or ctx.year == "unknown"
            else 0,
            window_start=window_start,
            outside_window=tuple(outside),
        )
        if ctx.coverage.too_short and first and last:
            ctx.add(
                ProblemCode.RECORDS_SPAN,
                "",
                f"The dated records cover {_span(days, months)} "
                f"({first.isoformat()} to {last.isoformat()}); "
                f"at least {rules.min_months} months of records are expected.",
            )
        return ctx.coverage.too_short or bool(outside)


def _span(days: int, months: int) -> str:
    """'1 day, less than a month', '45 days, about 1 month', '70 days, about 2 months'."""
    count = f"{days} day{'s' if days != 1 else ''}"
    if months < 1:
        return f"{count}, less than a month"
    return f"{count}, about {months} month{'s' if months != 1 else ''}"
