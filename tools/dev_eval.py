"""Measure a model on the hand-written development documents (never trained on).

    .venv/bin/python -m tools.dev_eval [MODEL_DIR]

Prints macro-F1 (content only and with the documents' paths), the lowest label F1,
accuracy, kind accuracy, ECE and how many would go to review, so the model can be
improved without looking at the samples or the validation set.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

import numpy as np

from intake.classify import Classifier
from intake.classify.calibration import ece
from intake.classify.dataset import read_split
from intake.classify.metrics import per_label_f1
from intake.documents import Document
from knowledge.labels import labels

DEV = Path(__file__).resolve().parents[1] / "intake" / "classify" / "data" / "calibration.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    args = sys.argv[1:] if argv is None else argv
    model = Path(args[0]) if args else Path("var/model")
    clf = Classifier.load(model)
    docs = read_split(DEV)
    names = labels()
    for cond in ("content", "paths"):
        inputs = []
        for i, d in enumerate(docs):
            member = PurePosixPath(d.path) if cond == "paths" else PurePosixPath(f"doc_{i}.pdf")
            inputs.append(Document(str(member), member, "", len(d.text), text=d.text))
        preds = clf.predict(inputs)
        truth = [names.index(d.label) for d in docs]
        pred = [names.index(p.label) for p in preds]
        per = per_label_f1(truth, pred, names)
        hits = [a == b for a, b in zip(truth, pred, strict=True)]
        kinds = [(d.kind, p.kind) for d, p in zip(docs, preds, strict=True) if d.kind]
        worst = sorted(per.items(), key=lambda kv: kv[1])[:3]
        sure_wrong = sum(
            1 for p, h in zip(preds, hits, strict=True) if not h and p.confidence >= 0.9
        )
        print(
            f"dev {cond:<8} macro-F1 {np.mean(list(per.values())):.3f} "
            f"acc {np.mean(hits):.3f} kind {np.mean([a == b for a, b in kinds]):.3f} "
            f"ECE {ece([p.confidence for p in preds], hits):.3f} "
            f"review {sum(p.needs_review for p in preds)} "
            f"confident errors {sure_wrong} "
            f"worst {worst}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
