"""Fault injection: `secor-intake serve` killed with SIGKILL again and again, the IMAP server
restarted, the relay down for a while - and still every message is filed exactly once and
every sender gets exactly one reply.

The mail stack runs apart (``python -m intake.devstack``), as the department's servers would;
only the service dies. The kill times are random; the seed is printed so a failure can be
replayed with SECOR_FAULT_SEED.
"""

from __future__ import annotations

import mailbox
import os
import random
import signal
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from core.config import Settings
from intake.store import open_store, review
from tests.conftest import MODEL_DIR, REPO
from tests.service.helpers import folder_ids, imap, make_settings, outbox_messages, submission

pytestmark = pytest.mark.slow

MESSAGES = 30
KILLS = 14


def _wait_line(proc: subprocess.Popen[str], marker: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if marker in line:
            return
        if proc.poll() is not None:
            raise AssertionError(f"devstack exited: {line}")
    raise AssertionError("devstack did not get ready")


def _complete(settings: Settings) -> bool:
    store = open_store(settings)
    try:
        q = store.ops.queue_stats()
    finally:
        store.close()
    return (
        q.done + q.quarantined == MESSAGES
        and q.unfiled == 0
        and q.outbox_pending + q.outbox_sending == 0
        and q.outbox_uncopied == 0
    )


def _serve(config: Path, stub: bool, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "tests.service.serve_process", "--config", str(config)]
    if stub:
        command.append("--stub")
    with open(log, "ab") as out:
        return subprocess.Popen(
            command,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )


def test_kill_9_restarts_and_outages_lose_nothing_and_repeat_nothing(tmp_path: Path) -> None:
    seed = int(os.environ.get("SECOR_FAULT_SEED") or random.SystemRandom().randrange(1 << 30))
    print(f"fault seed {seed} (replay with SECOR_FAULT_SEED={seed})")
    rng = random.Random(seed)
    stub = not (MODEL_DIR / "secor.json").exists()
    settings, config = make_settings(
        tmp_path,
        classifier={"model_dir": str(MODEL_DIR)},
        mailbox={"max_attempts": 10, "poll_seconds": 0.5, "reconnect_max_seconds": 2},
        smtp={"retry_initial_seconds": 0.2, "retry_max_seconds": 1.0},
    )
    stack = subprocess.Popen(
        [sys.executable, "-m", "intake.devstack", "--config", str(config), "--imap-down", "2"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    logs = tmp_path / "serve.log"
    final: subprocess.Popen[bytes] | None = None
    try:
        _wait_line(stack, "devstack ready")
        senders = [f"owner{n}@roofer{n}.example" for n in range(MESSAGES)]
        originals = {}
        with imap(settings) as client:
            for n, sender in enumerate(senders):
                raw = submission(sender, n)
                originals[str(message_from_bytes(raw, policy=policy.default)["Message-ID"])] = (
                    sender
                )
                client.append("INBOX", raw)

        started = time.monotonic()
        for round_ in range(KILLS):
            proc = _serve(config, stub, logs)
            if round_ == 3:
                time.sleep(1.5)
                stack.send_signal(signal.SIGUSR1)  # the IMAP server restarts under the service
            if round_ in (5, 9):
                stack.send_signal(signal.SIGUSR2)  # the relay goes down (5) and comes back (9)
            time.sleep(rng.uniform(0.3, 3.0))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)

        final_log = tmp_path / "serve-final.log"
        final = _serve(config, stub, final_log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "watching INBOX" not in final_log.read_text():
            time.sleep(0.1)
        while time.monotonic() < deadline and not _complete(settings):
            time.sleep(0.3)
        assert _complete(settings), "the service did not finish the backlog after the faults"
        final.send_signal(signal.SIGTERM)
        assert final.wait(timeout=30) == 0, "serve did not stop cleanly on SIGTERM"
        elapsed = time.monotonic() - started

        folders = folder_ids(settings)
        assert folders["INBOX"] == []
        placed: dict[str, list[str]] = {}
        for name, ids in folders.items():
            if name.startswith("Triage/"):
                for mid in ids:
                    placed.setdefault(mid, []).append(name)
        assert sorted(placed) == sorted(originals), "a message is missing from the triage folders"
        assert all(len(where) == 1 for where in placed.values()), {
            m: w for m, w in placed.items() if len(w) > 1
        }

        replies = outbox_messages(settings)
        by_sender: dict[str, int] = {}
        for reply in replies:
            by_sender[str(reply["To"])] = by_sender.get(str(reply["To"]), 0) + 1
            assert originals[str(reply["In-Reply-To"])] == str(reply["To"])
        store = open_store(settings)
        try:
            quarantined = store.ops.queue_stats().quarantined
        finally:
            store.close()
        assert quarantined == 0
        assert by_sender == {s: 1 for s in senders}, "a sender got no reply, or more than one"
        sent_copies = folders["Sent"]
        assert len(sent_copies) == len(set(sent_copies)) == MESSAGES
        duplicates_dir = settings.outbox_dir / ".Duplicates"
        resent = (
            len(list(mailbox.Maildir(duplicates_dir, create=False).iterkeys()))
            if duplicates_dir.exists()
            else 0
        )
        print(
            f"{KILLS} kills, 1 IMAP restart, 1 relay outage: {MESSAGES} messages filed once, "
            f"{MESSAGES} replies, {resent} repeated submission(s) to the relay dropped by the "
            f"recipient's Message-ID check, {elapsed:.0f} s, "
            f"{'stub' if stub else 'trained'} classifier"
        )
        assert "Traceback" not in final_log.read_text(errors="replace")
    finally:
        if final is not None and final.poll() is None:
            final.kill()
        stack.send_signal(signal.SIGTERM)
        try:
            stack.wait(timeout=20)
        except subprocess.TimeoutExpired:
            stack.kill()
            stack.wait(timeout=10)
        if stack.stdout is not None:
            stack.stdout.close()


def test_a_message_that_crashes_the_service_is_set_aside_after_max_attempts(tmp_path: Path) -> None:
    settings, config = make_settings(tmp_path, mailbox={"max_attempts": 2})
    stack = subprocess.Popen(
        [sys.executable, "-m", "intake.devstack", "--config", str(config)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    logs = tmp_path / "serve.log"
    try:
        _wait_line(stack, "devstack ready")
        with imap(settings) as client:
            client.append(
                "INBOX", submission("dana@birchroofing.example", 1, files=("poison.txt",))
            )
            client.append("INBOX", submission("lee@cedarframing.example", 2))
        command = [
            sys.executable,
            "-m",
            "tests.service.serve_process",
            "--config",
            str(config),
            "--die-on",
            "poison",
        ]
        codes = []
        for _ in range(4):  # a supervisor (systemd) restarting the service each time it dies
            with open(logs, "ab") as out:
                proc = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 20
            while (
                proc.poll() is None and time.monotonic() < deadline and not _settled_two(settings)
            ):
                time.sleep(0.2)
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            codes.append(proc.wait(timeout=30))
            if _settled_two(settings):
                break
        assert codes[:2] == [70, 70] and codes[-1] == 0  # died twice on it, then set it aside
        folders = folder_ids(settings)
        assert len(folders["Triage/Needs review"]) == 1 and len(folders["Triage/Incomplete"]) == 1
        assert [str(m["To"]) for m in outbox_messages(settings)] == ["lee@cedarframing.example"]
        store = open_store(settings)
        try:  # the Failed page says it stopped the service, not a Python name
            _total, [set_aside] = review.quarantined(store)
            assert set_aside.failure == "never_finished"
        finally:
            store.close()
    finally:
        stack.send_signal(signal.SIGTERM)
        stack.wait(timeout=20)
        if stack.stdout is not None:
            stack.stdout.close()


def _settled_two(settings: Settings) -> bool:
    store = open_store(settings)
    try:
        q = store.ops.queue_stats()
    finally:
        store.close()
    return q.done == 1 and q.quarantined == 1 and not q.unfiled and not q.outbox_pending
