"""Session fixtures: documents written once per test session by LibreOffice, python-docx and Pillow."""
from __future__ import annotations

import io
import os
import sys

import pytest
from docx import Document
from docx.shared import Cm
from PIL import Image, ImageDraw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # docmakers, under any import mode
import docmakers as makers  # noqa: E402

LETTER_NB = [
    "Kari Nordmann Berg",
    "Sentrum legesenter",
    "Storgata 1, 2317 Hamar",
    "",
    "Hamar, 2. september 2024",
    "",
    "Oppsigelse av fastlegeavtale",
    "Jeg sier med dette opp min avtale om deltakelse i fastlegeordningen i Hamar kommune, fastlegeliste "
    "340399 ved Sentrum legesenter. Etter avtale med kommuneoverlegen blir min siste arbeidsdag 28. februar "
    "2025, og listen kan overføres til en ny fastlege fra 1. mars 2025.",
    "HPR-nr.: 1234567",
    "Med vennlig hilsen",
]
LETTER_NN = [
    "Melding til fastlegeregisteret",
    "Ny fastlege på eksisterande liste",
    "Synnøve Eldøy, HPR-nr. 7425930, tek over lista frå 1. august 2025.",
]
TABLE_NN = [("Listenummer", "461407"), ("Fastlege som sluttar", "Bjarne Rommetveit"), ("Listetak", "900")]


def _signature() -> bytes:
    img = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(img).line([(20, 80), (90, 30), (160, 90), (240, 25), (380, 70)], fill=(20, 30, 100), width=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def letter_docx(path: str) -> None:
    doc = Document()
    for line in LETTER_NB:
        doc.add_paragraph(line)
    doc.add_picture(io.BytesIO(_signature()), width=Cm(4.0))
    doc.add_paragraph("Kari Nordmann Berg\nspesialist i allmennmedisin")
    doc.save(path)


def nynorsk_docx(path: str) -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "STORD KOMMUNE – Helse og omsorg"
    for line in LETTER_NN:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=2)
    for label, value in TABLE_NN:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("☒ Ny fastlege   ☐ Ubesett liste")
    doc.add_paragraph("Stord, 24. juni 2025")
    doc.save(path)


@pytest.fixture(scope="session")
def office_docs(tmp_path_factory) -> dict[str, bytes]:
    """docx written by python-docx, and the PDF, .odt and .doc LibreOffice makes of them (once per session)."""
    if not makers.have("soffice"):
        pytest.skip("LibreOffice (soffice) is not installed")
    work = tmp_path_factory.mktemp("office")
    profile = str(work / "profile")
    letter, nynorsk = str(work / "letter.docx"), str(work / "melding.docx")
    letter_docx(letter)
    nynorsk_docx(nynorsk)
    out = {"letter.docx": letter, "melding.docx": nynorsk,
           "letter.pdf": makers.soffice(letter, "pdf", str(work), profile),
           "melding.odt": makers.soffice(nynorsk, "odt", str(work), profile),
           "melding.doc": makers.soffice(nynorsk, "doc", str(work), profile)}
    files = {}
    for name, path in out.items():
        with open(path, "rb") as fh:
            files[name] = fh.read()
    files["letter.pdf.path"] = out["letter.pdf"].encode()
    return files


@pytest.fixture(scope="session")
def scan(office_docs, tmp_path_factory) -> dict[str, bytes]:
    """The bokmål letter printed and scanned: an image-only PDF and a JPEG of the page."""
    if not makers.have("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    work = tmp_path_factory.mktemp("scan")
    img = makers.scan_page(office_docs["letter.pdf.path"].decode(), str(work))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80, dpi=(300, 300))
    return {"pdf": makers.image_pdf(img), "jpeg": buf.getvalue()}


@pytest.fixture(scope="session")
def ocr_read(scan):
    """read_document of the scanned PDF and JPEG, OCR'd once per session."""
    if not makers.have("tesseract"):
        pytest.skip("tesseract is not installed")
    from parsers.documents import read_document

    return {"pdf": read_document(makers.attachment("Skann_001.pdf", scan["pdf"], "application/pdf")),
            "jpeg": read_document(makers.attachment("Skann_001.jpg", scan["jpeg"], "image/jpeg"))}


@pytest.fixture(scope="session")
def corpus_dir() -> str:
    """Six messages with document attachments, copied from the shared corpus's documents/."""
    return os.path.join(os.path.dirname(__file__), "data")
