"""Prometheus metrics: what this process did (counters) and what waits in the store (gauges).

Counters live in ``REGISTRY``; the queue figures are read from the store at
scrape time, so every process (``serve``, the dashboard) reports the same
backlog. ``asgi_app(store)`` is the ``/metrics`` endpoint for the dashboard,
``render(store)`` the body for the service's own HTTP port.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, ProcessCollector
from prometheus_client.asgi import make_asgi_app
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from intake.store import Store
from intake.store import schema as t
from intake.store.helpers import utcnow
from intake.store.latency import reply_delays

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)  # resident memory, CPU seconds, open files

MESSAGES_RECEIVED = Counter(
    "secor_messages_received", "Messages stored for processing", ["source"], registry=REGISTRY
)
MESSAGES_PROCESSED = Counter(
    "secor_messages_processed",
    "Messages processed, by triage status",
    ["status"],
    registry=REGISTRY,
)
PROCESSING_FAILURES = Counter(
    "secor_processing_failures", "Processing attempts that raised an error", registry=REGISTRY
)
MESSAGES_QUARANTINED = Counter(
    "secor_messages_quarantined",
    "Messages set aside for a person after their last attempt",
    registry=REGISTRY,
)
PROCESSING_SECONDS = Histogram(
    "secor_processing_seconds",
    "Time to process one message",
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
    registry=REGISTRY,
)
REPLIES_SENT = Counter("secor_replies_sent", "Replies the relay accepted", registry=REGISTRY)
REPLIES_FAILED = Counter(
    "secor_replies_failed", "Replies given up (left to staff)", registry=REGISTRY
)
REPLIES_IN_DOUBT = Counter(
    "secor_replies_in_doubt",
    "Replies found interrupted mid-send, by how they were settled",
    ["resolution"],
    registry=REGISTRY,
)
RELAY_ERRORS = Counter(
    "secor_relay_errors", "Times the relay could not be reached", registry=REGISTRY
)
IMAP_RECONNECTS = Counter(
    "secor_imap_reconnects", "Times the mailbox connection was lost and retried", registry=REGISTRY
)
MESSAGES_FILED = Counter(
    "secor_messages_filed", "Messages moved into a triage folder", registry=REGISTRY
)
INBOUND = Counter(
    "secor_inbound_messages",
    "Deliveries to the SMTP/LMTP listener, by outcome",
    ["outcome"],
    registry=REGISTRY,
)
CYCLES = Counter(
    "secor_service_cycles", "Completed receive-process-reply-file cycles", registry=REGISTRY
)


class StoreCollector:
    """Gauges read from the store when scraped: queue depth, backlog, checkpoints."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self) -> Iterable[Metric]:
        """The gauges (``secor_store_up`` 0 when the database cannot be read)."""
        up = GaugeMetricFamily("secor_store_up", "Whether the store could be read")
        try:
            stats = self.store.ops.queue_stats()
            checkpoints = self.store.queue.checkpoints()
            beats = self.store.ops.heartbeats()
        except Exception as exc:  # a scrape must answer even when the database does not
            log.warning("metrics: store unavailable (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield GaugeMetricFamily(
            "secor_queue_depth", "Messages waiting to be processed", value=stats.queued
        )
        yield GaugeMetricFamily(
            "secor_messages_processing", "Messages being processed now", value=stats.processing
        )
        yield GaugeMetricFamily(
            "secor_messages_quarantined_now",
            "Messages set aside for a person",
            value=stats.quarantined,
        )
        yield GaugeMetricFamily(
            "secor_messages_unfiled",
            "Processed messages not yet in a triage folder",
            value=stats.unfiled,
        )
        yield GaugeMetricFamily(
            "secor_oldest_queued_age_seconds",
            "Age of the oldest message waiting (0 when none)",
            value=stats.oldest_queued_seconds or 0.0,
        )
        backlog = GaugeMetricFamily(
            "secor_outbox", "Replies in the outbox, by state", labels=["state"]
        )
        for state, count in (
            (t.PENDING, stats.outbox_pending),
            (t.SENDING, stats.outbox_sending),
            (t.FAILED, stats.outbox_failed),
            (t.SENT, stats.outbox_sent),
        ):
            backlog.add_metric([state], count)
        yield backlog
        yield GaugeMetricFamily(
            "secor_oldest_reply_waiting_age_seconds",
            "Age of the oldest reply not yet sent (0 when none)",
            value=stats.oldest_reply_waiting_seconds or 0.0,
        )
        uid = GaugeMetricFamily(
            "secor_checkpoint_uid", "Last UID stored, per folder", labels=["mailbox"]
        )
        for cp in checkpoints:
            uid.add_metric([cp.mailbox], cp.last_uid)
        yield uid
        ages = [(utcnow() - b.at).total_seconds() for b in beats.values()]
        if ages:
            yield GaugeMetricFamily(
                "secor_last_cycle_age_seconds",
                "Seconds since a service worker last completed a cycle",
                value=min(ages),
            )
        try:
            yield arrival_to_reply(self.store)
        except Exception as exc:  # the gauges above still answer
            log.warning("metrics: reply times unavailable (%s)", type(exc).__name__)


REPLY_BUCKETS = (10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0, 4 * 3600.0, 86400.0)
REPLY_CACHE_SECONDS = 60.0
_reply_cache: dict[int, tuple[float, HistogramMetricFamily]] = {}


def arrival_to_reply(store: Store) -> HistogramMetricFamily:
    """Arrival-to-reply seconds of every sent reply, read from the store (cached a minute)."""
    now = time.monotonic()
    cached = _reply_cache.get(id(store))
    if cached is not None and now - cached[0] < REPLY_CACHE_SECONDS:
        return cached[1]
    seconds = [d.seconds for d in reply_delays(store)]
    buckets = [(str(b), float(sum(1 for s in seconds if s <= b))) for b in REPLY_BUCKETS]
    buckets.append(("+Inf", float(len(seconds))))
    family = HistogramMetricFamily(
        "secor_arrival_to_reply_seconds",
        "Time from a message's arrival in the mailbox to the reply sent (every reply stored)",
        buckets=buckets,
        sum_value=sum(seconds),
    )
    _reply_cache[id(store)] = (now, family)
    return family


class _Combined:
    """This process's counters and, with a store, its gauges."""

    def __init__(self, store: Store | None) -> None:
        self.store = store

    def collect(self) -> Iterable[Metric]:
        yield from REGISTRY.collect()
        if self.store is not None:
            yield from StoreCollector(self.store).collect()


def render(store: Store | None = None) -> tuple[bytes, str]:
    """The metrics page body and its content type."""
    return generate_latest(_Combined(store)), CONTENT_TYPE_LATEST


def asgi_app(store: Store | None = None) -> Callable[..., Any]:
    """An ASGI app serving the metrics (mount it at ``/metrics``)."""
    return make_asgi_app(_Combined(store))
