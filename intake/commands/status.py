"""``secor-intake status``: what the service has done and what waits."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from core.config import Settings
from intake.commands.common import print_json
from intake.failures import explain
from intake.ops import expiry
from intake.ops.durations import duration
from intake.store import latency, open_store, review
from intake.store.helpers import utcnow
from intake.store.rows import QuarantinedMessage

SET_ASIDE_SHOWN = 5  # the latest emails set aside, listed with their reason
REASON_SHOWN = 300


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "status",
        help="show messages, replies and submissions by state, the backlog and the checkpoints",
        description=(
            "Counts of stored messages by state, replies by state and submissions by status; "
            "the oldest message waiting, the replies not yet sent, each folder's receive "
            "checkpoint (UIDVALIDITY and last UID) and when each service worker last completed "
            "a cycle."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def gather(settings: Settings) -> dict[str, Any]:
    """Everything ``status`` shows, as JSON-ready data."""
    store = open_store(settings)
    try:
        counts: dict[str, Any] = dict(store.ops.counts())
        queue = store.ops.queue_stats()
        checkpoints = store.queue.checkpoints()
        beats = store.ops.heartbeats()
        reply_time = latency.summary(store)
        warnings = expiry.warnings(store, settings)
        set_aside_total, set_aside = review.quarantined(store, SET_ASIDE_SHOWN)
    finally:
        store.close()
    workers = {}
    for worker, beat in beats.items():
        age = (utcnow() - beat.at).total_seconds()
        workers[worker] = {**beat.as_dict(), "seconds_ago": round(age, 1)}
    counts["queue"] = queue.as_dict()
    counts["checkpoints"] = [
        {
            "mailbox": c.mailbox,
            "uidvalidity": c.uidvalidity,
            "last_uid": c.last_uid,
            "updated_at": c.updated_at.isoformat(),
        }
        for c in checkpoints
    ]
    counts["workers"] = workers
    counts["arrival_to_reply"] = reply_time
    counts["warnings"] = warnings
    counts["set_aside"] = [_set_aside(m) for m in set_aside]
    counts["set_aside_total"] = set_aside_total
    return counts


def _set_aside(m: QuarantinedMessage) -> dict[str, Any]:
    """One email set aside: why, in the Failed page's words, and the technical reason."""
    failure, words = explain(m.failure, m.error)
    return {
        "message": m.id,
        "received_at": m.received_at.isoformat(),
        "attempts": m.attempts,
        "failure": failure.value,
        "title": words.title,
        "next_step": words.next_step,
        "reason": (m.error or "")[:REASON_SHOWN],
    }


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the counts, the backlog and the checkpoints."""
    data = gather(settings)
    if args.json:
        print_json(data)
        return 0
    out = sys.stdout
    for section in ("messages", "outbox", "submissions"):
        line = ", ".join(f"{k} {v}" for k, v in sorted(data[section].items())) or "none"
        out.write(f"{section:12} {line}\n")
    q = data["queue"]
    out.write(
        f"{'queue':12} {q['queued']} waiting (oldest {duration(q['oldest_queued_seconds'], '-')}), "
        f"{q['processing']} in progress, {q['quarantined']} set aside for review, "
        f"{q['unfiled']} not yet filed\n"
    )
    out.write(
        f"{'replies':12} {q['outbox_pending']} waiting "
        f"(oldest {duration(q['oldest_reply_waiting_seconds'], '-')}), "
        f"{q['outbox_sending']} in flight, {q['outbox_failed']} failed, "
        f"{q['outbox_uncopied']} not yet in Sent\n"
    )
    for c in data["checkpoints"]:
        out.write(
            f"{'checkpoint':12} {c['mailbox']}: "
            f"UIDVALIDITY {c['uidvalidity']}, last UID {c['last_uid']}\n"
        )
    if not data["checkpoints"]:
        out.write(f"{'checkpoint':12} none yet (the service has not read the mailbox)\n")
    limit = settings.ops.stale_after_seconds
    running = 0
    for worker, beat in sorted(data["workers"].items(), key=lambda kv: kv[1]["seconds_ago"]):
        ago = beat["seconds_ago"]
        if ago is not None and ago <= limit:
            running += 1
            state = ""
        else:
            state = " (silent: stopped, or stuck)"
        out.write(f"{'worker':12} {worker}: last cycle {duration(ago, '-')} ago{state}\n")
    out.write(
        f"{'workers':12} {running} ran a cycle within the last {duration(limit, '-')}"
        f"{'' if running else ': is the service running?'}\n"
    )
    r = data["arrival_to_reply"]
    if r["replies"]:
        out.write(
            f"{'reply time':12} arrival to reply: p50 {duration(r['p50_seconds'], '-')}, "
            f"p95 {duration(r['p95_seconds'], '-')} over {r['replies']} replies\n"
        )
    else:
        out.write(f"{'reply time':12} no reply sent yet\n")
    for m in data["set_aside"]:
        out.write(
            f"{'set aside':12} message {m['message']}: {m['title']} ({m['failure']}); "
            f"{m['next_step']} Reason: {' '.join(m['reason'].split())[:160]}\n"
        )
    if data["set_aside_total"] > len(data["set_aside"]):
        more = data["set_aside_total"] - len(data["set_aside"])
        out.write(f"{'set aside':12} and {more} more: see the dashboard's Failed messages page\n")
    for warning in data["warnings"]:
        out.write(f"{'WARNING':12} {warning}\n")
    return 0
