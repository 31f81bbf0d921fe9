"""``python -m tools.corpus``: regenerate the committed corpus files."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from tools.corpus import CORPUS_SEED, SPLITS, data_file, generate, write_split


def main(argv: list[str] | None = None) -> int:
    """Regenerate (or, with --check, verify) the corpus data files."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.corpus",
        description="Regenerate the classifier's training and held-out corpus from the generator.",
    )
    parser.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = parser.parse_args(argv)
    stale = False
    for split in SPLITS:
        docs = generate(split, CORPUS_SEED)
        path = data_file(split)
        if args.check:
            tmp = path.with_suffix(".check")
            write_split(docs, tmp)
            same = path.is_file() and tmp.read_bytes() == path.read_bytes()
            tmp.unlink()
            stale |= not same
            print(f"{split}: {'up to date' if same else 'STALE'}")
            continue
        n = write_split(docs, path)
        kinds = Counter(d.gen for d in docs)
        print(f"{split}: {n} documents, {len(kinds)} document types -> {path}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
