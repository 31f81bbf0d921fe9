"""Hand-written documents (``tools/corpus/written/*.txt``) as corpus data.

Each document starts with a header line ``=== LABEL KIND PATH`` (KIND ``-`` for none)
followed by its text. ``train_*.txt`` become ``intake/classify/data/written.jsonl``
(training); ``dev.txt`` becomes ``intake/classify/data/calibration.jsonl``, which never
trains a model: its confidences are calibrated on it.
"""

from __future__ import annotations

from pathlib import Path

from intake.classify.dataset import CorpusDoc
from knowledge.labels import KINDS, has_kind, labels

SOURCE_DIR = Path(__file__).resolve().parent / "written"
OUTPUTS = {"written": "train_*.txt", "calibration": "dev.txt"}


def parse(text: str, source: str, gen: str) -> list[CorpusDoc]:
    """The documents in TEXT; ValueError naming SOURCE's line for a bad header."""
    out: list[CorpusDoc] = []
    header: tuple[str, str | None, str] | None = None
    body: list[str] = []

    def close() -> None:
        if header is not None:
            label, kind, path = header
            out.append(CorpusDoc(path, "\n".join(body).strip(), label, kind, gen))

    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("=== "):
            close()
            parts = line[4:].split(" ", 2)
            if len(parts) != 3 or parts[0] not in labels():
                raise ValueError(f"{source}:{number}: expected '=== LABEL KIND PATH'")
            label, kind, path = parts
            if has_kind(label) != (kind in KINDS) or (kind != "-" and kind not in KINDS):
                raise ValueError(f"{source}:{number}: kind {kind!r} does not fit {label}")
            header = (label, kind if kind in KINDS else None, path.strip())
            body = []
        elif header is not None:
            body.append(line)
    close()
    return out


def written(name: str) -> list[CorpusDoc]:
    """The documents of output NAME ("written" or "calibration"), in file order."""
    docs: list[CorpusDoc] = []
    for path in sorted(SOURCE_DIR.glob(OUTPUTS[name])):
        docs += parse(path.read_text("utf-8"), path.name, f"written:{path.stem}")
    return docs
