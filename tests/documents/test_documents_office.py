"""Word, ODF text, legacy .doc (LibreOffice) and RTF documents to text, in bokmål and nynorsk."""
from __future__ import annotations

import io
import zipfile

import docmakers as makers
from parsers.documents import is_document, read_document

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_office_docx_paragraphs_header_table_and_checkboxes(office_docs):
    doc = read_document(makers.attachment("melding.docx", office_docs["melding.docx"], DOCX))
    assert doc.error is None and doc.kind == "docx"
    lines = doc.text.splitlines()
    assert lines[0] == "STORD KOMMUNE – Helse og omsorg"  # the page header comes first
    assert "Synnøve Eldøy, HPR-nr. 7425930, tek over lista frå 1. august 2025." in lines
    assert "Listenummer: 461407" in lines and "Fastlege som sluttar: Bjarne Rommetveit" in lines
    assert "[x] Ny fastlege   [ ] Ubesett liste" in lines
    assert doc.origin_at(doc.text.index("7425930")) == "melding.docx"


def test_office_docx_line_break_inside_paragraph(office_docs):
    doc = read_document(makers.attachment("brev.docx", office_docs["letter.docx"], DOCX))
    assert "Kari Nordmann Berg\nspesialist i allmennmedisin" in doc.text


def test_office_odt_written_by_libreoffice(office_docs):
    doc = read_document(makers.attachment("melding.odt", office_docs["melding.odt"],
                                          "application/vnd.oasis.opendocument.text"))
    assert doc.error is None and doc.kind == "odt"
    assert "tek over lista frå 1. august 2025" in doc.text
    assert "Listenummer: 461407" in doc.text


def test_office_legacy_doc_through_libreoffice(office_docs):
    doc = read_document(makers.attachment("melding.doc", office_docs["melding.doc"], "application/msword"))
    assert doc.error is None and doc.kind == "doc"
    assert "Synnøve Eldøy, HPR-nr. 7425930" in doc.text
    assert "Listenummer: 461407" in doc.text


def test_office_letter_pdf_by_libreoffice_reads_with_wrapped_lines_joined(office_docs):
    doc = read_document(makers.attachment("brev.pdf", office_docs["letter.pdf"], "application/pdf"))
    assert doc.error is None and not doc.ocr
    flat = doc.text
    assert "Hamar, 2. september 2024" in flat and "HPR-nr.: 1234567" in flat
    assert "siste arbeidsdag 28. februar 2025" in " ".join(flat.split())
    assert "Kari Nordmann Berg\nspesialist i allmennmedisin" in flat


def test_office_rtf_with_norwegian_letters():
    rtf = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0 Melding til fastlegeregisteret\par "
           rb"Ny fastlege: Synn\'f8ve Eld\'f8y, HPR-nr. 7425930\par Gjeld fr\'e5: 01.08.2025\par}")
    doc = read_document(makers.attachment("melding.rtf", rtf, "application/rtf"))
    assert doc.error is None
    assert "Ny fastlege: Synnøve Eldøy, HPR-nr. 7425930" in doc.text
    assert "Gjeld frå: 01.08.2025" in doc.text


def test_office_broken_docx_is_an_error():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><unclosed>")
    doc = read_document(makers.attachment("brev.docx", buf.getvalue(), DOCX))
    assert doc.error and doc.error.startswith("DOCX document cannot be read")
    doc = read_document(makers.attachment("brev.docx", b"PK\x03\x04 truncated", DOCX))
    assert doc.error


def test_office_broken_odt_is_an_error():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<nope")
    doc = read_document(makers.attachment("melding.odt", buf.getvalue()))
    assert doc.error and doc.error.startswith("ODT document cannot be read")


def test_office_truncated_docx_is_a_broken_document_not_a_non_document(office_docs):
    """Regression: a truncated zip was sniffed as "not a document" and so never reported."""
    data = office_docs["melding.docx"][:3000]
    att = makers.attachment("melding.docx", data, DOCX)
    assert is_document(att)
    doc = read_document(att)
    assert doc.error and doc.error.startswith("DOCX document cannot be read")
