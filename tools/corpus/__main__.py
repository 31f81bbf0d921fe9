"""``python -m tools.corpus``: regenerate the committed corpus files (or check them)."""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial

from intake.classify.dataset import CorpusDoc, encode
from tools.corpus import CORPUS_SEED, SPLITS, data_file, generate, write_split
from tools.corpus.written import written


def _gz(raw: bytes) -> bytes:
    return gzip.compress(raw, mtime=0)


def outputs() -> list[tuple[str, Callable[[], list[CorpusDoc]], bool]]:
    """(name, documents, gzipped) of every data file."""
    out: list[tuple[str, Callable[[], list[CorpusDoc]], bool]] = [
        (split, partial(generate, split, CORPUS_SEED), True) for split in SPLITS
    ]
    out += [(name, partial(written, name), False) for name in ("written", "calibration")]
    return out


def main(argv: list[str] | None = None) -> int:
    """Regenerate (or, with --check, verify) the corpus data files."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.corpus",
        description="Regenerate the classifier's data files: the generated training and "
        "held-out corpus, and the hand-written documents (tools/corpus/written).",
    )
    parser.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = parser.parse_args(argv)
    stale = False
    for name, make, gz in outputs():
        docs = make()
        raw, n = encode(docs)
        data = _gz(raw) if gz else raw
        path = data_file(name) if gz else data_file(name).with_suffix("")
        if args.check:
            same = path.is_file() and (
                gzip.decompress(path.read_bytes()) == raw if gz else path.read_bytes() == data
            )
            stale |= not same
            print(f"{name}: {'up to date' if same else 'STALE'}")
            continue
        if gz:
            write_split(docs, path)
        else:
            path.write_bytes(data)
        kinds = Counter(d.gen for d in docs)
        print(f"{name}: {n} documents, {len(kinds)} document types -> {path}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
