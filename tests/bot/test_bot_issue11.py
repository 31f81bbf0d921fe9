"""Issue 11, bot side: one scenario per point, with the answer text asserted."""

from __future__ import annotations

import re
from pathlib import Path

from bot import eligibility as e
from bot.engine import Engine
from bot.questions import split_questions
from bot.session import Session, format_sources
from knowledge.facts import citation, fact
from tests.bot.verdict import whom


def _ask(engine: Engine, question: str) -> str:
    answer = engine.ask(question)
    assert len(answer.answer) <= 1200
    return answer.answer


# --- counting people ---------------------------------------------------------------------


def test_me_my_wife_and_nine_guys_is_eleven(engine: Engine) -> None:
    text = _ask(engine, "its me, my wife and 9 guys, can we do secor?")
    assert whom(text).startswith("I count 11 people: you, your wife and 9 guys.")
    assert text.startswith(
        "No \u2014 with 11 people you are over the limit of 10 and not eligible for SECOR."
    )


def test_eleven_plus_me_in_the_guided_check_is_twelve_and_over(engine: Engine) -> None:
    session = Session(engine)
    session.handle("/eligibility")
    verdict = session.handle("11 plus me").text
    assert verdict.startswith("Verdict: not eligible. With 12 people you are over")


def test_nine_counting_me_plus_a_buddy_counts_the_owner_once(engine: Engine) -> None:
    text = _ask(engine, "we're nine counting me plus a buddy who helps out, ok for secor?")
    assert whom(text).startswith("I count 10 people: 9 people (you included) and a buddy.")
    assert "right at the limit" in text


def test_growing_past_ten_is_not_read_as_a_count(engine: Engine) -> None:
    text = _ask(engine, "what happens if we grow past 10")
    assert "I count" not in text
    assert "apply for a full COR" in text
    assert "Aside, for Energy Safety Canada's own SECOR program (not ACSA's):" in text


# --- facts as the pages give them -----------------------------------------------------------


def test_maintenance_year_needs_the_evaluation_tool_and_samples_are_an_option(
    engine: Engine,
) -> None:
    text = _ask(engine, "do I need to send the evaluation tool in a maintenance year?")
    assert text.startswith("Understood: the evaluation tool in a maintenance year.")
    assert "The evaluation tool is needed in a maintenance year too" in text
    assert "has the option of sending samples" in text


def test_the_certificate_is_issued_by_the_alberta_government(engine: Engine) -> None:
    text = _ask(engine, "Who issues the SECOR certificate?")
    assert text.startswith("The certificate itself is issued by the Alberta Government")


def test_assessor_quit_gives_acsas_rule_then_escs_as_an_aside(engine: Engine) -> None:
    text = _ask(engine, "our assessor quit, what now?")
    assert text.startswith("Understood: replacing your assessor. The assessor is whoever")
    assert "their own certificate" in text
    silent = text.index("ACSA's pages do not say how soon a departing assessor")
    aside = text.index("Aside, for Energy Safety Canada's own SECOR program")
    assert silent < aside and "90 days" in text[aside:]
    assert "1-800-661-2272" in text and "cor@youracsa.ca" in text


def test_eligibility_verdict_names_the_assessors_certificate() -> None:
    check, prompt = e.start()
    check, prompt = e.advance(check, e.AT_MOST_TEN)
    for _ in range(6):
        check, prompt = e.advance(check, e.YES)
    assert prompt.text.startswith("Verdict: you appear to meet the SECOR prerequisites.")
    assert "the assessor, the person who completes the Evaluation Tool" in prompt.text
    assert any(s.section == "SECOR Assessor" for s in prompt.sources)


def test_pir_refunds_figure(engine: Engine) -> None:
    text = _ask(engine, "How much are the PIR refunds?")
    assert "up to 20% of your premiums" in text


def test_deadlines_say_acsa_is_silent_before_the_esc_aside(engine: Engine) -> None:
    text = _ask(engine, "when is our maintenance due?")
    silent = text.index("ACSA's pages do not say the due date of your yearly maintenance")
    assert silent < text.index("Aside, for Energy Safety Canada's own SECOR program")


def test_a_question_about_esc_gets_escs_rule_first_without_an_aside(engine: Engine) -> None:
    text = _ask(engine, "what are energy safety canada's deadlines for the maintenance audit?")
    assert text.index("Energy Safety Canada") < 120
    assert "Aside" not in text


