"""`secor-intake triage --json` gives submission.kind (../shared/CONTRACT.md), end to end."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import REPO

BIN = Path(sys.executable).parent
INBOX = REPO / "examples" / "inbox"

pytestmark = pytest.mark.slow


def _eml(example: str, folder: Path) -> Path:
    data = tomllib.loads((INBOX / example / "message.toml").read_text("utf-8"))
    msg = EmailMessage()
    msg["From"] = data["from"]
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = data["subject"]
    msg["Message-ID"] = f"<{example}@example.test>"
    for name, value in (data.get("headers") or {}).items():
        msg[name] = value
    msg.set_content(data["body"])
    path = folder / f"{example}.eml"
    path.write_bytes(msg.as_bytes())
    return path


def _triage(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [str(BIN / "secor-intake"), "triage", str(path), "--json"],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout)
    return report


def test_a_question_email_is_a_question_with_an_answer(tmp_path: Path) -> None:
    report = _triage(_eml("03-question-no-attachment", tmp_path))
    submission = report["submission"]
    assert isinstance(submission, dict) and submission["kind"] == "question"
    assert report["status"] == "ignored" and report["missing"] == []
    reply = report["reply"]
    assert isinstance(reply, dict)
    body = " ".join(str(reply["body"]).split())
    assert body.startswith("Hello") and "You asked" in body
    assert "Where this comes from:" in body and "I count" not in body


def test_an_out_of_office_answer_is_an_automatic_reply_with_no_reply(tmp_path: Path) -> None:
    report = _triage(_eml("04-out-of-office", tmp_path))
    submission = report["submission"]
    assert isinstance(submission, dict) and submission["kind"] == "auto_reply"
    assert report["status"] == "ignored" and report["missing"] == []
    assert report["reply"] is None
