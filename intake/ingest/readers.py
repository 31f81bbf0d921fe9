"""Text readers for each file family; they run inside the bounded extraction worker."""

from __future__ import annotations

import contextlib
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from intake.ingest.ocr import OcrUnavailable
from intake.ingest.sniff import Kind, sniff
from intake.problems import ProblemCode

_MIN_PAGE_CHARS = 20  # fewer letters/digits than this on a PDF page: treat it as scanned
_XML_SCAN_CHUNK = 1024 * 1024
_TEXT_BYTES_PER_CHAR = 4
_NO_OCR = (
    "is a photo or scan, and text recognition is not available on this server; "
    "a person will read it"
)


@dataclass(frozen=True)
class ReadOptions:
    """The bounds one extraction runs under (a plain record so it crosses processes)."""

    max_chars: int = 200_000
    ocr: bool = True
    max_pdf_pages: int = 300
    ocr_max_pages: int = 5
    ocr_max_side: int = 1600
    max_image_pixels: int = 50_000_000
    max_part_bytes: int = 512 * 1024**2
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 1024**2

    def to_dict(self) -> dict[str, Any]:
        """The options as a JSON-ready dict."""
        return asdict(self)


@dataclass
class ReadResult:
    """What a reader got from one file."""

    text: str = ""
    ocr: bool = False
    code: ProblemCode | None = None
    message: str = ""


# File name endings that promise a binary format: such a file that holds plain text or
# unknown bytes is damaged or cut short, not a text file (a 1-byte "report.pdf").
_CLAIMED = {
    ".pdf": "PDF",
    ".docx": "Word document",
    ".doc": "Word document",
    ".xlsx": "spreadsheet",
    ".xls": "spreadsheet",
    ".pptx": "presentation",
    ".jpg": "photo",
    ".jpeg": "photo",
    ".png": "picture",
    ".heic": "photo",
}


class Unreadable(Exception):
    """The file cannot be read; the message says why, for a person."""


