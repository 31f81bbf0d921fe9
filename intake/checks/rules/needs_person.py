"""The needs-person rule: a problem only a coordinator can settle."""

from __future__ import annotations

from intake.checks.context import CheckContext


class NeedsPerson:
    """Any problem whose effect (rules.toml [triage]) is 'person'."""

    name = "needs-person"
    description = "Files or problems a coordinator must look at."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when a recorded problem needs a person."""
        return "person" in ctx.effects()
