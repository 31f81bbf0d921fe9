"""The SECOR program rules the intake applies, read once from ``data/rules.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, Literal, cast

from knowledge.labels import KINDS, Kind, Year, element_labels, labels
from knowledge.sources import sources

Effect = Literal["person", "resend", "advice"]
EFFECTS: tuple[Effect, ...] = ("person", "resend", "advice")
CheckedYear = Literal["certification", "maintenance"]
CHECKED_YEARS: tuple[CheckedYear, ...] = ("certification", "maintenance")


class RulesError(ValueError):
    """rules.toml is inconsistent (unknown label or source, bad pattern or number)."""


@dataclass(frozen=True)
class Citation:
    """Where a rule comes from: a source id of sources.toml and a section of it."""

    source: str
    section: str


@dataclass(frozen=True)
class RuleText:
    """One rule as people read it: its summary in our words and its citations."""

    id: str
    summary: str
    cite: tuple[Citation, ...]


@dataclass(frozen=True)
class SampleAllowance:
    """The page's example of a sample: so many records a month, or a week of the busiest weeks.

    The page sets no number for directive documents or the legislation list:
    only records are counted against it.
    """

    per_month_low: int
    per_month: int
    months: int
    per_week_low: int
    per_week: int
    busiest_weeks: int

    @property
    def records_max(self) -> int:
        """Most records for one element: the larger of the monthly and the weekly way."""
        return max(self.per_month * self.months, self.per_week * self.busiest_weeks)


@dataclass(frozen=True)
class RecordsRules:
    """How long the records must run and how recent they must be."""

    min_months: int
    window_months: int
    window_years: frozenset[str]
    max_age_years: int
    future_grace_days: int
    min_dated_records: int
    day_first: bool
    month_grace_days: int = 0
    # the years whose records must span min_months (not a maintenance year's samples)
    span_years: frozenset[str] = frozenset({"certification"})


@dataclass(frozen=True)
class Organisation:
    """What a well organised submission looks like: element folders, telling names."""

    folder_exempt: frozenset[str]
    evaluation_tool_max_files: int
    element_folder_patterns: tuple[re.Pattern[str], ...]
    element_folder_words: tuple[str, ...]
    generic_name_patterns: tuple[re.Pattern[str], ...]

    def is_element_folder(self, name: str) -> bool:
        """Whether a folder name reads as one element's folder."""
        text = name.casefold()[:200]
        if any(p.search(text) for p in self.element_folder_patterns):
            return True
        return any(word in text for word in self.element_folder_words)

    def is_generic_name(self, stem: str) -> bool:
        """Whether a file name (without its extension) says nothing of the document."""
        text = " ".join(stem.casefold().split())[:200]
        return any(p.search(text) for p in self.generic_name_patterns)


@dataclass(frozen=True)
class Cue:
    """A phrase pointing to one year, and how strongly."""

    pattern: re.Pattern[str]
    weight: int


@dataclass(frozen=True)
class YearCues:
    """The phrases that tell a certification year from a maintenance year."""

    neutral: tuple[re.Pattern[str], ...]
    by_year: Mapping[CheckedYear, tuple[Cue, ...]]


