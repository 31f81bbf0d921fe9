"""Documents as blocks, and how each file type's extracted text looks (with OCR noise)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from random import Random

from tools.corpus.banks import pick

# --------------------------------------------------------------------------- blocks


@dataclass
class Title:
    """The document's title line."""

    text: str


@dataclass
class Heading:
    """A section heading."""

    text: str


@dataclass
class Para:
    """A paragraph of prose."""

    text: str


@dataclass
class Bullets:
    """An unordered list."""

    items: list[str]


@dataclass
class Steps:
    """A numbered list."""

    items: list[str]


@dataclass
class Fields:
    """Label/value pairs at the top of a form ("Date: 2025-03-02")."""

    pairs: list[tuple[str, str]]


@dataclass
class Checklist:
    """Items with a tick state: True ticked, False not, None not applicable."""

    items: list[str]
    states: list[bool | None]
    columns: tuple[str, ...] = ("Yes", "No", "N/A")
    comments: list[str] = field(default_factory=list)


@dataclass
class Table:
    """A grid with a header row."""

    header: list[str]
    rows: list[list[str]]


@dataclass
class Signatures:
    """Sign-off lines: (role, name, date)."""

    lines: list[tuple[str, str, str]]


Block = Title | Heading | Para | Bullets | Steps | Fields | Checklist | Table | Signatures


@dataclass
class Draft:
    """A generated document before it is rendered as a file type."""

    blocks: list[Block]
    kind: str | None
    names: list[str]
    shape: str  # "prose", "form", "table", "cert", "list"


MEDIA_BY_SHAPE: dict[str, tuple[tuple[str, float], ...]] = {
    "prose": (
        ("docx", 0.38),
        ("pdf", 0.37),
        ("scan", 0.1),
        ("txt", 0.05),
        ("photo", 0.05),
        ("pptx", 0.05),
    ),
    "form": (("pdf", 0.27), ("docx", 0.22), ("scan", 0.26), ("photo", 0.15), ("xlsx", 0.1)),
    "table": (
        ("xlsx", 0.38),
        ("csv", 0.14),
        ("pdf", 0.16),
        ("docx", 0.12),
        ("scan", 0.12),
        ("photo", 0.08),
    ),
    "cert": (("pdf", 0.4), ("photo", 0.25), ("scan", 0.25), ("docx", 0.1)),
    "list": (("docx", 0.3), ("pdf", 0.3), ("xlsx", 0.2), ("scan", 0.1), ("photo", 0.1)),
}
EXTENSIONS = {
    "docx": (".docx", ".docx", ".docx", ".doc"),
    "pdf": (".pdf",),
    "scan": (".pdf", ".pdf", ".pdf", ".tif", ".jpg"),
    "photo": (".jpg", ".jpg", ".jpeg", ".png", ".heic", ".JPG"),
    "xlsx": (".xlsx", ".xlsx", ".xls", ".ods"),
    "csv": (".csv",),
    "txt": (".txt", ".rtf"),
    "pptx": (".pptx",),
}


def choose_medium(r: Random, shape: str) -> str:
    """A file type that documents of this shape come as."""
    options = MEDIA_BY_SHAPE[shape]
    x = r.random() * sum(w for _, w in options)
    for medium, weight in options:
        x -= weight
        if x <= 0:
            return medium
    return options[-1][0]


# --------------------------------------------------------------------------- rendering

BOXES = (
    ("☐", "☑"),
    ("☐", "☒"),
    ("[ ]", "[x]"),
    ("[ ]", "[X]"),
    ("( )", "(x)"),
    ("□", "■"),
    ("", "✓"),
    ("", "X"),
    ("N", "Y"),
    ("No", "Yes"),
)
BULLETS = ("•", "-", "*", "o", "▪", "–", "")  # noqa: RUF001 -- en dash bullets are real


