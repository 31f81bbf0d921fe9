"""Issue 11, round six: answers that hold on questions nobody here wrote.

- ACSA first, Energy Safety Canada labelled: every ESC fact, whichever way it reaches an
  answer to a question that does not name ESC, comes after ACSA's position (or after
  "ACSA's pages do not say"), and only under a label that names Energy Safety Canada.
- Calibrated abstention (bot.abstain): a question whose key words no fact mentions is
  answered "ACSA's pages do not say" with the COR department's contact.

The phrasings are our own.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.abstain import Evidence, Recorder, Thresholds, abstention, thresholds
from bot.answers import Answer, answer_intent
from bot.engine import Engine, combine
from bot.esc_rules import ACSA_SIDE, ESC_RULE_ASIDE, acsa_first, echoed_fact
from bot.headcount_shapes import read_shape
from bot.language import language_of
from bot.lexicon import intents, paraphrases
from bot.questions import carry_context
from knowledge.facts import citation, fact, facts

ESC = "Energy Safety Canada"
# ESC named, or its own Medium Employer COR, Safety Program Development course or audit
# protocol (of ESC alone) asked about: the question is about ESC (bot.esc_asked)
_NAMES_ESC = re.compile(
    r"\b(?:energy safety canada|enform|esc|mecor|medium employer|safety program development|"
    r"audit protocol)\b",
    re.I,
)
ESC_FACTS = sorted(f.id for f in facts().values() if f.authority == ESC)
ACSA_STARTS = ("For ACSA's SECOR:", "ACSA's pages do not say", "Understood:")


def _acsa_first_and_labelled(text: str) -> list[str]:
    """What is wrong with TEXT as an answer to a question that does not name ESC."""
    wrong = []
    if text.startswith(("That is Energy Safety Canada", "Aside", "For employers certified")):
        wrong.append("starts with Energy Safety Canada's rule")
    for fact_id in ESC_FACTS:
        statement = facts()[fact_id].statement
        at = text.find(statement)
        if at < 0:
            continue
        if at == 0:
            wrong.append(f"{fact_id} comes first")
            continue
        label = text[max(0, at - 120) : at]
        if ESC not in label or not re.search(r"(?:not ACSA's|certified through)", label):
            wrong.append(f"{fact_id} is not labelled as Energy Safety Canada's")
    return wrong


def test_every_esc_fact_has_acsa_side() -> None:
    assert sorted(ACSA_SIDE) == ESC_FACTS


@pytest.mark.parametrize("fact_id", ESC_FACTS)
def test_each_esc_fact_is_given_after_acsa_position(fact_id: str) -> None:
    answer = acsa_first(fact_id)
    text = answer.answer
    assert text.startswith(("For ACSA's SECOR:", "ACSA's pages do not say")), text
    assert facts()[fact_id].statement in text
    assert not _acsa_first_and_labelled(text)
    assert answer.sources[-1].source.startswith(ESC)  # ESC's source is cited last
    _, _, silent = ACSA_SIDE[fact_id]
    if silent:
        assert "1-800-661-2272" in text  # the COR department, where ACSA's pages are silent


@pytest.mark.parametrize(
    "intent_id",
    sorted(
        i.id
        for i in intents().values()
        if any(facts()[f].authority == ESC for f in i.facts) and i.kind != "unknown"
    ),
)
def test_each_intent_citing_esc_puts_acsa_first(engine: Engine, intent_id: str) -> None:
    intent = intents()[intent_id]
    assert not _acsa_first_and_labelled(answer_intent(intent, 0.9).answer)
    for question in paraphrases()[intent_id]:
        if _NAMES_ESC.search(question):
            continue
        text = engine.ask(question).answer
        assert not _acsa_first_and_labelled(text), (question, text)


@pytest.mark.parametrize(
    ("question", "fact_id", "acsa"),
    [
        (
            "someone said you get 36 days to finish once you register online, same for us?",
            "esc-submission-options",
            "electronically only",
        ),
        (
            "a guy told me late ones are ok until january 15, is that right",
            "esc-timeframes",
            "ACSA's pages do not say when your yearly maintenance",
        ),
        (
            "our assessor quit last week, do we really have 90 days to find another?",
            "esc-assessor-replacement",
            "ACSA's pages do not say how soon a departing assessor",
        ),
        (
            "is it true we need 80% to pass the audit?",
            "esc-scoring",
            "ACSA's pages do not say what pass mark",
        ),
    ],
)
def test_a_question_that_restates_an_esc_rule_gets_acsa_side_first(
    engine: Engine, question: str, fact_id: str, acsa: str
) -> None:
    assert echoed_fact(question) == fact_id
    text = engine.ask(question).answer
    assert text.startswith(ACSA_STARTS), text
    assert acsa in text
    assert facts()[fact_id].statement in text
    assert not _acsa_first_and_labelled(text)


@pytest.mark.parametrize(
    ("question", "acsa"),
    [
        ("does the assessor need a refresher course after a few years?", "ACSA course"),
        (
            "after the analyst sends our package back, how long do we get to fix it?",
            "ACSA's pages do not say a time limit for sending corrections",
        ),
        (
            "could we just recertify early instead of doing a maintenance year?",
            "ACSA's pages do not say whether a company may recertify early",
        ),
    ],
)
def test_esc_rules_asked_without_naming_esc_answer_acsa_first(
    engine: Engine, question: str, acsa: str
) -> None:
    text = engine.ask(question).answer
    assert text.startswith(ACSA_STARTS), text
    assert acsa in text
    assert ESC_RULE_ASIDE in text
    assert not _acsa_first_and_labelled(text)


def test_everyday_numbers_do_not_read_as_an_esc_rule() -> None:
    for question in (
        "we had 15 guys in june and 9 in september, can we apply",
        "my supervisor had an accident last week, which element is the report",
        "can we move to the next step after 3 months of records",
    ):
        assert echoed_fact(question) is None, question


# --- calibrated abstention --------------------------------------------------------------


def test_the_fitted_rule_abstains_on_evidence_not_on_phrases() -> None:
    rule = Thresholds(min_uncovered=1, word_support=0.1, min_foreign=2, foreign_support=0.25)
    unknown_word = Evidence(("vans",), confidence=0.9, margin=1.0, coverage=0.5, support=0.05)
    assert rule.abstains(unknown_word)  # a word no fact uses, and no training question like it
    assert not rule.abstains(replace(unknown_word, support=0.6))  # a close training question
    assert not rule.abstains(replace(unknown_word, uncovered=()))
    foreign = Evidence((), confidence=0.9, margin=1.0, coverage=0.5, support=0.2, foreign=2)
    assert rule.abstains(foreign)
    assert not Thresholds().abstains(foreign)  # the defaults never abstain


def test_the_data_file_holds_fitted_thresholds() -> None:
    fitted = thresholds()
    assert fitted != Thresholds()  # fitted, not left at "never"


def test_a_question_on_something_no_fact_mentions_gets_the_pages_do_not_say(
    engine: Engine,
) -> None:
    answer = engine.ask("can we put the secor badge on our vans?")
    assert answer.answer.startswith("ACSA's pages do not say anything about that")
    assert '"badge"' in answer.answer
    assert "1-800-661-2272" in answer.answer and "cor@youracsa.ca" in answer.answer
    assert answer.topic == "not_stated"


def test_an_abstention_may_add_the_closest_fact_labelled() -> None:
    evidence = Evidence(("vans",), confidence=0.4, margin=0.1, coverage=0.2, support=0.05)
    answer = abstention(evidence, "validity")
    assert answer.answer.startswith("ACSA's pages do not say anything about that")
    assert "The closest thing the pages do say, on how long SECOR is good for: A SECOR is" in (
        answer.answer
    )
    assert len(answer.sources) == 1
    assert not abstention(evidence, "eligibility").sources  # no fact list for head counts


def test_answered_questions_are_not_turned_into_dont_know(engine: Engine) -> None:
    for question in (
        "how long is secor good for?",
        "do part timers count toward the 10?",
        "how do we send our submission to acsa?",
        "which element do fire drill records go in",
    ):
        assert engine.ask(question).topic != "not_stated", question


def test_a_program_run_for_a_full_year_reads_as_esc_rule_but_a_year_of_people_does_not() -> None:
    assert echoed_fact("our safety program hasnt been running a full year yet, ok?") == (
        "esc-one-year-system"
    )
    assert echoed_fact("for a full year we were 8 guys, then 12 for a week") is None


def test_esc_fees_asked_without_naming_esc_say_acsa_is_silent_first(engine: Engine) -> None:
    text = engine.ask("our consultant wants to pay the audit fees for us, is that ok?").answer
    assert text.startswith("ACSA's pages do not say who pays"), text
    assert "accepts no payment from a consultant" in text


# --- messages of several questions ------------------------------------------------------


def test_a_message_of_two_questions_says_what_was_understood_and_answers_both(
    engine: Engine,
) -> None:
    text = engine.ask(
        "how do we send in our submission? also whats the phone number for the cor department"
    ).answer
    assert text.startswith("You asked about how to submit and contacting the COR department.\n\n")
    assert "download link" in text and "1-800-661-2272" in text


def test_a_part_the_pages_are_silent_on_keeps_its_do_not_say(engine: Engine) -> None:
    answer = engine.ask("how long is a secor good for, and how much does it cost to get one?")
    assert answer.answer.startswith("You asked about how long SECOR is good for and what it costs.")
    assert "A SECOR is usually good for three years" in answer.answer
    assert "ACSA's pages do not say what it costs" in answer.answer
    assert answer.sources  # the part the pages answer is cited


def test_a_later_question_inherits_the_year_type_named_before() -> None:
    asked = carry_context(
        ["in our maintenance year do we send the tool?", "and what about our policies?"]
    )
    assert asked[1] == "maintenance year, and what about our policies?"
    assert carry_context(["what is secor?", "do owners count?"])[1] == "do owners count?"


def test_a_sentence_said_by_two_answers_is_said_once() -> None:
    first = Answer("A SECOR is usually good for three years. Keep it up.", "validity", 0.9)
    second = Answer("For ACSA's SECOR: A SECOR is usually good for three years. More.", "x", 0.9)
    text = combine([first, replace(second, sources=first.sources)]).answer
    assert text.count("usually good for three years") == 1


# --- head counts of unusual shape -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "total", "words"),
    [
        (
            "around 20 different people came and went this year, never more than 6 at a time,"
            " plus me. can we apply?",
            7,
            ("Not counted: the 20 different people over the year",),
        ),
        ("we never had more than 9 at once including myself, secor ok?", 9, ()),
        ("peaked at 13 two years ago; since then never over 7, me included. eligible?", 7, ()),
        (
            "we were 6 counting me in january, 2 quit in april, then we hired 5 in june."
            " are we too big now?",
            9,
            ("at your busiest",),
        ),
    ],
)
def test_caps_at_one_time_and_running_totals_are_counted_as_the_rule_counts(
    engine: Engine, question: str, total: int, words: tuple[str, ...]
) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total
    text = engine.ask(question).answer
    assert f"I count {total}" in text or f"I count {total} " in text, text
    for word in words:
        assert word in text


def test_a_young_family_helper_is_counted_and_the_coverage_question_goes_to_the_department(
    engine: Engine,
) -> None:
    text = engine.ask("it's me and 8 guys, plus my 15 year old son helps in summer. ok?").answer
    assert "I count 10 people" in text and "your 15-year-old" in text
    assert "family members and volunteers on your WCB account count" in text
    assert "1-800-661-2272" in text


def test_ordinary_counts_are_left_to_the_grammar_of_groups() -> None:
    assert read_shape("me and 5 guys, can we do secor") is None
    assert read_shape("we are 9 now and hiring 3 next month") is None  # no one leaves
    assert read_shape("is there no more than 10 allowed?") is None  # no time, no period


# --- other languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Bonjour, combien d'employés peut-on avoir pour le SECOR?", "french"),
        ("¿Cuántos empleados puedo tener para SECOR?", "spanish"),
        ("ਕੀ ਮੈਂ SECOR ਲਈ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ ਹਾਂ?", "other"),
    ],
)
def test_a_question_in_another_language_gets_one_line_in_english_and_the_contact(
    engine: Engine, question: str, language: str
) -> None:
    assert language_of(question) == language
    answer = engine.ask(question)
    assert answer.answer.startswith("I can only answer in English")
    assert "1-800-661-2272" in answer.answer and not answer.sources
    assert ("Je réponds seulement en anglais" in answer.answer) == (language == "french")


def test_english_with_a_foreign_word_or_trade_slang_stays_english() -> None:
    for question in (
        "can I get the evaluation tool in french?",
        "our guy from quebec says la la land rules, do we pour concrete under secor?",
        "es muy bueno? just kidding, how many employees can we have",
    ):
        assert language_of(question) == "english", question


def test_an_undated_page_gives_no_date_a_script_could_misread() -> None:
    undated = citation(fact("secor-what")).as_dict()
    assert undated["effective"] == "undated"  # the contract's string stays as it was
    assert undated["dated"] is False and undated["effective_date"] is None
    dated = citation(fact("esc-timeframes")).as_dict()
    assert dated["dated"] is True and dated["effective_date"] == "2019-01-01"


# --- refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "our incident report makes the foreman look careless, could you reword it so it says"
        " the helper caused it? we'll submit that one",
        "my cousin has the course but never touched our evaluation, can I put his name down"
        " as the assessor anyway?",
    ],
)
def test_rewriting_a_record_or_borrowing_a_name_is_refused(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith("Sorry") and not answer.sources


def test_honest_rewrites_and_names_are_answered() -> None:
    from bot.misstate import misstates

    assert not misstates("we rewrote our safe work practices this year, do we send them again?")
    assert not misstates("can i put my name down as the assessor if i fill in the tool myself?")


def test_a_question_with_no_word_of_secor_is_refused_not_answered_from_a_topic(
    engine: Engine,
) -> None:
    answer = engine.ask("what is a used 2019 dump trailer worth, trying to budget")
    assert answer.answer.startswith("Sorry, I can only help with questions about ACSA's SECOR")
    assert engine.ask("is my son counted if he helps out in summer?").sources


def test_a_course_name_only_esc_uses_reads_as_its_rule() -> None:
    assert echoed_fact("do i need the safety program development course for my assessor?") == (
        "esc-training"
    )
    assert echoed_fact("where does our accident investigation go?") is None
    assert echoed_fact("is health & safety management the same as phsm?") is None


# --- where a document goes --------------------------------------------------------------


def test_element_number_and_element_folder_ask_where_a_document_goes(engine: Engine) -> None:
    text = engine.ask("preventive maintenance log for the air compressor, element number?")
    assert "That goes in Element 7, Maintenance" in text.answer
    text = engine.ask(
        "a guy on my crew burned his hand on the torch and we filled out an incident report."
        " which element folder"
    ).answer
    assert "That goes in Element 10, Investigations" in text
    assert "I count" not in text  # "his hand" is no hired hand


def test_the_facts_of_a_questions_own_parts_are_kept_when_room_is_short(engine: Engine) -> None:
    text = engine.ask(
        "our secor is in a maintenance year and we just went to 13 guys. what happens now?"
    ).answer
    assert "ACSA's pages do not say how a company that passes 10 people" in text
    assert "Aside, for Energy Safety Canada's own SECOR program (not ACSA's)" in text
    assert "Medium Employer COR" in text


def test_a_secor_at_work_in_the_territories_is_something_the_pages_do_not_say(
    engine: Engine,
) -> None:
    text = engine.ask("we have a job in the yukon next summer, does our secor cover it?").answer
    assert text.startswith("ACSA's pages do not say whether a SECOR is recognised outside Alberta")


def test_a_secor_question_the_pages_are_known_to_be_silent_on_is_not_refused(
    engine: Engine,
) -> None:
    answer = engine.ask("my crew writes their FLHAs in Tagalog, will acsa take them like that?")
    assert answer.answer.startswith("ACSA's pages do not say whether SECOR material is available")
    assert engine.ask("what's a fair price for a used skid steer").answer.startswith("Sorry")


def test_the_first_person_of_a_list_counts_without_an_article(engine: Engine) -> None:
    count = engine.nlp("casual labourer on weekends, my wife, me and 7 guys. ok?")._.headcount
    assert count is not None and count.total == 10


@pytest.mark.parametrize(
    "question",
    ["is the SECOR course the same as PHSM, can one replace the other?", "which one counts?"],
)
def test_one_as_a_pronoun_is_no_head_count(engine: Engine, question: str) -> None:
    assert engine.nlp(question)._.headcount is None
    assert engine.nlp("it's just one guy and me")._.headcount is not None


def test_a_bare_figure_reads_as_an_esc_rule_only_beside_a_word_of_that_rule() -> None:
    assert echoed_fact("we hired a temp for 90 days, does he count?") is None
    assert echoed_fact("about 50% of my guys are part time, ok?") is None
    assert echoed_fact("do we need 80% to pass?") == "esc-scoring"


@pytest.mark.parametrize("message", ["cheers", "bye", "awesome thank you", "greetings"])
def test_greetings_and_thanks_are_not_refused_as_off_topic(engine: Engine, message: str) -> None:
    assert engine.ask(message).kind == "smalltalk"


def test_few_training_questions_are_turned_into_dont_know(engine: Engine) -> None:
    """The abstention's cost on the bot's own 1,500 training questions stays tiny."""
    asked = [q for i, qs in paraphrases().items() for q in qs if intents()[i].kind == "answer"]
    abstained = []
    try:
        for question in asked:
            engine.thresholds = recorder = Recorder(thresholds())
            engine.ask(question)
            if any(verdict for _, verdict in recorder.seen):
                abstained.append(question)
    finally:
        engine.thresholds = thresholds()
    assert len(abstained) <= len(asked) // 200, abstained


def test_a_question_naming_esc_that_restates_its_rule_gets_that_rule_first(
    engine: Engine,
) -> None:
    text = engine.ask("with energy safety canada, is it true we get 90 days to replace"
                      " our assessor?").answer  # fmt: skip
    assert text.startswith("That is Energy Safety Canada's rule")
    assert "within 90 days" in text and "For ACSA's SECOR:" in text
    fallback = engine.ask("our ESC assessor is leaving us, what now for the replacement?")
    assert "within 90 days" in fallback.answer and fallback.sources


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("my partner and I split it 60/40 and we have 7 guys on the tools, secor ok?", 9),
        ("owner here. I have a foreman, an estimator and 6 labourers. can we do secor?", 9),
        ("a lead hand, 5 framers and then there's me the owner. eligible?", 7),
        ("me the wife and 6 guys, ok?", 8),
    ],
)
def test_ownership_splits_owner_here_and_me_the_owner(
    engine: Engine, question: str, total: int
) -> None:
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, count


def test_a_shortened_message_answer_cites_only_what_it_still_states(engine: Engine) -> None:
    answer = engine.ask(
        "Is Energy Safety Canada's Safety Program Development course the same as ACSA's PHSM?"
        " Can one replace the other?"
    )
    for source in answer.sources:
        stated = [
            f
            for f in facts().values()
            if citation(f) == source and f.statement[:60] in answer.answer
        ]
        assert stated, source
