"""Unpacking zip, 7z, tar and rar archives member by member, streamed and counted.

Each ``unpack_*`` function pushes members into a ``Sink``; member names never become
paths on disk (the sink stores each member under a fresh numbered folder), so a
hostile name can only be reported, never followed.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Protocol, cast

import zipfile_deflate64  # noqa: F401  (registers Deflate64 with zipfile)

from intake.ingest.limits import LimitHit, Scope
from intake.ingest.names import unsafe_reason
from intake.ingest.workspace import CHUNK, FileWriter
from intake.problems import ProblemCode

_ZIP_AES = 99
_ECD_ENTRIES_TOTAL = 4  # positions in zipfile's end-record list
_ECD_SIZE = 5
_MAX_CD_BYTES_PER_ENTRY = 1024


class ArchiveProblem(Exception):
    """The archive as a whole cannot be unpacked (encrypted, damaged, unsupported)."""

    def __init__(self, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Sink(Protocol):
    """Where an archive's members go."""

    scope: Scope

    def open_member(self, name: str, compressed: int | None) -> FileWriter | None:
        """A writer for member NAME, or None when it is skipped (junk or unsafe, recorded)."""

    def finish_member(self, writer: FileWriter, name: str) -> None:
        """The member was written completely."""

    def unsafe(self, name: str, reason: str) -> None:
        """Member NAME is skipped because it could escape the work folder."""

    def encrypted(self, name: str) -> None:
        """Member NAME is skipped because it needs a password."""


def _copy(source: IO[bytes], sink: Sink, name: str, compressed: int | None) -> None:
    writer = sink.open_member(name, compressed)
    if writer is None:
        return
    try:
        while chunk := source.read(CHUNK):
            writer.write(chunk)
    except BaseException:
        writer.abort()
        raise
    sink.finish_member(writer, name)


# zip ---------------------------------------------------------------------------


def zip_directory_size(path: Path) -> tuple[int, int]:
    """Entry count and central-directory size, read before zipfile loads every entry.

    Uses zipfile's own end-record reader so the numbers checked are exactly the ones
    zipfile will act on (zip64 records included).
    """
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:  # a future zipfile: the count is checked after loading instead
        return 0, 0
    with path.open("rb") as fh:
        record = end_record(fh)
    if record is None:
        raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, "is damaged (no zip directory)")
    entries, cd_size = record[_ECD_ENTRIES_TOTAL], record[_ECD_SIZE]
    return int(entries), int(cd_size)


def _zip_name(info: zipfile.ZipInfo) -> str:
    """The member name, reading unflagged UTF-8 names the way the employer's computer wrote them."""
    name = info.filename
    if info.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    if raw.isascii():
        return name
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return name


def unpack_zip(path: Path, sink: Sink) -> None:
    """Unpack a zip (Deflate, Deflate64, bzip2, LZMA), checking the directory first."""
    entries, cd_size = zip_directory_size(path)
    limit = sink.scope.limits.max_entries
    if entries > limit or cd_size > limit * _MAX_CD_BYTES_PER_ENTRY:
        raise LimitHit(sink.scope, f"has {entries} entries (the limit is {limit})")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            files = [i for i in infos if not i.is_dir()]
            sink.scope.declared(
                len(infos),
                sum(i.file_size for i in files),
                max((i.file_size for i in files), default=0),
            )
            for info in infos:
                sink.scope.entry()
                if info.is_dir():
                    continue
                name = _zip_name(info)
                mode = info.external_attr >> 16
                if info.create_system == 3 and stat.S_IFMT(mode) and not stat.S_ISREG(mode):
                    kind = "a link" if stat.S_ISLNK(mode) else "a device or special file"
                    sink.unsafe(name, f"is {kind}, not a file")
                    continue
                if info.flag_bits & 0x1 or info.compress_type == _ZIP_AES:
                    sink.encrypted(name)
                    continue
                with archive.open(info) as source:
                    _copy(source, sink, name, info.compress_size)
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error) as exc:
        raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, f"is damaged ({exc})") from None
    except NotImplementedError as exc:
        raise ArchiveProblem(
            ProblemCode.UNSUPPORTED_TYPE, f"uses a compression method we cannot unpack ({exc})"
        ) from None


# tar -----------------------------------------------------------------------------


# Python before 3.11.10 / 3.12.6 parses pax headers in quadratic time (CVE-2024-6232) and
# reads a GNU long name whole into memory: every header is checked here before tarfile
# sees it (SECURITY.md, "Python").
TAR_BLOCK = 512
MAX_TAR_META_BYTES = 64 * 1024  # one pax or GNU long-name header
MAX_TAR_NAME_BYTES = 8 * 1024  # a GNU long name or link name
_PAX_TYPES = (b"x", b"g", b"X")
_GNU_NAME_TYPES = (b"L", b"K")
_DIGIT_RUN = re.compile(rb"\d{33}")
_PAX_RECORD_LENGTH = re.compile(rb"([0-9]{1,20}) ")


