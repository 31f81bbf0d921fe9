"""The evaluation-tool rule: the completed tool kept together as one document."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode


class EvaluationToolWhole:
    """An evaluation tool sent in more files than rules.toml allows (split by element or page)."""

    name = "evaluation-tool-whole"
    description = "The evaluation tool split across several files."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one evaluation_tool_split per file) when the tool is in too many files."""
        files = ctx.labelled("evaluation_tool")
        if len(files) <= ctx.program.organisation.evaluation_tool_max_files:
            return False
        for f in files:
            ctx.add(
                ProblemCode.EVALUATION_TOOL_SPLIT,
                f.path,
                f"The evaluation tool came in {len(files)} files; keep it as one document.",
            )
        return True
