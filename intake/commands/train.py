"""``secor-intake train``: build the document classifier from the corpus and staff corrections."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core.config import Settings
from core.errors import UserError
from intake.corrections import Correction, LabelledFile
from knowledge.labels import KINDS, has_kind, labels

if TYPE_CHECKING:
    from intake.classify import Classifier

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "train",
        help="build the document classifier (a few minutes; progress is shown)",
        description=(
            "Train the spaCy document classifier from the training data in the package and the "
            "files COR staff labelled (every file of a submission marked reviewed or accepted, "
            "a relabel weighing most; files of held-out days are kept for evaluation), with a "
            "fixed seed; calibrate "
            "its confidences on the held-out split; write it (with metrics.json) to the model "
            "folder. When a model is already there, the new one replaces it only if the retrain "
            "gate finds it not worse on the frozen evaluation set (the samples when "
            "[classifier] eval_samples_dir is set, plus the staff-labelled files of held-out "
            "days), and nothing is trained when neither the labels nor the packaged training "
            "data changed since the live model was built. A running service uses a new model "
            "from its next cycle. Exit status: 0 trained (or nothing new), 1 the gate refused "
            "the new model (the live one is kept), 2 a mistake to fix (the message says what)."
        ),
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="model folder (default: [classifier] model_dir, else <data_dir>/model)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--corrections",
        type=Path,
        default=None,
        metavar="FILE.jsonl",
        help="take corrections from this JSON-lines file (member_path, text, label, kind) "
        "instead of the store",
    )
    source.add_argument(
        "--no-corrections", action="store_true", help="train on the committed data only"
    )
    parser.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing when a usable model is already there (for set-up scripts)",
    )
    parser.add_argument("--quiet", action="store_true", help="print only the final summary")
    parser.add_argument(
        "--force",
        action="store_true",
        help="train even when nothing changed, and replace the model without the retrain gate "
        "(for developers rebuilding from changed sources)",
    )
    return parser


def read_corrections(path: Path) -> list[Correction]:
    """Corrections from a JSON-lines file; a UserError names the first bad line."""
    if not path.is_file():
        raise UserError(f"{path}: no such corrections file")
    known = set(labels())
    out: list[Correction] = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read corrections ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            member_path, text, label = (
                str(item["member_path"]),
                str(item.get("text") or ""),
                str(item["label"]),
            )
            kind = item.get("kind")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise UserError(
                f"{path}:{number}: expected a JSON object with member_path, text, label and kind"
            ) from None
        if label not in known:
            raise UserError(
                f"{path}:{number}: unknown label {label!r}; labels are {', '.join(labels())}"
            )
        if kind is not None and kind not in KINDS:
            raise UserError(f"{path}:{number}: kind must be directive, operational or null")
        out.append(Correction(member_path, text, label, kind if has_kind(label) else None))
    return out


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Train the classifier (behind the retrain gate when one is live) and print its figures."""
    from intake.classify import Classifier, ModelIncompatible, ModelMissing, model_dir_for

    out: Path = args.out or model_dir_for(settings)
    try:  # loaded once: the gate judges the new model against this one
        live_model: Classifier | None = Classifier.load(out, settings.classifier.review_threshold)
    except (ModelMissing, ModelIncompatible) as exc:
        live_model = None
        log.info("building the classifier: %s", exc)
    live = live_model is not None
    if args.if_missing and live:
        print(f"classifier in {out} is up to date; nothing to do")
        return 0
    corrections: list[Correction] = []
    files: list[LabelledFile] = []
    digest = ""
    if args.corrections is not None:
        corrections = read_corrections(args.corrections)
    elif not args.no_corrections:
        files, digest = labelled_set(settings)
    gated = live and not args.force
    if not gated:
        live_model = None  # the gate will not judge against it: not held while training
    if gated and args.corrections is None and _nothing_new(out, digest):
        print(
            f"nothing new: the classifier in {out} was built from these "
            f"{len(files)} staff-labelled files and the same training data; "
            "--force trains it again"
        )
        return 0
    _check_writable(out)

    logging.getLogger("spacy").setLevel(logging.WARNING)  # its own start-up chatter
    started = time.monotonic()

    def progress(message: str) -> None:
        if not args.quiet:
            sys.stderr.write(f"[{time.monotonic() - started:5.1f}s] {message}\n")
            sys.stderr.flush()

    try:
        if gated and live_model is not None:
            return _gated(args, settings, out, (files, digest, corrections), live_model, progress)
        return _direct(args, out, files, digest, corrections, progress)
    except KeyboardInterrupt:
        sys.stderr.write(f"train interrupted: the classifier in {out} is unchanged\n")
        return 130
    except OSError as exc:
        raise UserError(f"cannot write the model to {out}: {exc.strerror or exc}") from None


