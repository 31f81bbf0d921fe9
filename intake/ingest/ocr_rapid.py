"""The fallback OCR engine: rapidocr (models inside its wheel), for machines without tesseract."""

from __future__ import annotations

import logging
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

_ENGINE: Any = None
DETECT_SIDE = 960  # text is found on a copy at most this large; read at full size


def _engine() -> Any:
    """The OCR engine, created once per worker; its models ship inside the wheel."""
    global _ENGINE
    if _ENGINE is None:
        from rapidocr_onnxruntime import RapidOCR

        engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, print_verbose=False)
        _bound_detection(engine)
        _ENGINE = engine
    return _ENGINE


def _bound_detection(engine: Any) -> None:
    """Run text detection on at most DETECT_SIDE pixels, whatever the image size.

    rapidocr picks a detection size from the image size (up to 2000 px), which costs
    ~0.5 GB for a phone photo; PaddleOCR's usual 960 px finds the same lines with a
    third of the memory, and recognition still reads the lines at full resolution.
    """
    try:
        from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

        detector = engine.text_det
        mean, std = detector.mean, detector.std
        detector.get_preprocess = lambda _longest: DetPreProcess(DETECT_SIDE, "max", mean, std)
    except (ImportError, AttributeError):  # another rapidocr layout: keep its own sizing
        log.warning("rapidocr internals changed; OCR detection size is not bounded")


def read_rapid(image: Image.Image) -> str:
    """The text read from an RGB image, in reading order (lines top to bottom)."""
    import numpy as np

    if min(image.size) < 16:
        return ""
    result, _ = _engine()(np.asarray(image.convert("RGB")))
    if not result:
        return ""
    boxes: list[tuple[float, float, float, str]] = []
    for box, text, _score in result:
        ys = [float(p[1]) for p in box]
        xs = [float(p[0]) for p in box]
        top, bottom = min(ys), max(ys)
        boxes.append((top, bottom, min(xs), str(text)))
    return _reading_order(boxes)


def _reading_order(boxes: list[tuple[float, float, float, str]]) -> str:
    """Group boxes into lines by vertical overlap, then order each line left to right."""
    boxes.sort(key=lambda b: (b[0], b[2]))
    lines: list[list[tuple[float, float, float, str]]] = []
    for box in boxes:
        if lines:
            line = lines[-1]
            top = min(b[0] for b in line)
            bottom = max(b[1] for b in line)
            middle = (box[0] + box[1]) / 2
            if top <= middle <= bottom:
                line.append(box)
                continue
        lines.append([box])
    return "\n".join(" ".join(b[3] for b in sorted(line, key=lambda b: b[2])) for line in lines)
