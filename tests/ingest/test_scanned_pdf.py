"""A scan saved as PDF is decoded from its JPEG (grey, reduced), anything else is rendered."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from intake.ingest.readers import _scanned_jpeg
from tests.ingest import builders as b


def _first_page_photo(path: Path, max_pixels: int = 50_000_000) -> object:
    pdf = pdfium.PdfDocument(str(path))
    try:
        photo = _scanned_jpeg(pdf[0], max_pixels)
        return None if photo is None else (photo.format, photo.size)
    finally:
        pdf.close()


def test_a_one_jpeg_page_gives_the_jpeg_itself(tmp_path: Path) -> None:
    page = b.text_image(["TOOLBOX TALK SIGN-IN"], size=(1000, 1400))
    scan = b.write(tmp_path / "Scan_0002.pdf", b.image_bytes(page, "PDF"))

    assert _first_page_photo(scan) == ("JPEG", (1000, 1400))


def test_a_page_with_a_text_layer_is_rendered_instead(tmp_path: Path) -> None:
    text = b.write(tmp_path / "policy.pdf", b.pdf_bytes(["Health and safety policy"]))

    assert _first_page_photo(text) is None


def test_a_photo_beyond_the_pixel_limit_is_left_to_the_bounded_render(tmp_path: Path) -> None:
    page = b.text_image(["INSPECTION"], size=(1000, 1400))
    scan = b.write(tmp_path / "Scan_0003.pdf", b.image_bytes(page, "PDF"))

    assert _first_page_photo(scan, max_pixels=1_000_000) is None
