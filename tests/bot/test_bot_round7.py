"""Issue 11, round seven: say what the pages say, and only that.

- The abstention decides from what a question asks for (bot.asks_for): a date, a
  duration, an amount, a list, a language, a file format, office hours. When no fact
  holding that type speaks of the question's words, the answer is "ACSA's pages do not
  say <what was asked>" with the COR department's contact; answerable questions of each
  type keep their fact.
- Routing (bot.route): a part of the question the topic's facts leave out gets the fact
  that answers it.
- A wrong premise about an element number is corrected from the element guide.

The phrasings are our own, not the benchmark's.
"""

from __future__ import annotations

import pytest

from bot.abstain import Evidence, Thresholds, thresholds
from bot.asks_for import TYPES, asked_type, holds
from bot.element_premise import elements, premise_answer
from bot.engine import Engine
from knowledge.facts import fact

CONTACT = "1-800-661-2272"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what month do refunds usually arrive", "date"),
        ("which day of the year is the cheque sent", "date"),
        ("when exactly is it paid out", "date"),
        ("how soon do premiums go down", "when"),
        ("ok, when does the cheque show up", "when"),
        ("how long before we may apply again", "when"),
        ("how long is the certificate good for", "duration"),
        ("how many weeks does it take", "duration"),
        ("how much can we get back", "amount"),
        ("what percentage of premiums is refunded", "amount"),
        ("is there a public registry of certified companies", "resource"),
        ("where can a client look up whether we hold it", "resource"),
        ("is the course given in vietnamese", "language"),
        ("can I bring an interpreter to the class", "language"),
        ("can i send jpgs or word docs", "format"),
        ("what file format should the logs be", "format"),
        ("what are your office hours", "hours"),
        ("can i call the department on a saturday", "hours"),
        ("is the yearly audit optional", "requirement"),
        ("what happens if we skip it one year", "requirement"),
    ],
)
def test_what_a_question_asks_for_is_read_from_its_question_words(question: str, kind: str) -> None:
    found = asked_type(question)
    assert found is not None and found.id == kind, question


@pytest.mark.parametrize(
    "question",
    [
        "how much history do we need",
        "how much should i submit for samples",
        "is there a form to register for secor",
        "what format do you want the submission in",
        "what time period do the samples cover",
        "do we need the evaluation tool when we do the maintenance",
        "is our inspection policy a directive doc",
    ],
)
def test_questions_that_ask_for_no_typed_value_are_not_typed(question: str) -> None:
    assert asked_type(question) is None, question


def test_facts_hold_the_values_their_type_needs() -> None:
    kinds = {t.id: t for t in TYPES}
    assert holds(kinds["duration"], fact("validity").statement)  # three years
    assert holds(kinds["date"], fact("esc-timeframes").statement)  # December 31
    assert holds(kinds["amount"], fact("pir-refund-amount").statement)  # 20%
    assert holds(kinds["resource"], fact("legislation-list").statement)  # a list of sections
    assert not holds(kinds["amount"], fact("validity").statement)
    assert not holds(kinds["hours"], fact("contact-phone").statement)  # a number, no hours
    assert not holds(kinds["language"], fact("step-courses").statement)


