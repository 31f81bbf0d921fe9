"""One scenario per program rule: the report (check_submission) and the reply (compose_reply)."""

from __future__ import annotations

from intake.problems import ProblemCode
from intake.report import Status
from tests.checks.builders import REFERENCE, Sub, codes, email, flat

# --- required items, by year ---------------------------------------------------


def test_complete_certification_is_acknowledged_with_its_reference() -> None:
    outcome, reply = (
        Sub().full("certification").triage(email("SECOR certification submission 2026"))
    )
    assert outcome.status is Status.COMPLETE
    assert (outcome.year, outcome.year_source) == ("certification", "subject")
    assert outcome.missing == [] and outcome.over_submitted == [] and codes(outcome) == []
    assert outcome.elements["hazard_assessment"] == 3 and outcome.elements["policy"] == 1
    assert reply is not None
    body = flat(reply.body)
    assert reply.to == "dana@roofco.example"
    assert reply.subject == "Re: SECOR certification submission 2026"
    assert REFERENCE in body
    assert "Everything we check for in a certification year is here" in body
    assert body.startswith("Hello Dana Whitford,")


def test_missing_items_are_named_by_number_and_name() -> None:
    sub = Sub().full("certification")
    keep = [
        i
        for i, p in enumerate(sub.predictions)
        if p.label not in ("contracting_services", "legislation")
    ]
    sub.documents = [sub.documents[i] for i in keep]
    sub.predictions = [sub.predictions[i] for i in keep]
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.status is Status.INCOMPLETE
    assert outcome.missing == ["contracting_services", "legislation"]
    assert outcome.elements["contracting_services"] == 0
    assert reply is not None
    body = flat(reply.body)
    assert "What we still need:" in body
    assert "- Element 13 - Contracting Services: your contracting services records" in body
    assert "- List of applicable OHS legislation:" in body
    assert "What to do next: reply to this email with the missing items" in body


def test_maintenance_year_needs_only_operational_elements_and_the_tool() -> None:
    outcome, reply = Sub().full("maintenance").triage(email("SECOR maintenance submission 2026"))
    assert outcome.year == "maintenance"
    assert outcome.status is Status.COMPLETE
    assert outcome.missing == []
    assert outcome.elements["policy"] == 0 and outcome.elements["safe_job_procedures"] == 0
    assert reply is not None
    assert "Everything we check for in a maintenance year is here" in flat(reply.body)


def test_maintenance_missing_records_use_the_maintenance_hint() -> None:
    sub = Sub().full("maintenance")
    keep = [i for i, p in enumerate(sub.predictions) if p.label != "inspections"]
    sub.documents = [sub.documents[i] for i in keep]
    sub.predictions = [sub.predictions[i] for i in keep]
    outcome, reply = sub.triage(email("SECOR maintenance submission"))
    assert outcome.missing == ["inspections"]
    assert reply is not None
    assert (
        "- Element 9 - Inspections: completed worksite inspections"
        " from the previous 12 months" in flat(reply.body)
    )


def test_maintenance_element_with_only_a_policy_needs_records() -> None:
    sub = Sub().full("maintenance")
    keep = [i for i, p in enumerate(sub.predictions) if p.label != "inspections"]
    sub.documents = [sub.documents[i] for i in keep]
    sub.predictions = [sub.predictions[i] for i in keep]
    sub.add("Element 9 - Inspections/Inspection policy.docx", "inspections", "directive")
    outcome, reply = sub.triage(email("SECOR maintenance submission"))
    assert outcome.missing == []
    assert "no_records" in codes(outcome) and "not_needed_this_year" in codes(outcome)
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "These elements came with policies or procedures only." in body
    assert "- Element 9 - Inspections: completed worksite inspections" in body


# --- the year -----------------------------------------------------------------


