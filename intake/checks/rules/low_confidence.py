"""The low-confidence rule: files the classifier was not sure of go to a person."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode
from knowledge.labels import by_label


class LowConfidence:
    """Files whose label the classifier flagged for review."""

    name = "low-confidence"
    description = "Files the classifier could not place with confidence."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one low_confidence problem per file) when any file needs review."""
        hit = False
        for f in ctx.files:
            if f.prediction.needs_review:
                hit = True
                ctx.add(
                    ProblemCode.LOW_CONFIDENCE,
                    f.path,
                    f"Not sure which element this file belongs to (best guess: "
                    f"{by_label()[f.label].title}, {f.prediction.confidence:.0%}).",
                )
        return hit
