"""What a file is: decided from its first bytes, its name only where bytes cannot tell."""

from __future__ import annotations

import re
import zipfile
from enum import StrEnum
from pathlib import Path

import zipfile_deflate64  # noqa: F401  (registers Deflate64 with zipfile)


class Kind(StrEnum):
    """The families of files the receive stage knows how to open."""

    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"
    PPTX = "pptx"
    ODF = "odf"
    DOC = "doc"
    XLS = "xls"
    PPT = "ppt"
    MSG = "msg"
    RTF = "rtf"
    CSV = "csv"
    TEXT = "text"
    HTML = "html"
    IMAGE = "image"
    HEIC = "heic"
    EML = "eml"
    ZIP = "zip"
    SEVEN_Z = "7z"
    TAR = "tar"
    GZIP = "gzip"
    BZIP2 = "bzip2"
    XZ = "xz"
    RAR = "rar"
    PROTECTED = "protected"
    UNKNOWN = "unknown"


ARCHIVES = frozenset({Kind.ZIP, Kind.SEVEN_Z, Kind.TAR, Kind.GZIP, Kind.BZIP2, Kind.XZ, Kind.RAR})
EMAILS = frozenset({Kind.EML, Kind.MSG})

MEDIA_TYPES: dict[Kind, str] = {
    Kind.PDF: "application/pdf",
    Kind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    Kind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    Kind.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    Kind.ODF: "application/vnd.oasis.opendocument.text",
    Kind.DOC: "application/msword",
    Kind.XLS: "application/vnd.ms-excel",
    Kind.PPT: "application/vnd.ms-powerpoint",
    Kind.MSG: "application/vnd.ms-outlook",
    Kind.RTF: "application/rtf",
    Kind.CSV: "text/csv",
    Kind.TEXT: "text/plain",
    Kind.HTML: "text/html",
    Kind.IMAGE: "image/*",
    Kind.HEIC: "image/heic",
    Kind.EML: "message/rfc822",
    Kind.ZIP: "application/zip",
    Kind.SEVEN_Z: "application/x-7z-compressed",
    Kind.TAR: "application/x-tar",
    Kind.GZIP: "application/gzip",
    Kind.BZIP2: "application/x-bzip2",
    Kind.XZ: "application/x-xz",
    Kind.RAR: "application/vnd.rar",
    Kind.PROTECTED: "application/x-ole-storage",
    Kind.UNKNOWN: "application/octet-stream",
}

_IMAGE_TYPES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
    b"BM": "image/bmp",
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"}
_ODF_TYPES = {
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
}
_BY_SUFFIX = {
    ".csv": Kind.CSV,
    ".tsv": Kind.CSV,
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".md": Kind.TEXT,
    ".log": Kind.TEXT,
    ".htm": Kind.HTML,
    ".html": Kind.HTML,
    ".eml": Kind.EML,
    ".tar": Kind.TAR,
}
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:[ \t]?.*$")
_EMAIL_SURE = (b"received:", b"message-id:", b"mime-version:", b"return-path:", b"delivered-to:")
_NOT_EMAIL_SUFFIXES = {".txt", ".text", ".csv", ".tsv", ".md", ".log", ".htm", ".html"}


def sniff(path: Path, name: str | None = None) -> tuple[Kind, str]:
    """The kind and media type of the file at PATH (NAME is its original name)."""
    suffix = Path(name or path.name).suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(4096)
    kind, media = _from_bytes(path, head, suffix)
    return kind, media