def test_unknown_year_is_checked_as_certification_and_the_reply_explains_maintenance() -> None:
    sub = Sub().full("maintenance")
    outcome, reply = sub.triage(
        email("Our SECOR documents", body="Hello, here are our files for SECOR.")
    )
    assert outcome.year == "unknown" and outcome.year_source is None
    assert outcome.checked_as == "certification"
    assert outcome.missing == [
        "policy", "safe_work_practices", "safe_job_procedures", "company_rules", "legislation",
    ]  # fmt: skip
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "we checked it as a certification year" in body
    assert (
        "If it is a maintenance year, you may send the completed evaluation tool"
        " with samples of your operational records" in body
    )


def test_year_given_wins_over_the_subject() -> None:
    outcome = Sub().full("maintenance").check(email("SECOR certification 2026"), year="maintenance")
    assert (outcome.year, outcome.year_source) == ("maintenance", "argument")
    assert outcome.status is Status.COMPLETE


def test_year_read_from_the_body_not_from_the_quoted_reply() -> None:
    body = (
        "Hi, this is our maintenance year submission.\n\n"
        "On Mon, 2 Feb 2026, COR wrote:\n> we checked it as a certification year\n"
    )
    outcome = Sub().full("maintenance").check(email("Re: SECOR documents", body=body))
    assert (outcome.year, outcome.year_source) == ("maintenance", "body")


def test_year_read_from_the_evaluation_tool_text() -> None:
    sub = Sub().full("maintenance")
    for doc, pred in zip(sub.documents, sub.predictions, strict=True):
        if pred.label == "evaluation_tool":
            doc.text = (
                "SECOR Evaluation Tool\nAudit type: [ ] Certification [X] Maintenance\n"
                "Element 7 Maintenance"
            )
    outcome = sub.check(email("SECOR 2026", body="Files attached."))
    assert (outcome.year, outcome.year_source) == ("maintenance", "evaluation_tool")


# --- over-submission ------------------------------------------------------------


def test_too_many_records_for_an_element_is_over_submitted() -> None:
    sub = Sub().full("certification")
    for week in range(1, 29):
        sub.add(
            f"Element 9 - Inspections/Weekly site inspection wk {week} 2025.docx", "inspections"
        )
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.over_submitted == ["inspections"]
    assert outcome.tallies["inspections"].records == 31
    assert outcome.status is Status.OVER_SUBMITTED
    assert reply is not None
    body = flat(reply.body)
    assert "- Element 9 - Inspections: 31 records" in body
    assert (
        "one or two documents a month across the year, or one or two a week across your three"
        " busiest months, is enough. Very large submissions may be returned" in body
    )
    assert "at most" not in body
    assert "What to do next: if you can, reply with a smaller set" in body


def test_no_page_caps_policies_practices_or_procedures() -> None:
    """Four policy documents, 16 practices, 6 legislation files: no page sets a number."""
    sub = Sub().full("certification")
    for n in range(1, 4):
        sub.add(f"Element 1 - Policy/Policy part {n}.docx", "policy")
    for n in range(1, 16):
        sub.add(
            f"Element 3 - Safe Work Practices/SWP-{n:02d} practice {n}.docx", "safe_work_practices"
        )
    for n in range(1, 6):
        sub.add(f"Legislation/OHS list part {n}.docx", "legislation")
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.elements["policy"] == 4
    assert outcome.over_submitted == []
    assert outcome.status is Status.COMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "Everything we check for in a certification year is here." in body
    assert "at most" not in body and "more records than" not in body


def test_directive_documents_resent_in_a_maintenance_year_are_not_needed() -> None:
    sub = Sub().full("maintenance")
    sub.add("Element 1 - Policy/Health and Safety Policy 2026.docx", "policy")
    sub.add("Legislation/OHS legislation list.docx", "legislation")
    outcome, reply = sub.triage(email("SECOR maintenance submission"))
    assert outcome.status is Status.COMPLETE
    assert outcome.over_submitted == []
    assert codes(outcome) == ["not_needed_this_year", "not_needed_this_year"]
    assert reply is not None
    body = flat(reply.body)
    assert "Not needed" not in body and "not needed" not in body
    assert (
        "In a maintenance year ACSA refers to the policies and processes (directive documents)"
        " of your certification submission when they have not changed, so these need not be"
        " sent again unless they changed: - Element 1 - Policy/Health and Safety Policy 2026.docx"
        in body
    )
    assert (
        "We have these from your certification on file;"
        " send them again if they changed: - Legislation/OHS legislation list.docx" in body
    )


