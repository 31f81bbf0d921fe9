"""The service loop: receive, process, reply, file; reconnect with backoff; stop cleanly.

One cycle runs every stage once: store new mail, process what is queued (in
slices, so replies go out while a backlog drains), settle replies a dead worker
left mid-send, send what is due, keep copies in Sent, file processed mail. Then
the loop waits for the server (IDLE, or polling), for a reply to fall due, or
to be stopped. Any failure - the mail server gone, the database unreachable, a
bug - ends the connection, not the service: it reconnects after a wait that
doubles up to ``[mailbox] reconnect_max_seconds``.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import random
import socket
import threading
import time
from datetime import timedelta

from imapclient import IMAPClient
from sqlalchemy.exc import SQLAlchemyError

from core.config import Settings
from core.errors import OperationalError, UserError
from intake.classify import Classifier, model_dir_for
from intake.ingest import ocr_cache
from intake.mailbox.connection import open_session
from intake.mailbox.file import file_processed
from intake.mailbox.folders import Folders
from intake.mailbox.receive import receive_new
from intake.mailbox.sent import SentFolder
from intake.ops import expiry, metrics
from intake.ops.health import LiveState
from intake.reply.question import Answerer
from intake.service.lock import ServiceLock
from intake.service.model_watch import ModelWatch
from intake.service.process import EnvironmentFailure, Processor
from intake.service.retrain import Retrainer
from intake.service.send import Relay, resolve_in_doubt, send_due
from intake.store import Store
from intake.store.helpers import utcnow
from intake.store.retention import purge
from intake.store.schema import SOURCE_IMAP

log = logging.getLogger(__name__)

IDLE_SLICE_SECONDS = 1.0
COPY_RETRY_SECONDS = 2.0  # how soon a worker tries again to copy replies to the Sent folder
STORE_CHECK_SECONDS = 5.0
BATCH_SECONDS = 10.0
PURGE_EVERY_SECONDS = 86400.0
_instances = itertools.count(1)


class IdleLost(ConnectionError):
    """The server closed the connection while the client was idling."""


class IntakeService:
    """Watches the COR mailbox until told to stop."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        classifier: Classifier,
        stop: threading.Event | None = None,
        *,
        live: LiveState | None = None,
        answerer: Answerer | None = None,
    ) -> None:
        self.settings = settings
        self.mailbox = settings.effective_mailbox
        self.smtp = settings.effective_smtp
        self.store = store
        self.stop = stop or threading.Event()
        instance = next(_instances)
        self.worker = f"{socket.gethostname()[:60]}:{os.getpid()}" + (
            f":{instance}" if instance > 1 else ""
        )
        # the name its heartbeat goes under: one per process, but one per host for the
        # short-lived `serve --once` runs (a cron job must not show as a new worker each time)
        self.beat_name = self.worker
        self.processor = Processor(settings, store, classifier, self.worker, answerer)
        self.relay = Relay(self.smtp)
        self.live = live or LiveState()
        self.cycles = 0
        self._wake = threading.Event()
        self._sqlite = store.engine.dialect.name == "sqlite"
        self._purged_at: float | None = None
        self.retrainer = Retrainer(settings, store, self._install_classifier)
        self._model_watch = ModelWatch(
            model_dir_for(settings), settings.classifier.review_threshold
        )
        self._copy_again_at: float | None = None  # Sent copies wait for the folders' lock
        self._refresh_at: float | None = None  # log in again with a fresh OAuth2 token then
        self._caught_up_to: int | None = None  # the UIDNEXT a skipped wait was for

    # -- one cycle ------------------------------------------------------------
    def wake(self) -> None:
        """Cut the current wait short (new mail from the inbound listener)."""
        self._wake.set()

    def cycle(self, client: IMAPClient | None) -> None:
        """One pass of every stage (CLIENT None: the mailbox is not watched)."""
        folders = Folders(client) if client is not None else None
        sent = SentFolder(client, folders, self.mailbox.sent_folder) if client and folders else None
        lock = f"mailbox:{self.mailbox.host}:{self.mailbox.username}:{self.mailbox.folder}"
        if client is not None:
            # one worker at a time works the mailbox's folders; the others process and send
            with self.store.exclusive(lock) as mine:
                if mine:
                    new = receive_new(
                        client,
                        self.store,
                        self.mailbox.folder,
                        self.mailbox.max_message_bytes,
                        first_start_days=self.mailbox.first_start_days,
                    )
                    if new:
                        metrics.MESSAGES_RECEIVED.labels(SOURCE_IMAP).inc(new)
        self.processor.process_all(stop=self.stop.is_set, budget_seconds=BATCH_SECONDS)
        resolve_in_doubt(
            self.store,
            self.smtp,
            sent.holds if sent is not None else None,
            older_than=self._in_doubt_after(),
            worker=self.worker,
            accepted=self.relay.unrecorded,
        )
        send_due(
            self.store,
            self.smtp,
            self.settings.intake.cor_address,
            worker=self.worker,
            relay=self.relay,
            stop=self.stop.is_set,
        )
        self.live.relay(self.relay.failures == 0)
        expiry.record(self.store, expiry.SMTP_CERTIFICATE, self.relay.certificate_expires)
        if client is not None and folders is not None and sent is not None:
            with self.store.exclusive(lock) as mine:
                # another worker works the folders now: come back soon for the copies of what
                # this one sent, rather than after a whole wait (they reached Sent a minute late)
                self._copy_again_at = self._copy_retry_at(mine=mine)
                if mine:
                    sent.keep_copies(self.store)
                    filed = file_processed(
                        client, self.store, action=self.mailbox.file_action, folders=folders
                    )
                    if filed:
                        metrics.MESSAGES_FILED.inc(filed)
        self._purge_when_due()
        self.retrainer.when_due()
        replaced = self._model_watch.replaced()  # `secor-intake train` put a new one in place
        if replaced is not None:
            self.processor.classifier = replaced
        self.store.ops.heartbeat(self.beat_name, self.cycles + 1)
        self.live.cycle_done()
        metrics.CYCLES.inc()
        self.cycles += 1

    def _copy_retry_at(self, *, mine: bool) -> float | None:
        """When to come back to copy sent replies to the Sent folder: soon when another worker
        held the folders (MINE false) and some copy waits, else at the next cycle as usual."""
        if mine or not self.store.outbox.uncopied(limit=1):
            return None
        return time.monotonic() + COPY_RETRY_SECONDS

    def _purge_when_due(self) -> None:
        """With [store] retention_days set, purge once a day (a failure never stops intake)."""
        days = self.settings.store.retention_days
        now = time.monotonic()
        if not days or (
            self._purged_at is not None and now - self._purged_at < PURGE_EVERY_SECONDS
        ):
            return
        self._purged_at = now
        try:
            with self.store.exclusive("retention") as mine:
                if mine:
                    purge(self.store, timedelta(days=days))
                    ocr_cache.prune(self.settings.data_dir, timedelta(days=days))
        except Exception:
            log.exception("the daily purge failed; it is tried again tomorrow")

    def _install_classifier(self, classifier: Classifier) -> None:
        """Use a retrained model that passed the gate from the next document on."""
        self.processor.classifier = classifier
        self._model_watch.seen()

    def _in_doubt_after(self) -> timedelta:
        """How old a 'sending' mark must be to be a dead worker's (SQLite: one service, so any)."""
        if self._sqlite:
            return timedelta(0)
        return timedelta(seconds=3 * self.smtp.timeout_seconds + 60)

    def _queued(self) -> bool:
        return bool(self.store.ops.queue_stats().queued)

    # -- waiting ------------------------------------------------------------------
    def _wake_at(self) -> float:
        """The monotonic time the next cycle is due at the latest."""
        deadline = time.monotonic() + self.mailbox.poll_seconds
        if self._copy_again_at is not None:
            deadline = min(deadline, self._copy_again_at)
        due = self.store.outbox.next_due_at()
        if due is not None:
            in_seconds = max(0.0, (due - utcnow()).total_seconds(), self.relay.wait_seconds())
            deadline = min(deadline, time.monotonic() + in_seconds)
        return deadline

    def _refresh_due(self) -> bool:
        """The OAuth2 token ends soon: log in again with a fresh one."""
        return self._refresh_at is not None and time.monotonic() >= self._refresh_at

    def _mail_arrived_meanwhile(self, selected: dict[bytes, object]) -> bool:
        """Mail came in while the cycle was busy (the server announced it then, not in IDLE)."""
        try:
            uidnext = int(str(selected.get(b"UIDNEXT")))
            uidvalidity = int(str(selected.get(b"UIDVALIDITY")))
        except ValueError:
            return False
        checkpoint = self.store.queue.checkpoint(self.mailbox.folder)
        if checkpoint is None or checkpoint.uidvalidity != uidvalidity:
            return False
        if uidnext - 1 <= checkpoint.last_uid or self._caught_up_to == uidnext:
            return False  # nothing new, or already went round for it (another worker's turn)
        self._caught_up_to = uidnext
        return True

    def _should_wake(self, deadline: float, last_check: list[float]) -> bool:
        if self.stop.is_set() or self._wake.is_set() or time.monotonic() >= deadline:
            return True
        if self._refresh_due():
            return True
        if time.monotonic() - last_check[0] >= STORE_CHECK_SECONDS:
            last_check[0] = time.monotonic()
            due = self.store.outbox.next_due_at()  # a reply staff wrote on the dashboard
            if due is not None and due <= utcnow() and self.relay.wait_seconds() == 0:
                return True
        return False

    def _wait(self, client: IMAPClient | None) -> None:
        """IDLE when the server offers it, else sleep; wake early to stop, send, or take mail."""
        deadline = self._wake_at()
        last_check = [time.monotonic()]
        if client is not None and self.mailbox.idle and client.has_capability("IDLE"):
            selected = client.select_folder(self.mailbox.folder)
            if self._mail_arrived_meanwhile(selected):
                self._wake.clear()
                return
            client.idle()
            quick_empty = 0
            try:
                while not self._should_wake(deadline, last_check):
                    started = time.monotonic()
                    responses = client.idle_check(timeout=IDLE_SLICE_SECONDS)
                    if any(_announces_change(r) for r in responses):
                        break
                    # imapclient returns [] at once when the server closed the connection
                    quick = not responses and time.monotonic() - started < IDLE_SLICE_SECONDS / 2
                    quick_empty = quick_empty + 1 if quick else 0
                    if quick_empty >= 3:
                        raise IdleLost("the server closed the connection during IDLE")
            finally:
                client.idle_done()
        else:
            while not self._should_wake(deadline, last_check):
                self.stop.wait(min(IDLE_SLICE_SECONDS, max(0.0, deadline - time.monotonic())))
        self._wake.clear()

    # -- the loop -----------------------------------------------------------------
    def _release_claims(self) -> int:
        """Requeue messages a dead worker left half done (with SQLite there is one worker)."""
        if self._sqlite:
            return self.store.queue.release_stale_claims(timedelta(0))
        minutes = self.settings.store.claim_timeout_minutes
        # besides this worker's previous life: a worker of this machine killed mid-message
        # (kill -9, a crash) has no process left, so its claim need not wait for the timeout
        dead = dead_on_this_host(self.store.queue.claimers())
        return self.store.queue.release_stale_claims(
            timedelta(minutes=minutes), workers=(self.worker, *dead)
        )

    def _connect(self) -> IMAPClient | None:
        if not self.mailbox.enabled:
            return None
        session = open_session(self.mailbox)
        client = session.client
        self._refresh_at = session.refresh_at
        expiry.record(self.store, expiry.IMAP_CERTIFICATE, session.certificate_expires)
        self.live.connection(True)
        log.info("watching %s on %s:%s", self.mailbox.folder, self.mailbox.host, self.mailbox.port)
        return client

    def run_forever(self) -> None:
        """Run until ``stop`` is set; survives server restarts, lost connections, a dead relay."""
        lock = ServiceLock(self.settings.data_dir).acquire() if self._sqlite else None
        try:
            self._loop()
        finally:
            if lock is not None:
                lock.release()
        log.info("intake service stopped")

    def _loop(self) -> None:
        backoff = 1.0
        connected_once = False
        while not self.stop.is_set():
            client: IMAPClient | None = None
            try:
                released = self._release_claims()
                if released:
                    log.info("put %d interrupted message(s) back in the queue", released)
                client = self._connect()
                while not self.stop.is_set():
                    self.cycle(client)
                    connected_once = True
                    backoff = 1.0
                    if self._refresh_due():
                        log.info("the OAuth2 token ends soon: logging in again with a fresh one")
                        break
                    if self._queued():
                        continue
                    self._wait(client)
            except UserError as exc:
                if not connected_once:
                    raise  # wrong credentials or settings at start: say so and exit
                self._failed("login refused", exc, backoff, error=True)
            except (OperationalError, IMAPClient.Error, OSError) as exc:
                self._failed("mailbox connection lost", exc, backoff)
            except (EnvironmentFailure, SQLAlchemyError) as exc:
                self._failed("store or disk unavailable", exc, backoff, error=True)
            except Exception as exc:  # a bug must not end a service meant to run for months
                log.exception("unexpected failure in the service loop")
                self._failed("unexpected failure", exc, backoff, error=True)
            finally:
                self.live.connection(False)
                if client is not None:
                    with contextlib.suppress(IMAPClient.Error, OSError):
                        client.logout()
                    with contextlib.suppress(IMAPClient.Error, OSError):
                        client.shutdown()
            if not self.stop.is_set():
                delay = backoff * random.uniform(0.7, 1.0)  # noqa: S311 - jitter, not a secret
                self.stop.wait(delay)
                backoff = min(self.mailbox.reconnect_max_seconds, backoff * 2)

    def _failed(
        self, what: str, exc: BaseException, backoff: float, *, error: bool = False
    ) -> None:
        metrics.IMAP_RECONNECTS.inc()
        self.live.connection(False, f"{what}: {type(exc).__name__}")
        (log.error if error else log.warning)(
            "%s (%s: %s); retrying in about %.0f s",
            what,
            type(exc).__name__,
            str(exc)[:200],
            backoff,
        )

    def run_once(self) -> None:
        """Run one cycle on a fresh connection (``secor-intake serve --once``)."""
        self.beat_name = f"{socket.gethostname()[:60]}:once"
        lock = ServiceLock(self.settings.data_dir).acquire() if self._sqlite else None
        try:
            self._release_claims()
            client = self._connect()
            try:
                self.cycle(client)
            finally:
                if client is not None:
                    client.logout()
        finally:
            if lock is not None:
                lock.release()


def _announces_change(response: tuple[object, ...]) -> bool:
    """Whether an IDLE response says the folder changed (or the server is leaving)."""
    words = {w for w in response if isinstance(w, bytes)}
    return bool(words & {b"EXISTS", b"RECENT", b"BYE"})


def dead_on_this_host(claimers: list[str]) -> list[str]:
    """The CLAIMERS ("host:pid[:n]") of this machine whose process no longer runs."""
    host = socket.gethostname()[:60]
    dead: list[str] = []
    for claimer in claimers:
        name, _, rest = claimer.partition(":")
        pid = rest.split(":", 1)[0]
        if name != host or not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            dead.append(claimer)
        except PermissionError:
            continue  # alive, another user's
    return dead
