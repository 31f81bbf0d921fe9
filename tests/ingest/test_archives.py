"""Archives: structure kept, and every hostile shape stopped without escaping the work folder."""

from __future__ import annotations

import io
import struct
import tarfile
import time
import zipfile
import zlib
from pathlib import Path, PurePosixPath

import pytest

from core.config import LimitsSettings
from intake.documents import IngestResult
from intake.ingest import ingest_path
from intake.problems import ProblemCode
from tests.ingest import builders as b

POLICY = b.pdf_bytes(["Health and Safety Policy", "Signed by the owner"])
FLHA = b.pdf_bytes(["Field Level Hazard Assessment", "Site: Lot 22"])


def codes(result: IngestResult) -> list[ProblemCode]:
    return [p.code for p in result.problems]


def only_in_workdir(tmp_path: Path, workdir: Path, *inputs: Path) -> None:
    assert b.files_outside(tmp_path, [workdir, *inputs]) == []


def test_nested_zip_with_folders_and_duplicates(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    inner = b.zip_bytes({"flha.pdf": FLHA, "copy of policy.pdf": POLICY})
    archive = b.write(
        tmp_path / "SECOR 2026.zip",
        b.zip_bytes(
            {
                "Element 1/policy.pdf": POLICY,
                "Element 2.zip": inner,
                "Element 3/notes.txt": b"Safe work practice for ladders",
                "__MACOSX/Element 1/._policy.pdf": b"\x00\x05\x16\x07",
                "Element 3/.DS_Store": b"\x00\x00\x00\x01Bud1",
            }
        ),
    )
    result = ingest_path(archive, workdir, limits)
    paths = {d.path: d for d in result.documents}
    assert set(paths) == {
        f"{archive}!Element 1/policy.pdf",
        f"{archive}!Element 2.zip!flha.pdf",
        f"{archive}!Element 3/notes.txt",
    }
    assert paths[f"{archive}!Element 2.zip!flha.pdf"].member_path == PurePosixPath(
        "SECOR 2026/Element 2/flha.pdf"
    )
    policy = paths[f"{archive}!Element 1/policy.pdf"]
    assert policy.member_path == PurePosixPath("SECOR 2026/Element 1/policy.pdf")
    assert policy.folders == ("SECOR 2026", "Element 1")
    assert "Health and Safety Policy" in policy.text
    assert policy.stored_path is not None and policy.stored_path.read_bytes() == POLICY
    assert policy.size == len(POLICY) and len(policy.sha256) == 64
    assert codes(result) == [ProblemCode.DUPLICATE_FILE]
    assert result.problems[0].path == f"{archive}!Element 2.zip!copy of policy.pdf"
    only_in_workdir(tmp_path, workdir, archive)


def test_folder_input_keeps_relative_paths(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    folder = tmp_path / "Submission"
    b.write(folder / "Element 1" / "policy.pdf", POLICY)
    b.write(folder / "Element 2" / "forms.zip", b.zip_bytes({"flha.pdf": FLHA}))
    (folder / "link.pdf").symlink_to("/etc/passwd")
    result = ingest_path(folder, workdir, limits)
    by_path = {d.path: d.member_path for d in result.documents}
    assert by_path == {
        str(folder / "Element 1" / "policy.pdf"): PurePosixPath("Submission/Element 1/policy.pdf"),
        f"{folder / 'Element 2' / 'forms.zip'}!flha.pdf": PurePosixPath(
            "Submission/Element 2/forms/flha.pdf"
        ),
    }
    assert codes(result) == [ProblemCode.UNSAFE_PATH]


def test_single_file_path_is_shown_as_given(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    path = b.write(tmp_path / "FLHA.pdf", FLHA)
    result = ingest_path(path, workdir, limits)
    assert [d.path for d in result.documents] == [str(path)]
    assert result.documents[0].member_path == PurePosixPath("FLHA.pdf")


def test_zip_names_in_cp437_and_unflagged_utf8(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    cp437 = b.write(
        tmp_path / "a.zip", b.zip_with_raw_name("AAAAAAA.txt", "Élément.txt".encode("cp437"))
    )
    utf8 = b.write(tmp_path / "b.zip", b.zip_with_raw_name("BBBBBBBBB.txt", "Élément.txt".encode()))
    for archive in (cp437, utf8):
        result = ingest_path(archive, workdir / archive.stem, limits)
        assert [d.member_path.name for d in result.documents] == ["Élément.txt"]


def test_7z_tar_and_tgz_keep_folders(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    import py7zr

    seven = tmp_path / "sub.7z"
    with py7zr.SevenZipFile(seven, "w") as archive:
        archive.writestr(POLICY, "Element 1/policy.pdf")
    tgz = b.write(
        tmp_path / "sub.tar.gz", b.tar_bytes({"Element 2/flha.pdf": FLHA}, [], mode="w:gz")
    )
    plain = b.write(
        tmp_path / "sub2.tar", b.tar_bytes({"Element 5/rules.txt": b"Company rules list"}, [])
    )
    expected = {
        seven: "sub/Element 1/policy.pdf",
        tgz: "sub/Element 2/flha.pdf",
        plain: "sub2/Element 5/rules.txt",
    }
    for archive, member in expected.items():
        result = ingest_path(archive, workdir / archive.name, limits)
        assert [str(d.member_path) for d in result.documents] == [member], result.problems
        assert result.documents[0].text


def test_zip_bomb_stops_that_archive_only(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    bomb = b.zip_bytes({"zeros.bin": b"\x00" * (12 * 1024**2)})
    outer = b.write(
        tmp_path / "mail.zip",
        b.zip_bytes({"bomb.zip": bomb, "policy.pdf": POLICY}, compression=zipfile.ZIP_STORED),
    )
    result = ingest_path(outer, workdir, limits)
    assert [d.path for d in result.documents] == [f"{outer}!policy.pdf"]
    assert codes(result) == [ProblemCode.ARCHIVE_LIMIT]
    assert result.problems[0].path == f"{outer}!bomb.zip"
    written = sum(p.stat().st_size for p in workdir.rglob("*") if p.is_file())
    assert written < 4 * 1024**2


def test_lying_sizes_are_caught_while_streaming(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    data = bytearray(b.zip_bytes({"big.txt": b"A" * (3 * 1024**2)}))
    real = (3 * 1024**2).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(real, (100).to_bytes(4, "little")))
    archive = b.write(tmp_path / "liar.zip", bytes(data))
    result = ingest_path(archive, workdir, limits.model_copy(update={"max_ratio": 1000.0}))
    assert result.documents == [] or all(d.size <= 100 for d in result.documents)
    assert codes(result) and codes(result)[0] in (
        ProblemCode.CORRUPT_ARCHIVE,
        ProblemCode.ARCHIVE_LIMIT,
    )


def test_nested_zip_bomb(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    layer = b.zip_bytes({"zeros.bin": b"\x00" * (2 * 1024**2)})
    for level in range(3):
        layer = b.zip_bytes({f"part{i}-{level}.zip": layer + bytes([i]) for i in range(8)})
    archive = b.write(tmp_path / "42.zip", layer)
    started = time.monotonic()
    result = ingest_path(
        archive, workdir, limits.model_copy(update={"max_total_bytes": 16 * 1024**2})
    )
    assert time.monotonic() - started < 30
    assert ProblemCode.ARCHIVE_LIMIT in codes(result)
    written = sum(p.stat().st_size for p in workdir.rglob("*") if p.is_file())
    assert written < 24 * 1024**2


def test_nesting_depth_limit(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    layer = b.zip_bytes({"deep.txt": b"Inspection checklist at the bottom"})
    for level in range(6):
        layer = b.zip_bytes({f"level{level}.zip": layer})
    archive = b.write(tmp_path / "deep.zip", layer)
    result = ingest_path(archive, workdir, limits)
    assert result.documents == []
    assert codes(result) == [ProblemCode.ARCHIVE_LIMIT]
    assert "nested" in result.problems[0].message


def test_hundred_thousand_entries_is_refused_before_unpacking(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for i in range(100_000):
            archive.writestr(f"f{i}", b"")
    path = b.write(tmp_path / "many.zip", out.getvalue())
    started = time.monotonic()
    result = ingest_path(path, workdir, limits)
    assert time.monotonic() - started < 10
    assert result.documents == [] and codes(result) == [ProblemCode.ARCHIVE_LIMIT]
    assert "entries" in result.problems[0].message


def test_zip_slip_names_are_refused(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    archive = b.write(
        tmp_path / "slip.zip",
        b.zip_bytes(
            {
                "../../evil.txt": b"escape",
                "/etc/cron.d/evil": b"escape",
                "C:/Windows/evil.txt": b"escape",
                "..\\..\\evil2.txt": b"escape",
                "Element 1/ok.txt": b"Health and safety policy",
            }
        ),
    )
    result = ingest_path(archive, workdir, limits)
    assert [str(d.member_path) for d in result.documents] == ["slip/Element 1/ok.txt"]
    assert codes(result) == [ProblemCode.UNSAFE_PATH] * 4
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    only_in_workdir(tmp_path, workdir, archive)


def test_symlinks_and_devices_are_refused(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    link_zip = b.write(tmp_path / "link.zip", b.zip_symlink("passwd", "/etc/passwd"))
    tar = b.write(
        tmp_path / "links.tar",
        b.tar_bytes(
            {"ok.txt": b"Company rules and discipline"},
            [
                b.tar_special("sym", tarfile.SYMTYPE, "/etc/passwd"),
                b.tar_special("hard", tarfile.LNKTYPE, "ok.txt"),
                b.tar_special("dev", tarfile.CHRTYPE),
                b.tar_special("fifo", tarfile.FIFOTYPE),
            ],
        ),
    )
    zipped = ingest_path(link_zip, workdir / "z", limits)
    assert [d.member_path.name for d in zipped.documents] == ["ok.txt"]
    assert codes(zipped) == [ProblemCode.UNSAFE_PATH]
    tarred = ingest_path(tar, workdir / "t", limits)
    assert [d.member_path.name for d in tarred.documents] == ["ok.txt"]
    assert codes(tarred) == [ProblemCode.UNSAFE_PATH] * 4
    assert not any(p.is_symlink() for p in workdir.rglob("*"))


def test_encrypted_zip_and_7z(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    import py7zr

    locked_zip = b.write(tmp_path / "locked.zip", b.zip_encrypted_flag({"policy.pdf": POLICY}))
    locked_7z = tmp_path / "locked.7z"
    with py7zr.SevenZipFile(locked_7z, "w", password="secret") as archive:
        archive.writestr(POLICY, "policy.pdf")
    hidden_7z = tmp_path / "hidden.7z"
    with py7zr.SevenZipFile(hidden_7z, "w", password="secret", header_encryption=True) as archive:
        archive.writestr(POLICY, "policy.pdf")
    for archive_path in (locked_zip, locked_7z, hidden_7z):
        result = ingest_path(archive_path, workdir / archive_path.name, limits)
        assert result.documents == []
        assert codes(result) == [ProblemCode.ENCRYPTED_ARCHIVE], result.problems
        assert "password" in result.problems[0].message


@pytest.mark.parametrize("suffix", ["zip", "7z", "tar.gz"])
def test_truncated_archives_are_corrupt(
    tmp_path: Path, workdir: Path, limits: LimitsSettings, suffix: str
) -> None:
    import py7zr

    members = {"a.txt": b"Emergency response plan " * 2000, "b.txt": b"Drill record " * 2000}
    if suffix == "zip":
        data = b.zip_bytes(members)
    elif suffix == "7z":
        buffer = io.BytesIO()
        with py7zr.SevenZipFile(buffer, "w") as archive:
            for name, content in members.items():
                archive.writestr(content, name)
        data = buffer.getvalue()
    else:
        data = b.tar_bytes(members, [], mode="w:gz")
    path = b.write(tmp_path / f"cut.{suffix}", data[: len(data) // 2])
    result = ingest_path(path, workdir, limits)
    assert ProblemCode.CORRUPT_ARCHIVE in codes(result), result.problems


def test_rar_without_a_tool_asks_for_a_zip(
    tmp_path: Path, workdir: Path, limits: LimitsSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rarfile

    def no_tool() -> None:
        raise rarfile.RarCannotExec("no unrar")

    monkeypatch.setattr(rarfile, "tool_setup", no_tool)
    path = b.write(tmp_path / "sub.rar", b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64)
    result = ingest_path(path, workdir, limits)
    assert codes(result) == [ProblemCode.UNSUPPORTED_TYPE]
    assert "zip" in result.problems[0].message


def test_single_gzip_file(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    import gzip

    path = b.write(tmp_path / "policy.pdf.gz", gzip.compress(POLICY))
    result = ingest_path(path, workdir, limits)
    assert [d.path for d in result.documents] == [f"{path}!policy.pdf"]
    assert "Health and Safety Policy" in result.documents[0].text


def test_7z_asking_for_a_huge_dictionary_is_refused(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as archive:
        archive.set_encoded_header_mode(False)
        archive.writestr(POLICY, "policy.pdf")
    data = buffer.getvalue()
    coder = data.rfind(b"\x21\x21\x01")  # LZMA2 coder with a one-byte dictionary property
    assert coder > 0
    patched = bytearray(data[: coder + 3] + b"\x28" + data[coder + 4 :])  # 4 GiB dictionary
    offset, size = struct.unpack("<QQ", patched[12:28])
    header = patched[32 + offset : 32 + offset + size]
    patched[28:32] = struct.pack("<I", zlib.crc32(header))
    patched[8:12] = struct.pack("<I", zlib.crc32(bytes(patched[12:32])))
    path = b.write(tmp_path / "greedy.7z", bytes(patched))
    result = ingest_path(path, workdir, limits)
    assert result.documents == []
    assert codes(result) == [ProblemCode.ARCHIVE_LIMIT]


def test_deflate64_members_are_read(tmp_path: Path, workdir: Path, limits: LimitsSettings) -> None:
    text = " ".join(f"Inspection item {i} checked by the supervisor" for i in range(300)).encode()
    data = bytearray(b.zip_bytes({"inspection.txt": text}))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        assert data[at + offset] == zipfile.ZIP_DEFLATED
        data[at + offset] = 9  # Deflate64: a plain deflate stream without 258-byte matches is valid
    path = b.write(tmp_path / "windows.zip", bytes(data))
    result = ingest_path(path, workdir, limits)
    assert [d.text[:15] for d in result.documents] == ["Inspection item"]


@pytest.mark.slow
def test_no_member_name_escapes_the_work_folder(tmp_path: Path, limits: LimitsSettings) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    parts = st.sampled_from(["..", ".", "", "a", "C:", "\\", "/", "\x00", "b.txt", "~", "con"])
    names = st.lists(parts, min_size=1, max_size=6).map("/".join)
    names = names.filter(lambda n: bool(n.split("\x00", 1)[0]))  # zipfile cuts at NUL
    counter = iter(range(10_000))

    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.lists(names, min_size=1, max_size=5, unique_by=lambda n: n.split("\x00", 1)[0]))
    def check(member_names: list[str]) -> None:
        case = tmp_path / f"case{next(counter)}"
        case.mkdir()
        members = {name: f"file {i}".encode() for i, name in enumerate(member_names)}
        archive = b.write(case / "in.zip", b.zip_bytes(members))
        workdir = case / "work"
        ingest_path(archive, workdir, limits)
        assert (
            b.files_outside(
                tmp_path,
                [workdir, archive, *tmp_path.glob("case*/work"), *tmp_path.glob("case*/in.zip")],
            )
            == []
        )

    check()


@pytest.mark.parametrize("members", [{}, {"Element 1 - Policy/": b"", "Element 2/": b""}])
def test_an_archive_with_no_file_is_empty_not_silent(
    tmp_path: Path, workdir: Path, limits: LimitsSettings, members: dict[str, bytes]
) -> None:
    path = b.write(tmp_path / "SECOR 2026.zip", b.zip_bytes(members))
    result = ingest_path(path, workdir, limits)
    assert result.documents == []
    assert codes(result) == [ProblemCode.EMPTY_ARCHIVE], result.problems
    assert "no file" in result.problems[0].message


def test_an_archive_of_junk_or_unsafe_names_only_is_not_called_empty(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    path = b.write(tmp_path / "mac.zip", b.zip_bytes({"__MACOSX/._a.pdf": b"x", "../up.txt": b"x"}))
    result = ingest_path(path, workdir, limits)
    assert ProblemCode.EMPTY_ARCHIVE not in codes(result)


@pytest.mark.parametrize("data", [b"x", b"hello, this is not a zip at all", b"\x00\x01\x02" * 40])
def test_a_file_named_zip_that_is_no_archive_is_damaged(
    tmp_path: Path, workdir: Path, limits: LimitsSettings, data: bytes
) -> None:
    """A 1-byte 'Quick Fence SECOR.zip' was read as a text document and called not SECOR."""
    result = ingest_path(b.write(tmp_path / "Quick Fence SECOR.zip", data), workdir, limits)
    assert result.documents == []
    assert codes(result) == [ProblemCode.CORRUPT_ARCHIVE], result.problems


def test_a_word_file_renamed_zip_is_still_read(
    tmp_path: Path, workdir: Path, limits: LimitsSettings
) -> None:
    path = b.write(tmp_path / "policy.zip", b.docx_bytes(["Health and safety policy"]))
    result = ingest_path(path, workdir, limits)
    assert ProblemCode.CORRUPT_ARCHIVE not in codes(result)