def test_duplicates_are_pointed_out() -> None:
    sub = Sub().full("certification")
    sub.add(
        "Element 2 - Hazard Assessments/FLHA copy.docx", "hazard_assessment", content="same bytes"
    )
    sub.add(
        "Element 2 - Hazard Assessments/FLHA again.docx", "hazard_assessment", content="same bytes"
    )
    sub.problem(
        ProblemCode.DUPLICATE_FILE, "submission.zip!old.zip", "Identical to another archive"
    )
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert codes(outcome).count("duplicate_file") == 2
    assert outcome.status is Status.COMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "Sent more than once (we will keep one copy):" in body
    assert (
        "- Element 2 - Hazard Assessments/FLHA again.docx"
        " (same as Element 2 - Hazard Assessments/FLHA copy.docx)" in body
    )


def test_files_labelled_other_are_named() -> None:
    sub = Sub().full("certification").add("Invoice 1043 - lumber.pdf", "other")
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert codes(outcome) == ["not_secor_document"]
    assert outcome.status is Status.COMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "These files do not look like part of a SECOR evaluation." in body
    assert "- Invoice 1043 - lumber.pdf" in body


def test_a_file_we_could_not_read_is_not_also_called_not_secor() -> None:
    """QA: 'Site inspection.pdf' was both 'send it again' and 'please leave it out'."""
    sub = Sub().full("certification").add("Site inspection.pdf", "other")
    sub.documents[-1].readable = False
    sub.problem(ProblemCode.UNREADABLE_FILE, sub.documents[-1].path)
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert codes(outcome) == ["unreadable_file"]
    assert reply is not None
    assert "do not look like part of a SECOR evaluation" not in flat(reply.body)


# --- records coverage -------------------------------------------------------------


def test_less_than_three_months_of_records_is_not_complete() -> None:
    sub = Sub().full("certification", dates=("2025-10-02", "2025-10-16", "2025-10-30"))
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.coverage is not None and outcome.coverage.months == 1
    assert [(p.code.value, p.path) for p in outcome.problems] == [("records_span", "")]
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "The records we could date span about 1 month (October 2025)." in body
    assert "once at least 3 months of health and safety records have been gathered" in body
    assert "What to do next: reply to this email with records from a longer stretch" in body
    assert "could not open" not in body


def test_records_older_than_the_previous_twelve_months_in_a_maintenance_year() -> None:
    sub = Sub().full("maintenance")
    sub.add(
        "Element 9 - Inspections/Site inspection March 14, 2024.docx",
        "inspections",
        text="Inspected 14/03/2024",
    )
    outcome, reply = sub.triage(email("SECOR maintenance submission"))
    old = [p for p in outcome.problems if p.code is ProblemCode.RECORDS_COVERAGE]
    assert [p.path for p in old] == [
        "submission.zip!Element 9 - Inspections/Site inspection March 14, 2024.docx"
    ]
    assert outcome.coverage is not None and outcome.coverage.window_start is not None
    assert outcome.coverage.window_start.isoformat() == "2025-03-01"
    assert reply is not None
    body = flat(reply.body)
    assert "we look at records from the previous 12 months, that is since 1 March 2025" in body
    assert (
        "- Element 9 - Inspections/Site inspection March 14, 2024.docx"
        " (latest date we found: 14 March 2024)" in body
    )


def test_certification_records_have_no_twelve_month_window() -> None:
    sub = Sub().full("certification", dates=("2023-01-10", "2023-04-10", "2023-07-10"))
    outcome = sub.check(email("SECOR certification submission"))
    assert "records_coverage" not in codes(outcome)


# --- organisation -------------------------------------------------------------------


