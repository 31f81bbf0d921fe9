"""Answer the questions an email asks, from the knowledge base, in the department's voice.

Employers write to the COR mailbox with the same eligibility and process
questions they ask the chat bot, on their own or inside the email that carries
their submission. Every question gets an answer citing its sources, or is named
as one a coordinator will answer. An email that only asks gets its own answer
(``answer_question``); the questions of a submission email are answered in the
submission's reply (``email_answers``, used by compose).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.config import IntakeSettings
from intake.envelope import Envelope
from intake.reply.context import clean, greeting_name
from intake.reply.guard import may_auto_reply, reply_address
from intake.reply.headers import reply_subject
from intake.reply.render import render
from intake.report import Reply, ReplyReview

log = logging.getLogger(__name__)

QUESTION_TEMPLATE = "question.txt.j2"
MAX_QUESTION_CHARS = 1000
MAX_QUESTIONS = 6

# The knowledge base's answer to an email's text, in either shape:
# ``Engine.ask_email(text).as_dict()`` ({"answers": [{question, answer, topic,
# confidence, sources}], "unanswered": [str]}) or ``Engine.ask(text).as_dict()``
# (the contract's `secor-bot ask` object, for the whole text as one question).
# The first shape carries ``"voice": "department"``: its answers are already in the
# department's voice (and label Energy Safety Canada's rules), so they are used as they are.
# An answer's ``kind`` (added to the ask contract) says "eligibility" for a head count
# with its verdict: a reply carrying one asks a person to check it (ReplyReview).
Answerer = Callable[[str], Mapping[str, Any]]
_VOICED = "department"
_HEAD_COUNT_KIND = "eligibility"

_QUOTED = re.compile(r"^\s*>")
_SIGNATURE = re.compile(r"^(--\s*|_{5,}|Sent from my .*)$")
_FORWARD = re.compile(r"^-{3,}\s*(Original|Forwarded) Message", re.IGNORECASE)
_REPLY_HEADER = re.compile(r"^On\b.{0,200}\bwrote:$", re.IGNORECASE)
# A sentence of the chat channels' own ("type /eligibility ..."): meaningless in an email.
_CHAT_HINT = re.compile(r"[^.!?\n]*\s/[a-z]+\b[^.!?\n]*[.!?]?")
_QUESTION = re.compile(r"[^.!?\n]*\?")
# A link: its query string's "?" asks nothing ("dropbox.com/sh/abc?dl=0"); the last
# character is not punctuation that ends the sentence around it ("did you get www.x.ca?")
_LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
# Energy Safety Canada runs its own SECOR program; ACSA's emails give its rules
# only to an employer who asks about it.
_ESC = re.compile(r"energy\s+safety\s+canada|\besc\b|\benform\b", re.IGNORECASE)
_ESC_AUTHORITY = "Energy Safety Canada"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
# The chat speaks as "I"; an email from the COR department speaks as "we".
_VOICE = (
    (re.compile(r"\bI count\b"), "We count"),
    (re.compile(r"\bI can't\b|\bI cannot\b"), "we cannot"),
    (re.compile(r"\bI'm not sure\b"), "we are not sure"),
    (re.compile(r"\bI'm\b"), "we are"),
    (re.compile(r"\bI don't\b|\bI do not\b"), "we do not"),
    (re.compile(r"\bI\b"), "we"),
)
_SENTENCE_WE = re.compile(r"((?:^|[.!?:]\s+))we\b")


@dataclass
class EmailAnswers:
    """The answered questions (``question``, ``answer``, ``sources``) and the unanswered ones."""

    answers: list[dict[str, Any]] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    review: list[ReplyReview] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.answers or self.unanswered)


def question_text(envelope: Envelope) -> str:
    """The employer's own words: the body without quoted text, signature and the sentences
    that only give a link (a download link is no question), else the subject."""
    lines: list[str] = []
    for line in envelope.body.splitlines():
        stripped = line.strip()
        if _SIGNATURE.match(stripped) or _FORWARD.match(stripped) or _REPLY_HEADER.match(stripped):
            break
        if not _QUOTED.match(line):
            lines.append(stripped)
    text = _without_links(" ".join(part for part in lines if part))
    if "?" not in text and envelope.subject:
        text = f"{envelope.subject}. {text}"
    return text[:MAX_QUESTION_CHARS].strip()


def _without_links(text: str) -> str:
    """TEXT without the sentences that only give a link ("Files here: https://..."); a
    sentence that asks about one keeps it as "the link" ("did you get the link?")."""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        plain = _LINK.sub("the link", sentence)
        if plain == sentence or "?" in plain:
            kept.append(plain)
    return " ".join(kept)


def questions_in(text: str) -> list[str]:
    """The sentences of TEXT that ask something, in order (at most MAX_QUESTIONS)."""
    found = [" ".join(m.group(0).split()) for m in _QUESTION.finditer(text)]
    return [q for q in found if len(q) > 3][:MAX_QUESTIONS]


def department_voice(answer: str, question: str) -> str:
    """An answer as the COR department writes it: no chat commands, "we", ACSA first.

    Sentences about Energy Safety Canada are left out unless the question asks
    about it: the email is signed by ACSA's COR department.
    """
    text = _CHAT_HINT.sub("", answer).strip()
    if not _ESC.search(question):
        kept = [s for s in _SENTENCE.split(text) if not _ESC.search(s)]
        text = " ".join(kept).strip()
    for pattern, replacement in _VOICE:
        text = pattern.sub(replacement, text)
    text = _SENTENCE_WE.sub(lambda m: f"{m.group(1)}We", text)
    return text[:1].upper() + text[1:]


def _acsa_sources(sources: Sequence[Mapping[str, Any]], question: str) -> list[Mapping[str, Any]]:
    if _ESC.search(question):
        return list(sources)
    return [s for s in sources if s.get("authority") != _ESC_AUTHORITY]


def email_answers(text: str, answerer: Answerer) -> EmailAnswers:
    """Every question of TEXT answered from the knowledge base, or listed as unanswered.

    A knowledge base that fails (its model cannot load) answers nothing: the
    questions are left to a coordinator and the reply still goes out.
    """
    try:
        result = answerer(text)
    except Exception as exc:  # the reply must not fail because the answerer did
        log.warning("the knowledge base could not answer an email: %s", type(exc).__name__)
        return EmailAnswers(unanswered=[clean(q, 300) for q in questions_in(text)])
    items: list[Mapping[str, Any]]
    voiced = result.get("voice") == _VOICED
    if "answers" in result or "unanswered" in result:
        items = list(result.get("answers") or [])
        unanswered = [str(q) for q in result.get("unanswered") or []]
    else:  # the single-answer shape: the whole text is the question
        asked = questions_in(text)
        items = [{**result, "question": asked[0] if len(asked) == 1 else text}]
        unanswered = []
    out = EmailAnswers(unanswered=[clean(q, 300) for q in unanswered])
    for item in items:
        question = str(item.get("question") or "")
        if voiced:  # the bot wrote it in the department's voice already: apply it once
            sources = list(item.get("sources") or [])
            answer = str(item.get("answer") or "").strip()
        else:
            sources = _acsa_sources(item.get("sources") or [], question)
            answer = department_voice(str(item.get("answer") or ""), question)
        if not sources or not answer:
            out.unanswered.append(clean(question, 300))
            continue
        out.answers.append({"question": clean(question, 300), "answer": answer, "sources": sources})
        if item.get("kind") == _HEAD_COUNT_KIND and ReplyReview.HEAD_COUNT not in out.review:
            out.review.append(ReplyReview.HEAD_COUNT)
    return out


def answer_question(
    *, envelope: Envelope, answerer: Answerer, settings: IntakeSettings
) -> Reply | None:
    """The answer to send, or None when the mail is automatic or nothing could be answered."""
    if not may_auto_reply(envelope):
        return None
    to = reply_address(envelope, settings)
    text = question_text(envelope)
    if to is None or not text:
        return None
    found = email_answers(text, answerer)
    if not found.answers:
        return None
    sources: list[Mapping[str, Any]] = []
    for item in found.answers:
        for source in item["sources"]:
            if source not in sources:
                sources.append(source)
    context = {
        "name": greeting_name(envelope),
        "answers": found.answers,
        "unanswered": found.unanswered,
        "answer": found.answers[0]["answer"],
        "sources": sources,
        "cor_name": settings.from_name,
        "cor_address": settings.cor_address,
    }
    body = render(context, settings.templates_dir, QUESTION_TEMPLATE)
    return Reply(to=to, subject=reply_subject(envelope.subject), body=body, review=found.review)
