"""Operations: masked structured logs, Prometheus metrics, the health check, ``status``."""

from __future__ import annotations

import argparse
import io
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from core.config import OpsSettings, Settings
from core.logs import (
    JsonFormatter,
    RedactingFormatter,
    configure_logging,
    mask_address,
    redact,
)
from intake.commands import status as status_command
from intake.ops import metrics
from intake.ops.health import LiveState, check
from intake.ops.http import OpsServer
from intake.store import Store
from tests.service.helpers import StubClassifier, make_settings


def test_addresses_are_masked() -> None:
    assert mask_address("dana@birchroofing.example") == "d***@birchroofing.example"
    assert mask_address(None) == "-"
    text = "reply to dana.smith@birchroofing.example failed; cc <lee@cedar.example>"
    assert redact(text) == "reply to d***@birchroofing.example failed; cc <l***@cedar.example>"


def _record(msg: str, *args: object, exc: bool = False) -> logging.LogRecord:
    record = logging.makeLogRecord(
        {
            "name": "intake.test",
            "levelno": logging.WARNING,
            "levelname": "WARNING",
            "msg": msg,
            "args": args,
        }
    )
    if exc:
        try:
            raise ValueError("refused owner@birchroofing.example")
        except ValueError:
            import sys

            record.exc_info = sys.exc_info()
    return record


def test_text_and_json_logs_mask_addresses_even_in_tracebacks() -> None:
    line = RedactingFormatter("%(message)s").format(
        _record("sent to %s", "dana@birchroofing.example", exc=True)
    )
    assert "dana@" not in line and "owner@" not in line and "d***@birchroofing.example" in line
    data = json.loads(
        JsonFormatter().format(_record("sent to %s", "dana@birchroofing.example", exc=True))
    )
    assert data["level"] == "warning" and data["message"] == "sent to d***@birchroofing.example"
    assert "o***@birchroofing.example" in data["error"]


def test_configure_logging_sets_every_root_handler(caplog: pytest.LogCaptureFixture) -> None:
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    level = root.level
    try:
        configure_logging(OpsSettings(log_format="json"))
        logging.getLogger("intake.x").warning("hello %s", "kim@oakroof.example")
        assert (
            json.loads(stream.getvalue().strip().splitlines()[-1])["message"]
            == "hello k***@oakroof.example"
        )
        assert (
            logging.getLogger("imapclient").level == logging.WARNING
        )  # protocol chatter carries mail
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _enqueue(store: Store) -> None:
    store.queue.enqueue_message(
        mailbox="INBOX",
        uidvalidity=9,
        uid=4,
        raw=b"Subject: x\r\n\r\n",
        message_id="<x@y>",
        sender="dana@birchroofing.example",
        subject="x",
        checkpoint=True,
    )


def test_metrics_show_counters_and_the_backlog(store: Store) -> None:
    _enqueue(store)
    metrics.REPLIES_SENT.inc()
    body, ctype = metrics.render(store)
    text = body.decode()
    assert ctype.startswith("text/plain")
    assert "secor_queue_depth 1.0" in text
    assert 'secor_checkpoint_uid{mailbox="INBOX"} 4.0' in text
    assert "secor_replies_sent_total" in text and "secor_processing_seconds_bucket" in text
    assert "process_resident_memory_bytes" in text


def test_health_and_metrics_over_http(settings: Settings, store: Store) -> None:
    live = LiveState()
    ops_settings = settings.model_copy(
        update={"ops": OpsSettings(http_port=0, stale_after_seconds=60)}
    )
    server = OpsServer(ops_settings, store, live).start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        with urllib.request.urlopen(f"{base}/healthz", timeout=5) as resp:
            assert resp.status == 200 and json.loads(resp.read())["status"] == "starting"
        live.cycle_done()
        with urllib.request.urlopen(f"{base}/healthz", timeout=5) as resp:
            assert resp.status == 200 and json.loads(resp.read())["status"] == "ok"
        with urllib.request.urlopen(f"{base}/metrics", timeout=5) as resp:
            assert b"secor_store_up 1.0" in resp.read()
        live.last_cycle = live.started - 3600  # a service stuck for an hour
        with pytest.raises(urllib.error.HTTPError) as failing:
            urllib.request.urlopen(f"{base}/healthz", timeout=5)
        assert failing.value.code == 503
        failing.value.close()
    finally:
        server.close()


def test_a_mailbox_not_reached_at_start_is_red_at_once(settings: Settings, store: Store) -> None:
    """QA: an unreachable mailbox kept a new worker "ok" for its first stale_after_seconds."""
    live = LiveState()
    healthy, report = check(store, settings, live)
    assert healthy and report["status"] == "starting"
    assert report["service"]["phase"] == "starting"
    live.connection(False, "mailbox connection lost: ConnectionRefusedError")
    healthy, report = check(store, settings, live)
    assert not healthy and report["status"] == "failing"
    assert report["service"]["phase"] == "not yet reached"
    assert report["service"]["last_error"].endswith("ConnectionRefusedError")
    live.connection(True)  # reached at last: starting again until its first cycle
    assert check(store, settings, live)[1]["status"] == "starting"
    live.cycle_done()
    healthy, report = check(store, settings, live)
    assert healthy and report["status"] == "ok" and report["service"]["phase"] == "running"


