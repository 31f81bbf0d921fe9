"""Issue 13, "unpacking runs in the service process" and "limits are per archive": each attack."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.config import LimitsSettings, LinksSettings
from intake.ingest import collect, ingest_email, ingest_path, mail
from intake.ingest.archives import ArchiveProblem, scan_tar
from intake.ingest.pool import close_pools, shared_pool
from intake.problems import ProblemCode
from tests.security import hostile


@pytest.fixture(scope="module", autouse=True)
def _stop_workers() -> Iterator[None]:
    yield
    close_pools()


@pytest.fixture
def limits() -> LimitsSettings:
    return LimitsSettings(
        max_total_bytes=64 * 1024**2, max_file_bytes=16 * 1024**2, extract_workers=1, ocr=False
    )


def _codes(problems: list[object]) -> list[str]:
    return [p.code.value for p in problems]  # type: ignore[attr-defined]


def test_a_huge_gnu_long_name_is_refused_from_its_header(
    tmp_path: Path, limits: LimitsSettings
) -> None:
    # declares a 300 MiB name (the audit's 8.2 GB case) but carries 1 KiB: the header decides
    path = tmp_path / "sub.tar.gz"
    path.write_bytes(hostile.long_name_tar_gz(300 * 1024**2, 1024))
    result = ingest_path(path, tmp_path / "work", limits)
    assert result.documents == []
    assert _codes(result.problems) == ["archive_limit"]
    assert "header" in result.problems[0].message


def test_a_long_name_that_is_present_is_refused_too(tmp_path: Path, limits: LimitsSettings) -> None:
    path = tmp_path / "sub.tar.gz"
    path.write_bytes(hostile.long_name_tar_gz(1024**2, 1024**2))  # 1 MiB name, about 1 KB gzipped
    assert path.stat().st_size < 8 * 1024
    result = ingest_path(path, tmp_path / "work", limits)
    assert _codes(result.problems) == ["archive_limit"]


def test_a_quadratic_pax_header_never_reaches_tarfile() -> None:
    payload = hostile.pax_digits_tar_gz(60_000)
    import gzip

    with pytest.raises(ArchiveProblem) as refused:
        scan_tar(io.BytesIO(gzip.decompress(payload)), 1024**3)
    assert refused.value.code is ProblemCode.CORRUPT_ARCHIVE


def test_a_quadratic_pax_header_costs_one_problem(tmp_path: Path, limits: LimitsSettings) -> None:
    path = tmp_path / "sub.tgz"
    path.write_bytes(hostile.pax_digits_tar_gz(60_000))
    assert path.stat().st_size < 2048
    result = ingest_path(path, tmp_path / "work", limits)
    assert [p.message.split("(")[-1] for p in result.problems] == ["a malformed extended header)"]


def test_a_good_tar_gz_is_still_unpacked_once(tmp_path: Path, limits: LimitsSettings) -> None:
    path = tmp_path / "sub.tar.gz"
    path.write_bytes(
        hostile.plain_tar_gz({"Element 1/policy.txt": b"Our health and safety policy"})
    )
    result = ingest_path(path, tmp_path / "work", limits)
    assert [d.path for d in result.documents] == [f"{path}!Element 1/policy.txt"]
    assert result.problems == []


def test_a_nested_email_is_parsed_in_the_worker_not_the_service(
    tmp_path: Path, limits: LimitsSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    inner = hostile.email_with({"policy.pdf": b"%PDF-1.4 not really"})
    raw = hostile.email_with({"forwarded.zip": hostile.zip_of({"old mail.eml": inner})})

    def refuse(_raw: bytes) -> None:
        raise AssertionError("a nested message was parsed in the service process")

    top = mail.parse_message(raw)
    monkeypatch.setattr(collect, "parse_message", refuse)
    monkeypatch.setattr(mail, "parse_message", lambda _raw: top)
    _, result = ingest_email(raw, tmp_path / "work", limits, LinksSettings(enabled=False))
    assert [d.path for d in result.documents] == ["forwarded.zip!old mail.eml!policy.pdf"]


def test_documents_are_limited_per_message_not_per_archive(
    tmp_path: Path, limits: LimitsSettings
) -> None:
    small = limits.model_copy(update={"max_documents": 5})
    zips = {
        f"part{z}.zip": hostile.zip_of(
            {f"doc{z}-{i}.txt": f"doc {z} {i}".encode() for i in range(3)}
        )
        for z in range(3)
    }
    raw = hostile.email_with(zips)
    _, result = ingest_email(raw, tmp_path / "work", small, LinksSettings(enabled=False))
    assert len(result.documents) == 5
    # one problem where the limit was hit, one for the zip not opened at all
    assert _codes(result.problems) == ["archive_limit", "archive_limit"]
    assert "part2.zip was not opened" in result.problems[1].message


def test_bytes_are_limited_per_message(tmp_path: Path, limits: LimitsSettings) -> None:
    small = limits.model_copy(update={"max_total_bytes": 3 * 1024**2, "max_ratio": 10_000.0})
    one = hostile.zip_of({"big.txt": b"a" * (2 * 1024**2)})
    raw = hostile.email_with(
        {"one.zip": one, "two.zip": hostile.zip_of({"more.txt": b"b" * (2 * 1024**2)})}
    )
    _, result = ingest_email(raw, tmp_path / "work", small, LinksSettings(enabled=False))
    assert len(result.documents) == 1
    assert "archive_limit" in _codes(result.problems)


def test_a_worker_past_its_cpu_time_is_ended(tmp_path: Path) -> None:
    script = "from intake.ingest.worker import _limit_cpu\n_limit_cpu(1)\nwhile True: pass\n"
    done = subprocess.run(
        [sys.executable, "-c", script], timeout=30, check=False, capture_output=True
    )
    assert done.returncode < 0  # ended by SIGXCPU (or SIGKILL at the hard limit)


def test_the_worker_gets_no_secrets(
    monkeypatch: pytest.MonkeyPatch, limits: LimitsSettings
) -> None:
    monkeypatch.setenv("SECOR_MAILBOX__PASSWORD", "hunter2")
    monkeypatch.setenv("SECOR_TELEGRAM__TOKEN", "123:abc")
    close_pools()
    pool = shared_pool(1, limits.extract_memory_mb)
    from intake.ingest.pool import Job

    pool.run(Job(path=Path(os.devnull), name="x.txt", opts={}), 30)
    [pid] = pool.pids()
    environ = Path(f"/proc/{pid}/environ").read_bytes()
    assert b"hunter2" not in environ and b"SECOR_" not in environ
    close_pools()


def test_a_compressed_tar_is_opened_by_tarfile_once(
    tmp_path: Path, limits: LimitsSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tarfile

    from intake.ingest.collect import Collector

    opened: list[object] = []
    real = tarfile.open

    def counting(*args: object, **kwargs: object) -> tarfile.TarFile:
        opened.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    path = tmp_path / "sub.tar.gz"
    path.write_bytes(hostile.plain_tar_gz({"policy.txt": b"Our policy"}))
    monkeypatch.setattr(tarfile, "open", counting)
    collector = Collector(tmp_path / "work", limits, None, in_worker=True)  # the worker's side
    collector.take_local(path, str(path), Path("sub.tar.gz"))  # type: ignore[arg-type]
    assert [d.name for d in collector.documents] == ["policy.txt"]
    assert len(opened) == 1  # no second parse to sniff the type (the 1.3 KB / 10 minute case)
