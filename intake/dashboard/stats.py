"""The figures of the statistics page, from the store's submissions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from intake.report import Status
from intake.store.review import StatsRow
from knowledge.labels import by_label


@dataclass(frozen=True)
class Week:
    """One week's submissions (weeks start on Monday, local time)."""

    start: date
    submissions: int
    complete_first: int

    @property
    def share(self) -> float | None:
        """The share complete on the first email, or None for a week without submissions."""
        return self.complete_first / self.submissions if self.submissions else None


@dataclass(frozen=True)
class Figures:
    """Everything the statistics page shows."""

    weeks: list[Week]
    total: int
    complete_first: int
    missing: list[tuple[str, int]]
    missing_in: int

    @property
    def share(self) -> float | None:
        """The share of all submissions complete on the first email."""
        return self.complete_first / self.total if self.total else None


def week_start(day: date) -> date:
    """The Monday of DAY's week."""
    return day - timedelta(days=day.weekday())


def window_start(now: datetime, weeks: int, zone: tzinfo) -> datetime:
    """The first moment of the oldest of the last WEEKS weeks (local Monday midnight)."""
    first = week_start(now.astimezone(zone).date()) - timedelta(weeks=weeks - 1)
    return datetime(first.year, first.month, first.day, tzinfo=zone)


def figures(
    rows: list[StatsRow], *, now: datetime, weeks: int, zone: tzinfo, complete_folder: str
) -> Figures:
    """Submissions per week, the share complete on the first email, the most missed labels.

    A submission counts as complete on the first email when its first email was filed
    in the Complete folder. Missing labels are counted on submissions not ignored.
    """
    first = week_start(now.astimezone(zone).date()) - timedelta(weeks=weeks - 1)
    starts = [first + timedelta(weeks=n) for n in range(weeks)]
    counts: Counter[date] = Counter()
    firsts: Counter[date] = Counter()
    missing: Counter[str] = Counter()
    missing_in = 0
    for row in rows:
        start = week_start(row.created_at.astimezone(zone).date())
        if start < first:
            continue
        counts[start] += 1
        if row.first_folder == complete_folder:
            firsts[start] += 1
        if row.status != Status.IGNORED:
            missing_in += 1
            missing.update(set(row.missing))
    order = {label: n for n, label in enumerate(by_label())}
    ranked = sorted(missing.items(), key=lambda item: (-item[1], order.get(item[0], 99)))
    return Figures(
        weeks=[Week(s, counts[s], firsts[s]) for s in starts],
        total=sum(counts.values()),
        complete_first=sum(firsts.values()),
        missing=ranked,
        missing_in=missing_in,
    )
