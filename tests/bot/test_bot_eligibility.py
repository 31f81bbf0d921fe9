"""The guided eligibility check (channel-independent state machine)."""

from __future__ import annotations

from bot import eligibility as e
from bot.engine import Engine


def _run(replies: list[str], engine: Engine | None = None) -> tuple[e.Check, list[e.Prompt]]:
    check, prompt = e.start()
    prompts = [prompt]
    for reply in replies:
        check, prompt = e.advance(check, reply, engine.read_headcount if engine else None)
        prompts.append(prompt)
    return check, prompts


def test_asks_every_prerequisite_in_order() -> None:
    check, prompts = _run([e.AT_MOST_TEN] + [e.YES] * 6)
    assert [p.state for p in prompts] == [*e.ORDER, e.DONE]
    assert check.done
    assert prompts[-1].text.startswith("Verdict: you appear to meet")
    assert prompts[-1].sources and prompts[-1].choices == ()


def test_first_prompt_offers_buttons() -> None:
    _, prompt = e.start()
    assert prompt.state == e.HEADCOUNT
    assert [v for _, v in prompt.choices] == [e.AT_MOST_TEN, e.OVER_TEN]
    _, following = e.advance(e.Check(), e.AT_MOST_TEN)
    assert [v for _, v in following.choices] == [e.YES, e.NO, e.UNSURE]


def test_over_ten_ends_at_once_with_cor() -> None:
    check, prompts = _run([e.OVER_TEN])
    assert check.done and len(prompts) == 2
    assert "not eligible" in prompts[-1].text and "COR" in prompts[-1].text


def test_free_text_head_count(engine: Engine) -> None:
    check, prompts = _run(["9 guys plus my wife does the books"], engine)
    assert check.state == e.WCB and check.headcount == 10
    assert "10 people" in prompts[-1].text
    check, prompts = _run(["12 in summer, 6 in winter"], engine)
    assert check.done and "12 people" in prompts[-1].text


def test_verdict_lists_what_is_still_needed_and_to_confirm() -> None:
    replies = [e.AT_MOST_TEN, e.YES, e.NO, "yep", e.UNSURE, "no", "not sure"]
    check, prompts = _run(replies)
    verdict = prompts[-1].text
    assert check.done and verdict.startswith("Verdict: not yet.")
    needed, confirm = verdict.split("To confirm:")
    assert "ACSA member" in needed and "CSTS" in needed
    assert "Standard First Aid" in confirm and "three months" in confirm
    assert "1-800-661-2272" in verdict


def test_unclear_reply_repeats_the_question() -> None:
    check = e.Check(state=e.WCB)
    same, prompt = e.advance(check, "purple")
    assert same == check
    assert prompt.state == e.WCB and "yes, no or not sure" in prompt.text


def test_unreadable_head_count_asks_again() -> None:
    check, prompt = e.advance(e.Check(), "lots")
    assert check.state == e.HEADCOUNT and "number" in prompt.text


def test_finished_check_does_not_move() -> None:
    check, _ = _run([e.OVER_TEN])
    again, prompt = e.advance(check, e.YES)
    assert again == check and "/eligibility" in prompt.text
