"""Benchmark the receive stage end to end, and the product's OCR against plain tesseract.

Three submissions are generated (seeded) as zips with element folders:

- ``mixed``: 500 files, 25% of them phone photos of forms (JPEG) or scanned PDFs
  (tests/ingest/photos.py: clean, skewed, noisy and sideways pages with known text),
  the rest PDFs with text, DOCX, XLSX, CSV and TXT. Taken in with ``ingest_path``:
  wall time, and peak memory summed over every process (the service process, its
  extraction workers and the tesseract runs under them), sampled every 20 ms; and the
  character accuracy of the text read from the photos, by kind of photo.
- ``text``: 500 text-bearing files (no photo), taken in the same way.
- ``photo-heavy``: 108 files, 27 of them photos or scans. The product's whole
  ``secor-intake triage`` (model loading and classification included) is timed next
  to Debian's ``tesseract`` command reading the same 27 pages one after another on
  one thread, which is what a person would reach for.

Targets (issue 15): mixed <= 60 s and <= 400 MB; text <= 10 s; the product's triage of
the photo-heavy submission <= 0.75 x tesseract's time on its pages; accuracy >= 97% on
clean photos and >= 90% on skewed or noisy ones.

    .venv/bin/python bench/bench_ingest.py [--files 500] [--size-mb 150] [--scaling]

``cpu`` is the CPU time of the run's whole process tree: on a machine shared with other
work, wall time grows but cpu barely does, and cpu / cores bounds an idle machine's wall.
``--scaling`` adds runs of 250 and 1,000 mixed files, to show that memory does not
grow with the size of a submission. Each measured run happens in a fresh process.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

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
MIX = [("pdf", 0.30), ("docx", 0.15), ("xlsx", 0.12), ("csv", 0.10), ("txt", 0.08)]
MIX_PHOTOS = [("jpg", 0.20), ("scan", 0.05)]  # 25% photos or scans
TEXT_ONLY = [("pdf", 0.40), ("docx", 0.20), ("xlsx", 0.16), ("csv", 0.14), ("txt", 0.10)]
DISTINCT_PHOTOS = 16  # generated once each; copies are made unique by a trailing byte run
PHOTO_KINDS = ("clean", "skewed", "noisy", "sideways")


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


def _photos(count: int) -> list[tuple[str, bytes, str]]:
    """(kind, JPEG, text on the page) for COUNT distinct phone photos of forms."""
    from tests.ingest.photos import page_photo

    kinds = [PHOTO_KINDS[i % len(PHOTO_KINDS)] for i in range(count)]
    made = [page_photo(i, kind) for i, kind in enumerate(kinds)]
    return [(p.kind, p.jpeg, p.truth) for p in made]


def _scan_pdf(jpeg: bytes) -> bytes:
    """A PDF whose one page is the photo (no text layer), as a phone's scanner app makes."""
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(jpeg)) as image:
        image.save(out, format="PDF", resolution=250.0)
    return out.getvalue()


def generate(
    path: Path, files: int, size_mb: float, mix: list[tuple[str, float]], seed: int = 7
) -> tuple[int, int]:
    """Write the submission zip (and its photos' texts beside it); returns (files, bytes)."""
    rng = random.Random(seed)
    counts = {kind: max(1, round(files * share)) for kind, share in mix}
    counts["pdf"] += files - sum(counts.values())
    photo_count = counts.get("jpg", 0) + counts.get("scan", 0)
    photo_bytes = photo_count * 1_400_000
    small_bytes = (
        counts.get("xlsx", 0) * 20_000 + counts.get("csv", 0) * 60_000 + counts["txt"] * 10_000
    )
    rest = max(0, int(size_mb * 1024**2) - photo_bytes - small_bytes)
    padding = rest // max(1, counts["pdf"] + counts["docx"])
    photos = _photos(min(DISTINCT_PHOTOS, photo_count)) if photo_count else []
    truths: dict[str, dict[str, str]] = {}
    pages: list[str] = []
    total = 0
    index = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for kind, count in counts.items():
            for _ in range(count):
                index += 1
                folder = ELEMENTS[index % len(ELEMENTS)]
                name = f"SECOR 2026/{folder}/{kind.upper()} {index:04d}.{kind}"
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
                    which = index % len(photos)
                    photo_kind, jpeg, truth = photos[which]
                    # each copy made unique so that none counts as a duplicate
                    jpeg = jpeg + index.to_bytes(4, "big")
                    data = jpeg if kind == "jpg" else _scan_pdf(jpeg)
                    name = name.replace(".scan", ".pdf")
                    truths[name.rsplit("/", 1)[-1]] = {"kind": photo_kind, "text": truth}
                    page = path.parent / f"{path.stem}-page-{index:04d}.jpg"
                    page.write_bytes(jpeg)
                    pages.append(str(page))
                total += len(data)
                archive.writestr(name, data)
    _truth_file(path).write_text(json.dumps({"truths": truths, "pages": pages}))
    return index, total


def _truth_file(archive: Path) -> Path:
    return archive.with_suffix(".truth.json")


