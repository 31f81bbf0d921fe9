"""The no-SECOR-content rule: mail that is not a submission at all, which is ignored."""

from __future__ import annotations

from intake.checks.context import CheckContext, announces_submission
from intake.problems import ProblemCode


class NoSecorContent:
    """No SECOR document (surely), nothing that failed to open, no words announcing a submission."""

    name = "no-secor-content"
    description = "Mail or files with nothing of a SECOR submission in them."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when nothing in the submission is SECOR content."""
        if ctx.incoming or any(f.label != "other" or f.prediction.needs_review for f in ctx.files):
            return False
        if ctx.has(ProblemCode.NO_ATTACHMENTS):
            return False
        return not announces_submission(ctx)
