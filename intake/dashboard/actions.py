"""What staff change: a file's label, a review state, a reply, a retry of a failed email."""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from intake.dashboard import drafts, mail
from intake.dashboard.pages import (
    load_submission,
    load_thread,
    no_submission,
    not_found,
    reply_form,
)
from intake.dashboard.recheck import envelope_of, recheck
from intake.dashboard.render import Deps, deps, is_htmx, render
from intake.dashboard.security import action, nav_counts
from intake.store import review
from intake.store import schema as t
from intake.store.rows import FileRow, MessageRow, Rechecked, SubmissionRow
from intake.store.schema import REVIEW_STATES
from knowledge.labels import KINDS, by_label, has_kind

log = logging.getLogger(__name__)

_NONCE = re.compile(r"[A-Za-z0-9_-]{8,64}")


def _field(form: Any, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _done(
    request: Request, sub_id: int, notice: str, anchor: str = "", focus_file: int | None = None
) -> Response:
    """After a plain form post: back to the submission page with a one-time notice (and the
    keyboard on FOCUS_FILE's Save button, as after the same action with htmx)."""
    request.session["flash"] = notice
    if focus_file is not None:
        request.session["focus_file"] = focus_file
    return RedirectResponse(f"/submissions/{sub_id}{anchor}", status_code=303)


def _review_fragment(request: Request, d: Deps, sub_id: int, notice: str, error: bool) -> Response:
    view = load_submission(d, sub_id)
    if view is None:
        return not_found(request, "submission")
    return render(request, "_review.html", notice=notice, notice_error=error, **view)


# -- a file's label -------------------------------------------------------------------------
def _reclassify(d: Deps, file_id: int, label: str, kind: str | None, user: str) -> list[str]:
    """Store the label, the correction and the re-checked report; the labels missing now."""
    row = review.get_file(d.store, file_id)
    if row is None:
        return []
    envelope = _latest_envelope(d, d.store.results.submission_messages(row.submission_id))
    today = date.today()

    def rerun(sub: SubmissionRow, files: list[FileRow]) -> Rechecked:
        return recheck(sub, files, envelope, today)

    sub_id = review.reclassify_file(
        d.store, file_id=file_id, label=label, kind=kind, by_user=user, recheck=rerun
    )
    sub = d.store.results.get_submission(sub_id) if sub_id is not None else None
    return list(json.loads(sub.report_json).get("missing") or []) if sub else []


def _draft_after(d: Deps, sub_id: int, form: Any) -> dict[str, str] | None:
    """The reply draft to show once the checks changed: drafted again from them, unless
    staff edited its text (then kept, and marked as written from older checks)."""
    body = _field(form, "body")
    if "body" not in form or not body.strip():  # no reply form, or one left empty on purpose
        return None
    sub = d.store.results.get_submission(sub_id)
    if sub is None:
        return None
    drafted = _field(form, "drafted")
    if not drafts.edited(body, drafted):
        return reply_form(d, sub)
    return reply_form(d, sub, body=body, drafted=drafted, checks=_field(form, "checks"))


def _confirm_text(row: FileRow, label: str) -> str:
    """The question asked before staff overrule a confident prediction."""
    names = by_label()
    was = names[row.label].title if row.label in names else row.label
    return (
        f"The classifier was {row.confidence * 100:.0f} % sure this is {was}. "
        f"Relabel {Path(str(row.member_path)).name} to {names[label].title}?"
    )


def _review_page(
    request: Request, d: Deps, sub_id: int, form: Any, notice: str, error: bool, **extra: Any
) -> Response:
    """The review part after a label action (the whole page without htmx)."""
    view = load_submission(d, sub_id)
    if view is None:
        return not_found(request, "submission")
    if not is_htmx(request):
        view |= load_thread(d, sub_id)
        if notice:
            request.session["flash"] = notice
        return render(request, "submission.html", **view, **extra)
    draft = _draft_after(d, sub_id, form)
    return render(
        request, "_review.html", notice=notice, notice_error=error, draft_form=draft, **view,
        **extra,
    )  # fmt: skip


@action
async def reclassify(request: Request) -> Response:
    """Give a file the label (and kind) staff chose; the submission is checked again at once.

    Overruling a prediction at or above ``[dashboard] confirm_relabel_above`` is asked
    first (Confirm / Cancel); nothing is recorded until staff confirm.
    """
    d = deps(request)
    file_id = int(request.path_params["file_id"])
    form = await request.form()
    label = _field(form, "label")
    kind_in = _field(form, "kind")
    names = by_label()
    row = await run_in_threadpool(review.get_file, d.store, file_id)
    if row is None:
        return not_found(request, "file")
    sub_id = row.submission_id
    confident = row.confidence >= d.settings.dashboard.confirm_relabel_above
    if label not in names or (kind_in and kind_in not in KINDS):
        notice, error = "Choose one of the labels and kinds in the lists.", True
    elif _field(form, "cancel"):
        name = Path(str(row.member_path)).name
        title = names[row.label].title if row.label in names else row.label
        notice, error = f"Not relabelled: {name} stays {title}.", False
        return await run_in_threadpool(
            lambda: _review_page(request, d, sub_id, form, notice, error, focus_file=file_id)
        )
    elif label != row.label and not row.corrected and confident and not _field(form, "confirmed"):
        ask = {
            "file_id": file_id,
            "label": label,
            "kind": kind_in,
            "kind_shown": _field(form, "kind_shown"),
            "text": _confirm_text(row, label),
        }
        return await run_in_threadpool(
            lambda: _review_page(request, d, sub_id, form, "", False, confirm=ask)
        )
    else:
        kind: str | None = None
        if has_kind(label):
            # a new label brings its own kind unless staff changed the kind shown themselves
            untouched = "kind_shown" in form and kind_in == _field(form, "kind_shown")
            relabelled = label != row.label
            kind = kind_in if kind_in and not (untouched and relabelled) else None
            kind = kind or names[label].default_kind
        try:
            missing = await run_in_threadpool(
                _reclassify, d, file_id, label, kind, request.state.user
            )
        except Exception:
            log.exception("re-checking submission %d after a label change failed", sub_id)
            notice = (
                "The label was not saved: the submission could not be checked again. Try "
                "once more; if it fails again, tell IT (the dashboard's log says why)."
            )
            error = True
        else:
            kind_text = f" ({kind})" if kind else ""
            name = Path(str(row.member_path)).name
            still = ", ".join(names[m].short if m in names else m for m in missing)
            notice = f"Saved: {name} is now {names[label].title}{kind_text}. " + (
                f"Still missing: {still}." if still else "Nothing required is missing now."
            )
            error = False
    if not is_htmx(request):
        return _done(request, sub_id, notice, f"#file-{file_id}", focus_file=file_id)
    return await run_in_threadpool(
        lambda: _review_page(request, d, sub_id, form, notice, error, focus_file=file_id)
    )


# -- review state ---------------------------------------------------------------------------
@action
async def set_review(request: Request) -> Response:
    """Mark a submission reviewed, accepted for QA, or open again."""
    d = deps(request)
    sub_id = int(request.path_params["sub_id"])
    form = await request.form()
    state = _field(form, "state")
    if state not in REVIEW_STATES:
        notice, error = "Choose open, reviewed or accepted.", True
    else:
        found = await run_in_threadpool(review.set_review_state, d.store, sub_id, state)
        if not found:
            return await no_submission(request, sub_id)
        notice = {
            review.OPEN: "The submission is open again.",
            review.REVIEWED: "Marked as reviewed.",
            review.ACCEPTED: "Accepted for QA.",
        }[state]
        error = False
        if state == review.ACCEPTED:
            notice += await run_in_threadpool(_still_open, d, sub_id)
    if not is_htmx(request):
        return _done(request, sub_id, notice)
    return await run_in_threadpool(_review_fragment, request, d, sub_id, notice, error)


def _still_open(d: Deps, sub_id: int) -> str:
    """What an accepted submission still has open (missing items, replies waiting), said."""
    sub = d.store.results.get_submission(sub_id)
    missing = len(json.loads(sub.report_json).get("missing") or []) if sub else 0
    waiting = sum(1 for r in d.store.results.submission_outbox(sub_id) if r.state == t.HELD)
    parts = []
    if missing:
        parts.append(f"{missing} required item{'s are' if missing != 1 else ' is'} still missing")
    if waiting:
        parts.append(f"{waiting} repl{'ies wait' if waiting != 1 else 'y waits'} for approval")
    return f" Note: {' and '.join(parts)}." if parts else ""


# -- an email that could not be processed ---------------------------------------------------
_NOT_RETRIED = {
    t.QUEUED: "this email is in the queue already (it was retried before)",
    t.PROCESSING: "the intake service is processing this email now",
    t.DONE: "this email has been processed: its result is in the inbox",
}


@action
async def retry_message(request: Request) -> Response:
    """Put an email that could not be processed back in the queue (only while it is set aside)."""
    d = deps(request)
    message_row = int(request.path_params["message_id"])
    user: str = request.state.user

    def run() -> tuple[bool, MessageRow | None, int]:
        done = review.retry_quarantined(d.store, message_row)
        return done, review.get_message(d.store, message_row), review.quarantined_count(d.store)

    done, row, left = await run_in_threadpool(run)
    if row is None:
        return not_found(request, "email")
    if done:
        log.info("message %d put back in the queue by staff account %s", message_row, user)
        notice = "Back in the queue: the intake service processes this email on its next cycle."
    else:
        why = _NOT_RETRIED.get(str(row.state), "this email is not set aside")
        notice = f"Nothing changed: {why}."
    if not is_htmx(request):
        request.session["flash"] = notice
        return RedirectResponse("/failed", status_code=303)
    return render(
        request,
        "_failed_row.html",
        m=row,
        retried=done,
        failed_count=left,
        notice=notice,
        notice_error=False,
    )


# -- a reply to the employer ----------------------------------------------------------------
def _latest_envelope(d: Deps, messages: list[MessageRow]) -> Any:
    """The envelope of the submission's latest stored email (None if it is not on disk)."""
    latest = messages[-1] if messages else None
    raw_path = Path(str(latest.raw_path)) if latest else None
    if raw_path is not None and not mail.inside(raw_path, d.settings.data_dir):
        raw_path = None
    return envelope_of(raw_path)


def _queue_reply(d: Deps, sub: SubmissionRow, fields: tuple[str, str, str], nonce: str) -> bool:
    """Record the reply in the outbox, threaded under the employer's latest email."""
    to, subject, body = fields
    sub_id = sub.id
    messages = d.store.results.submission_messages(sub_id)
    message = mail.compose_reply(
        settings=d.settings.intake,
        to=to,
        subject=subject,
        body=body,
        answering=_latest_envelope(d, messages),
        thread_ids=[str(m.message_id) for m in messages if m.message_id],
    )
    return review.record_manual_reply(
        d.store,
        submission_id=sub_id,
        dedupe_key=f"manual:{sub_id}:{nonce}",
        recipient=to,
        subject=subject,
        message_id=str(message["Message-ID"]),
        raw=message.as_bytes(),
    )


def _stale_draft(
    d: Deps, sub: SubmissionRow, given: dict[str, str]
) -> tuple[dict[str, str], str] | None:
    """A reply drafted from older checks than the current ones is not queued silently.

    Its own draft is drafted again from the checks; a text staff edited is kept, marked
    as written from older checks, and goes out if they queue it again. None: queue it.
    """
    if not given["checks"]:  # a script's post without a draft key: nothing to compare
        return None
    fresh = reply_form(d, sub)
    if given["checks"] == fresh["current"]:
        return None
    if not drafts.edited(given["body"], given["drafted"]):
        fresh |= {"to": given["to"], "subject": given["subject"], "nonce": given["nonce"]}
        return fresh, (
            "Not queued: the checks changed since this reply was drafted. It has been "
            "drafted again from the current checks: read it, then queue it."
        )
    kept = reply_form(d, sub, **given) | {"checks": fresh["current"], "stale": "1"}
    return kept, (
        "Not queued: the checks changed since you wrote this reply. Read it against the "
        "checks above, then queue it again to send it as it is, or redraft it."
    )


async def _refused(
    request: Request, d: Deps, sub: SubmissionRow, given: dict[str, str], errors: dict[str, str]
) -> Response:
    """A reply form refused: it comes back with what staff typed and the reason next to the
    field (ERRORS, field -> reason; none: the form was out of date). Without JavaScript the
    whole page comes back, with a 400, rather than a redirect that would lose the text."""
    form = reply_form(d, sub, **given)
    reason = next(iter(errors.values()), "")
    notice = (
        f"Not queued: {reason} Your text is kept below."
        if reason
        else "The form was out of date; your text is kept below: send it again."
    )
    thread = await run_in_threadpool(load_thread, d, sub.id)
    thread |= {"form": form, "form_errors": errors}
    if is_htmx(request):
        return render(request, "_replies.html", sub=sub, notice=notice, notice_error=True, **thread)
    view = await run_in_threadpool(load_submission, d, sub.id)
    if view is None:
        return not_found(request, "submission")
    request.session["flash"] = notice
    await nav_counts(request)
    return render(request, "submission.html", status_code=400, flash_error=True, **(view | thread))


@action
async def send_reply(request: Request) -> Response:
    """Queue a reply written by staff; the intake service sends it."""
    d = deps(request)
    sub_id = int(request.path_params["sub_id"])
    form = await request.form()
    given = {
        name: _field(form, name) for name in ("to", "subject", "body", "nonce", "checks", "drafted")
    }
    sub = await run_in_threadpool(d.store.results.get_submission, sub_id)
    if sub is None:
        return await no_submission(request, sub_id, kept=given["body"])
    nonce = given["nonce"] if _NONCE.fullmatch(given["nonce"]) else ""
    try:
        to, subject, body = mail.clean_reply_fields(given["to"], given["subject"], given["body"])
    except mail.BadReply as exc:
        return await _refused(request, d, sub, given | {"nonce": nonce}, {exc.field: str(exc)})
    if not nonce:  # a fresh one comes with the form
        return await _refused(request, d, sub, given | {"nonce": ""}, {})
    stale = await run_in_threadpool(_stale_draft, d, sub, given)
    if stale is not None:
        form_now, notice = stale
        if not is_htmx(request):  # the whole page, with the text kept in its form
            view = await run_in_threadpool(load_submission, d, sub_id)
            if view is None:
                return not_found(request, "submission")
            view |= await run_in_threadpool(load_thread, d, sub_id)
            view["form"] = form_now
            request.session["flash"] = notice
            return render(request, "submission.html", **view)
        thread = await run_in_threadpool(load_thread, d, sub_id)
        thread["form"] = form_now
        return render(request, "_replies.html", sub=sub, notice=notice, notice_error=True, **thread)
    queued = await run_in_threadpool(_queue_reply, d, sub, (to, subject, body), nonce)
    notice = (
        f"Reply to {to} queued: the intake service sends it shortly."
        if queued
        else "This reply was queued already."
    )
    if not is_htmx(request):
        return _done(request, sub_id, notice, "#replies")
    thread = await run_in_threadpool(load_thread, d, sub_id)
    return render(request, "_replies.html", sub=sub, notice=notice, notice_error=False, **thread)
