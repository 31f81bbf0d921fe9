"""Benchmark the intake service: drain a backlog of small submissions from a real IMAP mailbox.

Starts the embedded mail stack, puts N small email submissions into the mailbox,
runs ``secor-intake serve`` against it as a separate process, and measures the time
until every message is processed, replied to (through the SMTP hub), copied to
Sent and filed. Prints messages per minute and the service's peak resident memory.

    .venv/bin/python bench/bench_service.py            # 500 messages, the trained model
    .venv/bin/python bench/bench_service.py --stub     # without the model (service overhead only)
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from core.config import Settings, load_settings  # noqa: E402
from intake.devstack.stack import ThreadedStack  # noqa: E402
from intake.store import open_store  # noqa: E402

FILES = ("Health and safety policy.txt", "FLHA March hazard assessment.txt", "Training records.txt")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _submission(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"owner{n}@roofer{n % 97}.example"
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = f"SECOR 2026 submission {n}"
    msg["Message-ID"] = f"<bench-{n}@roofer{n % 97}.example>"
    msg.set_content("Hello, our SECOR documents are attached.\nThanks")
    for name in FILES:
        text = f"{name}\nCompany {n}. Signed by the owner. Reviewed with all workers on site.\n" * 5
        msg.add_attachment(text.encode(), maintype="text", subtype="plain", filename=name)
    return msg.as_bytes()


def _config(folder: Path, model_dir: Path) -> Path:
    path = folder / "config.toml"
    path.write_text(
        f"""[paths]
data_dir = "{folder / "var"}"
[embedded]
imap_port = {_free_port()}
smtp_port = {_free_port()}
seed_examples = false
[mailbox]
poll_seconds = 1.0
first_start_days = 0
[links]
enabled = false
[classifier]
model_dir = "{model_dir}"
""",
        "utf-8",
    )
    return path


def _done(settings: Settings, n: int) -> bool:
    store = open_store(settings)
    try:
        q = store.ops.queue_stats()
    finally:
        store.close()
    return (
        q.done + q.quarantined == n
        and q.unfiled == 0
        and q.outbox_pending + q.outbox_sending == 0
        and q.outbox_uncopied == 0
    )


def _rss(proc: psutil.Process) -> tuple[int, int]:
    """The process's resident memory, and with its children (the extraction workers)."""
    try:
        own = proc.memory_info().rss
        kids = sum(c.memory_info().rss for c in proc.children(recursive=True))
    except psutil.Error:
        return 0, 0
    return own, own + kids


def worker(config: Path, stub: bool) -> int:
    """The service process (what ``secor-intake serve`` runs, optionally without the model)."""
    import logging

    from intake.commands import serve

    if stub:
        from intake.prediction import Prediction

        class Stub:
            def predict(self, docs: object) -> list[Prediction]:
                return [Prediction("policy", "directive", 0.9) for _ in docs]  # type: ignore[attr-defined]

        serve.load_classifier = lambda settings: Stub()  # type: ignore[assignment,return-value]
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    parser = argparse.ArgumentParser(prog="secor-intake")
    serve.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    args.verbose = False
    settings = load_settings(config)
    settings.ops.log_format = "text"
    return serve.run(args, settings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Drain a backlog of N small submissions through the intake service "
        "and print messages per minute and peak memory."
    )
    parser.add_argument("--messages", type=int, default=500, help="backlog size (default 500)")
    parser.add_argument("--stub", action="store_true", help="a stub instead of the trained model")
    parser.add_argument("--worker", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        return worker(args.worker, args.stub)

    model_dir = REPO / "var" / "model"
    stub = args.stub or not model_dir.is_dir()
    with tempfile.TemporaryDirectory(prefix="secor-bench-") as tmp:
        config = _config(Path(tmp), model_dir)
        settings = load_settings(config)
        with ThreadedStack(settings):
            from imapclient import IMAPClient

            box = settings.effective_mailbox
            client = IMAPClient(box.host, port=box.port, ssl=False, timeout=60)
            client.login(box.username, box.password.get_secret_value())
            t0 = time.monotonic()
            for start in range(0, args.messages, 50):
                batch = range(start, min(args.messages, start + 50))
                client.multiappend("INBOX", [_submission(n) for n in batch])
            client.logout()
            loaded = time.monotonic() - t0
            print(f"backlog: {args.messages} messages in the mailbox ({loaded:.1f} s to load)")
            command = [sys.executable, __file__, "--worker", str(config)]
            command += ["--stub"] if stub else []
            started = time.monotonic()
            log = Path(tmp) / "service.log"
            with open(log, "wb") as out:
                proc = subprocess.Popen(
                    command,
                    cwd=REPO,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                )
            ps = psutil.Process(proc.pid)
            peak_own = peak_all = 0
            last_report = started
            try:
                while not _done(settings, args.messages):
                    if proc.poll() is not None:
                        tail = log.read_text(errors="replace")[-3000:]
                        print(f"the service exited early:\n{tail}", file=sys.stderr)
                        return 1
                    own, total = _rss(ps)
                    peak_own, peak_all = max(peak_own, own), max(peak_all, total)
                    if time.monotonic() - last_report > 15:
                        last_report = time.monotonic()
                        store = open_store(settings)
                        done = store.ops.queue_stats().done
                        store.close()
                        print(f"  ... {done}/{args.messages} processed", flush=True)
                    time.sleep(0.2)
                elapsed = time.monotonic() - started
            finally:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=60)
    rate = args.messages / elapsed * 60
    classifier = "stub classifier" if stub else "trained model"
    print(f"drained {args.messages} messages in {elapsed:.1f} s ({classifier}, start-up included)")
    print(f"throughput: {rate:.0f} messages/minute")
    mb_own, mb_all = peak_own / 2**20, peak_all / 2**20
    print(f"peak RSS: service {mb_own:.0f} MB, with extraction workers {mb_all:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
