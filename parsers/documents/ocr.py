"""OCR of page images with Tesseract's Norwegian data: text by line, with word confidences."""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass

from parsers.documents.tools import Deadline, DocumentError, require, run

LANG = "nor"
RENDER_DPI = 300
# A short line read with less confidence than this is a signature, not words.
SCRIBBLE_BELOW = 60.0
# A page read with less mean confidence than this is tried again turned upright.
POOR_BELOW = 60.0


@dataclass
class OcrLine:
    text: str
    confidence: float
    paragraph: tuple[int, int]  # (block, paragraph): a new one starts a new block of text


@dataclass
class OcrPage:
    lines: list[OcrLine]
    words: int
    confidence_sum: float


def check_tesseract() -> str:
    """The tesseract path, or a DocumentError when it or its Norwegian data is missing."""
    exe = require("tesseract", "tesseract-ocr")
    return exe


def _env() -> dict[str, str]:
    # One thread per tesseract: several documents may be read at once, and
    # OpenMP threads on a small machine cost more than they give.
    return dict(os.environ, OMP_THREAD_LIMIT="1")


def ocr_image(path: str, deadline: Deadline, dpi: int | None = None) -> OcrPage:
    """OCR one image file (PNG, JPEG, TIFF page) with `tesseract -l nor` and TSV output."""
    exe = check_tesseract()
    cmd = [exe, path, "stdout", "-l", LANG, "--psm", "3"]
    if dpi:
        cmd += ["--dpi", str(dpi)]
    try:
        out = run(cmd + ["tsv"], deadline, "OCR (tesseract)", env=_env())
    except DocumentError as err:
        if "nor" in str(err) and ("traineddata" in str(err) or "language" in str(err).lower()):
            raise DocumentError("tesseract has no Norwegian data (Debian package tesseract-ocr-nor)") from err
        raise
    return parse_tsv(out.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> OcrPage:
    """Tesseract TSV rows (level 5 = word) grouped into lines with their mean word confidence."""
    lines: dict[tuple[int, int, int, int], list[tuple[str, float]]] = {}
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if row.get("level") != "5":
            continue
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        key = (int(row["page_num"]), int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append((text, conf))
    out, words, total = [], 0, 0.0
    for key in sorted(lines):
        ws = lines[key]
        if _is_scribble(ws):
            continue
        words += len(ws)
        total += sum(c for _, c in ws)
        out.append(OcrLine(" ".join(t for t, _ in ws), sum(c for _, c in ws) / len(ws), key[:3]))
    return OcrPage(out, words, total)


def render_pdf_page(pdf_path: str, page: int, workdir: str, deadline: Deadline) -> str:
    """Render one PDF page to a grey image at RENDER_DPI with pdftoppm; returns the image path.

    PGM, not PNG: compressing a 300 dpi page to PNG costs pdftoppm seconds,
    writing it raw costs a tenth of one, and tesseract reads both.
    """
    exe = require("pdftoppm", "poppler-utils")
    stem = os.path.join(workdir, f"page{page}")
    run([exe, "-r", str(RENDER_DPI), "-gray", "-f", str(page), "-l", str(page), "-singlefile",
         pdf_path, stem], deadline, "rendering a PDF page (pdftoppm)")
    return stem + ".pgm"


def _is_scribble(words: list[tuple[str, float]]) -> bool:
    """A signature or a stamp read as a few letters with low confidence ("UM"): not text."""
    chars = sum(len(t) for t, _ in words)
    return chars <= 5 and sum(c for _, c in words) / len(words) < SCRIBBLE_BELOW


def poor(page: OcrPage) -> bool:
    """Too little read, or read with too little confidence: perhaps the page lies sideways."""
    return page.words < 5 or page.confidence_sum / page.words < POOR_BELOW


def upright(image: str, deadline: Deadline) -> str | None:
    """The page turned upright when tesseract's orientation detection says it is not, else None."""
    try:
        out = run([check_tesseract(), image, "stdout", "--psm", "0"], deadline, "orientation (tesseract)",
                  env=_env()).decode("utf-8", "replace")
    except DocumentError:
        return None  # too few letters to tell: keep the page as it was read
    match = re.search(r"Rotate:\s*(\d+)", out)
    angle = int(match.group(1)) if match else 0
    if angle not in (90, 180, 270):
        return None
    from PIL import Image

    stem, _ = os.path.splitext(image)
    turned = f"{stem}-rot{angle}.png"
    with Image.open(image) as img:
        img.rotate(-angle, expand=True).save(turned, compress_level=1)
    return turned
