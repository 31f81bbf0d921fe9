"""``secor-bot chat`` driven through standard input."""

from __future__ import annotations

import io

from bot.chat import run_chat
from bot.engine import Engine
from bot.session import CHECKING, Session


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


def test_free_question_during_the_check_is_answered_then_the_step_asked_again(
    engine: Engine,
) -> None:
    session = Session(engine)
    session.handle("/eligibility")
    session.handle("9")
    reply = session.handle("what does an active wcb account mean?")
    assert reply.state == CHECKING and reply.step == "wcb" and reply.sources
    answer, again = reply.text.split("Back to the check", 1)
    assert "WCB account" in answer and "(2 of 7)" in again
    assert [v for _, v in reply.choices] == ["yes", "no", "unsure"]
    assert session.check is not None and session.check.headcount == 9
    assert "(3 of 7)" in session.handle("yes").text


def test_during_the_check_yes_no_comes_first_and_unclear_text_is_not_answered(
    engine: Engine,
) -> None:
    session = Session(engine)
    session.handle("/eligibility")
    assert "Noted: 4 people" in session.handle("do 3 part-timers and me qualify?").text
    assert "(3 of 7)" in session.handle("no, do we need one?").text
    unclear = session.handle("I think so")
    assert "yes, no or not sure" in unclear.text and not unclear.sources
    assert session.check is not None and session.check.state == "membership"


def test_a_number_typed_for_the_head_count_is_people_not_a_choice(engine: Engine) -> None:
    """The chat QA: typing 2 picked '[2] More than 10' and gave 'not eligible'."""
    out = _chat(engine, ["/eligibility", "2", "/quit"])
    assert "[a] 10 or fewer  [b] More than 10" in out
    assert "Noted: 2 people, within the limit" in out and "not eligible" not in out
    out = _chat(engine, ["/eligibility", "b", "/quit"])
    assert "over the limit of 10" in out or "not eligible" in out.lower()


def test_stop_back_and_start_over_are_understood_at_any_step(engine: Engine) -> None:
    """Typed words steer the guided check: back one step, start over, stop (issue 11)."""
    lines = ["/eligibility", "8", "yes", "go back", "no", "back", "back", "Start over.", "9",
             "yes", "stop", "do volunteers count?"]  # fmt: skip
    out = _chat(engine, lines)
    steps = [line for line in out.splitlines() if line.startswith("(")]
    assert [s[:8] for s in steps] == [
        "(1 of 7)", "(2 of 7)", "(3 of 7)", "(2 of 7)", "(3 of 7)", "(2 of 7)", "(1 of 7)",
        "(1 of 7)", "(2 of 7)", "(3 of 7)",
    ]  # fmt: skip
    assert out.count("Back one step.") == 3
    assert "Check cancelled" in out and "volunteers count toward the 10" in out
    assert "Verdict" not in out


def test_the_first_step_has_nothing_before_it_and_quit_ends_the_check(engine: Engine) -> None:
    out = _chat(engine, ["/eligibility", "back", "cancel please", "/quit"])
    assert "This is the first question." in out and "Check cancelled" in out
    out = _chat(engine, ["/eligibility", "quit", "what is secor"])
    assert "Check cancelled" in out and "Small Employer Certificate of Recognition" in out


def test_steering_words_are_read_but_answers_are_not() -> None:
    from bot.eligibility import BACK, RESTART, STOP, steering

    assert steering("Stop!") == STOP and steering("never mind") == STOP
    assert steering("/back") == BACK and steering("wrong answer") == BACK
    assert steering("please start over") == RESTART and steering("restart") == RESTART
    for answer in ("no", "not sure", "yes we do", "8 people", "stop work orders?"):
        assert steering(answer) is None
