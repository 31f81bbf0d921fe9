"""rules.toml: complete, consistent with the labels, sources and problem codes, our own words."""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from intake.checks import CHAIN
from intake.checks.codes import CHECK_STAGE_CODES
from intake.problems import ProblemCode
from intake.report import Status
from knowledge import rules
from knowledge.labels import all_labels, element_labels
from knowledge.rules import RulesError, program, required_labels, required_sets

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def test_required_sets_match_the_contract() -> None:
    assert required_labels("certification") == (*element_labels(), "evaluation_tool", "legislation")
    assert required_labels("unknown") == required_labels("certification")
    assert required_labels("maintenance") == (
        "hazard_assessment", "ppe", "maintenance", "training_communication", "inspections",
        "investigations", "emergency_planning", "records_statistics", "contracting_services",
        "evaluation_tool",
    )  # fmt: skip
    flags = {
        i.label: (
            i.label in required_sets()["certification"],
            i.label in required_sets()["maintenance"],
        )
        for i in all_labels()
    }
    assert flags["policy"] == (True, False) and flags["other"] == (False, False)
    assert flags["evaluation_tool"] == (True, True) and flags["legislation"] == (True, False)


def test_operational_elements_are_the_maintenance_elements() -> None:
    p = program()
    operational = [label for label in element_labels() if p.element_kind(label) == "operational"]
    assert tuple(operational) == required_labels("maintenance")[:-1]


def test_allowance_numbers() -> None:
    allowance = program().allowance
    assert allowance.records_max == 26
    assert (allowance.per_month_low, allowance.per_month) == (1, 2)
    assert (allowance.per_week_low, allowance.per_week) == (1, 2)
    # the page sets no number for policies, practices, procedures or the legislation list
    raw = (files("knowledge") / "data/rules.toml").read_text("utf-8")
    for cap in ("directive_max", "files_max"):
        assert cap not in raw
    assert not hasattr(allowance, "directive_max") and not hasattr(allowance, "files_max")


def test_every_problem_code_has_one_effect() -> None:
    effects = program().effects
    assert set(effects) == {code.value for code in ProblemCode}


def test_every_rule_cites_a_known_source_and_section() -> None:
    texts = program().texts
    assert {t.id for t in texts} >= {
        "years.certification",
        "years.maintenance",
        "sample_allowance",
        "records",
    }
    for text in texts:
        assert text.cite and all(c.section for c in text.cite)
    assert program().text("records").cite[0].source == "acsa-secor-process-current"


def test_rules_are_in_our_own_words() -> None:
    """No run of eight words of a seed page appears in rules.toml (section titles aside)."""
    if not SEEDS.is_dir():
        pytest.skip("the seed pages are not here")

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower())

    text = (REPO / "knowledge/data/rules.toml").read_text("utf-8")
    text = re.sub(r'section = "[^"]*"', "", text)  # a citation names its section as titled
    ours = " ".join(words(text))
    for seed in SEEDS.glob("*.txt"):
        seen = words(seed.read_text("utf-8"))
        for i in range(len(seen) - 8):
            assert " ".join(seen[i : i + 8]) not in ours, seed.name


def test_the_chain_decides_in_the_documented_order() -> None:
    deciding = [link.status for link in CHAIN if link.status is not None]
    assert deciding == [
        Status.IGNORED, Status.IGNORED, Status.NEEDS_REVIEW, Status.INCOMPLETE,
        Status.OVER_SUBMITTED, Status.COMPLETE,
    ]  # fmt: skip
    assert CHAIN[0].rule.name == "year" and CHAIN[-1].rule.name == "truth"
    names = [link.rule.name for link in CHAIN]
    assert len(names) == len(set(names))
    first_decision = next(i for i, link in enumerate(CHAIN) if link.status is not None)
    assert all(link.status is not None for link in CHAIN[first_decision:])


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda r: r["element_kinds"]["directive"].append("bogus"), "unknown label"),
        (lambda r: r["element_kinds"]["directive"].remove("policy"), "each of the 13"),
        (lambda r: r["records"].update(min_months=0), "whole number"),
        (lambda r: r["organisation"]["generic_name_patterns"].append("("), "bad pattern"),
        (lambda r: r["sample_allowance"]["cite"][0].update(source="nowhere"), "unknown source"),
        (lambda r: r["triage"]["advice"].append("low_confidence"), "twice"),
    ],
)
def test_bad_rules_are_refused_with_a_clear_message(edit: object, message: str) -> None:
    raw = tomllib.loads((REPO / "knowledge/data/rules.toml").read_text("utf-8"))
    edit(raw)  # type: ignore[operator]
    with pytest.raises(RulesError, match=message):
        rules._build(raw)


def test_the_check_stage_codes_are_the_codes_the_rules_make() -> None:
    made: set[str] = set()
    for module in (REPO / "intake" / "checks" / "rules").glob("*.py"):
        made |= set(re.findall(r"ProblemCode\.([A-Z_]+)", module.read_text("utf-8")))
    made.discard("DUPLICATE_FILE")  # made by the receive stage too: kept on a re-check
    assert {code.name for code in CHECK_STAGE_CODES} == made
