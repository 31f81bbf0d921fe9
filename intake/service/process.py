"""Process: turn one stored message into a triaged submission, a recorded reply and a folder.

A message is claimed (its attempt counted at once, so a crash mid-processing
counts too), run through the pipeline, and its result - submission, files,
reply and triage folder - stored in one transaction under the claim. A message
that fails ``max_attempts`` times, or never finishes that often, is set aside
for a person in Needs review; it never blocks the messages behind it.
"""

from __future__ import annotations

import errno
import logging
import shutil
import time
from collections.abc import Callable
from datetime import timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from sqlalchemy.exc import OperationalError as DatabaseUnavailable

from core.config import Settings
from core.errors import OperationalError
from core.logs import where
from intake.checks import detect_part
from intake.classify import Classifier
from intake.company import company_name
from intake.documents import Document, IngestResult
from intake.failures import Failure, failure_of
from intake.ingest import ingest_email, ocr_cache
from intake.ingest.progress import reporting
from intake.mailbox.receive import TOO_LARGE_HEADER
from intake.mailbox.triage_folders import triage_folder
from intake.mailbox.wire import wire_bytes
from intake.ops import metrics
from intake.pipeline import Triaged, build_report
from intake.prediction import Prediction
from intake.reply import reply_headers
from intake.reply.approval import needs_approval
from intake.reply.message import build_reply_message
from intake.reply.question import Answerer
from intake.report import Status
from intake.service.follow_up import remove_work_files, same_sender_follow_up, under_daily_cap
from intake.store import Store
from intake.store.helpers import ClaimLost, utcnow
from intake.store.progress import StoreProgress, clear_progress
from intake.store.rows import NewFile, NewReply, QueuedMessage, documents_of, prediction_of
from intake.store.schema import HELD, KIND_SUBMISSION, PENDING, REPLY_AUTO

log = logging.getLogger(__name__)

TEXT_KEPT = 100_000


def _previous_documents(
    store: Store, submission_id: int
) -> tuple[list[Document], dict[str, Prediction]]:
    """The documents a submission already holds, with the labels they have (staff's first)."""
    rows = store.results.submission_files(submission_id)
    return documents_of(rows), {row.sha256: prediction_of(row) for row in rows}


def _file_rows(triaged: Triaged, new_shas: set[str]) -> list[NewFile]:
    return [
        NewFile(
            path=doc.path,
            member_path=doc.member_path.as_posix(),
            sha256=doc.sha256,
            size=doc.size,
            stored_path=str(doc.stored_path) if doc.stored_path else None,
            label=pred.label,
            kind=pred.kind,
            confidence=pred.confidence,
            needs_review=pred.needs_review,
            text=doc.text[:TEXT_KEPT],
            covers=" ".join(pred.covers),
        )
        for doc, pred in zip(triaged.documents, triaged.predictions, strict=True)
        if doc.sha256 in new_shas
    ]


