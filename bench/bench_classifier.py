"""Benchmark the document classifier on independent labelled sets, side by side.

(a) the samples (``../shared/samples``), (b) the validation set
(``bench/validation``: hand-written documents rendered by its ``build.py`` into a
cache folder, once as a tree with the employer's names and folders and once flat
for content only), (c) a second validation set (``bench/validation2``, same
format, another author, written after the third session's last change to the training
data), (d) a third (``bench/validation3``, another author, written before the fourth
session's training data and scored before and after it) and (e) a fourth
(``bench/validation4``, sixth session: shaped like what contractors really send, manual
excerpts with running headers, half-filled forms, look-alike business paperwork) and (f)
a fifth of the same brief by another author (``bench/validation5``), and (g) a sixth
(``bench/validation6``, seventh session: what arrives from phones, email and exported
spreadsheets, scored on the model of the time before that session's training data), (h) a
seventh on the sixth's brief and (i) an eighth on the fourth's, each by another author,
written while that session's model change was being made and scored on the models before
and after it, and (j) a ninth (small firms writing as they talk) and (k) a tenth (content in
unusual forms, exports of safety apps), written in the eleventh session before its changes,
and (l) an eleventh (one house template on every paper; very short notes) and (m) a twelfth
(OCR and export damage; trades outside house building), written in the twelfth, the twelfth
after that session's change, and (n) a thirteenth (digital traces: app exports, form
responses, chat logs), written in the thirteenth session before its change to the training
data. Validation sets 4 to 13 are also printed read as one set: 1,280 documents move less
with one document than 128 do.
``--also DIR`` scores any other set of the same format after them (a development set).
On each set, this model and a TF-IDF + logistic-regression baseline trained on the
same data are measured content only (files renamed doc_N in one flat folder) and
with names and folders: macro-F1, accuracy, kind accuracy, the lowest per-label F1,
ECE and how many files would go to review. Then the predict-only throughput
(already-extracted text, OCR excluded).

Only aggregate figures are printed: no set is a place to tune the model.

    .venv/bin/python bench/bench_classifier.py [--model var/model] [--samples DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import NamedTuple

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from core.config import LimitsSettings  # noqa: E402
from intake.classify import Classifier, ModelIncompatible, ModelMissing  # noqa: E402
from intake.classify.calibration import ece  # noqa: E402
from intake.classify.training import TrainingDoc, train_model, training_set  # noqa: E402
from intake.documents import Document  # noqa: E402
from knowledge.labels import has_kind, labels  # noqa: E402

DEFAULT_MODEL = REPO / "var" / "model"
DEFAULT_CACHE = REPO / "var" / "cache" / "bench_classifier"
DEFAULT_VALIDATION = REPO / "bench" / "validation"
# validation4 and after were asked to look like what contractors really send (binder
# excerpts, half-filled forms, phone photos, exports); they are also printed as one set
FIRST_REAL_WORLD = 4
# bench/validation2 ... validation13, in the order they were written: (the letter it is
# printed under, what it is). Each has a README.md saying who wrote it and when.
MORE_VALIDATION = (
    ("c", "the same format as the first, another author"),
    ("d", "another author, written before the fourth session's training data"),
    ("e", "real-world shapes: manual excerpts, filled forms, look-alike paperwork (session 6)"),
    ("f", "the fourth's brief, another author"),
    ("g", "phone photos, email printouts, exported spreadsheets (session 7)"),
    ("h", "the sixth's brief, another author, other trades (session 7)"),
    ("i", "the fourth's brief, a third author (session 7)"),
    ("j", "small firms writing as they talk: spouses, foremen, second languages (session 11)"),
    ("k", "content in unusual forms, exports of safety apps and fleet tools (session 11)"),
    ("l", "one house template on every document of a company; very short notes (session 12)"),
    ("m", "OCR and export damage; construction outside house building (session 12)"),
    ("n", "digital traces: app exports, form responses, chat logs, e-signatures (session 13)"),
)


def default_samples() -> Path:
    """../shared/samples beside the checkout (or beside the worktrees' parent)."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "samples" / "labels.csv").is_file():
            return base / "shared" / "samples"
    return REPO.parent / "shared" / "samples"


@dataclass(frozen=True)
class Sample:
    """One labelled file with its extracted text."""

    rel: str
    label: str
    kind: str | None
    folder_hint: str
    text: str
    ocr: bool


class TextCache:
    """Extracted texts by the SHA-256 of the file's bytes, kept across runs (OCR is slow)."""

    def __init__(self, cache_dir: Path) -> None:
        self.file = cache_dir / "texts.json"
        raw: dict[str, dict[str, object]] = {}
        if self.file.is_file():
            raw = json.loads(self.file.read_text("utf-8"))
        # older caches were keyed by path with the digest inside
        self.by_sha = {str(v.get("sha256", k)): v for k, v in raw.items()}
        self.extracted = 0
        self.seconds = 0.0

    def texts(self, files: Sequence[Path]) -> list[tuple[str, bool]]:
        """The text of each file and whether OCR read it."""
        digests = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
        todo = [(f, d) for f, d in zip(files, digests, strict=True) if d not in self.by_sha]
        if todo:
            from intake.ingest.extract import extract_many

            started = time.perf_counter()
            jobs = [(f, f.name, f.name) for f, _ in todo]
            for (_, digest), res in zip(todo, extract_many(jobs, LimitsSettings()), strict=True):
                self.by_sha[digest] = {"sha256": digest, "text": res.text, "ocr": res.ocr}
            self.seconds += time.perf_counter() - started
            self.extracted += len(todo)
            self.file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.file.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.by_sha), "utf-8")
            tmp.replace(self.file)
        return [(str(self.by_sha[d]["text"]), bool(self.by_sha[d]["ocr"])) for d in digests]


