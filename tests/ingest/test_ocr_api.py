"""Tesseract in the worker (tesserocr): where its model is found; the same text as the command."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.ingest import ocr, ocr_api
from tests.ingest.photos import char_accuracy, page_lines, page_photo, render_page

# in CI both must be there (make install and make ocr-engine bring them)
needs_library = pytest.mark.skipif(
    not ocr_api.available() and not os.environ.get("CI"), reason="tesserocr or its model missing"
)
needs_command = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract command")


@pytest.fixture(autouse=True)
def _fresh_lookup() -> Iterator[None]:
    ocr_api.tessdata.cache_clear()
    ocr_api.available.cache_clear()
    yield
    ocr_api.tessdata.cache_clear()
    ocr_api.available.cache_clear()


def test_tessdata_prefix_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tessdata").mkdir()
    (tmp_path / "tessdata" / "eng.traineddata").write_bytes(b"model")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert ocr_api.tessdata() == tmp_path / "tessdata"


def test_no_model_anywhere_means_the_library_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.delenv("CONDA_PREFIX", raising=False)
    monkeypatch.setattr(ocr_api, "_PLACES", (str(tmp_path / "nowhere" / "*"),))
    assert ocr_api.tessdata() is None
    assert not ocr_api.available()


@needs_library
def test_the_library_is_the_engine_when_it_is_there() -> None:
    assert ocr.engine() == "tesserocr"


@needs_library
def test_a_page_reads_in_process_with_a_header_line_like_the_command() -> None:
    lines = page_lines(random.Random(11))
    tsv = ocr_api.read_tsv(render_page(lines).convert("RGB"))  # converted to grey on the way
    assert tsv.splitlines()[0] == "header"
    reading = ocr.parse_tsv(tsv)
    assert char_accuracy(reading.text, "\n".join(lines)) > 0.97
    assert reading.confidence > 80


@needs_library
@needs_command
@pytest.mark.parametrize("kind", ["clean", "sideways"])
def test_library_and_command_read_a_photo_alike(kind: str) -> None:
    import io

    from PIL import Image

    photo = page_photo(1, kind)
    with Image.open(io.BytesIO(photo.jpeg)) as image:
        image.load()
        library = ocr.ocr_image(image)
        command = ocr.ocr_image(image, using="tesseract")
    assert char_accuracy(library, photo.truth) > 0.97
    assert char_accuracy(command, photo.truth) > 0.97
