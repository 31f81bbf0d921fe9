"""Free-form documents of every label, written from the label's words with a random structure.

The structured generators know each document type's layout; these mix a label's
sentences, notes and terms into headings, paragraphs, bullets, tables and
checklists in random proportions, so the model learns the label's words rather
than one template's wording.
"""

# ruff: noqa: E501  -- phrase banks: sentences read better unbroken

from __future__ import annotations

from collections.abc import Callable
from random import Random

from knowledge.labels import by_label
from tools.corpus import banks as b
from tools.corpus.common import Ctx, fill, header, worker_signatures
from tools.corpus.prose import BANKS, Bank
from tools.corpus.render import (
    Block,
    Bullets,
    Checklist,
    Draft,
    Fields,
    Heading,
    Para,
    Signatures,
    Steps,
    Table,
)

NEUTRAL = (
    "Prepared by {supervisor}.",
    "Job: {site}",
    "Client: homeowner",
    "Crew: {worker}, {worker2}",
    "Weather: {n} degrees, clear",
    "Office: {town}, AB",
    "Questions? Call the office.",
    "See attached.",
    "Revised {date}",
    "Copy to file.",
    "Distribution: all crews",
    "Project #{n}0{n}",
    "Truck {n}",
    "Entered by {worker} on {date}",
    "{Company}",
    "Week {n}",
    "Location: {town}",
)


def _op_share(label: str) -> float:
    # the structured generators follow the label's default kind; free-form documents are
    # half records, half rules, so the other kind of every label is well represented
    return 0.5


def _sentences(r: Random, c: Ctx, bank: tuple[str, ...], lo: int, hi: int) -> list[str]:
    return [fill(r, s, c) if "{" in s else s for s in b.sample(r, bank, lo, hi)]


def _directive_body(r: Random, c: Ctx, bank: Bank) -> list[Block]:
    blocks: list[Block] = []
    for heading in b.sample(r, bank.headings, 2, 6):
        blocks.append(Heading(heading))
        style = r.random()
        if style < 0.45:
            blocks.append(Para(" ".join(_sentences(r, c, bank.directive, 1, 3))))
        elif style < 0.75:
            blocks.append(Bullets(_sentences(r, c, bank.directive, 2, 4)))
        elif style < 0.9:
            blocks.append(Steps(_sentences(r, c, bank.directive, 2, 5)))
        else:
            blocks.append(Bullets(b.sample(r, bank.terms, 3, 6)))
    return blocks


def _operational_body(r: Random, c: Ctx, bank: Bank) -> list[Block]:
    blocks: list[Block] = [
        Fields(
            b.sample(
                r,
                [
                    ("Date", b.date(r, c.year)),
                    ("Site", c.site),
                    ("Completed by", c.supervisor),
                    ("Worker", c.worker),
                    ("Time", b.time_of_day(r)),
                    ("Ref #", str(r.randint(100, 99999))),
                    ("Unit", str(r.randint(1, 30))),
                ],
                2,
                5,
            )
        )
    ]
    for _ in range(r.randint(1, 4)):
        style = r.random()
        if style < 0.3:
            blocks.append(Heading(b.pick(r, bank.headings)))
            blocks.append(Para(" ".join(_sentences(r, c, bank.notes, 1, 3))))
        elif style < 0.5:
            blocks.append(Bullets(_sentences(r, c, bank.notes, 2, 5)))
        elif style < 0.75:
            terms = b.sample(r, bank.terms, 3, 8)
            rows = [
                [
                    t,
                    b.pick(
                        r, ("OK", "ok", "done", "Y", "N", "✓", "x", b.date(r, c.year), "see notes")
                    ),
                    b.pick(r, ("", "", fill(r, b.pick(r, bank.notes), c)[:50])),
                ]
                for t in terms
            ]
            blocks.append(Table([b.pick(r, ("Item", "Check", "What")), "Status", "Notes"], rows))
        else:
            items = b.sample(r, bank.terms, 3, 8)
            blocks.append(Checklist(items, [r.random() < 0.8 for _ in items]))
    if r.random() < 0.6:
        if r.random() < 0.5:
            blocks.append(Signatures([(b.pick(r, b.ROLES_SHORT), c.supervisor, b.date(r, c.year))]))
        else:
            blocks.append(Table(["Name", "Signature", "Date"], worker_signatures(r, c, 1, 5)))
    return blocks


