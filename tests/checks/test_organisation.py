"""Element folders and generic file names, as rules.toml [organisation] defines them."""

from __future__ import annotations

import pytest

from knowledge.rules import program

ORG = program().organisation


@pytest.mark.parametrize(
    "name",
    [
        "Element 2 - Hazard Assessment", "02_Hazard_Assessment", "E13", "13 Contractors",
        "Section 7 - Maintenance", "COR 7 - Maintenance", "Elem 1 Policy", "4. Safe Job Procedures",
        "12 Stats", "SJPs", "Company Rules", "Legislation", "Evaluation Tool", "PPE",
    ],
)  # fmt: skip
def test_element_folders(name: str) -> None:
    assert ORG.is_element_folder(name)


@pytest.mark.parametrize("name", ["SECOR 2026", "Roofco", "2025", "New folder", "Scans", "Part 2"])
def test_not_element_folders(name: str) -> None:
    assert not ORG.is_element_folder(name)


@pytest.mark.parametrize(
    "stem",
    [
        "Scan_0012", "Document (3)", "IMG_1203", "New Microsoft Word Document",
        "New Microsoft Word Document (2)", "Untitled", "Untitled document", "doc00321", "new doc 7",
        "export (2)", "image0", "Book1", "Scan_20250318", "Screenshot 2026-01-08 081530",
        "Screenshot_20251118-091544", "IMG-20250314-WA0001", "PXL_20250101_123456789", "0001",
        "WhatsApp Image 2025-01-08 at 10.22.33",
    ],
)  # fmt: skip
def test_generic_names(stem: str) -> None:
    assert ORG.is_generic_name(stem)


@pytest.mark.parametrize(
    "stem",
    [
        "FLHA March", "Site inspection 2025-10-14", "Scissor lift annual inspection 2025",
        "HS-01 Health and Safety Policy", "Document control procedure",
        "Scan of fire drill 2025-05",
    ],
)  # fmt: skip
def test_telling_names(stem: str) -> None:
    assert not ORG.is_generic_name(stem)


def test_hostile_names_are_matched_quickly() -> None:
    for stem in ["scan" + "1 " * 5000 + "x", "img" + "_" * 10000 + "!", "(" * 10000]:
        ORG.is_generic_name(stem)
        ORG.is_element_folder(stem)
