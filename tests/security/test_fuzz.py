"""Fuzz targets (Hypothesis), bounded so `make test` spends a few seconds on them.

The email parser and the archive unpacker get mutated real inputs and raw bytes;
whatever they get, they return a result (problems, not exceptions) and write
nothing outside the work folder. The unpacker runs in-process here (the
worker's own collector), so a failure shows its traceback.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import LimitsSettings
from intake.ingest import parse_envelope
from intake.ingest.archives import ArchiveProblem, scan_tar
from intake.ingest.collect import Collector
from intake.ingest.mail import attachments, parse_message
from intake.sender_auth import judge, parse
from tests.security import hostile

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

_SEED_MAIL = hostile.email_with({"policy.pdf": b"%PDF-1.4", "a.zip": hostile.zip_of({"x": b"y"})})
_SEEDS = [
    hostile.zip_of({"Element 1/policy.txt": b"policy", "ppe.txt": b"ppe"}),
    hostile.plain_tar_gz({"hazard.txt": b"hazard assessment"}),
    gzip.decompress(hostile.plain_tar_gz({"a.txt": b"a"})),
    hostile.long_name_tar_gz(600, 600),
    hostile.pax_digits_tar_gz(40),
    _SEED_MAIL,
]


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    buf = bytearray(data)
    for position, value in edits:
        if buf:
            buf[position % len(buf)] = value
    return bytes(buf[: max(1, len(buf) - cut)])


mutated = st.builds(
    _mutate,
    st.sampled_from(_SEEDS),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 64),
)

_header_names = st.sampled_from(
    [
        "From",
        "Reply-To",
        "Subject",
        "Content-Type",
        "Content-Disposition",
        "Message-ID",
        "References",
        "Authentication-Results",
        "Content-Transfer-Encoding",
        "MIME-Version",
    ]
)
_header_values = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80
) | st.sampled_from(
    [
        "=?utf-8?b?RGFuYQ0KQmNjOiB4QHkuY29t?= <d@x.ca>",
        'multipart/mixed; boundary="b"',
        'attachment; filename="=?utf-8?q?=2E=2E=2Fa?="',
        "dña@x.ca",
        "<>",
        "base64",
    ]
)


@FUZZ
@given(
    headers=st.lists(st.tuples(_header_names, _header_values), max_size=8),
    body=st.binary(max_size=300) | mutated,
)
def test_fuzz_the_email_parser(headers: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    raw = head.encode("utf-8", "surrogateescape") + b"\r\n" + body
    envelope = parse_envelope(raw)
    assert envelope.sender is None or ("\n" not in envelope.sender and "@" in envelope.sender)
    for item in attachments(parse_message(raw), 1024):
        assert "/" not in item.name
    judge(envelope.auth_results, envelope.sender, ["mx.acsa.ca"])


@FUZZ
@given(st.text(max_size=200))
def test_fuzz_authentication_results(header: str) -> None:
    parsed = parse(header)
    assert parsed is None or parsed.authserv_id


_case = itertools.count()


@FUZZ
@given(
    data=mutated | st.binary(max_size=600),
    name=st.sampled_from(["sub.zip", "sub.tar.gz", "sub.tar", "sub.tgz", "fwd.eml", "x.gz"]),
)
def test_fuzz_the_archive_unpacker(tmp_path_factory: object, data: bytes, name: str) -> None:
    root = Path(str(tmp_path_factory.mktemp(f"fuzz{next(_case)}")))  # type: ignore[attr-defined]
    source = root / name
    source.write_bytes(data)
    limits = LimitsSettings(
        max_total_bytes=4 * 1024**2, max_file_bytes=1024**2, max_entries=50, ocr=False
    )
    work = root / "work"
    collector = Collector(work, limits, None, in_worker=True)
    collector.take_local(source, name, Path(name))  # type: ignore[arg-type]
    for doc in collector.documents:
        assert doc.stored_path is not None
        assert work.resolve() in doc.stored_path.resolve().parents
    outside = [p for p in root.rglob("*") if p != source and work not in (p, *p.parents)]
    assert outside == []


@FUZZ
@given(mutated | st.binary(max_size=2048))
def test_fuzz_the_tar_header_scan(data: bytes) -> None:
    with contextlib.suppress(ArchiveProblem):  # anything else is a bug
        scan_tar(io.BytesIO(data), 1024**2)
