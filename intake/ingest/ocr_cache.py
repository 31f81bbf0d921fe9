"""What OCR read from a file, kept by the file's SHA-256 (employers resend the same photos).

One small JSON file per photo or scan under ``<data_dir>/ocr-cache/<settings>/``,
where <settings> is a digest of the reading options and the engine, so a change of
either starts afresh. Only readings that used OCR are kept: everything else is
quicker to read again than to look up. Written atomically; a damaged entry is a miss.
The entries hold document text, so retention prunes them like the rest: ``prune``
removes those not used for the retention period (a hit counts as a use).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_VERSION = 1  # bump when the reading of photos changes in a way the options do not show
FOLDER = "ocr-cache"
_CHUNK = 1024 * 1024

_CURRENT: ContextVar[Path | None] = ContextVar("ocr_cache_root", default=None)


@contextmanager
def using(data_dir: Path | None) -> Iterator[None]:
    """Keep and reuse OCR results under DATA_DIR/ocr-cache inside this block (None: no cache)."""
    token = _CURRENT.set(data_dir / FOLDER if data_dir is not None else None)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def file_sha256(path: Path) -> str:
    """The SHA-256 of the file at PATH, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class OcrCache:
    """Readings by file hash, for one set of reading options."""

    def __init__(self, root: Path, opts: dict[str, Any], engine: str | None) -> None:
        settings = json.dumps([CACHE_VERSION, engine, opts], sort_keys=True)
        self.folder = root / hashlib.sha256(settings.encode()).hexdigest()[:16]

    @staticmethod
    def current(opts: dict[str, Any], engine: str | None) -> OcrCache | None:
        """The cache of the enclosing ``using`` block, or None."""
        root = _CURRENT.get()
        return OcrCache(root, opts, engine) if root is not None else None

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str) -> dict[str, Any] | None:
        """The worker's answer kept for this file, or None."""
        path = self._path(sha256)
        try:
            answer = json.loads(path.read_text("utf-8"))
            os.utime(path)  # used again: kept for another retention period
        except (OSError, ValueError):
            return None
        return answer if isinstance(answer, dict) else None

    def put(self, sha256: str, answer: dict[str, Any]) -> None:
        """Keep ANSWER for this file (a failure to write only costs a later re-read)."""
        path = self._path(sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(answer, fh)
            os.replace(temp, path)
        except OSError as exc:
            log.warning("OCR cache not written: %s", exc.strerror)


def prune(data_dir: Path, older_than: timedelta) -> int:
    """Remove the entries under DATA_DIR's cache not used for OLDER_THAN; how many went."""
    root = data_dir / FOLDER
    if not root.is_dir() or root.is_symlink():
        return 0
    cutoff = time.time() - older_than.total_seconds()
    removed = 0
    for path in root.glob("*/*/*.json"):
        try:
            if not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
