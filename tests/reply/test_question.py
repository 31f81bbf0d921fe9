"""Question emails (no submission) are answered from the knowledge base, with sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intake.config import IntakeSettings
from intake.envelope import Envelope
from intake.reply.knowledge import knowledge_answerer
from intake.reply.question import answer_question, question_text

SETTINGS = IntakeSettings()


def _envelope(body: str, **headers: str) -> Envelope:
    return Envelope(
        sender="mike@greenbough.example",
        sender_name="Mike Green",
        subject="Question about SECOR",
        message_id="<q1@greenbough.example>",
        body=body,
        headers={k.lower().replace("_", "-"): v for k, v in headers.items()},
    )


def _answer(_: str) -> dict[str, Any]:
    return {
        "answer": "Up to 10 people at any time. Type /eligibility for the guided check.",
        "sources": [
            {
                "title": "SECOR Process",
                "source": "ACSA",
                "section": "Eligibility",
                "effective": "2020-03-14",
            }
        ],
    }


def test_question_text_drops_quotes_and_signature() -> None:
    env = _envelope("Can we apply with 11 people?\n> old quoted text\n--\nMike\n555-0100")
    assert question_text(env) == "Can we apply with 11 people?"


def test_answer_cites_sources_and_leaves_out_chat_commands() -> None:
    reply = answer_question(
        envelope=_envelope("Can we apply with 11?"), answerer=_answer, settings=SETTINGS
    )
    assert reply is not None
    assert reply.to == "mike@greenbough.example"
    assert reply.subject == "Re: Question about SECOR"
    assert "Up to 10 people at any time." in reply.body
    assert "/eligibility" not in reply.body
    assert 'SECOR Process (ACSA, "Eligibility", effective 2020-03-14)' in reply.body


def test_no_answer_without_sources() -> None:
    def unsure(_: str) -> dict[str, Any]:
        return {"answer": "I cannot answer that.", "sources": []}

    assert (
        answer_question(
            envelope=_envelope("What is the weather?"), answerer=unsure, settings=SETTINGS
        )
        is None
    )


def test_automatic_mail_is_never_answered() -> None:
    env = _envelope("Can we apply?", auto_submitted="auto-replied")
    assert answer_question(envelope=env, answerer=_answer, settings=SETTINGS) is None


def test_real_knowledge_base_answers_head_count(tmp_path: Path) -> None:
    ask = knowledge_answerer(tmp_path / "bot")
    env = _envelope("We are 9 guys plus my wife does the books. Can we still apply for SECOR?")
    reply = answer_question(envelope=env, answerer=ask, settings=SETTINGS)
    assert reply is not None
    assert "10" in reply.body
    assert "SECOR Process" in reply.body