def labelled_set(settings: Settings) -> tuple[list[LabelledFile], str]:
    """Every staff-labelled file in the store and the set's digest (none without a store)."""
    from intake.store.labelled import fingerprint, labelled_files
    from intake.store.store import open_store

    db = settings.data_dir / "secor.db"
    if settings.store.url is None and not db.exists():
        return [], ""
    store = open_store(settings)
    try:
        files = labelled_files(store)
    finally:
        store.close()
    return files, fingerprint(files)


def _nothing_new(out: Path, digest: str) -> bool:
    """Whether the live model in OUT was built from these labels and this training data."""
    from intake.classify.bundle import read_metrics
    from intake.classify.training import corpus_digest

    built = read_metrics(out)
    return (
        built.get("labelled_sha256", "") == digest and built.get("corpus_sha256") == corpus_digest()
    )


def _check_writable(out: Path) -> None:
    """A UserError now, not after minutes of training, when OUT's folder cannot be written."""
    folder = out.resolve().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UserError(
            f"cannot write the model to {out}: {exc.strerror or exc} in {folder}; run as the "
            "user that owns it, or pass --out"
        ) from None


def _direct(
    args: argparse.Namespace,
    out: Path,
    files: list[LabelledFile],
    digest: str,
    corrections: list[Correction],
    progress: Callable[[str], None],
) -> int:
    """Train straight into OUT (no model there yet, or --force)."""
    from intake.classify.examples import split_by_date
    from intake.classify.training import train_model

    examples, _frozen = split_by_date(files)
    metrics = train_model(
        out,
        corrections=corrections,
        examples=examples,
        labelled_sha256=digest,
        seed=args.seed,
        progress=progress,
    )
    print(
        f"classifier written to {out}: held-out macro-F1 {metrics['macro_f1_paths']:.3f} "
        f"(content only {metrics['macro_f1_content']:.3f}), "
        f"kind accuracy {metrics['kind_accuracy']:.3f}, "
        f"ECE on hand-written documents {metrics['calibration_ece_after']:.3f}, "
        f"{len(corrections) + len(examples)} staff-labelled files, "
        f"{metrics['seconds']:.0f} s"
    )
    return 0


def _gated(
    args: argparse.Namespace,
    settings: Settings,
    out: Path,
    labelled: tuple[list[LabelledFile], str, list[Correction]],
    live: Classifier,
    progress: Callable[[str], None],
) -> int:
    """Train a candidate beside OUT; it replaces LIVE, the model loaded from OUT, only if
    the gate lets it."""
    from intake.service.retrain import retrain

    files, digest, corrections = labelled
    verdict = retrain(
        settings,
        files,
        digest,
        progress=progress,
        model_dir=out,
        seed=args.seed,
        corrections=corrections,
        live=live,
    )
    new, old = verdict.candidate, verdict.live
    figures = f"macro-F1 {new.macro_f1:.3f}, accuracy {new.accuracy:.3f}"
    if old is not None:
        figures += f" (live model: {old.macro_f1:.3f}, {old.accuracy:.3f})"
    figures += f" on {new.documents} evaluation documents"
    if verdict.accepted:
        print(f"new classifier put in place in {out}: {verdict.reason}; {figures}")
        return 0
    print(
        f"new classifier refused, the live one in {out} is kept: {verdict.reason}; {figures}. "
        "Check the latest relabels on the dashboard's Classifier page (a wrong one teaches "
        "the model most), then train again."
    )
    return 1
