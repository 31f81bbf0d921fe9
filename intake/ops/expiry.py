"""Early warnings: a password, token or TLS certificate that stops working soon.

The service records what it sees at login (the IMAP and SMTP servers' certificate
end dates) in the store's meta table, so the dashboard and /healthz of any process
sharing the store can warn; dates staff know in advance (a password or an app
secret that expires) come from ``credentials_expire_on`` in [mailbox] and [smtp].
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from core.config import Settings
from intake.store import Store

log = logging.getLogger(__name__)

PREFIX = "expiry:"
IMAP_CERTIFICATE = "imap_certificate"
SMTP_CERTIFICATE = "smtp_certificate"
# what each recorded or configured item is called in a warning
NAMES = {
    IMAP_CERTIFICATE: "the IMAP server's TLS certificate",
    SMTP_CERTIFICATE: "the SMTP relay's TLS certificate",
    "mailbox_credentials": "the mailbox password or OAuth2 credentials ([mailbox])",
    "smtp_credentials": "the SMTP password or OAuth2 credentials ([smtp])",
}


@dataclass(frozen=True)
class Expiry:
    """One thing that stops working at a known time."""

    key: str
    expires_at: datetime

    @property
    def name(self) -> str:
        """What it is, in words."""
        return NAMES.get(self.key, self.key)

    def days_left(self, now: datetime) -> float:
        """Days until it expires (negative: already expired)."""
        return (self.expires_at - now).total_seconds() / 86400

    def message(self, now: datetime) -> str:
        """One line for staff and monitoring."""
        days = self.days_left(now)
        when = self.expires_at.date().isoformat()
        if days < 0:
            return f"{self.name} expired on {when}"
        return f"{self.name} expires on {when} (in {days:.0f} days)"


def record(store: Store, key: str, expires_at: datetime | None) -> None:
    """Remember when KEY expires (seen at a login); never fails the caller."""
    if expires_at is None:
        return
    try:
        value = expires_at.astimezone(UTC).isoformat(timespec="seconds")
        if store.ops.get_meta(PREFIX + key) != value:
            store.ops.set_meta(PREFIX + key, value)
    except Exception:  # a warning aid: must not stop intake
        log.warning("could not record the expiry of %s", key, exc_info=True)


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


def known(store: Store, settings: Settings) -> list[Expiry]:
    """Everything with a known end: configured dates and what the service recorded."""
    items: list[Expiry] = []
    if settings.mailbox.credentials_expire_on is not None:
        items.append(Expiry("mailbox_credentials", _end_of(settings.mailbox.credentials_expire_on)))
    if settings.smtp.credentials_expire_on is not None:
        items.append(Expiry("smtp_credentials", _end_of(settings.smtp.credentials_expire_on)))
    for key in (IMAP_CERTIFICATE, SMTP_CERTIFICATE):
        value = store.ops.get_meta(PREFIX + key)
        if not value:
            continue
        try:
            items.append(Expiry(key, datetime.fromisoformat(value)))
        except ValueError:
            continue
    return items


def warnings(store: Store, settings: Settings, now: datetime | None = None) -> list[str]:
    """A line for each item expiring within ``[ops] expiry_warning_days`` (or expired)."""
    now = now or datetime.now(UTC)
    horizon = timedelta(days=settings.ops.expiry_warning_days)
    try:
        items = known(store, settings)
    except Exception:  # the store being down is reported elsewhere
        return []
    soon = sorted((i for i in items if i.expires_at - now <= horizon), key=lambda i: i.expires_at)
    return [i.message(now) for i in soon]
