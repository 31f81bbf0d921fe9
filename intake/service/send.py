"""Reply: send recorded replies through the relay, at most once each, with backoff.

Each reply is recorded in the outbox before anything is sent. Sending one is:
mark it 'sending' (committed), hand it to the relay, mark it 'sent' (committed)
the moment the relay accepts it; its copy goes to the Sent folder afterwards.
A reply found still 'sending' (the service died between the relay's answer and
the store's commit, a window of about a millisecond) is looked up in the Sent
folder; if it is not there it is either sent again with the same Message-ID and
bytes (``[smtp] in_doubt = "resend"``: receiving services that drop repeats of a
Message-ID deliver it once) or held for staff (``"hold"``: never sent twice).
A reply's Date is set when it is first marked 'sending' (not when it was queued or
held for approval), in the recorded bytes, which every later attempt sends unchanged.
"""

from __future__ import annotations

import logging
import random
import smtplib
import time
from collections.abc import Callable, Collection
from datetime import datetime, timedelta

from core.config import SmtpSettings
from intake.mailbox.connection import certificate_expiry
from intake.mailbox.smtp import open_relay
from intake.mailbox.wire import wire_bytes, with_date
from intake.ops import metrics
from intake.store import Store
from intake.store.helpers import utcnow
from intake.store.rows import OutgoingMail

log = logging.getLogger(__name__)


def backoff(attempts: int, settings: SmtpSettings) -> timedelta:
    """The wait before try number ATTEMPTS + 1: doubling from the first delay, capped."""
    seconds = settings.retry_initial_seconds * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(settings.retry_max_seconds, seconds))


