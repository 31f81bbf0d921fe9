#!/usr/bin/env python3
"""Render the hand-written validation documents (docs.jsonl) into real files.

usage: python bench/validation/build.py OUT_DIR [--flat] [--docs=DOCS.jsonl]

--docs renders another set written in the same format (bench/validation2).

Without --flat every document goes to OUT_DIR/<folder_hint>/<name> (or
OUT_DIR/<name> when the employer used no folder).  With --flat every document
goes to OUT_DIR/docNNNN.<ext>, so only the content can be used.
OUT_DIR/labels.csv gets columns path,label,kind,folder_hint (path relative to
OUT_DIR).  Output is deterministic: same input, same bytes.

Formats: txt/md/csv as text; docx (python-docx); xlsx (openpyxl, cells from
the CSV text); pptx (python-pptx, slides separated by a line '---'); png/jpg as
a phone photo of a paper page (Pillow, seeded rotation and noise); pdf as a
scanned page-image PDF for about a third of the PDFs, the rest as a text PDF
with fpdf2 when it is importable, else as a clean page-image PDF.
"""

import csv
import datetime
import hashlib
import io
import json
import os
import random
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs.jsonl")
FIXED_DT = datetime.datetime(2026, 1, 15, 9, 0, 0)
ZIP_DT = (2026, 1, 15, 9, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def load_docs(path=DOCS):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def seed_of(doc):
    return int(hashlib.sha256(doc["id"].encode()).hexdigest()[:12], 16)


# ---------------------------------------------------------------- zips
def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def set_core(props, author):
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.revision = 1


# ---------------------------------------------------------------- office
def write_docx(doc, path):
    import docx

    d = docx.Document()
    lines = doc["text"].rstrip("\n").split("\n")
    first = True
    for line in lines:
        p = d.add_paragraph()
        run = p.add_run(line)
        if first and line.strip():
            run.bold = True
            first = False
    set_core(d.core_properties, "Owner")
    d.core_properties.title = ""
    d.save(path)
    normalize_zip(path)


def cell_value(s):
    t = s.strip()
    try:
        if t and t.lstrip("-").isdigit() and not (len(t) > 1 and t.startswith("0")):
            return int(t)
        if t.count(".") == 1 and t.replace(".", "", 1).lstrip("-").isdigit():
            return float(t)
    except ValueError:
        pass
    return s


def write_xlsx(doc, path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    rows = list(csv.reader(io.StringIO(doc["text"])))
    widths = {}
    for r in rows:
        ws.append([cell_value(c) for c in r])
        for j, c in enumerate(r):
            widths[j] = max(widths.get(j, 0), len(c))
    for j, w in widths.items():
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = min(60, max(8, w + 2))
    wb.properties.creator = "Owner"
    wb.properties.lastModifiedBy = "Owner"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    # openpyxl stamps 'modified' with the current time on save: fix it.
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            import re

            data = re.sub(
                rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                rb"\g<1>2026-01-15T09:00:00Z\g<2>",
                data,
            )
            data = re.sub(
                rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                rb"\g<1>2026-01-15T09:00:00Z\g<2>",
                data,
            )
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in fixed:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_pptx(doc, path):
    from pptx import Presentation
    from pptx.util import Pt

    prs = Presentation()
    slides, cur = [], []
    for line in doc["text"].rstrip("\n").split("\n"):
        if line.strip() == "---":
            slides.append(cur)
            cur = []
        else:
            cur.append(line)
    slides.append(cur)
    for i, lines in enumerate(slides):
        lines = [line for line in lines if line.strip()]
        if not lines:
            continue
        if i == 0:
            s = prs.slides.add_slide(prs.slide_layouts[0])
            s.shapes.title.text = lines[0]
            if len(s.placeholders) > 1:
                s.placeholders[1].text = "\n".join(lines[1:])
            continue
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = lines[0]
        body = s.placeholders[1].text_frame
        body.clear()
        for k, line in enumerate(lines[1:]):
            para = body.paragraphs[0] if k == 0 else body.add_paragraph()
            bullet = line.lstrip().startswith(("-", "*", "•"))
            para.text = line.lstrip("-*• ").strip() if bullet else line
            for r in para.runs:
                r.font.size = Pt(22)
    set_core(prs.core_properties, "Owner")
    prs.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- images
def font(size, mono=False):
    from PIL import ImageFont

    name = "DejaVuSansMono.ttf" if mono else "DejaVuSans.ttf"
    p = os.path.join(FONT_DIR, name)
    if os.path.exists(p):
        return ImageFont.truetype(p, size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:
        return ImageFont.load_default()


def wrap_lines(text, fnt, max_w):
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = line.replace("\t", "    ")
        if not line:
            out.append("")
            continue
        if fnt.getlength(line) <= max_w:
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        width = max(20, int(len(line) * max_w / fnt.getlength(line)))
        parts = textwrap.wrap(line, width=width, subsequent_indent=" " * (indent + 2))
        out.extend(parts or [""])
    return out


def render_pages(
    text,
    width=1240,
    height=1754,
    size=28,
    margin=90,
    mono=False,
    bg=(250, 248, 240),
    fg=(25, 25, 30),
):
    """Render text to a list of RGB page images."""
    from PIL import Image, ImageDraw

    fnt = font(size, mono)
    lines = wrap_lines(text, fnt, width - 2 * margin)
    step = int(size * 1.45)
    per_page = max(1, (height - 2 * margin) // step)
    pages = []
    for start in range(0, max(1, len(lines)), per_page):
        img = Image.new("RGB", (width, height), bg)
        dr = ImageDraw.Draw(img)
        y = margin
        for line in lines[start : start + per_page]:
            dr.text((margin, y), line, font=fnt, fill=fg)
            y += step
        pages.append(img)
    return pages


def noisy(img, rng, amount=0.07):
    from PIL import Image

    w, h = img.size
    tw, th = max(1, w // 3), max(1, h // 3)
    noise = Image.frombytes("L", (tw, th), rng.randbytes(tw * th)).resize((w, h), Image.NEAREST)
    return Image.blend(img, Image.merge("RGB", (noise, noise, noise)), amount)


def photo_page(doc):
    """A phone photo of one paper page: off-white page, slight tilt, noise."""
    from PIL import Image

    rng = random.Random(seed_of(doc))
    text = doc["text"]
    n = len(text.rstrip("\n").split("\n"))
    height = max(1100, min(2400, 200 + n * 42))
    bg = (rng.randint(240, 250), rng.randint(236, 246), rng.randint(222, 236))
    page = render_pages(text, width=1240, height=height, size=28, margin=80, bg=bg)[0]
    page = noisy(page, rng, 0.06)
    angle = rng.choice([-1, 1]) * rng.uniform(1.0, 3.0)
    surface = (rng.randint(90, 140),) * 3
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=surface)
    return page


def scan_pages(doc):
    from PIL import Image

    rng = random.Random(seed_of(doc) + 1)
    pages = render_pages(doc["text"], size=26, margin=110, bg=(246, 246, 244))
    out = []
    for p in pages:
        p = noisy(p, rng, 0.05)
        p = p.rotate(
            rng.uniform(-0.9, 0.9),
            resample=Image.BICUBIC,
            expand=False,
            fillcolor=(246, 246, 244),
        )
        out.append(p.convert("L"))
    return out


def save_image_pdf(pages, path):
    pages[0].save(
        path,
        "PDF",
        resolution=150.0,
        save_all=True,
        append_images=pages[1:],
        title="",
        author="",
        creator="",
        producer="",
        creationDate=FIXED_DT.timetuple(),
        modDate=FIXED_DT.timetuple(),
    )


def have_fpdf():
    try:
        import fpdf

        return hasattr(fpdf, "FPDF")
    except Exception:
        return False


def write_text_pdf(doc, path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator("")
    pdf.set_producer("")
    pdf.set_auto_page_break(True, margin=18)
    reg = os.path.join(FONT_DIR, "DejaVuSans.ttf")
    if os.path.exists(reg):
        pdf.add_font("DejaVu", "", reg)
        pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        fam = "DejaVu"
    else:
        fam = "Helvetica"
    pdf.add_page()
    first = True
    for line in doc["text"].rstrip("\n").split("\n"):
        if fam == "Helvetica":
            line = line.encode("latin-1", "replace").decode("latin-1")
        if first and line.strip():
            pdf.set_font(fam, "B", 13)
            first = False
        else:
            pdf.set_font(fam, "", 10.5)
        if line.strip():
            pdf.multi_cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    pdf.output(path)


def is_scan(doc):
    """PDFs named or described as scans (about a third) have no text layer."""
    return bool(doc["name"].lower().startswith("scan") or "scan" in doc["style"].lower())


# ---------------------------------------------------------------- main
def render(doc, path):
    fmt = doc["format"]
    if fmt in ("txt", "md", "csv"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(doc["text"])
    elif fmt == "docx":
        write_docx(doc, path)
    elif fmt == "xlsx":
        write_xlsx(doc, path)
    elif fmt == "pptx":
        write_pptx(doc, path)
    elif fmt == "png":
        photo_page(doc).save(path, "PNG", optimize=False)
    elif fmt == "jpg":
        photo_page(doc).convert("RGB").save(path, "JPEG", quality=85)
    elif fmt == "pdf":
        if is_scan(doc):
            save_image_pdf(scan_pages(doc), path)
        elif have_fpdf():
            write_text_pdf(doc, path)
        else:
            rendered = render_pages(doc["text"], size=26, margin=110, bg=(255, 255, 255))
            pages = [p.convert("L") for p in rendered]
            save_image_pdf(pages, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def safe_part(s):
    s = s.replace("/", "-").replace("\\", "-").strip()
    return s if s not in ("", ".", "..") else "_"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = [a for a in argv if a.startswith("--")]
    docs_path = DOCS
    for flag in flags:
        if flag.startswith("--docs="):
            docs_path = flag.split("=", 1)[1]
    if len(args) != 1 or any(f != "--flat" and not f.startswith("--docs=") for f in flags):
        print("usage: build.py OUT_DIR [--flat] [--docs=DOCS.jsonl]", file=sys.stderr)
        return 2
    out = args[0]
    flat = "--flat" in flags
    os.makedirs(out, exist_ok=True)
    docs = load_docs(docs_path)
    used = set()
    rows = []
    for i, doc in enumerate(docs, 1):
        if flat:
            rel = f"doc{i:04d}.{doc['format']}"
        else:
            name = safe_part(doc["name"])
            rel = os.path.join(safe_part(doc["folder_hint"]), name) if doc["folder_hint"] else name
            base, ext = os.path.splitext(rel)
            k = 2
            while rel.lower() in used:
                rel = f"{base} ({k}){ext}"
                k += 1
        used.add(rel.lower())
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path) or out, exist_ok=True)
        render(doc, path)
        rows.append((rel.replace(os.sep, "/"), doc["label"], doc["kind"] or "", doc["folder_hint"]))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "label", "kind", "folder_hint"])
        w.writerows(rows)
    print(f"wrote {len(rows)} documents to {out}{' (flat)' if flat else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
