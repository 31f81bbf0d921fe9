"""The required-items rule: what the year asks for and no file carries."""

from __future__ import annotations

from intake.checks.context import CheckContext


class RequiredItems:
    """Required labels (elements, evaluation tool, legislation) without a file."""

    name = "required-items"
    description = "Items the program requires for this year that are missing."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (and fill ``missing``) when a required label has no file."""
        # an element inside a manual sent as one file is there: not declared missing
        present = {f.label for f in ctx.files} | {c for f in ctx.files for c in f.prediction.covers}
        ctx.missing = [label for label in ctx.program.required(ctx.year) if label not in present]
        return bool(ctx.missing)
