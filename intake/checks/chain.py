"""The chain: every rule in the order it runs, and the status the deciding ones set.

Modelled on GNU Mailman 3's built-in chain: a declarative table of links, each
naming a rule and what a hit means. Links without a status only record their
findings; the first link with a status whose rule hits decides the status, and
the deciding links come last, in precedence order. The precedence is
explained in rules.toml [triage] and intake/checks/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from intake.checks.context import CheckContext
from intake.checks.rules.allowance import SampleAllowance
from intake.checks.rules.auto_mail import AutoMail
from intake.checks.rules.combined_document import CombinedDocument
from intake.checks.rules.duplicates import Duplicates
from intake.checks.rules.element_folders import ElementFolders
from intake.checks.rules.evaluation_tool import EvaluationToolWhole
from intake.checks.rules.file_names import FileNames
from intake.checks.rules.incomplete import Incomplete
from intake.checks.rules.low_confidence import LowConfidence
from intake.checks.rules.needs_person import NeedsPerson
from intake.checks.rules.no_attachments import NoAttachments
from intake.checks.rules.no_secor_content import NoSecorContent
from intake.checks.rules.none_happened import NoneHappened
from intake.checks.rules.not_needed import NotNeeded
from intake.checks.rules.other_files import OtherFiles
from intake.checks.rules.over_submitted import OverSubmitted
from intake.checks.rules.records_coverage import RecordsCoverage
from intake.checks.rules.records_present import RecordsPresent
from intake.checks.rules.required import RequiredItems
from intake.checks.rules.truth import Truth
from intake.checks.rules.year import YearRule
from intake.report import Status


class Rule(Protocol):
    """One check: a name, a description, and ``check`` that records findings and says hit."""

    name: str
    description: str

    def check(self, ctx: CheckContext) -> bool: ...


@dataclass(frozen=True)
class Link:
    """A rule in the chain and the status it sets when it hits (None: it only records)."""

    rule: Rule
    status: Status | None = None


CHAIN: tuple[Link, ...] = (
    # Findings: each records what it finds; none decides. The year comes first:
    # the others read it.
    Link(YearRule()),
    Link(NoAttachments()),
    Link(LowConfidence()),
    Link(CombinedDocument()),
    Link(Duplicates()),
    Link(RequiredItems()),
    Link(NoneHappened()),
    Link(RecordsPresent()),
    Link(SampleAllowance()),
    Link(NotNeeded()),
    Link(OtherFiles()),
    Link(RecordsCoverage()),
    Link(ElementFolders()),
    Link(FileNames()),
    Link(EvaluationToolWhole()),
    # Decisions, in precedence order: the first that hits sets the status.
    Link(AutoMail(), Status.IGNORED),
    Link(NoSecorContent(), Status.IGNORED),
    Link(NeedsPerson(), Status.NEEDS_REVIEW),
    Link(Incomplete(), Status.INCOMPLETE),
    Link(OverSubmitted(), Status.OVER_SUBMITTED),
    Link(Truth(), Status.COMPLETE),
)


def run_chain(ctx: CheckContext, chain: tuple[Link, ...] = CHAIN) -> tuple[Status, str]:
    """Run every finding link, then the deciding links until one hits: (status, rule name)."""
    for link in chain:
        if link.rule.check(ctx):
            ctx.hits.append(link.rule.name)
            if link.status is not None:
                return link.status, link.rule.name
    raise AssertionError("the chain must end with a rule that always hits")