def _too_large(raw: bytes) -> str | None:
    """The size a too-large placeholder records, or None for a real message."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    if TOO_LARGE_HEADER.encode() not in head:
        return None
    value = BytesHeaderParser(policy=compat32).parsebytes(head + b"\r\n\r\n").get(TOO_LARGE_HEADER)
    return str(value or "?").strip()


class EnvironmentFailure(Exception):
    """Processing stopped for a reason outside the message (database, disk): retried later."""


# A full disk, a quota, a read-only or failing device: the machine's fault, never the email's.
STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})


def environment_failed(exc: BaseException) -> bool:
    """True when EXC is the environment's failure (store, disk), not the message's."""
    if isinstance(exc, DatabaseUnavailable | OperationalError):
        return True
    return isinstance(exc, OSError) and exc.errno in STORAGE_ERRNOS


class Processor:
    """Runs the pipeline on queued messages and stores what came out."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        classifier: Classifier,
        worker: str,
        answerer: Answerer | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.classifier = classifier
        self.worker = worker
        self.answerer = answerer  # the questions emails ask (None: left to a coordinator)

    def _workdir(self, message_id: int) -> Path:
        """Where one message's attachments are unpacked while it is processed."""
        return self.settings.data_dir / "work" / str(message_id)

    @property
    def _needs_review(self) -> str:
        return triage_folder(self.settings.mailbox.triage_prefix, Status.NEEDS_REVIEW)

    def process_all(
        self, *, stop: Callable[[], bool] | None = None, budget_seconds: float | None = None
    ) -> int:
        """Process queued messages until none is left (or STOP, or the time budget is spent)."""
        limit = self.settings.mailbox.max_attempts
        for row in self.store.queue.quarantine_exhausted(limit, self._needs_review):
            metrics.MESSAGES_QUARANTINED.inc()
            log.error(
                "message %d set aside for review: processing never finished in %d attempts",
                row,
                limit,
            )
        started = time.monotonic()
        count = 0
        # each message once a pass: one that failed is tried again on a later pass, not at
        # once (a full disk or a site that did not answer would use up every attempt in a second)
        taken: list[int] = []
        while not (stop is not None and stop()):
            if budget_seconds is not None and count and time.monotonic() - started > budget_seconds:
                break
            queued = self.store.queue.claim_next(self.worker, skip=taken)
            if queued is None:
                break
            taken.append(queued.id)
            self.process_one(queued)
            count += 1
        return count

    def process_one(self, queued: QueuedMessage) -> None:
        """Process one message; a failure is kept with its reason (set aside after the last try)."""
        started = time.monotonic()
        limit = self.settings.mailbox.max_attempts
        if queued.attempts > limit:
            self._quarantine(
                queued, f"processing never finished in {limit} attempts", Failure.NEVER_FINISHED
            )
            return
        try:
            self._process(queued)
        except ClaimLost:
            log.warning(
                "message %d was taken over by another worker; this result is dropped", queued.id
            )
            return
        except Exception as exc:
            if environment_failed(exc):
                # the environment failed, not the message: give the attempt back, let the loop
                # back off (a full disk must not use up every waiting email's attempts)
                self.store.queue.release_claim(queued.id, self.worker, refund=True)
                raise EnvironmentFailure(
                    f"{type(exc).__name__} while processing message {queued.id}"
                ) from exc
            metrics.PROCESSING_FAILURES.inc()
            last = queued.attempts >= limit
            # the message text of an exception may quote the document: the traceback only with -v
            log.error(
                "processing message %d failed (attempt %d of %d): %s",
                queued.id,
                queued.attempts,
                limit,
                where(exc),
            )
            log.debug("processing message %d failed", queued.id, exc_info=True)
            recorded = self.store.queue.fail_message(
                queued.id,
                f"{type(exc).__name__}: {exc}",
                quarantine=last,
                folder=self._needs_review,
                worker=self.worker,
                failure=failure_of(exc),
            )
            if last:  # set aside: its work files go (the stored email stays for a retry)
                shutil.rmtree(self._workdir(queued.id), ignore_errors=True)
            if last and recorded:
                metrics.MESSAGES_QUARANTINED.inc()
                log.error(
                    "message %d set aside for review after %d failed attempts", queued.id, limit
                )
            return
        finally:
            metrics.PROCESSING_SECONDS.observe(time.monotonic() - started)

    def _quarantine(self, queued: QueuedMessage, reason: str, failure: Failure) -> None:
        if self.store.queue.fail_message(
            queued.id,
            reason,
            quarantine=True,
            folder=self._needs_review,
            worker=self.worker,
            failure=failure,
        ):
            metrics.MESSAGES_QUARANTINED.inc()
            log.error("message %d set aside for review: %s", queued.id, reason)

    def _process(self, queued: QueuedMessage) -> None:
        raw = queued.raw_path.read_bytes()
        size = _too_large(raw)
        if size is not None:
            self._quarantine(
                queued,
                f"{size} bytes: larger than [mailbox] max_message_bytes (left on the server)",
                Failure.TOO_LARGE,
            )
            return
        workdir = self._workdir(queued.id)
        if workdir.exists():
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True)
        try:
            with (
                reporting(StoreProgress(self.store, queued.id)),
                ocr_cache.using(self.settings.data_dir),
            ):
                envelope, ingested = ingest_email(
                    raw, workdir, self.settings.limits, self.settings.links
                )
        finally:
            clear_progress(self.store, queued.id)
        submission_id = self.store.results.find_submission(envelope.sender, envelope.thread_ids)
        redelivery = False
        loaded: tuple[list[Document], dict[str, Prediction]] | None = None
        if submission_id is None:
            earlier = self.store.results.redelivered_to(queued.id)
            if earlier is not None:
                loaded = _previous_documents(self.store, earlier)
                known = {d.sha256 for d in loaded[0]}
                # the same email again only when it brings no file its first delivery did not
                if all(d.sha256 in known for d in ingested.documents):
                    submission_id, redelivery = earlier, True
                    log.info("message %d was delivered before: filed with it, no reply", queued.id)
        linked_to: int | None = None
        if (
            submission_id is None
            and envelope.sender
            and (ingested.documents or detect_part(envelope.subject) is not None)
        ):
            # A fresh email with the missing items, or "part 2 of 3": same sender, still open.
            # Only an authenticated sender joins it; anyone else's mail is linked for staff.
            since = utcnow() - timedelta(days=self.settings.intake.follow_up_days)
            submission_id, linked_to = same_sender_follow_up(
                self.store, envelope, since, self.settings.intake
            )

        previous: list[Document] = []
        labelled: dict[str, Prediction] = {}
        reference: str
        if submission_id is not None:
            previous, labelled = (
                loaded if redelivery and loaded else _previous_documents(self.store, submission_id)
            )
            existing = self.store.results.get_submission(submission_id)
            reference = str(existing.reference or "") if existing else ""
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
            merged=bool(previous) and bool(fresh),  # "thank you for the additional files"
            known=labelled,
            answerer=self.answerer,
        )
        report = triaged.report
        outgoing: NewReply | None = None
        hold_for_staff = False
        if report.reply is not None and envelope.sender and not redelivery:
            # The draft waits for a coordinator instead of going out when: the sender already
            # had a reply about this submission lately (a second question in the thread, or
            # a robot answering us), the daily cap is reached, or a message in a submission's
            # thread brought no new file (QA: "thank you for the additional files").
            joined_without_files = submission_id is not None and not fresh
            hold_for_staff = (
                not self._may_send(envelope.sender, submission_id, bool(fresh))
                or not under_daily_cap(self.store, report.reply.to, self.settings.intake)
                or (joined_without_files and report.submission.kind == KIND_SUBMISSION)
            )
            message = build_reply_message(
                report.reply, reply_headers(envelope, self.settings.intake), self.settings.intake
            )
            outgoing = NewReply(
                # one automatic reply per stored message, whatever happens to the processing
                dedupe_key=f"auto:message:{queued.id}",
                recipient=report.reply.to,
                subject=report.reply.subject,
                message_id=str(message["Message-ID"]),
                raw=wire_bytes(message.as_bytes()),
                kind=REPLY_AUTO,
            )
        held = outgoing is not None and (
            hold_for_staff or needs_approval(self.settings.intake.replies, report)
        )
        folder = triage_folder(self.settings.mailbox.triage_prefix, report.status)
        saved_id = self.store.results.save_result(
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
            worker=self.worker,
            linked_to=linked_to,
            kind=report.submission.kind,
            reply_state=HELD if held else PENDING,
            company=company_name(envelope, merged.documents),
        )
        remove_work_files(workdir, [d.stored_path for d in fresh if d.stored_path])
        metrics.MESSAGES_PROCESSED.labels(report.status.value).inc()
        log.info(
            "message %d -> submission %d: %s, %d file(s), reply %s",
            queued.id,
            saved_id,
            report.status.value,
            len(fresh),
            ("held for approval" if held else "recorded") if outgoing else "none",
        )

    def _may_send(self, sender: str, submission_id: int | None, has_new_files: bool) -> bool:
        """At most one automatic reply per sender per interval for the same submission,
        unless the message brought new files (a real follow-up)."""
        if submission_id is None or has_new_files:
            return True
        last = self.store.outbox.last_reply_at(sender, submission_id)
        interval = timedelta(hours=self.settings.intake.reply_interval_hours)
        return last is None or utcnow() - last >= interval
