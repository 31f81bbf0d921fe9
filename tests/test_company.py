"""The company name shown beside the sender's address in the dashboard."""

from __future__ import annotations

from pathlib import PurePosixPath

from intake.company import company_name, from_documents, from_signature
from intake.documents import Document
from intake.envelope import Envelope


def _doc(path: str, text: str = "") -> Document:
    return Document(path=path, member_path=PurePosixPath(path), sha256="0" * 64, size=1, text=text)


def test_a_company_field_in_a_document() -> None:
    docs = [_doc("a.txt", "Hazard assessment"), _doc("b.txt", "Company name: Birch Roofing Ltd.\n")]
    assert from_documents(docs) == "Birch Roofing Ltd."


def test_a_form_line_with_more_fields_after_the_name() -> None:
    text = "EVALUATION TOOL\nCompany: Birch Roofing Ltd.   Assessor: Dana Whitford\n"
    assert from_documents([_doc("tool.docx", text)]) == "Birch Roofing Ltd."
    text = "Company: Prairie Spark Electric Inc. Assessor: Lena Baptiste\n"
    assert from_documents([_doc("tool.docx", text)]) == "Prairie Spark Electric Inc."


def test_the_evaluation_tool_file_name() -> None:
    docs = [_doc("Evaluation Tool/SECOR Evaluation Tool - Roofco Exteriors Ltd..docx")]
    assert from_documents(docs) == "Roofco Exteriors Ltd."


def test_the_submission_folder_name() -> None:
    docs = [_doc("Birch Roofing SECOR 2026/Element 01 - Policy/policy.txt")]
    assert from_documents(docs) == "Birch Roofing"


def test_element_folders_are_not_companies() -> None:
    assert from_documents([_doc("Element 2 - Hazard Assessments/FLHA.pdf")]) is None


def test_the_email_signature() -> None:
    body = "Hi,\nattached our SECOR.\n\nThanks,\nDana Fisher\nPrairie Electric Inc.\n403-555-0101\n"
    assert from_signature(body) == "Prairie Electric Inc."


def test_nothing_said_means_no_guess() -> None:
    env = Envelope(sender="dana@example.com", sender_name="Dana Fisher", body="Here it is.")
    assert company_name(env, [_doc("FLHA.pdf", "a form")]) is None


def test_a_one_line_body_gives_the_company_not_the_sentence() -> None:
    """QA: the Employer column showed the whole one-line email."""
    body = "Hi, here is our first SECOR certification submission. Thanks, Ridgeline Paving Inc."
    assert from_signature(body) == "Ridgeline Paving Inc."
    assert from_signature("Attached is our SECOR for 2026 - Ridgeline Paving Inc.") == (
        "Ridgeline Paving Inc."
    )
    assert from_signature("Please see attached. Regards, J.R. Olsen Contracting Ltd.") == (
        "J.R. Olsen Contracting Ltd."
    )


def test_signatures_with_more_on_the_line() -> None:
    body = "Hello,\nour SECOR is attached.\n\nDana Fisher, Prairie Electric Inc. | 403-555-0101\n"
    assert from_signature(body) == "Prairie Electric Inc."
    body = "Thanks\nPat\nSmith & Sons Roofing Co. Ltd.\n"
    assert from_signature(body) == "Smith & Sons Roofing Co. Ltd."
    env = Envelope(sender="d@example.com", sender_name="Dana Fisher, Birch Roofing Ltd.", body="")
    assert company_name(env, []) == "Birch Roofing Ltd."


def test_bodies_with_no_company_give_nothing() -> None:
    for body in (
        "Hi, here is our first SECOR certification submission. Thanks, Pat",
        "We are a small company ltd. and this is our first submission.",
        "Hi, please find our SECOR documents attached. We incorporated last year.",
        "here is the stuff for the inc. audit, thanks",
        "",
    ):
        assert from_signature(body) is None, body
