"""Issue 13, "a forged sender takes over a submission": each attack, replayed on the processor."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from core.config import Settings
from intake.store import Store, open_store
from intake.store.schema import HELD
from tests.service.helpers import deliver, make_settings, outbox_rows

_uid = itertools.count(1)
OURS = "mx.acsa.ca"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    made = make_settings(tmp_path)[0]
    made.intake.trusted_authserv_ids = [OURS]
    return made


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = open_store(settings)
    yield opened
    opened.close()


def _mail(
    sender: str,
    files: list[str],
    *,
    reply_to: str | None = None,
    auth: str | None = None,
    subject: str = "SECOR 2026",
    in_reply_to: str | None = None,
) -> bytes:
    msg = EmailMessage()
    if auth:
        msg["Authentication-Results"] = auth
    msg["From"] = sender
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<m{next(_uid)}@sender.example>"
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content("Hello, the SECOR documents are attached.")
    for name in files:
        msg.add_attachment(
            f"{name} for our SECOR file.\n".encode(),
            maintype="text",
            subtype="plain",
            filename=name,
        )
    return msg.as_bytes()


def test_a_forged_follow_up_neither_joins_nor_learns_the_submission(
    settings: Settings, store: Store
) -> None:
    dana = "Dana <dana@birch-roofing.ca>"
    deliver(store, settings, _mail(dana, ["policy.txt", "hazard-secret-site.txt"]))
    [original] = store.results.list_submissions()
    forged = _mail(dana, ["evil.txt"], reply_to="attacker@evil.example")
    deliver(store, settings, forged)

    assert len(store.results.submission_files(int(original.id))) == 2  # nothing joined Dana's
    subs = {int(s.id): s for s in store.results.list_submissions()}
    [linked] = [s for s in subs.values() if s.id != original.id]
    full = store.results.get_submission(int(linked.id))
    assert full is not None and full.linked_to == original.id
    reply = store.results.submission_outbox(int(linked.id))[0]
    assert reply.recipient == "dana@birch-roofing.ca"  # never the attacker's Reply-To
    body = bytes(reply.raw).decode()
    for secret in (str(original.reference), "hazard-secret-site", "policy.txt", "Missing"):
        assert secret not in body


def test_an_authenticated_follow_up_joins_and_honours_reply_to(
    settings: Settings, store: Store
) -> None:
    dana = "dana@birch-roofing.ca"
    deliver(store, settings, _mail(dana, ["policy.txt"]))
    auth = f"{OURS}; dkim=pass header.d=birch-roofing.ca; dmarc=pass header.from=birch-roofing.ca"
    deliver(store, settings, _mail(dana, ["ppe.txt"], auth=auth, reply_to="office@elsewhere.ca"))
    [sub] = store.results.list_submissions()
    assert len(store.results.submission_files(int(sub.id))) == 2
    assert store.results.submission_outbox(int(sub.id))[-1].recipient == "office@elsewhere.ca"


def test_a_reply_to_our_own_reply_joins_by_thread(settings: Settings, store: Store) -> None:
    deliver(store, settings, _mail("dana@birch-roofing.ca", ["policy.txt"]))
    [sub] = store.results.list_submissions()
    ours = str(store.results.submission_outbox(int(sub.id))[0].message_id)
    deliver(store, settings, _mail("dana@birch-roofing.ca", ["ppe.txt"], in_reply_to=ours))
    assert len(store.results.list_submissions()) == 1
    assert len(store.results.submission_files(int(sub.id))) == 2


def test_a_dmarc_failure_gets_no_reply(settings: Settings, store: Store) -> None:
    auth = f"{OURS}; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=birch-roofing.ca"
    deliver(store, settings, _mail("dana@birch-roofing.ca", ["policy.txt"], auth=auth))
    assert outbox_rows(store) == []


def test_forged_mail_cannot_use_the_mailbox_as_a_spam_relay(
    settings: Settings, store: Store
) -> None:
    settings.intake.max_replies_per_recipient_per_day = 2
    for n in range(5):
        raw = _mail(
            f"Buy now {n} <sender{n}@spam.example>",
            [f"offer{n}.txt"],
            reply_to="victim@target.example",
        )
        deliver(store, settings, raw)
    assert all(row.recipient != "victim@target.example" for row in outbox_rows(store))
    for n in range(5):  # the victim as From: the cap holds
        deliver(store, settings, _mail("victim@target.example", [f"spam{n}.txt"], subject=f"s{n}"))
    to_victim = [r for r in outbox_rows(store) if r.recipient == "victim@target.example"]
    # over the cap, nothing goes out: the drafts wait in the dashboard for a coordinator
    assert len([r for r in to_victim if r.state != HELD]) == 2
    assert len([r for r in to_victim if r.state == HELD]) == 3
