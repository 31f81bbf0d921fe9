"""The not-needed rule: directive documents resent in a maintenance year."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode
from knowledge.labels import labels

# Labels the pages do not call directive: the reply says only that we have them on file.
ON_FILE_ONLY = frozenset({"company_rules", "legislation"})


def _message(label: str) -> str:
    """What the problem says: no more than the pages do."""
    if label in ON_FILE_ONLY:
        return (
            "Maintenance year: we have this from the certification submission on file; "
            "it is needed again only if it changed."
        )
    return (
        "Maintenance year: ACSA refers to the directive documents (policies and processes) "
        "of the certification submission when they have not changed."
    )


class NotNeeded:
    """Policies, procedures and the legislation list sent in a maintenance year."""

    name = "not-needed"
    description = "Directive documents ACSA already holds, sent again in a maintenance year."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one not_needed_this_year per file) in a maintenance year with such files."""
        if ctx.year != "maintenance":
            return False
        required = set(ctx.program.required(ctx.year))
        hit: set[str] = set()
        for f in ctx.files:
            if f.label == "other" or f.prediction.needs_review:
                continue
            if f.label not in required or f.kind == "directive":
                hit.add(f.label)
                ctx.add(ProblemCode.NOT_NEEDED_THIS_YEAR, f.path, _message(f.label))
        if hit and ctx.program.resent_directive_is_over_submitted:
            over = set(ctx.over_submitted) | hit
            ctx.over_submitted = [label for label in labels() if label in over]
        return bool(hit)