class _Collector:
    """Accumulates text up to a character cap and says when to stop."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.parts: list[str] = []
        self.size = 0

    @property
    def full(self) -> bool:
        return self.size >= self.cap

    def add(self, text: str) -> bool:
        """Append TEXT (and a newline); False once the cap is reached."""
        if self.full:
            return False
        text = text.strip("\x00")
        if text:
            self.parts.append(text)
            self.size += len(text) + 1
        return not self.full

    def text(self) -> str:
        return "\n".join(self.parts)[: self.cap]


def read_file(path: Path, opts: ReadOptions, name: str | None = None) -> ReadResult:
    """Read the text of the file at PATH under OPTS; never raises for a bad file."""
    warnings.simplefilter("ignore")
    try:
        kind, _media = sniff(path, name)
        empty = path.stat().st_size == 0
    except OSError as exc:
        return ReadResult(code=ProblemCode.UNREADABLE_FILE, message=f"cannot be opened ({exc})")
    if empty:
        return ReadResult(
            code=ProblemCode.UNREADABLE_FILE,
            message="is empty (0 bytes): it may not have been saved or attached properly; "
            "please send it again",
        )
    claimed = _CLAIMED.get(Path(name or path.name).suffix.lower())
    if claimed is not None and kind in (Kind.TEXT, Kind.UNKNOWN):
        return ReadResult(
            code=ProblemCode.UNREADABLE_FILE,
            message=f"is named as a {claimed} but is not one inside (it may be damaged or "
            "cut short); please send it again",
        )
    reader = _READERS.get(kind)
    if reader is None:
        if kind is Kind.PROTECTED:
            return ReadResult(
                code=ProblemCode.UNREADABLE_FILE,
                message="is password-protected; please send it without a password",
            )
        return ReadResult(
            code=ProblemCode.UNSUPPORTED_TYPE,
            message="is a file type we cannot read; please send it as PDF, Word or Excel",
        )
    try:
        result = reader(path, opts)
    except Unreadable as exc:
        return ReadResult(code=ProblemCode.UNREADABLE_FILE, message=str(exc))
    except OcrUnavailable:
        return ReadResult(code=ProblemCode.OCR_UNAVAILABLE, message=_NO_OCR)
    except MemoryError:
        raise
    except Exception as exc:  # a damaged file makes libraries raise anything
        return ReadResult(
            code=ProblemCode.UNREADABLE_FILE,
            message=f"could not be read; it may be damaged ({type(exc).__name__})",
        )
    result.text = _tidy(result.text)[: opts.max_chars]
    if not result.text.strip() and result.code is None:
        result.code = ProblemCode.UNREADABLE_FILE
        result.message = (
            "has no readable text (a blank page, or a photo without writing)"
            if opts.ocr
            else "has no text layer and text recognition is switched off"
        )
    return result


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


# PDF -------------------------------------------------------------------------


def read_pdf(path: Path, opts: ReadOptions) -> ReadResult:
    """Text layer of each page; pages without one are rendered and recognised (bounded)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Unreadable("is password-protected; please send it without a password") from None
        raise Unreadable("is not a readable PDF; it may be damaged") from None
    out = _Collector(opts.max_chars)
    used_ocr = False
    ocr_pages = 0
    missing: OcrUnavailable | None = None
    try:
        for index in range(min(len(pdf), opts.max_pdf_pages)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_bounded()
                finally:
                    textpage.close()
                if (
                    _letters(text) < _MIN_PAGE_CHARS
                    and opts.ocr
                    and ocr_pages < opts.ocr_max_pages
                    and missing is None
                ):
                    ocr_pages += 1
                    try:
                        recognised = _ocr_pdf_page(page, opts)
                    except OcrUnavailable as exc:  # keep the text layer of the other pages
                        missing, recognised = exc, ""
                    if _letters(recognised) > _letters(text):
                        text = recognised
                        used_ocr = True
            finally:
                page.close()
            if not out.add(text):
                break
    finally:
        pdf.close()
    if missing is not None and not out.text().strip():
        raise missing
    return ReadResult(text=out.text(), ocr=used_ocr)


def _ocr_pdf_page(page: Any, opts: ReadOptions) -> str:
    from intake.ingest.ocr import ocr_image

    photo = _scanned_jpeg(page, opts.max_image_pixels)
    if photo is not None:  # decoded grey and reduced, not rendered at full colour
        return _ocr_frame(photo, opts)
    width, height = page.get_size()
    longest = max(width, height, 1.0)
    scale = min(opts.ocr_max_side / longest, 4.0)
    bitmap = page.render(scale=scale, may_draw_forms=True, grayscale=True)
    try:
        image = bitmap.to_pil()
    finally:
        bitmap.close()
    return ocr_image(image, opts.ocr_max_side)


def _scanned_jpeg(page: Any, max_pixels: int) -> Any:
    """The page's photo when the page is one upright JPEG and nothing else, opened lazily.

    A phone scan saved as PDF is one JPEG of the whole page. pdfium renders it by decoding
    the photo at full size in colour (50 MB for a 7-megapixel page, issue 15); Pillow can
    decode the same JPEG grey and at a reduced scale. Anything else is rendered.
    """
    import pypdfium2 as pdfium
    from PIL import Image

    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
        return None
    image = objects[0]
    matrix = image.get_matrix()
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None  # turned or mirrored: pdfium draws it the right way round
    width, height = image.get_px_size()
    if image.get_filters() != ["DCTDecode"] or width * height > max_pixels:
        return None
    if image.get_metadata().colorspace not in (
        pdfium.raw.FPDF_COLORSPACE_DEVICEGRAY,
        pdfium.raw.FPDF_COLORSPACE_DEVICERGB,
    ):
        return None
    photo = Image.open(io.BytesIO(bytes(image.get_data(decode_simple=False))))
    if photo.format != "JPEG":
        return None
    return photo


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


# Images ----------------------------------------------------------------------


def read_image(path: Path, opts: ReadOptions) -> ReadResult:
    """Recognise the text of a photo or scan, checking its dimensions before decoding."""
    from PIL import Image, UnidentifiedImageError

    if not opts.ocr:
        return ReadResult()
    Image.MAX_IMAGE_PIXELS = opts.max_image_pixels
    out = _Collector(opts.max_chars)
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > opts.max_image_pixels or max(width, height) > 65_000:
                raise Unreadable(
                    f"is an image too large to read ({width} x {height} pixels); "
                    "please send a smaller photo or a PDF"
                )
            frames = min(getattr(image, "n_frames", 1), opts.ocr_max_pages)
            for frame in range(frames):
                if frame:
                    image.seek(frame)
                out.add(_ocr_frame(image, opts))
    except Image.DecompressionBombError:
        raise Unreadable("is an image too large to read; please send a smaller photo") from None
    except (UnidentifiedImageError, SyntaxError) as exc:
        raise Unreadable(f"is not a readable image ({exc})") from None
    return ReadResult(text=out.text(), ocr=True)


def _ocr_frame(image: Any, opts: ReadOptions) -> str:
    from PIL import Image, ImageOps

    from intake.ingest.ocr import ocr_image

    side = opts.ocr_max_side
    if image.format == "JPEG":  # decode grey, and at a half or a quarter size when that is enough
        width, height = image.size
        longest = max(width, height, 1)
        image.draft("L", (width * side // longest, height * side // longest))
    frame = ImageOps.exif_transpose(image)
    frame = frame.convert("L")
    frame.thumbnail((side, side), Image.Resampling.BILINEAR)
    return ocr_image(frame, side)


def read_heic(path: Path, opts: ReadOptions) -> ReadResult:
    """HEIC/HEIF phone photos, through the pillow-heif opener."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    return read_image(path, opts)


# Office Open XML and OpenDocument ---------------------------------------------


def guard_office_zip(path: Path, opts: ReadOptions) -> None:
    """Refuse an Office/OpenDocument zip with bomb-sized parts or XML entity declarations."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > 10_000:
                raise Unreadable("has too many parts to be a normal document")
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise Unreadable("is password-protected; please send it without a password")
                total += info.file_size
                if info.file_size > opts.max_part_bytes or total > opts.max_part_bytes * 2:
                    raise Unreadable("is too large once unpacked to be read safely")
                if (
                    info.file_size > opts.ratio_floor_bytes
                    and info.file_size > opts.max_ratio * max(info.compress_size, 1)
                ):
                    raise Unreadable("is compressed suspiciously well (a possible zip bomb)")
                if info.filename.lower().endswith((".xml", ".rels")) and _has_dtd(zf, info, opts):
                    raise Unreadable(
                        "contains XML entity declarations, which Office never writes; refused"
                    )
    except zipfile.BadZipFile:
        raise Unreadable("is damaged (not a valid Office file)") from None


def _has_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo, opts: ReadOptions) -> bool:
    """Whether an XML part declares a DTD or entities (read streaming, counted)."""
    tail = b""
    seen = 0
    with zf.open(info) as fh:
        while chunk := fh.read(_XML_SCAN_CHUNK):
            seen += len(chunk)
            if seen > opts.max_part_bytes:
                raise Unreadable("is too large once unpacked to be read safely")
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            tail = chunk[-16:]
    return False


def read_docx(path: Path, opts: ReadOptions) -> ReadResult:
    """Paragraphs, tables and text boxes in document order, then headers and footers."""
    from lxml import etree

    from intake.ingest.word_text import word_text

    guard_office_zip(path, opts)
    out = _Collector(opts.max_chars)
    try:
        word_text(path, out.add)
    except (KeyError, etree.XMLSyntaxError):
        raise Unreadable("is damaged (not a valid Word document)") from None
    return ReadResult(text=out.text())


def read_xlsx(path: Path, opts: ReadOptions) -> ReadResult:
    """Every sheet's cell values, row by row (read-only, values not formulas)."""
    import openpyxl

    guard_office_zip(path, opts)
    workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        out = _Collector(opts.max_chars)
        for sheet in workbook.worksheets:
            out.add(f"{sheet.title}")
            if not _rows_into(out, sheet.iter_rows(values_only=True)):
                break
    finally:
        workbook.close()
    return ReadResult(text=out.text())


def _rows_into(out: _Collector, rows: Iterable[Iterable[Any]], max_blank: int = 5000) -> bool:
    blank = 0
    for row in rows:
        cells = [_cell(v) for v in row]
        line = "\t".join(c for c in cells if c)
        if not line:
            blank += 1
            if blank > max_blank:  # a sheet formatted to a million empty rows
                return True
            continue
        blank = 0
        if not out.add(line):
            return False
    return True


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xls(path: Path, opts: ReadOptions) -> ReadResult:
    """Legacy Excel workbooks through xlrd."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except xlrd.XLRDError as exc:
        raise Unreadable(f"is not a readable Excel file ({exc})") from None
    out = _Collector(opts.max_chars)
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            out.add(sheet.name)
            rows = (sheet.row_values(r) for r in range(sheet.nrows))
            if not _rows_into(out, rows):
                break
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return ReadResult(text=out.text())


def read_pptx(path: Path, opts: ReadOptions) -> ReadResult:
    """Slide text frames, tables and notes."""
    from pptx import Presentation

    guard_office_zip(path, opts)
    deck = Presentation(str(path))
    out = _Collector(opts.max_chars)
    for slide in deck.slides:
        for text in _shape_texts(slide.shapes):
            if not out.add(text):
                return ReadResult(text=out.text())
        if slide.has_notes_slide:
            out.add(slide.notes_slide.notes_text_frame.text)
    return ReadResult(text=out.text())


def _shape_texts(shapes: Iterable[Any]) -> Iterator[str]:
    for shape in shapes:
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            yield shape.text_frame.text
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                yield "\t".join(cell.text for cell in row.cells)
        if hasattr(shape, "shapes"):
            yield from _shape_texts(shape.shapes)


def read_odf(path: Path, opts: ReadOptions) -> ReadResult:
    """OpenDocument text, spreadsheets and presentations (odfpy)."""
    from odf import teletype, text
    from odf.opendocument import load

    guard_office_zip(path, opts)
    document = load(str(path))
    out = _Collector(opts.max_chars)
    for element in document.body.getElementsByType(text.P) + document.body.getElementsByType(
        text.H
    ):
        if not out.add(teletype.extractText(element)):
            break
    return ReadResult(text=out.text())


# Legacy binary Office ----------------------------------------------------------

_UTF16_RUN = re.compile(rb"(?:[\x20-\x7e\xa0-\xff]\x00|[\t\r\n]\x00){5,}")
_ANSI_RUN = re.compile(rb"[\x20-\x7e\x91-\x94\x96\x97\xa0-\xff\t\r\n]{6,}")


def read_ole_strings(path: Path, opts: ReadOptions, stream: str) -> ReadResult:
    """Readable runs of text from a legacy Office stream (Word 97, PowerPoint 97)."""
    import olefile  # type: ignore[import-untyped]

    with olefile.OleFileIO(str(path)) as ole:
        if not ole.exists(stream):
            raise Unreadable("is not a readable Office file")
        size = ole.get_size(stream)
        if size > opts.max_part_bytes:
            raise Unreadable("is too large to be read safely")
        data = ole.openstream(stream).read()
    out = _Collector(opts.max_chars)
    runs = [m.group().decode("utf-16-le", "replace") for m in _UTF16_RUN.finditer(data)]
    if sum(len(r) for r in runs) < 200:
        runs += [m.group().decode("cp1252", "replace") for m in _ANSI_RUN.finditer(data)]
    for run in runs:
        if _letters(run) >= 3 and not out.add(run):
            break
    return ReadResult(text=out.text())


def read_doc(path: Path, opts: ReadOptions) -> ReadResult:
    """Word 97-2003 documents (strings of the WordDocument stream)."""
    return read_ole_strings(path, opts, "WordDocument")


def read_ppt(path: Path, opts: ReadOptions) -> ReadResult:
    """PowerPoint 97-2003 decks (strings of the document stream)."""
    return read_ole_strings(path, opts, "PowerPoint Document")


# Plain text, CSV, RTF, HTML -------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding (BOMs, UTF-8, then charset detection)."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 2 * 1024 * 1024]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, "replace")
    return data.decode("cp1252", "replace")


def _head(path: Path, opts: ReadOptions) -> bytes:
    with path.open("rb") as fh:
        return fh.read(opts.max_chars * _TEXT_BYTES_PER_CHAR)


def read_text(path: Path, opts: ReadOptions) -> ReadResult:
    """Plain text and CSV in whatever encoding the employer's computer used."""
    return ReadResult(text=decode_text(_head(path, opts)))


def read_rtf(path: Path, opts: ReadOptions) -> ReadResult:
    """Rich Text Format (striprtf)."""
    from striprtf.striprtf import rtf_to_text

    with path.open("rb") as fh:
        data = fh.read(min(opts.max_part_bytes, 32 * 1024 * 1024))
    text = rtf_to_text(data.decode("cp1252", "replace"), errors="ignore")  # type: ignore[no-untyped-call]
    return ReadResult(text=str(text))


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table"):
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1
        elif tag in ("p", "div", "tr", "li", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, with line breaks where blocks end."""
    parser = _HTMLText()
    with contextlib.suppress(Exception):
        parser.feed(html)
        parser.close()
    return _tidy("".join(parser.parts))


def read_html(path: Path, opts: ReadOptions) -> ReadResult:
    """Saved web pages and HTML exports."""
    return ReadResult(text=html_to_text(decode_text(_head(path, opts))))


_READERS: dict[Kind, Callable[[Path, ReadOptions], ReadResult]] = {
    Kind.PDF: read_pdf,
    Kind.IMAGE: read_image,
    Kind.HEIC: read_heic,
    Kind.DOCX: read_docx,
    Kind.XLSX: read_xlsx,
    Kind.PPTX: read_pptx,
    Kind.ODF: read_odf,
    Kind.DOC: read_doc,
    Kind.XLS: read_xls,
    Kind.PPT: read_ppt,
    Kind.RTF: read_rtf,
    Kind.CSV: read_text,
    Kind.TEXT: read_text,
    Kind.EML: read_text,
    Kind.HTML: read_html,
}
