"""The no-records rule: in a maintenance year an element is shown by its records."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode
from knowledge.labels import by_label


class RecordsPresent:
    """Maintenance-year elements that came with policies or procedures but no record."""

    name = "no-records"
    description = "A maintenance-year element with only directive documents."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when an element sent has no record (one problem, on its first file)."""
        if ctx.year != "maintenance":
            return False
        hit = False
        for label in ctx.program.required(ctx.year):
            if ctx.program.element_kind(label) != "operational":
                continue
            files = ctx.labelled(label)
            if files and not any(f.kind == "operational" for f in files):
                hit = True
                ctx.add(
                    ProblemCode.NO_RECORDS,
                    files[0].path,
                    f"{by_label()[label].title}: only policies or procedures, no records.",
                )
        return hit
