"""The dashboard's pages: inbox, failed emails, submission, previews, downloads, outbox, figures."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict
from datetime import UTC, datetime, tzinfo
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)

from intake.dashboard import charts, drafts, mail, scanning
from intake.dashboard.recheck import envelope_of
from intake.dashboard.render import Deps, deps, is_htmx, render
from intake.dashboard.security import download, page
from intake.dashboard.stats import figures, window_start
from intake.mailbox.triage_folders import triage_folder
from intake.ops import health as ops_health
from intake.reply.headers import reply_subject
from intake.reply.question import question_text, questions_in
from intake.report import REVIEW_TEXT, Status
from intake.store import review
from intake.store.least_certain import LeastCertain, least_certain
from intake.store.merge import MergedInto, merged_reference, where_merged
from intake.store.progress import in_progress
from intake.store.rows import FileHead, MessageRow, OutboxLine, QuarantinedMessage, SubmissionRow
from intake.store.schema import (
    DISCARDED,
    KIND_SUBMISSION,
    OUTBOX_STATES,
    REPLY_AUTO,
    REPLY_MANUAL,
    REVIEW_STATES,
)
from knowledge.labels import Year, all_labels, by_label
from knowledge.rules import required_labels

PAGE_SIZE = 50
FAILED_SHOWN = 200
PREVIEW_CHARS = 20_000
STATS_WEEKS = 12
_UNSAFE_NAME = re.compile(r"[^\w .()\-]+")


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(value or default), low), high)
    except ValueError:
        return default


def not_found(request: Request, what: str) -> Response:
    """The page for a missing submission or file (a notice for htmx)."""
    if is_htmx(request):
        text = f"No such {what}: it may have been removed. Reload the page."
        return HTMLResponse(f'<p class="notice error">{text}</p>', status_code=404)
    return render(request, "missing.html", status_code=404, what=what)


def merged_text(went: MergedInto, zone: tzinfo) -> str:
    """One sentence: which submission this was, where it went, when and by whom."""
    this = went.reference or f"Submission #{went.submission_id}"
    into = went.into_reference or f"#{went.into_id}"
    when = went.merged_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    by = f" by {went.merged_by}" if went.merged_by else ""
    text = f"{this} was merged into {into} on {when}{by}"
    if went.live_id is None:
        return f"{text}; that submission has since been removed."
    if went.live_id != went.into_id:
        now = went.live_reference or f"#{went.live_id}"
        return f"{text}, which is now part of {now}."
    return f"{text}."


async def no_submission(request: Request, sub_id: int, kept: str = "") -> Response:
    """The answer for a submission that is not there: where it went if staff merged it (its
    page leads to the one it is part of now), else "no such submission". KEPT is a reply
    staff typed on the old page, shown so it can be copied."""
    d = deps(request)
    went = await run_in_threadpool(where_merged, d.store, sub_id)
    if went is None:
        return not_found(request, "submission")
    text = merged_text(went, d.zone)
    where = f"/submissions/{went.live_id}" if went.live_id is not None else ""
    if request.method == "POST":
        text += " Nothing was changed: do it on the submission it is part of now."
    if where and not kept and not is_htmx(request):
        request.session["flash"] = f"{text} (Its old address leads here.)"
        return RedirectResponse(where, status_code=303)
    if is_htmx(request):
        link = f' <a href="{where}">Open it</a>' if where else ""
        return HTMLResponse(f'<p class="notice error">{escape(text)}{link}</p>', status_code=404)
    return render(request, "merged.html", status_code=404, text=text, where=where, kept=kept)


# -- inbox ----------------------------------------------------------------------------------
@page
async def inbox(request: Request) -> Response:
    """The triaged submissions: tabs by status with counts, search, newest email first."""
    d = deps(request)
    params = request.query_params
    status = params.get("status") or None
    if status not in {s.value for s in Status}:
        status = None
    query = (params.get("q") or "").strip()[:200]
    shown = params.get("review") or review.OPEN
    if shown not in (*REVIEW_STATES, "all"):
        shown = review.OPEN
    page_no = _int(params.get("page"), 1, 1, 10_000)
    review_state = None if shown == "all" else shown
    sort = "uncertain" if params.get("sort") == "uncertain" else ""

    # Questions, automatic replies, bounces and other mail (status ignored) are listed
    # on their own tab and counted apart from the submissions.
    mail = review.OTHER_MAIL if status == Status.IGNORED else review.SUBMISSIONS

    def load() -> tuple[
        list[review.InboxRow], dict[str, int], dict[str, int], tuple[int, list[QuarantinedMessage]]
    ]:
        rows = review.inbox(
            d.store,
            status=None if mail == review.OTHER_MAIL else status,
            query=query or None,
            review_state=review_state,
            limit=PAGE_SIZE + 1,
            offset=(page_no - 1) * PAGE_SIZE,
            mail=mail,
            uncertain_first=bool(sort),
        )
        counts = review.status_counts(
            d.store, query=query or None, review_state=review_state, mail=review.SUBMISSIONS
        )
        other = review.kind_counts(d.store, query=query or None, review_state=review_state)
        reply_times.update(scanning.reply_times(d.store, [r.id for r in rows]))
        waiting.update(review.with_held(d.store, [r.id for r in rows]))
        least.update(least_certain(d.store, [r.id for r in rows]))
        return rows, counts, other, review.quarantined(d.store)

    reply_times: dict[int, float] = {}
    waiting: set[int] = set()
    least: dict[int, LeastCertain] = {}
    rows, counts, other, (stuck, stuck_rows) = await run_in_threadpool(load)
    # a reference searched for that was merged into another submission: say where it went
    went = await run_in_threadpool(merged_reference, d.store, query) if query and not rows else None
    counts[Status.IGNORED.value] = sum(other.values())
    processing = await run_in_threadpool(in_progress, d.store)

    def link(**change: object) -> str:
        """This view's address with some parameters changed (a new filter starts at page 1)."""
        current: dict[str, object] = {
            "status": status or "",
            "review": shown,
            "q": query,
            "sort": sort,
        }
        current |= change
        if "page" not in change:
            current.pop("page", None)
        return "/?" + urlencode({k: v for k, v in current.items() if v not in ("", None)})

    return render(
        request,
        "inbox.html",
        link=link,
        stuck=stuck,
        stuck_rows=stuck_rows,
        rows=rows[:PAGE_SIZE],
        more=len(rows) > PAGE_SIZE,
        page_no=page_no,
        counts=counts,
        total=sum(n for key, n in counts.items() if key != Status.IGNORED.value),
        other_counts=other,
        status=status,
        q=query,
        shown=shown,
        sort=sort,
        reply_times=reply_times,
        waiting=waiting,
        processing=processing,
        least=least,
        review_threshold=d.settings.classifier.review_threshold,
        merged=(merged_text(went, d.zone), went.live_id) if went else None,
    )