def load_labelled(root: Path, cache: TextCache) -> list[Sample]:
    """The files listed in ROOT/labels.csv with their text."""
    with (root / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = cache.texts([root / r["path"] for r in rows])
    return [
        Sample(r["path"], r["label"], r["kind"] or None, r["folder_hint"], text, ocr)
        for r, (text, ocr) in zip(rows, texts, strict=True)
    ]


def build_validation(source: Path, cache_dir: Path) -> tuple[Path, Path] | None:
    """A validation set rendered (tree, flat), rebuilt when its sources change: its own
    build.py, else the first set's build.py on its docs.jsonl."""
    build = source / "build.py"
    if not build.is_file():
        build = DEFAULT_VALIDATION / "build.py"
    docs = source / "docs.jsonl"
    if not build.is_file() or not docs.is_file():
        return None
    h = hashlib.sha256(build.read_bytes())
    for f in sorted(source.iterdir()):
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    out = cache_dir / f"validation-{h.hexdigest()[:16]}"
    tree, flat = out / "tree", out / "flat"
    for folder, extra in ((tree, []), (flat, ["--flat"])):
        if not (folder / "labels.csv").is_file():
            subprocess.run(
                [sys.executable, str(build), str(folder), *extra, f"--docs={docs}"],
                check=True,
                stdout=subprocess.DEVNULL,
                cwd=REPO,
            )
    return tree, flat


def documents(samples: Sequence[Sample], *, with_paths: bool) -> list[Document]:
    """The files as documents: real folder and name, or doc_N in one flat folder."""
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


def f1_scores(truth: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """Macro-F1 over the labels present in the set, and the lowest of their F1 scores."""
    from sklearn.metrics import f1_score

    present = [label for label in labels() if label in set(truth)]
    per = f1_score(truth, pred, labels=present, average=None, zero_division=0)
    return float(np.mean(per)), float(np.min(per))


def kind_accuracy(samples: Sequence[Sample], kinds: Sequence[str | None]) -> float:
    """Share of documents with a kind whose predicted kind is right."""
    pairs = [(s.kind, k) for s, k in zip(samples, kinds, strict=True) if s.kind is not None]
    return sum(1 for t, k in pairs if t == k) / max(1, len(pairs))


class Baseline:
    """TF-IDF + logistic regression trained on the same data; sees folders, name and raw text."""

    def __init__(self, train: Sequence[TrainingDoc], seed: int) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vec = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200_000
        )
        x = self.vec.fit_transform([self.text(d.member_path, d.text) for d in train])
        weights = [d.weight for d in train]
        self.labels = LogisticRegression(C=10.0, max_iter=2000, random_state=seed)
        self.labels.fit(x, [d.label for d in train], sample_weight=weights)
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


def line(
    name: str,
    cond: str,
    samples: Sequence[Sample],
    pred: Sequence[str],
    kinds: Sequence[str | None],
    conf: Sequence[float],
    review: int | None,
) -> str:
    """One result line."""
    truth = [s.label for s in samples]
    hits = [p == t for p, t in zip(pred, truth, strict=True)]
    f1, low = f1_scores(truth, pred)
    return (
        f"  {name:<15} {cond:<14} macro-F1 {f1:.3f}  min label F1 {low:.3f}  "
        f"accuracy {float(np.mean(hits)):.3f}  kind {kind_accuracy(samples, kinds):.3f}  "
        f"ECE {ece(conf, hits):.3f}  review {'-' if review is None else review}"
    )


class Result(NamedTuple):
    """One model's results on one set in one condition (the arguments of ``line``)."""

    samples: Sequence[Sample]
    labels: list[str]
    kinds: list[str | None]
    confidences: list[float]
    review: int | None


# (model name, condition) -> results, over the sets pooled
Pooled = dict[tuple[str, str], list[Result]]


def run_set(
    title: str,
    content: Sequence[Sample],
    tree: Sequence[Sample],
    clf: Classifier,
    base: Baseline | None,
    pooled: Pooled | None = None,
) -> None:
    """Print the model's and the baseline's lines on one set (and keep them in POOLED)."""
    ocr = sum(s.ocr for s in tree)
    print(f"{title}: {len(tree)} documents, {len({s.label for s in tree})} labels, {ocr} by OCR")
    for cond, samples, with_paths in (
        ("content only", content, False),
        ("names+folders", tree, True),
    ):
        docs = documents(samples, with_paths=with_paths)
        preds = clf.predict(docs)
        results = [
            (
                "spaCy pipeline",
                Result(
                    samples,
                    [p.label for p in preds],
                    [p.kind for p in preds],
                    [p.confidence for p in preds],
                    sum(p.needs_review for p in preds),
                ),
            )
        ]
        if base is not None:
            pred, kinds, conf = base.predict(docs)
            results.append(("TF-IDF+LR", Result(samples, pred, kinds, conf, None)))
        for name, result in results:
            print(line(name, cond, *result))
            if pooled is not None:
                pooled.setdefault((name, cond), []).append(result)


def print_pooled(title: str, pooled: Pooled) -> None:
    """The lines of several sets read as one (steadier than 128 documents each)."""
    if not pooled:
        return
    first = next(iter(pooled.values()))
    print(f"{title}: {sum(len(r.samples) for r in first)} documents of {len(first)} sets")
    for (name, cond), results in pooled.items():
        reviews = [r.review for r in results]
        print(
            line(
                name,
                cond,
                [s for r in results for s in r.samples],
                [x for r in results for x in r.labels],
                [x for r in results for x in r.kinds],
                [x for r in results for x in r.confidences],
                None if None in reviews else sum(x for x in reviews if x is not None),
            )
        )


def score_rendered(
    title: str,
    folder: Path,
    cache_dir: Path,
    cache: TextCache,
    clf: Classifier,
    base: Baseline | None,
    pooled: Pooled | None = None,
) -> None:
    """Render a set written as docs.jsonl and score it, content only and with paths."""
    rendered = build_validation(folder, cache_dir)
    if rendered is None:
        print(f"{title}: no docs.jsonl in {folder}; skipped")
        return
    flat_docs = load_labelled(rendered[1], cache)
    run_set(title, flat_docs, load_labelled(rendered[0], cache), clf, base, pooled)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(
        prog="bench_classifier.py",
        description="Benchmark the SECOR document classifier on the samples and the validation "
        "set (content only and with real names/folders), against a TF-IDF + LR baseline.",
    )
    parser.add_argument(
        "--samples", type=Path, default=default_samples(), help="labelled samples (labels.csv)"
    )
    parser.add_argument(
        "--validation",
        type=Path,
        default=DEFAULT_VALIDATION,
        help="validation set source (docs.jsonl and build.py)",
    )
    for number, (_, what) in enumerate(MORE_VALIDATION, 2):
        parser.add_argument(
            f"--validation{number}",
            type=Path,
            default=REPO / "bench" / f"validation{number}",
            help=f"validation set {number}: {what}",
        )
    parser.add_argument(
        "--also",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="another set in the same format (docs.jsonl) to score last, e.g. a development "
        "set (repeatable)",
    )
    parser.add_argument(
        "--only-extra",
        action="store_true",
        help="score only the --also sets (skip the samples, the validation sets and the timings)",
    )
    parser.add_argument(
        "--model", type=Path, default=DEFAULT_MODEL, help="model folder (trained if missing)"
    )
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help="cache of extracted texts and builds"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF + LR baseline")
    parser.add_argument(
        "--throughput-docs", type=int, default=2000, help="documents to time predict on"
    )
    parser.add_argument(
        "--manuals", type=int, default=8, help="whole manuals in the timed submission (0: none)"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    try:
        clf = Classifier.load(args.model)
    except (ModelMissing, ModelIncompatible) as exc:
        print(f"model: {exc}; training it now")
        train_model(args.model, seed=args.seed, progress=lambda m: print(f"  {m}"))
        clf = Classifier.load(args.model)
    stamp = clf.stamp
    print(f"model: {args.model} trained {stamp.trained_at if stamp else '?'}")

    base: Baseline | None = None
    if not args.no_baseline:
        started = time.perf_counter()
        base = Baseline(training_set(), args.seed)
        print(f"baseline: TF-IDF + LR fitted in {time.perf_counter() - started:.0f} s")

    cache = TextCache(args.cache)
    throughput_docs: list[Document] = []
    extra = [(f"(+) {folder.name}", folder) for folder in args.also]
    if args.only_extra:
        for title, folder in extra:
            score_rendered(title, folder, args.cache, cache, clf, base)
        return 0
    if (args.samples / "labels.csv").is_file():
        samples = load_labelled(args.samples, cache)
        run_set("(a) samples", samples, samples, clf, base)
        throughput_docs = documents(samples, with_paths=True)
    else:
        print(f"(a) samples: no labels.csv in {args.samples}; skipped")
    built = build_validation(args.validation, args.cache)
    if built is None:
        print(
            f"(b) validation: not ready in {args.validation} (no build.py or docs.jsonl); skipped"
        )
    else:
        tree = load_labelled(built[0], cache)
        flat = load_labelled(built[1], cache)
        run_set("(b) validation", flat, tree, clf, base)
        throughput_docs += documents(tree, with_paths=True)
    more = [
        (f"({letter}) validation {number}", getattr(args, f"validation{number}"))
        for number, (letter, _) in enumerate(MORE_VALIDATION, 2)
    ]
    pooled: Pooled = {}
    for number, (title, folder) in enumerate(more, 2):
        strangers = number >= FIRST_REAL_WORLD
        score_rendered(title, folder, args.cache, cache, clf, base, pooled if strangers else None)
    print_pooled(
        f"(+) validation {FIRST_REAL_WORLD} to {len(more) + 1} read as one set "
        "(shaped like what contractors send)",
        pooled,
    )
    for title, folder in extra:
        score_rendered(title, folder, args.cache, cache, clf, base)
    print(f"texts: {cache.extracted} extracted in {cache.seconds:.1f} s, the rest from cache")

    if throughput_docs:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        many = [throughput_docs[i % len(throughput_docs)] for i in range(args.throughput_docs)]
        clf.predict(many[:50])
        started = time.perf_counter()
        clf.predict(many)
        elapsed = time.perf_counter() - started
        print(
            f"throughput: {len(many) / elapsed:.0f} documents/s (predict only, OCR excluded, "
            f"{len(many)} documents, {cores} cores)"
        )
        manual_throughput(clf, throughput_docs, args.manuals)
    return 0


def manual_throughput(clf: Classifier, docs: Sequence[Document], per_submission: int) -> None:
    """Predict time of a submission that sends PER_SUBMISSION whole manuals in one file each
    (long documents, read again in windows by intake/classify/sections.py), beside 40
    ordinary files. The manuals are the benchmark's documents joined until 1,300 words."""
    if per_submission <= 0:
        return
    manuals: list[Document] = []
    words: list[str] = []
    for doc in docs:
        words += doc.text.split()
        if len(words) >= 1300:
            member = PurePosixPath(f"manual{len(manuals) + 1}.pdf")
            text = " ".join(words)
            manuals.append(
                Document(path=str(member), member_path=member, sha256="", size=len(text), text=text)
            )
            words = []
            if len(manuals) == per_submission:
                break
    submission = [*manuals, *docs[:40]]
    clf.predict(submission)  # warm
    rounds = 10
    started = time.perf_counter()
    for _ in range(rounds):
        clf.predict(submission)
    elapsed = (time.perf_counter() - started) / rounds
    print(
        f"manuals: {elapsed * 1000:.0f} ms to predict a submission of {len(manuals)} manuals "
        f"of 1,300+ words and {len(submission) - len(manuals)} other files "
        f"(mean of {rounds} rounds)"
    )


if __name__ == "__main__":
    sys.exit(main())
