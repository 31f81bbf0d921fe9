"""The worked examples (examples/worked) give their expected report with the true labels.

The classifier is faked with the labels expected.json records for each file, so
this checks the rules and the examples together; the lead's end-to-end test runs
the same examples through ``secor-intake triage`` with the real model.
"""

from __future__ import annotations

import email
import hashlib
import io
import json
import zipfile
from datetime import date
from email.message import EmailMessage
from email.policy import default
from email.utils import parseaddr
from pathlib import Path, PurePosixPath
from typing import Any

import docx
import pypdfium2
import pytest

from core.config import IntakeSettings
from intake.checks import check_submission
from intake.documents import Document
from intake.envelope import Envelope
from intake.prediction import Prediction
from intake.reply import compose_reply
from intake.report import FileResult, SubmissionInfo, TriageReport

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "worked"
NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "expected.json").is_file())


def text_of(name: str, data: bytes) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    if suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(data)
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    return data.decode("utf-8")


def files_of(path: Path) -> tuple[Envelope | None, dict[str, bytes]]:
    """(the email, display path -> bytes) of an example's input."""
    if path.is_dir():
        return None, {
            p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()
        }
    if path.suffix == ".zip":
        return None, unzip(path.name, path.read_bytes())
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    name, address = parseaddr(str(message["From"]))
    body = message.get_body(("plain",))
    envelope = Envelope(
        sender=address,
        sender_name=name,
        subject=str(message["Subject"]),
        message_id=str(message["Message-ID"]),
        body=body.get_content() if body else "",
        headers={k.lower(): str(v) for k, v in message.items()},
    )
    found: dict[str, bytes] = {}
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        found.update(unzip(part.get_filename() or "", part.get_content()))
    return envelope, found


def unzip(name: str, data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            f"{name}!{i.filename}": archive.read(i) for i in archive.infolist() if not i.is_dir()
        }


@pytest.mark.parametrize("name", NAMES)
def test_worked_example(name: str) -> None:
    folder = EXAMPLES / name
    expected: dict[str, Any] = json.loads((folder / "expected.json").read_text("utf-8"))
    envelope, found = files_of(folder / expected["input"])
    assert set(found) == set(expected["files"]), "expected.json lists every file of the input"
    documents, predictions = [], []
    for path, data in found.items():
        truth = expected["files"][path]
        documents.append(
            Document(
                path=path,
                member_path=PurePosixPath(path.split("!")[-1]),
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                text=text_of(path, data),
            )
        )
        predictions.append(Prediction(truth["label"], truth["kind"], 0.95))
    outcome = check_submission(
        envelope=envelope,
        documents=documents,
        predictions=predictions,
        problems=[],
        year=None,
        today=date.fromisoformat(expected["today"]),
    )
    assert outcome.year == expected["year"]
    assert outcome.status.value == expected["status"]
    assert outcome.kind == expected["kind"]
    assert outcome.missing == expected["missing"]
    assert outcome.over_submitted == expected["over_submitted"]
    assert sorted({p.code.value for p in outcome.problems}) == expected["problem_codes"]
    report = TriageReport(
        submission=SubmissionInfo(year=outcome.year, reference="SECOR-2026-000001"),
        files=[
            FileResult(
                path=d.path, label=p.label, kind=p.kind, confidence=p.confidence, sha256=d.sha256
            )
            for d, p in zip(documents, predictions, strict=True)
        ],
        elements=outcome.elements,
        missing=outcome.missing,
        over_submitted=outcome.over_submitted,
        problems=outcome.problems,
        reply=None,
        status=outcome.status,
    )
    reply = compose_reply(
        envelope=envelope, report=report, outcome=outcome, settings=IntakeSettings()
    )
    assert (reply is not None) == expected["reply"]
