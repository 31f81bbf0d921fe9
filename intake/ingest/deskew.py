"""Straighten a photographed page before OCR: a cheap projection-profile deskew.

Ink (pixels darker than their neighbourhood) is projected onto the vertical axis
at trial angles; lines of text line up into sharp peaks when the angle is right.
Trials near 90 degrees catch a page photographed sideways, and a page whose lines
carry more ink below them than above (descenders outnumbering ascenders and
capitals) is taken to be upside down. Costs some tens of milliseconds on a
1,200-pixel copy, whatever the photo's size; OCR still re-reads a page turned
when its reading is poor, so a wrong guess costs time, never text.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageFilter

_WORK_SIDE = 1200  # the angle is found on a copy at most this large
_MAX_POINTS = 60_000  # ink pixels used (evenly subsampled)
_LIMIT = 12.0  # degrees either side of level (and of sideways) that are tried
_MIN_TURN = 0.3  # smaller angles are left alone
_SIDEWAYS_MARGIN = 1.3  # a sideways reading must be this much sharper to turn the page
_UPSIDE_DOWN_RATIO = 0.8  # ink above the lines / ink below them, under which a page is turned


def _ink(gray: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    small = gray.copy()
    small.thumbnail((_WORK_SIDE, _WORK_SIDE))
    pixels = np.asarray(small, dtype=np.int16)
    around = np.asarray(small.filter(ImageFilter.BoxBlur(8)), dtype=np.int16)
    ink = around - pixels > 16
    # the middle of the photo only: a page's edges and the desk are long straight lines too
    height, width = ink.shape
    ink[: height // 8] = False
    ink[height - height // 8 :] = False
    ink[:, : width // 8] = False
    ink[:, width - width // 8 :] = False
    ys, xs = np.nonzero(ink)
    step = max(1, len(ys) // _MAX_POINTS)
    return xs[::step].astype(np.float32), ys[::step].astype(np.float32)


def _sharpness(xs: np.ndarray, ys: np.ndarray, degrees: float) -> float:
    theta = math.radians(degrees)
    rows = ys * math.cos(theta) - xs * math.sin(theta)
    counts = np.bincount((rows - rows.min()).astype(np.int64)).astype(np.float64)
    return float(np.dot(counts, counts))


def _rows(xs: np.ndarray, ys: np.ndarray, degrees: float) -> np.ndarray:
    theta = math.radians(degrees)
    rows = ys * math.cos(theta) - xs * math.sin(theta)
    return np.bincount((rows - rows.min()).astype(np.int64)).astype(np.float64)


def _level(xs: np.ndarray, ys: np.ndarray) -> float:
    level = [float(a) for a in np.arange(-_LIMIT, _LIMIT + 0.01, 1.0)]
    best = max(level, key=lambda a: _sharpness(xs, ys, a))
    sideways = max((a + 90.0 for a in level), key=lambda a: _sharpness(xs, ys, a))
    if _sharpness(xs, ys, sideways) > _SIDEWAYS_MARGIN * _sharpness(xs, ys, best):
        best = sideways
    fine = [best + float(d) for d in np.arange(-1.0, 1.01, 0.1)]
    return max(fine, key=lambda a: _sharpness(xs, ys, a))


def _upside_down(counts: np.ndarray) -> bool:
    """Whether the lines' ink hangs below them rather than rising above them.

    Latin text has more ascenders and capitals (above the x-height band) than
    descenders (below the baseline); upside down it is the other way round.
    """
    if not counts.any():
        return False
    on = counts > 0.05 * np.percentile(counts[counts > 0], 95)
    above = below = 0.0
    start = None
    for index, inked in enumerate([*on.tolist(), False]):
        if inked and start is None:
            start = index
        elif not inked and start is not None:
            line = counts[start:index]
            start = None
            if len(line) < 4:
                continue
            core = np.nonzero(line >= 0.5 * line.max())[0]
            above += float(line[: core[0]].sum())
            below += float(line[core[-1] + 1 :].sum())
    return above < _UPSIDE_DOWN_RATIO * below


def skew_angle(gray: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines of GRAY level."""
    xs, ys = _ink(gray)
    if len(xs) < 500:
        return 0.0
    xs -= xs.mean()
    ys -= ys.mean()
    return _level(xs, ys)


def upright_turn(gray: Image.Image) -> float:
    """The turn (degrees, counter-clockwise) that makes GRAY's text level and upright."""
    xs, ys = _ink(gray)
    if len(xs) < 500:
        return 0.0
    xs -= xs.mean()
    ys -= ys.mean()
    angle = _level(xs, ys)
    return angle + 180.0 if _upside_down(_rows(xs, ys, angle)) else angle


def deskew(gray: Image.Image) -> Image.Image:
    """GRAY turned so that its lines of text are level and, most likely, upright."""
    angle = upright_turn(gray)
    if abs(angle) < _MIN_TURN:
        return gray
    return gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
