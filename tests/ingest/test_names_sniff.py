"""Member names, folder signals and file-type sniffing."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from intake.ingest.names import (
    archive_stem,
    is_junk,
    nested_member_path,
    safe_file_name,
    unsafe_reason,
)
from intake.ingest.sniff import Kind, sniff
from tests.ingest import builders as b


@pytest.mark.parametrize(
    "name",
    ["../x", "a/../../x", "/etc/passwd", "\\\\server\\share\\x", "C:\\x.txt", "c:x", "a\x00b"],
)
def test_unsafe_names(name: str) -> None:
    assert unsafe_reason(name)


@pytest.mark.parametrize("name", ["a/b.pdf", "Element 2\\FLHA.pdf", "..hidden/x", "a/..b"])
def test_safe_names(name: str) -> None:
    assert unsafe_reason(name) is None


def test_junk_and_stems() -> None:
    assert is_junk("__MACOSX/a/._x.pdf") and is_junk("x/.DS_Store") and is_junk("~$policy.docx")
    assert not is_junk("Element 1/policy.docx")
    assert archive_stem("SECOR 2026.tar.gz") == "SECOR 2026"
    assert archive_stem("Element 2.zip") == "Element 2"
    assert nested_member_path(PurePosixPath("Element 2.zip"), ("flha.pdf",)) == PurePosixPath(
        "Element 2/flha.pdf"
    )
    assert nested_member_path(
        PurePosixPath("SECOR 2026.zip"), ("Element 2", "x.pdf")
    ) == PurePosixPath("SECOR 2026/Element 2/x.pdf")
    assert safe_file_name("../../a:b.pdf") == "a_b.pdf"
    assert safe_file_name("..") == "file"


def test_text_that_starts_like_a_header_is_not_an_email(tmp_path: Path) -> None:
    note = b.write(tmp_path / "toolbox", b"Date: 2026-01-05\nSubject: ladders\nTo: crew\n\nNotes")
    saved = b.write(
        tmp_path / "message",
        b"Received: from a\nFrom: x@y\nTo: z@w\nSubject: s\nMessage-ID: <1@y>\n\nhello",
    )
    assert sniff(note)[0] is Kind.TEXT
    assert sniff(saved)[0] is Kind.EML


def test_office_files_and_zips_are_told_apart(tmp_path: Path) -> None:
    docx = b.write(tmp_path / "a.zip", b.docx_bytes(["x"]))
    plain = b.write(tmp_path / "b.docx", b.zip_bytes({"x.txt": b"x"}))
    assert sniff(docx)[0] is Kind.DOCX
    assert sniff(plain)[0] is Kind.ZIP
