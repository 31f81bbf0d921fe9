"""The no-attachments rule: the mail says it carries a submission but holds no file."""

from __future__ import annotations

from intake.checks.context import CheckContext, announces_submission
from intake.problems import ProblemCode


class NoAttachments:
    """A submission announced in words, with no file, link or failed archive in it."""

    name = "no-attachments"
    description = "Mail that says something is attached but brought no file."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (and record no_attachments) when nothing came in but the words say it should."""
        if ctx.has(ProblemCode.NO_ATTACHMENTS):
            return True
        if ctx.envelope is None or ctx.files or ctx.incoming:
            return False
        if announces_submission(ctx):
            ctx.add(
                ProblemCode.NO_ATTACHMENTS,
                "",
                "The email mentions a submission but has no files or download links.",
            )
            return True
        return False
