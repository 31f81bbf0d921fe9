"""Member names: which are unsafe, which are junk, and how paths are shown."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini", ".localized", "icon\r"}
_JUNK_FOLDERS = {"__macosx", ".git", ".svn", "$recycle.bin", ".trash", ".trashes"}
_DOUBLE_SUFFIXES = (".tar.gz", ".tar.bz2", ".tar.xz")
_MAX_NAME = 150
# DIVISION SLASH, which looks like "/": the slash inside one attachment's name ("Policy
# 2025/2026.pdf"), which is no folder, so that the name is shown as the employer gave it
NAME_SLASH = "\u2215"


def normalise(name: str) -> str:
    """A member name with Windows separators turned into '/' (as the employer saw it)."""
    return unicodedata.normalize("NFC", name.replace("\\", "/"))


def unsafe_reason(name: str) -> str | None:
    """Why a member name could escape the folder it is unpacked into, or None when safe."""
    cleaned = normalise(name)
    if "\x00" in name:
        return "has a NUL character in its name"
    if cleaned.startswith("/"):
        return "has an absolute path"
    if _DRIVE.match(cleaned):
        return "names a drive letter"
    if any(part == ".." for part in cleaned.split("/")):
        return "points outside the archive (../)"
    return None


def member_parts(name: str) -> tuple[str, ...]:
    """The folders and file name of a (safe) member, without empty or '.' parts."""
    return tuple(p for p in normalise(name).split("/") if p not in ("", "."))


def is_junk(name: str) -> bool:
    """Operating-system clutter nobody meant to send (macOS forks, Thumbs.db, lock files)."""
    parts = [p.lower() for p in member_parts(name)]
    if not parts:
        return True
    base = parts[-1]
    return (
        any(p in _JUNK_FOLDERS for p in parts[:-1])
        or base in _JUNK_NAMES
        or base.startswith("._")
        or base.startswith("~$")
    )


def archive_stem(name: str) -> str:
    """An archive's name without its archive suffix ("SECOR 2026.zip" -> "SECOR 2026")."""
    lower = name.lower()
    for suffix in _DOUBLE_SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)] or name
    stem = PurePosixPath(name).stem
    return stem or name


def nested_member_path(archive: PurePosixPath, parts: tuple[str, ...]) -> PurePosixPath:
    """Where a member sits in the submission: the archive's stem counts as a folder.

    A zip of the folder "SECOR 2026" named "SECOR 2026.zip" holds "SECOR 2026/...":
    the repeated folder is not doubled.
    """
    folder = archive.parent / archive_stem(archive.name)
    if parts and len(parts) > 1 and parts[0].casefold() == folder.name.casefold():
        parts = parts[1:]
    return folder.joinpath(*parts) if parts else folder


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A file name fit for the work folder: no separators, controls or leading dots."""
    base = normalise(name).rsplit("/", 1)[-1]
    base = _CONTROL.sub("_", base).strip().lstrip(".")
    base = base.replace(":", "_").replace(NAME_SLASH, "_")
    if not base or base in (".", ".."):
        base = fallback
    if len(base) > _MAX_NAME:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: _MAX_NAME - 12] + dot + suffix[:10]) if dot else base[:_MAX_NAME]
    return base