def test_the_typed_rule_abstains_when_no_fact_of_the_type_speaks_of_the_question() -> None:
    rule = Thresholds(typed_support=0.4)
    typed = Evidence((), 0.9, 1.0, 1.0, asks="date", typed=0.1, focus=("cheque",))
    assert rule.abstains(typed)
    assert not rule.abstains(Evidence((), 0.9, 1.0, 1.0, asks="date", typed=0.8))
    assert not rule.abstains(Evidence((), 0.9, 1.0, 1.0))  # not typed: other families decide
    assert not Thresholds().abstains(typed)  # the defaults never abstain
    assert thresholds().typed_support > 0  # fitted, in bot_abstain.toml


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("what month do the PIR refund cheques get mailed out", "on what date or in what month"),
        ("which day of the year does WCB pay the refund", "on what date or in what month"),
        ("how soon do our WCB premiums go down after we certify", "do not say when"),
        ("what are the phone hours for the cor line", "what hours or days"),
        ("is there a directory of companies holding secor", "public list or directory"),
        ("hey there, is the secor course offered in mandarin?", "another language"),
        ("can i send our forms as jpgs", "file formats"),
        ("excel files ok for the inspection logs?", "file formats"),
    ],
)
def test_an_unanswered_typed_question_says_what_the_pages_do_not_say(
    engine: Engine, question: str, what: str
) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert what in answer.answer
    assert CONTACT in answer.answer and "cor@youracsa.ca" in answer.answer
    assert len(answer.sources) <= 1  # at most the closest fact, labelled as such
    if answer.sources:
        assert "The closest thing the pages" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long is a secor good for", "three years"),
        ("when does my secor expire", "three years"),
        ("when is the ESC maintenance audit due if our anniversary is in december",
         "before the year ends"),
        ("how many days does esc give for corrections", "15 days"),
        ("how much can the PIR refund be", "20%"),
        ("what percent of our premiums comes back with secor", "20%"),
        ("how many months of records do we need", "three months"),
        ("is there a list of the courses we can pick for the 3 year ACSA course",
         "any ACSA course"),
    ],
)  # fmt: skip
def test_an_answerable_typed_question_keeps_its_fact(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert expected in answer.answer, answer.answer
    assert answer.sources and answer.topic != "not_stated"


@pytest.mark.parametrize(
    "question",
    [
        "if we miss a maintenance year do we lose the refunds",
        "is doing the yearly maintenance optional for us?",
        "what happens if we skip the maintenance, we are too busy",
    ],
)
def test_a_consequence_is_answered_by_the_fact_that_states_it(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert "to stay eligible for PIR refunds" in answer.answer, answer.answer


def test_a_fact_holding_what_is_asked_vetoes_the_word_tests() -> None:
    rule = Thresholds(min_foreign=1, foreign_support=0.9, typed_answers=0.5)
    odd_words = Evidence((), 0.9, 1.0, 1.0, support=0.1, foreign=3)
    assert rule.abstains(odd_words)
    answered = Evidence((), 0.9, 1.0, 1.0, support=0.1, foreign=3, asks="requirement",
                        typed=0.6, typed_fact="validity", focus=("maintenance",))  # fmt: skip
    assert not rule.abstains(answered)
    assert rule.abstains(Evidence((), 0.9, 1.0, 1.0, support=0.1, foreign=3, asks="date",
                                  typed=0.6))  # fmt: skip  # no words of its own: no veto


def test_a_part_the_topic_leaves_out_is_routed_to_its_fact(engine: Engine) -> None:
    answer = engine.ask("can i mail you a usb? if not how do i organize the files")
    assert "electronically only" in answer.answer  # the USB, from the submitting facts
    assert "one folder per element" in answer.answer  # and the organising answer
    first_aid = engine.ask("where can my guys get standard first aid, do you guys offer it")
    assert "Fort McMurray" in first_aid.answer


def test_a_routed_esc_fact_is_labelled_after_acsa(engine: Engine) -> None:
    text = engine.ask("can we hire an outside consultant to be our assessor").answer
    at = text.find(fact("esc-consultant").statement)
    if at >= 0:
        assert at > 0 and "not ACSA's" in text[max(0, at - 120) : at]


def test_organising_says_every_document_is_labelled(engine: Engine) -> None:
    answer = engine.ask("do the files need proper names or is scan1 scan2 fine")
    assert "label" in answer.answer


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("for secor, element 2 is the visitor and contractor one right?",
         "No: for SECOR, Element 2 is Hazard Assessments."),
        ("is element 5 the ppe one?", "Personal Protective Equipment is Element 6."),
        ("element 6 is PPE right?", "Yes: for SECOR, Element 6 is Personal Protective Equipment."),
        ("a friend with COR says training goes in element 4, same for secor?",
         "Training and Communication is Element 8."),
    ],
)  # fmt: skip
def test_a_wrong_premise_about_an_element_is_corrected(
    engine: Engine, question: str, says: str
) -> None:
    answer = engine.ask(question)
    assert says in answer.answer, answer.answer
    assert {s.id for s in answer.sources} == {"acsa-element-guide"}


def test_element_lists_come_from_the_element_guide() -> None:
    secor = [e for e in elements() if e.program == "SECOR"]
    cor = [e for e in elements() if e.program == "COR"]
    assert len(secor) == 13 and len(cor) == 10
    assert cor[1].name == "Public, Visitor and Contractor Employees"
    assert premise_answer("is safe job procedures element 3 or 4") is None  # a placement
    assert premise_answer("whats element 12 again") is None


def test_a_cancelled_esc_refresher_is_answered_from_the_procedure(engine: Engine) -> None:
    text = engine.ask("our ESC refresher class got cancelled last week, audit due soon, now what")
    answer = text.answer
    assert "next available (practicable) course" in answer and "before the audit goes in" in answer
    assert text.answer.startswith("That is Energy Safety Canada's rule")


def test_what_esc_does_after_the_audit_is_sent(engine: Engine) -> None:
    after = engine.ask("we mailed our audit to energy safety canada, what happens next?")
    assert "QA review" in after.answer and "passed or failed" in after.answer
    issued = engine.ask("once ESC is done with the review, who gives out the certificate")
    assert "governing body" in issued.answer


def test_responsibility_for_training_is_the_companys(engine: Engine) -> None:
    text = engine.ask("whose responsibility is it that our secor training is up to date").answer
    assert "the company's own responsibility" in text, text


def test_a_typed_fact_is_not_added_when_the_answer_already_gives_it(engine: Engine) -> None:
    text = engine.ask("how long is secor valid for, and what about the years in between").answer
    assert fact("esc-training").statement not in text  # "valid training" is not validity


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("who takes the cup this year, canucks or leafs", "refusal"),
        ("thanks so much, cheers", "smalltalk"),
        ("hi there", "smalltalk"),
    ],
)
def test_a_message_about_other_things_is_no_small_talk(
    engine: Engine, message: str, kind: str
) -> None:
    assert engine.ask(message).kind == kind


def test_a_fact_the_words_name_answers_when_the_topic_misses(engine: Engine) -> None:
    # the intent model's topic does not cover it; the submitting fact names its words
    answer = engine.ask("would a onedrive share link be ok instead of attaching everything?")
    assert "download link" in answer.answer, answer.answer
    assert [s.id for s in answer.sources] == ["acsa-secor-process-current"]
