"""Text for classification, read in bounded worker processes (time and memory)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intake.config import LimitsSettings
from intake.ingest.pool import Job, Outcome, shared_pool
from intake.ingest.readers import ReadOptions
from intake.problems import Problem, ProblemCode


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
    """Read many files in parallel; each item is (file on disk, original name, display path)."""
    if not files:
        return []
    opts = read_options(limits).to_dict()
    jobs = [Job(path=path, name=name, opts=opts) for path, name, _ in files]
    pool = shared_pool(limits.extract_workers, limits.extract_memory_mb)
    outcomes = pool.map(jobs, limits.extract_timeout_seconds)
    return [
        _result(outcome, display, limits)
        for outcome, (_, _, display) in zip(outcomes, files, strict=True)
    ]


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
    if answer.get("code"):
        problem = Problem(
            code=ProblemCode(answer["code"]),
            path=display,
            message=f"{display_name(display)} {answer.get('message') or 'could not be read'}",
        )
    text = str(answer.get("text") or "")[: limits.max_text_chars]
    return ExtractedText(text=text, ocr=bool(answer.get("ocr")), problem=problem)
