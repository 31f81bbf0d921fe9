"""Development tool: the generator of the classifier's corpus (not part of the installed package).

``python -m tools.corpus`` regenerates ``intake/classify/data/{train,heldout}.jsonl.gz``;
``--check`` verifies the committed files are what the generator makes.
"""

from __future__ import annotations

from intake.classify.dataset import data_file, load_split, read_split, write_split
from tools.corpus.generate import SPLITS, GeneratedDoc, generate

CORPUS_SEED = 0

__all__ = [
    "CORPUS_SEED",
    "SPLITS",
    "GeneratedDoc",
    "data_file",
    "generate",
    "load_split",
    "read_split",
    "write_split",
]