# -- emails that could not be processed ------------------------------------------------------
@page
async def failed(request: Request) -> Response:
    """Emails set aside after their failed attempts, latest first, each with a Retry button."""
    d = deps(request)
    total, rows = await run_in_threadpool(review.quarantined, d.store, FAILED_SHOWN)
    return render(
        request,
        "failed.html",
        total=total,
        rows=rows,
        needs_review=triage_folder(d.settings.mailbox.triage_prefix, Status.NEEDS_REVIEW),
        max_attempts=d.settings.mailbox.max_attempts,
    )


# -- one submission -------------------------------------------------------------------------
def _groups(report: dict[str, Any], files: list[FileHead], year: str) -> list[dict[str, Any]]:
    """Files by label in element order; required labels appear even without a file."""
    checked: Year = (  # rules.toml says how an unknown year is checked
        "maintenance"
        if year == "maintenance"
        else "certification"
        if year == "certification"
        else "unknown"
    )
    required = set(required_labels(checked))
    missing = set(report.get("missing") or [])
    over = set(report.get("over_submitted") or [])
    known = by_label()
    out = []
    for info in all_labels():
        members = [f for f in files if f.label == info.label]
        if members or info.label in required:
            out.append(
                {
                    "info": info,
                    "files": members,
                    "missing": info.label in missing,
                    "over": info.label in over,
                    "required": info.label in required,
                }
            )
    strays = [f for f in files if f.label not in known]
    if strays:
        out.append(
            {"info": None, "files": strays, "missing": False, "over": False, "required": False}
        )
    return out


