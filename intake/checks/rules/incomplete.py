"""The incomplete rule: something required is missing or must be sent again."""

from __future__ import annotations

from intake.checks.context import CheckContext


class Incomplete:
    """A required item missing, or a problem whose effect is 'resend'."""

    name = "incomplete"
    description = "Required items missing or files to send again."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when an item is missing (not one asked about) or a problem asks for a resend."""
        return bool(set(ctx.missing) - set(ctx.asked)) or "resend" in ctx.effects()
