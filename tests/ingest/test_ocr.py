"""OCR of photos and scans: deskew, tesseract's output, accuracy, the cache, no engine at all."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from PIL import Image

from core.config import LimitsSettings
from intake.ingest import ocr, ocr_cache, progress
from intake.ingest.deskew import deskew, skew_angle
from intake.ingest.extract import extract_many
from intake.ingest.readers import ReadOptions, read_file
from intake.problems import ProblemCode
from tests.ingest.builders import pdf_bytes
from tests.ingest.photos import char_accuracy, page_lines, page_photo, render_page

HAVE_TESSERACT = ocr.engine() in ("tesserocr", "tesseract")
needs_tesseract = pytest.mark.skipif(
    not HAVE_TESSERACT and not os.environ.get("CI"),
    reason="tesseract is not installed (make ocr-engine installs it)",
)


@pytest.mark.parametrize("tilt", [0.0, 4.0, -7.5, 90.0, 93.0])
def test_deskew_levels_a_tilted_or_sideways_page(tilt: float) -> None:
    page = render_page(page_lines(random.Random(3)))
    tilted = page.rotate(tilt, expand=True, fillcolor=250)
    # the turn undoes the tilt, up to a half turn (an upside-down reading is retried turned)
    left = (skew_angle(tilted) + tilt) % 180
    assert min(left, 180 - left) < 0.5
    assert abs(skew_angle(deskew(tilted))) < 0.5


def test_deskew_leaves_a_blank_page_alone() -> None:
    blank = Image.new("L", (800, 1000), 255)
    assert skew_angle(blank) == 0.0
    assert deskew(blank) is blank


def test_tesseract_tsv_becomes_lines_in_order_with_confidence() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tl\tt\tw\th\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t90\tHazard",
        "5\t1\t1\t1\t1\t2\t0\t0\t9\t9\t80\tAssessment",
        "4\t1\t1\t1\t2\t0\t0\t0\t9\t9\t-1\t",
        "5\t1\t1\t1\t2\t1\t0\t0\t9\t9\t70\tDate:",
        "5\t1\t2\t1\t1\t1\t0\t0\t9\t9\t60\tSigned",
        "5\t1\t2\t1\t1\t2\t0\t0\t9\t9\t-1\t ",
    ]
    reading = ocr.parse_tsv("\n".join([header, *rows]))
    assert reading.text == "Hazard Assessment\nDate:\n\nSigned"
    assert reading.words == 4 and reading.confidence == pytest.approx(75.0)


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize(("kind", "least"), [("clean", 0.97), ("skewed", 0.90), ("noisy", 0.90)])
def test_phone_photos_of_forms_are_read_accurately(kind: str, least: float) -> None:
    photo = page_photo(1, kind)
    with Image.open(io.BytesIO(photo.jpeg)) as image:
        text = ocr.ocr_image(image.convert("RGB"), max_side=1600)
    assert char_accuracy(text, photo.truth) >= least


@needs_tesseract
@pytest.mark.slow
def test_an_upside_down_photo_is_turned_and_read(tmp_path: Path) -> None:
    photo = page_photo(0, "clean")
    with Image.open(io.BytesIO(photo.jpeg)) as image:
        image.rotate(180).save(tmp_path / "upside.jpg", quality=90)
    result = read_file(tmp_path / "upside.jpg", ReadOptions())
    assert result.ocr and char_accuracy(result.text, photo.truth) >= 0.95


def _no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "engine", lambda: None)


def test_without_an_ocr_engine_a_photo_gets_a_problem_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_engine(monkeypatch)
    path = tmp_path / "form.jpg"
    path.write_bytes(page_photo(0, "clean", size=(600, 800)).jpeg)
    result = read_file(path, ReadOptions())
    assert result.code is ProblemCode.OCR_UNAVAILABLE
    assert "text recognition is not available" in result.message


def test_without_an_ocr_engine_a_pdf_keeps_its_text_layer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_engine(monkeypatch)
    path = tmp_path / "policy.pdf"
    path.write_bytes(pdf_bytes(["Health and safety policy signed by the owner."] * 3))
    result = read_file(path, ReadOptions())
    assert result.code is None and "safety policy" in result.text


def _photo_files(tmp_path: Path, count: int) -> list[tuple[Path, str, str]]:
    files = []
    for index in range(count):
        path = tmp_path / f"photo-{index}.jpg"
        path.write_bytes(page_photo(index, "clean", size=(900, 1200)).jpeg)
        files.append((path, path.name, path.name))
    return files


@needs_tesseract
@pytest.mark.slow
def test_ocr_results_are_kept_by_hash_and_reused(tmp_path: Path) -> None:
    limits = LimitsSettings(ocr=True, extract_workers=2)
    files = _photo_files(tmp_path, 2)
    with ocr_cache.using(tmp_path / "data"):
        first = extract_many(files, limits)
    assert all(r.ocr and r.text for r in first)
    kept = sorted((tmp_path / "data" / ocr_cache.FOLDER).rglob("*.json"))
    assert len(kept) == 2
    # a resent photo is not read again: what the cache holds is what comes back
    sha = ocr_cache.file_sha256(files[0][0])
    entry = next(p for p in kept if p.stem == sha)
    entry.write_text('{"text": "from the cache", "ocr": true, "code": null, "message": ""}')
    with ocr_cache.using(tmp_path / "data"):
        again = extract_many(files, limits)
    assert again[0].text == "from the cache" and again[1].text == first[1].text
    # outside a using() block nothing is cached or reused
    assert extract_many(files[:1], limits)[0].text == first[0].text


def test_progress_is_reported_for_every_file(tmp_path: Path) -> None:
    files = []
    for index in range(5):
        path = tmp_path / f"note-{index}.txt"
        path.write_text(f"Toolbox talk number {index} about ladders and harnesses.")
        files.append((path, path.name, path.name))
    seen: list[tuple[int, int]] = []
    with progress.reporting(lambda done, total: seen.append((done, total))):
        extract_many(files, LimitsSettings(ocr=False, extract_workers=2))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_failing_progress_callback_does_not_stop_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Emergency drill record, March.")

    def broken(done: int, total: int) -> None:
        raise OSError("terminal gone")

    with progress.reporting(broken):
        [result] = extract_many([(path, path.name, path.name)], LimitsSettings(ocr=False))
    assert "Emergency drill" in result.text


def test_the_cache_forgets_entries_unused_for_the_retention_period(tmp_path: Path) -> None:
    from datetime import timedelta

    cache = ocr_cache.OcrCache(tmp_path / ocr_cache.FOLDER, {"ocr": True}, "tesseract")
    cache.put("a" * 64, {"text": "old", "ocr": True})
    cache.put("b" * 64, {"text": "recent", "ocr": True})
    old = cache.folder / "aa" / f"{'a' * 64}.json"
    os.utime(old, (0, 0))
    assert ocr_cache.prune(tmp_path, timedelta(days=30)) == 1
    assert cache.get("a" * 64) is None and cache.get("b" * 64) == {"text": "recent", "ocr": True}


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_a_page_is_turned_upright_before_it_is_read(turn: int) -> None:
    from intake.ingest.deskew import upright_turn

    page = render_page(page_lines(random.Random(5)), font_px=30).rotate(turn, expand=True)
    left = (upright_turn(page) + turn) % 360
    assert min(left, 360 - left) < 0.5
