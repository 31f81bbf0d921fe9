"""The example inbox of `make run`: every kind of file the product reads, rendered from text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from core.config import load_settings
from intake.devstack.render import render_tree, rendered_name
from intake.ingest import ingest_path
from tests.conftest import REPO, write_config

INBOX = REPO / "examples" / "inbox"


def _render_all(target: Path) -> list[Path]:
    made = []
    for example in sorted(p for p in INBOX.iterdir() if p.is_dir()):
        for item in sorted(example.iterdir()):
            if item.name != "message.toml":
                made.append(render_tree(item, target / example.name))
    return made


def test_names_say_what_each_file_becomes() -> None:
    assert rendered_name("Scan_0012.scan.pdf.txt")[0] == "Scan_0012.pdf"
    assert rendered_name("policy.pdf.txt")[0] == "policy.pdf"
    assert rendered_name("IMG_1.jpg.txt")[0] == "IMG_1.jpg"
    assert rendered_name("notes.txt") == ("notes.txt", None)


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    source = INBOX / "02-prairie-electric-maintenance"
    first = {p.name: p.read_bytes() for p in render_tree(source, tmp_path / "a").iterdir()}
    second = {p.name: p.read_bytes() for p in render_tree(source, tmp_path / "b").iterdir()}
    pdfs_and_images = {n for n in first if n.endswith((".pdf", ".jpg"))}
    assert pdfs_and_images and all(first[n] == second[n] for n in pdfs_and_images)


def test_the_inbox_has_every_kind_of_file(tmp_path: Path) -> None:
    _render_all(tmp_path)
    kinds = Counter(p.suffix for p in tmp_path.rglob("*") if p.is_file())
    for suffix in (".pdf", ".jpg", ".docx", ".xlsx", ".txt"):
        assert kinds[suffix], f"no {suffix} in the example inbox"
    assert not list(INBOX.rglob("*.pdf")) and not list(INBOX.rglob("*.jpg")), "no binaries"


@pytest.mark.slow
def test_every_rendered_file_is_read_with_its_text(tmp_path: Path) -> None:
    settings = load_settings(write_config(tmp_path / "c.toml", tmp_path / "var"))
    out = tmp_path / "rendered"
    _render_all(out)
    work = tmp_path / "work"
    work.mkdir()
    result = ingest_path(out, work, settings.limits, settings.links)
    by_name = {Path(str(d.member_path)).name: d for d in result.documents}

    def squeezed(name: str) -> str:  # OCR may drop the spaces between words
        return by_name[name].text.upper().replace(" ", "")

    assert "FIELDLEVELHAZARD" in squeezed("IMG_20260312_081433.jpg")  # the phone photo
    assert by_name["IMG_20260312_081433.jpg"].ocr
    assert "INSPECTIONCHECKLIST" in squeezed("Site inspection checklist - 2026-03-18.pdf")  # scan
    assert by_name["Site inspection checklist - 2026-03-18.pdf"].ocr
    assert "Harness" in by_name["Harness inspection log - March 2026.xlsx"].text
    assert "EVALUATION TOOL" in by_name["SECOR Evaluation Tool 2026 - completed.docx"].text.upper()
    assert "policy" in by_name["Health and Safety Policy 2026.pdf"].text.lower()
    assert not [p for p in result.problems if p.code.value == "unreadable_file"]
