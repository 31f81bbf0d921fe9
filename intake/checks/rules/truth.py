"""The truth rule: always hits (the chain's last link: complete)."""

from __future__ import annotations

from intake.checks.context import CheckContext


class Truth:
    """The rule that always hits."""

    name = "truth"
    description = "Always hits."

    def check(self, ctx: CheckContext) -> bool:
        """Hit."""
        return True
