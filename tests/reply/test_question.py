"""Question emails (no submission) are answered from the knowledge base, with sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.config import IntakeSettings, Settings
from intake.commands.answerer import knowledge_answerer
from intake.envelope import Envelope
from intake.reply.question import (
    answer_question,
    department_voice,
    email_answers,
    question_text,
    questions_in,
)
from intake.report import ReplyReview

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


def test_a_links_query_string_is_no_question() -> None:
    link = _envelope("Hello, the documents: https://www.dropbox.com/sh/abc123/AAB?dl=0 Lee")
    assert "?" not in question_text(link) and "dropbox" not in question_text(link)
    assert not questions_in(question_text(link))
    # a sentence that only gives a link is left out: the answerer made it a question of its own
    both = _envelope("Files here: https://we.tl/t-abc123 . Also do we need the tool every year?")
    assert question_text(both) == "Also do we need the tool every year?"
    asked = _envelope("did you get www.dropbox.com/s/x?dl=1? and is element 7 needed this year?")
    assert questions_in(question_text(asked)) == [
        "did you get the link?",
        "and is element 7 needed this year?",
    ]


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
    ask = knowledge_answerer(Settings.model_validate({"paths": {"data_dir": str(tmp_path)}}))
    env = _envelope("We are 9 guys plus my wife does the books. Can we still apply for SECOR?")
    reply = answer_question(envelope=env, answerer=ask, settings=SETTINGS)
    assert reply is not None
    assert "10" in reply.body
    assert "SECOR Process" in reply.body
    assert reply.review == [ReplyReview.HEAD_COUNT]  # auto_when_confident holds it for a person


def test_every_question_of_an_email_is_answered_or_named_for_a_coordinator() -> None:
    def ask(text: str) -> dict[str, Any]:
        assert "Can we apply with 11?" in text and "How do we send it?" in text
        return {
            "answers": [
                {"question": "Can we apply with 11?", "answer": "No: at most 10 people.",
                 "topic": "eligibility", "confidence": 0.9, "sources": _answer("")["sources"]},
                {"question": "How do we send it?", "answer": "Email a zipped folder or a link.",
                 "topic": "submitting", "confidence": 0.9, "sources": _answer("")["sources"]},
            ],
            "unanswered": ["What does a used truck cost?"],
        }  # fmt: skip

    env = _envelope("Can we apply with 11? How do we send it? What does a used truck cost?")
    reply = answer_question(envelope=env, answerer=ask, settings=SETTINGS)
    assert reply is not None
    body = " ".join(reply.body.split())
    assert "Thank you for your questions." in body
    assert '1. "Can we apply with 11?" No: at most 10 people.' in body
    assert '2. "How do we send it?" Email a zipped folder or a link.' in body
    assert 'a coordinator will reply to it personally: - "What does a used truck cost?"' in body


def test_emailed_answers_speak_for_the_department_and_leave_esc_out() -> None:
    answer = (
        "I count 9 guys + your wife = 10. Energy Safety Canada runs its own SECOR with other"
        " deadlines. Type /eligibility for the guided check."
    )
    assert department_voice(answer, "Can we apply?") == "We count 9 guys + your wife = 10."
    about_esc = department_voice(answer, "What are Energy Safety Canada's deadlines?")
    assert "Energy Safety Canada runs its own SECOR" in about_esc


def test_an_answer_drawn_only_from_esc_is_left_to_a_coordinator() -> None:
    def ask(_: str) -> dict[str, Any]:
        esc = {"title": "ESC procedure", "source": "Energy Safety Canada", "section": "2.0",
               "effective": "2019-01-01", "authority": "Energy Safety Canada"}  # fmt: skip
        return {"answer": "ESC asks for it within 30 days.", "sources": [esc]}

    found = email_answers("How long do we have to send the audit?", ask)
    assert found.answers == [] and found.unanswered == ["How long do we have to send the audit?"]


def test_real_knowledge_base_answers_two_questions_in_one_email(tmp_path: Path) -> None:
    ask = knowledge_answerer(Settings.model_validate({"paths": {"data_dir": str(tmp_path)}}))
    env = _envelope(
        "We are 9 guys plus my wife does the books. Can we still apply for SECOR?\n"
        "Also, how do we send our SECOR submission?"
    )
    reply = answer_question(envelope=env, answerer=ask, settings=SETTINGS)
    assert reply is not None
    body = " ".join(reply.body.split())
    assert 'Can we still apply for SECOR?"' in body  # each question quoted, with its context
    assert '"Also, how do we send our SECOR submission?"' in body
    assert "10 people" in body and "cor@youracsa.ca" in body
    assert "I count" not in body and "/eligibility" not in body


def test_a_failing_knowledge_base_leaves_the_questions_to_a_coordinator() -> None:
    def broken(_: str) -> dict[str, Any]:
        raise OSError("model missing")

    found = email_answers("Can we apply? How long is it valid?", broken)
    assert found.answers == []
    assert found.unanswered == ["Can we apply?", "How long is it valid?"]


def test_two_questions_in_one_sentence_are_both_answered(tmp_path: Path) -> None:
    """The example inbox's question: "Can we still apply, and what courses do we need?"."""
    ask = knowledge_answerer(Settings.model_validate({"paths": {"data_dir": str(tmp_path)}}))
    found = ask(
        "We are a landscaping company with 9 guys plus my wife who does the books. "
        "Can we still apply for SECOR, and what courses do we need?"
    )
    answers = found["answers"]
    assert [a["question"].split()[-1] for a in answers] == ["SECOR", "need?"]
    assert "10 people" in answers[0]["answer"]
    assert "courses" in answers[1]["answer"] and "First Aid" in answers[1]["answer"]
    assert found["unanswered"] == []


def test_a_process_question_asks_no_person_to_check_it(tmp_path: Path) -> None:
    ask = knowledge_answerer(Settings.model_validate({"paths": {"data_dir": str(tmp_path)}}))
    env = _envelope("How do we send our SECOR submission to you?")
    reply = answer_question(envelope=env, answerer=ask, settings=SETTINGS)
    assert reply is not None and "cor@youracsa.ca" in reply.body
    assert reply.review == []  # goes out at once under auto_when_confident
