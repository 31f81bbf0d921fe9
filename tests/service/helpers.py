"""Shared pieces of the service tests: settings, a stub classifier, submissions, IMAP look-ups."""

from __future__ import annotations

import email
import errno
import itertools
import json
import mailbox
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

from core.config import Settings, load_settings
from intake.documents import Document
from intake.mailbox.receive import _enqueue as enqueue_as_received
from intake.prediction import Prediction
from intake.reply.question import Answerer
from intake.service.process import Processor
from intake.store import Store
from intake.store.rows import OutboxRow
from knowledge.labels import has_kind
from tests.conftest import free_port

KEYWORDS = {
    "policy": "policy",
    "hazard": "hazard_assessment",
    "practice": "safe_work_practices",
    "procedure": "safe_job_procedures",
    "rules": "company_rules",
    "ppe": "ppe",
    "maintenance": "maintenance",
    "training": "training_communication",
    "inspection": "inspections",
    "investigation": "investigations",
    "emergency": "emergency_planning",
    "statistics": "records_statistics",
    "contractor": "contracting_services",
}


class StubClassifier:
    """Labels a document by a keyword in its name: the classifier's boundary, faked for speed."""

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        out = []
        for doc in docs:
            name = doc.member_path.as_posix().lower()
            label = next((lab for key, lab in KEYWORDS.items() if key in name), "other")
            kind = "directive" if has_kind(label) else None
            out.append(Prediction(label, kind, 0.95))  # type: ignore[arg-type]
        return out


class CrashingClassifier(StubClassifier):
    """Raises on documents whose name says so (a message that keeps failing)."""

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        if any("explode" in d.member_path.as_posix() for d in docs):
            raise RuntimeError("classifier blew up")
        return super().predict(docs)


class DyingClassifier(StubClassifier):
    """Ends the whole process on a document of that name (a message that crashes the service)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        if any(self.name in d.member_path.as_posix() for d in docs):
            os._exit(70)
        return super().predict(docs)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def make_settings(tmp_path: Path, **sections: dict[str, object]) -> tuple[Settings, Path]:
    """Settings for a test: its own data folder, free ports, quick timings; the config file too."""
    base: dict[str, dict[str, object]] = {
        "paths": {"data_dir": str(tmp_path / "var")},
        "embedded": {"imap_port": free_port(), "smtp_port": free_port(), "seed_examples": False},
        "mailbox": {"poll_seconds": 0.5, "timeout_seconds": 10, "first_start_days": 0},
        "smtp": {"timeout_seconds": 10, "retry_initial_seconds": 0.2, "retry_max_seconds": 1.0},
        "links": {"enabled": False},
        "limits": {"ocr": False},
        "dashboard": {"port": free_port()},
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    lines: list[str] = []
    for name, values in base.items():
        lines.append(f"[{name}]")
        lines.extend(f"{k} = {toml_value(v)}" for k, v in values.items())
        lines.append("")
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines), "utf-8")
    return load_settings(path), path


def submission(
    sender: str, n: int, *, files: Sequence[str] = ("Health and safety policy.txt",)
) -> bytes:
    """A small employer email with text attachments named FILES."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = f"SECOR 2026 submission {n}"
    msg["Message-ID"] = make_msgid(idstring=f"sub{n}", domain=sender.rpartition("@")[2])
    msg.set_content(f"Hello, our SECOR submission number {n} is attached.\nThanks")
    for name in files:
        msg.add_attachment(
            f"{name}: signed by the owner, reviewed yearly.\n".encode(),
            maintype="text",
            subtype="plain",
            filename=name,
        )
    return msg.as_bytes()


@contextmanager
def imap(settings: Settings) -> Iterator[IMAPClient]:
    """A logged-in client to the mailbox the service reads."""
    box = settings.effective_mailbox
    client = IMAPClient(box.host, port=box.port, ssl=False, timeout=10)
    client.login(box.username, box.password.get_secret_value())
    try:
        yield client
    finally:
        try:
            client.logout()
        except Exception:
            client.shutdown()


def append(settings: Settings, messages: Sequence[bytes], folder: str = "INBOX") -> None:
    with imap(settings) as client:
        for raw in messages:
            client.append(folder, raw)


def folder_ids(settings: Settings) -> dict[str, list[str]]:
    """Message-IDs in every folder of the mailbox."""
    found: dict[str, list[str]] = {}
    with imap(settings) as client:
        for flags, _, name in client.list_folders():
            if b"\\Noselect" in flags:
                continue
            info = client.select_folder(name, readonly=True)
            if not int(info.get(b"EXISTS", 0)):
                found[name] = []
                continue
            uids = client.search("ALL")
            data = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            ids = []
            for item in data.values():
                head = next(v for k, v in item.items() if k.startswith(b"BODY[HEADER"))
                ids.append(
                    str(
                        email.message_from_bytes(head, policy=policy.default)["Message-ID"] or ""
                    ).strip()
                )
            found[name] = ids
    return found


def outbox_messages(settings: Settings) -> list[email.message.Message]:
    """What the employers' side (the hub's outbox) holds, repeats set aside excluded."""
    folder = settings.outbox_dir
    if not folder.exists():
        return []
    box = mailbox.Maildir(folder, create=False)
    return [
        email.message_from_bytes(box.get_bytes(k), policy=policy.default) for k in box.iterkeys()
    ]


def wait_for(check: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
    """Poll CHECK until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class ServiceThread:
    """An IntakeService running on a thread, stopped and joined on exit."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.errors: list[BaseException] = []
        self.thread = threading.Thread(target=self._run, name="service", daemon=True)

    def _run(self) -> None:
        try:
            self.service.run_forever()
        except BaseException as exc:
            self.errors.append(exc)

    def __enter__(self) -> ServiceThread:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.service.stop.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "the service did not stop"
        assert not self.errors, self.errors


def outbox_rows(store: Store) -> list[OutboxRow]:
    """Every recorded reply, submission by submission."""
    rows: list[OutboxRow] = []
    for sub in store.results.list_submissions():
        rows += store.results.submission_outbox(int(sub.id))
    return rows


_delivered = itertools.count(1)


def deliver(store: Store, settings: Settings, raw: bytes, answerer: Answerer | None = None) -> None:
    """Store RAW as the mailbox receiver does (its Message-ID and sender read from it), then
    let one processor take everything queued."""
    enqueue_as_received(store, "INBOX", 1, next(_delivered), raw, len(raw), checkpoint=False)
    Processor(settings, store, StubClassifier(), "w", answerer=answerer).process_all()  # type: ignore[arg-type]


class FullDiskClassifier(StubClassifier):
    """Raises the error a full disk gives (the machine's fault, not the message's)."""

    def predict(self, docs: Sequence[Document]) -> list[Prediction]:
        raise OSError(errno.ENOSPC, "No space left on device")