def test_files_outside_element_folders_and_generic_names_get_a_request_to_label() -> None:
    sub = Sub().full("certification")
    sub.add("Scan_0012.pdf", "hazard_assessment")
    sub.add("Element 6 - PPE/IMG_1203.jpg", "ppe")
    sub.add("Document (3).docx", "company_rules")
    outcome, reply = sub.triage(email("SECOR certification submission"))
    found = [(p.code.value, p.path.split("!")[1]) for p in outcome.problems]
    assert found == [
        ("outside_element_folder", "Scan_0012.pdf"),
        ("outside_element_folder", "Document (3).docx"),
        ("generic_name", "Scan_0012.pdf"),
        ("generic_name", "Element 6 - PPE/IMG_1203.jpg"),
        ("generic_name", "Document (3).docx"),
    ]
    assert outcome.status is Status.COMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "please keep one folder per element" in body
    assert "Not in an element folder: - Scan_0012.pdf - Document (3).docx" in body
    assert (
        "Names that do not say what the file is: - Scan_0012.pdf - Element 6 - PPE/IMG_1203.jpg"
        in body
    )
    assert "None of this holds up your submission" in body


def test_an_evaluation_tool_split_across_files_is_pointed_out() -> None:
    sub = Sub().full("certification")
    sub.add("Element 2 - Hazard Assessments/SECOR Eval Element 2.pdf", "evaluation_tool")
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert codes(outcome) == ["evaluation_tool_split", "evaluation_tool_split"]
    assert outcome.status is Status.COMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "Please keep the completed evaluation tool together as one document." in body
    assert "It came in 2 files: - SECOR Evaluation Tool.docx" in body


# --- problems from the receive stage and the classifier --------------------------------


def test_a_folder_file_whose_content_disagrees_is_kept_there_and_checked() -> None:
    sub = (
        Sub()
        .full("certification")
        .add(
            "Element 6 - PPE/glove log.xlsx",
            "ppe",
            confidence=0.97,
            needs_review=True,
            source="folder",
        )
    )
    outcome, _ = sub.triage(email("SECOR certification submission"))
    assert codes(outcome) == ["low_confidence"]
    (problem,) = outcome.problems
    assert problem.message == (
        "Kept in Element 6 - Personal Protective Equipment as its folder says, but its "
        "content reads more like another element; a person checks where it belongs."
    )


def test_low_confidence_files_go_to_a_coordinator() -> None:
    sub = (
        Sub()
        .full("certification")
        .add("Element 5/misc notes.docx", "company_rules", confidence=0.31, needs_review=True)
    )
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.status is Status.NEEDS_REVIEW
    assert codes(outcome) == ["low_confidence"]
    assert reply is not None
    body = flat(reply.body)
    assert (
        "One of our coordinators will go through your submission personally,"
        " because we could not tell which element some files belong to" in body
    )
    assert "- Element 5/misc notes.docx" in body


def test_an_encrypted_archive_asks_for_a_resend() -> None:
    sub = (
        Sub()
        .full("certification")
        .problem(ProblemCode.ENCRYPTED_ARCHIVE, "submission.zip!Element 8.zip")
    )
    outcome, reply = sub.triage(email("SECOR certification submission"))
    assert outcome.status is Status.INCOMPLETE and outcome.missing == []
    assert reply is not None
    body = flat(reply.body)
    assert "- Element 8.zip: it is protected with a password." in body
    assert "reply to this email with the files we could not open" in body


def test_a_failed_link_says_why_it_failed() -> None:
    """QA: every failure was 'check the link lets anyone view it', even when the reason
    was a folder view, or the provider not answering us."""
    reason = (
        "The Dropbox link opens a Dropbox web page (a sign-in page or a folder view) instead of "
        "a file; please share the file itself"
    )
    sub = Sub().problem(ProblemCode.LINK_FAILED, "https://www.dropbox.com/s/abc/secor.zip", reason)
    outcome, reply = sub.triage(email("SECOR submission link", body="Here is the download link"))
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    assert f"- https://www.dropbox.com/s/abc/secor.zip: {reason}" in flat(reply.body)


def test_an_archive_over_the_limits_needs_a_person() -> None:
    sub = Sub().full("certification").problem(ProblemCode.ARCHIVE_LIMIT, "submission.zip")
    outcome, _ = sub.triage(email("SECOR certification submission"))
    assert outcome.status is Status.NEEDS_REVIEW


