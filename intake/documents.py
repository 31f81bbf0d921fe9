"""What the receive stage hands on: documents with their bytes, path and text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from intake.problems import Problem


@dataclass
class Document:
    """One file of a submission, taken in and ready to classify.

    ``path`` is the contract's display path ("sub.zip!Element 2/FLHA.pdf");
    ``member_path`` is the path inside the submission as the employer organised
    it (folders kept), used for the folder and file-name signals;
    ``stored_path`` is the original bytes in the submission's work folder.
    """

    path: str
    member_path: PurePosixPath
    sha256: str
    size: int
    stored_path: Path | None = None
    text: str = ""
    media_type: str = "application/octet-stream"
    ocr: bool = False
    readable: bool = True  # False when its text could not be read: it never counts (issue 13)

    @property
    def name(self) -> str:
        """The file name, without folders."""
        return self.member_path.name

    @property
    def folders(self) -> tuple[str, ...]:
        """The folders above the file inside the submission, outermost first."""
        return self.member_path.parts[:-1]


@dataclass
class IngestResult:
    """Everything one submission yielded: its documents and its problems."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: IngestResult) -> None:
        """Append another result's documents and problems to this one."""
        self.documents.extend(other.documents)
        self.problems.extend(other.problems)
