"""The element-folders rule: each document saved in its element's folder."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.problems import ProblemCode


class ElementFolders:
    """Files not inside any folder named for an element."""

    name = "element-folders"
    description = "Files outside the element folders."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one outside_element_folder per file) when a file is outside them."""
        organisation = ctx.program.organisation
        hit = False
        for f in ctx.files:
            if f.label in organisation.folder_exempt:
                continue
            if not any(organisation.is_element_folder(folder) for folder in f.document.folders):
                hit = True
                ctx.add(ProblemCode.OUTSIDE_ELEMENT_FOLDER, f.path, "Not inside an element folder.")
        return hit
