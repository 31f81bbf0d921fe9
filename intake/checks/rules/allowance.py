"""The sample-allowance rule: more records for an element than the page's sample example."""

from __future__ import annotations

from intake.checks.context import CheckContext, Tally
from knowledge.labels import element_labels


class SampleAllowance:
    """Count each element's records against rules.toml [sample_allowance].

    Only records are counted: the page gives an example for samples of records
    and no number for policies, practices, procedures or the legislation list.
    """

    name = "sample-allowance"
    description = "More records for an element than the program's sample example."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (and fill ``tallies`` and ``over_submitted``) when an element passes it."""
        records_max = ctx.program.allowance.records_max
        for label in element_labels():
            # a file we could not place is not counted for the element it may not be in
            files = [f for f in ctx.labelled(label) if not f.prediction.needs_review]
            if not files:
                continue
            records = sum(1 for f in files if f.kind == "operational")
            directive = sum(1 for f in files if f.kind == "directive")
            over = records > records_max
            ctx.tallies[label] = Tally(label, len(files), records, directive, records_max, over)
        ctx.over_submitted = [label for label, tally in ctx.tallies.items() if tally.over]
        return bool(ctx.over_submitted)
