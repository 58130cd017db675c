"""Documents made by real writers for the tests: reportlab + pypdf forms, python-docx, LibreOffice, Pillow scans."""
from __future__ import annotations

import io
import os
import random
import shutil
import subprocess

from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.models import Attachment

# (section heading, [(printed label, field name, tooltip or None)])
FORM_NB = [
    ("1  Fastlegelisten", [("Listenummer (FLR)", "listenummer", "Listenummer (FLR)"),
                           ("Legekontor", "legekontor", "Legekontor"), ("Listetak", "listetak", "Listetak")]),
    ("2  Fastlege som fratrer", [("Navn", "fratrer_navn", "Navn"), ("HPR-nr.", "fratrer_hpr", "HPR-nr.")]),
    ("3  Ny fastlege eller ubesatt liste", [("Ny lege", "ny_navn", "Ny lege"), ("HPR-nr.", "ny_hpr", "HPR-nr."),
                                            ("Oppstartsdato", "gjelder_fra", "Oppstartsdato")]),
    ("4  Kontaktperson", [("Navn", "kontakt_navn", "Navn"), ("Telefon", "kontakt_tlf", "Telefon")]),
]
# Nynorsk, with the opaque field names a form designer leaves ("Tekst1") and
# no tooltips: the labels can only be read from the page.
FORM_NN = [
    ("1  Fastlegelista", [("Listenummer", "Tekst1", None), ("Legekontor", "Tekst2", None),
                          ("Listetak", "Tekst3", None)]),
    ("2  Fastlege som sluttar", [("Namn", "Tekst4", None), ("HPR-nummer", "Tekst5", None)]),
    ("3  Ny fastlege eller ubesett liste", [("Namn", "Tekst6", None), ("HPR-nummer", "Tekst7", None),
                                            ("Gjeld frå", "Tekst8", None)]),
    ("4  Kontaktperson i kommunen", [("Namn", "Tekst9", None), ("Telefon", "Tekst10", None)]),
]


def form_pdf(layout, values: dict[str, str], ticked: bool, box_name: str = "ubesatt",
             box_label: str = "Ubesatt liste", title: str = "Melding til fastlegeregisteret") -> bytes:
    """A one-page fillable form drawn by reportlab, filled by pypdf as a municipality would."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, height = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(48, height - 60, title)
    y = height - 100
    for heading, row in layout:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, heading)
        y -= 22
        for i, (label, name, tooltip) in enumerate(row):
            x = 48 + i * 170
            c.setFont("Helvetica", 8)
            c.drawString(x, y, label)
            kw = {"tooltip": tooltip} if tooltip else {}
            c.acroForm.textfield(name=name, x=x, y=y - 21, width=160, height=17, borderWidth=0.6,
                                 fillColor=white, textColor=black, fontName="Helvetica", fontSize=10, **kw)
        y -= 46
        if heading.startswith("3"):
            c.acroForm.checkbox(name=box_name, x=48, y=y, size=11, buttonStyle="cross", borderColor=black,
                                fillColor=white, textColor=black, fieldFlags="")
            c.setFont("Helvetica", 8.5)
            c.drawString(64, y + 2, box_label)
            y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(48, 60, "Oppstartsdato er datoen den nye fastlegen overtar listen.")
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = dict(values)
    vals[box_name] = "/Yes" if ticked else "/Off"
    writer.update_page_form_field_values(writer.pages[0], vals, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a text layer, one list of lines per page (reportlab)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for lines in pages:
        c.setFont("Helvetica", 11)
        y = A4[1] - 72
        for line in lines:
            c.drawString(60, y, line)
            y -= 15
        c.showPage()
    c.save()
    return buf.getvalue()


def attachment(name: str, data: bytes, ctype: str = "application/octet-stream", action: str = "kept") -> Attachment:
    return Attachment(name, ctype, ctype, len(data), data, action=action)


def soffice(src: str, fmt: str, outdir: str, profile: str) -> str:
    """Convert with LibreOffice headless (Debian's libreoffice-writer-nogui); returns the new file."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True,
                   timeout=180, env=dict(os.environ, HOME=profile))
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


def scan_page(pdf_path: str, workdir: str, angle: float = 0.7, seed: int = 7) -> Image.Image:
    """Print and scan a page: render at 300 dpi in grey, rotate slightly, add noise and a paper tone."""
    stem = os.path.join(workdir, "render")
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-singlefile", pdf_path, stem], check=True, timeout=120)
    img = Image.open(stem + ".pgm").convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rnd = random.Random(seed)
    noise = Image.effect_noise(img.size, 18)
    img = Image.blend(img, noise, 0.12).point(lambda v: 20 + v * 215 // 255)  # grey toner, off-white paper
    for _ in range(400):  # dust
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        img.putpixel((x, y), 40)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def image_pdf(img: Image.Image) -> bytes:
    """An image-only PDF (no text layer), as a scanner writes it."""
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=300.0)
    return buf.getvalue()


def have(*programs: str) -> bool:
    return all(shutil.which(p) for p in programs)