def load_submission(d: Deps, sub_id: int) -> dict[str, Any] | None:
    """Everything the submission page shows (None when there is no such submission)."""
    sub = d.store.results.get_submission(sub_id)
    if sub is None:
        return None
    try:
        report: dict[str, Any] = json.loads(sub.report_json)
    except ValueError:
        report = {}
    files = review.file_heads(d.store, sub_id)
    info = report.get("submission") or {}
    return {
        "sub": sub,
        "report": report,
        "files": files,
        "groups": _groups(report, files, str(sub.year)),
        "to_check": [f for f in files if f.needs_review and not f.corrected],
        "year_source": info.get("year_source"),
        "kind": str(sub.kind or KIND_SUBMISSION),
        **(asked_in(d, sub_id) if sub.kind == "question" else NOT_ASKED),
        "linked_ref": _reference_of(d, sub.linked_to),
        "held_because": held_because(report),
    } | scanning.submission_extras(d.store, sub_id, report)


def held_because(report: dict[str, Any]) -> list[str]:
    """Why the drafted reply asks for a person's eye (``reply.review``), in plain words."""
    reply = report.get("reply") or {}
    return [REVIEW_TEXT[str(code)] for code in reply.get("review") or () if code in REVIEW_TEXT]


def _reference_of(d: Deps, sub_id: int | None) -> str | None:
    """The reference staff know a submission by ("SECOR-2026-000012"), or None."""
    target = d.store.results.get_submission(sub_id) if sub_id is not None else None
    return str(target.reference) if target is not None and target.reference else None


# How much of a question email the dashboard shows (the questions are read from all of it).
ASKED_TEXT_CHARS = 3000
# What the page shows of a message that asks nothing (or whose text is not stored).
NOT_ASKED: dict[str, Any] = {"asked": [], "asked_text": ""}


def asked_in(d: Deps, sub_id: int) -> dict[str, Any]:
    """A question email's text, as the employer wrote it with the context of the questions
    ("we have 9 guys plus my wife"), and the questions read in it (its latest email)."""
    messages = d.store.results.submission_messages(sub_id)
    raw_path = Path(str(messages[-1].raw_path)) if messages else None
    if raw_path is None or not mail.inside(raw_path, d.settings.data_dir):
        return dict(NOT_ASKED)
    envelope = envelope_of(raw_path)
    if envelope is None:
        return dict(NOT_ASKED)
    text = question_text(envelope)
    return {
        "asked": questions_in(text) or ([text] if text else []),
        "asked_text": text[:ASKED_TEXT_CHARS],
    }


def load_thread(d: Deps, sub_id: int) -> dict[str, Any]:
    """The emails and replies of a submission, and a draft for the next reply."""
    sub = d.store.results.get_submission(sub_id)
    messages = d.store.results.submission_messages(sub_id)
    replies: list[dict[str, object]] = []
    for row in d.store.results.submission_outbox(sub_id):
        view = asdict(row)
        view["body"] = mail.reply_body(view.pop("raw"))
        replies.append(view)
    # staff wrote the last reply: the form starts empty, so a second click sends nothing again;
    # so too when a question's drafted answer went out (or waits for approval) on its own
    answered = bool(replies) and replies[-1]["kind"] == REPLY_MANUAL
    answered |= bool(sub and sub.kind == "question") and any(
        r["kind"] == REPLY_AUTO and r["state"] != DISCARDED for r in replies
    )
    form = reply_form(d, sub, body="") if answered else reply_form(d, sub)
    return {"messages": messages, "replies": replies, "form": form}


