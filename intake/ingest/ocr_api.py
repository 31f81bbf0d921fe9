"""Tesseract inside the extraction worker, through tesserocr (its wheel carries libtesseract).

One engine per worker process, made on the first page and kept: the command line
starts a process and loads the model for every page, and bench/bench_ocr.py
measured the library at about two thirds of the command's CPU time per page, with
the same text. Pages go in as raw grey pixels (``SetImageBytes``), so no image
codec of the wheel ever sees a file an employer sent. Each page has a deadline;
the pool's own per-file timeout stays the last resort. The model itself
(``eng.traineddata``) comes from Debian's ``tesseract-ocr-eng``, found by
``tessdata()``; without it, or without the wheel, ``ocr.py`` runs the command.
"""

from __future__ import annotations

import glob
import logging
import os
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

LANGUAGE = "eng"
_PAGE_DEADLINE_MS = 45_000
_PLACES = (  # where packagers put the models; TESSDATA_PREFIX wins
    "/usr/share/tesseract-ocr/*/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


@cache
def tessdata() -> Path | None:
    """The folder that holds ``eng.traineddata``, or None."""
    places: list[str] = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        places += [prefix, os.path.join(prefix, "tessdata")]
    conda = os.environ.get("CONDA_PREFIX")
    if conda:
        places.append(os.path.join(conda, "share", "tessdata"))
    for pattern in _PLACES:
        places += sorted(glob.glob(pattern), reverse=True)  # the newest version first
    for place in places:
        if (Path(place) / f"{LANGUAGE}.traineddata").is_file():
            return Path(place)
    return None


@cache
def available() -> bool:
    """Whether the library and its model are on this machine."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return tessdata() is not None


@cache
def _api() -> Any:
    """The worker's engine: automatic layout, LSTM, one thread (pages run side by side)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import tesserocr

    folder = tessdata()
    if folder is None:  # guarded by available(); kept for a clear message
        raise RuntimeError("no tessdata folder with eng.traineddata")
    return tesserocr.PyTessBaseAPI(
        path=str(folder) + os.sep,
        lang=LANGUAGE,
        psm=tesserocr.PSM.AUTO,
        oem=tesserocr.OEM.LSTM_ONLY,
    )


def read_tsv(page: Image.Image) -> str:
    """Tesseract's TSV of a grey PAGE (header line included, as the command prints it)."""
    gray = page if page.mode == "L" else page.convert("L")
    api = _api()
    try:
        api.SetImageBytes(gray.tobytes(), gray.width, gray.height, 1, gray.width)
        if not api.Recognize(timeout=_PAGE_DEADLINE_MS):
            log.warning("tesseract gave up on a page (deadline or error)")
            return ""
        return "header\n" + (api.GetTSVText(0) or "")
    finally:
        api.Clear()  # the page's images and results go now, not at the next page
