"""Issue 11: replies that say what the program pages say, no more, in the department's voice.

One scenario per point, with the reply text asserted: caps no page states, an
unreadable submission, the year from the subject, an operational element the
employer says had nothing to record, files we could not place, hints with no
conditions of our own, two months of records, questions asked inside a
submission email, and no Energy Safety Canada content in an ACSA email.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.config import IntakeSettings
from intake.problems import ProblemCode
from intake.reply import compose_reply
from intake.report import Status
from knowledge.rules import program
from tests.checks.builders import Sub, codes, email, flat


def _without(sub: Sub, *labels: str) -> Sub:
    keep = [i for i, p in enumerate(sub.predictions) if p.label not in labels]
    sub.documents = [sub.documents[i] for i in keep]
    sub.predictions = [sub.predictions[i] for i in keep]
    return sub


# --- problems that stop the check come first ----------------------------------------


def test_a_damaged_archive_asks_for_a_resend_and_lists_nothing_missing() -> None:
    sub = Sub().problem(ProblemCode.CORRUPT_ARCHIVE, "SECOR 2026.zip")
    outcome, reply = sub.triage(email("SECOR 2026 certification - Northstar Roofing"))
    assert outcome.status is Status.INCOMPLETE
    assert len(outcome.missing) == 15  # the contract's list stays as it is
    assert reply is not None
    body = flat(reply.body)
    assert "We checked the 0 files" not in body and "We checked the" not in body
    assert "What we still need" not in body and "Element 1 -" not in body
    assert (
        "We could not open what you sent, so we have not been able to check your submission"
        " yet: - SECOR 2026.zip: the archive seems to be damaged." in body
    )
    assert "Please send it again; we will check it as soon as it arrives." in body


def test_an_empty_archive_says_it_held_no_file_and_asks_again() -> None:
    sub = Sub().problem(ProblemCode.EMPTY_ARCHIVE, "Acme SECOR 2026.zip")
    outcome, reply = sub.triage(email("SECOR 2026 submission - Acme Roofing"))
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "We did not find any files" not in body and "What we still need" not in body
    assert "- Acme SECOR 2026.zip: it has no files in it, only empty folders" in body


def test_an_encrypted_archive_alone_asks_for_a_resend() -> None:
    sub = Sub().problem(ProblemCode.ENCRYPTED_ARCHIVE, "docs.zip")
    _, reply = sub.triage(email("SECOR maintenance submission"))
    assert reply is not None
    body = flat(reply.body)
    assert "- docs.zip: it is protected with a password." in body
    assert "missing" not in body.lower()


def test_a_failed_link_beside_some_files_comes_first() -> None:
    sub = Sub().full("certification")
    _without(sub, "inspections", "investigations")
    sub.problem(ProblemCode.LINK_FAILED, "https://www.dropbox.com/s/abc/rest.zip")
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    first = body.index("First, we could not open part of what you sent")
    assert first < body.index("We checked the")
    assert "our check covers only the" in body and "files we could open" in body
    assert (
        "From the files we could open, we have not found the items below; they may be in what"
        " we could not open: - Element 9 - Inspections" in body
    )
    assert "What we still need" not in body


# --- caps no page states, and the wording of an over-submission ------------------------


def test_four_policy_documents_are_not_over_submitted() -> None:
    sub = Sub().full("certification")
    for n in range(2, 5):
        sub.add(f"Element 1 - Policy/Policy document {n}.docx", "policy")
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.elements["policy"] == 4
    assert outcome.over_submitted == [] and outcome.status is Status.COMPLETE
    assert reply is not None
    assert "at most 3" not in reply.body


def test_records_beyond_the_sample_example_are_worded_as_the_page_words_it() -> None:
    sub = Sub().full("maintenance")
    for day in range(1, 29):
        sub.add(f"Element 2 - Hazard Assessments/FLHA 2025-09-{day:02d}.docx", "hazard_assessment")
    outcome, reply = sub.triage(email("SECOR maintenance submission"))
    assert outcome.over_submitted == ["hazard_assessment"]
    assert outcome.status is Status.OVER_SUBMITTED
    assert reply is not None
    body = flat(reply.body)
    assert "- Element 2 - Hazard Assessments: 31 records" in body
    assert "one or two documents a month across the year" in body
    assert "Very large submissions may be returned" in body
    assert "at most" not in body and "trim" not in body


def test_the_sample_numbers_come_from_rules_toml() -> None:
    allowance = program().allowance
    assert allowance.records_max == max(
        allowance.per_month * allowance.months, allowance.per_week * allowance.busiest_weeks
    )


# --- an operational element the employer says had nothing to record -----------------------


def test_no_contractors_is_asked_about_not_declared_missing() -> None:
    sub = _without(Sub().full("maintenance"), "contracting_services")
    env = email(
        "SECOR maintenance submission 2026",
        body="Please find attached our maintenance year audit. We hired no contractors this year.",
    )
    outcome, reply = sub.triage(env)
    assert outcome.missing == ["contracting_services"]  # the contract's list
    assert outcome.asked == {"contracting_services": "We hired no contractors this year."}
    assert "none_reported" in codes(outcome)
    assert outcome.status is Status.NEEDS_REVIEW
    assert reply is not None
    body = flat(reply.body)
    assert "What we still need" not in body and "could not find the items" not in body
    assert (
        'You wrote "We hired no contractors this year.", so we have not counted'
        " Element 13 - Contracting Services as missing. A coordinator will confirm with you" in body
    )


def test_no_incidents_this_year_is_asked_about() -> None:
    sub = _without(Sub().full("maintenance"), "investigations", "inspections")
    env = email("SECOR maintenance submission", body="Attached. No incidents this year.")
    outcome, reply = sub.triage(env)
    assert outcome.asked == {"investigations": "No incidents this year."}
    assert reply is not None
    body = flat(reply.body)
    assert (
        'You wrote "No incidents this year.", so we have not counted Element 10 - Investigations'
        in body
    )
    # what the email did not speak of is still asked for
    assert "- Element 9 - Inspections: completed worksite inspections" in body
    assert "- Element 10" not in body


def test_an_element_the_email_does_not_speak_of_is_still_missing() -> None:
    sub = _without(Sub().full("maintenance"), "contracting_services")
    outcome, reply = sub.triage(email("SECOR maintenance submission", body="Attached."))
    assert outcome.asked == {} and outcome.status is Status.INCOMPLETE
    assert reply is not None
    assert "What we still need: - Element 13 - Contracting Services" in flat(reply.body)


# --- a file below the review threshold never becomes a missing element -------------------


def test_a_low_confidence_file_never_becomes_a_missing_element_in_the_reply() -> None:
    sub = _without(Sub().full("certification"), "inspections")
    sub.add("doc04567.pdf", "hazard_assessment", confidence=0.41, needs_review=True)
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.missing == ["inspections"]  # the contract's list stays
    assert outcome.status is Status.NEEDS_REVIEW
    assert reply is not None
    body = flat(reply.body)
    assert "What we still need" not in body
    assert "could not find the items below" not in body
    assert (
        "We could not tell which element these files belong to. Please put each of them into"
        ' its element\'s folder (for example "Element 9 - Inspections") and send them again,'
        " or reply and tell us where they go: - doc04567.pdf" in body
    )
    assert "Until we know where those files go, we are not counting anything as missing." in body
    assert "- Element 9 - Inspections:" in body  # named as not found yet, not as missing


def test_a_file_whose_content_contradicts_its_element_folder_is_named_with_its_folder() -> None:
    sub = _without(Sub().full("certification"), "inspections")
    # issue 12: the folder decides unless the content strongly says otherwise; then the
    # file waits for a person, and the reply says so rather than "put it in a folder"
    sub.add("Element 6 - PPE/INV-2026-0412.pdf", "other", confidence=0.97, needs_review=True)
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.status is Status.NEEDS_REVIEW
    problem = next(p for p in outcome.problems if p.code is ProblemCode.LOW_CONFIDENCE)
    assert problem.message == (
        "In the folder 'Element 6 - PPE' (Element 6 - Personal Protective Equipment), but it "
        "reads like Other (not part of the SECOR evaluation); a person checks where it belongs."
    )
    assert reply is not None
    body = flat(reply.body)
    assert (
        "because some files do not seem to match the element folder they are in. You can help"
        " by checking the files listed below, and we will be in touch if we need anything." in body
    )
    assert "We could not tell which element these files belong to" not in body
    assert (
        "These files are in an element folder, but what they contain reads like something"
        " else. A coordinator will check them; if one is in the wrong folder, you can move it"
        " and send it again, or reply and tell us where it goes: - Element 6 - PPE/"
        'INV-2026-0412.pdf (in "Element 6 - PPE"; it reads like Other (not part of the SECOR'
        " evaluation))" in body
    )
    assert "What we still need" not in body  # nothing declared missing while it waits
    assert "- Element 9 - Inspections:" in body


# --- hints add no condition of our own ---------------------------------------------------


def test_hints_name_no_condition_the_pages_do_not_state() -> None:
    p = program()
    for label, texts in p.hints.items():
        for text in texts.values():
            assert "signed" not in text and "fit test" not in text, label
    sub = _without(Sub().full("certification"), "policy", "ppe", "company_rules")
    _, reply = sub.triage(email("SECOR certification submission"))
    assert reply is not None
    body = flat(reply.body)
    assert "- Element 1 - Corporate Health and Safety Policy: your health and safety policy" in body
    assert "signed" not in body and "fit test" not in body


# --- two months of records are not three ----------------------------------------------


def test_records_covering_two_months_are_pointed_out() -> None:
    """20 January to 2 March touches three calendar months but covers six weeks."""
    sub = Sub().full("certification", dates=("2026-01-20", "2026-02-10", "2026-03-01"))
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.coverage is not None and outcome.coverage.too_short
    assert outcome.coverage.months == 1
    assert outcome.status is Status.INCOMPLETE  # not judged complete
    assert "records_span" in codes(outcome)
    assert reply is not None
    body = flat(reply.body)
    assert "The records we could date span about 1 month (January 2026 to March 2026)." in body
    assert "at least 3 months of health and safety records" in body


def test_a_maintenance_year_asks_for_no_span_of_records() -> None:
    """The three months come before the first evaluation; a maintenance year sends samples."""
    sub = Sub().full("maintenance", dates=("2026-01-20", "2026-02-10", "2026-03-01"))
    outcome, reply = sub.triage(email("SECOR maintenance submission"))
    assert outcome.coverage is not None and not outcome.coverage.too_short
    assert "records_span" not in codes(outcome)
    assert outcome.status is not Status.INCOMPLETE
    assert reply is None or "at least 3 months" not in flat(reply.body)


def test_weekly_records_over_three_months_are_enough() -> None:
    sub = Sub().full("certification", dates=("2025-10-06", "2025-11-14", "2025-12-26"))
    outcome = sub.check(email("SECOR certification submission"))
    assert outcome.coverage is not None and not outcome.coverage.too_short
    assert "records_coverage" not in codes(outcome) and "records_span" not in codes(outcome)
    assert outcome.status is Status.COMPLETE


# --- questions inside a submission email, in the department's voice ---------------------

ACSA = {"title": "SECOR Process", "source": "ACSA SECOR Process page", "section": "Steps",
        "effective": "2020-03-14", "authority": "ACSA"}  # fmt: skip
ESC = {"title": "SECOR Assessment", "source": "Energy Safety Canada procedure", "section": "2.0",
       "effective": "2019-01-01", "authority": "Energy Safety Canada"}  # fmt: skip


def _email_answerer(text: str) -> dict[str, Any]:
    answers = []
    if "how long" in text.lower():
        answers.append(
            {"question": "How long is a SECOR valid?", "topic": "validity", "confidence": 0.9,
             "answer": "A SECOR is usually valid for three years. Energy Safety Canada sets its"
                       " own timeframes for its program.", "sources": [ACSA, ESC]}
        )  # fmt: skip
    unanswered = ["Can you invoice us?"] if "invoice" in text.lower() else []
    return {"answers": answers, "unanswered": unanswered}


def test_every_question_in_a_submission_email_is_answered() -> None:
    sub = Sub().full("certification")
    env = email(
        "SECOR certification submission",
        body="Attached is our audit. How long is a SECOR valid? Also, can you invoice us?",
    )
    outcome = sub.check(env)
    report = sub.report(outcome, env)
    reply = compose_reply(
        envelope=env,
        report=report,
        outcome=outcome,
        settings=IntakeSettings(),
        answerer=_email_answerer,
    )
    assert reply is not None
    body = flat(reply.body)
    assert "You asked:" in body and '"How long is a SECOR valid?"' in body
    assert "A SECOR is usually valid for three years." in body
    assert "Energy Safety Canada" not in body  # an ACSA email gives ACSA's rules
    assert (
        "Our SECOR information does not answer this question, so a coordinator will reply to"
        ' it personally: - "Can you invoice us?"' in body
    )


def test_a_reply_held_for_a_coordinator_does_not_say_nothing_to_do_above_a_list() -> None:
    """QA: 'There is nothing you need to do for now' came right before 13 missing items."""
    sub = Sub().add("Element 1 - Policy/policy.docx", "policy")
    sub.problem(ProblemCode.UNSAFE_PATH, "x.txt", "x.txt was renamed: its name as sent points")
    outcome, reply = sub.triage(email("SECOR 2026 certification - Westwood"))
    assert outcome.status is Status.NEEDS_REVIEW
    assert reply is not None
    body = flat(reply.body)
    assert "There is nothing you need to do for now" not in body
    assert "Please look at what is listed below" in body
    assert "was renamed" not in body and "(../)" not in body
    assert "- x.txt: its name, as sent, pointed outside the folder it came in" in body


def test_a_whole_manual_in_one_file_is_not_thirteen_missing_elements() -> None:
    """A safety manual sent as one PDF had every element it holds reported missing."""
    sub = Sub().add("Acme Safety Manual 2026.pdf", "policy", needs_review=True)
    covers = ("policy", "hazard_assessment", "safe_work_practices", "ppe", "inspections")
    sub.predictions[-1] = replace(sub.predictions[-1], covers=covers)
    outcome, reply = sub.triage(email("SECOR 2026 certification - Acme Roofing"))
    assert outcome.status is Status.NEEDS_REVIEW
    assert "combined_document" in [p.code.value for p in outcome.problems]
    assert "low_confidence" not in [p.code.value for p in outcome.problems]
    assert not set(covers) & set(outcome.missing)
    assert "safe_job_procedures" in outcome.missing  # what it does not hold still is
    assert outcome.elements["ppe"] == 1
    assert reply is not None
    body = flat(reply.body)
    assert "- Acme Safety Manual 2026.pdf: it seems to hold several elements in one file" in body
    assert "Element 6 - Personal Protective Equipment:" not in body
