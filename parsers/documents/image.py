"""Scanned pages sent as images (PNG, JPEG, multi-page TIFF): OCR page by page."""
from __future__ import annotations

import io
import os
import tempfile
import warnings

from PIL import Image, ImageOps

from parsers.documents.ocrtext import add_ocr_page
from parsers.documents.tools import Deadline, DocumentError, safe_detail
from parsers.documents.types import DocumentText, TextBuilder

# Pillow refuses images above this many pixels (a decompression bomb); an A3 page at 600 dpi is 70 Mpx.
MAX_PIXELS = 100_000_000


def read_image(data: bytes, filename: str, deadline: Deadline, max_pages: int) -> DocumentText:
    """OCR every frame of an image; each line a segment "NAME#page=N" with its confidence."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            frames = getattr(img, "n_frames", 1)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise DocumentError(f"image cannot be read: {safe_detail(err)}") from err
    doc = DocumentText(kind="image", pages=frames, ocr=True)
    if frames > max_pages:
        doc.notes.append(f"read the first {max_pages} of {frames} pages")
    out = TextBuilder()
    words, conf = 0, 0.0
    with tempfile.TemporaryDirectory(prefix="postmottak-img-") as work:
        for n in range(min(frames, max_pages)):
            deadline.check("OCR of the image")
            try:
                img.seek(n)
                dpi = img.info.get("dpi", (0, 0))[0]
                page = ImageOps.exif_transpose(img).convert("L")
                path = os.path.join(work, f"page{n + 1}.png")
                page.save(path, compress_level=1)
            except (OSError, ValueError, EOFError) as err:
                raise DocumentError(f"image page {n + 1} cannot be read: {safe_detail(err)}") from err
            w, c = add_ocr_page(out, path, f"{filename}#page={n + 1}", deadline,
                                int(dpi) if dpi and 70 <= dpi <= 1200 else 300)
            words, conf = words + w, conf + c
    doc.text, doc.segments = out.text, out.segments
    doc.ocr_confidence = round(conf / words, 1) if words else 0.0
    return doc
