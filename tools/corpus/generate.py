"""Build the training and held-out corpus: every label, many document types, many layouts.

Each document is generated from its own seed (``seed:split:label:index``), so the
corpus is the same on every machine and any one document can be regenerated alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from intake.classify.dataset import CorpusDoc
from knowledge.labels import element_labels, labels
from tools.corpus import (
    docs_events,
    docs_extra,
    docs_freeform,
    docs_hazard,
    docs_other,
    docs_program,
    docs_records,
)
from tools.corpus.banks import pick
from tools.corpus.common import Ctx, make_ctx
from tools.corpus.naming import folder_name, member_path
from tools.corpus.neutral import sprinkle
from tools.corpus.paraphrase import paraphrase
from tools.corpus.render import EXTENSIONS, Draft, choose_medium, render

Generator = Callable[[Random, Ctx], Draft]

FREEFORM_SHARE = 0.4  # of each label's documents, written by the free-form generator


def _all_generators() -> dict[str, tuple[tuple[Generator, float], ...]]:
    structured: dict[str, tuple[tuple[Generator, float], ...]] = {
        **docs_program.GENERATORS,
        **docs_hazard.GENERATORS,
        **docs_records.GENERATORS,
        **docs_events.GENERATORS,
        **docs_other.GENERATORS,
    }
    for label, extra in docs_extra.GENERATORS.items():
        structured[label] = structured[label] + extra
    out: dict[str, tuple[tuple[Generator, float], ...]] = {}
    for label, free in docs_freeform.generators().items():
        own = structured[label]
        own_total = sum(w for _, w in own)
        free_total = sum(w for _, w in free)
        scale = own_total * FREEFORM_SHARE / (1 - FREEFORM_SHARE) / free_total
        out[label] = own + tuple((fn, w * scale) for fn, w in free)
    return out


GENERATORS = _all_generators()


@dataclass(frozen=True)
class SplitSpec:
    """How many documents a split has per label and how messy they are."""

    per_label: int
    noise: float  # extra OCR noise on top of what the file type brings
    tidy: float  # share of files inside their element folder
    generic: float  # share of files with a meaningless name
    misfiled: float  # share of tidy files put in another element's folder


SPLITS: dict[str, SplitSpec] = {
    "train": SplitSpec(per_label=300, noise=0.0, tidy=0.5, generic=0.4, misfiled=0.0),
    "heldout": SplitSpec(per_label=80, noise=0.35, tidy=0.5, generic=0.5, misfiled=0.03),
}

BOILERPLATE = (
    "Confidential",
    "Uncontrolled when printed",
    "Printed {d}",
    "Page {n}",
    "www.{w}.ca",
    "Phone: 403-{n}55-01{n}2",
    "Fax: 780-555-01{n}9",
    "Form rev. {n}",
    "Office use only",
    "Scanned with CamScanner",
    "Box {n}, {t}, AB",
    "Email: office@{w}.ca",
    "Keep a copy in the truck",
    "Template",
    "Head office: {t}, Alberta",
)


GeneratedDoc = CorpusDoc  # one corpus document as stored in the data files


def _choose(r: Random, options: tuple[tuple[Generator, float], ...]) -> Generator:
    x = r.random() * sum(w for _, w in options)
    for fn, weight in options:
        x -= weight
        if x <= 0:
            return fn
    return options[-1][0]


def _boilerplate(r: Random, c: Ctx, text: str) -> str:
    word = c.company.split()[0].lower().strip(".&")
    extra = [
        pick(r, BOILERPLATE).format(
            d=f"{c.year}-0{r.randint(1, 9)}-1{r.randint(0, 9)}", n=r.randint(1, 9), w=word, t=c.town
        )
        for _ in range(r.randint(1, 2))
    ]
    if r.random() < 0.5:
        return "\n".join([*extra, text])
    return "\n".join([text, *extra])


def generate_one(seed: int, split: str, label: str, index: int) -> GeneratedDoc:
    """Document INDEX of LABEL in SPLIT, the same every time for the same seed."""
    spec = SPLITS[split]
    r = Random(f"{seed}:{split}:{label}:{index}")  # noqa: S311 -- reproducible text, not secrets
    fn = _choose(r, GENERATORS[label])
    c = make_ctx(r)
    draft = fn(r, c)
    medium = "photo" if fn is docs_other.photo else choose_medium(r, draft.shape)
    text = render(r, draft, medium, spec.noise)
    if r.random() < 0.7:
        text = paraphrase(r, text, r.choice((0.15, 0.3, 0.5)))
    if medium != "photo" and r.random() < 0.35:
        text = _boilerplate(r, c, text)
    if medium != "photo" and r.random() < 0.5:
        text = sprinkle(r, c, text, r.randint(1, 3))
    if r.random() < 0.04:
        text = text.upper()
    ext = pick(r, EXTENSIONS[medium])
    generic = spec.generic + (0.35 if medium in ("photo", "scan") else 0.0)
    path = member_path(
        r, label, draft.names, ext, tidy=spec.tidy if label != "other" else 0.0, generic=generic
    )
    folders = path.split("/")[:-1]
    if label == "other" and r.random() < 0.2:
        folders.append(folder_name(r, pick(r, element_labels())))
    elif folders and r.random() < spec.misfiled:
        folders[-1] = folder_name(r, pick(r, element_labels()))
    path = "/".join([*folders, path.split("/")[-1]])
    return GeneratedDoc(path=path, text=text, label=label, kind=draft.kind, gen=fn.__name__)


def generate(split: str, seed: int = 0, per_label: int | None = None) -> list[GeneratedDoc]:
    """Every document of SPLIT, labels in contract order."""
    n = SPLITS[split].per_label if per_label is None else per_label
    return [generate_one(seed, split, label, i) for label in labels() for i in range(n)]
