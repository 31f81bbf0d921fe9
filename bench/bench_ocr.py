"""Choose the OCR engine by measurement: character accuracy, time and memory per page.

Makes phone photos of forms with known text (tests/ingest/photos.py: clean, skewed,
noisy, and sideways or upside down), reads them with each candidate, one page after
another on one thread, and prints one line per candidate:

- ``tesseract-cli``: Debian's tesseract command on the photo as it is (what a user runs);
- ``product``: the product's OCR (intake/ingest/ocr.py): grey, scaled to ``max_side``,
  deskewed, tesseract, read again upside down when the reading is poor; at several sizes;
  tesseract runs in the process through tesserocr, and ``product-cmd`` runs the same
  pages through the tesseract command (a process and a model load per page) instead;
- ``rapidocr``: the former engine (ONNX models), scaled to 2,000 px as before.

Accuracy is 1 - normalised Levenshtein distance (whitespace runs as one space).
Wall seconds per page suffer when the machine is shared; CPU seconds per page (the
process and its tesseract runs) much less. Peak memory is sampled: the reading
process with its children (tesseract) at once.

    .venv/bin/python bench/bench_ocr.py [--per-kind 3] [--sides 1600,2000,2400]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.ingest.photos import KINDS, char_accuracy, quality_set  # noqa: E402


def _read(candidate: str, photo: Path) -> str:
    if candidate == "tesseract-cli":
        done = subprocess.run(
            ["tesseract", str(photo), "stdout"],
            capture_output=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
        return done.stdout.decode("utf-8", "replace")
    from PIL import Image, ImageOps

    with Image.open(photo) as image:
        upright = ImageOps.exif_transpose(image).convert("RGB")
    if candidate == "rapidocr":
        from intake.ingest.ocr_rapid import read_rapid

        upright.thumbnail((2000, 2000))
        return read_rapid(upright)
    from intake.ingest.ocr import ocr_image

    side = int(candidate.rsplit("-", 1)[1])
    using = "tesseract" if candidate.startswith("product-cmd-") else None
    return ocr_image(upright, max_side=side, using=using)


def measure(candidate: str, folder: Path) -> dict[str, object]:
    """Read every photo in FOLDER with CANDIDATE (in this process) and return the figures."""
    scores: dict[str, list[float]] = {kind: [] for kind in KINDS}
    seconds = 0.0
    cpu_before = _cpu()
    for photo in sorted(folder.glob("*.jpg")):
        truth = photo.with_suffix(".txt").read_text()
        started = time.perf_counter()
        text = _read(candidate, photo)
        seconds += time.perf_counter() - started
        scores[photo.name.split("-", 1)[0]].append(char_accuracy(text, truth))
    pages = sum(len(v) for v in scores.values())
    return {
        "accuracy": {k: sum(v) / len(v) for k, v in scores.items() if v},
        "seconds_per_page": seconds / max(pages, 1),
        "cpu_per_page": (_cpu() - cpu_before) / max(pages, 1),
    }


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (tesseract)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _sample(stop: threading.Event, peaks: dict[str, float]) -> None:
    """Peak RSS of this process, and of it with its children (tesseract), every 10 ms."""
    import psutil  # type: ignore[import-untyped]

    me = psutil.Process()
    while not stop.is_set():
        own = me.memory_info().rss
        total = own
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                continue
        peaks["own_mb"] = max(peaks.get("own_mb", 0.0), own / 1024**2)
        peaks["peak_mb"] = max(peaks.get("peak_mb", 0.0), total / 1024**2)
        stop.wait(0.01)


def measured(candidate: str, folder: Path) -> dict[str, object]:
    """``measure`` with the memory sampler running."""
    peaks: dict[str, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_sample, args=(stop, peaks), daemon=True)
    sampler.start()
    figures = measure(candidate, folder)
    stop.set()
    sampler.join()
    return {**figures, **peaks}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-kind", type=int, default=3, help="photos of each kind (default 3)")
    parser.add_argument(
        "--sides", default="1600,2000,2400", help="product sizes to try (default 1600,2000,2400)"
    )
    parser.add_argument("--no-rapidocr", action="store_true", help="skip the rapidocr line")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measured(args.measure, args.folder)))
        return 0

    candidates = ["tesseract-cli"] + [f"product-{s}" for s in args.sides.split(",")]
    candidates.append("product-cmd-2000")  # the same pages through the command, a process each
    if not args.no_rapidocr:
        candidates.append("rapidocr")
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        folder = Path(tmp)
        photos = quality_set(args.per_kind)
        for photo in photos:
            (folder / photo.name).write_bytes(photo.jpeg)
            (folder / photo.name).with_suffix(".txt").write_text(photo.truth)
        print(f"{len(photos)} phone photos of forms (2268 x 3024), {args.per_kind} of each kind")
        print(
            f"{'candidate':<17}"
            + "".join(f"{k:>10}" for k in KINDS)
            + "   s/page  cpu s/page  peak MB"
        )
        for candidate in candidates:
            output = subprocess.run(
                [sys.executable, __file__, "--measure", candidate, "--folder", str(folder)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            figures = json.loads(output.strip().splitlines()[-1])
            accuracy = figures["accuracy"]
            print(
                f"{candidate:<17}"
                + "".join(f"{accuracy.get(k, 0.0):>10.2%}" for k in KINDS)
                + f"{figures['seconds_per_page']:>9.2f}{figures['cpu_per_page']:>12.2f}"
                + f"{figures['peak_mb']:>9.0f}"
                + f"  (this process {figures['own_mb']:.0f})",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
