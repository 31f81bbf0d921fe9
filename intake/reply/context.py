"""The data a reply template sees: plain strings, numbers, lists and dicts, nothing callable."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from core.config import IntakeSettings
from intake.checks import CheckOutcome
from intake.checks.dates import FoundDate
from intake.checks.rules.not_needed import ON_FILE_ONLY
from intake.envelope import Envelope
from intake.problems import Problem, ProblemCode
from intake.report import TriageReport
from knowledge.labels import by_label
from knowledge.path_signals import contradicted_folder
from knowledge.rules import program

MAX_NAME = 120
_OWN_SECTIONS = {
    ProblemCode.NO_ATTACHMENTS,
    ProblemCode.NO_RECORDS,
    ProblemCode.LOW_CONFIDENCE,
    ProblemCode.NONE_REPORTED,
    ProblemCode.RECORDS_SPAN,
}


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_pair(low: int, high: int) -> str:
    """'one or two' (words up to ten; one number when both are the same)."""

    def word(n: int) -> str:
        return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)

    return word(high) if low == high else f"{word(low)} or {word(high)}"


def clean(text: str, limit: int = MAX_NAME) -> str:
    """Employer text made safe to print in one line: no control characters, bounded length."""
    kept = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    kept = " ".join(kept.split())
    return kept if len(kept) <= limit else kept[: limit - 1].rstrip() + "…"


def display_path(path: str) -> str:
    """A problem's path as the employer knows it: inside the archive when there is one."""
    if "!" in path:
        path = path.split("!", 1)[1].replace("!", "/")
    return path


def long_date(day: date) -> str:
    """14 March 2025."""
    return f"{day.day} {day:%B %Y}"


def found_date(found: FoundDate) -> str:
    """A found date as written: a day, a month, or a span (a week, a quarter)."""
    if found.first == found.last:
        return long_date(found.first)
    if (found.first.year, found.first.month) == (found.last.year, found.last.month):
        return f"{found.first:%B %Y}"
    return f"{long_date(found.first)} to {long_date(found.last)}"


def greeting_name(envelope: Envelope) -> str:
    """The sender's display name when it looks like a person's or a company's name."""
    name = clean(envelope.sender_name or "", 60).strip("\"' ")
    if not name or "@" in name or not any(ch.isalpha() for ch in name):
        return ""
    if "," in name:  # "Whitford, Dana"
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}".strip()
    return name


def provisional_reference(
    report: TriageReport, envelope: Envelope, settings: IntakeSettings
) -> str:
    """A stable stand-in reference when none was assigned (the CLI's preview).

    The service assigns the real one; without it the reference is derived from
    the message (its Message-ID, else its files' contents), so the same input
    always shows the same number.
    """
    seed = (
        envelope.message_id or "|".join(sorted(f.sha256 for f in report.files)) or envelope.subject
    )
    digest = hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()
    return f"{settings.reference_prefix}-{digest[:8].upper()}"


