"""is_document: documents by extension, type and content; never spreadsheets or signature logos."""
from __future__ import annotations

import io
import zipfile

import openpyxl
from PIL import Image

import docmakers as makers
from parsers.documents import document_kind, is_document


def xlsx_bytes() -> bytes:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Listenummer"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def odf_bytes(mime: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", "<office:document-content/>")
    return buf.getvalue()


def png_bytes(size: tuple[int, int], noisy: bool) -> bytes:
    img = Image.effect_noise(size, 60).convert("L") if noisy else Image.new("L", size, 255)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_sniff_pdf_by_content_despite_name_and_type():
    att = makers.attachment("skjema.bin", makers.text_pdf([["Hei"]]), "application/octet-stream")
    assert document_kind(att) == "pdf" and is_document(att)


def test_sniff_odt_by_mimetype_member():
    att = makers.attachment("melding", odf_bytes("application/vnd.oasis.opendocument.text"))
    assert document_kind(att) == "odt"


def test_sniff_rejects_spreadsheets():
    assert not is_document(makers.attachment("skjema.xlsx", xlsx_bytes()))
    assert not is_document(makers.attachment("fordeling.bin", xlsx_bytes()))  # by content
    assert not is_document(makers.attachment("skjema.ods", odf_bytes("application/vnd.oasis.opendocument.spreadsheet")))
    assert not is_document(makers.attachment("x", odf_bytes("application/vnd.oasis.opendocument.spreadsheet")))
    assert not is_document(makers.attachment("liste.csv", b"flr_list_id,citizens\n340517,3\n", "text/csv"))


def test_sniff_rejects_legacy_excel_but_takes_legacy_word():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
    assert not is_document(makers.attachment("a.xls", ole + "Workbook".encode("utf-16-le")))
    assert document_kind(makers.attachment("a.doc", ole + "WordDocument".encode("utf-16-le"))) == "doc"


def test_sniff_rtf_and_docx_by_content():
    assert document_kind(makers.attachment("brev", b"{\\rtf1\\ansi Hei}")) == "rtf"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    assert document_kind(makers.attachment("brev", buf.getvalue())) == "docx"


def test_sniff_small_signature_logo_is_not_a_document():
    logo = png_bytes((240, 80), noisy=True)
    assert not is_document(makers.attachment("image001.png", logo, "image/png", action="inline"))


def test_sniff_scanned_page_image_is_a_document():
    page = png_bytes((1240, 1754), noisy=True)  # A4 at 150 dpi
    assert len(page) > 20_000
    assert is_document(makers.attachment("skann.png", page, "image/png"))


def test_sniff_unknown_bytes_are_not_documents():
    assert not is_document(makers.attachment("notes.txt", b"hello", "text/plain"))
    assert not is_document(makers.attachment("x.zip", odf_bytes("application/zip")))
