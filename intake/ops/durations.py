"""Durations as staff read them, the same on the command line and in the dashboard."""

from __future__ import annotations


def duration(seconds: float | None, missing: str = "—") -> str:
    """A short duration for people: "40 s", "3 min", "2.5 h", "3 days" (MISSING for None)."""
    if seconds is None:
        return missing
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} days"
