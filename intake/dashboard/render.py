"""Jinja2 templates and what every page is rendered with."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from core.config import Settings
from intake.dashboard.security import LoginLimiter, csrf_token
from intake.failures import explain
from intake.mailbox.triage_folders import FOLDER_BY_STATUS
from intake.ops import expiry
from intake.ops.durations import duration
from intake.report import KIND_NAMES, Status
from intake.store import Store
from intake.store import schema as t
from knowledge.labels import KINDS, all_labels, by_label

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

# The inbox tabs, in the order staff work them.
STATUS_ORDER = (
    Status.NEEDS_REVIEW,
    Status.INCOMPLETE,
    Status.OVER_SUBMITTED,
    Status.COMPLETE,
    Status.IGNORED,
)
REVIEW_NAMES = {t.OPEN: "Open", t.REVIEWED: "Reviewed", t.ACCEPTED: "Accepted for QA"}
# The state constants the templates compare with (``states.HELD``), from their one home.
STATES = SimpleNamespace(
    QUEUED=t.QUEUED,
    PROCESSING=t.PROCESSING,
    DONE=t.DONE,
    QUARANTINED=t.QUARANTINED,
    PENDING=t.PENDING,
    SENDING=t.SENDING,
    SENT=t.SENT,
    FAILED=t.FAILED,
    HELD=t.HELD,
    DISCARDED=t.DISCARDED,
    OPEN=t.OPEN,
    REVIEWED=t.REVIEWED,
    ACCEPTED=t.ACCEPTED,
)


@dataclass(frozen=True)
class Deps:
    """What the handlers work with."""

    settings: Settings
    store: Store
    env: Environment
    zone: tzinfo
    limiter: LoginLimiter


def deps(request: Request) -> Deps:
    """The application's dependencies."""
    value: Deps = request.app.state.deps
    return value


def is_htmx(request: Request) -> bool:
    """Whether htmx made the request (answer with a fragment)."""
    return request.headers.get("hx-request") == "true"


def zone_of(name: str) -> tzinfo:
    """The configured time zone (UTC when this system does not know it)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("time zone %s is unknown here; the dashboard shows UTC", name)
        return UTC


def aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def make_env(zone: tzinfo) -> Environment:
    """The template environment with the dashboard's filters and names."""
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )

    def local(value: datetime | str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
        if isinstance(value, str):  # an ISO time kept in a file (the model's stamp, the gate)
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return str(value)
        return aware(value).astimezone(zone).strftime(fmt) if value else "—"

    def iso(value: datetime | None) -> str:
        return aware(value).isoformat(timespec="seconds") if value else ""

    def ago(value: datetime | None) -> str:
        if value is None:
            return "—"
        seconds = (datetime.now(UTC) - aware(value)).total_seconds()
        if seconds < 90:
            return "just now"
        if seconds < 3600:
            return f"{seconds // 60:.0f} min ago"
        if seconds < 86400:
            return f"{seconds // 3600:.0f} h ago"
        if seconds < 7 * 86400:
            return f"{seconds // 86400:.0f} d ago"
        return aware(value).astimezone(zone).strftime("%b %d, %Y")

    env.filters.update(local=local, iso=iso, ago=ago)
    env.filters["duration"] = duration
    env.globals.update(
        labels=by_label(),
        label_list=all_labels(),
        kinds=KINDS,
        status_names={s.value: FOLDER_BY_STATUS[s] for s in Status},
        status_order=[s.value for s in STATUS_ORDER],
        review_names=REVIEW_NAMES,
        states=STATES,
        kind_names=KIND_NAMES,
        explain_failure=explain,
    )
    return env


def render(
    request: Request, template: str, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """A page (or fragment) with the user, the CSRF token, any one-time notice, the failed count."""
    env = deps(request).env
    user = getattr(request.state, "user", None)
    flash = request.session.pop("flash", None) if user else None
    focus_file = request.session.pop("focus_file", None) if user else None
    if isinstance(focus_file, int):  # the file a plain form post acted on (see actions._done)
        context.setdefault("focus_file", focus_file)
    context.setdefault("failed_count", getattr(request.state, "failed_count", 0))
    context.setdefault("held_count", getattr(request.state, "held_count", 0))
    if user and not is_htmx(request):  # a whole page: the early warnings banner
        d = deps(request)
        context.setdefault("expiry_warnings", expiry.warnings(d.store, d.settings))
    html = env.get_template(template).render(
        request=request,
        user=user,
        csrf=csrf_token(request),
        flash=flash,
        path=request.url.path,
        cor_address=deps(request).settings.intake.cor_address,
        **context,
    )
    return HTMLResponse(html, status_code=status_code)
