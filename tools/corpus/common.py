"""The context one generated document is written in, and helpers every generator uses."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from tools.corpus import banks as b
from tools.corpus.render import Block, Fields, Para, Signatures, Title


@dataclass
class Ctx:
    """Who wrote the document, for which trade, where and when."""

    company: str
    trade: b.Trade
    owner: str
    supervisor: str
    workers: list[str]
    site: str
    town: str
    year: int
    code: str  # document-control prefix, e.g. "HS", "SP", "ABC"

    @property
    def worker(self) -> str:
        """The first worker."""
        return self.workers[0]


def make_ctx(r: Random) -> Ctx:
    """A random employer and job."""
    trade = b.trade(r)
    company = b.company(r, trade)
    letters = "".join(w[0] for w in company.split() if w[:1].isalpha())[:3].upper() or "HS"
    return Ctx(
        company=company,
        trade=trade,
        owner=b.person(r, False),
        supervisor=b.person(r, False),
        workers=[b.person(r) for _ in range(r.randint(2, 7))],
        site=b.site(r),
        town=b.town(r),
        year=r.choice((2023, 2024, 2025, 2025, 2026, 2026)),
        code=r.choice((letters, "HS", "HSE", "OHS", "SP", "SAF", letters)),
    )


def fill(r: Random, template: str, c: Ctx) -> str:
    """TEMPLATE with its {slots} filled from the context and the trade's banks."""
    hazard, controls = b.hazard_with_controls(r)
    values = {
        "company": c.company
        if r.random() < 0.7
        else r.choice(("the company", "we", "our company")),
        "Company": c.company,
        "trade": c.trade.name,
        "task": b.pick(r, c.trade.tasks),
        "task2": b.pick(r, c.trade.tasks),
        "equipment": b.pick(r, c.trade.equipment),
        "equipment2": b.pick(r, b.EQUIPMENT_GENERAL),
        "hazard": b.pick(r, c.trade.hazards),
        "ghazard": hazard,
        "control": controls[0],
        "material": b.pick(r, c.trade.materials),
        "owner": c.owner,
        "supervisor": c.supervisor,
        "worker": b.pick(r, c.workers),
        "worker2": b.pick(r, c.workers),
        "site": c.site,
        "town": c.town,
        "date": b.date(r, c.year),
        "time": b.time_of_day(r),
        "year": str(c.year),
        "ppe": b.pick(r, b.PPE_ITEMS),
        "ticket": b.pick(r, b.TICKETS),
        "topic": b.pick(r, b.OHS_TOPICS),
        "n": str(r.randint(2, 12)),
        "role": b.pick(r, b.ROLES_SHORT),
    }
    return template.format(**values)


def para(
    r: Random, c: Ctx, options: tuple[str, ...] | list[str], k: tuple[int, int] = (1, 3)
) -> Para:
    """A paragraph of K sentences drawn from OPTIONS."""
    chosen = b.sample(r, options, *k)
    return Para(" ".join(fill(r, s, c) for s in chosen))


def lines(r: Random, c: Ctx, options: tuple[str, ...] | list[str], lo: int, hi: int) -> list[str]:
    """LO..HI filled items drawn from OPTIONS."""
    return [fill(r, s, c) for s in b.sample(r, options, lo, hi)]


def header(r: Random, c: Ctx, title: str, *, control: bool | None = None) -> list[Block]:
    """The company line, the title and (often) a document-control block."""
    out: list[Block] = []
    if r.random() < 0.75:
        out.append(Para(c.company if r.random() < 0.7 else f"{c.company} - {c.town}, AB"))
    out.append(Title(title))
    if control is None:
        control = r.random() < 0.45
    if control:
        pairs = [
            ("Document No.", f"{c.code}-{r.randint(1, 40):02d}"),
            ("Revision", str(r.randint(0, 6))),
            ("Effective", b.date(r, c.year)),
            ("Approved by", c.owner),
            ("Review date", b.date(r, c.year + 1)),
        ]
        kept = [(k, v) for k, v in pairs if r.random() < 0.7]
        out.append(Fields(kept if len(kept) >= 2 else pairs[:2]))
    return out


def signoff(
    r: Random, c: Ctx, roles: tuple[str, ...] = ("Owner", "President", "Manager")
) -> Signatures:
    """The owner's or a manager's signature line."""
    return Signatures([(b.pick(r, roles), c.owner, b.date(r, c.year))])


def worker_signatures(r: Random, c: Ctx, lo: int = 2, hi: int = 8) -> list[list[str]]:
    """Rows of workers' names, signatures and dates."""
    names = c.workers + [b.person(r) for _ in range(hi)]
    rows = []
    for name in names[: r.randint(lo, hi)]:
        rows.append(
            [name, r.choice(("", "signed", name.split()[-1], "✓", "/s/")), b.date(r, c.year)]
        )
    return rows


def maybe(r: Random, p: float, block: Block) -> list[Block]:
    """[BLOCK] with probability P, else nothing."""
    return [block] if r.random() < p else []


def title_of(r: Random, options: tuple[str, ...] | list[str], c: Ctx) -> str:
    """One title from OPTIONS, filled."""
    return fill(r, b.pick(r, tuple(options)), c)
