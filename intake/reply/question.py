"""Answer an email that asks a question instead of carrying a submission.

Employers write to the COR mailbox with the same eligibility and process
questions they ask the chat bot; the intake answers them from the same
knowledge base, citing its sources, when the bot is sure enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from intake.config import IntakeSettings
from intake.envelope import Envelope
from intake.reply.context import greeting_name
from intake.reply.guard import may_auto_reply, reply_address
from intake.reply.headers import reply_subject
from intake.reply.render import render
from intake.report import Reply

QUESTION_TEMPLATE = "question.txt.j2"
MAX_QUESTION_CHARS = 1000

# An answer from the knowledge base: the contract's `secor-bot ask` object.
Answerer = Callable[[str], Mapping[str, Any]]

_QUOTED = re.compile(r"^\s*>")
_SIGNATURE = re.compile(r"^(--\s*|_{5,}|Sent from my .*)$")
_FORWARD = re.compile(r"^-{3,}\s*(Original|Forwarded) Message", re.IGNORECASE)
# A sentence of the chat channels' own ("type /eligibility ..."): meaningless in an email.
_CHAT_HINT = re.compile(r"[^.!?\n]*\s/[a-z]+\b[^.!?\n]*[.!?]?")


def question_text(envelope: Envelope) -> str:
    """The employer's own words: the body without quoted text and signature, else the subject."""
    lines: list[str] = []
    for line in envelope.body.splitlines():
        if _SIGNATURE.match(line.strip()) or _FORWARD.match(line.strip()):
            break
        if not _QUOTED.match(line):
            lines.append(line.strip())
    text = " ".join(part for part in lines if part)
    if "?" not in text and envelope.subject:
        text = f"{envelope.subject}. {text}"
    return text[:MAX_QUESTION_CHARS].strip()


def answer_question(
    *, envelope: Envelope, answerer: Answerer, settings: IntakeSettings
) -> Reply | None:
    """The answer to send, or None when the mail is automatic or the knowledge base has none."""
    if not may_auto_reply(envelope):
        return None
    to = reply_address(envelope, settings)
    text = question_text(envelope)
    if to is None or not text:
        return None
    answer = answerer(text)
    sources: Sequence[Mapping[str, Any]] = answer.get("sources") or []
    if not sources:
        return None
    context = {
        "name": greeting_name(envelope),
        "answer": _CHAT_HINT.sub("", str(answer.get("answer", ""))).strip(),
        "sources": list(sources),
        "cor_name": settings.from_name,
        "cor_address": settings.cor_address,
    }
    body = render(context, settings.templates_dir, QUESTION_TEMPLATE)
    return Reply(to=to, subject=reply_subject(envelope.subject), body=body)
