"""Round 13, silence: questions the pages do not answer are said to be unanswered, with the
COR department's contact, instead of answered from a neighbouring topic.

Rules (each tested with new paraphrases of other shapes, and with look-alikes the pages do
answer):
- a third party's decision (a general contractor, client, oil company, city or
  prequalification system accepting or requiring a certificate) or what the law obliges
  (bot.third_party);
- MECOR's size range or whether ACSA runs one (bot.silent): only ESC's page names it;
- a code asked for (an industry or classification code for a trade: bot.asks_for "code");
- a typed question (a date, a duration ...) that no topic was sure of says which value the
  pages do not give, not a bare "can't answer" (Engine._typed_silence);
- Energy Safety Canada's facts hold no typed value for a question that does not name it
  (bot.abstain: how long ESC's review takes says nothing of ACSA's).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.asks_for import asked
from bot.engine import Engine
from bot.third_party import LAW, THIRD_PARTY

CONTACT = "1-800-661-2272"


def _says_unstated(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert said in answer.answer and CONTACT in answer.answer
    # at most a labelled aside, never a neighbouring topic's answer
    assert not answer.sources or "Aside" in answer.answer or "closest" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Do prime contractors usually recognise an ACSA SECOR, or do they only want a full COR?",
        "Is a SECOR accepted by most oil companies for prequalification?",
        "my biggest customer runs everything through ISNetworld. would avetta or isn count our "
        "secor?",
        "The city wants COR on their tenders. Will they take a SECOR?",
        "does a gc have to accept secor if we're under 10 people",
        "will my secor be good enough for the municipality's bid",
        "is it up to the client whether they take secor or not",
    ],
)
def test_a_third_partys_decision_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "what a general contractor, a client or a prequalification")


@pytest.mark.parametrize(
    "text",
    [
        "Is SECOR required by law for small contractors in Alberta?",
        "does the law say we must have a SECOR to work on commercial sites?",
        "Can a prime contractor legally kick us off site for not having COR?",
    ],
)
def test_what_the_law_obliges_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "whether any law requires a SECOR")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a third party named as the employer's context: the pages' own question
        ("a GC told me i need secor before i can bid his job. its me and 4 guys, can we get it?",
         "within the limit"),
        ("my client has 14 staff, can they do secor?", "over the limit"),
        ("does the alberta government recognise secor?", "Alberta Government"),
        ("which legislation applies to roofing", "OHS legislation"),
    ],
)  # fmt: skip
def test_a_third_party_in_passing_is_still_answered(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert said in answer.answer and answer.sources, answer.answer


_PARTIES = ["general contractors", "the GC", "prime contractors", "our client", "oil companies"]
_VERBS = {"accept": "accepted", "recognize": "recognized", "take": "taken", "honour": "honoured"}


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["will", "would", "do", "does", "can"]),
    st.sampled_from(_PARTIES),
    st.sampled_from(["", "still ", "usually ", "actually "]),
    st.sampled_from(sorted(_VERBS)),
    st.sampled_from(["secor", "an ACSA SECOR", "our small employer cert"]),
)
def test_a_party_deciding_is_read_in_any_order_of_words(
    aux: str, party: str, adverb: str, verb: str, thing: str
) -> None:
    assert THIRD_PARTY.search(f"{aux} {party} {adverb}{verb} {thing}?")
    assert THIRD_PARTY.search(f"is {thing} {_VERBS[verb]} by {party}?")


def test_the_law_rule_leaves_legislation_lists_alone() -> None:
    assert LAW.search("is secor mandatory by law in alberta")
    assert not LAW.search("which parts of the ohs code do we need to attach")
    assert not LAW.search("what legislation applies to my trade")
    assert not THIRD_PARTY.search("we prequalify our subs and make them do our orientation")


@pytest.mark.parametrize(
    "text",
    [
        "what's the employee cap for MECOR?",
        "can we get a MECOR through ACSA once we pass 10 guys",
        "Does your association offer medium employer COR for 15 to 40 staff?",
    ],
)
def test_mecor_beyond_escs_rule_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "anything about MECOR")
    assert "Medium Employer COR (MECOR)" in engine.ask(text).answer  # ESC's rule, as an aside


def test_what_mecor_is_is_still_answered(engine: Engine) -> None:
    answer = engine.ask("What is MECOR?")
    assert "Medium Employer COR" in answer.answer and answer.sources
    assert "do not say" not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "what is the WCB industry code for snow removal",
        "which classification code do painters fall under with wcb",
        "tell me the industry code for pressure washing",
    ],
)
def test_a_code_asked_for_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "which code or number applies")


@pytest.mark.parametrize(
    "text",
    [
        "what is an industry code",
        "does it matter what industry code we have on WCB?",
        "Our WCB industry code doesn't make us an automatic ACSA member. Can we still do SECOR?",
    ],
)
def test_what_an_industry_code_does_is_not_a_code_asked_for(text: str) -> None:
    found = asked(text)
    assert found is None or found.kind.id != "code"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what month do the PIR refund cheques get mailed out", "on what date or in what month"),
        ("what month will WCB mail out our PIR refund?", "on what date or in what month"),
        ("what time of year does the refund cheque from wcb arrive", "on what date or in what"),
        ("how long is the QA review for a SECOR package", "how long a review takes"),
    ],
)
def test_a_moment_no_topic_holds_says_which(engine: Engine, text: str, said: str) -> None:
    _says_unstated(engine, text, said)


def test_escs_review_time_is_still_given_when_esc_is_named(engine: Engine) -> None:
    answer = engine.ask("how long does the ESC QA review take")
    assert "Energy Safety Canada" in answer.answer and answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "mecor is for companies from 11 up to how many workers",
        "Does ACSA do a MECOR program for 11 to 25 people?",
    ],
)
def test_mecor_with_a_head_count_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "anything about MECOR")


# What a returned or failed submission, a new legal entity, several companies, or the shape
# of the three months of records leave open (bot.silent): the pages state none of them.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ACSA bounced our package back. Is there a time limit on sending it in again?",
         "to resubmit after a submission is returned or fails"),
        ("if we fail the evaluation, how long do we wait before we can try again",
         "to resubmit after a submission is returned or fails"),
        ("when can we reapply after a failed secor",
         "to resubmit after a submission is returned or fails"),
        ("We're switching from a sole proprietorship to an Ltd company next month; will the "
         "SECOR follow us to the new WCB account?", "new legal entity or a new WCB account"),
        ("our cert - does it stay valid once we incorporate?",
         "new legal entity or a new WCB account"),
        ("Say a guy has 3 corporations and a different wcb account for each, does the cert "
         "follow the new account when he moves the crew?", "new legal entity or a new WCB"),
        ("My wife and I run 2 businesses under separate WCB accounts. Would ACSA count them "
         "together for the 10 limit?", "counted together"),
        ("both our companies, separate accounts, 4 guys in one and 5 in the other - are they "
         "lumped together?", "counted together"),
        ("three businesses with their own wcb accounts: are the staff added together?",
         "counted together"),
        ("do the months of records need to be consecutive?", "run without a break"),
        ("we had a 2 month layoff, do our 3 months of records have to be back-to-back",
         "run without a break"),
        ("can we use safety meeting records from before we signed up?", "run without a break"),
    ],
)  # fmt: skip
def test_a_returned_entity_or_records_question_is_said_to_be_unstated(
    engine: Engine, text: str, said: str
) -> None:
    _says_unstated(engine, text, said)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("when can we submit our evaluation", "three months of health and safety records"),
        ("how many months of records do we need", "three months"),
        ("do we need an active alberta wcb account", "active Alberta WCB account"),
    ],
)
def test_the_records_and_account_rules_the_pages_give_are_still_answered(
    engine: Engine, text: str, said: str
) -> None:
    answer = engine.ask(text)
    assert said in answer.answer and answer.sources, answer.answer
    assert not answer.answer.startswith("ACSA's pages do not say")


# Money owed to WCB, and phone photos of paper records: the pages ask for an active account
# and say paper records are scanned, no more (bot.silent).
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("We're a few months behind on our WCB premiums. Does that stop us from getting SECOR?",
         "money owed to WCB"),
        ("our wcb account is in arrears, will acsa still take our secor application",
         "money owed to WCB"),
        ("Still owing the board for last year's assessment - is secor off the table until "
         "it's paid?", "money owed to WCB"),
        ("can i just snap photos of the inspection sheets on my phone instead of scanning them?",
         "phone photos of paper records"),
        ("are pictures of our paper FLHAs ok for the submission", "phone photos of paper records"),
        ("photos of the toolbox talk forms taken on an iphone, good enough?",
         "phone photos of paper records"),
    ],
)  # fmt: skip
def test_arrears_and_phone_photos_are_said_to_be_unstated(
    engine: Engine, text: str, said: str
) -> None:
    _says_unstated(engine, text, said)


def test_paper_records_are_still_said_to_be_scanned(engine: Engine) -> None:
    answer = engine.ask("we keep records on paper, how do we send them")
    assert "scanned" in answer.answer and answer.sources
