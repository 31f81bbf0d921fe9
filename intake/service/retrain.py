"""Scheduled retraining from the department's labels, behind the retrain gate.

With ``[classifier] retrain_hours`` set, the service checks that often whether the set
of staff-labelled files changed since the live model was trained (or since the last
attempt). If so, a candidate is trained in a background thread on the committed data
plus the labelled files of the days not held out; it replaces the live model only when
``intake.classify.gate`` finds it not worse on the frozen evaluation set (the samples
when configured, plus the labelled files of held-out days). Every decision is recorded
in ``<model_dir>.gate.json`` for the dashboard's model page.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from core.config import Settings
from intake.classify import Classifier, ModelIncompatible, ModelMissing, model_dir_for
from intake.classify.bundle import promote, read_metrics, read_stamp
from intake.classify.examples import split_by_date
from intake.classify.gate import EvalDoc, Verdict, judge, read_gate_record, write_gate_record
from intake.corrections import Correction, LabelledFile
from intake.store.labelled import fingerprint, labelled_files
from intake.store.store import Store
from knowledge.labels import labels

log = logging.getLogger(__name__)

HISTORY = 20  # gate decisions kept in the record
Trainer = Callable[..., Any]


def sample_docs(settings: Settings, folder: Path) -> list[EvalDoc]:
    """The labelled samples in FOLDER (labels.csv) with their text, cached by content digest."""
    from intake.ingest.extract import extract_many

    listing = folder / "labels.csv"
    if not listing.is_file():
        return []
    with listing.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("label") in set(labels())]
    cache_file = settings.data_dir / "eval-texts.json"
    try:
        cache: dict[str, str] = json.loads(cache_file.read_text("utf-8"))
    except (OSError, ValueError):
        cache = {}
    files = [folder / r["path"] for r in rows]
    digests = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    todo = [(f, d) for f, d in zip(files, digests, strict=True) if d not in cache]
    if todo:
        jobs = [(f, f.name, f.name) for f, _ in todo]
        for (_, d), res in zip(todo, extract_many(jobs, settings.limits), strict=True):
            cache[d] = res.text
        cache_file.write_text(json.dumps(cache), "utf-8")
    out = []
    for r, d in zip(rows, digests, strict=True):
        name = Path(r["path"]).name
        hint = r.get("folder_hint") or ""
        out.append(EvalDoc(f"{hint}/{name}" if hint else name, cache[d], r["label"], "samples"))
    return out


def evaluation_set(settings: Settings, frozen: Sequence[LabelledFile]) -> list[EvalDoc]:
    """The frozen evaluation set: the samples when configured, plus held-out labelled files."""
    docs: list[EvalDoc] = []
    folder = settings.classifier.eval_samples_dir
    if folder is not None:
        docs += sample_docs(settings, folder)
    docs += [EvalDoc(f.member_path, f.text, f.label, "reviewed") for f in frozen]
    return docs


def load_live(model_dir: Path, threshold: float) -> Classifier | None:
    """The live model in MODEL_DIR, or None when there is no usable one (missing, too old)."""
    try:
        return Classifier.load(model_dir, threshold)
    except (ModelMissing, ModelIncompatible) as exc:
        log.info("no usable live classifier: %s", exc)
        return None


def _replaced(live: Classifier, model_dir: Path) -> bool:
    """Whether MODEL_DIR holds another model than LIVE now (one was put in place meanwhile)."""
    try:
        return read_stamp(model_dir) != live.stamp
    except (ModelMissing, ModelIncompatible):
        return True


def retrain(
    settings: Settings,
    files: Sequence[LabelledFile],
    digest: str,
    *,
    train: Trainer | None = None,
    progress: Callable[[str], None] | None = None,
    model_dir: Path | None = None,
    seed: int = 0,
    corrections: Sequence[Correction] = (),
    live: Classifier | Literal["load"] | None = "load",
) -> Verdict:
    """Train a candidate on FILES' training side (and CORRECTIONS), judge it, and promote it
    into MODEL_DIR (default: the configured model folder) if it passes.

    LIVE is the live model when the caller loaded it already (None: there is no usable one);
    by default, or when another model was put in place while the candidate trained, it is
    loaded from MODEL_DIR once the candidate is trained."""
    if train is None:
        from intake.classify.training import train_model

        train = train_model
    model_dir = model_dir or model_dir_for(settings)
    candidate_dir = model_dir.parent / f"{model_dir.name}.candidate"
    training, frozen = split_by_date(files)
    train(
        candidate_dir,
        corrections=corrections,
        examples=training,
        labelled_sha256=digest,
        seed=seed,
        progress=progress,
    )
    threshold = settings.classifier.review_threshold
    candidate = Classifier.load(candidate_dir, threshold)
    if live == "load" or (live is not None and _replaced(live, model_dir)):
        live = load_live(model_dir, threshold)
    verdict = judge(
        candidate, live, evaluation_set(settings, frozen), settings.classifier.gate_tolerance
    )
    record = read_gate_record(model_dir)
    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "accepted": verdict.accepted,
        "reason": verdict.reason,
        "candidate": verdict.candidate.as_dict(),
        "live": verdict.live.as_dict() if verdict.live else None,
        "labelled_files": len(files),
        "training_files": len(training),
        "held_out_files": len(frozen),
        "labelled_sha256": digest,
    }
    record["history"] = [entry, *record.get("history", [])][:HISTORY]
    record["last_tried_sha256"] = digest
    if verdict.accepted:
        promote(candidate_dir, model_dir)
        record["live"] = entry
        log.info("retrained classifier promoted: %s", verdict.reason)
    else:
        log.warning("retrained classifier refused: %s", verdict.reason)
    write_gate_record(model_dir, record)
    return verdict


class Retrainer:
    """Checks on the service's schedule whether to retrain, and retrains in the background."""

    def __init__(
        self, settings: Settings, store: Store, install: Callable[[Classifier], None]
    ) -> None:
        self.settings = settings
        self.store = store
        self.install = install
        self._checked_at: float | None = None
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        """True while a retrain runs."""
        return self._thread is not None and self._thread.is_alive()

    def when_due(self) -> bool:
        """Start a retrain if it is time and the labelled set changed; True when one started."""
        hours = self.settings.classifier.retrain_hours
        now = time.monotonic()
        if not hours or self.busy:
            return False
        if self._checked_at is not None and now - self._checked_at < hours * 3600:
            return False
        self._checked_at = now
        try:
            files = labelled_files(self.store)
        except Exception:
            log.exception("reading the labelled files failed; the retrain is tried next time")
            return False
        digest = fingerprint(files)
        model_dir = model_dir_for(self.settings)
        seen = {
            read_metrics(model_dir).get("labelled_sha256"),
            read_gate_record(model_dir).get("last_tried_sha256"),
        }
        if not files or digest in seen:
            return False
        self._thread = threading.Thread(
            target=self._run, args=(files, digest), name="retrain", daemon=True
        )
        self._thread.start()
        return True

    def join(self, timeout: float | None = None) -> None:
        """Wait for a running retrain (tests, shutdown)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, files: Sequence[LabelledFile], digest: str) -> None:
        try:
            with self.store.exclusive("retrain") as mine:
                if not mine:
                    return
                verdict = retrain(self.settings, files, digest)
                if verdict.accepted:
                    model_dir = model_dir_for(self.settings)
                    self.install(
                        Classifier.load(model_dir, self.settings.classifier.review_threshold)
                    )
        except Exception:
            log.exception("the scheduled retrain failed; the live model is kept")
