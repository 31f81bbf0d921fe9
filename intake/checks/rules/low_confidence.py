"""The low-confidence rule: files the classifier was not sure of go to a person."""

from __future__ import annotations

from intake.checks.context import CheckContext, FileView
from intake.problems import ProblemCode
from knowledge.labels import by_label
from knowledge.path_signals import contradicted_folder


class LowConfidence:
    """Files whose label the classifier flagged for review."""

    name = "low-confidence"
    description = "Files the classifier could not place with confidence."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one low_confidence problem per file) when any file needs review."""
        hit = False
        for f in ctx.files:
            # a manual in one file is the combined-document rule's (it is not unplaced)
            if f.prediction.needs_review and not f.prediction.covers:
                hit = True
                ctx.add(ProblemCode.LOW_CONFIDENCE, f.path, self._message(f))
        return hit

    @staticmethod
    def _message(f: FileView) -> str:
        """Why the file waits for a person: its folder and its content disagree, or unsure."""
        titles = by_label()
        folder = contradicted_folder(f.document.folders, f.label)
        if folder is not None:
            return (
                f"In the folder '{folder.evidence}' ({titles[folder.label].title}), but it reads "
                f"like {titles[f.label].title}; a person checks where it belongs."
            )
        if f.prediction.source == "folder":
            return (
                f"Kept in {titles[f.label].title} as its folder says, but its content reads "
                "more like another element; a person checks where it belongs."
            )
        return (
            f"Not sure which element this file belongs to (best guess: "
            f"{titles[f.label].title}, {f.prediction.confidence:.0%})."
        )