@dataclass(frozen=True)
class SubmissionCues:
    """Words that make mail without SECOR documents a submission all the same."""

    secor_words: tuple[re.Pattern[str], ...]
    attachment_words: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Program:
    """Every rule of rules.toml, checked against the labels and the sources."""

    element_kinds: Mapping[str, Kind]
    required_by_year: Mapping[CheckedYear, tuple[str, ...]]
    unknown_checked_as: CheckedYear
    resent_directive_is_over_submitted: bool
    allowance: SampleAllowance
    records: RecordsRules
    organisation: Organisation
    year_cues: YearCues
    submission_cues: SubmissionCues
    hints: Mapping[str, Mapping[str, str]]
    effects: Mapping[str, Effect]
    texts: tuple[RuleText, ...]
    none_happened: Mapping[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    stops_check: frozenset[str] = frozenset()

    def checked_as(self, year: Year) -> CheckedYear:
        """The year whose requirements apply (an unknown year checks as configured)."""
        if year == "unknown":
            return self.unknown_checked_as
        return year

    def required(self, year: Year) -> tuple[str, ...]:
        """The labels a submission of this year must contain, in contract order."""
        return self.required_by_year[self.checked_as(year)]

    def element_kind(self, label: str) -> Kind | None:
        """Whether an element is sampled for records (operational) or kept on file."""
        return self.element_kinds.get(label)

    def hint(self, label: str, year: Year) -> str:
        """What a required item is, in a few words, for this year."""
        texts = self.hints.get(label, {})
        return texts.get(self.checked_as(year)) or texts.get("certification", "")

    def effect(self, code: str) -> Effect:
        """What a problem code means for the status (unlisted codes need a person)."""
        return self.effects.get(code, "person")

    def text(self, rule_id: str) -> RuleText:
        """One rule's summary and citations by its id (e.g. ``years.maintenance``)."""
        for item in self.texts:
            if item.id == rule_id:
                return item
        raise KeyError(rule_id)


@cache
def _raw() -> dict[str, Any]:
    return tomllib.loads(files("knowledge").joinpath("data/rules.toml").read_text("utf-8"))


def required_sets() -> dict[str, frozenset[str]]:
    """The labels each year requires, straight from rules.toml (no label lookups)."""
    raw = _raw()
    kinds: dict[str, list[str]] = raw["element_kinds"]
    out: dict[str, frozenset[str]] = {}
    for year in CHECKED_YEARS:
        table = raw["years"][year]
        members = [label for kind in table["element_kinds"] for label in kinds[kind]]
        out[year] = frozenset(members + list(table["items"]))
    out["unknown"] = out[raw["years"]["unknown"]["checked_as"]]
    return out


@cache
def program() -> Program:
    """The program rules, read and checked once (RulesError names what is wrong)."""
    return _build(_raw())


def _build(raw: dict[str, Any]) -> Program:
    known = set(labels())
    texts: list[RuleText] = []

    def text(rule_id: str, table: dict[str, Any]) -> None:
        cites = tuple(Citation(str(c["source"]), str(c["section"])) for c in table.get("cite", []))
        if not cites:
            raise RulesError(f"rules.toml [{rule_id}] cites no source")
        for cite in cites:
            if cite.source not in sources():
                raise RulesError(f"rules.toml [{rule_id}] cites unknown source {cite.source!r}")
        summary = " ".join(str(table.get("summary", "")).split())
        if not summary:
            raise RulesError(f"rules.toml [{rule_id}] has no summary")
        texts.append(RuleText(rule_id, summary, cites))

    def label_list(where: str, values: list[str]) -> tuple[str, ...]:
        for value in values:
            if value not in known:
                raise RulesError(f"rules.toml [{where}] names unknown label {value!r}")
        return tuple(values)

    # element kinds
    kinds_table = raw["element_kinds"]
    text("element_kinds", kinds_table)
    element_kinds: dict[str, Kind] = {}
    for kind in KINDS:
        for label in label_list("element_kinds", kinds_table[kind]):
            if label in element_kinds:
                raise RulesError(f"rules.toml [element_kinds] lists {label!r} twice")
            element_kinds[label] = kind
    if set(element_kinds) != set(element_labels()):
        raise RulesError("rules.toml [element_kinds] must list each of the 13 elements once")

    # years
    years = raw["years"]
    sets = required_sets()
    required: dict[CheckedYear, tuple[str, ...]] = {}
    for year in CHECKED_YEARS:
        table = years[year]
        text(f"years.{year}", table)
        for kind in table["element_kinds"]:
            if kind not in KINDS:
                raise RulesError(f"rules.toml [years.{year}] has unknown kind {kind!r}")
        label_list(f"years.{year}", table["items"])
        required[year] = tuple(label for label in labels() if label in sets[year])
    text("years.unknown", years["unknown"])
    checked_as = years["unknown"]["checked_as"]
    if checked_as not in CHECKED_YEARS:
        raise RulesError(
            "rules.toml [years.unknown] checked_as must be certification or maintenance"
        )

    # sample allowance
    table = raw["sample_allowance"]
    text("sample_allowance", table)
    allowance = SampleAllowance(
        per_month_low=_positive("sample_allowance.per_month_low", table["per_month_low"]),
        per_month=_positive("sample_allowance.per_month", table["per_month"]),
        months=_positive("sample_allowance.months", table["months"]),
        per_week_low=_positive("sample_allowance.per_week_low", table["per_week_low"]),
        per_week=_positive("sample_allowance.per_week", table["per_week"]),
        busiest_weeks=_positive("sample_allowance.busiest_weeks", table["busiest_weeks"]),
    )
    if allowance.per_month_low > allowance.per_month or allowance.per_week_low > allowance.per_week:
        raise RulesError("rules.toml [sample_allowance] a *_low number is above its upper number")

    # records
    table = raw["records"]
    text("records", table)
    order = table["ambiguous_numeric_dates"]
    if order not in ("month_first", "day_first"):
        raise RulesError("rules.toml [records] ambiguous_numeric_dates: month_first or day_first")
    for key in ("window_years", "span_years"):
        for year in table[key]:
            if year not in CHECKED_YEARS:
                raise RulesError(f"rules.toml [records] {key} has unknown year {year!r}")
    records = RecordsRules(
        min_months=_positive("records.min_months", table["min_months"]),
        window_months=_positive("records.window_months", table["window_months"]),
        window_years=frozenset(table["window_years"]),
        span_years=frozenset(table["span_years"]),
        max_age_years=_positive("records.max_age_years", table["max_age_years"]),
        future_grace_days=_positive(
            "records.future_grace_days", table["future_grace_days"], zero=True
        ),
        min_dated_records=_positive("records.min_dated_records", table["min_dated_records"]),
        day_first=order == "day_first",
        month_grace_days=_positive(
            "records.month_grace_days", table["month_grace_days"], zero=True
        ),
    )

    # organisation
    table = raw["organisation"]
    text("organisation", table)
    organisation = Organisation(
        folder_exempt=frozenset(label_list("organisation", table["folder_exempt"])),
        evaluation_tool_max_files=_positive(
            "organisation.evaluation_tool_max_files", table["evaluation_tool_max_files"]
        ),
        element_folder_patterns=_patterns("organisation", table["element_folder_patterns"]),
        element_folder_words=tuple(w.casefold() for w in table["element_folder_words"]),
        generic_name_patterns=_patterns("organisation", table["generic_name_patterns"]),
    )

    # year cues
    table = raw["year_cues"]
    text("year_cues", table)
    by_year: dict[CheckedYear, tuple[Cue, ...]] = {}
    for year in CHECKED_YEARS:
        by_year[year] = tuple(
            Cue(
                _patterns("year_cues", [c["pattern"]])[0],
                _positive("year_cues weight", c["weight"]),
            )
            for c in table[year]
        )
    year_cues = YearCues(_patterns("year_cues", table["neutral"]), by_year)

    # submission cues
    table = raw["submission_cues"]
    text("submission_cues", table)
    submission_cues = SubmissionCues(
        _patterns("submission_cues", table["secor_words"]),
        _patterns("submission_cues", table["attachment_words"]),
    )

    # hints
    hints: dict[str, dict[str, str]] = {}
    for label, table in raw["hints"].items():
        label_list("hints", [label])
        hints[label] = {k: " ".join(str(v).split()) for k, v in table.items() if k in CHECKED_YEARS}
    for year in CHECKED_YEARS:
        for label in required[year]:
            if not hints.get(label, {}).get("certification"):
                raise RulesError(f"rules.toml [hints.{label}] needs a certification text")

    # triage effects
    table = raw["triage"]
    text("triage", table)
    effects: dict[str, Effect] = {}
    for effect in EFFECTS:
        for code in table[effect]:
            if code in effects:
                raise RulesError(f"rules.toml [triage] lists problem {code!r} twice")
            effects[code] = effect

    # operational elements the email may say had nothing to record
    table = raw["none_happened"]
    text("none_happened", table)
    none_happened: dict[str, tuple[re.Pattern[str], ...]] = {}
    for label, values in table.items():
        if label in ("summary", "cite"):
            continue
        label_list("none_happened", [label])
        if element_kinds.get(label) != "operational":
            raise RulesError(f"rules.toml [none_happened] {label!r} is not an operational element")
        none_happened[label] = _patterns("none_happened", values)

    # problems that stop the check: the submission must come again before it can be judged
    stops = frozenset(str(code) for code in raw["triage"]["stops_check"])
    for code in stops:
        if effects.get(code) != "resend":
            raise RulesError(f"rules.toml [triage] stops_check {code!r} must be a resend code")

    return Program(
        none_happened=none_happened,
        stops_check=stops,
        element_kinds=element_kinds,
        required_by_year=required,
        unknown_checked_as=cast(CheckedYear, checked_as),
        resent_directive_is_over_submitted=bool(
            years["maintenance"]["resent_directive_is_over_submitted"]
        ),
        allowance=allowance,
        records=records,
        organisation=organisation,
        year_cues=year_cues,
        submission_cues=submission_cues,
        hints=hints,
        effects=effects,
        texts=tuple(texts),
    )


def _positive(where: str, value: object, *, zero: bool = False) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < (0 if zero else 1):
        raise RulesError(f"rules.toml {where} must be a whole number above {-1 if zero else 0}")
    return value


def _patterns(where: str, values: list[str]) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(v, re.IGNORECASE) for v in values)
    except re.error as exc:
        raise RulesError(f"rules.toml [{where}] has a bad pattern: {exc}") from None


def required_labels(year: Year) -> tuple[str, ...]:
    """The labels a submission of YEAR must contain, in contract order: the one API for it.

    An unknown year is checked as rules.toml says (``[years.unknown] checked_as``).
    """
    return program().required(year)