def _check_marks(r: Random, cl: Checklist, sep: str) -> list[str]:
    empty, ticked = pick(r, BOXES) if r.random() < 0.6 else ("", "")
    lines: list[str] = []
    columns_style = r.random() < 0.5 or not ticked
    if columns_style:
        lines.append(sep.join(["Item", *cl.columns, *(["Comments"] if cl.comments else [])]))
    for i, (item, state) in enumerate(zip(cl.items, cl.states, strict=True)):
        comment = cl.comments[i] if i < len(cl.comments) else ""
        if columns_style:
            cells = [item]
            for j, _col in enumerate(cl.columns):
                want = 0 if state is True else 1 if state is False else 2
                cells.append(r.choice(("X", "x", "✓", "√")) if j == want else "")
            if cl.comments:
                cells.append(comment)
            lines.append(sep.join(cells).rstrip())
        else:
            mark = ticked if state else empty
            if state is None:
                mark = "N/A"
            lines.append(f"{mark} {item}".strip() + (f" - {comment}" if comment else ""))
    return lines


def render_lines(r: Random, blocks: list[Block], medium: str) -> list[str]:
    """The blocks as lines of text, laid out the way the file type's extractor gives them."""
    cell_sep = "\t" if medium in ("docx", "txt", "pptx") else "  "
    if medium == "xlsx":
        cell_sep = r.choice(("\t", " ", " ", "  ", " | "))
    if medium == "csv":
        cell_sep = ","
    if medium in ("scan", "photo"):
        cell_sep = "\n" if r.random() < 0.7 else " "
    bullet = pick(r, BULLETS)
    numbering = r.randrange(5)
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Title):
            t = block.text.upper() if r.random() < 0.3 else block.text
            lines.append(t)
        elif isinstance(block, Heading):
            t = block.text
            if r.random() < 0.25:
                t = t.upper()
            if r.random() < 0.15:
                t += ":"
            lines.append(t)
        elif isinstance(block, Para):
            if medium in ("pdf", "scan") and r.random() < 0.7:
                lines.extend(textwrap.wrap(block.text, r.randint(70, 110)))
            else:
                lines.append(block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                lines.append(f"{bullet} {item}".strip())
        elif isinstance(block, Steps):
            for i, item in enumerate(block.items, 1):
                prefix = (f"{i}.", f"{i})", f"Step {i}:", f"{i} -", f"{i}.0")[numbering]
                lines.append(f"{prefix} {item}")
        elif isinstance(block, Fields):
            if medium in ("xlsx", "csv"):
                lines.extend(f"{k}{cell_sep}{v}" for k, v in block.pairs)
            else:
                per_line = 1 if r.random() < 0.6 else 2
                chunk: list[str] = []
                for k, v in block.pairs:
                    val = v if r.random() > 0.05 else "________"
                    chunk.append(f"{k}: {val}")
                    if len(chunk) == per_line:
                        lines.append("   ".join(chunk))
                        chunk = []
                if chunk:
                    lines.append("   ".join(chunk))
        elif isinstance(block, Checklist):
            lines.extend(_check_marks(r, block, cell_sep))
        elif isinstance(block, Table):
            lines.append(cell_sep.join(block.header))
            for row in block.rows:
                if medium == "csv":
                    lines.append(",".join(_csv_cell(c) for c in row))
                else:
                    lines.append(cell_sep.join(row).rstrip())
        elif isinstance(block, Signatures):
            for role, name, when in block.lines:
                style = r.randrange(3)
                if style == 0:
                    lines.append(f"{role}: {name}   Signature: ______   Date: {when}")
                elif style == 1:
                    lines.append(f"{role} signature ________ {name} {when}")
                else:
                    lines.extend((f"{role}:", name, when))
    if medium == "pdf" and r.random() < 0.3:
        lines.append(f"Page 1 of {r.randint(1, 4)}")
    return lines


def _csv_cell(cell: str) -> str:
    return f'"{cell}"' if "," in cell else cell


# --------------------------------------------------------------------------- OCR noise

OCR_SUBS = {
    "l": ("1", "I", "|"),
    "I": ("l", "1", "|"),
    "1": ("l", "I"),
    "O": ("0", "Q"),
    "o": ("0", "a"),
    "0": ("O", "o"),
    "S": ("5", "$"),
    "s": ("5",),
    "5": ("S",),
    "e": ("c", "o"),
    "a": ("o", "e"),
    "B": ("8",),
    "8": ("B",),
    "g": ("q", "9"),
    "t": ("f", "l"),
    "h": ("b", "n"),
    "n": ("m", "h"),
    "m": ("rn", "nn"),
    "c": ("e",),
    "i": ("l", "1", "j"),
    "u": ("v", "ii"),
    "r": ("n",),
    "☐": ("O", "口", "D", "[]", ""),
    "☑": ("M", "X", "[4]", "12"),
    "☒": ("X", "[X]", "区"),
    "✓": ("V", "v", "/"),
    ".": (",", ""),
    ",": (".",),
    ":": (";", "."),
}


def ocr_noise(r: Random, text: str, level: float, p_space: float | None = None) -> str:
    """TEXT as an OCR engine might read a scan or a photo of it (level 0..1).

    P_SPACE is the share of spaces lost (phone photos often lose most of them).
    """
    out: list[str] = []
    p_sub = 0.012 + 0.05 * level
    if p_space is None:
        p_space = 0.02 + 0.05 * level
    for ch in text:
        if ch in OCR_SUBS and r.random() < p_sub * (4 if ch in "☐☑☒✓" else 1):
            out.append(pick(r, OCR_SUBS[ch]))
        elif ch == " " and r.random() < p_space:
            out.append("" if r.random() < 0.85 else "  ")
        elif ch.isalpha() and r.random() < 0.003 * (1 + 3 * level):
            out.append(ch + " ")
        else:
            out.append(ch)
    lines = "".join(out).split("\n")
    kept: list[str] = []
    for line in lines:
        x = r.random()
        if x < 0.04 * level:
            continue
        if x < 0.04 * level + 0.02:
            line = line + " " + pick(r, ("|", "_", "~", ".", "'", "-", "=", "»"))
        kept.append(line)
    return "\n".join(kept)


def crop(r: Random, lines: list[str]) -> list[str]:
    """Part of a page, as a phone photo of it shows."""
    if len(lines) < 6:
        return lines
    n = len(lines)
    start = r.randrange(0, max(1, n // 3))
    end = r.randint(max(start + 4, n // 2), n)
    return lines[start:end]


def render(r: Random, draft: Draft, medium: str, noise: float = 0.0) -> str:
    """The text the extractor would produce from this draft as a file of type MEDIUM."""
    lines = render_lines(r, draft.blocks, medium)
    if medium == "xlsx" and r.random() < 0.7:
        sheet = pick(
            r, ("Sheet1", "Sheet 1", "Log", "Data", "2025", "Records", "Summary", "Input", "Calc")
        )
        lines[:0] = ["Sheet", f"Sheet: {sheet}"] if r.random() < 0.6 else [sheet]
    if medium == "csv" and r.random() < 0.4:
        lines = [f'"{line}"' for line in lines]
    if medium == "photo":
        lines = crop(r, lines)
    if medium in ("scan", "photo"):
        # an OCR engine gives one text box per line; long lines get split
        split: list[str] = []
        for line in lines:
            if len(line) > 60 and r.random() < 0.5:
                split.extend(textwrap.wrap(line, r.randint(25, 60)))
            else:
                split.append(line)
        lines = split
    text = "\n".join(line for line in lines if line is not None)
    if medium == "pdf" and r.random() < 0.15:
        text = text.replace("\n", " \n")
    if medium in ("scan", "photo"):
        level = noise + (0.5 if medium == "photo" else 0.2) * r.random()
        text = ocr_noise(r, text, level, r.choice((0.02, 0.05, 0.15, 0.4, 0.7)))
    elif noise > 0:
        text = ocr_noise(r, text, noise * 0.3)
    return text
