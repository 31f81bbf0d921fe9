"""The statistics page's figures and the SVG bar charts' geometry."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from intake.dashboard.charts import column_chart, nice_max, row_chart
from intake.dashboard.stats import figures, week_start
from intake.store.review import StatsRow

NOW = datetime(2026, 3, 18, 15, 0, tzinfo=UTC)  # a Wednesday


def _row(days_ago: float, status: str, first: str | None, missing: list[str]) -> StatsRow:
    return StatsRow(NOW - timedelta(days=days_ago), status, first, missing)


def test_weeks_start_on_monday() -> None:
    assert week_start(date(2026, 3, 18)) == date(2026, 3, 16)
    assert week_start(date(2026, 3, 16)) == date(2026, 3, 16)


def test_figures_count_weeks_first_email_and_missing() -> None:
    rows = [
        _row(0, "complete", "Triage/Complete", []),
        _row(1, "incomplete", "Triage/Incomplete", ["legislation", "contracting_services"]),
        _row(8, "complete", "Triage/Incomplete", []),  # completed by a follow-up
        _row(9, "incomplete", "Triage/Incomplete", ["legislation"]),
        _row(10, "ignored", "Triage/Ignored", ["policy", "legislation"]),  # not a submission
        _row(400, "incomplete", "Triage/Incomplete", ["policy"]),  # outside the window
    ]
    figs = figures(rows, now=NOW, weeks=4, zone=UTC, complete_folder="Triage/Complete")
    assert [w.start for w in figs.weeks] == [
        date(2026, 2, 23),
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
    ]
    assert [w.submissions for w in figs.weeks] == [0, 1, 2, 2]
    assert [w.share for w in figs.weeks] == [None, 0.0, 0.0, 0.5]
    assert (figs.total, figs.complete_first) == (5, 1)
    assert figs.share == 0.2
    assert figs.missing == [("legislation", 2), ("contracting_services", 1)]
    assert figs.missing_in == 4


def test_no_submissions_no_share() -> None:
    figs = figures([], now=NOW, weeks=12, zone=UTC, complete_folder="Triage/Complete")
    assert figs.share is None and figs.total == 0 and len(figs.weeks) == 12


def test_axis_bounds_are_round() -> None:
    assert [nice_max(v) for v in (0, 0.3, 1, 3, 7, 12, 101)] == [1, 0.5, 1, 5, 10, 20, 200]


def test_column_bars_scale_to_the_plot() -> None:
    chart = column_chart(
        "c",
        [("a", 2.0, "a: 2"), ("b", 4.0, "b: 4"), ("c", None, "c: none")],
        title="T",
        desc="D",
        width=300,
        height=200,
    )
    a, b, c = chart.bars
    assert b.height == 2 * a.height > 0
    assert b.y + b.height == a.y + a.height  # one baseline
    assert c.height == 0 and c.value_text == "\u2013"
    assert [g.text for g in chart.grid] == ["0", "5"]  # no line at 2.5 submissions
    assert all(bar.x >= 0 and bar.x + bar.width <= 300 for bar in chart.bars)


def test_percent_columns_and_rows() -> None:
    chart = column_chart("p", [("w", 0.5, "")], title="T", desc="D", top=1.0, percent=True)
    assert chart.bars[0].value_text == "50%" and chart.grid[-1].text == "100%"
    rows = row_chart("r", [("Policy", 3.0, ""), ("PPE", 1.0, "")], title="T", desc="D", width=600)
    assert rows.horizontal and rows.bars[0].width > rows.bars[1].width
    assert rows.height >= 2 * 20