class Relay:
    """The SMTP relay, with a backoff of its own while it cannot be reached."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.failures = 0
        self._next_try = 0.0
        # replies the relay took whose 'sent' mark did not reach the store (it failed just then)
        self.unrecorded: set[int] = set()
        self.certificate_expires: datetime | None = None  # the relay's, seen at the last login
        self.last_failure: BaseException | None = None  # why it could not be used last time

    def wait_seconds(self) -> float:
        """How long until the relay may be tried again (0: now)."""
        return max(0.0, self._next_try - time.monotonic())

    def open(self) -> smtplib.SMTP:
        """Connect and log in; OSError or SMTPException when the relay cannot be used."""
        client = open_relay(self.settings)
        self.certificate_expires = certificate_expiry(client.sock) or self.certificate_expires
        return client

    def down(self) -> float:
        """The relay could not be reached: wait longer each time (with jitter); returns the wait."""
        self.failures += 1
        delay = backoff(self.failures, self.settings).total_seconds()
        delay *= random.uniform(0.8, 1.0)  # noqa: S311 - jitter, not a secret
        self._next_try = time.monotonic() + delay
        return delay

    def up(self) -> None:
        """The relay answered."""
        self.failures = 0
        self._next_try = 0.0
        self.last_failure = None

    def refused_login(self) -> bool:
        """Whether the relay refused the login of [smtp] username (configuration, not a fault)."""
        return isinstance(self.last_failure, smtplib.SMTPAuthenticationError)


def _too_old(mail: OutgoingMail, settings: SmtpSettings) -> bool:
    """Not taken by the relay within give_up_hours of becoming due (of being queued, or of
    being sent on by staff: the days a reply waited for approval do not count)."""
    since = mail.released_at or mail.created_at
    return since is not None and utcnow() - since > timedelta(hours=settings.give_up_hours)


NO_SMTPUTF8 = (
    "the address has non-ASCII characters and the relay does not offer SMTPUTF8 "
    "(RFC 6531); answer this employer by hand, or use a relay that supports it"
)


def utf8_options(client: smtplib.SMTP, recipient: str) -> list[str] | None:
    """MAIL FROM options for RECIPIENT: none for ASCII, SMTPUTF8 when offered, else None."""
    if recipient.isascii():
        return []
    client.ehlo_or_helo_if_needed()
    return ["SMTPUTF8"] if client.has_extn("smtputf8") else None


def _dated_now(raw: bytes) -> bytes:
    """A reply handed to the relay for the first time: dated now (see Outbox.claim_to_send)."""
    return with_date(raw, utcnow())


def send_due(
    store: Store,
    settings: SmtpSettings,
    sender_address: str,
    *,
    worker: str | None = None,
    relay: Relay | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[bytes]:
    """Send every reply that is due; returns the messages the relay accepted."""
    relay = relay or Relay(settings)
    for outbox_id in sorted(relay.unrecorded):
        store.outbox.mark_sent(
            outbox_id
        )  # known taken by the relay: recorded now, never sent again
        relay.unrecorded.discard(outbox_id)
    if relay.wait_seconds() > 0:
        return []
    due = store.outbox.due()
    if not due:
        return []
    for mail in [m for m in due if _too_old(m, settings)]:
        store.outbox.mark_failed(
            mail.id, f"the relay did not take it within {settings.give_up_hours:g} hours"
        )
        metrics.REPLIES_FAILED.inc()
        log.error(
            "reply %d given up: not accepted within %g hours", mail.id, settings.give_up_hours
        )
    due = [m for m in due if not _too_old(m, settings)]
    if not due:
        return []
    try:
        client = relay.open()
    except (OSError, smtplib.SMTPException) as exc:
        relay.last_failure = exc
        wait = relay.down()
        metrics.RELAY_ERRORS.inc()
        log.warning(
            "relay %s:%s unavailable (%s); %d reply(ies) wait, next try in %.0f s",
            settings.host,
            settings.port,
            type(exc).__name__,
            len(due),
            wait,
        )
        return []
    relay.up()
    sent: list[bytes] = []
    try:
        for mail in due:
            if stop is not None and stop():
                break
            raw = store.outbox.claim_to_send(mail.id, worker, first_send=_dated_now)
            if raw is None:
                continue
            attempts = mail.attempts + 1
            options = utf8_options(client, mail.recipient)
            if options is None:
                store.outbox.mark_failed(mail.id, NO_SMTPUTF8)
                metrics.REPLIES_FAILED.inc()
                log.error("reply %d not sent: %s", mail.id, NO_SMTPUTF8)
                continue
            try:
                client.sendmail(
                    sender_address, [mail.recipient], wire_bytes(raw), mail_options=options
                )
            except smtplib.SMTPRecipientsRefused as exc:
                codes = sorted({code for code, _ in exc.recipients.values()})
                if all(code >= 500 for code in codes) or attempts >= settings.max_attempts:
                    store.outbox.mark_failed(mail.id, f"recipient refused: {codes}")
                    metrics.REPLIES_FAILED.inc()
                else:
                    store.outbox.mark_retry(
                        mail.id, f"recipient deferred: {codes}", backoff(attempts, settings)
                    )
                continue
            except smtplib.SMTPResponseException as exc:
                if 500 <= exc.smtp_code < 600 or attempts >= settings.max_attempts:
                    store.outbox.mark_failed(mail.id, f"relay refused: {exc.smtp_code}")
                    metrics.REPLIES_FAILED.inc()
                else:
                    store.outbox.mark_retry(
                        mail.id, f"relay deferred: {exc.smtp_code}", backoff(attempts, settings)
                    )
                continue
            except (OSError, smtplib.SMTPException) as exc:
                # the connection broke mid-message; if it broke after the final dot the relay
                # may hold it: sent again with the same Message-ID (RFC 5321 6.1 accepts this)
                store.outbox.mark_retry(
                    mail.id, f"relay failed: {type(exc).__name__}", backoff(attempts, settings)
                )
                relay.down()
                break
            try:
                store.outbox.mark_sent(mail.id)
            except Exception:
                relay.unrecorded.add(mail.id)  # the store failed right after the relay took it
                raise
            metrics.REPLIES_SENT.inc()
            sent.append(raw)
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
    if sent:
        log.info("sent %d reply(ies)", len(sent))
    return sent


def resolve_in_doubt(
    store: Store,
    settings: SmtpSettings,
    in_sent_folder: Callable[[str], bool] | None,
    *,
    older_than: timedelta,
    worker: str | None = None,
    accepted: Collection[int] = (),
) -> int:
    """Settle replies left 'sending' by a dead worker; returns how many were settled.

    IN_SENT_FOLDER tells whether the Sent folder holds a Message-ID (None when the
    mailbox is not watched). ACCEPTED are replies this process saw the relay take.
    Found: it was sent. Not found: ``in_doubt`` decides.
    """
    settled = 0
    for mail in store.outbox.stuck_sending(older_than, worker=worker):
        if mail.id in accepted:
            store.outbox.mark_sent(mail.id)
        elif in_sent_folder is not None and in_sent_folder(mail.message_id):
            store.outbox.mark_sent(mail.id, copied=True)
            log.info("reply %d was interrupted after the relay took it (found in Sent)", mail.id)
        elif settings.in_doubt == "resend":
            store.outbox.mark_retry(
                mail.id,
                "interrupted while sending; sent again with the same Message-ID",
                timedelta(0),
            )
            metrics.REPLIES_IN_DOUBT.labels("resend").inc()
            log.warning(
                "reply %d was interrupted while sending: sending it again (same Message-ID)",
                mail.id,
            )
        else:
            store.outbox.mark_failed(
                mail.id,
                "interrupted while sending: the relay may or may not have taken it; "
                "check its log, then send it again from the dashboard if needed",
            )
            metrics.REPLIES_IN_DOUBT.labels("hold").inc()
            log.warning(
                "reply %d was interrupted while sending: held for staff ([smtp] in_doubt)", mail.id
            )
        settled += 1
    return settled
