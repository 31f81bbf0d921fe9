"""Every worked example of examples/worked gives its expected report with the trained model."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from core.config import Settings
from intake.classify import Classifier
from intake.pipeline import triage_input
from tests.conftest import MODEL_DIR, REPO

EXAMPLES = sorted(
    p for p in (REPO / "examples" / "worked").iterdir() if (p / "expected.json").is_file()
)


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(MODEL_DIR)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_worked_example(
    example: Path, classifier: Classifier, settings: Settings, tmp_path: Path
) -> None:
    expected = json.loads((example / "expected.json").read_text("utf-8"))
    triaged = triage_input(
        example / expected["input"],
        settings=settings,
        classifier=classifier,
        workdir=tmp_path,
        today=date.fromisoformat(expected["today"]),
    )
    report = triaged.report
    assert report.submission.year == expected["year"]
    assert report.status.value == expected["status"]
    assert report.missing == expected["missing"]
    assert report.submission.kind == expected["kind"]
    assert report.over_submitted == expected["over_submitted"]
    assert sorted({p.code.value for p in report.problems}) == expected["problem_codes"]
    assert (report.reply is not None) == expected["reply"]
