"""The one-click merge of a linked submission (an unauthenticated same-sender follow-up)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from intake.dashboard import mail
from intake.dashboard.pages import no_submission
from intake.dashboard.recheck import envelope_of, recheck
from intake.dashboard.render import Deps, deps
from intake.dashboard.security import action
from intake.envelope import Envelope
from intake.store.merge import merge_linked
from intake.store.rows import FileRow, Rechecked, SubmissionRow

log = logging.getLogger(__name__)


def _latest_envelope(d: Deps, target: int | None) -> Envelope | None:
    """The envelope of the target submission's latest email (for its year), if on disk."""
    messages = d.store.results.submission_messages(int(target)) if target is not None else []
    raw_path = Path(str(messages[-1].raw_path)) if messages else None
    if raw_path is not None and not mail.inside(raw_path, d.settings.data_dir):
        raw_path = None
    return envelope_of(raw_path)


@action
async def merge(request: Request) -> Response:
    """Move a linked submission's emails and files into the submission it was linked to."""
    d = deps(request)
    sub_id = int(request.path_params["sub_id"])
    today = date.today()

    sub = await run_in_threadpool(d.store.results.get_submission, sub_id)
    if sub is None:
        return await no_submission(request, sub_id)
    envelope = await run_in_threadpool(_latest_envelope, d, sub.linked_to)

    def rerun(target: SubmissionRow, files: list[FileRow]) -> Rechecked:
        return recheck(target, files, envelope, today)

    user: str = request.state.user
    target = await run_in_threadpool(merge_linked, d.store, sub_id, rerun, user)
    if target is None:
        request.session["flash"] = "Nothing changed: this submission is not linked to another."
        return RedirectResponse(f"/submissions/{sub_id}", status_code=303)
    log.info("submission %d merged into %d by staff account %s", sub_id, target, user)
    request.session["flash"] = f"Merged {sub.reference} into this submission."
    return RedirectResponse(f"/submissions/{target}", status_code=303)
