"""The service loop: receive, process, reply, file; reconnect with backoff; stop cleanly."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from datetime import timedelta

from imapclient import IMAPClient

from intake.classify import Classifier
from intake.config import Settings
from intake.errors import OperationalError
from intake.mailbox.connection import connect
from intake.mailbox.file import ensure_folder, file_processed
from intake.mailbox.receive import receive_new
from intake.service.process import Processor
from intake.service.send import send_due
from intake.store import Store

log = logging.getLogger(__name__)

IDLE_SLICE_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 300.0


class IntakeService:
    """Watches the COR mailbox until told to stop."""

    def __init__(self, settings: Settings, store: Store, classifier: Classifier, stop: threading.Event | None = None) -> None:
        self.settings = settings
        self.mailbox = settings.effective_mailbox
        self.smtp = settings.effective_smtp
        self.store = store
        self.stop = stop or threading.Event()
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.processor = Processor(settings, store, classifier, self.worker)
        self.cycles = 0

    def cycle(self, client: IMAPClient) -> None:
        """One pass of every stage."""
        receive_new(client, self.store, self.mailbox.folder, self.mailbox.max_message_bytes)
        self.processor.process_all()
        sent = send_due(self.store, self.smtp, self.settings.intake.cor_address)
        if sent:
            self._keep_copies(client, sent)
        file_processed(client, self.store, action=self.mailbox.file_action)
        self.cycles += 1

    def _keep_copies(self, client: IMAPClient, sent: list[bytes]) -> None:
        try:
            ensure_folder(client, self.mailbox.sent_folder)
            for raw in sent:
                client.append(self.mailbox.sent_folder, raw, flags=[b"\\Seen"])
        except (IMAPClient.Error, OSError) as exc:
            log.warning("could not keep a copy in %s: %s", self.mailbox.sent_folder, exc)

    def _wait_for_mail(self, client: IMAPClient) -> None:
        """IDLE when the server offers it, else sleep; wake early to stop or to retry replies."""
        deadline = time.monotonic() + self.mailbox.poll_seconds
        if self.store.due_outgoing(limit=1) or self.store.unfiled():
            deadline = time.monotonic() + min(5.0, self.mailbox.poll_seconds)
        if self.mailbox.idle and client.has_capability("IDLE"):
            client.idle()
            try:
                while not self.stop.is_set() and time.monotonic() < deadline:
                    if client.idle_check(timeout=IDLE_SLICE_SECONDS):
                        break
            finally:
                client.idle_done()
        else:
            self.stop.wait(max(0.0, deadline - time.monotonic()))

    def _release_claims(self) -> int:
        """Requeue messages a dead worker left half done (with SQLite there is one worker)."""
        if self.store.engine.dialect.name == "sqlite":
            return self.store.release_stale_claims(timedelta(0))
        return self.store.release_stale_claims()

    def run_forever(self) -> None:
        """Run until ``stop`` is set; survives server restarts and dropped connections."""
        released = self._release_claims()
        if released:
            log.info("put %d interrupted message(s) back in the queue", released)
        backoff = 1.0
        while not self.stop.is_set():
            client: IMAPClient | None = None
            try:
                client = connect(self.mailbox)
                backoff = 1.0
                log.info("watching %s on %s:%s", self.mailbox.folder, self.mailbox.host, self.mailbox.port)
                while not self.stop.is_set():
                    self.cycle(client)
                    self._wait_for_mail(client)
            except (OperationalError, IMAPClient.Error, OSError) as exc:
                log.warning("mailbox connection lost (%s); retrying in %.0f s", type(exc).__name__, backoff)
                self.stop.wait(backoff)
                backoff = min(MAX_BACKOFF_SECONDS, backoff * 2)
            finally:
                if client is not None:
                    try:
                        client.logout()
                    except (IMAPClient.Error, OSError):
                        pass
        log.info("intake service stopped")

    def run_once(self) -> None:
        """Run one cycle on a fresh connection (``secor-intake serve --once``)."""
        self._release_claims()
        client = connect(self.mailbox)
        try:
            self.cycle(client)
        finally:
            client.logout()