def _tar_number(field: bytes) -> int | None:
    """A numeric header field: octal, or base-256 when the first bit is set; None if neither."""
    if field[:1] in (b"\x80", b"\xff"):
        value = int.from_bytes(field[1:], "big")
        return -value if field[:1] == b"\xff" else value
    text = field.split(b"\0", 1)[0].strip(b" ")
    if not text:
        return 0
    try:
        return int(text, 8)
    except ValueError:
        return None


def _header_ok(block: bytes) -> bool:
    stored = _tar_number(block[148:156])
    unsigned = sum(block[:148]) + 8 * 32 + sum(block[156:])
    signed = sum(struct.unpack("148b8x356b", block)) + 8 * 32
    return stored is not None and stored in (unsigned, signed)


def _pax_ok(data: bytes) -> bool:
    """Records of ``LEN key=value\\n`` end to end, short lengths, no long digit runs."""
    if _DIGIT_RUN.search(data):
        return False
    pos = 0
    while pos < len(data) and data[pos : pos + 1] != b"\0":
        match = _PAX_RECORD_LENGTH.match(data, pos)
        if match is None:
            return False
        length = int(match.group(1))
        end = pos + length
        if length <= len(match.group(0)) or end > len(data) or data[end - 1 : end] != b"\n":
            return False
        if b"=" not in data[match.end() : end]:
            return False
        pos = end
    return True


def _skip(source: IO[bytes], n: int) -> int:
    skipped = 0
    while skipped < n:
        chunk = source.read(min(CHUNK, n - skipped))
        if not chunk:
            break
        skipped += len(chunk)
    return skipped


def scan_tar(source: IO[bytes], max_bytes: int) -> bool:
    """Walk a tar stream's 512-byte headers, refusing what would make tarfile slow or big.

    Returns False when the stream does not start with a tar header (a single
    compressed file), True for a tar whose headers are all acceptable. Raises
    ArchiveProblem for an oversized or malformed pax or GNU long-name header and
    for an archive declaring more than MAX_BYTES in all. Reads the stream once,
    keeping at most one header in memory.
    """
    first = True
    declared = 0
    while True:
        block = source.read(TAR_BLOCK)
        if len(block) < TAR_BLOCK or block == bytes(TAR_BLOCK):
            return not first
        if not _header_ok(block):
            if first:
                return False
            raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, "is damaged (a broken tar header)")
        first = False
        size = _tar_number(block[124:136])
        kind = block[156:157]
        if size is None or size < 0:
            raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, "is damaged (a broken tar header)")
        padded = -(-size // TAR_BLOCK) * TAR_BLOCK
        if kind in _PAX_TYPES or kind in _GNU_NAME_TYPES:
            limit = MAX_TAR_META_BYTES if kind in _PAX_TYPES else MAX_TAR_NAME_BYTES
            if size > limit:
                raise ArchiveProblem(
                    ProblemCode.ARCHIVE_LIMIT,
                    f"has a file header of {size} bytes (the limit is {limit}); "
                    "it may be crafted to exhaust the service",
                )
            data = source.read(padded)
            if kind in _PAX_TYPES and not _pax_ok(data[:size]):
                raise ArchiveProblem(
                    ProblemCode.CORRUPT_ARCHIVE, "is damaged (a malformed extended header)"
                )
            continue
        declared += size
        if declared > max_bytes:
            raise ArchiveProblem(
                ProblemCode.ARCHIVE_LIMIT, f"unpacks to more than {max_bytes} bytes in all"
            )
        if _skip(source, padded) < padded:
            return True  # truncated: tarfile reports it


def _scan_tar_file(path: Path, opener: Callable[[Path], IO[bytes]], max_bytes: int) -> bool:
    try:
        with opener(path) as source:
            return scan_tar(source, max_bytes)
    except (OSError, EOFError, zlib.error, lzma.LZMAError):
        return False


def _open_plain(path: Path) -> IO[bytes]:
    return path.open("rb")


def unpack_tar(path: Path, sink: Sink, *, scanned: bool = False) -> None:
    """Unpack a tar (plain, gzip, bzip2 or xz), member by member as the stream goes.

    Its headers are checked first (``scan_tar``) unless SCANNED says that is done.
    """
    if not scanned and not _scan_tar_file(
        path, _TAR_OPENERS.get(_compression(path), _open_plain), sink.scope.limits.max_total_bytes
    ):
        raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, "is damaged (not a tar archive)")
    declared = 0
    try:
        with tarfile.open(path, mode="r:*") as archive:
            while (member := archive.next()) is not None:
                sink.scope.entry()
                declared += member.size if member.isreg() else 0
                sink.scope.declared(1, declared, member.size if member.isreg() else 0)
                if member.isdir():
                    continue
                if member.issym() or member.islnk():
                    sink.unsafe(member.name, "is a link, not a file")
                    continue
                if not member.isreg():
                    sink.unsafe(member.name, "is a device or special file")
                    continue
                source = archive.extractfile(member)
                if source is None:
                    continue
                with source:
                    _copy(source, sink, member.name, None)
                archive.members.clear()  # type: ignore[attr-defined]  # keep memory flat
    except (tarfile.TarError, EOFError, zlib.error, OSError, lzma.LZMAError) as exc:
        raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, f"is damaged ({exc})") from None


