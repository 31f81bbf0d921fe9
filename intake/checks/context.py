"""What the rules read (the submission) and write (their findings), and what they hand on."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from intake.checks.dates import FoundDate
from intake.documents import Document
from intake.envelope import Envelope
from intake.prediction import Prediction
from intake.problems import Problem, ProblemCode
from intake.report import Status, SubmissionKind
from knowledge.labels import KINDS, Kind, Year, by_label, has_kind
from knowledge.rules import CheckedYear, Effect, Program


@dataclass(frozen=True)
class FileView:
    """One document with the label the classifier gave it."""

    document: Document
    prediction: Prediction

    @property
    def path(self) -> str:
        """The contract's display path (``sub.zip!Element 2/FLHA.pdf``)."""
        return self.document.path

    @property
    def name(self) -> str:
        """The path as the employer organised it (folders and file name)."""
        return self.document.member_path.as_posix().strip("/") or self.document.path

    @property
    def label(self) -> str:
        """The label the classifier gave."""
        return self.prediction.label

    @property
    def kind(self) -> Kind | None:
        """Directive or operational for an element's file (its usual kind when unsaid)."""
        if not has_kind(self.label):
            return None
        if self.prediction.kind in KINDS:
            return self.prediction.kind
        return by_label()[self.label].default_kind


@dataclass(frozen=True)
class Tally:
    """How many files and records an element has against the records the program expects."""

    label: str
    files: int
    records: int
    directive: int
    records_max: int
    over: bool  # more records than records_max


@dataclass(frozen=True)
class Coverage:
    """The span of the operational records' dates, and records too old for the window."""

    records: int
    dated: int
    first: date | None
    last: date | None
    months: int
    min_months: int
    judged: bool
    window_start: date | None
    outside_window: tuple[tuple[str, FoundDate], ...]  # (display name, latest date found)
    days: int = 0  # from the first record's date to the last's, both counted
    min_days: int = 0  # the least span that counts as min_months

    @property
    def too_short(self) -> bool:
        """Whether the dated records span less time than the program asks for.

        Measured in days, not calendar months touched: records from 20 January
        to 2 March touch three months but cover six weeks.
        """
        return self.judged and self.days < self.min_days


@dataclass
class CheckContext:
    """One submission under check: the inputs, then the findings in chain order."""

    envelope: Envelope | None
    files: tuple[FileView, ...]
    incoming: tuple[Problem, ...]
    given_year: Year | None
    today: date
    program: Program
    merged: bool
    part: tuple[int, int] | None
    # findings
    year: Year = "unknown"
    year_source: str | None = None
    problems: list[Problem] = field(init=False)  # the incoming ones, then the rules'
    missing: list[str] = field(default_factory=list)
    over_submitted: list[str] = field(default_factory=list)
    tallies: dict[str, Tally] = field(default_factory=dict)
    coverage: Coverage | None = None
    auto_mail: str | None = None
    hits: list[str] = field(default_factory=list)
    asked: dict[str, str] = field(default_factory=dict)  # missing label -> the email's words
    _seen: set[tuple[ProblemCode, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.problems = list(self.incoming)
        self._seen = {(p.code, p.path) for p in self.problems}

    @property
    def checked_as(self) -> CheckedYear:
        """The year whose requirements apply (unknown checks as certification)."""
        return self.program.checked_as(self.year)

    @property
    def words(self) -> str:
        """The subject and body the employer wrote (empty without an email)."""
        if self.envelope is None:
            return ""
        return f"{self.envelope.subject}\n{self.envelope.body}"

    def labelled(self, label: str) -> list[FileView]:
        """The files with this label, in submission order."""
        return [f for f in self.files if f.label == label]

    def add(self, code: ProblemCode, path: str, message: str) -> None:
        """Record a problem once per code and path."""
        if (code, path) not in self._seen:
            self._seen.add((code, path))
            self.problems.append(Problem(code=code, path=path, message=message))

    def has(self, code: ProblemCode, path: str | None = None) -> bool:
        """Whether a problem of this code (for this path) is recorded."""
        return any(p.code == code and (path is None or p.path == path) for p in self.problems)

    def effects(self) -> set[Effect]:
        """What the recorded problems mean for the status."""
        return {self.program.effect(p.code.value) for p in self.problems}


def matches_any(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    """Whether any pattern is found in the text."""
    return any(p.search(text) for p in patterns)


_ASKED = re.compile(r"[^.!?\n]*\?")


def announces_submission(ctx: CheckContext) -> bool:
    """Whether the email's words say it carries a submission (rules.toml [submission_cues]).

    The attachment words count only outside questions: "Can we attach the tool
    as a PDF?" asks something, it announces nothing.
    """
    cues = ctx.program.submission_cues
    words = ctx.words[:100_000]
    if not matches_any(cues.secor_words, words):
        return False
    return matches_any(cues.attachment_words, _ASKED.sub(" ", words))


@dataclass
class CheckOutcome:
    """What the checks found: the report's fields and what the reply needs to explain them.

    ``year``/``year_source``/``elements``/``missing``/``over_submitted``/``problems``/
    ``status`` go into the report as they are. The rest is for the reply and the
    dashboard: ``checked_as`` (the year whose rules applied), ``tallies`` (files per
    label against the allowance), ``coverage`` (dates of the records), ``names``
    (display path -> the path as the employer organised it), ``part`` (part k of n
    of a split submission), ``merged`` (the documents include earlier messages'),
    ``hits`` (the rules that hit, in chain order), ``status_rule`` (the one that
    set the status) and ``asked`` (missing operational elements the email says had
    nothing to record, with its words: asked about, not declared missing).
    """

    year: Year
    year_source: str | None
    elements: dict[str, int]
    missing: list[str]
    over_submitted: list[str]
    problems: list[Problem]
    status: Status
    checked_as: CheckedYear = "certification"
    tallies: dict[str, Tally] = field(default_factory=dict)
    coverage: Coverage | None = None
    names: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    part: tuple[int, int] | None = None
    merged: bool = False
    auto_mail: str | None = None
    hits: list[str] = field(default_factory=list)
    status_rule: str = ""
    asked: dict[str, str] = field(default_factory=dict)
    kind: SubmissionKind = "submission"
