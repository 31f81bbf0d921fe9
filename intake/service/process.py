"""Process: turn one stored message into a triaged submission, a recorded reply and a folder."""

from __future__ import annotations

import logging
import shutil
from datetime import timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from intake.classify import Classifier
from intake.config import Settings
from intake.documents import Document, IngestResult
from intake.ingest import ingest_email, parse_envelope
from intake.pipeline import Triaged, build_report
from intake.reply import reply_headers
from intake.report import Status
from intake.service.folders import triage_folder
from intake.service.outgoing import build_reply_message
from intake.store import Store
from intake.store.store import QueuedMessage, utcnow

log = logging.getLogger(__name__)

TEXT_KEPT = 100_000


def _previous_documents(store: Store, submission_id: int) -> list[Document]:
    """The documents a submission already holds, as the pipeline needs them for a re-check."""
    docs = []
    for row in store.submission_files(submission_id):
        docs.append(
            Document(
                path=row["path"],
                member_path=PurePosixPath(row["member_path"]),
                sha256=row["sha256"],
                size=row["size"],
                stored_path=Path(row["stored_path"]) if row["stored_path"] else None,
                text=row["text"],
            )
        )
    return docs


def _file_rows(triaged: Triaged, new_shas: set[str]) -> list[dict[str, Any]]:
    rows = []
    for doc, pred in zip(triaged.documents, triaged.predictions, strict=True):
        if doc.sha256 not in new_shas:
            continue
        rows.append(
            {
                "path": doc.path,
                "member_path": doc.member_path.as_posix(),
                "sha256": doc.sha256,
                "size": doc.size,
                "stored_path": str(doc.stored_path) if doc.stored_path else None,
                "label": pred.label,
                "kind": pred.kind,
                "confidence": pred.confidence,
                "needs_review": pred.needs_review,
                "text": doc.text[:TEXT_KEPT],
            }
        )
    return rows


class Processor:
    """Runs the pipeline on queued messages and stores what came out."""

    def __init__(self, settings: Settings, store: Store, classifier: Classifier, worker: str) -> None:
        self.settings = settings
        self.store = store
        self.classifier = classifier
        self.worker = worker

    def process_all(self) -> int:
        """Process queued messages until none is left; returns how many were processed."""
        count = 0
        while (queued := self.store.claim_next(self.worker)) is not None:
            self.process_one(queued)
            count += 1
        return count

    def process_one(self, queued: QueuedMessage) -> None:
        """Process one message; on failure keep it with its reason (quarantine after the last try)."""
        try:
            self._process(queued)
        except Exception as exc:
            last = queued.attempts >= self.settings.mailbox.max_attempts
            log.exception("processing message %d failed (attempt %d)", queued.id, queued.attempts)
            self.store.fail_message(
                queued.id,
                f"{type(exc).__name__}: {exc}",
                quarantine=last,
                folder=triage_folder(self.settings.mailbox.triage_prefix, Status.NEEDS_REVIEW),
            )

    def _process(self, queued: QueuedMessage) -> None:
        raw = queued.raw_path.read_bytes()
        envelope = parse_envelope(raw)
        submission_id = self.store.find_submission(envelope.sender, envelope.thread_ids)
        workdir = self.settings.data_dir / "work" / str(queued.id)
        if workdir.exists():
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True)
        envelope, ingested = ingest_email(raw, workdir, self.settings.limits, self.settings.links)

        previous: list[Document] = []
        reference: str
        if submission_id is not None:
            previous = _previous_documents(self.store, submission_id)
            existing = self.store.get_submission(submission_id)
            reference = str(existing["reference"]) if existing else ""
        else:
            reference = f"{self.settings.intake.reference_prefix}-{utcnow():%Y}-{queued.id:06d}"
        known = {d.sha256 for d in previous}
        fresh = [d for d in ingested.documents if d.sha256 not in known]
        merged = IngestResult(documents=previous + fresh, problems=list(ingested.problems))
        triaged = build_report(
            settings=self.settings,
            classifier=self.classifier,
            envelope=envelope,
            ingested=merged,
            year=None,
            reference=reference,
        )
        report = triaged.report
        outgoing = None
        if report.reply is not None and envelope.sender and self._may_send(envelope.sender, submission_id, bool(fresh)):
            message = build_reply_message(
                report.reply, reply_headers(envelope, self.settings.intake), self.settings.intake
            )
            outgoing = {
                "dedupe_key": f"auto:{queued.mailbox}:{queued.uidvalidity}:{queued.uid}",
                "recipient": report.reply.to,
                "subject": report.reply.subject,
                "message_id": str(message["Message-ID"]),
                "raw": message.as_bytes(),
                "kind": "auto",
            }
        folder = triage_folder(self.settings.mailbox.triage_prefix, report.status)
        saved_id = self.store.save_result(
            message_row=queued.id,
            submission_id=submission_id,
            reference=reference,
            report=report.to_json_dict(),
            sender=envelope.sender,
            subject=envelope.subject,
            year=report.submission.year,
            status=report.status.value,
            thread_ids=[envelope.message_id] if envelope.message_id else [],
            file_rows=_file_rows(triaged, {d.sha256 for d in fresh}),
            folder=folder,
            reply=outgoing,
        )
        log.info(
            "message %d -> submission %d: %s, %d file(s), reply %s",
            queued.id, saved_id, report.status.value, len(fresh), "recorded" if outgoing else "none",
        )

    def _may_send(self, sender: str, submission_id: int | None, has_new_files: bool) -> bool:
        """At most one automatic reply per sender per interval for the same submission,
        unless the message brought new files (a real follow-up)."""
        if submission_id is None or has_new_files:
            return True
        last = self.store.last_reply_at(sender, submission_id)
        interval = timedelta(hours=self.settings.intake.reply_interval_hours)
        return last is None or utcnow() - last >= interval
