"""The problem codes the rules of intake/checks make, defined once.

A re-check (after staff reclassify a file) drops the stored problems of these
codes and lets the rules make them again; every other code comes from the
receive stage and is kept. ``duplicate_file`` is made by both stages and kept.
"""

from __future__ import annotations

from intake.problems import ProblemCode

CHECK_STAGE_CODES: frozenset[ProblemCode] = frozenset(
    {
        ProblemCode.LOW_CONFIDENCE,
        ProblemCode.OUTSIDE_ELEMENT_FOLDER,
        ProblemCode.GENERIC_NAME,
        ProblemCode.RECORDS_COVERAGE,
        ProblemCode.NOT_NEEDED_THIS_YEAR,
        ProblemCode.NOT_SECOR_DOCUMENT,
        ProblemCode.NO_ATTACHMENTS,
        ProblemCode.NO_RECORDS,
        ProblemCode.EVALUATION_TOOL_SPLIT,
        ProblemCode.NONE_REPORTED,
        ProblemCode.RECORDS_SPAN,
        ProblemCode.COMBINED_DOCUMENT,
    }
)
