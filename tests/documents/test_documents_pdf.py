"""PDF text layers: pages, segments, bounds, and encrypted or broken files ending in an error string."""
from __future__ import annotations

import io
import logging

from pypdf import PdfReader, PdfWriter

import docmakers as makers
from parsers.documents import read_document

PAGES = [["Oppsigelse av fastlegeavtale", "Fastlege Per Hansen, HPR-nr. 1234567"],
         ["Siste arbeidsdag: 31.03.2025"], ["Vedlegg 1"]]


def pdf_att(data: bytes, name: str = "brev.pdf"):
    return makers.attachment(name, data, "application/pdf")


def encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(makers.text_pdf(PAGES))))
    writer.encrypt(user_password=user_password, owner_password="eier", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pdf_text_layer_by_page_with_segments():
    doc = read_document(pdf_att(makers.text_pdf(PAGES)))
    assert doc.error is None and doc.pages == 3 and not doc.ocr
    assert "HPR-nr. 1234567" in doc.text
    assert doc.origin_at(doc.text.index("1234567")) == "brev.pdf#page=1"
    assert doc.origin_at(doc.text.index("31.03.2025")) == "brev.pdf#page=2"


def test_pdf_max_pages_reads_the_first_pages_and_says_so():
    doc = read_document(pdf_att(makers.text_pdf(PAGES)), max_pages=2)
    assert doc.pages == 3 and "Vedlegg 1" not in doc.text and "31.03.2025" in doc.text
    assert doc.notes == ["read the first 2 of 3 pages"]


def test_pdf_encrypted_with_a_password_is_an_error():
    doc = read_document(pdf_att(encrypted("hemmelig")))
    assert doc.error == "PDF is encrypted" and doc.text == ""


def test_pdf_encrypted_with_owner_password_only_is_read():
    doc = read_document(pdf_att(encrypted("")))
    assert doc.error is None and "1234567" in doc.text


def test_pdf_broken_file_is_an_error_not_a_crash():
    for data in (b"%PDF-1.7\n%garbage\n", makers.text_pdf(PAGES)[:300], b"%PDF-1.4\n" + b"\x00" * 2000):
        doc = read_document(pdf_att(data))
        assert doc.error and doc.error.startswith("PDF"), doc.error


def test_pdf_too_large_is_an_error():
    from parsers.documents import read as read_module

    data = makers.text_pdf(PAGES)
    old = read_module.MAX_BYTES
    read_module.MAX_BYTES = len(data) - 1
    try:
        doc = read_document(pdf_att(data))
    finally:
        read_module.MAX_BYTES = old
    assert doc.error and "too large" in doc.error


def test_pdf_wrapped_lines_are_joined():
    long = "Jeg sier med dette opp min avtale om deltakelse i fastlegeordningen, og siste dag blir 27."
    doc = read_document(pdf_att(makers.text_pdf([[long, "februar 2025.", "Hilsen", "Per Hansen", "fastlege"]])))
    assert "blir 27. februar 2025." in doc.text
    assert "Per Hansen\nfastlege" in doc.text


def test_pdf_read_document_of_a_spreadsheet_says_so():
    doc = read_document(makers.attachment("a.csv", b"a,b\n1,2\n", "text/csv"))
    assert doc.error and "not a document" in doc.error


def test_pdf_library_warnings_in_logs_mask_fodselsnummer(caplog):
    data = makers.text_pdf(PAGES).replace(b"/Type /Page\n", b"/Type /Page /X 01019912345!!\n", 1)
    data = data.replace(b"/MediaBox", b"/MediaBox 010199 12345 \x9b", 1)
    with caplog.at_level("DEBUG"):
        read_document(pdf_att(data))
    # pypdf's own records stop at the "pypdf" logger (pytest hooks into it, an
    # application's handlers on the root do not); what reaches the root is ours.
    assert logging.getLogger("pypdf").propagate is False
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("postmottak")]
    assert any("Invalid" in m or "Expecting" in m for m in ours)
    logged = "\n".join(ours)
    assert "01019912345" not in logged and "010199 12345" not in logged


def test_pdf_garbled_text_layer_goes_to_ocr():
    from parsers.documents.pdf import garbled

    assert garbled("\ue001\ue002\ue003 " * 20)
    assert garbled("(cid:12)(cid:40)(cid:7) " * 10)
    assert not garbled("Jeg sier med dette opp min fastlegeavtale, HPR-nr. 1234567.")
