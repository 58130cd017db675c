"""PDF: the text layer page by page, filled form fields, and OCR for pages that are only an image."""
from __future__ import annotations

import io
import logging
import os
import tempfile

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from parsers.documents.acroform import read_fields
from parsers.documents.formtext import field_map, is_registry_form, render_form, render_generic
from parsers.documents.ocr import check_tesseract, render_pdf_page
from parsers.documents.ocrtext import add_ocr_page
from parsers.documents.reflow import reflow
from parsers.documents.tools import Deadline, DocumentError, safe_detail
from parsers.documents.types import DocumentText, TextBuilder

log = logging.getLogger("postmottak.parsers.documents")

# A page with fewer printed characters than this is a scan (or a blank page).
MIN_TEXT_CHARS = 25


def open_pdf(data: bytes) -> PdfReader:
    """A reader for `data`, decrypted when it only has an owner password; DocumentError otherwise."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError) as err:
                raise DocumentError(f"PDF is encrypted ({safe_detail(err)})") from err
            if not ok:
                raise DocumentError("PDF is encrypted")
        if len(reader.pages) == 0:
            raise DocumentError("PDF has no pages")
    except DocumentError:
        raise
    except FileNotDecryptedError as err:
        raise DocumentError("PDF is encrypted") from err
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, RecursionError, OSError) as err:
        raise DocumentError(f"PDF cannot be read: {safe_detail(err)}") from err
    return reader


def _page_text(page) -> str:
    try:
        return page.extract_text() or ""
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds on a broken content stream
        log.warning("text layer of a page unreadable: %s", type(err).__name__)
        return ""


def read_pdf(data: bytes, filename: str, deadline: Deadline, max_pages: int) -> DocumentText:
    """Text of a PDF: a registry form as canonical lines, other pages as text, scans by OCR."""
    reader = open_pdf(data)
    doc = DocumentText(kind="pdf", pages=len(reader.pages))
    if doc.pages > max_pages:
        doc.notes.append(f"read the first {max_pages} of {doc.pages} pages")
    pages = [_page_text(p) for p in reader.pages[:max_pages]]
    deadline.check("reading the PDF")
    try:
        fields = read_fields(reader, max_pages)
    except Exception as err:  # noqa: BLE001 - a broken form dictionary leaves the page text
        log.warning("form fields unreadable: %s", type(err).__name__)
        doc.notes.append("form fields could not be read")
        fields = []
    out = TextBuilder()
    doc.fields = field_map(fields)
    if fields and is_registry_form(fields, pages[0] if pages else "", _title(reader)):
        # The printed text of a form is its blank labels and guidance; the
        # canonical lines say everything the fields say, without the noise.
        render_form(fields, filename, out)
        doc.text, doc.segments = out.text, out.segments
        return doc
    scans = [i for i, t in enumerate(pages, start=1) if _needs_ocr(t, reader.pages[i - 1])]
    ocr_words, ocr_conf = 0, 0.0
    with tempfile.TemporaryDirectory(prefix="postmottak-pdf-") as work:
        path = ""
        if scans:
            check_tesseract()  # before rendering: say what is missing, not what failed later
            path = os.path.join(work, "in.pdf")
            with open(path, "wb") as fh:
                fh.write(data)
        for pno, text in enumerate(pages, start=1):
            if pno in scans:
                deadline.check("OCR of the PDF")
                image = render_pdf_page(path, pno, work, deadline)
                words, conf = add_ocr_page(out, image, f"{filename}#page={pno}", deadline)
                os.unlink(image)
                ocr_words += words
                ocr_conf += conf
                continue
            text = reflow(text)
            if text.strip():
                out.separate("\n\n")
                out.add(text, f"{filename}#page={pno}")
    render_generic(fields, filename, out)
    doc.text, doc.segments = out.text, out.segments
    if scans:
        doc.ocr = True
        doc.ocr_confidence = round(ocr_conf / ocr_words, 1) if ocr_words else 0.0
    return doc


def _title(reader: PdfReader) -> str:
    try:
        return str((reader.metadata or {}).get("/Title") or "")
    except Exception:  # noqa: BLE001 - metadata is a hint only
        return ""


def garbled(text: str) -> bool:
    """A text layer of glyph codes, not letters (fonts without a Unicode map): read it by OCR instead."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < MIN_TEXT_CHARS:
        return False
    odd = sum(1 for c in chars if not c.isprintable() or "\ue000" <= c <= "\uf8ff" or c == "\ufffd")
    return odd > 0.3 * len(chars) or text.count("(cid:") * 6 > 0.3 * len(chars)


def _needs_ocr(text: str, page) -> bool:
    """A page that is only an image (a scan), or whose text layer is glyph codes."""
    if len("".join(text.split())) < MIN_TEXT_CHARS:
        return _has_image(page)
    return garbled(text)


def _has_image(page) -> bool:
    """True when the page draws an image (or a form XObject that may hold one): a scan to OCR."""
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources else None
        if xobjects is None:
            return False
        return any(x.get_object().get("/Subtype") in ("/Image", "/Form") for x in xobjects.get_object().values())
    except Exception:  # noqa: BLE001 - when unsure, OCR the page
        return True