def test_older_acsa_page_is_undated_and_escs_validity_is_recorded() -> None:
    older = citation(fact("headcount-earlier-wording")).as_dict()
    assert older["effective"] == "undated"
    assert older["dated"] is False and older["effective_date"] is None
    esc = citation(fact("esc-timeframes")).as_dict()
    assert esc["effective"] == "2019-01-01" and esc["valid_until"] == "2022-01-01"


def test_escs_validity_is_printed_where_its_rule_is_cited() -> None:
    """ESC's procedure prints "Valid Until 2022-01-01": the chat's source line says so."""
    lines = format_sources((citation(fact("esc-timeframes")), citation(fact("headcount-limit"))))
    assert "(effective 2019-01-01, valid until 2022-01-01; Energy Safety Canada)" in lines
    assert "valid until" not in lines.splitlines()[-1]  # ACSA's page prints no such date


def test_used_truck_question_is_refused(engine: Engine) -> None:
    answer = engine.ask("how much should I pay for a used F-150?")
    assert answer.answer.startswith("Sorry, I can only help with questions about ACSA's SECOR")
    assert not answer.sources


# --- which element -----------------------------------------------------------------------------


def test_fire_drill_records_go_in_element_11(engine: Engine) -> None:
    text = _ask(engine, "Where do fire drill records go?")
    assert "That goes in Element 11, Emergency Planning." in text


def test_element_question_uses_the_labeler_passed_in(engine: Engine) -> None:
    asked: list[str] = []

    def labeler(text: str) -> tuple[str, float]:
        asked.append(text)
        return "ppe", 0.93

    with_labeler = Engine(engine.nlp, labeler)
    text = with_labeler.ask("which element do our harness logs go under?").answer
    assert asked == ["harness logs"]
    assert "That goes in Element 6, Personal Protective Equipment." in text


def test_unsure_labeler_falls_back_to_the_element_words(engine: Engine) -> None:
    with_labeler = Engine(engine.nlp, lambda text: ("policy", 0.1))
    text = with_labeler.ask("what folder do the toolbox talk minutes go in").answer
    assert "That goes in Element 8, Training and Communication." in text


# --- composing answers ---------------------------------------------------------------------------


def test_head_count_and_maintenance_year_are_answered_together(engine: Engine) -> None:
    text = _ask(engine, "we're in a maintenance year and have 12 guys in summer, can we submit?")
    assert text.startswith("Understood: more than 10 people during a maintenance year.")
    assert "No \u2014 with 12 people you are over the limit of 10" in text
    assert "ACSA's pages do not say how a company that passes 10 people" in text


def test_every_question_in_a_message_is_answered(engine: Engine) -> None:
    message = "do part timers count? and how do we submit our package?"
    assert split_questions(message) == [
        "do part timers count?",
        "and how do we submit our package?",
    ]
    text = _ask(engine, message)
    assert "part-time workers count toward the 10" in text
    assert "zipped (compressed) folder" in text


def test_maintenance_legislation_list_is_not_called_unneeded(engine: Engine) -> None:
    text = _ask(engine, "in a maintenance year do we resend the legislation list?")
    assert "send them again if they changed" in text
    assert "not needed" not in text


# --- email answers ----------------------------------------------------------------------

EMAIL = """Hi there,

We're a small roofing outfit. It's me, my wife and 9 guys. Can we still get SECOR?
This is our maintenance year - do I need to send the evaluation tool again?

What's a fair price for a used truck?

Thanks,
Dave
"""


def test_ask_email_answers_each_question_in_the_departments_voice(engine: Engine) -> None:
    result = engine.ask_email(EMAIL).as_dict()
    assert set(result) == {"answers", "unanswered", "voice"}
    first, second = result["answers"]
    assert set(first) == {"question", "answer", "topic", "confidence", "sources", "kind"}
    assert first["question"].endswith("Can we still get SECOR?")
    assert whom(first["answer"]).startswith("We count 11 people: you, your wife and 9 guys.")
    assert second["answer"].startswith("You asked about the evaluation tool in a maintenance year.")
    for item in result["answers"]:
        assert not re.search(r"\bI\b|/[a-z]+\b| \+ ", item["answer"]), item["answer"]
        assert item["sources"] and {"title", "section", "effective"} <= set(item["sources"][0])
    assert result["unanswered"] == ["What's a fair price for a used truck?"]


def test_ask_keeps_its_contract_shape(engine: Engine, tmp_path: Path) -> None:
    answer = engine.ask("how do I submit?").as_dict()
    # the contract's four fields, and "kind" added (fields are added, never renamed)
    assert set(answer) == {"answer", "topic", "confidence", "sources", "kind"}
    assert answer["kind"] == "answer"
