"""Benchmark the receive stage end to end: unpack a zipped submission and read every file.

Generates a submission of mixed files (PDFs with text, DOCX, XLSX, CSV, TXT and
some JPEG photos that go through OCR) inside a zip with element folders, takes it
in with ``ingest_path`` and prints wall time, files per second and peak memory
(the service process, and its extraction workers). Then repeats with 250 and
1,000 files to show that memory does not grow with the size of the submission.

    .venv/bin/python bench/bench_ingest.py [--files 500] [--size-mb 150] [--no-scaling]

Each measured run happens in a fresh process so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from intake.ingest.pool import default_size  # noqa: E402

ELEMENTS = [
    "Element 1 - Policy",
    "Element 2 - Hazard Assessments",
    "Element 3 - Safe Work Practices",
    "Element 4 - Safe Job Procedures",
    "Element 5 - Company Rules",
    "Element 6 - PPE",
    "Element 7 - Maintenance",
    "Element 8 - Training and Communication",
    "Element 9 - Inspections",
    "Element 10 - Investigations",
    "Element 11 - Emergency Planning",
    "Element 12 - Records and Statistics",
    "Element 13 - Contracting Services",
]
_VOCABULARY = (
    "hazard assessment inspection worker site supervisor control ladder harness training "
    "record emergency drill policy procedure equipment maintenance vehicle incident near "
    "miss investigation contractor orientation toolbox meeting signed date crew PPE gloves"
)
WORDS = _VOCABULARY.split()
# share of the files per type; the rest of the size budget goes into PDFs and DOCX padding
MIX = [("pdf", 0.40), ("docx", 0.20), ("xlsx", 0.16), ("csv", 0.12), ("txt", 0.08), ("jpg", 0.04)]


def _sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _pdf(rng: random.Random, padding: int) -> bytes:
    from tests.ingest.builders import pdf_bytes

    data = pdf_bytes([_sentence(rng) for _ in range(30)])
    # an unreferenced binary stream stands in for the logos and scans real PDFs carry
    blob = os.urandom(padding)
    extra = b"6 0 obj\n<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream\nendobj\n"
    head, _, tail = data.rpartition(b"xref\n")
    return head + extra + b"xref\n" + tail


def _docx(rng: random.Random, padding: int) -> bytes:
    from tests.ingest.builders import docx_bytes

    data = docx_bytes([_sentence(rng) for _ in range(40)], [["Hazard", "Control"]] * 5)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/media/image1.bin", os.urandom(padding), zipfile.ZIP_STORED)
    return out.getvalue()


def _xlsx(rng: random.Random) -> bytes:
    from tests.ingest.builders import xlsx_bytes

    rows: list[list[object]] = [["Date", "Item", "Result", "By"]]
    rows += [
        [f"2026-01-{1 + i % 28:02d}", rng.choice(WORDS), rng.choice(["OK", "Fix"]), "BV"]
        for i in range(400)
    ]
    return xlsx_bytes(rows)


def _csv(rng: random.Random) -> bytes:
    lines = ["date,task,hazard,control"]
    lines += [
        f"2026-02-{1 + i % 28:02d},{rng.choice(WORDS)},{rng.choice(WORDS)},{rng.choice(WORDS)}"
        for i in range(1500)
    ]
    return "\n".join(lines).encode()


def _txt(rng: random.Random) -> bytes:
    return "\n".join(_sentence(rng) for _ in range(120)).encode()


def _jpg(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.effect_noise((2400, 1800), 40).convert("RGB")
    image = Image.blend(image, Image.new("RGB", image.size, "white"), 0.6)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=70)
    for row in range(8):
        draw.text((120, 120 + row * 190), _sentence(rng, 4), fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92)
    return out.getvalue()


def generate(path: Path, files: int, size_mb: float, seed: int = 7) -> tuple[int, int]:
    """Write the submission zip; returns (file count, uncompressed bytes)."""
    rng = random.Random(seed)
    counts = {kind: max(1, round(files * share)) for kind, share in MIX}
    counts["pdf"] += files - sum(counts.values())
    photo_bytes = counts["jpg"] * 1_600_000
    small_bytes = counts["xlsx"] * 20_000 + counts["csv"] * 60_000 + counts["txt"] * 10_000
    rest = max(0, int(size_mb * 1024**2) - photo_bytes - small_bytes)
    padding = rest // max(1, counts["pdf"] + counts["docx"])
    total = 0
    index = 0
    photo_cache: list[bytes] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for kind, count in counts.items():
            for _ in range(count):
                index += 1
                folder = ELEMENTS[index % len(ELEMENTS)]
                if kind == "pdf":
                    data = _pdf(rng, rng.randint(padding // 2, padding * 3 // 2))
                elif kind == "docx":
                    data = _docx(rng, rng.randint(padding // 2, padding * 3 // 2))
                elif kind == "xlsx":
                    data = _xlsx(rng)
                elif kind == "csv":
                    data = _csv(rng)
                elif kind == "txt":
                    data = _txt(rng)
                else:
                    if len(photo_cache) < 6:
                        photo_cache.append(_jpg(rng))
                    # a few distinct photos, each made unique so none counts as a duplicate
                    data = photo_cache[index % len(photo_cache)] + index.to_bytes(4, "big")
                total += len(data)
                archive.writestr(f"SECOR 2026/{folder}/{kind.upper()} {index:04d}.{kind}", data)
    return index, total


def _rss_sampler(stop: threading.Event, peaks: dict[str, float]) -> None:
    import psutil  # type: ignore[import-untyped]

    from intake.ingest.pool import worker_pids

    me = psutil.Process()
    while not stop.is_set():
        parent = me.memory_info().rss
        children = 0
        largest = 0
        for pid in worker_pids():
            try:
                rss = psutil.Process(pid).memory_info().rss
            except psutil.Error:
                continue
            children += rss
            largest = max(largest, rss)
        peaks["parent"] = max(peaks.get("parent", 0), parent)
        peaks["children"] = max(peaks.get("children", 0), children)
        peaks["child"] = max(peaks.get("child", 0), largest)
        peaks["total"] = max(peaks.get("total", 0), parent + children)
        stop.wait(0.02)


def measure(archive: Path, workdir: Path, workers: int) -> dict[str, float]:
    """Take the archive in (this process) and return the figures."""
    from intake.config import LimitsSettings
    from intake.ingest import ingest_path
    from intake.ingest.pool import close_pools

    limits = LimitsSettings(extract_workers=workers)
    peaks: dict[str, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_rss_sampler, args=(stop, peaks), daemon=True)
    sampler.start()
    started = time.perf_counter()
    result = ingest_path(archive, workdir, limits)
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    close_pools()
    return {
        "documents": len(result.documents),
        "problems": len(result.problems),
        "ocr": sum(1 for d in result.documents if d.ocr),
        "with_text": sum(1 for d in result.documents if d.text),
        "seconds": elapsed,
        **{f"peak_{k}_mb": v / 1024**2 for k, v in peaks.items()},
    }


def run_child(archive: Path, workdir: Path, workers: int) -> dict[str, float]:
    """Measure in a fresh interpreter, so peak memory is this run's alone."""
    command = [sys.executable, __file__, "--measure", str(archive), "--workdir", str(workdir)]
    output = subprocess.run(
        [*command, "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--files", type=int, default=500, help="files in the main run (default 500)"
    )
    parser.add_argument("--size-mb", type=float, default=150.0, help="total size (default 150 MB)")
    parser.add_argument(
        "--no-scaling", action="store_true", help="skip the 250 vs 1,000 files runs"
    )
    parser.add_argument(
        "--keep", type=Path, help="keep the generated archives in this folder (and reuse them)"
    )
    parser.add_argument(
        "--workers", type=int, default=0, help="extraction workers (default 0: one per two cores)"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.workdir, args.workers)))
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        runs = [(args.files, args.size_mb)]
        if not args.no_scaling:
            per_file = args.size_mb / args.files
            runs += [(250, 250 * per_file), (1000, 1000 * per_file)]
        workers = args.workers or f"{default_size(0)} (default: one per two cores)"
        print(f"cores: {os.cpu_count()}; extraction workers: {workers}")
        for files, size_mb in runs:
            archive = base / f"submission-{files}-{size_mb:.0f}mb.zip"
            if archive.exists():  # kept from an earlier run (--keep)
                with zipfile.ZipFile(archive) as existing:
                    count = len(existing.infolist())
                    total = sum(i.file_size for i in existing.infolist())
            else:
                print(f"generating {files} files (~{size_mb:.0f} MB) ...", flush=True)
                count, total = generate(archive, files, size_mb)
            figures = run_child(archive, Path(tmp) / f"work-{files}", args.workers)
            print(
                f"files={count} size={total / 1024**2:.0f}MB "
                f"zip={archive.stat().st_size / 1024**2:.0f}MB "
                f"documents={figures['documents']:.0f} with_text={figures['with_text']:.0f} "
                f"ocr={figures['ocr']:.0f} problems={figures['problems']:.0f}"
            )
            print(
                f"  wall={figures['seconds']:.1f}s files/s={count / figures['seconds']:.1f} "
                f"peak_rss parent={figures['peak_parent_mb']:.0f}MB "
                f"workers_sum={figures['peak_children_mb']:.0f}MB "
                f"largest_worker={figures['peak_child_mb']:.0f}MB "
                f"parent+workers={figures['peak_total_mb']:.0f}MB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