def reply_form(d: Deps, sub: SubmissionRow | None, **given: str) -> dict[str, str]:
    """The reply form's fields: what staff typed, else a draft from the checks.

    ``checks`` names the checks the text was drafted from and ``drafted`` the text as
    drafted (see drafts.py); ``stale`` is set when those checks are not the current ones.
    """
    try:
        report = json.loads((sub.report_json if sub else "") or "{}")
    except ValueError:
        report = {}
    reply = report.get("reply") or {}
    kind = str((sub.kind if sub else "") or KIND_SUBMISSION)
    unplaced = (
        [
            str(f.member_path or f.path)
            for f in review.file_heads(d.store, sub.id)
            if f.needs_review and not f.corrected
        ]
        if sub is not None and kind == "submission"
        else []
    )
    status = str((sub.status if sub else "") or "")
    missing = list(report.get("missing") or [])
    over = list(report.get("over_submitted") or [])
    if kind == "question":  # the drafted answer, if the knowledge base had one
        draft = str(reply.get("body") or "")
    elif kind != "submission":  # an automatic reply, a bounce, other mail: no draft
        draft = ""
    else:
        draft = mail.draft_text(
            reference=str((sub.reference if sub else "") or ""),
            status=status,
            missing=missing,
            over_submitted=over,
            from_name=d.settings.intake.from_name,
            unplaced=unplaced,
            unopened=mail.unopened(report),
        )
    subject = str(reply.get("subject") or reply_subject(str((sub.subject if sub else "") or "")))
    current = drafts.checks_key(status, missing, over, unplaced)
    body = given.get("body", draft)
    checks = given.get("checks") or current
    return {
        "to": given.get("to", str((sub.sender if sub else None) or reply.get("to") or "")),
        "subject": given.get("subject", subject),
        "body": body,
        "nonce": given.get("nonce") or secrets.token_urlsafe(16),
        "checks": checks,
        "current": current,
        "drafted": given.get("drafted") or drafts.text_key(body),
        "stale": "1" if checks != current else "",
    }


@page
async def submission(request: Request) -> Response:
    """One submission: checks, files by element, the email thread, replies and the reply form."""
    d = deps(request)
    sub_id = int(request.path_params["sub_id"])

    def load() -> dict[str, Any] | None:
        view = load_submission(d, sub_id)
        if view is not None:
            view |= load_thread(d, sub_id)
            if request.query_params.get("draft"):  # "Draft again" without JavaScript
                view["form"] = reply_form(d, view["sub"])
        return view

    view = await run_in_threadpool(load)
    if view is None:
        return await no_submission(request, sub_id)
    return render(request, "submission.html", **view)


@page
async def draft(request: Request) -> Response:
    """A fresh reply text from the submission's current checks (replaces the form's text)."""
    d = deps(request)
    sub_id = int(request.path_params["sub_id"])
    sub = await run_in_threadpool(d.store.results.get_submission, sub_id)
    if sub is None:
        return await no_submission(request, sub_id)
    if not is_htmx(request):  # a browser without JavaScript: the page with a fresh draft
        return RedirectResponse(f"/submissions/{sub.id}?draft=1#reply", status_code=303)
    return render(request, "_draft.html", sub=sub, form=reply_form(d, sub))


@page
async def preview(request: Request) -> Response:
    """The text read from a file (shortened)."""
    d = deps(request)
    row = await run_in_threadpool(review.get_file, d.store, int(request.path_params["file_id"]))
    if row is None:
        return not_found(request, "file")
    text: str = row.text or ""
    more = max(len(text) - PREVIEW_CHARS, 0)
    template = "_preview.html" if is_htmx(request) else "preview.html"
    return render(request, template, file=row, text=text[:PREVIEW_CHARS], more=more)


@page
async def message_text(request: Request) -> Response:
    """The text of one stored email (of a thread, or one that could not be processed)."""
    d = deps(request)

    def load() -> tuple[MessageRow, str] | None:
        row = review.get_message(d.store, int(request.path_params["message_id"]))
        if row is None:
            return None
        return row, mail.message_body(row, d.settings.data_dir)

    found = await run_in_threadpool(load)
    if found is None:
        return not_found(request, "email")
    row, body = found
    template = "_message.html" if is_htmx(request) else "message.html"
    return render(request, template, message=row, body=body)


def safe_filename(name: str) -> str:
    """A download name with nothing a browser or a header could misread."""
    stem = _UNSAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    return stem[:150] or "file"


def _stored_copy(d: Deps, file_id: int) -> tuple[Path, str] | None:
    """The file's original bytes on disk (inside the data folder) and a download name."""
    row = review.get_file(d.store, file_id)
    if row is None or not row.stored_path:
        return None
    path = Path(row.stored_path)
    if not mail.inside(path, d.settings.data_dir) or not path.is_file():
        return None
    return path.resolve(), safe_filename(str(row.member_path) or str(row.path))