def test_a_submission_announced_without_files() -> None:
    outcome, reply = Sub().triage(
        email("SECOR audit", body="Please find attached our SECOR audit.")
    )
    assert codes(outcome) == ["no_attachments"]
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "We did not find any files or download links in it." in body
    assert "What we still need" not in body


# --- ignored mail ---------------------------------------------------------------------


def test_a_question_without_files_is_ignored_without_reply() -> None:
    outcome, reply = Sub().triage(
        email("Question", body="How many employees can we have for SECOR?")
    )
    assert outcome.status is Status.IGNORED and outcome.status_rule == "no-secor-content"
    assert reply is None


def test_mail_with_only_unrelated_files_is_ignored() -> None:
    sub = Sub().add("Invoice 1043.pdf", "other")
    outcome, reply = sub.triage(email("Invoice 1043", body="Your invoice is attached."))
    assert outcome.status is Status.IGNORED
    assert reply is None


def test_auto_submitted_mail_is_ignored_without_reply() -> None:
    envelope = email("Out of office: SECOR submission", headers={"auto-submitted": "auto-replied"})
    outcome, reply = Sub().full("certification").triage(envelope)
    assert outcome.status is Status.IGNORED and outcome.auto_mail == "Auto-Submitted: auto-replied"
    assert reply is None


def test_a_folder_without_email_is_checked_but_gets_no_reply() -> None:
    outcome, reply = Sub().full("certification").triage(None)
    assert outcome.status is Status.COMPLETE
    assert reply is None


# --- split submissions and follow-ups -------------------------------------------------


def test_part_one_of_three_waits_for_the_rest() -> None:
    sub = Sub().add("Element 1 - Policy/Health and Safety Policy.docx", "policy")
    outcome, reply = sub.triage(email("SECOR certification submission part 1 of 3"))
    assert outcome.part == (1, 3) and outcome.merged is False
    assert outcome.status is Status.INCOMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert (
        "Thank you for part 1 of 3 of your SECOR submission, reference SECOR-2026-000042." in body
    )
    assert "What we still need" not in body


def test_the_last_part_is_checked_on_the_merged_documents() -> None:
    sub = Sub().full("certification")
    outcome, reply = sub.triage(email("SECOR certification submission part 3 of 3"))
    assert outcome.part == (3, 3) and outcome.merged is True
    assert outcome.status is Status.COMPLETE
    assert reply is not None
    body = flat(reply.body)
    assert "Thank you for the additional files. We have added them to your SECOR submission" in body
    assert "Everything we check for in a certification year is here" in body


def test_an_answer_with_the_missing_items_gives_the_new_status() -> None:
    answer = email(
        "Re: SECOR certification submission",
        body="Here is the contractor file you asked for.",
        in_reply_to="<reply-1@acsa.local>",
        references=["<sub-1@roofco.example>", "<reply-1@acsa.local>"],
        message_id="<sub-2@roofco.example>",
    )
    outcome, reply = Sub().full("certification").triage(answer, merged=True)
    assert outcome.merged is True and outcome.status is Status.COMPLETE
    assert reply is not None and reply.subject == "Re: SECOR certification submission"
    assert "Everything we check for" in flat(reply.body)


# --- status precedence ----------------------------------------------------------------


def test_needs_review_wins_over_incomplete_and_incomplete_over_over_submitted() -> None:
    sub = Sub().add("Element 9 - Inspections/x.docx", "inspections")
    for week in range(1, 30):
        sub.add(f"Element 9 - Inspections/Inspection wk {week} 2025.docx", "inspections")
    outcome = sub.check(email("SECOR certification submission"))
    assert outcome.missing and outcome.over_submitted
    assert outcome.status is Status.INCOMPLETE
    sub.add("Element 4/unclear.docx", "safe_job_procedures", needs_review=True, confidence=0.2)
    outcome = sub.check(email("SECOR certification submission"))
    assert outcome.status is Status.NEEDS_REVIEW
    assert outcome.hits[-1] == "needs-person"
