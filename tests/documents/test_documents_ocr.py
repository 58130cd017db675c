"""Scans (an image-only PDF, a JPEG) read by tesseract -l nor, with confidences; no tesseract, a clear error."""
from __future__ import annotations

import docmakers as makers
from parsers.documents import read_document


def flat(text: str) -> str:
    return " ".join(text.split())


def test_ocr_scanned_pdf_reads_name_hpr_and_dates(ocr_read):
    doc = ocr_read["pdf"]
    assert doc.error is None and doc.ocr and doc.pages == 1
    text = flat(doc.text)
    for needle in ("Kari Nordmann Berg", "1234567", "2. september 2024", "28. februar 2025", "340399"):
        assert needle in text, needle
    assert 0 < doc.ocr_confidence <= 100


def test_ocr_segments_carry_page_and_line_confidence(ocr_read):
    doc = ocr_read["pdf"]
    seg = doc.segment_at(doc.text.index("1234567"))
    assert seg.origin == "Skann_001.pdf#page=1"
    assert seg.confidence is not None and 0 < seg.confidence <= 100


def test_ocr_jpeg_page_image(ocr_read):
    doc = ocr_read["jpeg"]
    assert doc.error is None and doc.ocr and doc.kind == "image"
    assert "1234567" in doc.text and "Kari Nordmann Berg" in flat(doc.text)


def test_ocr_needs_review_follows_confidence(ocr_read):
    doc = ocr_read["pdf"]
    assert doc.needs_review is (doc.ocr_confidence < 80)


def test_ocr_without_tesseract_is_an_error_string(scan, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where Debian's tesseract-ocr is not installed
    doc = read_document(makers.attachment("Skann_001.jpg", scan["jpeg"], "image/jpeg"))
    assert doc.error == "tesseract is not installed (Debian package tesseract-ocr)"
    doc = read_document(makers.attachment("Skann_001.pdf", scan["pdf"], "application/pdf"))
    assert doc.error == "tesseract is not installed (Debian package tesseract-ocr)"


def test_ocr_timeout_ends_the_subprocess_with_an_error(scan):
    doc = read_document(makers.attachment("Skann_001.pdf", scan["pdf"], "application/pdf"), timeout=0.3)
    assert doc.error and "took longer than 0.3 s" in doc.error


def test_ocr_multipage_tiff_reads_up_to_max_pages(scan):
    import io

    from PIL import Image

    page = Image.open(io.BytesIO(scan["jpeg"]))
    buf = io.BytesIO()
    page.save(buf, "TIFF", save_all=True, append_images=[page.copy()], compression="tiff_lzw", dpi=(300, 300))
    doc = read_document(makers.attachment("skann.tif", buf.getvalue(), "image/tiff"), max_pages=1)
    assert doc.error is None and doc.pages == 2
    assert doc.notes == ["read the first 1 of 2 pages"]
    assert flat(doc.text).count("1234567") == 1
    assert doc.origin_at(doc.text.index("1234567")) == "skann.tif#page=1"


def test_ocr_sideways_scan_is_turned_upright(scan):
    import io

    from PIL import Image

    sideways = Image.open(io.BytesIO(scan["jpeg"])).rotate(90, expand=True)
    buf = io.BytesIO()
    sideways.save(buf, "JPEG", quality=80, dpi=(300, 300))
    doc = read_document(makers.attachment("skann.jpg", buf.getvalue(), "image/jpeg"))
    assert doc.error is None
    assert "1234567" in doc.text and "Kari Nordmann Berg" in flat(doc.text)
    assert doc.ocr_confidence > 80