def _accuracy(documents: list[Any], archive: Path) -> dict[str, float]:
    """Mean character accuracy of the photos' text, by kind of photo."""
    from tests.ingest.photos import char_accuracy

    truths = json.loads(_truth_file(archive).read_text())["truths"]
    scores: dict[str, list[float]] = {}
    for doc in documents:
        truth = truths.get(doc.name)
        if truth is not None:
            scores.setdefault(truth["kind"], []).append(char_accuracy(doc.text, truth["text"]))
    return {kind: sum(v) / len(v) for kind, v in scores.items()}


def _pss(process: Any) -> int:
    """Proportional set size: a page shared by N processes counts 1/N in each (Linux)."""
    try:
        return int(process.memory_full_info().pss)
    except Exception:  # not Linux, or the process is gone
        return 0


def _tree_rss(root: Any, *, with_pss: bool = True) -> tuple[int, int, int, int]:
    """RSS of ROOT, of its descendants together, of the largest one; and the tree's PSS.

    The RSS sum counts a shared library page once per process that maps it; the PSS sum
    counts it once in all, so it is the tree's real footprint. Both are printed.
    """
    import psutil  # type: ignore[import-untyped]

    try:
        own = root.memory_info().rss
        children = root.children(recursive=True)
    except psutil.Error:
        return 0, 0, 0, 0
    total = largest = 0
    pss = _pss(root) if with_pss else 0
    for child in children:
        try:
            rss = child.memory_info().rss
        except psutil.Error:
            continue
        total += rss
        largest = max(largest, rss)
        pss += _pss(child) if with_pss else 0
    return own, total, largest, pss


def _rss_sampler(stop: threading.Event, peaks: dict[str, float], pid: int | None = None) -> None:
    """Peak memory of a process tree (this process by default), every 20 ms."""
    import psutil

    root = psutil.Process(pid)
    tick = 0
    while not stop.is_set():
        tick += 1  # PSS reads every mapping: every 5th sample (100 ms) keeps the sampler light
        parent, children, largest, pss = _tree_rss(root, with_pss=tick % 5 == 1)
        peaks["parent"] = max(peaks.get("parent", 0), parent)
        peaks["children"] = max(peaks.get("children", 0), children)
        peaks["child"] = max(peaks.get("child", 0), largest)
        peaks["total"] = max(peaks.get("total", 0), parent + children)
        peaks["pss"] = max(peaks.get("pss", 0), pss)
        stop.wait(0.02)


def measure(archive: Path, workdir: Path, workers: int) -> dict[str, Any]:
    """Take the archive in (this process) and return the figures."""
    from core.config import LimitsSettings
    from intake.ingest import ingest_path
    from intake.ingest.pool import close_pools

    limits = LimitsSettings(extract_workers=workers)
    peaks: dict[str, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_rss_sampler, args=(stop, peaks), daemon=True)
    sampler.start()
    started = time.perf_counter()
    cpu_before = _cpu_seconds()
    result = ingest_path(archive, workdir, limits)
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    close_pools()  # the workers exit, so their CPU time (and their tesseract runs') counts
    return {
        "cpu": _cpu_seconds() - cpu_before,
        "documents": len(result.documents),
        "problems": len(result.problems),
        "ocr": sum(1 for d in result.documents if d.ocr),
        "with_text": sum(1 for d in result.documents if d.text),
        "seconds": elapsed,
        "accuracy": _accuracy(result.documents, archive),
        **{f"peak_{k}_mb": v / 1024**2 for k, v in peaks.items()},
    }


