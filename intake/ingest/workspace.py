"""The submission's work folder: every byte written for it lands inside, counted and hashed."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from intake.ingest.names import safe_file_name

CHUNK = 1024 * 1024


class EscapeError(Exception):
    """A path to write resolved outside the work folder (never expected; refused)."""


@dataclass(frozen=True)
class Stored:
    """A file kept byte for byte in the work folder."""

    path: Path
    sha256: str
    size: int


class Workspace:
    """Allocates files under ``workdir/files/NNNNNN/`` and refuses any path outside it."""

    def __init__(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.root = workdir.resolve()
        self.files = self._inside(self.root / "files")
        self.files.mkdir(exist_ok=True)
        self._ids = itertools.count(_next_free(self.files))

    def _inside(self, path: Path) -> Path:
        resolved = path.resolve()
        if resolved != self.root and self.root not in resolved.parents:
            raise EscapeError(f"refused to write outside the work folder: {path}")
        return resolved

    def allocate(self, name: str) -> Path:
        """A fresh, empty place for a file called NAME (the name made safe)."""
        folder = self._inside(self.files / f"{next(self._ids):06d}")
        folder.mkdir()
        return self._inside(folder / safe_file_name(name))

    def allocate_folder(self) -> Path:
        """A fresh, empty folder for a worker to write files into."""
        folder = self._inside(self.files / f"{next(self._ids):06d}")
        folder.mkdir()
        return folder

    def adopt(self, path: Path) -> Stored:
        """Hash a file a worker wrote inside the work folder (refusing links and escapes)."""
        if path.is_symlink():
            raise EscapeError(f"refused a link in the work folder: {path}")
        target = self._inside(path)
        if not target.is_file():
            raise EscapeError(f"not a file: {path}")
        digest = hashlib.sha256()
        size = 0
        with target.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
        return Stored(target, digest.hexdigest(), size)

    def write(
        self,
        source: BinaryIO,
        name: str,
        on_chunk: Callable[[int], None] | None = None,
    ) -> Stored:
        """Copy SOURCE into a new file, calling ON_CHUNK with each chunk's size (it may raise).

        A partly written file is removed when copying fails.
        """
        target = self.allocate(name)
        digest = hashlib.sha256()
        size = 0
        try:
            with _open_new(target) as out:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if on_chunk is not None:
                        on_chunk(len(chunk))
                    digest.update(chunk)
                    out.write(chunk)
        except BaseException:
            self.discard(target)
            raise
        return Stored(target, digest.hexdigest(), size)

    def write_bytes(self, data: bytes, name: str) -> Stored:
        """Keep DATA as a new file called NAME."""
        target = self.allocate(name)
        with _open_new(target) as out:
            out.write(data)
        return Stored(target, hashlib.sha256(data).hexdigest(), len(data))

    def discard(self, path: Path) -> None:
        """Remove a file this workspace wrote (and its folder when empty)."""
        target = self._inside(path)
        target.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty, or already gone
            target.parent.rmdir()


class FileWriter:
    """An open file in the workspace, hashed and counted as it is written."""

    def __init__(self, workspace: Workspace, name: str, on_chunk: Callable[[int], None]) -> None:
        self.workspace = workspace
        self.path = workspace.allocate(name)
        self._file = _open_new(self.path)
        self._digest = hashlib.sha256()
        self._on_chunk = on_chunk
        self.size = 0

    def write(self, data: bytes) -> int:
        """Write DATA after checking the limits (ON_CHUNK raises when one is hit)."""
        self.size += len(data)
        self._on_chunk(len(data))
        self._digest.update(data)
        self._file.write(data)
        return len(data)

    def finish(self) -> Stored:
        """Close the file and return what was kept."""
        self._file.close()
        return Stored(self.path, self._digest.hexdigest(), self.size)

    def abort(self) -> None:
        """Close and remove the partial file."""
        self._file.close()
        self.workspace.discard(self.path)


def _open_new(path: Path) -> BinaryIO:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o640)
    return os.fdopen(fd, "wb")


def _next_free(folder: Path) -> int:
    numbers = [int(p.name) for p in folder.iterdir() if p.name.isdigit()]
    return max(numbers, default=0) + 1