def test_a_relay_down_longer_than_the_limit_turns_health_red(
    settings: Settings, store: Store
) -> None:
    """QA: 'relay unavailable (SSLError)' for days, and /healthz still said ok."""
    quick = settings.model_copy(update={"ops": OpsSettings(stale_after_seconds=60)})
    live = LiveState()
    live.cycle_done()
    live.relay(False)
    assert check(store, quick, live)[0]  # a moment: the next cycle may reach it
    assert live.relay_down_since is not None
    live.relay_down_since -= 120
    healthy, report = check(store, quick, live)
    assert not healthy and report["service"]["seconds_relay_down"] >= 120
    live.relay(True)
    assert check(store, quick, live)[0]


def test_health_without_a_live_service_reads_the_heartbeats(
    settings: Settings, store: Store
) -> None:
    healthy, report = check(store, settings)
    assert not healthy and report["service"]["seconds_since_cycle"] is None
    store.ops.heartbeat("host:1", 1)
    healthy, report = check(store, settings)
    assert healthy and report["store"] == "ok"


def test_status_shows_checkpoint_backlog_and_workers(tmp_path: Path) -> None:
    settings, _ = make_settings(tmp_path)
    from intake.store import open_store

    store = open_store(settings)
    _enqueue(store)
    store.ops.heartbeat("host:1", 3)
    store.close()
    out = io.StringIO()
    with redirect_stdout(out):
        status_command.run(argparse.Namespace(json=False), settings)
    text = out.getvalue()
    assert "checkpoint   INBOX: UIDVALIDITY 9, last UID 4" in text
    assert "1 waiting (oldest" in text and "worker       host:1" in text
    # a worker that just completed a cycle runs; the count says so (QA: dead ones piled up)
    assert "workers      1 ran a cycle within the last" in text
    assert "host:1: last cycle" in text and "(silent" not in text
    out = io.StringIO()
    with redirect_stdout(out):
        status_command.run(argparse.Namespace(json=True), settings)
    data = json.loads(out.getvalue())
    assert data["messages"] == {"queued": 1} and data["queue"]["queued"] == 1
    assert data["checkpoints"][0]["last_uid"] == 4


def test_status_says_why_each_email_was_set_aside(tmp_path: Path) -> None:
    settings, _ = make_settings(tmp_path)
    from intake.failures import Failure
    from intake.store import open_store

    store = open_store(settings)
    _enqueue(store)
    claimed = store.queue.claim_next("w")
    assert claimed is not None
    row = claimed.id
    store.queue.fail_message(
        row,
        "NotADirectoryError: [Errno 20] Not a directory: '/srv/secor/work/1'",
        quarantine=True,
        folder="Triage/Needs review",
        worker="w",
        failure=Failure.STORAGE,
    )
    store.close()
    out = io.StringIO()
    with redirect_stdout(out):
        status_command.run(argparse.Namespace(json=False), settings)
    line = next(x for x in out.getvalue().splitlines() if x.startswith("set aside"))
    assert f"message {row}: Problem with the server's files (storage_error)" in line
    assert "Call the administrator" in line and "NotADirectoryError" in line
    out = io.StringIO()
    with redirect_stdout(out):
        status_command.run(argparse.Namespace(json=True), settings)
    data = json.loads(out.getvalue())
    assert data["set_aside_total"] == 1
    assert data["set_aside"][0]["failure"] == "storage_error"
    assert data["set_aside"][0]["reason"].startswith("NotADirectoryError")


def test_where_names_the_place_not_the_message() -> None:
    from core.logs import where

    try:
        raise ValueError("Hazard assessment of 14 Birch Cres: fall from roof edge")
    except ValueError as exc:
        text = where(exc)
    assert text.startswith("ValueError at test_ops.py:") and "Birch" not in text


@pytest.mark.slow
def test_a_worker_whose_mailbox_cannot_be_reached_is_red_from_its_first_connect(
    tmp_path: Path,
) -> None:
    """The real service loop against a mailbox port nobody listens on."""
    from intake.service.runner import IntakeService
    from intake.store import open_store

    settings, _ = make_settings(tmp_path, ops={"stale_after_seconds": 3600})
    store = open_store(settings)
    live, stop = LiveState(), threading.Event()
    service = IntakeService(settings, store, StubClassifier(), stop, live=live)  # type: ignore[arg-type]
    worker = threading.Thread(target=service.run_forever, name="service", daemon=True)
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while live.phase() == "starting" and time.monotonic() < deadline:
            time.sleep(0.05)
        healthy, report = check(store, settings, live)
        assert not healthy and report["status"] == "failing"
        assert report["service"]["phase"] == "not yet reached"
        assert report["service"]["mailbox_connected"] is False
    finally:
        stop.set()
        worker.join(timeout=20)
        store.close()
    assert not worker.is_alive()
