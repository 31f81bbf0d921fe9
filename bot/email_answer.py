"""Answers to an email body, one per question, in the COR department's voice.

``Engine.ask_email(text)`` returns an ``EmailAnswer``; its ``as_dict()`` is::

    {"answers": [{"question": str, "answer": str, "topic": str, "confidence": float,
                  "sources": [...]}],          # sources: the same objects as `ask`
     "unanswered": [str, ...],                 # questions the knowledge base cannot answer
     "voice": "department"}                    # the answers are already in the department's
                                               # voice: callers use them as they are

Every question of the email is answered separately (sentences before a question
are read with it as its context, and a statement naming the employer's organisation,
"we are certified through Energy Safety Canada", with every later question that names
none). Each answer is written as the department
writes: full sentences, "we", no chat phrasing ("I count 11 + you") and no
slash commands. A question the knowledge base cannot answer, and an off-topic
one, goes to ``unanswered`` (for a person to answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.answers import Answer
from bot.guard import clean, is_manipulative
from bot.questions import split_questions
from knowledge.facts import contacts


class QuestionAnswerer(Protocol):
    """What answers one question (``bot.engine.Engine``); this module does not import it."""

    def ask_one(self, text: str) -> Answer:
        """The answer to one question."""
        ...


MAX_EMAIL_CHARS = 6000
# The `voice` of ``EmailAnswer.as_dict()``: the answers need no rewording.
DEPARTMENT_VOICE = "department"
MAX_QUESTIONS = 8

_QUOTED = re.compile(r"^\s*>")
_STOP = re.compile(
    r"^\s*(?:--\s*|_{5,}|Sent from my .*|-{3,}\s*(?:Original|Forwarded) Message.*|"
    r"On .{5,80} wrote:)\s*$",
    re.IGNORECASE,
)
_HELLO = r"(?:hi|hello|hey|good (?:morning|afternoon|evening)|dear|greetings)"
_GREETING = re.compile(
    rf"^{_HELLO}\b(?:(?:[ \t]+[\w.'-]+){{0,3}}[ \t]*[,!:.]?[ \t]*(?=\n|$)|[ \t]*[,!:]\s*)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"\b(?:thanks|thank you|thx|cheers|regards|best regards|kind regards|sincerely)"
    r"(?: (?:in advance|a lot|so much))?[,.!]*\s*(?:[A-Z][\w.'-]*\s*){0,4}$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|(?<=\?)\s+|\n{2,}")
_ASKS = re.compile(
    r"\?\s*$|^(?:i (?:would like|'d like|want|need) to know|i(?: am|'m) wondering|"
    r"please (?:let (?:me|us) know|tell (?:me|us)|confirm|advise)|can you (?:tell|confirm)|"
    r"could you (?:tell|confirm))\b",
    re.IGNORECASE,
)
# A statement naming the employer's certifying organisation ("we are certified through
# Energy Safety Canada") holds for every later question that names none itself.
_ORGANISATION = re.compile(
    r"\b(?:energy safety canada|enform|esc|acsa|alberta construction safety)\b", re.IGNORECASE
)
# "we" opening a sentence, after the rewording below.
_SENTENCE_WE = re.compile(r"((?:^|[.!?]\s+|\(\s*))we\b")
# The chat's own phrasing, rewritten as the department writes.
_VOICE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[^.!?\n]*\s/[a-z]+\b[^.!?\n]*[.!?]?"), ""),
    (re.compile(r"^Understood: (.*?)\.", re.MULTILINE), r"You asked about \1."),
    (re.compile(r"\bI count\b"), "we count"),
    (re.compile(r"\bI read that as\b"), "we read that as"),
    (re.compile(r"\bI can't\b"), "we cannot"),
    (re.compile(r"\bI can\b"), "we can"),
    (re.compile(r"\bI have\b"), "we have"),
    (re.compile(r"\bI was\b"), "we were"),
    (re.compile(r"\bI\b"), "we"),
    (re.compile(r"\bcan't\b"), "cannot"),
    (re.compile(r"\bdon't\b"), "do not"),
    (re.compile(r"\bdoesn't\b"), "does not"),
    (re.compile(r"\bNote: "), "Please note: "),
    # the reply comes from the COR department: it speaks of itself as "we"
    (re.compile(r"\bthe COR department is at\b"), "we are at"),
    (re.compile(r"\b[Tt]he COR department can\b"), "we can"),
    (re.compile(r"(?<!ACSA )(?<!'s )\bthe COR department\b"), "us"),
    (re.compile(r"\s+\+\s+"), " and "),
    (re.compile(r"[ \t]{2,}"), " "),
)


@dataclass(frozen=True)
class EmailItem:
    """One question of the email and its answer."""

    question: str
    answer: Answer

    def as_dict(self) -> dict[str, Any]:
        """The question and the answer's contract fields, the answer in the department's voice."""
        out = self.answer.as_dict()
        return {"question": self.question, **out}


@dataclass(frozen=True)
class EmailAnswer:
    """The answers to an email's questions and the questions left for a person."""

    answers: tuple[EmailItem, ...] = ()
    unanswered: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """The answers (question, answer, topic, confidence, sources) and the unanswered."""
        return {
            "answers": [item.as_dict() for item in self.answers],
            "unanswered": list(self.unanswered),
            "voice": DEPARTMENT_VOICE,
        }