def tar_or_single(path: Path, sink: Sink, kind: str, inner: str) -> None:
    """A gzip, bzip2 or xz file: a compressed tar (headers checked once, then unpacked),
    else one compressed file."""
    opener = SINGLE_OPENERS[kind]
    if _scan_tar_file(path, opener, sink.scope.limits.max_total_bytes):
        unpack_tar(path, sink, scanned=True)
    else:
        unpack_single(path, sink, opener, inner)


def _compression(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(6)
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh"):
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    return "plain"


def unpack_single(path: Path, sink: Sink, opener: Callable[[Path], IO[bytes]], name: str) -> None:
    """A single compressed file (report.pdf.gz): one member, the name without the suffix."""
    try:
        with opener(path) as source:
            _copy(source, sink, name, path.stat().st_size)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise ArchiveProblem(ProblemCode.CORRUPT_ARCHIVE, f"is damaged ({exc})") from None


def _open_gzip(path: Path) -> IO[bytes]:
    return cast(IO[bytes], gzip.GzipFile(path, "rb"))  # the caller closes it


def _open_bz2(path: Path) -> IO[bytes]:
    return bz2.open(path, "rb")


def _open_xz(path: Path) -> IO[bytes]:
    return lzma.open(path, "rb")


SINGLE_OPENERS: dict[str, Callable[[Path], IO[bytes]]] = {
    "gzip": _open_gzip,
    "bzip2": _open_bz2,
    "xz": _open_xz,
}
_TAR_OPENERS = SINGLE_OPENERS


# 7z ------------------------------------------------------------------------------


class _SevenZipWriter:
    """py7zr's per-member writer, backed by the sink (limits checked on every write)."""

    def __init__(self, sink: Sink, name: str, writer: FileWriter | None) -> None:
        self.sink = sink
        self.name = name
        self.writer = writer
        self.size_written = 0

    def write(self, data: bytes | bytearray) -> int:
        self.size_written += len(data)
        if self.writer is not None:
            self.writer.write(bytes(data))
        return len(data)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return offset

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return self.size_written

    def close(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            self.sink.finish_member(writer, self.name)


def _seven_zip_factory(sink: Sink, wanted: set[str]) -> Any:
    from py7zr.io import Py7zIO, WriterFactory

    class Writer(_SevenZipWriter, Py7zIO):
        pass

    class Factory(WriterFactory):
        def __init__(self) -> None:
            self.open: list[Writer] = []

        def create(self, filename: str) -> Writer:
            writer = sink.open_member(filename, None) if filename in wanted else None
            handle = Writer(sink, filename, writer)
            self.open.append(handle)
            return handle

        def abort(self) -> None:
            for handle in self.open:
                if handle.writer is not None:
                    handle.writer.abort()
                    handle.writer = None

    return Factory()


_MAX_CODER_MEMORY = 512 * 1024**2
_LZMA2, _LZMA, _PPMD = b"!", b"\x03\x01\x01", b"\x03\x04\x01"


def _coder_memory(coder: dict[str, Any]) -> int:
    """Memory a 7z coder asks for (LZMA/LZMA2 dictionary, PPMd model), from its header."""
    method, props = coder.get("method"), coder.get("properties") or b""
    if method == _LZMA2 and len(props) >= 1:
        bits = min(props[0], 40)
        return 0xFFFFFFFF if bits == 40 else (2 | (bits & 1)) << (bits // 2 + 11)
    if method == _LZMA and len(props) >= 5:
        return int(struct.unpack("<I", props[1:5])[0])
    if method == _PPMD and len(props) >= 5:
        return int(struct.unpack("<I", props[1:5])[0])
    return 0


def _seven_zip_memory(archive: Any) -> int:
    try:
        folders = archive.header.main_streams.unpackinfo.folders
        return max(
            (_coder_memory(coder) for folder in folders for coder in folder.coders), default=0
        )
    except AttributeError:  # no streams (an archive of empty files)
        return 0


def unpack_7z(path: Path, sink: Sink) -> None:
    """Unpack a 7z archive; encrypted ones (content or names) are reported, not guessed."""
    import py7zr
    from py7zr.exceptions import Bad7zFile, PasswordRequired, UnsupportedCompressionMethodError

    try:
        with py7zr.SevenZipFile(path, mode="r") as archive:
            if archive.needs_password():
                raise ArchiveProblem(ProblemCode.ENCRYPTED_ARCHIVE, "is protected by a password")
            if _seven_zip_memory(archive) > _MAX_CODER_MEMORY:
                raise LimitHit(sink.scope, "needs more memory to unpack than we allow")
            infos = archive.list()
            files = [i for i in infos if not i.is_directory]
            sink.scope.declared(
                len(infos),
                sum(int(i.uncompressed or 0) for i in files),
                max((int(i.uncompressed or 0) for i in files), default=0),
            )
            wanted: set[str] = set()
            for info in infos:
                sink.scope.entry()
                if info.is_directory:
                    continue
                if info.is_symlink:
                    sink.unsafe(info.filename, "is a link, not a file")
                    continue
                if not info.is_file:
                    sink.unsafe(info.filename, "is a device or special file")
                    continue
                reason = unsafe_reason(info.filename)
                if reason:
                    sink.unsafe(info.filename, reason)
                    continue
                wanted.add(info.filename)
            if not wanted:
                return
            factory = _seven_zip_factory(sink, wanted)
            try:
                archive.extract(targets=wanted, factory=factory)
            except BaseException:
                factory.abort()
                raise
    except ArchiveProblem:
        raise
    except LimitHit:
        raise
    except PasswordRequired:
        raise ArchiveProblem(ProblemCode.ENCRYPTED_ARCHIVE, "is protected by a password") from None
    except UnsupportedCompressionMethodError as exc:
        raise ArchiveProblem(
            ProblemCode.UNSUPPORTED_TYPE, f"uses a compression method we cannot unpack ({exc})"
        ) from None
    except (
        Bad7zFile,
        EOFError,
        OSError,
        lzma.LZMAError,
        ValueError,
        KeyError,
        IndexError,
        struct.error,
        TypeError,
        AttributeError,
    ) as exc:
        raise ArchiveProblem(
            ProblemCode.CORRUPT_ARCHIVE, f"is damaged ({type(exc).__name__})"
        ) from None
    except Exception as exc:  # py7zr raises many types on damaged input
        if "password" in str(exc).lower():
            raise ArchiveProblem(
                ProblemCode.ENCRYPTED_ARCHIVE, "is protected by a password"
            ) from None
        raise ArchiveProblem(
            ProblemCode.CORRUPT_ARCHIVE, f"is damaged ({type(exc).__name__})"
        ) from None


# rar -----------------------------------------------------------------------------

RAR_TOOL_MISSING = (
    "is a RAR archive, which this service cannot unpack; please send the files as a zip"
)


def unpack_rar(path: Path, sink: Sink) -> None:
    """Unpack a RAR archive when an unrar/unar/bsdtar tool is installed."""
    import rarfile

    try:
        rarfile.tool_setup()
    except rarfile.RarCannotExec:
        raise ArchiveProblem(ProblemCode.UNSUPPORTED_TYPE, RAR_TOOL_MISSING) from None
    try:
        with rarfile.RarFile(str(path)) as archive:
            if archive.needs_password():
                raise ArchiveProblem(ProblemCode.ENCRYPTED_ARCHIVE, "is protected by a password")
            infos = archive.infolist()
            files = [i for i in infos if not i.is_dir()]
            sink.scope.declared(
                len(infos),
                sum(int(i.file_size or 0) for i in files),
                max((int(i.file_size or 0) for i in files), default=0),
            )
            for info in infos:
                sink.scope.entry()
                if info.is_dir():
                    continue
                if info.is_symlink() or not info.is_file():
                    sink.unsafe(info.filename, "is a link or special file, not a file")
                    continue
                if info.needs_password():
                    sink.encrypted(info.filename)
                    continue
                with archive.open(info) as source:
                    _copy(source, sink, info.filename, int(info.compress_size or 0) or None)
    except ArchiveProblem:
        raise
    except rarfile.PasswordRequired:
        raise ArchiveProblem(ProblemCode.ENCRYPTED_ARCHIVE, "is protected by a password") from None
    except rarfile.RarCannotExec:
        raise ArchiveProblem(ProblemCode.UNSUPPORTED_TYPE, RAR_TOOL_MISSING) from None
    except (rarfile.Error, OSError, EOFError) as exc:
        raise ArchiveProblem(
            ProblemCode.CORRUPT_ARCHIVE, f"is damaged ({type(exc).__name__})"
        ) from None