@download
async def file_download(request: Request) -> Response:
    """The original bytes of a file, as an attachment."""
    d = deps(request)
    found = await run_in_threadpool(_stored_copy, d, int(request.path_params["file_id"]))
    if found is None:
        return PlainTextResponse("No stored copy of this file.", status_code=404)
    path, name = found
    return FileResponse(
        path,
        media_type="application/octet-stream",
        headers={"content-disposition": content_disposition(name)},
    )


def content_disposition(name: str) -> str:
    """An attachment header: an ASCII name for old clients and the UTF-8 one (RFC 6266)."""
    ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_")
    if ascii_name == name:
        return f'attachment; filename="{name}"'
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


# -- outbox and statistics ------------------------------------------------------------------
@page
async def outbox(request: Request) -> Response:
    """Every recorded reply, newest first: pending, sending, sent or failed."""
    d = deps(request)
    state = request.query_params.get("state") or None
    if state not in OUTBOX_STATES:
        state = None

    def load() -> tuple[list[OutboxLine], dict[str, int]]:
        return review.recent_outbox(d.store, state=state, limit=200), review.outbox_counts(d.store)

    rows, counts = await run_in_threadpool(load)
    return render(request, "outbox.html", rows=rows, counts=counts, state=state)


@page
async def statistics(request: Request) -> Response:
    """Submissions per week, share complete on the first email, the most missed items."""
    d = deps(request)
    now = datetime.now(UTC)
    since = window_start(now, STATS_WEEKS, d.zone)
    rows = await run_in_threadpool(review.stats_rows, d.store, since.astimezone(UTC))
    figs = figures(
        rows,
        now=now,
        weeks=STATS_WEEKS,
        zone=d.zone,
        complete_folder=triage_folder(d.settings.mailbox.triage_prefix, Status.COMPLETE),
    )
    per_week = charts.column_chart(
        "weekly",
        [
            (w.start.strftime("%b %d"), float(w.submissions), f"{w.start:%b %d}: {w.submissions}")
            for w in figs.weeks
        ],
        title="Submissions per week",
        desc=f"New submissions in each of the last {STATS_WEEKS} weeks; {figs.total} in all.",
    )
    first = charts.column_chart(
        "first",
        [
            (
                w.start.strftime("%b %d"),
                w.share,
                f"Week of {w.start:%b %d}: {w.complete_first} of {w.submissions}",
            )
            for w in figs.weeks
        ],
        title="Complete on the first email",
        desc="Share of each week's submissions whose first email was complete.",
        top=1.0,
        percent=True,
    )
    names = by_label()
    missing = charts.row_chart(
        "missing",
        [
            (
                _chart_name(label),
                float(n),
                f"{names[label].title if label in names else label}: {n}",
            )
            for label, n in figs.missing[:10]
        ],
        title="Most often missing",
        desc="How many submissions lack each item, most often missing first.",
    )
    return render(
        request,
        "stats.html",
        figs=figs,
        weeks=STATS_WEEKS,
        per_week=per_week,
        first=first,
        missing=missing,
        names=names,
    )


def _chart_name(label: str) -> str:
    """A label's name on a chart axis, short enough for it ("Element 6 - PPE"); the tooltip
    carries the whole title."""
    info = by_label().get(label)
    if info is None:
        return label
    return f"Element {info.element} - {info.short}" if info.element else info.short


async def health(request: Request) -> Response:
    """Liveness for monitoring: counts only, no personal data, no login.

    200 while the dashboard can read the store (503 with a JSON body when it cannot);
    ``workers`` says whether any service worker completed a cycle within ``[ops]
    stale_after_seconds`` (each worker's own ``/healthz`` is the one to page on).
    """
    d = deps(request)

    def read() -> tuple[int, dict[str, Any]]:
        workers_ok, report = ops_health.check(d.store, d.settings)
        if report.get("store") != "ok":
            return 503, report
        return 200, {
            "status": "ok",
            "counts": d.store.ops.counts(),
            "warnings": report.get("warnings", []),
            "workers": {**report.get("service", {}), "fresh": workers_ok},
        }

    code, report = await run_in_threadpool(read)
    return JSONResponse(report, status_code=code)
