"""The sample-allowance rule: more files for an element than the program asks for."""

from __future__ import annotations

from intake.checks.context import CheckContext, Tally
from knowledge.labels import element_labels, labels


class SampleAllowance:
    """Count each label's files against the allowance of rules.toml [sample_allowance]."""

    name = "sample-allowance"
    description = "More records or documents for an element than the program asks for."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (and fill ``tallies`` and ``over_submitted``) when a label passes its limit."""
        allowance = ctx.program.allowance
        required = set(ctx.program.required(ctx.year))
        elements = set(element_labels())
        # In a maintenance year directive documents are "not needed" (rule not-needed),
        # not counted against the allowance.
        count_directive = ctx.year != "maintenance"
        for label in labels():
            files = ctx.labelled(label)
            if not files:
                continue
            records = sum(1 for f in files if f.kind == "operational")
            directive = sum(1 for f in files if f.kind == "directive")
            limits: tuple[int | None, int | None, int | None]
            if label in elements:
                limits = (allowance.records_max, allowance.directive_max(label), None)
            else:
                limits = (None, None, allowance.files_max(label) if label in required else None)
            records_max, directive_max, files_max = limits
            reasons: list[str] = []
            if records_max is not None and records > records_max:
                reasons.append("records")
            if count_directive and directive_max is not None and directive > directive_max:
                reasons.append("directive")
            if files_max is not None and len(files) > files_max:
                reasons.append("files")
            ctx.tallies[label] = Tally(
                label, len(files), records, directive, records_max, directive_max, files_max,
                tuple(reasons),
            )  # fmt: skip
        ctx.over_submitted = [label for label, tally in ctx.tallies.items() if tally.over]
        return bool(ctx.over_submitted)
