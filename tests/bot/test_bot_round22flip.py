"""Each part of a message answered by what it asks, read from its own words (round 22).

The rules, each read from the question's words whatever topic the intent model ranks first,
tested in new words:

- paper records and "do we have to scan them?" get the electronic-only rule (scan first);
- ACSA (or "the guy", "the reviewer") asking for more documents after the submission was
  sent gets the Quality Assurance analyst, who requests more when needed;
- a maintenance year, in any common spelling, and a choice between kinds ("the formal ones
  or the site ones or both?") gets the operational records to sample, which name both;
- a document described in plain words as listing what could hurt someone or go wrong on a
  job is a hazard assessment (Element 2), also when the classifier is unsure;
- taking over, transferring or combining the SECOR of a company bought or merged with is
  something the pages do not say;
- a USB stick, thumb drive or disc to courier, mail or drop off gets the electronic-only
  rule and the ways that work (email or a link);
- "who is the assessor?" gets who the assessor is (whoever completes the evaluation tool,
  internal or external);
- a trade with an industry course of its own (electrical, road building, pipeline) asking
  about CSTS gets the four industry courses, ESTS, RSTS and PCST among them.
"""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine

_SCAN = re.compile(r"scanned first")
_QA = re.compile(r"Quality Assurance \(QA\) Analyst reviews the submission and requests more")
_BOTH_KINDS = re.compile(r"formal and site-specific hazard assessments")
_HAZARD = re.compile(r"Element 2, Hazard Assessments")
_SILENT_OWNERSHIP = re.compile(r"ACSA's pages do not say whether a SECOR carries over")
_NO_USB = re.compile(r"USB sticks sent by mail are no longer taken")
_LINK = re.compile(r"download link to cor@youracsa\.ca")
_ASSESSOR = re.compile(
    r"whoever completes the Evaluation Tool\. It can be an internal or an external"
)
_INDUSTRY = re.compile(r"Electrical Safety Training System \(ESTS\)")


@pytest.mark.parametrize(
    "text",
    [
        "our safety records are all hard copies in binders, do i need to scan them all?",
        "we keep everything on paper. scanning all that is a lot of work, is it required",
        "The binders in the office hold two years of paper records. Scanning it all in, "
        "really necessary?",
        "paper binders, scan everything?? seriously",
        "Do we have to scan every single paper form or can you take the originals?",
    ],
)
def test_paper_records_and_scanning_asked_get_the_electronic_rule(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert _SCAN.search(answer.answer[:400]), answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "the reviewer emailed me asking for more documents after we submitted. did we mess up?",
        "After I sent the package ACSA wanted extra records from us, is that usual?",
        "We submitted last week and now they asked us for additional paperwork. Is something "
        "wrong with our submission?",
        "someone from acsa requested more info after we sent our evaluation, what does that mean",
        "got an email, acsa want more docs from me. normal??",
    ],
)
def test_more_documents_asked_after_sending_is_the_qa_analysts(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _QA.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "for maintanence, hazard assessments - the formal ones or the daily site ones or both?",
        "maintenence year: which ones do they want, formal hazard assessments or field level ones?",
        "In our maintenance year, do they want the formal hazard assessment or the site-specific "
        "ones, or both?",
    ],
)
def test_maintenance_kinds_asked_get_the_operational_records(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _BOTH_KINDS.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Each job, the supervisor notes what might go wrong and what we do to prevent it, and "
        "everyone initials it. Which element do those forms go in?",
        "where do i put the form that lists what can go wrong on each job and how we stop it",
        "We fill in a page each day about what could hurt a worker on the site and the steps to "
        "avoid it. which element does that belong to",
        "Our crew lead writes down the dangers at each job before we start and how we'll control "
        "them. Which element is that?",
    ],
)
def test_a_sheet_of_what_could_hurt_someone_is_a_hazard_assessment(
    engine: Engine, text: str
) -> None:
    answer = engine.ask(text)
    assert _HAZARD.search(answer.answer), answer.answer


def test_someone_hurt_is_still_an_investigation(engine: Engine) -> None:
    answer = engine.ask("what if someone got hurt on site, which element is the incident report")
    assert "Element 10, Investigations" in answer.answer, answer.answer
    assert not _HAZARD.search(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "We acquired another contractor who held a SECOR. Does their certificate transfer to us?",
        "Can I take over the SECOR of the company I just bought?",
        "we merged with a small outfit that has its own secor, can we combine the two "
        "certificates?",
        "we bought a little roofing company last spring; can we take over their cert?",
    ],
)
def test_a_bought_companys_secor_is_not_stated(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _SILENT_OWNERSHIP.search(answer.answer), answer.answer
    assert not answer.sources


def test_taking_over_the_secor_work_is_no_sale(engine: Engine) -> None:
    answer = engine.ask("our safety guy quit, who can take over the SECOR paperwork?")
    assert not _SILENT_OWNERSHIP.search(answer.answer), answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "Our submission is huge. Could we just mail you a thumb drive?",
        "can i courier a usb stick with our secor files to acsa?",
        "We'd rather drop off a flash drive at your office. Is that ok or how else do we send it?",
        "The scanned binder is 3 GB. Can we burn it to a DVD and post it?",
    ],
)
def test_a_stick_or_disc_sent_gets_the_ways_that_work(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _NO_USB.search(answer.answer), answer.answer
    assert _LINK.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "whos the assessor for secor",
        "Who is an assessor in SECOR, is it me?",
        "Who can be the assessor for our SECOR audit?",
    ],
)
def test_who_the_assessor_is(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _ASSESSOR.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "we're electricians, do we really need csts?",
        "We do road paving. Is CSTS a must for us?",
        "csts is for construction guys, we do pipeline work. do we have to take it?",
        "Our company does electrical work only; the CSTS course doesn't fit. Required?",
    ],
)
def test_a_trade_with_its_own_course_asking_about_csts(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _INDUSTRY.search(answer.answer[:400]), answer.answer


def test_scanned_paper_told_is_no_scanning_asked(engine: Engine) -> None:
    answer = engine.ask(
        "Is the emailed zip allowed to be big? Ours is 600 MB, mostly the scanned paper forms."
    )
    # the electronic-only rule is not what is asked, so it does not lead
    assert not answer.answer.startswith("Since March 14, 2020"), answer.answer


def test_more_wanted_if_is_no_request_told(engine: Engine) -> None:
    answer = engine.ask(
        "We're three people. I only put in a few inspection records. If they want more, will "
        "they ask or just fail us?"
    )
    assert "3 people" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "My partner is buying me out in the spring. will our SECOR stay with the company?",
        "The shop is being sold. does the cor pass to the new owner?",
        "we're selling up to my nephew. does the certificate go with the business?",
    ],
)
def test_a_secor_going_with_a_sold_business_is_not_stated(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _SILENT_OWNERSHIP.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "sending it friday. if i left a record or two out, does somebody tell me?",
        "If we left a few drill records out of the zip, will ACSA contact us?",
        "We may have left the action plans out. Will someone let us know?",
    ],
)
def test_something_left_out_is_the_qa_request(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert "Quality Assurance (QA) Analyst" in answer.answer, answer.answer
