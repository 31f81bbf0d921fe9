"""The validation sets stay apart from everything the classifier learns from."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "intake" / "classify" / "data"
RUN = 20  # words in a row that would mean a document was copied across


# wording that is not the author's: legislation cited by its titles, the sentence of a
# WCB clearance letter (strangers wrote the same standard wording as the generator's), the
# disclaimer printed on every certificate of insurance and the notice printed on a municipal
# business licence (validation 5 and the thirteenth session's train_formal both have it)
OFFICIAL = (
    "sa 2020",
    "alta reg",
    "in good standing",
    "has an active account",
    "certificate holder",
    "information only",
    "licence must be displayed",
)
# Runs two strangers wrote alike without seeing each other's work, checked by hand: the
# prequalification checklist line asking a subcontractor for "their COR or SECOR certificate
# if they have one, if not a copy of their safety policy and the hazard assessment" is in
# train_energy (eleventh session) and in validation 11 (twelfth), whose writer could not read it.
COINCIDENCES = ("their cor or secor certificate if they have one if not a copy of their safety",)


def _runs(text: str) -> set[str]:
    """Runs of RUN words, but not lists of OHS Code parts, nor the legislature's or the WCB's
    own wording (OFFICIAL; the Act, Regulation and Code named together)."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    runs = (" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return {
        run
        for run in runs
        if run.split().count("part") < 2
        and run.count("occupational health and safety") < 2
        and not any(mark in run for mark in OFFICIAL)
        and not any(phrase in run for phrase in COINCIDENCES)
    }


def _training_runs() -> set[str]:
    runs: set[str] = set()
    for name in ("written.jsonl", "calibration.jsonl"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            runs |= _runs(json.loads(line)["text"])
    with gzip.open(DATA / "train.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            runs |= _runs(json.loads(line)["text"])
    return runs


FOLDERS = sorted(
    path.parent.name for path in (REPO / "bench").glob("validation*/docs.jsonl")
)  # every validation set, the first to the thirteenth


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_validation_document_shares_a_long_run_with_the_training_data(folder: str) -> None:
    training = _training_runs()
    docs = [
        json.loads(line)
        for line in (REPO / "bench" / folder / "docs.jsonl").read_text("utf-8").splitlines()
    ]
    copied = [d["id"] for d in docs if _runs(d["text"]) & training]
    assert not copied, f"bench/{folder} documents share {RUN} words in a row with training"