def email_questions(text: str) -> list[str]:
    """The questions of an email body, each with the statements just before it as context."""
    lines: list[str] = []
    for line in text[:MAX_EMAIL_CHARS].splitlines():
        if _STOP.match(line):
            break
        if not _QUOTED.match(line):
            lines.append(line.strip())
    body = "\n".join(lines).strip()
    body = _GREETING.sub("", body, count=1)
    body = _SIGN_OFF.sub("", body).strip()
    sentences = [clean(s) for s in _SENTENCE.split(body) if s and clean(s)]
    questions: list[str] = []
    context: list[str] = []
    standing = ""  # the last statement naming the organisation (see _ORGANISATION)
    for sentence in sentences:
        if _ASKS.search(sentence):
            asked = [*context, sentence]
            if standing and not any(_ORGANISATION.search(s) for s in asked):
                asked = [standing, *asked]
            questions.append(" ".join(asked))
            context = []
        else:
            context = [*context, sentence][-2:]
            if _ORGANISATION.search(sentence):
                standing = sentence
    if not questions and sentences:
        questions = [" ".join(sentences[-3:])]
    return questions[:MAX_QUESTIONS]


def department_voice(text: str) -> str:
    """An answer as the COR department writes it: "we", full sentences, no chat commands;
    its own address offered as "reply to this email"."""
    for pattern, replacement in _VOICE:
        text = pattern.sub(replacement, text)
    address = re.escape(contacts().email)
    text = re.sub(rf"\be-?mail {address}\b", "reply to this email", text)
    text = re.sub(rf", {address}\)", ", or reply to this email)", text)
    text = _SENTENCE_WE.sub(lambda m: f"{m.group(1)}We", text)
    return text.strip()


def answer_email(engine: QuestionAnswerer, text: str) -> EmailAnswer:
    """Answer every question of an email body (see the module docstring for the shape)."""
    answers: list[EmailItem] = []
    unanswered: list[str] = []
    asked = [part for question in email_questions(text) for part in split_questions(question)]
    for question in asked[:MAX_QUESTIONS]:
        if is_manipulative(question):
            unanswered.append(question)
            continue
        answer = engine.ask_one(question)
        if not answer.sources or answer.kind in ("refusal", "unknown", "smalltalk"):
            unanswered.append(question)
            continue
        voiced = Answer(
            department_voice(answer.answer),
            answer.topic,
            answer.confidence,
            answer.sources,
            answer.kind,
        )
        answers.append(EmailItem(question, voiced))
    return EmailAnswer(tuple(answers), tuple(unanswered))
