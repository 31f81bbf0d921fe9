"""Text for classification, read in bounded worker processes (time and memory)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import intake.ingest.progress as progress
from core.config import LimitsSettings
from intake.ingest.ocr import INSTALL_HINT, engine
from intake.ingest.ocr_cache import OcrCache, file_sha256
from intake.ingest.pool import Job, Outcome, shared_pool
from intake.ingest.readers import ReadOptions
from intake.problems import Problem, ProblemCode

log = logging.getLogger(__name__)

_IMAGE_SUFFIXES = (
    ".jpg",
    ".jpeg",
    ".png",
    ".tif",
    ".tiff",
    ".heic",
    ".heif",
    ".bmp",
    ".gif",
    ".webp",
)
_OCR_SUFFIXES = (*_IMAGE_SUFFIXES, ".pdf")


@dataclass
class ExtractedText:
    """The text of one file, whether OCR produced it, and why it is missing if it is."""

    text: str
    ocr: bool
    problem: Problem | None


def display_name(display: str) -> str:
    """The file name at the end of a display path ("sub.zip!Element 2/x.pdf" -> "x.pdf")."""
    return display.rsplit("!", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1] or display


def read_options(limits: LimitsSettings) -> ReadOptions:
    """The reader bounds that follow from the configured limits."""
    return ReadOptions(
        max_chars=limits.max_text_chars,
        ocr=limits.ocr,
        max_pdf_pages=limits.max_pdf_pages,
        ocr_max_pages=limits.ocr_max_pages,
        ocr_max_side=limits.ocr_max_side,
        max_image_pixels=limits.max_image_pixels,
        max_part_bytes=limits.max_file_bytes,
        max_ratio=limits.max_ratio,
        ratio_floor_bytes=limits.ratio_floor_bytes,
    )


def extract_text(path: Path, limits: LimitsSettings) -> ExtractedText:
    """Read the text of the file at PATH (any supported type), bounded in time and memory."""
    return extract_many([(path, path.name, str(path))], limits)[0]


def extract_many(
    files: Sequence[tuple[Path, str, str]], limits: LimitsSettings
) -> list[ExtractedText]:
    """Read many files in parallel; each item is (file on disk, original name, display path).

    Photos and scans already read (same SHA-256, same options) come from the OCR
    cache; the rest go to the pool, the slowest kinds first so that no core waits
    on one last photo; progress goes to the enclosing ``progress.reporting`` block.
    """
    if not files:
        return []
    opts = read_options(limits).to_dict()
    cache = OcrCache.current(opts, engine()) if limits.ocr else None
    answers: list[Outcome | None] = [None] * len(files)
    hashes: dict[int, str] = {}
    if cache is not None:
        for index, (path, name, _) in enumerate(files):
            if _may_need_ocr(name):
                hashes[index] = sha = file_sha256(path)
                kept = cache.get(sha)
                if kept is not None:
                    answers[index] = Outcome(kept)
    todo = sorted(
        (i for i, answer in enumerate(answers) if answer is None),
        key=lambda i: _cost(files[i]),
        reverse=True,
    )
    total, cached = len(files), len(files) - len(todo)
    report = _guarded(progress.current())
    if report is not None:
        report(cached, total)
    jobs = [Job(path=files[i][0], name=files[i][1], opts=opts) for i in todo]
    pool = shared_pool(limits.extract_workers, limits.extract_memory_mb)
    on_done = (lambda n: report(cached + n, total)) if report is not None else None
    outcomes = pool.map(jobs, limits.extract_timeout_seconds, on_done)
    for index, outcome in zip(todo, outcomes, strict=True):
        answers[index] = outcome
        answer = outcome.answer
        if cache is not None and index in hashes and answer and answer.get("ocr"):
            cache.put(hashes[index], answer)
    return [
        _result(outcome, display, limits)
        for outcome, (_, _, display) in zip(answers, files, strict=True)
        if outcome is not None
    ]


def _guarded(report: progress.Progress | None) -> progress.Progress | None:
    """REPORT, made unable to stop the reading when it fails."""
    if report is None:
        return None
    callback = report

    def safe(done: int, total: int) -> None:
        try:
            callback(done, total)
        except Exception as exc:  # a terminal or a database away is no reason to stop
            log.warning("progress not shown: %s", type(exc).__name__)

    return safe


def _may_need_ocr(name: str) -> bool:
    return name.lower().endswith(_OCR_SUFFIXES)


def _cost(item: tuple[Path, str, str]) -> tuple[int, int]:
    """A rough order of reading time: photos, then PDFs (maybe scanned), then the rest."""
    path, name, _ = item
    lowered = name.lower()
    rank = 2 if lowered.endswith(_IMAGE_SUFFIXES) else 1 if lowered.endswith(".pdf") else 0
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return rank, size


def _result(outcome: Outcome, display: str, limits: LimitsSettings) -> ExtractedText:
    if outcome.answer is None:
        if outcome.failure == "timeout":
            message = (
                f"took longer than {limits.extract_timeout_seconds:g} s to read; "
                "please send it as a simpler PDF"
            )
        else:
            message = "could not be read safely (too large or damaged); please send it as a PDF"
        failed = Problem(
            code=ProblemCode.UNREADABLE_FILE,
            path=display,
            message=f"{display_name(display)} {message}",
        )
        return ExtractedText(text="", ocr=False, problem=failed)
    answer = outcome.answer
    problem: Problem | None = None
    if answer.get("code") == ProblemCode.OCR_UNAVAILABLE.value:
        log.warning("a photo or scan was not read: no OCR engine; %s", INSTALL_HINT)
    if answer.get("code"):
        problem = Problem(
            code=ProblemCode(answer["code"]),
            path=display,
            message=f"{display_name(display)} {answer.get('message') or 'could not be read'}",
        )
    text = str(answer.get("text") or "")[: limits.max_text_chars]
    return ExtractedText(text=text, ocr=bool(answer.get("ocr")), problem=problem)
