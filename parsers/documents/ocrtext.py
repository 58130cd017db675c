"""OCR lines into the document's text: one segment per line, carrying that line's confidence."""
from __future__ import annotations

from parsers.documents.ocr import ocr_image, poor, upright
from parsers.documents.reflow import continues
from parsers.documents.tools import Deadline
from parsers.documents.types import TextBuilder


def add_ocr_page(out: TextBuilder, image: str, origin: str, deadline: Deadline,
                 dpi: int | None = 300) -> tuple[int, float]:
    """OCR `image` and append its text to `out`; returns (words read, sum of their confidences).

    Lines of one paragraph that wrapped are joined with a space; paragraphs
    are separated by a blank line, as in a text layer.
    """
    page = ocr_image(image, deadline, dpi)
    if poor(page):
        turned = upright(image, deadline)
        if turned:
            again = ocr_image(turned, deadline, dpi)
            if again.confidence_sum > page.confidence_sum:
                page = again
    if not page.lines:
        return 0, 0.0
    out.separate("\n\n")
    longest = max(len(ln.text) for ln in page.lines)
    prev = None
    for ln in page.lines:
        if prev is not None:
            if ln.paragraph != prev.paragraph:
                out.add("\n\n")
            elif continues(prev.text, ln.text, longest):
                out.add(" ")
            else:
                out.add("\n")
        out.add(ln.text, origin, round(ln.confidence, 1))
        prev = ln
    return page.words, page.confidence_sum