def freeform(label: str) -> Callable[[Random, Ctx], Draft]:
    """A generator of free-form documents of LABEL."""
    bank = BANKS[label]

    def generate(r: Random, c: Ctx) -> Draft:
        operational = r.random() < _op_share(label)
        titles = bank.titles_operational if operational else bank.titles_directive
        title = b.pick(r, titles)
        if r.random() < 0.3:
            title = f"{title} - {b.pick(r, (c.site.split(' - ')[0], str(c.year), c.trade.name, b.pick(r, b.MONTHS)))}"
        blocks = header(r, c, title, control=None if not operational else False)
        blocks += _operational_body(r, c, bank) if operational else _directive_body(r, c, bank)
        if r.random() < 0.5:
            blocks.insert(r.randint(1, len(blocks)), Para(fill(r, b.pick(r, NEUTRAL), c)))
        kind = None
        if by_label()[label].element is not None:
            kind = "operational" if operational else "directive"
        names = [title, title.split(" - ")[0], f"{title} {c.year}"]
        return Draft(blocks, kind, names, "form" if operational else "prose")

    generate.__name__ = f"freeform_{label}"
    return generate


def audit_from_elements(r: Random, c: Ctx) -> Draft:
    """An evaluation-tool page whose questions are built from other labels' own sentences."""
    element_labels = [lab for lab, info in by_label().items() if info.element is not None]
    chosen = b.sample(r, element_labels, 1, 3)
    blocks: list[Block] = [
        Para(
            b.pick(
                r,
                (
                    "SECOR Evaluation Tool",
                    "SECOR Audit",
                    "Audit Tool",
                    "Small Employer COR Audit",
                    "Maintenance Year Audit",
                    "SECOR Self Evaluation",
                ),
            )
        )
    ]
    blocks.append(
        Fields(
            b.sample(
                r,
                [
                    ("Company", c.company),
                    ("Evaluator", c.owner),
                    ("Date", b.date(r, c.year)),
                    ("Page", f"{r.randint(2, 30)}"),
                ],
                1,
                3,
            )
        )
    )
    for label in chosen:
        info = by_label()[label]
        blocks.append(Heading(f"Element {info.element} - {info.name}"))
        for q in range(1, r.randint(2, 6)):
            sentence = fill(r, b.pick(r, BANKS[label].directive), c).rstrip(".")
            sentence = sentence[0].lower() + sentence[1:]
            question = r.choice(
                (
                    f"Is there evidence that {sentence}?",
                    f"Can workers confirm that {sentence}?",
                    f"Do records show that {sentence}?",
                    f"Does the company ensure {sentence}?",
                )
            )
            pts = r.choice((5, 10, 10, 15))
            got = r.choice((pts, pts, 0, pts // 2))
            evidence = r.choice(("Documentation", "Interview", "Observation", "D / I", "D, I, O"))
            style = r.random()
            if style < 0.4:
                blocks.append(Para(f"{info.element}.{q} {question}"))
                blocks.append(Para(f"{evidence}   Max {pts}   Awarded {got}"))
            elif style < 0.7:
                blocks.append(
                    Table(
                        ["No.", "Question", "Method", "Points", "Score"],
                        [[f"{info.element}.{q}", question, evidence, str(pts), str(got)]],
                    )
                )
            else:
                blocks.append(
                    Para(f"{question} {r.choice(('Yes', 'No', 'Partial'))} ({got}/{pts})")
                )
            if r.random() < 0.7:
                blocks.append(
                    Para(
                        f"{r.choice(('Notes:', 'Evaluator notes:', 'Comments:', 'Evidence:'))} "
                        f"{fill(r, b.pick(r, BANKS['evaluation_tool'].notes), c)}"
                    )
                )
    return Draft(
        blocks, None, ["SECOR audit", "Audit", "Evaluation", "SECOR evaluation pages"], "form"
    )


def generators() -> dict[str, tuple[tuple[Callable[[Random, Ctx], Draft], float], ...]]:
    """One free-form generator per label (and extra audit pages for the evaluation tool)."""
    out: dict[str, tuple[tuple[Callable[[Random, Ctx], Draft], float], ...]] = {
        label: ((freeform(label), 1.0),) for label in BANKS
    }
    out["evaluation_tool"] = ((freeform("evaluation_tool"), 0.5), (audit_from_elements, 1.0))
    return out
