"""The duplicates rule: the same file sent twice (within a message or across parts)."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode


class Duplicates:
    """Files with the same content as an earlier one."""

    name = "duplicates"
    description = "The same file sent more than once."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when a duplicate_file problem came in or two files share their content."""
        first: dict[str, str] = {}
        for f in ctx.files:
            seen = first.setdefault(f.document.sha256, f.name)
            if seen != f.name:
                ctx.add(ProblemCode.DUPLICATE_FILE, f.path, f"Same content as {seen}.")
        return ctx.has(ProblemCode.DUPLICATE_FILE)
