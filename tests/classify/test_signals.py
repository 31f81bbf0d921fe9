"""The folder and file-name parser reads every naming style employers use."""

from __future__ import annotations

import pytest

from knowledge.path_signals import (
    folder_label,
    folder_signal,
    is_generic_name,
    name_signal,
    name_words,
)


@pytest.mark.parametrize(
    ("folder", "label"),
    [
        ("Element 2 - Hazard Assessments", "hazard_assessment"),
        ("02 Hazard", "hazard_assessment"),
        ("E2", "hazard_assessment"),
        ("02_Hazard_Assessment", "hazard_assessment"),
        ("Elem 1 Policy", "policy"),
        ("Element 01 - Policy", "policy"),
        ("COR 7 - Maintenance", "maintenance"),
        ("Section 7 - Maintenance", "maintenance"),
        ("Element 7 - Preventative Maintenance", "maintenance"),
        ("7_Maintenance", "maintenance"),
        ("SJPs", "safe_job_procedures"),
        ("4. Safe Job Procedures", "safe_job_procedures"),
        ("E4 SJP", "safe_job_procedures"),
        ("E3 SWP", "safe_work_practices"),
        ("Element 3 - Safe Work Practices", "safe_work_practices"),
        ("05 - Rules", "company_rules"),
        ("Company Rules", "company_rules"),
        ("Element 06 - PPE", "ppe"),
        ("8. Training and Communication", "training_communication"),
        ("Toolbox Talks", "training_communication"),
        ("09 - Inspections", "inspections"),
        ("E10", "investigations"),
        ("11 - Emergency", "emergency_planning"),
        ("12 Stats", "records_statistics"),
        ("Element 12 - Records & Statistics", "records_statistics"),
        ("13 Contractors", "contracting_services"),
        ("ELEMENT 13", "contracting_services"),
        ("Legislation", "legislation"),
        ("Evaluation Tool", "evaluation_tool"),
        ("SECOR Audit", "evaluation_tool"),
        ("element 9 - inspections", "inspections"),
    ],
)
def test_element_folders(folder: str, label: str) -> None:
    assert folder_label(folder) == label


@pytest.mark.parametrize(
    "folder",
    [
        "SECOR 2026",
        "Documents",
        "2025",
        "Safety",
        "New folder",
        "Photos",
        "Scans",
        "COR 2025",
        "Safety Program",
        "Submission",
        "SECOR Audit 2026 - ABC Roofing",
        "Element 14",
        "Misc",
    ],
)
def test_folders_that_name_no_element(folder: str) -> None:
    assert folder_label(folder) is None


def test_a_number_and_other_words_trust_the_words() -> None:
    assert folder_label("Element 8 - Maintenance") == "maintenance"


@pytest.mark.parametrize(
    ("folder", "label"),
    [
        ("Policies and Procedures", None),
        ("SWP & SJP", None),
        ("PPE and Maintenance", None),
        ("Element 5 - Company Rules & Discipline Policy", "company_rules"),
        ("Training Records", "training_communication"),
        ("Maintenance Records", "maintenance"),
        ("Records", "records_statistics"),
    ],
)
def test_folders_naming_several_elements(folder: str, label: str | None) -> None:
    assert folder_label(folder) == label


def test_the_innermost_element_folder_wins() -> None:
    signal = folder_signal(("SECOR 2026", "Element 2 - Hazard", "FLHAs March"))
    assert (
        signal is not None
        and signal.label == "hazard_assessment"
        and signal.evidence == "FLHAs March"
    )
    signal = folder_signal(("SECOR 2026", "Element 9 - Inspections", "Scans"))
    assert signal is not None and signal.label == "inspections"
    assert folder_signal(("SECOR 2026", "Scans")) is None


@pytest.mark.parametrize(
    "name",
    [
        "Scan_0012.pdf",
        "Document (3).docx",
        "IMG_1203.jpg",
        "export (2).csv",
        "doc00321.pdf",
        "New Microsoft Word Document (2).docx",
        "Untitled.pdf",
        "Untitled document.docx",
        "image0.png",
        "Screenshot 2026-01-08 081530.png",
        "Screenshot_20251118-091544.png",
        "new doc 7.pdf",
        "20250318_101522.jpg",
        "WhatsApp Image 2025-03-18 at 10.15.22.jpeg",
        "PXL_20250318_101522.jpg",
        "doc_3.pdf",
    ],
)
def test_generic_names(name: str) -> None:
    assert is_generic_name(name)
    assert name_signal(name) is None
    assert name_words(name) == ""


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("SWP-01 Working at Heights.pdf", "safe_work_practices"),
        ("Ladders SWP.docx", "safe_work_practices"),
        ("SJP-07 Changing a grinder disc.docx", "safe_job_procedures"),
        ("FLHA March.pdf", "hazard_assessment"),
        ("Element 11 drill record.pdf", "emergency_planning"),
        ("Contractor prequalification - Acme.pdf", "contracting_services"),
        ("Legislation list.xlsx", "legislation"),
        ("SECOR Evaluation Tool 2026.docx", "evaluation_tool"),
        ("Toolbox talk - ladders.pdf", "training_communication"),
    ],
)
def test_names_that_name_a_label(name: str, label: str) -> None:
    signal = name_signal(name)
    assert signal is not None and signal.label == label and signal.origin == "name"


@pytest.mark.parametrize(
    "name", ["Invoice 4411.pdf", "Inspection notes.pdf", "Scissor lift check.pdf"]
)
def test_ambiguous_names_are_left_to_the_model(name: str) -> None:
    assert not is_generic_name(name)
    assert name_signal(name) is None


def test_name_words_split_separators_and_case() -> None:
    assert name_words("HotWork_SWP-v2.docx") == "hot work swp v 2"


@pytest.mark.parametrize(
    "folder",
    [
        "Hilltop SECOR maintenance",
        "Aspen Tile SECOR maintenance 2026",
        "COR Maintenance Year 2026",
        "Maintenance submission",
        "SECOR recertification",
    ],
)
def test_a_folder_named_for_the_program_year_is_no_element_folder(folder: str) -> None:
    """Maintenance-year employers name the whole submission so: it is not Element 7."""
    assert folder_label(folder) is None


@pytest.mark.parametrize("folder", ["Maintenance", "07 Maint", "Equipment Maintenance", "SECOR 7"])
def test_element_7_folders_still_read_as_maintenance(folder: str) -> None:
    assert folder_label(folder) == "maintenance"
