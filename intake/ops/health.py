"""Is the service healthy? The store answers and a worker completed a cycle recently.

A worker's own report says ``starting`` until its first cycle, and is red at once when
its first connect fails (``not yet reached``), not only after ``stale_after_seconds``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from core.config import Settings
from intake.ops import expiry
from intake.store import Store
from intake.store.helpers import utcnow

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


# A service worker's phase, in its /healthz report (service.phase)
STARTING = "starting"
NOT_YET_REACHED = "not yet reached"
RUNNING = "running"


@dataclass
class LiveState:
    """What the running service reports about itself (updated by its loop)."""

    started: float = field(default_factory=time.monotonic)
    last_cycle: float | None = None
    mailbox_connected: bool = False
    relay_reachable: bool | None = None
    last_error: str | None = None
    relay_down_since: float | None = None  # monotonic; None while the relay answers
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def relay(self, reachable: bool) -> None:
        """The relay answered (or not) on this cycle's sending."""
        with self._lock:
            self.relay_reachable = reachable
            if reachable:
                self.relay_down_since = None
            elif self.relay_down_since is None:
                self.relay_down_since = time.monotonic()

    def seconds_relay_down(self) -> float:
        """How long the relay has not answered (0 while it does)."""
        with self._lock:
            since = self.relay_down_since
        return 0.0 if since is None else time.monotonic() - since

    def cycle_done(self) -> None:
        """A receive-process-reply-file cycle completed."""
        with self._lock:
            self.last_cycle = time.monotonic()
            self.last_error = None

    def connection(self, connected: bool, error: str | None = None) -> None:
        """The mailbox connection came up or went down."""
        with self._lock:
            self.mailbox_connected = connected
            if error is not None or connected:
                self.last_error = error

    def phase(self) -> str:
        """``starting`` (no cycle yet, nothing failed), ``not yet reached`` (no cycle yet and
        the first connect failed: the mailbox or the store cannot be reached), ``running``."""
        with self._lock:
            if self.last_cycle is not None:
                return RUNNING
            return STARTING if self.last_error is None else NOT_YET_REACHED

    def seconds_since_cycle(self) -> float:
        """Since the last completed cycle (or since start when none completed yet)."""
        with self._lock:
            return time.monotonic() - (
                self.last_cycle if self.last_cycle is not None else self.started
            )


def check(
    store: Store, settings: Settings, live: LiveState | None = None
) -> tuple[bool, dict[str, Any]]:
    """(healthy, report). Without LIVE the workers' heartbeats in the store are read instead."""
    limit = settings.ops.stale_after_seconds
    report: dict[str, Any] = {}
    try:
        store.ops.ping()
        report["store"] = "ok"
        report["queue"] = store.ops.queue_stats().as_dict()
    except Exception as exc:  # the report says what failed; it never raises
        report["store"] = f"unavailable: {type(exc).__name__}"
        return False, {"status": "failing", **report}
    relay_down = 0.0
    phase = RUNNING
    if live is not None:
        age = live.seconds_since_cycle()
        relay_down = live.seconds_relay_down()
        phase = live.phase()
        report["service"] = {
            "phase": phase,
            "seconds_since_cycle": round(age, 1),
            "mailbox_connected": live.mailbox_connected,
            "relay_reachable": live.relay_reachable,
            "seconds_relay_down": round(relay_down, 1),
            "last_error": live.last_error,
        }
    else:
        ages = [(utcnow() - beat.at).total_seconds() for beat in store.ops.heartbeats().values()]
        age = min(ages) if ages else float("inf")
        report["service"] = {"seconds_since_cycle": round(age, 1) if ages else None}
    # replies that cannot leave are as bad as mail that is not read: both turn health red;
    # so does a worker whose first connect failed (not after stale_after_seconds: at once)
    healthy = age <= limit and relay_down <= limit and phase != NOT_YET_REACHED
    report["warnings"] = expiry.warnings(store, settings)  # early: healthy until it happens
    status = "failing" if not healthy else STARTING if phase == STARTING else "ok"
    return healthy, {"status": status, **report}


def body(store: Store, settings: Settings, live: LiveState | None = None) -> tuple[int, bytes]:
    """HTTP status (200 or 503) and JSON body of a health check."""
    healthy, report = check(store, settings, live)
    return (200 if healthy else 503), json.dumps(report, default=str).encode()


def asgi_app(store: Store, settings: Settings) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI app answering the health check (mount it at ``/healthz``)."""
    import asyncio

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        status, payload = await asyncio.to_thread(body, store, settings, None)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"cache-control", b"no-store"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    return app
