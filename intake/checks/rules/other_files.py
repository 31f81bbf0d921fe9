"""The other-files rule: files that are not part of a SECOR evaluation."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode


class OtherFiles:
    """Files surely labelled ``other`` (invoices, photos, unrelated letters)."""

    name = "other-files"
    description = "Files that do not belong to any element."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one not_secor_document per file) when any file is labelled other."""
        # a file whose text could not be read already has its own problem (send it again):
        # calling it "not part of SECOR" as well would contradict that
        files = [
            f
            for f in ctx.labelled("other")
            if not f.prediction.needs_review and f.document.readable
        ]
        for f in files:
            ctx.add(
                ProblemCode.NOT_SECOR_DOCUMENT,
                f.path,
                "Does not look like part of a SECOR evaluation.",
            )
        return bool(files)
