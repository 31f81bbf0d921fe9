"""Render the example inbox's committed text into the files employers really send.

The examples are kept as text in the repository (readable, diffable, no binaries);
a file's double suffix says what it becomes when ``make run`` seeds the mailbox:

=====================  ==================================================
``NAME.pdf.txt``       ``NAME.pdf``: a PDF with a text layer
``NAME.scan.pdf.txt``  ``NAME.pdf``: a scanned PDF (an image, no text layer)
``NAME.jpg.txt``       ``NAME.jpg``: a phone photo of the printed page
``NAME.docx.txt``      ``NAME.docx``: a Word document, one paragraph a line
``NAME.xlsx.txt``      ``NAME.xlsx``: a spreadsheet; columns split at 2+ spaces
anything else          copied as it is
=====================  ==================================================

The rendering is deterministic (no randomness, no clock): the same text makes
the same pages every time.
"""

from __future__ import annotations

import io
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SUFFIX = ".txt"
_COLUMNS = re.compile(r"\s{2,}")
PAGE_LINES = 48
WRAP = 92


def _wrap(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.splitlines():
        while len(line) > WRAP:
            cut = line.rfind(" ", 0, WRAP)
            cut = cut if cut > 20 else WRAP
            lines.append(line[:cut])
            line = line[cut:].lstrip()
        lines.append(line)
    return lines


def pdf_with_text(text: str) -> bytes:
    """A PDF whose pages carry TEXT as real text (Helvetica), written by hand."""

    def esc(value: str) -> str:
        value = value.encode("latin-1", "replace").decode("latin-1")
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    lines = _wrap(text) or [""]
    pages = [lines[i : i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
    objects: list[str] = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    font_ref = 3
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids: list[str] = []
    for page in pages:
        content = "BT /F1 10 Tf 60 740 Td 14 TL " + " ".join(f"({esc(x)}) '" for x in page) + " ET"
        stream = len(objects) + 1
        length = len(content.encode("latin-1"))
        objects.append(f"<< /Length {length} >>\nstream\n{content}\nendstream")
        kids.append(f"{len(objects) + 1} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {stream} 0 R "
            f"/Resources << /Font << /F1 {font_ref} 0 R >> >> >>"
        )
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _page_image(text: str, width: int, font_size: int, paper: str) -> Image.Image:
    """The printed page: TEXT in black on PAPER, wrapped, as tall as needed."""
    font = ImageFont.load_default(size=font_size)
    lines = _wrap(text)[:PAGE_LINES]
    step = int(font_size * 1.45)
    height = max(int(width * 1.294), 2 * font_size + step * (len(lines) + 2))
    page = Image.new("L" if paper == "white" else "RGB", (width, height), paper)
    draw = ImageDraw.Draw(page)
    y = 2 * font_size
    for line in lines:
        draw.text((int(font_size * 2.2), y), line, fill="black", font=font)
        y += step
    return page


def scanned_pdf(text: str) -> bytes:
    """A scan: the page as a grey image slightly askew, saved as an image-only PDF."""
    page = _page_image(text, 1275, 22, "white")
    page = page.rotate(0.7, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    # the scanner's grey cast, lighter at the top
    shade = Image.linear_gradient("L").resize(page.size).point(lambda v: 235 - v // 12)
    page = Image.composite(page, shade, page.point(lambda v: 255 - v))
    out = io.BytesIO()
    fixed = time.gmtime(1767225600)  # 2026-01-01: no clock in the file, the same bytes every time
    page.save(out, format="PDF", resolution=150.0, creationDate=fixed, modDate=fixed)
    return out.getvalue()


def phone_photo(text: str) -> bytes:
    """A phone photo of the printed page: turned a little, on a desk, uneven light."""
    page = _page_image(text, 1100, 26, "#f7f5ef").convert("RGB")
    page = page.rotate(-2.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#6b5a48")
    desk = Image.new("RGB", (page.width + 160, page.height + 160), "#6b5a48")
    desk.paste(page, (80, 80))
    # light falling off away from the lamp (top left)
    width, height = desk.size
    glow = Image.radial_gradient("L").resize((width * 2, height * 2))
    light = glow.crop((width, height, width * 2, height * 2)).point(lambda v: 255 - v // 4)
    dark = Image.new("RGB", desk.size, "black")
    photo = Image.composite(desk, dark, light).filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    photo.save(out, format="JPEG", quality=82)
    return out.getvalue()


def word_document(text: str) -> bytes:
    """A .docx with one paragraph a line (the first line as the title)."""
    import docx

    document = docx.Document()
    document.core_properties.author = "SECOR example"
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if index == 0 and line.strip():
            document.add_heading(line.strip(), level=1)
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def spreadsheet(text: str) -> bytes:
    """A .xlsx: one row a line, cells split where the text has two or more spaces."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Log"
    for line in text.splitlines():
        sheet.append([cell for cell in _COLUMNS.split(line.strip())] if line.strip() else [])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# the double suffix -> (the suffix of the file made, how it is made)
RENDERERS: dict[str, tuple[str, Callable[[str], bytes]]] = {
    ".scan.pdf.txt": (".pdf", scanned_pdf),
    ".pdf.txt": (".pdf", pdf_with_text),
    ".jpg.txt": (".jpg", phone_photo),
    ".docx.txt": (".docx", word_document),
    ".xlsx.txt": (".xlsx", spreadsheet),
}


def rendered_name(name: str) -> tuple[str, Callable[[str], bytes] | None]:
    """The file name a committed example file becomes, and its renderer (None: a copy)."""
    lower = name.lower()
    for suffix, (made, renderer) in RENDERERS.items():
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)] + made, renderer
    return name, None


def render_file(source: Path, target_dir: Path) -> Path:
    """SOURCE rendered (or copied) into TARGET_DIR; returns the file made."""
    name, renderer = rendered_name(source.name)
    target = target_dir / name
    target_dir.mkdir(parents=True, exist_ok=True)
    if renderer is None:
        shutil.copyfile(source, target)
    else:
        target.write_bytes(renderer(source.read_text("utf-8")))
    return target


def render_tree(source: Path, target: Path) -> Path:
    """SOURCE (a file or a folder) rendered into TARGET, keeping folder names."""
    if source.is_file():
        return render_file(source, target)
    made = target / source.name
    for path in sorted(source.rglob("*")):
        if path.is_file():
            render_file(path, made / path.parent.relative_to(source))
    made.mkdir(parents=True, exist_ok=True)
    return made
