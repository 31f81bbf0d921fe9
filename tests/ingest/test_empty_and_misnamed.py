"""An empty file, and a file whose name promises a format its bytes are not, are named as such."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake.ingest.readers import ReadOptions, read_file
from intake.problems import ProblemCode


@pytest.mark.parametrize("name", ["Safety policy.docx", "sub.zip", "notes.txt"])
def test_an_empty_file_is_asked_for_again(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    result = read_file(path, ReadOptions())
    assert result.code is ProblemCode.UNREADABLE_FILE
    assert result.message.startswith("is empty (0 bytes)")
    assert "send it again" in result.message


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("FLHA March.pdf", b"x", "PDF"),
        ("Inspection.pdf", os.urandom(3000).replace(b"%PDF", b"%pdf"), "PDF"),
        ("IMG_2041.jpg", b"not a photo at all", "photo"),
        ("Rules.docx", b"Company rules: no phones on the roof", "Word document"),
    ],
)
def test_a_name_that_promises_a_format_the_bytes_are_not(
    tmp_path: Path, name: str, data: bytes, what: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = read_file(path, ReadOptions())
    assert result.code is ProblemCode.UNREADABLE_FILE
    assert result.message.startswith(f"is named as a {what} but is not one inside")


def test_a_text_file_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "toolbox talk.txt"
    path.write_text("Toolbox talk: ladders. Signed by the crew.", "utf-8")
    result = read_file(path, ReadOptions())
    assert result.code is None and "ladders" in result.text
