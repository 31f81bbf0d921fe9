"""Optical character recognition of photos and scans (runs in the extraction worker).

The engine is tesseract on one thread: bench/bench_ocr.py measured it against rapidocr
on phone photos of forms (faster, a fifth of the memory, as accurate once the page is
deskewed). It runs inside the worker through tesserocr (``ocr_api``) when the wheel and
Debian's model are there, and as Debian's ``tesseract`` command, a process per page,
otherwise (the same text; the command costs more CPU a page). Before it reads a
page, the page is made grey, scaled down to ``max_side`` and turned straight
(``deskew``, which also turns a sideways or upside-down page); a page that still reads
badly is read again turned half round, and the more confident reading is kept
(tesseract's own orientation detection missed most upside-down photos of small print
in the benchmark). Without the
command, rapidocr (a Python wheel) reads instead when it is installed; without either,
``OcrUnavailable`` says how to get one.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass

from PIL import Image

import intake.ingest.ocr_api as ocr_api

log = logging.getLogger(__name__)

INSTALL_HINT = (
    "install Debian's tesseract-ocr (apt-get install tesseract-ocr tesseract-ocr-eng); "
    "without root, put a tesseract 5 build (e.g. conda-forge's) on PATH, "
    "or pip install rapidocr-onnxruntime"
)
_LOW_CONFIDENCE = 55.0  # mean word confidence under which the orientation is checked
_PAGE_TIMEOUT = 45.0
_ENV = {"OMP_THREAD_LIMIT": "1"}  # one page, one core: the pool runs pages side by side


class OcrUnavailable(Exception):
    """No OCR engine is installed on this machine."""


@dataclass
class Reading:
    """The text of one page and the mean confidence (0-100) of its words."""

    text: str
    confidence: float
    words: int


def engine() -> str | None:
    """The engine this machine has: "tesserocr", "tesseract", "rapidocr", or None."""
    if ocr_api.available():
        return "tesserocr"
    if shutil.which("tesseract"):
        return "tesseract"
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return None
    return "rapidocr"


def prepare(image: Image.Image, max_side: int) -> Image.Image:
    """Grey, at most MAX_SIDE pixels long, and straight."""
    from intake.ingest.deskew import deskew  # numpy: only where a photo is read

    gray = image.convert("L")
    if max(gray.size) > max_side:
        gray.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
    return deskew(gray)


def ocr_image(image: Image.Image, max_side: int = 2000, using: str | None = None) -> str:
    """The text read from IMAGE, lines in reading order; raises OcrUnavailable.

    USING names the engine (as ``engine()`` does); by default, the best this machine has.
    """
    if min(image.size) < 16:
        return ""
    name = using or engine()
    if name is None:
        raise OcrUnavailable(INSTALL_HINT)
    page = prepare(image, max_side)
    if name == "rapidocr":
        from intake.ingest.ocr_rapid import read_rapid

        return read_rapid(page.convert("RGB"))
    read = _read_in_process if name == "tesserocr" else read_tesseract
    reading = read(page)
    if reading.confidence < _LOW_CONFIDENCE:  # upside down, or sideways the other way
        again = read(page.rotate(180))
        if _score(again) > _score(reading):
            reading = again
    return reading.text


def _score(reading: Reading) -> float:
    return reading.confidence * reading.words


def _run(page: Image.Image, *args: str) -> str:
    buffer = io.BytesIO()
    page.save(buffer, format="PPM")  # uncompressed: nothing to encode or decode
    command = shutil.which("tesseract") or "tesseract"
    done = subprocess.run(  # noqa: S603  (a fixed command and arguments; the page on stdin)
        [command, "stdin", "stdout", *args],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=_PAGE_TIMEOUT,
        env={**os.environ, **_ENV},
        check=False,
    )
    if done.returncode != 0:
        log.warning("tesseract exited with %s", done.returncode)
        return ""
    return done.stdout.decode("utf-8", "replace")


def read_tesseract(page: Image.Image) -> Reading:
    """Read a prepared page with the tesseract command (automatic layout, LSTM, one thread)."""
    return parse_tsv(_run(page, "-l", ocr_api.LANGUAGE, "--psm", "3", "tsv"))


def _read_in_process(page: Image.Image) -> Reading:
    """Read a prepared page with the worker's own tesseract (the same settings)."""
    return parse_tsv(ocr_api.read_tsv(page))


def parse_tsv(tsv: str) -> Reading:
    """Lines (by block, paragraph and line number) and mean word confidence from TSV output."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        word = cells[11].strip()
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if not word or confidence < 0:
            continue
        key = (int(cells[2]), int(cells[3]), int(cells[4]))
        lines.setdefault(key, []).append(word)
        confidences.append(confidence)
    text_lines: list[str] = []
    block = None
    for key in sorted(lines):
        if block is not None and key[0] != block:
            text_lines.append("")
        block = key[0]
        text_lines.append(" ".join(lines[key]))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return Reading("\n".join(text_lines), mean, len(confidences))
