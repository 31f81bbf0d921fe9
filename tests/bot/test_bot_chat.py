"""``secor-bot chat`` driven through standard input."""

from __future__ import annotations

import io

from bot.chat import run_chat
from bot.engine import Engine


def _chat(engine: Engine, lines: list[str]) -> str:
    out = io.StringIO()
    assert run_chat(engine, io.StringIO("\n".join(lines) + "\n"), out) == 0
    return out.getvalue()


def test_question_answer_with_sources(engine: Engine) -> None:
    out = _chat(engine, ["how do i submit my secor?", "/quit"])
    assert "cor@youracsa.ca" in out and "Sources:" in out
    assert out.rstrip().endswith("Bye.")


def test_help_and_quit(engine: Engine) -> None:
    out = _chat(engine, ["/help", "/quit", "never read"])
    assert "/eligibility" in out and "/quit" in out
    assert "never read" not in out


def test_guided_check_with_numbers_and_words(engine: Engine) -> None:
    lines = ["/eligibility", "me and 3 part-timers", "1", "yes", "1", "2", "yes", "no"]
    out = _chat(engine, lines)
    assert "(1 of 7)" in out and "(7 of 7)" in out
    assert "Noted: 4 people" in out
    assert "Verdict: not yet." in out
    assert "Standard First Aid" in out.split("Still needed:")[1]
    assert "three months" in out.split("Still needed:")[1]


def test_cancel_returns_to_questions(engine: Engine) -> None:
    out = _chat(engine, ["/eligibility", "/cancel", "do volunteers count?"])
    assert "Check cancelled" in out and "volunteers count toward the 10" in out


def test_end_of_input_ends_the_chat(engine: Engine) -> None:
    out = _chat(engine, ["what is secor"])
    assert "Small Employer Certificate of Recognition" in out and "Bye." in out