def run_child(archive: Path, workdir: Path, workers: int) -> dict[str, Any]:
    """Measure in a fresh interpreter, so peak memory is this run's alone."""
    command = [sys.executable, __file__, "--measure", str(archive), "--workdir", str(workdir)]
    output = subprocess.run(
        [*command, "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return figures


def _cpu_seconds() -> float:
    """CPU seconds of this process and of every descendant that has exited."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed_tree(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run COMMAND; its wall time, peak memory of its process tree (MB), exit status."""
    peaks: dict[str, float] = {}
    stop = threading.Event()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    sampler = threading.Thread(target=_rss_sampler, args=(stop, peaks, process.pid), daemon=True)
    sampler.start()
    status = process.wait()
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    return elapsed, peaks.get("total", 0.0) / 1024**2, status


def tesseract_alone(pages: list[str]) -> tuple[float, float]:
    """Debian's tesseract on each page, one after another on one thread: seconds, peak MB."""
    seconds = 0.0
    peak = 0.0
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    for page in pages:
        elapsed, mb, _ = _timed_tree(["tesseract", page, "stdout"], env)
        seconds += elapsed
        peak = max(peak, mb)
    return seconds, peak


def product_triage(archive: Path, data_dir: Path) -> tuple[float, float, int]:
    """``secor-intake triage ARCHIVE --json``, start to finish: seconds, peak MB, status."""
    env = {
        **os.environ,
        "SECOR_PATHS__DATA_DIR": str(data_dir),
        "SECOR_CLASSIFIER__MODEL_DIR": str(REPO / "var" / "model"),
    }
    command = [sys.executable, "-m", "intake.cli", "triage", str(archive), "--json"]
    return _timed_tree(command, env)


def _report(name: str, count: int, total: int, archive: Path, figures: dict[str, Any]) -> None:
    print(
        f"{name}: files={count} size={total / 1024**2:.0f}MB "
        f"zip={archive.stat().st_size / 1024**2:.0f}MB "
        f"documents={figures['documents']:.0f} with_text={figures['with_text']:.0f} "
        f"ocr={figures['ocr']:.0f} problems={figures['problems']:.0f}"
    )
    print(
        f"  wall={figures['seconds']:.1f}s cpu={figures['cpu']:.1f}s "
        f"files/s={count / figures['seconds']:.1f} "
        f"peak_rss parent={figures['peak_parent_mb']:.0f}MB "
        f"workers_and_tesseract_sum={figures['peak_children_mb']:.0f}MB "
        f"largest_child={figures['peak_child_mb']:.0f}MB "
        f"all_processes={figures['peak_total_mb']:.0f}MB "
        f"(pss_sum={figures['peak_pss_mb']:.0f}MB)",
        flush=True,
    )
    if figures["accuracy"]:
        shown = " ".join(f"{k}={v:.2%}" for k, v in sorted(figures["accuracy"].items()))
        print(f"  character accuracy of the photos and scans: {shown}", flush=True)


def _archive(base: Path, label: str, files: int, size_mb: float, mix: Any) -> tuple[Path, int, int]:
    archive = base / f"{label}-{files}-{size_mb:.0f}mb.zip"
    if archive.exists() and _truth_file(archive).exists():  # kept from an earlier run (--keep)
        with zipfile.ZipFile(archive) as existing:
            infos = existing.infolist()
        return archive, len(infos), sum(i.file_size for i in infos)
    print(f"generating {label}: {files} files ...", flush=True)
    count, total = generate(archive, files, size_mb, mix)
    return archive, count, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--files", type=int, default=500, help="files in the mixed and text runs (default 500)"
    )
    parser.add_argument("--size-mb", type=float, default=150.0, help="total size (default 150 MB)")
    parser.add_argument(
        "--heavy-files", type=int, default=108, help="files of the photo-heavy one (default 108)"
    )
    parser.add_argument("--scaling", action="store_true", help="add 250 and 1,000 file runs")
    parser.add_argument(
        "--runs", default="mixed,text,photo-heavy", help="which runs (default: all three)"
    )
    parser.add_argument(
        "--keep", type=Path, help="keep the generated archives in this folder (and reuse them)"
    )
    parser.add_argument(
        "--workers", type=int, default=0, help="extraction workers (default 0: one per core)"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.workdir, args.workers)))
        return 0

    mixed = MIX + MIX_PHOTOS
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        workers = args.workers or f"{default_size(0)} (default: one per core)"
        print(f"cores: {os.cpu_count()}; extraction workers: {workers}")
        runs = [
            ("mixed", args.files, args.size_mb, mixed),
            ("text", args.files, args.size_mb, TEXT_ONLY),
        ]
        if args.scaling:
            per_file = args.size_mb / args.files
            runs += [("mixed", n, n * per_file, mixed) for n in (250, 1000)]
        chosen = set(args.runs.split(","))
        for label, files, size_mb, mix in runs:
            if label not in chosen:
                continue
            archive, count, total = _archive(base, label, files, size_mb, mix)
            figures = run_child(archive, Path(tmp) / f"work-{label}-{files}", args.workers)
            _report(label, count, total, archive, figures)

        if "photo-heavy" not in chosen:
            return 0
        heavy_mb = args.heavy_files * 0.6
        archive, count, _ = _archive(base, "photo-heavy", args.heavy_files, heavy_mb, mixed)
        pages = json.loads(_truth_file(archive).read_text())["pages"]
        if not (REPO / "var" / "model").is_dir():
            print("photo-heavy: skipped (no trained model; run `make model`)")
            return 0
        cpu = _cpu_seconds()
        seconds, peak, status = product_triage(archive, Path(tmp) / "data")
        cpu, before = _cpu_seconds() - cpu, _cpu_seconds()
        alone, alone_peak = tesseract_alone(pages)
        alone_cpu = _cpu_seconds() - before
        print(f"photo-heavy: files={count} photos_or_scans={len(pages)}")
        print(
            f"  product triage (whole, exit {status}): wall={seconds:.1f}s cpu={cpu:.1f}s "
            f"peak_rss_all_processes={peak:.0f}MB"
        )
        print(
            f"  tesseract alone on its {len(pages)} pages (one thread): wall={alone:.1f}s "
            f"cpu={alone_cpu:.1f}s peak_rss={alone_peak:.0f}MB"
        )
        print(
            f"  product / tesseract: wall {seconds / alone:.2f} (target <= 0.75), "
            f"cpu {cpu / alone_cpu:.2f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
