"""Benchmark the document classifier on the independent labelled samples.

Prints macro-F1 over the 16 labels with content only (files renamed doc_N in one
flat folder) and with the employer's real names and folders (rebuilt from
labels.csv ``folder_hint``), kind accuracy, the same figures for a plain TF-IDF +
logistic-regression baseline trained on the same corpus, calibration (ECE) and
throughput (predict only, on already-extracted text).

    .venv/bin/python bench/bench_classifier.py [--model var/model] [--samples DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from intake.classify import Classifier, ModelIncompatible, ModelMissing  # noqa: E402
from intake.classify.calibration import ece  # noqa: E402
from intake.classify.training import TrainingDoc, corpus_docs, train_model  # noqa: E402
from intake.config import LimitsSettings  # noqa: E402
from intake.documents import Document  # noqa: E402
from knowledge.labels import has_kind, labels  # noqa: E402

DEFAULT_SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
DEFAULT_MODEL = REPO / "var" / "model"
DEFAULT_CACHE = REPO / "var" / "cache" / "bench_classifier"


@dataclass(frozen=True)
class Sample:
    """One labelled sample file with its extracted text."""

    rel: str
    label: str
    kind: str | None
    folder_hint: str
    text: str
    ocr: bool


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_samples(root: Path, cache_dir: Path) -> tuple[list[Sample], float, int]:
    """The samples with their text: from the cache, else extracted (and cached)."""
    rows = list(csv.DictReader((root / "labels.csv").open(encoding="utf-8")))
    cache_file = cache_dir / "texts.json"
    cache: dict[str, dict[str, object]] = {}
    if cache_file.is_file():
        cache = json.loads(cache_file.read_text("utf-8"))
    digests = {r["path"]: _sha(root / r["path"]) for r in rows}
    todo = [r for r in rows if cache.get(r["path"], {}).get("sha256") != digests[r["path"]]]
    started = time.perf_counter()
    if todo:
        from intake.ingest.extract import extract_many

        files = [(root / r["path"], Path(r["path"]).name, r["path"]) for r in todo]
        for r, res in zip(todo, extract_many(files, LimitsSettings()), strict=True):
            cache[r["path"]] = {"sha256": digests[r["path"]], "text": res.text, "ocr": res.ocr}
        cache_dir.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps(cache), "utf-8")
    seconds = time.perf_counter() - started
    samples = [
        Sample(
            rel=r["path"],
            label=r["label"],
            kind=r["kind"] or None,
            folder_hint=r["folder_hint"],
            text=str(cache[r["path"]]["text"]),
            ocr=bool(cache[r["path"]]["ocr"]),
        )
        for r in rows
    ]
    return samples, seconds, len(todo)


def documents(samples: Sequence[Sample], *, with_paths: bool) -> list[Document]:
    """The samples as documents: real folder and name, or doc_N in one flat folder."""
    out = []
    for i, s in enumerate(samples):
        name = Path(s.rel).name
        if with_paths:
            member = PurePosixPath(s.folder_hint, name) if s.folder_hint else PurePosixPath(name)
        else:
            member = PurePosixPath(f"doc_{i}{Path(name).suffix}")
        out.append(
            Document(path=str(member), member_path=member, sha256="", size=len(s.text), text=s.text)
        )
    return out


def macro_f1(truth: Sequence[str], pred: Sequence[str]) -> float:
    """Macro-F1 over the 16 labels."""
    from sklearn.metrics import f1_score

    return float(f1_score(truth, pred, labels=list(labels()), average="macro", zero_division=0))


def kind_accuracy(samples: Sequence[Sample], kinds: Sequence[str | None]) -> float:
    """Share of documents with a kind whose predicted kind is right."""
    pairs = [(s.kind, k) for s, k in zip(samples, kinds, strict=True) if s.kind is not None]
    return sum(1 for t, k in pairs if t == k) / max(1, len(pairs))


class Baseline:
    """TF-IDF + logistic regression trained on the same corpus; sees folders, name and raw text."""

    def __init__(self, train: Sequence[TrainingDoc], seed: int) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vec = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200_000
        )
        x = self.vec.fit_transform([self.text(d.member_path, d.text) for d in train])
        self.labels = LogisticRegression(C=10.0, max_iter=2000, random_state=seed)
        self.labels.fit(x, [d.label for d in train])
        rows = [i for i, d in enumerate(train) if d.kind is not None]
        self.kinds = LogisticRegression(C=10.0, max_iter=2000, random_state=seed)
        self.kinds.fit(x[rows], [train[i].kind for i in rows])

    @staticmethod
    def text(member_path: str | PurePosixPath, text: str) -> str:
        """Folders, file name and content as one string."""
        return f"{str(member_path).replace('/', ' ')}\n{text}"

    def predict(self, docs: Sequence[Document]) -> tuple[list[str], list[str | None], list[float]]:
        """Labels, kinds and confidences."""
        x = self.vec.transform([self.text(d.member_path, d.text) for d in docs])
        probs = self.labels.predict_proba(x)
        label_pred = [str(self.labels.classes_[i]) for i in probs.argmax(axis=1)]
        kind_pred = [
            str(k) if has_kind(lab) else None
            for k, lab in zip(self.kinds.predict(x), label_pred, strict=True)
        ]
        return label_pred, kind_pred, list(probs.max(axis=1))


def line(name: str, cond: str, f1: float, acc: float, kind: float, calib: float) -> str:
    """One result line."""
    return (
        f"{name:<16} {cond:<14} macro-F1 {f1:.3f}  accuracy {acc:.3f}  "
        f"kind accuracy {kind:.3f}  ECE {calib:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(
        prog="bench_classifier.py",
        description="Benchmark the SECOR document classifier on the labelled samples "
        "(content only and with real names/folders), against a TF-IDF + LR baseline.",
    )
    parser.add_argument(
        "--samples", type=Path, default=DEFAULT_SAMPLES, help="labelled samples folder (labels.csv)"
    )
    parser.add_argument(
        "--model", type=Path, default=DEFAULT_MODEL, help="model folder (trained if missing)"
    )
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help="cache of extracted sample texts"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF + LR baseline")
    parser.add_argument(
        "--throughput-docs", type=int, default=2000, help="documents to time predict on"
    )
    parser.add_argument("--errors", action="store_true", help="list the misclassified samples")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    if not (args.samples / "labels.csv").is_file():
        print(f"bench_classifier: no labels.csv in {args.samples}", file=sys.stderr)
        return 2
    try:
        clf = Classifier.load(args.model)
    except (ModelMissing, ModelIncompatible) as exc:
        print(f"model: {exc}; training it now")
        train_model(args.model, seed=args.seed, progress=lambda m: print(f"  {m}"))
        clf = Classifier.load(args.model)

    samples, seconds, extracted = load_samples(args.samples, args.cache)
    print(
        f"samples: {len(samples)} documents, {len({s.label for s in samples})} labels, "
        f"{sum(s.ocr for s in samples)} read by OCR; text: {extracted} extracted "
        f"in {seconds:.1f} s, "
        f"{len(samples) - extracted} from cache"
    )
    truth = [s.label for s in samples]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

    for cond, with_paths in (("content only", False), ("names+folders", True)):
        docs = documents(samples, with_paths=with_paths)
        preds = clf.predict(docs)
        pred = [p.label for p in preds]
        hits = [p == t for p, t in zip(pred, truth, strict=True)]
        review = sum(p.needs_review for p in preds)
        print(
            line(
                "spaCy pipeline",
                cond,
                macro_f1(truth, pred),
                float(np.mean(hits)),
                kind_accuracy(samples, [p.kind for p in preds]),
                ece([p.confidence for p in preds], hits),
            )
            + f"  review {review}"
        )
        if args.errors:
            for s, p, d in zip(samples, preds, docs, strict=True):
                if p.label != s.label or (s.kind and p.kind != s.kind):
                    print(
                        f"    {d.member_path!s:<60} {s.label}/{s.kind} -> {p.label}/{p.kind} "
                        f"{p.confidence:.2f} {p.source}"
                    )

    if not args.no_baseline:
        started = time.perf_counter()
        base = Baseline(corpus_docs("train"), args.seed)
        fit_s = time.perf_counter() - started
        for cond, with_paths in (("content only", False), ("names+folders", True)):
            docs = documents(samples, with_paths=with_paths)
            pred, kinds, conf = base.predict(docs)
            hits = [p == t for p, t in zip(pred, truth, strict=True)]
            print(
                line(
                    "TF-IDF+LR",
                    cond,
                    macro_f1(truth, pred),
                    float(np.mean(hits)),
                    kind_accuracy(samples, kinds),
                    ece(conf, hits),
                )
                + f"  (fit {fit_s:.0f} s)"
            )

    docs = documents(samples, with_paths=True)
    many = [docs[i % len(docs)] for i in range(args.throughput_docs)]
    clf.predict(many[:50])
    started = time.perf_counter()
    clf.predict(many)
    elapsed = time.perf_counter() - started
    print(
        f"throughput: {len(many) / elapsed:.0f} documents/s (predict only, OCR excluded, "
        f"{len(many)} documents, {cores} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
