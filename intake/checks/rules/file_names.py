"""The file-names rule: names that say what the document is."""

from __future__ import annotations

from pathlib import PurePosixPath

from intake.checks.context import CheckContext
from intake.problems import ProblemCode


class FileNames:
    """Files with a scanner's, camera's or program's default name."""

    name = "file-names"
    description = "Files named Scan_0012, IMG_1203, Document (3), Untitled and the like."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one generic_name per file) when a file's name says nothing of it."""
        organisation = ctx.program.organisation
        hit = False
        for f in ctx.files:
            if f.label == "other":
                continue
            if organisation.is_generic_name(PurePosixPath(f.document.name).stem):
                hit = True
                ctx.add(
                    ProblemCode.GENERIC_NAME,
                    f.path,
                    "The file name does not say what the document is.",
                )
        return hit
