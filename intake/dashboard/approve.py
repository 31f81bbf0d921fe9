"""Replies held for approval ([intake] replies = "approve" / "auto_when_confident").

Staff send a held reply with one click, as drafted or after editing its text,
or discard it. Sending makes it pending: the intake service's sender loop sends
it like any other reply, in the employer's thread, with the Message-ID it was
recorded with.
"""

from __future__ import annotations

import logging
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from intake.dashboard import mail
from intake.dashboard.render import deps
from intake.dashboard.security import action
from intake.store import review

log = logging.getLogger(__name__)


def edited_raw(raw: bytes, body: str) -> bytes:
    """The recorded reply with its text replaced (headers, threading and Message-ID kept)."""
    message = message_from_bytes(raw, policy=default)
    if not isinstance(message, EmailMessage):  # the default policy always makes one
        raise TypeError("a recorded reply must parse as an EmailMessage")
    message.set_content(body)
    return message.as_bytes()


def _back(request: Request, submission_id: Any, notice: str) -> Response:
    request.session["flash"] = notice
    where = request.query_params.get("from")
    if where == "outbox" or submission_id is None:
        return RedirectResponse("/outbox?state=held", status_code=303)
    return RedirectResponse(f"/submissions/{int(submission_id)}#replies", status_code=303)


@action
async def send_held(request: Request) -> Response:
    """Send a held reply now (with the text staff edited, when they did)."""
    d = deps(request)
    outbox_id = int(request.path_params["outbox_id"])
    form = await request.form()
    given = form.get("body")
    row = await run_in_threadpool(review.get_reply, d.store, outbox_id)
    if row is None:
        request.session["flash"] = "There is no such reply."
        return RedirectResponse("/outbox?state=held", status_code=303)
    raw: bytes | None = None
    if isinstance(given, str) and given.strip():
        body = given.replace("\r\n", "\n").strip()
        if len(body) > mail.MAX_BODY:
            return _back(request, row.submission_id, "The reply is too long to send.")
        if body != mail.reply_body(row.raw).strip():
            raw = edited_raw(row.raw, body + "\n")
    sent = await run_in_threadpool(review.release_held, d.store, outbox_id, raw)
    if sent:
        log.info("held reply %d released by staff%s", outbox_id, " (edited)" if raw else "")
        notice = f"Reply to {row.recipient} released: the intake service sends it shortly."
    else:
        notice = "This reply is no longer waiting (sent or discarded already)."
    return _back(request, row.submission_id, notice)


@action
async def discard_held(request: Request) -> Response:
    """Never send a held reply."""
    d = deps(request)
    outbox_id = int(request.path_params["outbox_id"])
    row = await run_in_threadpool(review.get_reply, d.store, outbox_id)
    if row is None:
        request.session["flash"] = "There is no such reply."
        return RedirectResponse("/outbox?state=held", status_code=303)
    user = str(getattr(request.state, "user", "staff"))
    done = await run_in_threadpool(review.discard_held, d.store, outbox_id, user)
    notice = "Reply discarded: it will not be sent." if done else "This reply is no longer waiting."
    return _back(request, row.submission_id, notice)
