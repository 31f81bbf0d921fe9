"""``secor-intake train``: build the document classifier from the corpus and staff corrections."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from core.config import Settings
from core.errors import UserError
from intake.corrections import Correction, LabelledFile
from knowledge.labels import KINDS, has_kind, labels

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "train",
        help="build the document classifier (takes about a minute)",
        description=(
            "Train the spaCy document classifier from the training data in the package and the "
            "files COR staff labelled (every file of a submission marked reviewed or accepted, "
            "a relabel weighing most; files of held-out days are kept for evaluation), with a "
            "fixed seed; calibrate "
            "its confidences on the held-out split; write it (with metrics.json) to the model "
            "folder, replacing the old model only when the new one is complete."
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


def store_examples(settings: Settings) -> tuple[list[LabelledFile], str]:
    """The staff-labelled files that may train (held-out days left out) and the digest of
    the whole labelled set; none when there is no store yet."""
    from intake.classify.examples import split_by_date
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
    train, _frozen = split_by_date(files)
    return train, fingerprint(files)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Train the classifier and print its held-out figures."""
    from intake.classify import Classifier, ModelIncompatible, ModelMissing, model_dir_for
    from intake.classify.training import train_model

    out: Path = args.out or model_dir_for(settings)
    if args.if_missing:
        try:
            Classifier.load(out)
        except (ModelMissing, ModelIncompatible) as exc:
            log.info("building the classifier: %s", exc)
        else:
            print(f"classifier in {out} is up to date; nothing to do")
            return 0
    corrections: list[Correction] = []
    examples: list[LabelledFile] = []
    digest = ""
    if args.corrections is not None:
        corrections = read_corrections(args.corrections)
    elif not args.no_corrections:
        examples, digest = store_examples(settings)

    logging.getLogger("spacy").setLevel(logging.WARNING)  # its own start-up chatter
    started = time.monotonic()

    def progress(message: str) -> None:
        if not args.quiet:
            sys.stderr.write(f"[{time.monotonic() - started:5.1f}s] {message}\n")
            sys.stderr.flush()

    try:
        metrics = train_model(
            out,
            corrections=corrections,
            examples=examples,
            labelled_sha256=digest,
            seed=args.seed,
            progress=progress,
        )
    except OSError as exc:
        raise UserError(f"cannot write the model to {out}: {exc.strerror or exc}") from None
    print(
        f"classifier written to {out}: held-out macro-F1 {metrics['macro_f1_paths']:.3f} "
        f"(content only {metrics['macro_f1_content']:.3f}), "
        f"kind accuracy {metrics['kind_accuracy']:.3f}, "
        f"ECE {metrics['calibration_ece_after']:.3f}, "
        f"{len(corrections) + len(examples)} staff-labelled files, "
        f"{metrics['seconds']:.0f} s"
    )
    return 0
