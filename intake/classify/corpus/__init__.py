"""The classifier's training corpus: generated documents, committed as data, with a held-out split.

``python -m intake.classify.corpus`` regenerates ``data/*.jsonl.gz`` from the generator.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path

from intake.classify.corpus.generate import SPLITS, GeneratedDoc, generate

DATA_DIR = Path(__file__).resolve().parent / "data"
CORPUS_SEED = 0


def data_file(split: str) -> Path:
    """Where SPLIT is stored."""
    return DATA_DIR / f"{split}.jsonl.gz"


def write_split(docs: Iterable[GeneratedDoc], path: Path) -> int:
    """Write DOCS as gzipped JSON lines (byte-identical for identical input); return the count."""
    n = 0
    raw = bytearray()
    for doc in docs:
        line = {
            "path": doc.path,
            "text": doc.text,
            "label": doc.label,
            "kind": doc.kind,
            "gen": doc.gen,
        }
        raw += (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(bytes(raw))
    return n


def read_split(path: Path) -> list[GeneratedDoc]:
    """The documents stored in PATH."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [
            GeneratedDoc(
                path=d["path"], text=d["text"], label=d["label"], kind=d["kind"], gen=d["gen"]
            )
            for d in map(json.loads, fh)
        ]


def load_split(split: str) -> list[GeneratedDoc]:
    """SPLIT from the committed data, or regenerated when the data file is not installed."""
    path = data_file(split)
    if path.is_file():
        return read_split(path)
    return generate(split, CORPUS_SEED)


__all__ = [
    "SPLITS",
    "GeneratedDoc",
    "data_file",
    "generate",
    "load_split",
    "read_split",
    "write_split",
]
