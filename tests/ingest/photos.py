"""Phone photos of paper forms with known text, made on the spot (seeded, deterministic).

A page of form text is rendered with Pillow's bundled font, laid on a desk, then
photographed: perspective, rotation, uneven light, blur, sensor noise and JPEG.
The benchmark measures OCR character accuracy on them; tests use a few.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_WORDS = """
hazard assessment inspection worker site supervisor control ladder harness
training record emergency drill policy procedure equipment maintenance vehicle
incident near miss investigation contractor orientation toolbox meeting signed
crew gloves scaffold excavation trench lockout guardrail eyewash extinguisher
first aid kit fall arrest respirator hearing protection boots vest hard hat
traffic flagger power lines weather housekeeping slippery surface lifting
pinch point noise dust silica ventilation
""".split()  # noqa: SIM905  (a word list reads better as prose)
_TITLES = [
    "Field Level Hazard Assessment",
    "Toolbox Talk Minutes",
    "Worksite Inspection Checklist",
    "Equipment Maintenance Log",
    "Near Miss Investigation Report",
]
KINDS = ("clean", "skewed", "noisy", "sideways")


@dataclass(frozen=True)
class PagePhoto:
    """One photo: its JPEG bytes, the text printed on the page, and how it was taken."""

    name: str
    kind: str
    jpeg: bytes
    truth: str


def page_lines(rng: random.Random, lines: int = 22) -> list[str]:
    """Form-like lines: a title, filled-in fields, then sentences of safety words."""
    out = [rng.choice(_TITLES)]
    day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    out.append(f"Date: {day}  Job No. {rng.randint(100, 9999)}")
    who = rng.choice(["B. Vance", "K. Osei", "M. Dubois", "R. Singh"])
    out.append(f"Supervisor: {who}  Crew: {rng.randint(2, 9)}")
    while len(out) < lines:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 9))]
        sentence = " ".join(words).capitalize()
        out.append(sentence + rng.choice([".", ".", ":", ";", "?"]))
    return out


def render_page(lines: list[str], width: int = 1700, font_px: int = 34) -> Image.Image:
    """A white letter-size page (about 200 dpi) with the lines printed in black."""
    height = int(width * 11 / 8.5)
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    title = ImageFont.load_default(size=int(font_px * 1.4))
    body = ImageFont.load_default(size=font_px)
    y = int(width * 0.08)
    for index, line in enumerate(lines):
        font = title if index == 0 else body
        draw.text((int(width * 0.09), y), line, fill=20, font=font)
        y += int((font_px * 1.4 if index == 0 else font_px) * 1.9)
    return page


def photograph(page: Image.Image, kind: str, seed: int, size: tuple[int, int]) -> Image.Image:
    """The page as a phone would take it: on a desk, tilted, lit unevenly, blurred, noisy."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    width, height = size
    tilt = {"clean": 0.6, "skewed": 5.0, "noisy": 2.0, "sideways": 1.5}[kind]
    warp = {"clean": 0.01, "skewed": 0.05, "noisy": 0.025, "sideways": 0.02}[kind]
    blur = {"clean": 0.7, "skewed": 1.0, "noisy": 1.6, "sideways": 0.9}[kind]
    noise = {"clean": 4.0, "skewed": 7.0, "noisy": 16.0, "sideways": 6.0}[kind]
    # the page fills most of the frame, shown slightly in perspective
    scale = min(width, height) * rng.uniform(0.86, 0.92) / page.width
    page = page.resize(
        (int(page.width * scale), int(page.height * scale)), Image.Resampling.LANCZOS
    )
    page = page.rotate(
        rng.uniform(-tilt, tilt), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=95
    )
    desk = Image.new("L", (width, height), rng.randint(80, 110))
    desk.paste(page, ((width - page.width) // 2, (height - page.height) // 2))
    jitter = [rng.uniform(-warp, warp) * width for _ in range(8)]
    quad = (
        jitter[0],
        jitter[1],
        jitter[2],
        height + jitter[3],
        width + jitter[4],
        height + jitter[5],
        width + jitter[6],
        jitter[7],
    )
    photo = desk.transform((width, height), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    # light falls off towards one corner; the sensor adds noise; the lens blurs a little
    xs = np.linspace(0.0, 1.0, width, dtype=np.float32)
    ys = np.linspace(0.0, 1.0, height, dtype=np.float32)
    corner = rng.choice([(0, 0), (1, 0), (0, 1), (1, 1)])
    fall = np.abs(xs[None, :] - corner[0]) + np.abs(ys[:, None] - corner[1])
    light = 1.0 - 0.22 * fall / 2.0
    pixels = np.asarray(photo.filter(ImageFilter.GaussianBlur(blur)), dtype=np.float32) * light
    pixels += nrng.normal(0.0, noise, pixels.shape).astype(np.float32)
    gray = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    tint = Image.merge(
        "RGB", (gray.point(lambda v: min(255, v + 6)), gray, gray.point(lambda v: max(0, v - 8)))
    )
    if kind == "sideways":  # held sideways, no orientation tag
        tint = tint.rotate(rng.choice([90, 180, 270]), expand=True)
    return tint


def page_photo(
    index: int, kind: str, seed: int = 15, size: tuple[int, int] = (2268, 3024)
) -> PagePhoto:
    """Photo number INDEX of kind KIND, the same bytes for the same arguments."""
    rng = random.Random(f"{seed}:{kind}:{index}")
    lines = page_lines(rng)
    font_px = rng.choice([26, 30, 34])  # about 9 to 12 points on a letter page
    photo = photograph(render_page(lines, font_px=font_px), kind, rng.randint(0, 2**31), size)
    out = io.BytesIO()
    quality = 70 if kind == "noisy" else 88
    photo.save(out, format="JPEG", quality=quality)
    return PagePhoto(f"{kind}-{index:02d}.jpg", kind, out.getvalue(), "\n".join(lines))


def quality_set(
    per_kind: int = 4, seed: int = 15, size: tuple[int, int] = (2268, 3024)
) -> list[PagePhoto]:
    """PER_KIND photos of every kind."""
    return [page_photo(i, kind, seed, size) for kind in KINDS for i in range(per_kind)]


def char_accuracy(read: str, truth: str) -> float:
    """1 - normalised Levenshtein distance, whitespace runs counted as one space."""
    from rapidfuzz.distance import Levenshtein

    a = " ".join(read.split())
    b = " ".join(truth.split())
    return 1.0 - Levenshtein.normalized_distance(a, b)