def build_context(
    *,
    envelope: Envelope,
    report: TriageReport,
    outcome: CheckOutcome,
    settings: IntakeSettings,
    answers: Sequence[Mapping[str, Any]] = (),
    unanswered: Sequence[str] = (),
) -> dict[str, Any]:
    """Everything the templates print, each employer string cleaned.

    ``answers`` are the answers to questions the email asked besides sending its
    files (``question`` and ``answer``, in the department's voice); ``unanswered``
    the questions the knowledge base has no answer for.
    """
    rules = program()
    names = {path: clean(name) for path, name in outcome.names.items()}
    sha_of = {f.path: f.sha256 for f in report.files}

    def name(path: str) -> str:
        return names.get(path) or clean(display_path(path)) or "your email"

    by_code: dict[ProblemCode, list[Problem]] = {}
    for problem in report.problems:
        by_code.setdefault(problem.code, []).append(problem)

    def paths(code: ProblemCode) -> list[str]:
        return [name(p.path) for p in by_code.get(code, [])]

    year = report.submission.year
    checked_as = outcome.checked_as

    def with_effect(effect: str) -> list[dict[str, str]]:
        return [
            {"name": name(p.path), "code": p.code.value, "message": clean(p.message, 300)}
            for p in report.problems
            if rules.effect(p.code.value) == effect and p.code not in _OWN_SECTIONS
        ]

    duplicates = []
    for problem in by_code.get(ProblemCode.DUPLICATE_FILE, []):
        sha = sha_of.get(problem.path)
        twin = next(
            (f.path for f in report.files if sha and f.sha256 == sha and f.path != problem.path),
            None,
        )
        duplicates.append({"name": name(problem.path), "same_as": name(twin) if twin else ""})
    no_records = [
        {
            "title": by_label()[outcome.labels[p.path]].title,
            "hint": rules.hint(outcome.labels[p.path], year),
        }
        for p in by_code.get(ProblemCode.NO_RECORDS, [])
        if p.path in outcome.labels
    ]
    over = []
    for label in report.over_submitted:
        tally = outcome.tallies.get(label)
        over.append(
            {
                "title": by_label()[label].title,
                "files": tally.files if tally else 0,
                "records": tally.records if tally else 0,
                "records_max": tally.records_max if tally else rules.allowance.records_max,
                "counted": bool(tally and tally.over),
            }
        )
    coverage = outcome.coverage
    records: dict[str, Any] = {
        "too_short": bool(coverage and coverage.too_short),
        "months": coverage.months if coverage else 0,
        "min_months": rules.records.min_months,
        "first": f"{coverage.first:%B %Y}" if coverage and coverage.first else "",
        "last": f"{coverage.last:%B %Y}" if coverage and coverage.last else "",
        "window_months": rules.records.window_months,
        "window_start": long_date(coverage.window_start)
        if coverage and coverage.window_start
        else "",
        "old": [
            {"name": clean(n), "latest": found_date(d)}
            for n, d in (coverage.outside_window if coverage else ())
        ],
    }
    allowance = rules.allowance
    part = None
    if outcome.part is not None:
        index, total = outcome.part
        part = {"index": index, "total": total, "waiting": index < total}
    resend = with_effect("resend")
    stops = [item for item in resend if item["code"] in rules.stops_check]
    unsure, misfiled = _waiting(by_code.get(ProblemCode.LOW_CONFIDENCE, []), outcome, name)
    asked = [
        {"title": by_label()[label].title, "quote": clean(quote, 80)}
        for label, quote in outcome.asked.items()
        if label in report.missing
    ]
    # Not declared missing: what the email says had nothing to record, and, while
    # files we could not place exist, anything (one of them may be it).
    declared = [label for label in report.missing if label not in outcome.asked]
    not_found_yet = declared if unsure or misfiled else []
    missing = [] if unsure or misfiled else declared
    on_file = [
        name(p.path)
        for p in by_code.get(ProblemCode.NOT_NEEDED_THIS_YEAR, [])
        if outcome.labels.get(p.path) in ON_FILE_ONLY
    ]
    not_needed = [
        name(p.path)
        for p in by_code.get(ProblemCode.NOT_NEEDED_THIS_YEAR, [])
        if outcome.labels.get(p.path) not in ON_FILE_ONLY
    ]
    return {
        "name": greeting_name(envelope),
        "reference": clean(report.submission.reference or "", 60)
        or provisional_reference(report, envelope, settings),
        "status": report.status.value,
        "year": year,
        "checked_as": checked_as,
        "year_source": outcome.year_source or "",
        "file_count": len(report.files),
        "part": part,
        "merged": outcome.merged,
        "missing": [
            {"title": by_label()[label].title, "hint": rules.hint(label, year)} for label in missing
        ],
        "not_found_yet": [
            {"title": by_label()[label].title, "hint": rules.hint(label, year)}
            for label in not_found_yet
        ],
        "asked": asked,
        "stops": stops,
        "unreadable": not report.files
        and bool(resend)
        and ProblemCode.NO_ATTACHMENTS not in by_code,
        "no_records": no_records,
        "no_attachments": ProblemCode.NO_ATTACHMENTS in by_code,
        "resend": [item for item in resend if item not in stops],
        "review": with_effect("person"),
        "unsure": unsure,
        "misfiled": misfiled,
        "over": over,
        "allowance": {
            "per_month_text": number_pair(allowance.per_month_low, allowance.per_month),
            "per_week_text": number_pair(allowance.per_week_low, allowance.per_week),
            "per_month": allowance.per_month,
            "months": allowance.months,
            "per_week": allowance.per_week,
            "busiest_weeks": allowance.busiest_weeks,
            "records_max": allowance.records_max,
        },
        "not_needed": not_needed,
        "on_file": on_file,
        "answers": [
            {"question": clean(a.get("question", ""), 300), "answer": str(a.get("answer", ""))}
            for a in answers
        ],
        "unanswered": [clean(q, 300) for q in unanswered],
        "duplicates": duplicates,
        "other_files": paths(ProblemCode.NOT_SECOR_DOCUMENT),
        "records": records,
        "outside_folders": paths(ProblemCode.OUTSIDE_ELEMENT_FOLDER),
        "generic_names": paths(ProblemCode.GENERIC_NAME),
        "tool_parts": paths(ProblemCode.EVALUATION_TOOL_SPLIT),
        "cor_name": clean(settings.from_name, 80),
        "cor_address": clean(settings.cor_address, 120),
    }


def _waiting(
    problems: Sequence[Problem], outcome: CheckOutcome, name: Callable[[str], str]
) -> tuple[list[str], list[dict[str, str]]]:
    """The files that wait for a person: those we could not place, and those whose
    element folder and content disagree (each with its folder and what it reads like),
    told apart as the low-confidence check told them apart: by the folders inside the
    submission (``outcome.names``) and the label given."""
    unsure: list[str] = []
    misfiled: list[dict[str, str]] = []
    for problem in problems:
        label = outcome.labels.get(problem.path)
        folders = PurePosixPath(outcome.names.get(problem.path, "")).parts[:-1]
        folder = None if label is None else contradicted_folder(folders, label)
        if label is None or folder is None:
            unsure.append(name(problem.path))
            continue
        misfiled.append(
            {
                "name": name(problem.path),
                "folder": clean(folder.evidence, 60),
                "reads_like": by_label()[label].title,
            }
        )
    return unsure, misfiled
