"""Documents per second: text PDFs, filled forms, Word files, and scans read by OCR.

    .venv/bin/python bench/documents.py [--ocr N] [--text N]

Every document is made here (reportlab, pypdf, python-docx, pdftoppm and
Pillow for the scans), so the figures need no corpus. One process, one
document at a time: tesseract runs with one thread (OMP_THREAD_LIMIT=1).
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "documents"))

import docmakers as makers  # noqa: E402
from docx import Document  # noqa: E402

from parsers.documents import read_document  # noqa: E402

LETTER = [
    "Kari Nordmann Berg", "Sentrum legesenter", "", "Hamar, 2. september 2024", "",
    "Oppsigelse av fastlegeavtale", "",
    "Jeg sier med dette opp min avtale om deltakelse i fastlegeordningen i Hamar kommune,",
    "fastlegeliste 340399 ved Sentrum legesenter. Etter avtale med kommuneoverlegen blir min",
    "siste arbeidsdag 28. februar 2025.", "", "HPR-nr.: 1234567", "", "Med vennlig hilsen", "Kari Nordmann Berg",
]
FORM_VALUES = {"listenummer": "340517", "legekontor": "Nordre Ål legesenter", "listetak": "1000",
               "fratrer_navn": "Trond Aalstad", "fratrer_hpr": "3417052", "ny_navn": "Hanna Lie Gundersen",
               "ny_hpr": "8052316", "gjelder_fra": "01.11.2024"}


def rate(name: str, att, n: int, check: str) -> None:
    doc = read_document(att)  # warm up, and check that the figure measures real reading
    assert doc.error is None and check in " ".join(doc.text.split()), (name, doc.error, doc.text[:200])
    start = time.perf_counter()
    for _ in range(n):
        read_document(att)
    took = time.perf_counter() - start
    extra = f", OCR confidence {doc.ocr_confidence}" if doc.ocr else ""
    print(f"{name:<28} {n:>4} docs {took:7.2f} s  {n / took:8.1f} docs/s  {1000 * took / n:8.1f} ms/doc{extra}")


def docx_bytes() -> bytes:
    doc = Document()
    for line in LETTER:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--text", type=int, default=200, help="text documents per kind (default 200)")
    ap.add_argument("--ocr", type=int, default=5, help="scanned pages (default 5)")
    args = ap.parse_args()
    text_pdf = makers.text_pdf([LETTER])
    two_pages = makers.text_pdf([LETTER, LETTER])
    form = makers.form_pdf(makers.FORM_NB, FORM_VALUES, ticked=False)
    print(f"documents read one at a time on {os.cpu_count()} CPUs")
    rate("text PDF, 1 page", makers.attachment("brev.pdf", text_pdf), args.text, "HPR-nr.: 1234567")
    rate("text PDF, 2 pages", makers.attachment("brev.pdf", two_pages), args.text, "HPR-nr.: 1234567")
    rate("filled AcroForm PDF", makers.attachment("skjema.pdf", form), args.text, "Gjelder fra: 01.11.2024")
    rate("Word .docx", makers.attachment("brev.docx", docx_bytes()), args.text, "HPR-nr.: 1234567")
    if not (makers.have("pdftoppm") and makers.have("tesseract")):
        print("OCR: skipped (pdftoppm or tesseract is not installed)")
        return
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "brev.pdf")
        with open(path, "wb") as fh:
            fh.write(text_pdf)
        scan = makers.image_pdf(makers.scan_page(path, work))
    rate("scanned PDF page (OCR)", makers.attachment("skann.pdf", scan), args.ocr, "1234567")


if __name__ == "__main__":
    main()
