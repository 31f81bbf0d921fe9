"""Text extraction: every supported family, and hostile files that must not hang or blow up."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from core.config import LimitsSettings
from intake.ingest import extract_text
from intake.ingest.extract import extract_many
from intake.problems import ProblemCode
from tests.ingest import builders as b


def test_pdf_text_layer(tmp_path: Path, limits: LimitsSettings) -> None:
    path = b.write(
        tmp_path / "FLHA.pdf", b.pdf_bytes(["Field Level Hazard Assessment", "Crew: Bob"])
    )
    result = extract_text(path, limits)
    assert "Field Level Hazard Assessment" in result.text
    assert result.problem is None and not result.ocr


def test_docx_paragraphs_and_tables(tmp_path: Path, limits: LimitsSettings) -> None:
    data = b.docx_bytes(
        ["Safe Job Procedure", "Step 1"], table=[["Hazard", "Control"], ["Noise", "Ear plugs"]]
    )
    result = extract_text(b.write(tmp_path / "sjp.docx", data), limits)
    assert "Safe Job Procedure" in result.text
    assert "Ear plugs" in result.text and "Hazard" in result.text


def test_xlsx_csv_and_text(tmp_path: Path, limits: LimitsSettings) -> None:
    xlsx = b.write(
        tmp_path / "log.xlsx", b.xlsx_bytes([["Date", "Inspection"], ["2026-01-02", 3.0]])
    )
    csv = b.write(
        tmp_path / "log.csv", "Date;Équipement\n2026-01-02;Génératrice\n".encode("cp1252")
    )
    txt = b.write(tmp_path / "plan.txt", "Emergency plan\nMuster point: gate\n".encode("utf-16"))
    results = extract_many([(p, p.name, p.name) for p in (xlsx, csv, txt)], limits)
    assert "Inspection" in results[0].text and "3" in results[0].text
    assert "Génératrice" in results[1].text
    assert "Muster point" in results[2].text


def test_pptx_odt_rtf(tmp_path: Path, limits: LimitsSettings) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Toolbox talk"
    pptx = tmp_path / "talk.pptx"
    deck.save(str(pptx))
    odt_doc = OpenDocumentText()
    odt_doc.text.addElement(P(text="Company rules for the shop"))
    odt = tmp_path / "rules.odt"
    odt_doc.save(str(odt))
    rtf = b.write(
        tmp_path / "policy.rtf",
        rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0 Health and Safety Policy\par}",
    )
    results = extract_many([(p, p.name, p.name) for p in (pptx, odt, rtf)], limits)
    assert "Toolbox talk" in results[0].text
    assert "Company rules" in results[1].text
    assert "Health and Safety Policy" in results[2].text


def test_unknown_and_empty_files(tmp_path: Path, limits: LimitsSettings) -> None:
    binary = b.write(tmp_path / "drawing.dwg", b"AC1032\x00\x01\x02" + bytes(range(256)) * 4)
    empty = b.write(tmp_path / "empty.pdf", b"")
    results = extract_many([(p, p.name, p.name) for p in (binary, empty)], limits)
    assert results[0].problem is not None
    assert results[0].problem.code is ProblemCode.UNSUPPORTED_TYPE
    assert results[1].problem is not None
    assert results[1].problem.code is ProblemCode.UNREADABLE_FILE


def test_damaged_pdf_is_unreadable(tmp_path: Path, limits: LimitsSettings) -> None:
    path = b.write(tmp_path / "broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)
    result = extract_text(path, limits)
    assert result.problem is not None and result.problem.code is ProblemCode.UNREADABLE_FILE
    assert result.problem.path == str(path)


def test_huge_dimension_image_is_refused_without_decoding(
    tmp_path: Path, limits: LimitsSettings
) -> None:
    path = b.write(tmp_path / "bomb.png", b.png_header_only(100_000, 100_000))
    started = time.monotonic()
    result = extract_text(path, limits.model_copy(update={"ocr": True}))
    assert time.monotonic() - started < 20
    assert result.problem is not None and result.problem.code is ProblemCode.UNREADABLE_FILE
    assert "too large" in result.problem.message


@pytest.mark.parametrize(
    ("kind", "part"), [("docx", "word/document.xml"), ("xlsx", "xl/worksheets/sheet1.xml")]
)
def test_entity_expansion_office_file_is_refused(
    tmp_path: Path, limits: LimitsSettings, kind: str, part: str
) -> None:
    source = b.docx_bytes(["Policy"]) if kind == "docx" else b.xlsx_bytes([["a", 1]])
    path = b.write(tmp_path / f"bomb.{kind}", b.with_entity_bomb(source, part))
    started = time.monotonic()
    result = extract_text(path, limits)
    assert time.monotonic() - started < 20
    assert result.problem is not None and result.problem.code is ProblemCode.UNREADABLE_FILE
    assert "entity" in result.problem.message
    assert "lollol" not in result.text


def test_office_zip_bomb_is_refused(tmp_path: Path, limits: LimitsSettings) -> None:
    docx = b.docx_bytes(["Policy"])
    import io
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/media/padding.bin", b"\x00" * (20 * 1024**2))
    result = extract_text(b.write(tmp_path / "big.docx", out.getvalue()), limits)
    assert result.problem is not None and result.problem.code is ProblemCode.UNREADABLE_FILE


def test_file_needing_too_much_memory_gives_a_problem_and_the_pool_recovers(
    tmp_path: Path, limits: LimitsSettings
) -> None:
    from PIL import Image

    big = b.write(
        tmp_path / "poster.png", b.image_bytes(Image.new("RGB", (6000, 6000), "white"), "PNG")
    )
    text = b.write(tmp_path / "ok.txt", b"Training record for the crew")
    starved = limits.model_copy(update={"extract_memory_mb": 96, "ocr": True, "extract_workers": 1})
    results = extract_many([(big, big.name, big.name), (text, text.name, text.name)], starved)
    assert results[0].problem is not None
    assert results[0].problem.code is ProblemCode.UNREADABLE_FILE
    assert results[1].text == "Training record for the crew"


@pytest.mark.slow
def test_photo_and_scanned_pdf_are_read_by_ocr(tmp_path: Path, limits: LimitsSettings) -> None:
    page = b.text_image(["FIELD LEVEL HAZARD", "ASSESSMENT FORM"])
    jpeg = b.write(tmp_path / "IMG_0001.jpg", b.image_bytes(page, "JPEG"))
    scan = b.write(tmp_path / "Scan_0001.pdf", b.image_bytes(page, "PDF"))
    import pillow_heif

    pillow_heif.register_heif_opener()
    heic = b.write(tmp_path / "IMG_0002.HEIC", b.image_bytes(page, "HEIF"))
    results = extract_many(
        [(p, p.name, p.name) for p in (jpeg, scan, heic)], limits.model_copy(update={"ocr": True})
    )
    for result in results:
        assert result.ocr and result.problem is None
        assert "HAZARD" in result.text.upper()


@pytest.mark.slow
def test_slow_file_times_out_and_the_pool_recovers(tmp_path: Path, limits: LimitsSettings) -> None:
    photo = b.write(
        tmp_path / "IMG_0002.jpg", b.image_bytes(b.text_image(["INSPECTION"] * 9), "JPEG")
    )
    hurried = limits.model_copy(update={"ocr": True, "extract_timeout_seconds": 0.05})
    result = extract_text(photo, hurried)
    assert result.problem is not None and "longer than" in result.problem.message
    text = b.write(tmp_path / "ok.txt", b"Inspection checklist")
    assert extract_text(text, hurried.model_copy(update={"extract_timeout_seconds": 30})).text
