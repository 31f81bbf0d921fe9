"""The embedded mailbox of `make run` keeps its folders and mail across restarts."""

from __future__ import annotations

from pathlib import Path

from imapclient import IMAPClient

from core.config import Settings
from intake.devstack.stack import ThreadedStack

RAW = b"From: a@example.com\r\nTo: cor@acsa.local\r\nSubject: kept\r\n\r\nbody\r\n"


def _login(settings: Settings) -> IMAPClient:
    box = settings.effective_mailbox
    client = IMAPClient(box.host, port=box.port, ssl=False, timeout=10)
    client.login(box.username, box.password.get_secret_value())
    return client


def test_folders_and_mail_survive_a_restart(settings: Settings) -> None:
    with ThreadedStack(settings):
        client = _login(settings)
        client.create_folder("Triage/Complete")
        client.append("Triage/Complete", RAW)
        client.append("INBOX", RAW)
        client.logout()
    assert (Path(settings.data_dir) / "mailbox").is_dir()
    with ThreadedStack(settings):
        client = _login(settings)
        names = {name for _, _, name in client.list_folders()}
        assert "Triage/Complete" in names
        client.select_folder("Triage/Complete")
        uids = client.search("ALL")
        assert len(uids) == 1
        body = client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
        assert b"Subject: kept" in body
        client.select_folder("INBOX")
        assert len(client.search("ALL")) == 1
        client.logout()


def test_a_wrong_password_is_refused(settings: Settings) -> None:
    with ThreadedStack(settings):
        box = settings.effective_mailbox
        client = IMAPClient(box.host, port=box.port, ssl=False, timeout=10)
        try:
            client.login(box.username, "not-the-password")
        except IMAPClient.Error:
            pass
        else:
            raise AssertionError("login with a wrong password was accepted")
        finally:
            client.shutdown()


def test_a_copied_message_keeps_its_content(settings: Settings) -> None:
    # pymap's maildir backend copied only the flags (intake/devstack/maildir_fix.py)
    with ThreadedStack(settings):
        client = _login(settings)
        client.append("INBOX", RAW)
        client.create_folder("Triage/Complete")
        client.select_folder("INBOX")
        client.copy(client.search("ALL"), "Triage/Complete")
        client.select_folder("Triage/Complete")
        uids = client.search("ALL")
        body = client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
        assert b"Subject: kept" in body
        client.logout()
