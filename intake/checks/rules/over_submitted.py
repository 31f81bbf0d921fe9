"""The over-submitted rule: everything is there, but more than the program asks for."""

from __future__ import annotations

from intake.checks.context import CheckContext


class OverSubmitted:
    """Labels with more files than the allowance."""

    name = "over-submitted"
    description = "More files than the program asks for."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when ``over_submitted`` is not empty."""
        return bool(ctx.over_submitted)
