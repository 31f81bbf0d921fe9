"""Bar charts as geometry for inline SVG (drawn by the ``_charts.html`` macros; no script)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    """One bar: its box, the text on it and its tooltip."""

    x: float
    y: float
    width: float
    height: float
    value_text: str
    value_x: float
    value_y: float
    label: str
    label_x: float
    label_y: float
    tip: str


@dataclass(frozen=True)
class Grid:
    """A grid line with its value."""

    x1: float
    y1: float
    x2: float
    y2: float
    text: str
    text_x: float
    text_y: float


@dataclass(frozen=True)
class Chart:
    """A chart's size, bars, grid lines, title and description (for screen readers)."""

    key: str
    width: int
    height: int
    bars: list[Bar]
    grid: list[Grid]
    title: str
    desc: str
    horizontal: bool = False


def nice_max(value: float) -> float:
    """A round upper bound for an axis (1, 2, 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def column_chart(
    key: str,
    items: Sequence[tuple[str, float | None, str]],
    *,
    title: str,
    desc: str,
    top: float | None = None,
    percent: bool = False,
    width: int = 640,
    height: int = 240,
) -> Chart:
    """Vertical bars, one per (label, value, tooltip); a None value draws no bar and a dash."""
    left, right, upper, lower = 44.0, 8.0, 20.0, 34.0
    plot_w = width - left - right
    plot_h = height - upper - lower
    values = [v for _, v, _ in items if v is not None]
    ceiling = top if top is not None else nice_max(max(values, default=0.0))
    slot = plot_w / max(len(items), 1)
    bar_w = slot * 0.62
    bars = []
    for n, (label, value, tip) in enumerate(items):
        x = left + n * slot + (slot - bar_w) / 2
        h = 0.0 if value is None else plot_h * min(value, ceiling) / ceiling
        y = upper + plot_h - h
        if value is None:
            text = "\u2013"  # an en dash: no value
        elif percent:
            text = f"{value * 100:.0f}%"
        else:
            text = f"{value:g}"
        bars.append(
            Bar(
                x=round(x, 1),
                y=round(y, 1),
                width=round(bar_w, 1),
                height=round(h, 1),
                value_text=text,
                value_x=round(x + bar_w / 2, 1),
                value_y=round(y - 5, 1),
                label=label,
                label_x=round(x + bar_w / 2, 1),
                label_y=round(upper + plot_h + 18, 1),
                tip=tip,
            )
        )
    grid = []
    for frac in (0.0, 0.5, 1.0):
        y = upper + plot_h - plot_h * frac
        value = ceiling * frac
        if not percent and value != int(value):
            continue  # counts: no line at a fraction
        text = f"{value * 100:.0f}%" if percent else f"{value:g}"
        grid.append(
            Grid(left, round(y, 1), width - right, round(y, 1), text, left - 6, round(y + 4, 1))
        )
    return Chart(key, width, height, bars, grid, title, desc)


def row_chart(
    key: str,
    items: Sequence[tuple[str, float, str]],
    *,
    title: str,
    desc: str,
    width: int = 640,
    row: int = 26,
) -> Chart:
    """Horizontal bars, one row per (label, value, tooltip), labels on the left."""
    left, right, upper = 250.0, 48.0, 6.0
    plot_w = width - left - right
    ceiling = nice_max(max((v for _, v, _ in items), default=0.0))
    bars = []
    for n, (label, value, tip) in enumerate(items):
        y = upper + n * row
        w = plot_w * value / ceiling
        bars.append(
            Bar(
                x=left,
                y=round(y + 4, 1),
                width=round(w, 1),
                height=row - 8,
                value_text=f"{value:g}",
                value_x=round(left + w + 6, 1),
                value_y=round(y + row / 2 + 4, 1),
                label=label,
                label_x=left - 8,
                label_y=round(y + row / 2 + 4, 1),
                tip=tip,
            )
        )
    height = int(upper * 2 + max(len(items), 1) * row)
    return Chart(key, width, height, bars, [], title, desc, horizontal=True)