def _from_bytes(path: Path, head: bytes, suffix: str) -> tuple[Kind, str]:
    if head.startswith(b"%PDF"):
        return Kind.PDF, MEDIA_TYPES[Kind.PDF]
    for magic, media in _IMAGE_TYPES.items():
        if head.startswith(magic):
            return Kind.IMAGE, media
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Kind.IMAGE, "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return Kind.HEIC, MEDIA_TYPES[Kind.HEIC]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_family(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_family(path, suffix)
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return Kind.SEVEN_Z, MEDIA_TYPES[Kind.SEVEN_Z]
    if head.startswith(b"Rar!\x1a\x07"):
        return Kind.RAR, MEDIA_TYPES[Kind.RAR]
    if head.startswith(b"\x1f\x8b"):
        return Kind.GZIP, MEDIA_TYPES[Kind.GZIP]
    if head.startswith(b"BZh"):
        return Kind.BZIP2, MEDIA_TYPES[Kind.BZIP2]
    if head.startswith(b"\xfd7zXZ\x00"):
        return Kind.XZ, MEDIA_TYPES[Kind.XZ]
    if len(head) >= 262 and head[257:262] == b"ustar":
        return Kind.TAR, MEDIA_TYPES[Kind.TAR]
    if b"%PDF-" in head[:1024]:  # a PDF with a few junk bytes in front (readers accept it)
        return Kind.PDF, MEDIA_TYPES[Kind.PDF]
    if head.lstrip().startswith(b"{\\rtf"):
        return Kind.RTF, MEDIA_TYPES[Kind.RTF]
    if suffix == ".tar":
        return Kind.TAR, MEDIA_TYPES[Kind.TAR]
    if _looks_textual(head):
        kind = _BY_SUFFIX.get(suffix)
        if kind is None and suffix not in _NOT_EMAIL_SUFFIXES and _looks_like_email(head):
            kind = Kind.EML
        if kind is None and head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            kind = Kind.HTML
        if kind is None:
            kind = Kind.TEXT
        return kind, MEDIA_TYPES[kind]
    return Kind.UNKNOWN, MEDIA_TYPES[Kind.UNKNOWN]


def _looks_textual(head: bytes) -> bool:
    if not head:
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control <= len(head) // 100


def _looks_like_email(head: bytes) -> bool:
    """A saved message without its .eml name: several header lines, one only mail has."""
    lines = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")[:40]
    headers = [ln.lower() for ln in lines if _HEADER_LINE.match(ln)]
    continued = [ln for ln in lines if ln[:1] in (b" ", b"\t")]
    return (
        len(headers) >= 3
        and len(headers) + len(continued) >= len(lines) - 1
        and any(h.startswith(_EMAIL_SURE) for h in headers)
    )


def _zip_family(path: Path) -> tuple[Kind, str]:
    """Tell an Office/OpenDocument file from a plain zip archive."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist()[:5000])
            if "[Content_Types].xml" in names:
                if any(n.startswith("word/") for n in names):
                    return Kind.DOCX, MEDIA_TYPES[Kind.DOCX]
                if any(n.startswith("xl/") for n in names):
                    return Kind.XLSX, MEDIA_TYPES[Kind.XLSX]
                if any(n.startswith("ppt/") for n in names):
                    return Kind.PPTX, MEDIA_TYPES[Kind.PPTX]
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200 and info.compress_type == zipfile.ZIP_STORED:
                    media = zf.read("mimetype").decode("ascii", "replace").strip()
                    if media in _ODF_TYPES:
                        return Kind.ODF, media
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, KeyError):
        pass
    return Kind.ZIP, MEDIA_TYPES[Kind.ZIP]


def _ole_family(path: Path, suffix: str) -> tuple[Kind, str]:
    """Tell Word, Excel, PowerPoint and Outlook files apart inside an OLE container."""
    import olefile  # type: ignore[import-untyped]

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True)}
    except (OSError, ValueError, IndexError, TypeError):
        by_suffix = {".doc": Kind.DOC, ".xls": Kind.XLS, ".ppt": Kind.PPT, ".msg": Kind.MSG}
        kind = by_suffix.get(suffix, Kind.UNKNOWN)
        return kind, MEDIA_TYPES[kind]
    if "worddocument" in streams:
        kind = Kind.DOC
    elif "workbook" in streams or "book" in streams:
        kind = Kind.XLS
    elif "powerpoint document" in streams:
        kind = Kind.PPT
    elif any(s.startswith("__substg1.0_") for s in streams):
        kind = Kind.MSG
    elif "encryptedpackage" in streams:
        # a password-protected Office file: OOXML wrapped in an encrypted OLE container
        kind = Kind.PROTECTED
    else:
        kind = Kind.UNKNOWN
    return kind, MEDIA_TYPES[kind]


def image_media_type(head: bytes) -> str | None:
    """The image media type for these first bytes, if they are an image we read."""
    for magic, media in _IMAGE_TYPES.items():
        if head.startswith(magic):
            return media
    return None
