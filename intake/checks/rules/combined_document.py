"""The combined-document rule: one file that holds several elements (a whole safety manual)."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode
from knowledge.labels import by_label


class CombinedDocument:
    """Files whose parts read as several elements: a coordinator splits or checks them."""

    name = "combined-document"
    description = "One file holding several elements, such as a whole safety manual."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one combined_document per file) when a file holds several elements."""
        found = [f for f in ctx.files if f.prediction.covers]
        for f in found:
            elements = ", ".join(
                f"{by_label()[label].element} {by_label()[label].name}"
                for label in f.prediction.covers
            )
            ctx.add(
                ProblemCode.COMBINED_DOCUMENT,
                f.path,
                f"Holds several elements in one file (its parts read as {elements}).",
            )
        return bool(found)
