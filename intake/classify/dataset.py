"""The classifier's training data as data: gzipped JSON lines in ``intake/classify/data``.

``train.jsonl.gz`` and ``heldout.jsonl.gz`` are made by the development tool
``python -m tools.corpus`` (the generator is not part of the installed package);
``written.jsonl`` holds documents written by hand in styles the generator does not
know. Each line is one document: ``path`` (where it sat in the submission),
``text``, ``label``, ``kind`` (or null) and ``gen`` (its document type).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from intake.classify.errors import ModelIncompatible

DATA_DIR = Path(__file__).resolve().parent / "data"
SPLIT_NAMES = ("train", "heldout")


@dataclass(frozen=True)
class CorpusDoc:
    """One stored training document."""

    path: str
    text: str
    label: str
    kind: str | None
    gen: str


def data_file(split: str) -> Path:
    """Where SPLIT is stored."""
    return DATA_DIR / f"{split}.jsonl.gz"


def encode(docs: Iterable[CorpusDoc]) -> tuple[bytes, int]:
    """DOCS as JSON lines (byte-identical for identical input) and their count."""
    raw = bytearray()
    n = 0
    for doc in docs:
        line = {"path": doc.path, "text": doc.text, "label": doc.label, "kind": doc.kind}
        line["gen"] = doc.gen
        raw += (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        n += 1
    return bytes(raw), n


def write_split(docs: Iterable[CorpusDoc], path: Path) -> int:
    """Write DOCS as gzipped JSON lines (byte-identical for identical input); return the count."""
    raw, n = encode(docs)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    return n


def _decode(lines: Iterable[str]) -> list[CorpusDoc]:
    return [
        CorpusDoc(path=d["path"], text=d["text"], label=d["label"], kind=d["kind"], gen=d["gen"])
        for d in map(json.loads, (line for line in lines if line.strip()))
    ]


def read_split(path: Path) -> list[CorpusDoc]:
    """The documents stored in PATH (``.jsonl.gz`` or plain ``.jsonl``)."""
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return _decode(fh)
    return _decode(path.read_text("utf-8").splitlines())


def load_split(split: str) -> list[CorpusDoc]:
    """SPLIT from the committed data files; ModelIncompatible when they are not installed."""
    path = data_file(split)
    if not path.is_file():
        raise ModelIncompatible(
            f"the training data {path} is missing; reinstall the package "
            "(or run `python -m tools.corpus` in a checkout)"
        )
    return read_split(path)
