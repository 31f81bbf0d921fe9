"""Round 14, silence: classes of question the pages leave open, read from what is asked
whatever topic the intent model ranks first (bot.unstated, bot.silent).

Rules (each with new paraphrases of other shapes, and look-alikes the pages do answer):
- the PIR refund's mechanics: when it is paid, as a cheque or a credit, how its amount is
  worked out (the pages state what it is and its ceiling);
- moving between COR and SECOR part-way through a cycle;
- how long records must be kept before they may be destroyed;
- services ACSA gives on request: someone sent to help, a draft written or checked, a
  pre-check of the package;
- a password or encryption on the files sent, and a confirmation that a submission arrived;
- what Energy Safety Canada charges (its page says only who pays its fees);
- a silence asked beside a head count given as context ("we're five, what's the pass
  mark?") is the answer, not the head-count verdict (Engine._answer_parsed);
- a short follow-up that asks more of the same silence ("... and how is the amount worked
  out?") is read with the part before it (Engine.ask);
- who issues or recognises the certificate: the Alberta Government (bot.asked_fact).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.unstated import ACSA_SERVICE, PIR_MECHANICS, PROGRAM_CHANGE, RECORD_RETENTION

CONTACT = "1-800-661-2272"


def _says_unstated(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("ACSA's pages do not say"), answer.answer
    assert said in answer.answer and CONTACT in answer.answer, answer.answer
    # at most the COR mailbox's process, or the closest thing the pages say, labelled
    assert not answer.sources or "COR mailbox" in answer.answer or "closest" in answer.answer


def _answered(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert said in answer.answer and answer.sources, answer.answer
    assert not answer.answer.startswith("ACSA's pages do not say"), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "What time of year do PIR refunds usually get sent out by the WCB?",
        "My bookkeeper is asking how the WCB figures out the size of our rebate. Is there a "
        "formula?",
        "Once we're certified, will the premium refund come as a cheque, or do they just credit "
        "it to our WCB account?",
        "how soon after certification does the refund money land in our account",
        "We passed in June and my accountant needs to budget. Which month should we expect the "
        "PIR payout, and is the amount based on our premiums from last year?",
        "pir refund - calculated how?",
    ],
)
def test_the_pir_refunds_mechanics_are_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "when or how the PIR refund is paid out")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how much is the pir refund", "20%"),
        ("if we skip a maintenance year do we lose the refund cheque", "PIR"),
        ("does secor qualify us for WCB premium refunds", "refund"),
    ],
)
def test_what_the_pir_refund_is_is_still_answered(engine: Engine, text: str, said: str) -> None:
    _answered(engine, text, said)


@pytest.mark.parametrize(
    "text",
    [
        "We hold a COR but we're down to six guys now. Could we move over to a SECOR instead?",
        "is it possible to convert our COR to a SECOR now that we've downsized",
        "We're in year two of our SECOR and have grown to 14. Do we switch to COR mid-cycle or "
        "can we finish the SECOR cycle first?",
        "switching from cor back to secor at renewal - allowed?",
        "Our company has had a full COR since 2019. Headcount dropped to 9. Can we step down to "
        "the small employer program at the next audit?",
    ],
)
def test_moving_between_programs_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "moves between COR and SECOR")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("we grew to 12, do we need to get a COR instead?", "COR"),
        ("We had a COR years ago when we were 14. We've been 7 for two years now. Can we apply "
         "for SECOR?", "limit"),
        ("what is the difference between COR and SECOR", "SECOR"),
    ],
)  # fmt: skip
def test_the_limit_between_programs_is_still_answered(engine: Engine, text: str, said: str) -> None:
    _answered(engine, text, said)


@pytest.mark.parametrize(
    "text",
    [
        "How long should we keep old safety records after the audit is done?",
        "Our filing cabinet is full. Is it ok to shred the FLHAs from 2019 or do we need to hold "
        "onto them?",
        "how many years must a small employer retain inspection reports",
        "We keep the toolbox talk sign-in sheets for how long, legally?",
        "Is there a records retention period for SECOR paperwork?",
    ],
)
def test_how_long_records_are_kept_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "how long records must be kept")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how many months of records do we need before we submit", "three months"),
        ("how long is secor valid", "three years"),
        ("how long does ESC keep the QA review on file", "Energy Safety Canada"),
    ],
)
def test_how_long_records_are_needed_is_still_answered(
    engine: Engine, text: str, said: str
) -> None:
    _answered(engine, text, said)


@pytest.mark.parametrize(
    "text",
    [
        "Does the ACSA have an advisor who can come out and help set up our safety program?",
        "Could you guys look over our evaluation before we officially send it in?",
        "is there a pre-screening of the package so we don't get it bounced",
        "Will ACSA help us write the policies and procedures for our manual?",
        "Before the real submission, can we do a mock audit with you?",
    ],
)
def test_services_on_request_are_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "whether ACSA sends someone to help")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("can the assessor be someone from outside the company", "external"),
        ("who reviews our submission at acsa", "Quality Assurance"),
        ("how do we submit the evaluation", "cor@youracsa.ca"),
    ],
)
def test_who_helps_by_the_pages_is_still_answered(engine: Engine, text: str, said: str) -> None:
    _answered(engine, text, said)


@pytest.mark.parametrize(
    "text",
    [
        "Our files have workers' SIN numbers in them. Should I encrypt the folder before I "
        "email it?",
        "is a password-locked zip ok for the submission",
        "Is there a secure portal for uploading instead of plain email?",
        "We'd rather not send payroll names in the clear. Can the Dropbox link be "
        "password protected?",
        "encrypting the zip - allowed or will it get sent back",
    ],
)
def test_protected_files_are_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "password-protected or encrypted")


@pytest.mark.parametrize(
    "text",
    [
        "After I email the zip, will somebody confirm it was received?",
        "do we get a confirmation email once the package is in",
        "How will I know that ACSA actually got it?",
        "My office manager sent the link last Friday. Do you acknowledge receipt of the "
        "submission somehow?",
        "is there a confirmation number when the package arrives",
    ],
)
def test_a_confirmation_is_said_to_be_unstated_with_the_mailbox_process(
    engine: Engine, text: str
) -> None:
    _says_unstated(engine, text, "whether ACSA confirms that a submission arrived")
    assert "automatic reply" in engine.ask(text).answer


@pytest.mark.parametrize(
    "text",
    [
        "how many dollars is an Energy Safety Canada SECOR audit",
        "What's ESC's price for a maintenance audit?",
        "energy safety canada secor, how much are the fees we pay them?",
        "We're oilfield, so we go through Energy Safety Canada. Roughly what does an audit "
        "cost there?",
        "what will ESC charge us for the maintenance audit",
    ],
)
def test_escs_fee_amount_is_said_to_be_unstated(engine: Engine, text: str) -> None:
    _says_unstated(engine, text, "how much Energy Safety Canada charges")


def test_who_pays_escs_fees_is_still_answered(engine: Engine) -> None:
    _answered(engine, "who pays the energy safety canada fees, can our consultant?", "employer")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("There's four of us including my wife. What mark does ACSA need to see on the "
         "evaluation to pass, and is there a floor for each element?", "pass mark"),
        ("I run a crew of seven, all full-time. What score do we need to get to pass?",
         "pass mark"),
        ("We're 6 with the owner. When does the PIR refund actually arrive?",
         "when or how the PIR refund is paid out"),
    ],
)  # fmt: skip
def test_a_silence_beside_people_as_context_is_said_first(
    engine: Engine, text: str, said: str
) -> None:
    answer = engine.ask(text).answer
    silence = answer.find(f"ACSA's pages do not say {said}".replace("pass mark", ""))
    assert silence >= 0 and said in answer and CONTACT in answer, answer
    verdict = answer.find("within the limit")
    assert verdict == -1 or verdict > silence, answer  # the verdict nobody asked for: after


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("we're 9 people, do we qualify?", "within the limit"),
        ("We're 8 now and our maintenance is due next month. Are we still ok for SECOR?",
         "within the limit"),
    ],
)  # fmt: skip
def test_a_head_count_asked_keeps_its_verdict(engine: Engine, text: str, said: str) -> None:
    answer = engine.ask(text)
    assert said in answer.answer and answer.sources, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "We got certified in May. When is the refund paid out? And how is the amount figured?",
        "what month does wcb send the refund, and is it calculated on last year's premiums?",
        "when does the refund cheque come, and how do they work out the amount",
    ],
)
def test_a_follow_up_on_the_same_silence_is_one_silence(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answer.startswith("ACSA's pages do not say when or how the PIR refund")
    assert not answer.sources, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "does the alberta government recognise secor?",
        "Is a SECOR recognised by the provincial government or is it just an ACSA thing?",
        "Who actually issues the SECOR certificate, ACSA or someone else?",
        "My clients ask me if it's official. Who issues the cert?",
        "is the cor backed by alberta at all",
    ],
)
def test_who_issues_the_certificate_is_answered(engine: Engine, text: str) -> None:
    _answered(engine, text, "issued by the Alberta Government")


_WHEN = ["when", "what month", "what time of year", "how soon after certification"]
_PAID = ["paid out", "sent", "mailed", "deposited"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_WHEN),
    st.sampled_from(["is the PIR refund", "are PIR refunds", "is the premium rebate"]),
    st.sampled_from(_PAID),
    st.sampled_from(["", " by WCB", " to employers"]),
)
def test_a_refunds_timing_is_read_in_any_words(when: str, refund: str, paid: str, by: str) -> None:
    assert PIR_MECHANICS.search(f"{when} {refund} {paid}{by}?")
    assert not PIR_MECHANICS.search(f"{refund} something we get with SECOR{by}?")


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["switch", "move", "convert", "change", "go back"]),
    st.sampled_from(["our COR", "a COR", "COR"]),
    st.sampled_from(["a SECOR", "SECOR", "the small employer program"]),
)
def test_a_change_of_program_is_read_in_any_words(verb: str, cor: str, secor: str) -> None:
    assert PROGRAM_CHANGE.search(f"can we {verb} from {cor} to {secor}?")
    assert not PROGRAM_CHANGE.search(f"is {secor} cheaper than {cor}?")


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["How long", "How many years"]),
    st.sampled_from(["do we", "must we", "should I", "does a company"]),
    st.sampled_from(["keep", "hold onto", "retain", "store"]),
    st.sampled_from(["our records", "the FLHAs", "inspection forms", "them"]),
)
def test_retention_is_read_in_any_words(how: str, who: str, keep: str, what: str) -> None:
    assert RECORD_RETENTION.search(f"{how} {who} {keep} {what}?")
    assert not RECORD_RETENTION.search(f"{how} {who} need {what} for?")


def test_the_service_rule_leaves_the_consultant_alone() -> None:
    assert not ACSA_SERVICE.search("can a consultant help us write our safety manual")
    assert ACSA_SERVICE.search("can acsa send a consultant to help us write our manual")
