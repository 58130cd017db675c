#!/usr/bin/env python3
"""Build the v_ corpus: documents as messages (tests/corpus/documents/).

    .venv/bin/python tests/corpus/make_corpus_v.py [--keep OUTDIR]

Twenty messages whose content is in an attachment, in the style of the shared
corpus's documents/ (make_documents.py there): fillable PDF forms with other
field names and labels (nynorsk labels, meaningless names like Tekst1 with
the labels printed on the page, tooltips, an "Ubesett liste" box, a vikar
field), letters exported from Word to PDF, a .docx with a label/value table,
an .odt in nynorsk, an .rtf, a legacy .doc, a scanned letter, a phone photo
(JPEG) and a PNG of a letter, a two-page PDF whose second page is the form,
covering notes that repeat or complete the form, an encrypted and a broken
PDF, a municipal signature logo that must be ignored, and one letter sent as
both .docx and .pdf.

The helpers of /work/shared/corpus/make_documents.py (the Helfo form's look,
Outlook message, signature scribble, scan, OCR check, gold checks) are
imported from there.  Writes documents/v_*.eml + .expected.json and appends
(idempotently, never changing a row) the lists and municipalities to
registry/lists.csv and registry/unassigned.csv.  LibreOffice, reportlab and
pypdf stamp ids/times, so a rebuild is equivalent, not byte-identical.
"""
import argparse
import base64
import datetime as dt
import hashlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
from email import encoders
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_documents", "/work/shared/corpus/make_documents.py")
MD = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(MD)

OUT = os.path.join(HERE, "documents")
REGISTRY = os.path.join(HERE, "registry")
UTC = dt.timezone.utc
oslo, order, gold, check_gold = MD.oslo, MD.order, MD.gold, MD.check_gold
para, new_docx, docx_bytes, soffice = MD.para, MD.new_docx, MD.docx_bytes, MD.soffice
LATE, IN_TIME, REG = MD.LATE, MD.IN_TIME, MD.REG
MD.MIME.update({".rtf": ("application", "rtf"), ".doc": ("application", "msword"),
                ".jpg": ("image", "jpeg"), ".jpeg": ("image", "jpeg"), ".png": ("image", "png")})

TERM_FORBID = ["last_day_from_notice_period"]


def npe(y, m, d):
    return MD.notice_period_end(dt.date(y, m, d)).isoformat()


# ------------------------------------------------------------ forms

TEAL, GREY = MD.TEAL, MD.GREY


def draw_form(c, spec):
    """Draw one A4 form page on canvas c. spec: title, subtitle, intro,
    sections [(title, [(label, name, x, width, tooltip)])], checkbox
    (after section index, name, label, text, tooltip), date field."""
    W, H = A4
    L, WIDTH = 48, 499
    form = c.acroForm
    c.setFillColor(TEAL)
    c.roundRect(L, H - 78, 86, 30, 4, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(L + 12, H - 70, "helfo")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 17)
    c.drawRightString(L + WIDTH, H - 62, spec["title"])
    c.setFont("Helvetica", 8)
    c.drawRightString(L + WIDTH, H - 76, spec["subtitle"])
    y = H - 104
    c.setFont("Helvetica", 8.5)
    for line in spec["intro"]:
        c.drawString(L, y, line)
        y -= 11.5
    y -= 8

    def field(label, name, x, width, yy, tooltip):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(black)
        c.drawString(L + x, yy, label)
        kw = dict(tooltip=tooltip) if tooltip else {}
        form.textfield(name=name, x=L + x, y=yy - 21, width=width, height=17, borderWidth=0.6,
                       borderColor=Color(0.35, 0.35, 0.35), fillColor=white, textColor=black,
                       fontName="Helvetica", fontSize=10, maxlen=200, forceBorder=True, **kw)

    def section(title, yy):
        c.setFillColor(GREY)
        c.rect(L, yy - 4, WIDTH, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(L + 4, yy, title)
        return yy - 22

    for i, (title, row) in enumerate(spec["sections"]):
        y = section(title, y)
        for label, name, x, width, tip in row:
            field(label, name, x, width, y, tip)
        y -= 46
        cb = spec.get("checkbox")
        if cb and cb[0] == i:
            _, name, label, text, tip = cb
            kw = dict(tooltip=tip) if tip else {}
            form.checkbox(name=name, x=L, y=y - 2, size=11, buttonStyle="cross", borderColor=black,
                          fillColor=white, textColor=black, borderWidth=0.8, forceBorder=True,
                          fieldFlags="", **kw)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(L + 17, y + 1, label)
            c.setFont("Helvetica", 8.5)
            c.drawString(L + 17 + c.stringWidth(label, "Helvetica-Bold", 8.5) + 6, y + 1, text)
            y -= 30
    sig = spec["signature"]
    y = section(sig[0], y)
    field(sig[1], sig[2], 0, 110, y, sig[3])
    c.setFont("Helvetica", 7.5)
    c.drawString(L + 130, y, sig[4])
    c.setLineWidth(0.6)
    c.line(L + 130, y - 21, L + WIDTH, y - 21)
    c.setFont("Helvetica", 7)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawString(L, 40, spec["footer"])
    c.setFillColor(black)


def fill_pdf(blank, values, page, filled_at, checkbox=None, ticked=False):
    r = PdfReader(io.BytesIO(blank))
    w = PdfWriter(clone_from=r)
    vals = dict(values)
    if checkbox:
        vals[checkbox] = "/Yes" if ticked else "/Off"
    names = set(r.get_fields())
    assert set(vals) <= names, set(vals) - names
    w.update_page_form_field_values(w.pages[page], vals, auto_regenerate=False)
    w.add_metadata({"/CreationDate": "D:20230109101500+01'00'", "/ModDate": MD.pdf_date(filled_at)})
    out = io.BytesIO()
    w.write(out)
    data = out.getvalue()
    got = {k: v.get("/V") for k, v in PdfReader(io.BytesIO(data)).get_fields().items()}
    for k, v in vals.items():
        assert got[k] == v, (k, got[k], v)
    return data


def form_pdf(spec, values, filled_at, checkbox=None, ticked=False, cover=None):
    """A blank form (optionally after a cover page drawn by cover(c)), filled."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(spec["title"])
    c.setAuthor("Helfo")
    page = 0
    if cover:
        cover(c)
        c.showPage()
        page = 1
    draw_form(c, spec)
    c.showPage()
    c.save()
    return fill_pdf(buf.getvalue(), values, page, filled_at, checkbox, ticked)


NN_INTRO = ["Bruk skjemaet når ein ny fastlege tek over ei eksisterande liste, eller når ei liste blir ubesett.",
            "Send skjemaet til Helfo, post@helfo.no, minst 14 dagar før endringa skal gjelde,",
            "helst seks veker før, slik at endringa kan visast på helsenorge.no i god tid. Éi liste per skjema."]
NB_INTRO = MD.INTRO


def nn_form_tekst():
    """Nynorsk form, Acrobat-style field names Tekst1.. and no tooltips."""
    return dict(
        title="Melding til fastlegeregisteret", subtitle="Skjema 05-04.27 Nynorsk", intro=NN_INTRO,
        sections=[
            ("1  Kommunen", [("Kommune", "Tekst1", 0, 330, None), ("Kommunenummer", "Tekst2", 340, 159, None)]),
            ("2  Fastlegelista", [("Listenummer (FLR)", "Tekst3", 0, 150, None),
                                  ("Legekontor", "Tekst4", 160, 240, None), ("Listetak", "Tekst5", 410, 89, None)]),
            ("3  Fastlege som sluttar", [("Namn", "Tekst6", 0, 260, None), ("HPR-nr.", "Tekst7", 270, 110, None),
                                         ("Siste arbeidsdag", "Tekst8", 390, 109, None)]),
            ("4  Ny fastlege eller ubesett liste", [("Ny fastlege – namn", "Tekst9", 0, 260, None),
                                                    ("HPR-nr.", "Tekst10", 270, 110, None),
                                                    ("Oppstartsdato / gjeld frå", "Tekst11", 390, 109, None)]),
            ("5  Kontaktperson i kommunen", [("Namn", "Tekst12", 0, 170, None), ("Telefon", "Tekst13", 180, 95, None),
                                             ("E-post", "Tekst14", 285, 214, None)]),
        ],
        checkbox=(3, "Avkrysningsboks1", "Ubesett liste",
                  "– lista har ingen fast lege frå datoen over. Felta for ny fastlege skal ikkje fyllast ut.", None),
        signature=("6  Underskrift", "Dato", "Tekst15", None, "Underskrift (leiar eller kommuneoverlege)"),
        footer="Helfo handsamar opplysningane i skjemaet etter forskrift om fastlegeordning i kommunane.")


def nn_form_tooltips():
    """Nynorsk form with meaningless names (fld_0..) and descriptive tooltips, and a vikar field."""
    T = [("Kommune", "fld_0", 0, 330, "Namnet på kommunen"),
         ("Kommunenr.", "fld_1", 340, 159, "Kommunenummer (fire siffer)")]
    return dict(
        title="Melding til fastlegeregisteret", subtitle="Skjema 05-04.27 Nynorsk", intro=NN_INTRO,
        sections=[
            ("1  Kommunen", T),
            ("2  Lista", [("Liste", "fld_2", 0, 150, "Listenummer i fastlegeregisteret (FLR-ID)"),
                          ("Kontor", "fld_3", 160, 240, "Legekontoret lista høyrer til"),
                          ("Tak", "fld_4", 410, 89, "Listetak etter endringa")]),
            ("3  Fastlegen som sluttar", [("Namn", "fld_5", 0, 260, "Namn på fastlegen som sluttar"),
                                          ("HPR", "fld_6", 270, 110, "HPR-nummeret til fastlegen som sluttar"),
                                          ("Siste dag", "fld_7", 390, 109, "Siste arbeidsdag for fastlegen som sluttar")]),
            ("4  Ny fastlege / ubesett liste", [("Namn", "fld_8", 0, 260, "Namn på ny fastlege"),
                                                ("HPR", "fld_9", 270, 110, "HPR-nummeret til ny fastlege"),
                                                ("Frå dato", "fld_10", 390, 109, "Endringa gjeld frå (oppstartsdato)")]),
            ("5  Vikar (berre ved ubesett liste)", [("Namn", "fld_11", 0, 260, "Vikar som driv lista medan ho er ubesett"),
                                                    ("Periode", "fld_12", 270, 229, "Periode for vikariatet")]),
            ("6  Kontaktperson", [("Namn", "fld_13", 0, 170, "Kontaktperson i kommunen"),
                                  ("Telefon", "fld_14", 180, 95, "Telefon til kontaktpersonen"),
                                  ("E-post", "fld_15", 285, 214, "E-post til kontaktpersonen")]),
        ],
        checkbox=(3, "fld_16", "Ubesett liste", "– kryss av når det ikkje er tilsett ny fastlege.",
                  "Ubesett liste"),
        signature=("7  Underskrift", "Dato", "fld_17", "Dato for utfylling", "Underskrift (leiar eller kommuneoverlege)"),
        footer="Helfo handsamar opplysningane i skjemaet etter forskrift om fastlegeordning i kommunane.")


def nb_form_text():
    """Bokmål form saved by another tool: names Text Field 0.., labels on the page only, and a vikar field."""
    n = iter(range(100))

    def f(label, x, w):
        return (label, f"Text Field {next(n)}", x, w, None)
    return dict(
        title="Melding til fastlegeregisteret", subtitle="Skjema 05-04.27 Bokmål", intro=NB_INTRO,
        sections=[
            ("1  Kommunen", [f("Kommune", 0, 330), f("Kommunenummer", 340, 159)]),
            ("2  Fastlegelisten", [f("Listenummer (FLR)", 0, 150), f("Legekontor", 160, 240), f("Listetak", 410, 89)]),
            ("3  Fastlege som fratrer", [f("Navn", 0, 260), f("HPR-nr.", 270, 110), f("Siste arbeidsdag", 390, 109)]),
            ("4  Ny fastlege eller ubesatt liste", [f("Ny fastlege – navn", 0, 260), f("HPR-nr.", 270, 110),
                                                    f("Oppstartsdato / gjelder fra", 390, 109)]),
            ("5  Vikar i overgangsperioden", [f("Vikarens navn", 0, 260), f("Periode", 270, 229)]),
            ("6  Kontaktperson i kommunen", [f("Navn", 0, 170), f("Telefon", 180, 95), f("E-post", 285, 214)]),
        ],
        checkbox=(3, "Check Box 1", "Ubesatt liste",
                  "– listen har ingen fast lege fra datoen over. Feltene for ny fastlege fylles ikke ut.", None),
        signature=("7  Underskrift", "Dato", "Text Field 99", None, "Underskrift (leder eller kommuneoverlege)"),
        footer="Helfo behandler opplysningene i skjemaet etter forskrift om fastlegeordning i kommunene.")


def nb_form_named():
    """Bokmål form with English-ish programmer names and tooltips."""
    return dict(
        title="Melding til fastlegeregisteret", subtitle="Skjema 05-04.27 Bokmål", intro=NB_INTRO,
        sections=[
            ("1  Kommunen", [("Kommune", "txtMunicipality", 0, 330, "Kommune"),
                             ("Kommunenummer", "txtMunicipalityNo", 340, 159, "Kommunenummer")]),
            ("2  Fastlegelisten", [("Listenummer (FLR)", "txtListId", 0, 150, "Listenummer (FLR)"),
                                   ("Legekontor", "txtOffice", 160, 240, "Legekontor"),
                                   ("Listetak", "txtCeiling", 410, 89, "Listetak")]),
            ("3  Fastlege som fratrer", [("Navn", "txtOldName", 0, 260, "Fratredende fastlege, navn"),
                                         ("HPR-nr.", "txtOldHpr", 270, 110, "Fratredende fastlege, HPR-nr."),
                                         ("Siste arbeidsdag", "dtOldLast", 390, 109, "Siste arbeidsdag")]),
            ("4  Ny fastlege eller ubesatt liste", [("Ny fastlege – navn", "txtNewName", 0, 260, "Ny fastlege, navn"),
                                                    ("HPR-nr.", "txtNewHpr", 270, 110, "Ny fastlege, HPR-nr."),
                                                    ("Oppstartsdato / gjelder fra", "dtStart", 390, 109,
                                                     "Oppstartsdato / gjelder fra")]),
            ("5  Kontaktperson i kommunen", [("Navn", "txtContact", 0, 170, "Kontaktperson"),
                                             ("Telefon", "txtPhone", 180, 95, "Telefon"),
                                             ("E-post", "txtEmail", 285, 214, "E-post")]),
        ],
        checkbox=(3, "chkVacant", "Ubesatt liste",
                  "– listen har ingen fast lege fra datoen over. Feltene for ny fastlege fylles ikke ut.",
                  "Ubesatt liste"),
        signature=("6  Underskrift", "Dato", "dtSigned", "Dato", "Underskrift (leder eller kommuneoverlege)"),
        footer="Helfo behandler opplysningene i skjemaet etter forskrift om fastlegeordning i kommunene.")


# ------------------------------------------------------------ letters


def letter_docx(author, when, blocks, sig_seed=None, work=None, font="Liberation Sans", size=11):
    """blocks: [(text, kw)] paragraphs; 'SIG' inserts a signature scribble."""
    doc = new_docx(author, when, font=font, size=size)
    for b in blocks:
        if b == "SIG":
            doc.add_picture(MD.signature_png(os.path.join(work, f"sig{sig_seed}.png"), sig_seed), width=MD.Cm(5.0))
            continue
        text, kw = b if isinstance(b, tuple) else (b, {})
        para(doc, text, **kw)
    return doc


def to_format(doc, work, stem, fmt, stamp):
    src = os.path.join(work, stem + ".docx")
    doc.save(src)
    if fmt == "docx":
        return open(src, "rb").read(), src
    path = MD.soffice(src, fmt, work, stamp)
    return open(path, "rb").read(), src


def ocr_image(path, must, label):
    r = subprocess.run(["tesseract", path, "-", "-l", "nor"], check=True, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    flat = " ".join(r.stdout.decode("utf-8").split())
    missing = [m for m in must if m not in flat]
    if missing:
        sys.exit(f"{label}: tesseract -l nor did not read {missing}:\n{flat}")
    print(f"{label}: OCR reads {', '.join(must)}")


def _degrade(img, seed, *, angle, bg, noise, dust, blur, tone=None):
    """Pillow + numpy stand-in for the ImageMagick chain (ImageMagick is not
    installed here): rotate on a background, lift black and lower white, a
    light gradient, Gaussian noise, dust, blur."""
    import numpy as np
    from PIL import ImageFilter
    rnd = np.random.default_rng(seed)
    w, h = img.size
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    a = np.asarray(img).astype(np.float32)
    a = 0.07 * 255 + a * (0.95 - 0.07)
    if tone is not None:
        grad = np.linspace(1.0, tone, h, dtype=np.float32)[:, None]
        a = a * (grad if a.ndim == 2 else grad[..., None])
    a = a + rnd.normal(0, noise, a.shape)
    if dust:
        mask = rnd.random(a.shape[:2]) < dust
        a[mask] = rnd.choice([30.0, 230.0], size=int(mask.sum()))[:, None] if a.ndim == 3 else \
            rnd.choice([30.0, 230.0], size=int(mask.sum()))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(blur))


def scan_pdf(pdf_path, work, *, dpi, angle, seed, when, producer):
    """Print-and-scan a one-page PDF: grey render, rotation, paper tone, noise,
    JPEG, wrapped in an image-only PDF (like make_documents.scan)."""
    stem = os.path.join(work, f"scan{seed}")
    MD.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", pdf_path, stem])
    img = _degrade(Image.open(stem + ".png").convert("L"), seed, angle=angle, bg=255, noise=6, dust=0.0002,
                   blur=0.55)
    jpg = stem + ".jpg"
    img.save(jpg, "JPEG", quality=50)
    buf = io.BytesIO()
    Image.open(jpg).save(buf, "PDF", resolution=float(dpi))
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.add_metadata({"/Producer": producer, "/Creator": producer,
                    "/CreationDate": MD.pdf_date(when), "/ModDate": MD.pdf_date(when)})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), jpg


def photo_jpeg(pdf_path, work, seed):
    """A phone photo of a printed letter: colour render at 170 dpi on a dark
    table, tilted, warm uneven light, noise, JPEG."""
    stem = os.path.join(work, f"photo{seed}")
    MD.run(["pdftoppm", "-r", "170", "-png", "-singlefile", pdf_path, stem])
    page = Image.open(stem + ".png").convert("RGB")
    w, h = page.size
    table = Image.new("RGB", (w + 60, h + 60), (92, 84, 74))
    warm = Image.new("RGB", page.size, (246, 238, 222))
    from PIL import ImageChops
    table.paste(ImageChops.multiply(page, warm), (30, 30))
    img = _degrade(table, seed, angle=-1.6, bg=(92, 84, 74), noise=6, dust=0, blur=0.6, tone=0.84)
    img = img.resize((int(img.width * 0.92), int(img.height * 0.92)), Image.LANCZOS)
    jpg = stem + ".jpg"
    img.save(jpg, "JPEG", quality=60)
    return open(jpg, "rb").read(), jpg


def page_png(pdf_path, work, seed):
    """A page exported as a PNG (grey, 130 dpi, 16 grey levels): a 'skjermbilete'."""
    stem = os.path.join(work, f"png{seed}")
    MD.run(["pdftoppm", "-r", "130", "-gray", "-png", "-singlefile", pdf_path, stem])
    out = stem + "_q.png"
    Image.open(stem + ".png").convert("L").quantize(16).save(out, "PNG", optimize=True)
    return open(out, "rb").read(), out


# ------------------------------------------------------------ e-mail

def _outlook_headers(name, received, sender, subject, attach):
    pod = "AM7PR04MB" + str(int(hashlib.sha1(name.encode()).hexdigest()[:4], 16) % 9000 + 1000)
    h = hashlib.sha1(name.encode()).hexdigest()
    arrived = received + dt.timedelta(seconds=int(h[4:6], 16) % 40 + 5)
    relay = f"mail-eopbgr{int(h[6:8], 16) % 900 + 10}.outbound.protection.outlook.com"
    subj = MD.encoded_words(subject)
    return pod, [
        ("Return-Path", f"<{sender[1]}>"),
        ("Received", MD.fold("Received", f"from {relay} ({relay} [203.0.113.{int(h[8:10], 16) % 250 + 1}]) by"
                                         f" mx01.helfo.no (Postfix) with ESMTPS id {MD.seeded(name + 'q', 11)}"
                                         f" for <post@helfo.no>; {format_datetime(arrived)}")),
        ("From", formataddr(sender, charset="utf-8")),
        ("To", "post@helfo.no"),
        ("Subject", MD.fold("Subject", subj)),
        ("Thread-Topic", MD.fold("Thread-Topic", subj)),
        ("Thread-Index", base64.b64encode(hashlib.sha1(("ti" + name).encode()).digest()[:22]).decode()),
        ("Date", format_datetime(received.astimezone(UTC))),
        ("Message-ID", f"<{pod}{MD.seeded(name, 24)}@{pod}.EURPRD04.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "nb-NO, en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
        ("Content-Language", "nb-NO"),
    ]


def _flatten(top, headers):
    for part in top.walk():
        if "MIME-Version" in part:
            del part["MIME-Version"]
    top._headers = list(headers) + top._headers
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(top)
    return buf.getvalue()


def outlook_logo(name, received, sender, subject, body, attachments, logo_png):
    """Outlook with a signature logo: mixed[related[alternative[plain, html], image/png inline], attachments]."""
    pod, headers = _outlook_headers(name, received, sender, subject, True)
    cid = f"image001.png@01DB{MD.seeded(name + 'cid', 4)}.{MD.seeded(name + 'cid2', 8)}"
    html = MD.outlook_html(body).replace(
        "</div>\n</body>",
        f'<p class="MsoNormal"><img width="180" height="48" style="width:1.875in;height:.5in" '
        f'id="Bilde_x0020_1" src="cid:{cid}" alt="Verdal kommune"><o:p></o:p></p>\n</div>\n</body>')
    alt = MIMEMultipart("alternative", boundary=f"_002_{pod}_")
    alt.attach(MD.text_part(body, "plain"))
    alt.attach(MD.text_part(html, "html"))
    rel = MIMEMultipart("related", boundary=f"_001_{pod}_", type="multipart/alternative")
    rel.attach(alt)
    img = MIMEImage(logo_png, "png", name="image001.png")
    img.add_header("Content-Description", "image001.png")
    img.add_header("Content-Disposition", "inline", filename="image001.png", size=str(len(logo_png)))
    img.add_header("Content-ID", f"<{cid}>")
    rel.attach(img)
    top = MIMEMultipart("mixed", boundary=f"_004_{pod}_")
    top.attach(rel)
    for fn, data in attachments:
        top.attach(MD.attachment(fn, data, received - dt.timedelta(minutes=2)))
    return _flatten(top, headers)


def outlook(name, received, sender, subject, body, attachments):
    return MD.outlook_message(name, received, sender, subject, body, attachments)


def thunderbird(name, received, sender, subject, body, attachments):
    top = MIMEMultipart("mixed", boundary="------------" + MD.seeded(name + "b", 24, "0123456789ABCDEFabcdef"))
    tp = MD.text_part(body, "plain")
    tp.set_param("format", "flowed")
    top.attach(tp)
    for fn, data in attachments:
        maintype, subtype = MD.MIME[os.path.splitext(fn)[1]]
        p = MIMEBase(maintype, subtype, name=fn)
        p.set_payload(data)
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=fn)
        top.attach(p)
    h = hashlib.sha1(name.encode()).hexdigest()
    domain = sender[1].split("@")[1]
    headers = [
        ("Return-Path", f"<{sender[1]}>"),
        ("Received", MD.fold("Received", f"from smtp.{domain} (smtp.{domain} [198.51.100.{int(h[:2], 16) % 250 + 1}])"
                                         f" by mx01.helfo.no (Postfix) with ESMTPS id {MD.seeded(name + 'q', 11)}"
                                         f" for <post@helfo.no>; {format_datetime(received + dt.timedelta(seconds=9))}")),
        ("Message-ID", f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"),
        ("Date", format_datetime(received)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "nb"),
        ("To", "post@helfo.no"),
        ("From", formataddr(sender, charset="utf-8")),
        ("Subject", MD.fold("Subject", MD.encoded_words(subject))),
    ]
    return _flatten(top, headers)


def iphone(name, received, sender, subject, body, attachments, tail="Sendt fra min iPhone"):
    b = "Apple-Mail-" + "-".join(MD.seeded(name + str(i), n, "0123456789ABCDEF") for i, n in enumerate((8, 4, 4, 4, 12)))
    top = MIMEMultipart("mixed", boundary=b)
    top.attach(MD.text_part(body, "plain"))
    for fn, data in attachments:
        maintype, subtype = MD.MIME[os.path.splitext(fn)[1]]
        p = MIMEBase(maintype, subtype, name=fn)
        p.set_payload(data)
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "inline", filename=fn)
        top.attach(p)
    top.attach(MD.text_part("\n\n" + tail + "\n", "plain"))
    h = hashlib.sha1(name.encode()).hexdigest().upper()
    domain = sender[1].split("@")[1]
    headers = [
        ("Return-Path", f"<{sender[1]}>"),
        ("Received", MD.fold("Received", f"from mail-eopbgr{int(h[:2], 16) % 900 + 10}.outbound.protection.outlook.com"
                                         f" by mx01.helfo.no (Postfix) with ESMTPS id {MD.seeded(name + 'q', 11)}"
                                         f" for <post@helfo.no>; {format_datetime(received + dt.timedelta(seconds=14))}")),
        ("From", formataddr(sender, charset="utf-8")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", format_datetime(received)),
        ("Subject", MD.fold("Subject", MD.encoded_words(subject))),
        ("Message-Id", f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"),
        ("To", "post@helfo.no"),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    return _flatten(top, headers)


# ------------------------------------------------------------ registry

NEW_LISTS = [
    ("112207", "1122", "Bjørn Espeland", "5120734", "open", "1000", "986"),
    ("464409", "4644", "Torunn Bolstad", "4702518", "open", "900", "871"),
    ("420112", "4201", "Geir Halvorsen", "6301947", "open", "1000", "993"),
    ("465105", "4651", "Kjersti Loen", "2958341", "open", "1100", "1087"),
    ("421303", "4213", "Arvid Lunden", "1390662", "closed", "1200", "1200"),
    ("321804", "3218", "Elin Haugland", "3812096", "open", "1200", "1176"),
    ("461806", "4618", "Nils Olav Tveito", "6093815", "open", "1000", "962"),
    ("321207", "3212", "Marte Bjerke", "4870231", "open", "1000", "974"),
    ("184103", "1841", "Hans Petter Nilsen", "2604178", "open", "1000", "951"),
    ("505608", "5056", "Ragnhild Strøm", "7180452", "open", "800", "779"),
    ("187011", "1870", "Steinar Hansen", "5407612", "open", "1100", "1090"),
    ("502511", "5025", "Ingeborg Rønning", "3329507", "open", "900", "884"),
    ("331004", "3310", "Per Ivar Sundby", "6652019", "open", "1000", "990"),
    ("461205", "4612", "Helge Vik", "4619027", "open", "1000", "955"),
    ("322003", "3220", "Lars Kristian Ødegård", "5240863", "open", "1100", "1072"),
    ("151604", "1516", "Randi Hareide", "6914730", "open", "1000", "980"),
    ("113502", "1135", "Kåre Sørensen", "1947206", "open", "900", "880"),
    ("503814", "5038", "Gunhild Moe Ekren", "3065181", "open", "1000", "968"),
    ("152807", "1528", "Olav Sætre", "7240315", "open", "1000", "991"),
    ("465006", "4650", "Astrid Sandal", "5571042", "open", "900", "872"),
]
NEW_UNASSIGNED = [
    ("1122", "6", "automatic"), ("4644", "0", "automatic"), ("4201", "4", "automatic"),
    ("4651", "0", "automatic"), ("4213", "3", "automatic"), ("3218", "17", "manual"),
    ("4618", "5", "automatic"), ("3212", "9", "manual"), ("1841", "2", "automatic"),
    ("5056", "0", "automatic"), ("1870", "4", "automatic"), ("5025", "3", "automatic"),
    ("3310", "0", "automatic"), ("4612", "2", "automatic"), ("3220", "11", "manual"),
    ("1516", "1", "automatic"), ("1135", "0", "automatic"), ("5038", "8", "manual"),
    ("1528", "2", "automatic"), ("4650", "0", "automatic"),
]


def append_rows(path, rows):
    """Append rows whose key (first column) is not there yet; never change a row."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    have = {}
    for ln in text.splitlines()[1:]:
        have[ln.split(",")[0]] = ln
    add = []
    for r in rows:
        ln = ",".join(r)
        if r[0] in have:
            if have[r[0]] != ln:
                sys.exit(f"{path}: {r[0]} is already there with other values: {have[r[0]]}")
            continue
        add.append(ln)
    if add:
        with open(path, "a", encoding="utf-8") as f:
            if not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(add) + "\n")
    print(f"{os.path.relpath(path, HERE)}: {len(add)} rows added")


# ------------------------------------------------------------ messages

M = {}


def msg(fn):
    M[fn.__name__] = fn
    return fn


def tgold(mun, review, o, note, *, required=(), forbidden=()):
    basis = o["last_working_day_basis"]
    req = list(required) + (["last_day_from_notice_period"] if basis == "notice_period" else [])
    forb = list(forbidden) + (TERM_FORBID if basis == "stated" else []) + REG
    return gold("termination_notice", mun, review, [o], req, forb, note)


def term(**kw):
    kw.setdefault("reason", "resignation")
    lwd = dt.date.fromisoformat(kw["last_working_day"])
    kw["transfer_date"] = MD.first_of_next_month(lwd).isoformat()
    return order("termination", **kw)


@msg
def v_a01_gjesdal_nynorsk_form_tekst_fields(work):
    received = oslo(2024, 10, 15, 9, 41, 22)
    pdf = form_pdf(nn_form_tekst(), {
        "Tekst1": "Gjesdal", "Tekst2": "1122", "Tekst3": "112207", "Tekst4": "Ålgård legesenter", "Tekst5": "1000",
        "Tekst6": "Bjørn Espeland", "Tekst7": "5120734", "Tekst8": "30.11.2024",
        "Tekst9": "Solfrid Mæland", "Tekst10": "8836120", "Tekst11": "01.12.2024",
        "Tekst12": "Tor Inge Nærland", "Tekst13": "51 61 42 00", "Tekst14": "tor.inge.naerland@gjesdal.kommune.no",
        "Tekst15": "14.10.2024"}, oslo(2024, 10, 14, 15, 2), checkbox="Avkrysningsboks1", ticked=False)
    body = """Hei,

Sjå vedlagt skjema.

Helsing
Tor Inge Nærland
kommuneoverlege
Gjesdal kommune
"""
    eml = outlook("v_a01", received, ("Tor Inge Nærland", "tor.inge.naerland@gjesdal.kommune.no"),
                  "Melding til fastlegeregisteret", body, [("Skjema 05-04.27 nynorsk utfylt.pdf", pdf)])
    g = gold("list_change", "1122", False,
             [order("new_gp", flr_list_id="112207", clinic="Ålgård legesenter", previous_gp_name="Bjørn Espeland",
                    previous_hpr_number="5120734", gp_name="Solfrid Mæland", hpr_number="8836120",
                    start_date="2024-12-01", list_ceiling=1000)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "Nynorsk AcroForm whose fields are called Tekst1..Tekst15 with no tooltips: the labels ('Namn', "
             "'Oppstartsdato / gjeld frå') are only printed on the page above each field; the body is just 'Sjå "
             "vedlagt skjema'. 'Siste arbeidsdag' 30.11.2024 and the form date are not the start. Received Tue 15 "
             "Oct 2024, registered Thu 17 Oct, 45 days before 1 Dec: in time; 47 days ahead.")
    return received, eml, g, {"v_a01.pdf": pdf}


@msg
def v_a02_luster_tooltips_ubesett_vikar(work):
    received = oslo(2025, 2, 3, 13, 7, 50)
    pdf = form_pdf(nn_form_tooltips(), {
        "fld_0": "Luster", "fld_1": "4644", "fld_2": "464409", "fld_3": "Gaupne legekontor", "fld_4": "900",
        "fld_5": "Torunn Bolstad", "fld_6": "4702518", "fld_7": "28.02.2025",
        "fld_10": "01.03.2025", "fld_11": "Jonas Moe Hauge", "fld_12": "01.03.2025–31.08.2025",
        "fld_13": "Ingvild Ølmheim", "fld_14": "57 68 55 00", "fld_15": "ingvild.olmheim@luster.kommune.no",
        "fld_17": "31.01.2025"}, oslo(2025, 1, 31, 10, 44), checkbox="fld_16", ticked=True)
    body = """Hei,

Vedlagt er melding om at lista ved Gaupne legekontor blir ubesett frå 1. mars. Vikar Jonas Moe Hauge driv lista fram til vi har tilsett ny fastlege.

Helsing
Ingvild Ølmheim
rådgjevar helse
Luster kommune
"""
    eml = outlook("v_a02", received, ("Ingvild Ølmheim", "ingvild.olmheim@luster.kommune.no"),
                  "Ubesett liste Gaupne legekontor", body, [("Melding til fastlegeregisteret.pdf", pdf)])
    g = gold("list_change", "4644", False,
             [order("unassigned_list", flr_list_id="464409", clinic="Gaupne legekontor",
                    previous_gp_name="Torunn Bolstad", previous_hpr_number="4702518", start_date="2025-03-01",
                    list_ceiling=900)],
             ["timing_in_time", "helsenorge_not_visible_early"], IN_TIME + REG,
             "Nynorsk AcroForm with meaningless field names (fld_0..fld_17) whose tooltips carry the meaning; short "
             "printed labels ('Namn', 'HPR', 'Frå dato') repeat in several sections. 'Ubesett liste' is ticked and a "
             "vikar section is filled (Jonas Moe Hauge, no HPR): no new GP, an unassigned_list. Received Mon 3 Feb "
             "2025, registered Wed 5 Feb, 24 days before 1 Mar: in time; 26 days ahead, not on Helsenorge early.")
    return received, eml, g, {"v_a02.pdf": pdf}


@msg
def v_a03_risor_text_field_names_vikar_filled(work):
    received = oslo(2025, 8, 21, 14, 26, 3)
    v = {f"Text Field {i}": s for i, s in enumerate([
        "Risør", "4201", "420112", "Risør legesenter", "1000",
        "Geir Halvorsen", "6301947", "31.08.2025",
        "Maria Gundersen Lia", "9051736", "01.09.2025",
        "", "",
        "Eva Tjøstheim", "37 14 96 00", "eva.tjostheim@risor.kommune.no"])}
    v["Text Field 99"] = "20.08.2025"
    v = {k: x for k, x in v.items() if x}
    pdf = form_pdf(nb_form_text(), v, oslo(2025, 8, 20, 16, 12), checkbox="Check Box 1", ticked=False)
    body = """Hei!

Vedlagt følger melding til fastlegeregisteret for liste 420112. Beklager at den kommer sent, ansettelsen ble ikke klar før denne uken.

Med vennlig hilsen
Eva Tjøstheim
Enhetsleder, Helse
Risør kommune
Tlf. 37 14 96 00
"""
    eml = outlook("v_a03", received, ("Eva Tjøstheim", "eva.tjostheim@risor.kommune.no"),
                  "Melding til fastlegeregisteret - liste 420112", body,
                  [("Melding til fastlegeregisteret 420112.pdf", pdf)])
    g = gold("list_change", "4201", False,
             [order("new_gp", flr_list_id="420112", clinic="Risør legesenter", previous_gp_name="Geir Halvorsen",
                    previous_hpr_number="6301947", gp_name="Maria Gundersen Lia", hpr_number="9051736",
                    start_date="2025-09-01", list_ceiling=1000)],
             ["timing_late_letters", "helsenorge_not_visible_early"], LATE + REG,
             "AcroForm saved by another tool: fields are 'Text Field 0'.. with no tooltips, labels only on the page, "
             "an empty vikar section and an unticked 'Check Box 1' (Ubesatt liste): a new_gp. Received Thu 21 Aug "
             "2025, registered Mon 25 Aug, 7 days before 1 Sep: late letters (a warning, no review); 11 days ahead.")
    return received, eml, g, {"v_a03.pdf": pdf}


@msg
def v_a04_stryn_word_pdf_notice_period(work):
    received = oslo(2025, 1, 22, 10, 3, 11)
    written = oslo(2025, 1, 20, 19, 40)
    doc = letter_docx("Kjersti Loen", written, [
        ("Kjersti Loen\nStryn legesenter\nTonningsgata 4\n6783 Stryn", dict(after=18)),
        ("Stryn kommune\nv/ kommunalsjef helse og omsorg\nTonningsgata 4\n6783 Stryn", dict(after=18)),
        ("Stryn, 20. januar 2025", dict(align="right", after=18)),
        ("Oppsigelse av fastlegeavtale", dict(bold=True, size=13)),
        "Jeg sier med dette opp min fastlegeavtale med Stryn kommune, med den oppsigelsestiden på seks måneder "
        "som følger av avtalen.",
        "Jeg har vært fastlege ved Stryn legesenter siden 1. august 2016, og det har vært fine år. Familien flytter "
        "nærmere besteforeldrene, og jeg har derfor valgt å slutte.",
        "Jeg stiller gjerne på et møte om overføringen av listen, for eksempel torsdag 6. februar.",
        ("HPR-nummer: 2958341", dict(after=14)),
        ("Med vennlig hilsen", dict(after=0)),
        "SIG",
        "Kjersti Loen\nspesialist i allmennmedisin"], sig_seed=41, work=work)
    pdf, src = to_format(doc, work, "Oppsigelse Kjersti Loen", "pdf", written + dt.timedelta(minutes=3))
    body = """Hei,

Vedlagt er oppsigelsen fra fastlege Kjersti Loen, mottatt hos oss 20. januar.

Mvh
Oddbjørn Ytrehus
kommunalsjef helse og omsorg
Stryn kommune
"""
    eml = outlook("v_a04", received, ("Oddbjørn Ytrehus", "oddbjorn.ytrehus@stryn.kommune.no"),
                  "VS: Oppsigelse", body, [("Oppsigelse Kjersti Loen.pdf", pdf)])
    g = tgold("4651", False, term(gp_name="Kjersti Loen", hpr_number="2958341", clinic="Stryn legesenter",
                                   notice_date="2025-01-20", last_working_day=npe(2025, 1, 20),
                                   last_working_day_basis="notice_period"),
              "A GP's letter exported from Word to PDF (text layer, signature image): the letter date 20 January "
              "2025 is the notice date; no last day, so six months from 1 Feb give 31 July 2025. '1. august 2016' "
              "(her start) and 'torsdag 6. februar' (a meeting) are distractors. flr_list_id not scored (not in the "
              "message; the registry has it).")
    return received, eml, g, {"v_a04.pdf": pdf}


@msg
def v_a05_tvedestrand_pdf_retirement_stated(work):
    received = oslo(2025, 5, 6, 8, 15, 40)
    written = oslo(2025, 5, 2, 11, 5)
    doc = letter_docx("Arvid Lunden", written, [
        ("Arvid Lunden\nTvedestrand legesenter\nNedre Torv 2\n4900 Tvedestrand", dict(after=18)),
        ("Tvedestrand kommune\nPostboks 38\n4901 Tvedestrand", dict(after=18)),
        ("Tvedestrand 2. mai 2025", dict(align="right", after=18)),
        ("Oppsigelse av fastlegeavtalen – alderspensjon", dict(bold=True, size=13)),
        "Jeg fyller 70 år 14. august i år og går av med alderspensjon. Jeg sier derfor opp min fastlegeavtale "
        "(liste 421303) ved Tvedestrand legesenter.",
        "Etter avtale med kommunen blir min siste arbeidsdag 31. desember 2025, slik at det blir god tid til å "
        "rekruttere en etterfølger.",
        ("HPR-nr. 1390662", dict(after=14)),
        ("Vennlig hilsen", dict(after=0)),
        "SIG",
        "Arvid Lunden"], sig_seed=52, work=work)
    pdf, _ = to_format(doc, work, "Oppsigelse_Lunden", "pdf", written + dt.timedelta(minutes=2))
    body = """Hei,

Oversender oppsigelse fra fastlege Arvid Lunden, se vedlegg.

Med vennlig hilsen
Siri Bråtane
Helse- og omsorgssjef
Tvedestrand kommune
"""
    eml = outlook("v_a05", received, ("Siri Bråtane", "siri.bratane@tvedestrand.kommune.no"),
                  "Oppsigelse fastlegeavtale Arvid Lunden", body, [("Oppsigelse_Lunden.pdf", pdf)])
    g = tgold("4213", False, term(gp_name="Arvid Lunden", hpr_number="1390662", flr_list_id="421303",
                                   clinic="Tvedestrand legesenter", notice_date="2025-05-02",
                                   last_working_day="2025-12-31", last_working_day_basis="stated",
                                   reason="retirement"),
              "A retirement letter as PDF from Word: the letter date (2. mai 2025, no comma after the place) is the "
              "notice date; the agreed last day 31 December 2025 is stated (longer than the notice period), "
              "transfer 1 Jan 2026; the 70th birthday '14. august' is a distractor; reason retirement.")
    return received, eml, g, {"v_a05.pdf": pdf}


@msg
def v_a06_as_docx_table(work):
    received = oslo(2025, 3, 12, 12, 48, 9)
    doc = new_docx("Hanne Grønli", oslo(2025, 3, 11, 9, 20))
    para(doc, "Ås kommune", bold=True, size=14, after=0)
    para(doc, "Helse og velferd", size=10, after=12)
    para(doc, "Melding til fastlegeregisteret – ny fastlege", bold=True, size=14)
    rows = [("Kommune", "Ås (3218)"), ("FLR-listenummer", "321804"), ("Legekontor", "Ås sentrum legesenter"),
            ("Fastlege som slutter", "Elin Haugland"), ("HPR-nr. (fratrer)", "3812096"),
            ("Siste arbeidsdag", "30.04.2025"), ("Ny fastlege", "Thomas Berg Aasen"), ("HPR-nr. (ny)", "7613058"),
            ("Overtar listen fra", "01.05.2025"), ("Listetak", "1200"),
            ("Kontaktperson", "Hanne Grønli, tlf. 64 96 20 00")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    para(doc)
    para(doc, "Ås, 11.03.2025")
    data = docx_bytes(doc)
    body = """Hei,

Vedlagt melding om ny fastlege ved Ås sentrum legesenter.

Vennlig hilsen
Hanne Grønli
spesialrådgiver
Ås kommune
"""
    eml = outlook("v_a06", received, ("Hanne Grønli", "hanne.gronli@as.kommune.no"),
                  "Ny fastlege - Ås sentrum legesenter", body, [("Melding ny fastlege 321804.docx", data)])
    g = gold("list_change", "3218", False,
             [order("new_gp", flr_list_id="321804", clinic="Ås sentrum legesenter", previous_gp_name="Elin Haugland",
                    previous_hpr_number="3812096", gp_name="Thomas Berg Aasen", hpr_number="7613058",
                    start_date="2025-05-01", list_ceiling=1200)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "A .docx whose facts are in a two-column Word table (label cell, value cell), not in paragraphs; two "
             "'HPR-nr.' rows told apart by '(fratrer)' / '(ny)'; the last day 30.04.2025 is not the start. "
             "Received Wed 12 Mar 2025, registered Fri 14 Mar, 48 days before 1 May: in time; 50 days ahead.")
    return received, eml, g, {"v_a06.docx": data}


@msg
def v_a07_ullensvang_odt_nynorsk_termination(work):
    received = oslo(2025, 6, 5, 9, 12, 31)
    written = oslo(2025, 6, 3, 20, 15)
    doc = letter_docx("Nils Olav Tveito", written, [
        ("Nils Olav Tveito\nOdda legesenter\nRøldalsvegen 6\n5750 Odda", dict(after=18)),
        ("Ullensvang kommune\nOpheimsgata 31\n5750 Odda", dict(after=18)),
        ("Odda, 3. juni 2025", dict(align="right", after=18)),
        ("Oppseiing av fastlegeavtale", dict(bold=True, size=13)),
        "Eg seier med dette opp fastlegeavtalen min med Ullensvang kommune. Eg har ikkje avtala nokon annan siste "
        "arbeidsdag, så den vanlege oppseiingstida på seks månader gjeld.",
        "Eg har vore fastlege ved Odda legesenter sidan 2009 og takkar for godt samarbeid.",
        ("HPR-nummer: 6093815", dict(after=14)),
        ("Venleg helsing", dict(after=0)),
        "Nils Olav Tveito"], work=work, font="Liberation Serif", size=12)
    odt, _ = to_format(doc, work, "Oppseiing fastlegeavtale", "odt", written + dt.timedelta(minutes=4))
    body = """Hei,

Vedlagt ligg oppseiinga frå fastlege Nils Olav Tveito.

Helsing
Åshild Bleie
kommuneoverlege
Ullensvang kommune
"""
    eml = outlook("v_a07", received, ("Åshild Bleie", "ashild.bleie@ullensvang.kommune.no"),
                  "Oppseiing fastlegeavtale", body, [("Oppseiing fastlegeavtale.odt", odt)])
    g = tgold("4618", False, term(gp_name="Nils Olav Tveito", hpr_number="6093815", clinic="Odda legesenter",
                                   notice_date="2025-06-03", last_working_day=npe(2025, 6, 3),
                                   last_working_day_basis="notice_period"),
              "A nynorsk letter in an .odt ('Eg seier med dette opp', 'oppseiingstida på seks månader'): letter date "
              "3. juni 2025 is the notice date; six months from 1 July give 31 December 2025, transfer 1 Jan 2026. "
              "Odda is a place in Ullensvang, not a municipality. flr_list_id not scored.")
    return received, eml, g, {"v_a07.odt": odt}


@msg
def v_a08_nesodden_rtf_unassigned(work):
    received = oslo(2025, 9, 15, 11, 30, 18)
    doc = letter_docx("Kristin Aune", oslo(2025, 9, 12, 14, 0), [
        ("NESODDEN KOMMUNE", dict(bold=True, size=14, after=0)),
        ("Kommunalområde helse", dict(size=10, after=14)),
        ("Melding til fastlegeregisteret – ubesatt liste", dict(bold=True, size=13)),
        "Fastlege Marte Bjerke (HPR-nr. 4870231) ved Tangen legesenter slutter. Hennes siste arbeidsdag er "
        "31.10.2025.",
        "Vi har ikke fått ansatt ny fastlege. Liste 321207 blir derfor ubesatt fra 1. november 2025 og driftes av "
        "vikarer inntil videre. Listetaket er fortsatt 1000.",
        "Nesodden, 12. september 2025",
        "Kristin Aune\nkommuneoverlege"], work=work)
    rtf, _ = to_format(doc, work, "ubesatt liste 321207", "rtf", oslo(2025, 9, 12, 14, 5))
    assert rtf.startswith(b"{\\rtf1"), rtf[:20]
    body = """Hei,

Se vedlagte melding om ubesatt liste.

Med hilsen
Kristin Aune
kommuneoverlege
Nesodden kommune
"""
    eml = outlook("v_a08", received, ("Kristin Aune", "kristin.aune@nesodden.kommune.no"),
                  "Ubesatt fastlegeliste fra 1. november", body, [("ubesatt liste 321207.rtf", rtf)])
    g = gold("list_change", "3212", False,
             [order("unassigned_list", flr_list_id="321207", clinic="Tangen legesenter", previous_gp_name="Marte Bjerke",
                    previous_hpr_number="4870231", start_date="2025-11-01", list_ceiling=1000)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "An .rtf attachment (LibreOffice RTF with font and style tables): the list becomes unassigned; "
             "'driftes av vikarer' is no new GP; the old GP's last day 31.10.2025 is not the start. Received Mon 15 "
             "Sep 2025, registered Wed 17 Sep, 45 days before 1 Nov: in time; 47 days ahead.")
    return received, eml, g, {"v_a08.rtf": rtf}


@msg
def v_a09_fauske_legacy_doc_stated(work):
    received = oslo(2024, 12, 4, 15, 2, 44)
    doc = letter_docx("Trine Nordvik", oslo(2024, 12, 4, 13, 10), [
        ("FAUSKE KOMMUNE", dict(bold=True, size=14, after=0)),
        ("Helse og omsorg", dict(size=10, after=14)),
        ("Vår ref.: 24/2231-3        Dato: 04.12.2024", dict(after=14)),
        ("Oppsigelse av fastlegeavtale – liste 184103", dict(bold=True, size=13)),
        "Fastlege Hans Petter Nilsen, HPR-nr. 2604178, Fauske legesenter, leverte skriftlig oppsigelse av sin "
        "fastlegeavtale 2. desember 2024.",
        "Kommunen og legen er enige om at siste arbeidsdag blir 28. februar 2025. Listen skal etter planen "
        "overtas av en ny fastlege; melding om dette kommer på eget skjema.",
        "Trine Nordvik\nkommunalsjef helse og omsorg"], work=work)
    data, _ = to_format(doc, work, "Oppsigelse Nilsen", 'doc:MS Word 97', oslo(2024, 12, 4, 13, 15))
    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), data[:8]
    body = """Hei,

Vedlagt brev om oppsigelse av fastlegeavtale.

--
Trine Nordvik
Kommunalsjef helse og omsorg
Fauske kommune
"""
    eml = thunderbird("v_a09", received, ("Trine Nordvik", "trine.nordvik@fauske.kommune.no"),
                      "Oppsigelse fastlegeavtale", body, [("Oppsigelse Nilsen.doc", data)])
    g = tgold("1841", False, term(gp_name="Hans Petter Nilsen", hpr_number="2604178", flr_list_id="184103",
                                   clinic="Fauske legesenter", notice_date="2024-12-02",
                                   last_working_day="2025-02-28", last_working_day_basis="stated"),
              "A legacy Word 97 .doc (OLE compound file, written by LibreOffice) sent with Thunderbird: the "
              "municipality's letter dated 04.12.2024 says the notice came on 2. desember 2024 (the notice date, "
              "not the letter date); agreed last day 28 February 2025 (stated), transfer 1 March; the case "
              "reference 24/2231-3 is a distractor.")
    return received, eml, g, {"v_a09.doc": data}


@msg
def v_a10_hitra_scanned_letter(work):
    received = oslo(2025, 10, 8, 13, 37, 5)
    written = oslo(2025, 10, 6, 10, 0)
    doc = letter_docx("Ragnhild Strøm", written, [
        ("Ragnhild Strøm\nHitra legekontor\nRådhusveien 1\n7240 Hitra", dict(after=18)),
        ("Hitra kommune\nHelse og omsorg\n7240 Hitra", dict(after=18)),
        ("Fillan, 06.10.2025", dict(align="right", after=18)),
        ("Oppsigelse av fastlegeavtale", dict(bold=True, size=14)),
        "Jeg sier med dette opp min fastlegeavtale med Hitra kommune med vanlig oppsigelsestid, seks måneder.",
        "Jeg begynner i spesialisering i psykiatri ved St. Olavs hospital og vil gjøre det jeg kan for en god "
        "overlevering av listen.",
        ("HPR-nummer: 7180452", dict(after=14)),
        ("Med vennlig hilsen", dict(after=0)),
        "SIG",
        "Ragnhild Strøm\nfastlege"], sig_seed=77, work=work, size=11.5)
    src = os.path.join(work, "a10.docx")
    doc.save(src)
    pdf_path = MD.soffice(src, "pdf", work, written)
    data, _ = scan_pdf(pdf_path, work, dpi=200, angle=-0.9, seed=1010, when=oslo(2025, 10, 8, 13, 30, 2),
                      producer="RICOH IM C3000 PDF")
    MD.ocr_check(data, 200, ["Ragnhild Strøm", "7180452", "06.10.2025", "Hitra legekontor"], work, "v_a10")
    body = """Hei,

Skannet oppsigelse fra fastlege vedlagt.

Med hilsen
Bodil Sandvik
Hitra kommune
"""
    eml = outlook("v_a10", received, ("Bodil Sandvik", "bodil.sandvik@hitra.kommune.no"),
                  "Skannet dokument", body, [("SKM_C300i25100813300.pdf", data)])
    g = tgold("5056", None, term(gp_name="Ragnhild Strøm", hpr_number="7180452", clinic="Hitra legekontor",
                                  notice_date="2025-10-06", last_working_day=npe(2025, 10, 6),
                                  last_working_day_basis="notice_period"),
              "Image-only scan at 200 dpi (rotated -0.9 degrees, noise, no text layer) with a subject that says "
              "nothing ('Skannet dokument'): the kind and every fact need OCR. Letter dated 06.10.2025 (Fillan is a "
              "place in Hitra), no last day, so six months from 1 Nov give 30 April 2026. flr_list_id not scored; "
              "review not scored (OCR).")
    return received, eml, g, {"v_a10.pdf": data}


@msg
def v_a11_sortland_two_page_pdf(work):
    received = oslo(2025, 4, 8, 10, 55, 30)

    def cover(c):
        W, H = A4
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, H - 70, "SORTLAND KOMMUNE")
        c.setFont("Helvetica", 9)
        c.drawString(60, H - 84, "Helse og omsorg – Sortland legesenter")
        c.drawString(60, H - 130, "Helfo")
        c.drawString(60, H - 142, "post@helfo.no")
        c.drawRightString(W - 60, H - 130, "Vår ref.: 2025/418")
        c.drawRightString(W - 60, H - 142, "Dato: 07.04.2025")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, H - 190, "Melding om ny fastlege på liste 187011")
        c.setFont("Helvetica", 10)
        lines = ["Fastlege Steinar Hansen slutter ved Sortland legesenter 31. mai 2025 etter 22 år.",
                 "Kommunen har ansatt ny fastlege som overtar listen hans. Utfylt skjema følger på neste side.",
                 "",
                 "Ta kontakt om noe er uklart.",
                 "",
                 "Med hilsen",
                 "",
                 "Lene Johansen",
                 "kommuneoverlege"]
        y = H - 215
        for ln in lines:
            c.drawString(60, y, ln)
            y -= 14
        c.setFont("Helvetica", 7)
        c.drawString(60, 40, "Sortland kommune, Postboks 117, 8401 Sortland  –  Side 1 av 2")

    pdf = form_pdf(nb_form_named(), {
        "txtMunicipality": "Sortland", "txtMunicipalityNo": "1870", "txtListId": "187011",
        "txtOffice": "Sortland legesenter", "txtCeiling": "1100", "txtOldName": "Steinar Hansen",
        "txtOldHpr": "5407612", "dtOldLast": "31.05.2025", "txtNewName": "Ida Marie Kvernmo",
        "txtNewHpr": "9310274", "dtStart": "01.06.2025", "txtContact": "Lene Johansen",
        "txtPhone": "76 10 95 00", "txtEmail": "lene.johansen@sortland.kommune.no", "dtSigned": "07.04.2025"},
        oslo(2025, 4, 7, 14, 30), checkbox="chkVacant", ticked=False, cover=cover)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    body = """Hei,

Vedlagt følger brev og skjema om ny fastlege.

Med hilsen
Lene Johansen
kommuneoverlege
Sortland kommune
"""
    eml = outlook("v_a11", received, ("Lene Johansen", "lene.johansen@sortland.kommune.no"),
                  "Ny fastlege Sortland legesenter", body, [("2025_418 brev og skjema.pdf", pdf)])
    g = gold("list_change", "1870", False,
             [order("new_gp", flr_list_id="187011", clinic="Sortland legesenter", previous_gp_name="Steinar Hansen",
                    previous_hpr_number="5407612", gp_name="Ida Marie Kvernmo", hpr_number="9310274",
                    start_date="2025-06-01", list_ceiling=1100)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "A two-page PDF: page 1 a covering letter (plain text layer, letter date and the old GP's last day "
             "31. mai 2025), page 2 the AcroForm (fields txtListId, dtStart..., with tooltips). The letter and the "
             "form describe one change: one order. Received Tue 8 Apr 2025, registered Thu 10 Apr, 52 days before "
             "1 Jun: in time; 54 days ahead.")
    return received, eml, g, {"v_a11.pdf": pdf}


@msg
def v_a12_roros_note_and_docx_same_list(work):
    received = oslo(2025, 11, 10, 9, 4, 57)
    doc = new_docx("Gunnar Stuedal", oslo(2025, 11, 7, 12, 30))
    para(doc, "Røros kommune", bold=True, size=14, after=0)
    para(doc, "Helse og velferd", size=10, after=12)
    para(doc, "Melding til fastlegeregisteret", bold=True, size=15, after=2)
    para(doc, "Ubesatt liste", size=11)
    para(doc)
    for line in ["Kommune: Røros, kommunenummer 5025",
                 "Liste (FLR): 502511",
                 "Legekontor: Røros legesenter",
                 "Fastlege som slutter: Ingeborg Rønning (HPR 3329507), siste arbeidsdag 31.12.2025",
                 "Ny fastlege: ikke ansatt – listen er ubesatt",
                 "Listen er ubesatt fra: 01.01.2026",
                 "Listetak: 900"]:
        para(doc, line, after=3)
    para(doc)
    para(doc, "Røros, 7. november 2025")
    para(doc, "Gunnar Stuedal\nkommuneoverlege")
    data = docx_bytes(doc)
    body = """Hei,

Liste 502511 (Ingeborg Rønning, Røros legesenter) blir ubesatt fra 1. januar 2026. Utfylt melding ligger ved.

Vi har utlysning ute og håper å ha ny fastlege på plass i løpet av våren.

Vennlig hilsen
Gunnar Stuedal
kommuneoverlege
Røros kommune
"""
    eml = outlook("v_a12", received, ("Gunnar Stuedal", "gunnar.stuedal@roros.kommune.no"),
                  "Ubesatt liste 502511 fra nyttår", body, [("Melding ubesatt liste 502511.docx", data)])
    g = gold("list_change", "5025", False,
             [order("unassigned_list", flr_list_id="502511", clinic="Røros legesenter", previous_gp_name="Ingeborg Rønning",
                    previous_hpr_number="3329507", start_date="2026-01-01", list_ceiling=900)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "The covering note names the list, the GP, the clinic and the date again: the note and the .docx are "
             "one order, not two; 'Ny fastlege: ikke ansatt' is no new GP, and 'håper å ha ny fastlege i løpet av "
             "våren' is no date. Received Mon 10 Nov 2025, registered Wed 12 Nov, 50 days before 1 Jan 2026: in "
             "time; 52 days ahead.")
    return received, eml, g, {"v_a12.docx": data}


@msg
def v_a13_hole_note_gives_missing_hpr(work):
    received = oslo(2024, 12, 2, 14, 19, 8)
    pdf = form_pdf(nb_form_named(), {
        "txtMunicipality": "Hole", "txtMunicipalityNo": "3310", "txtListId": "331004",
        "txtOffice": "Sundvollen legekontor", "txtCeiling": "1000", "txtOldName": "Per Ivar Sundby",
        "txtOldHpr": "6652019", "dtOldLast": "31.12.2024", "txtNewName": "Line Kristiansen",
        "dtStart": "01.01.2025", "txtContact": "Mona Thorsrud",
        "txtPhone": "32 16 10 00", "txtEmail": "mona.thorsrud@hole.kommune.no", "dtSigned": "29.11.2024"},
        oslo(2024, 11, 29, 15, 5), checkbox="chkVacant", ticked=False)
    body = """Hei,

Vedlagt skjema om ny fastlege på liste 331004. HPR-nummeret til Line Kristiansen manglet da skjemaet ble fylt ut – det er 7731904.

Med vennlig hilsen
Mona Thorsrud
Hole kommune
"""
    eml = outlook("v_a13", received, ("Mona Thorsrud", "mona.thorsrud@hole.kommune.no"),
                  "Melding til fastlegeregisteret - Sundvollen legekontor", body,
                  [("Melding til fastlegeregisteret.pdf", pdf)])
    g = gold("list_change", "3310", False,
             [order("new_gp", flr_list_id="331004", clinic="Sundvollen legekontor", previous_gp_name="Per Ivar Sundby",
                    previous_hpr_number="6652019", gp_name="Line Kristiansen", hpr_number="7731904",
                    start_date="2025-01-01", list_ceiling=1000)],
             ["timing_in_time", "helsenorge_not_visible_early"], IN_TIME + REG,
             "The form's HPR field for the new GP is empty; the covering note gives it ('det er 7731904'): the order "
             "takes it from the note, still one order. Received Mon 2 Dec 2024, registered Wed 4 Dec, 28 days before "
             "1 Jan 2025: in time; 30 days ahead, not on Helsenorge early.")
    return received, eml, g, {"v_a13.pdf": pdf}


@msg
def v_a14_sveio_note_gives_hpr_and_list(work):
    received = oslo(2024, 9, 3, 8, 40, 26)
    written = oslo(2024, 8, 30, 15, 30)
    doc = letter_docx("Helge Vik", written, [
        ("Helge Vik\nSveio legekontor\nSveio", dict(after=18)),
        ("Til Sveio kommune", dict(after=18)),
        ("Sveio, 30.08.2024", dict(align="right", after=18)),
        ("Oppseiing", dict(bold=True, size=13)),
        "Eg seier med dette opp fastlegeavtalen min i Sveio kommune. Oppseiingstida er seks månader.",
        "Takk for mange gode år i kommunen.",
        ("Helsing", dict(after=0)),
        "SIG",
        "Helge Vik"], sig_seed=14, work=work)
    pdf, _ = to_format(doc, work, "oppseiing", "pdf", written + dt.timedelta(minutes=1))
    body = """Hei,

Vedlagt er oppseiinga frå fastlege Helge Vik ved Sveio legekontor. Ho manglar nokre opplysningar: HPR-nummeret hans er 4619027, og han har liste 461205.

Helsing
Marit Vikse
kommunalsjef helse
Sveio kommune
"""
    eml = outlook("v_a14", received, ("Marit Vikse", "marit.vikse@sveio.kommune.no"),
                  "Oppseiing fastlege Helge Vik", body, [("oppseiing.pdf", pdf)])
    g = tgold("4612", False, term(gp_name="Helge Vik", hpr_number="4619027", flr_list_id="461205",
                                   clinic="Sveio legekontor", notice_date="2024-08-30",
                                   last_working_day=npe(2024, 8, 30), last_working_day_basis="notice_period"),
              "Nynorsk; the GP's short letter (PDF) has neither HPR nor list; the covering note gives both ('HPR-"
              "nummeret hans er 4619027', 'liste 461205'). Letter date 30.08.2024 is the notice date (received 3 "
              "Sep); six months from 1 Sep end on 28 February 2025.")
    return received, eml, g, {"v_a14.pdf": pdf}


def malformed_gold(kind, mun, note):
    return {"kind": kind, "municipality": mun, "needs_review": True, "orders": [],
            "findings_required": ["malformed_message"], "findings_forbidden": ["personal_data"], "note": note}


@msg
def v_a15_enebakk_encrypted_pdf(work):
    received = oslo(2025, 1, 14, 11, 2, 13)
    doc = letter_docx("Lars Kristian Ødegård", oslo(2025, 1, 13, 9, 0), [
        ("Oppsigelse av fastlegeavtale", dict(bold=True, size=13)),
        "Jeg sier opp min fastlegeavtale med Enebakk kommune. Siste arbeidsdag er 31. juli 2025.",
        "HPR-nr. 5240863",
        "Lars Kristian Ødegård, Kirkebygda legesenter"], work=work)
    plain, _ = to_format(doc, work, "oppsigelse_enebakk", "pdf", oslo(2025, 1, 13, 9, 2))
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    w.encrypt(user_password="Enebakk2025", owner_password="EnebakkArkiv", algorithm="AES-256")
    buf = io.BytesIO()
    w.write(buf)
    data = buf.getvalue()
    assert PdfReader(io.BytesIO(data)).is_encrypted
    body = """Hei,

Vedlagt er oppsigelse fra en av våre fastleger. Dokumentet er passordbeskyttet, passordet sendes i egen e-post.

Med vennlig hilsen
Jorunn Hagen
Enebakk kommune
"""
    eml = outlook("v_a15", received, ("Jorunn Hagen", "jorunn.hagen@enebakk.kommune.no"),
                  "Oppsigelse fastlegeavtale", body, [("Oppsigelse fastlegeavtale.pdf", data)])
    g = malformed_gold("termination_notice", "3220",
                       "The PDF is encrypted with a user password (AES-256; 'passordet sendes i egen e-post'): it "
                       "cannot be read, so malformed_message, no orders, review; the kind is still a termination "
                       "notice from the subject and body.")
    return received, eml, g, {"v_a15.pdf": data}


@msg
def v_a16_ulstein_truncated_form(work):
    received = oslo(2025, 3, 25, 10, 20, 45)
    pdf = form_pdf(nn_form_tekst(), {
        "Tekst1": "Ulstein", "Tekst2": "1516", "Tekst3": "151604", "Tekst4": "Ulsteinvik legesenter",
        "Tekst5": "1000", "Tekst6": "Randi Hareide", "Tekst7": "6914730", "Tekst8": "31.05.2025",
        "Tekst9": "Magnus Eiken", "Tekst10": "8127043", "Tekst11": "01.06.2025",
        "Tekst12": "Sølvi Dimmen", "Tekst13": "70 01 75 00", "Tekst14": "solvi.dimmen@ulstein.kommune.no",
        "Tekst15": "24.03.2025"}, oslo(2025, 3, 24, 13, 0), checkbox="Avkrysningsboks1", ticked=False)
    data = pdf[: int(len(pdf) * 0.55)]  # the upload stopped half-way: no xref, no trailer
    try:
        PdfReader(io.BytesIO(data), strict=True).get_fields()
        sys.exit("v_a16: the truncated PDF still opens strictly")
    except Exception:
        pass
    body = """Hei,

Sjå vedlagt skjema om ny fastlege ved Ulsteinvik legesenter.

Helsing
Sølvi Dimmen
Ulstein kommune
"""
    eml = outlook("v_a16", received, ("Sølvi Dimmen", "solvi.dimmen@ulstein.kommune.no"),
                  "Melding til fastlegeregisteret", body, [("Melding til fastlegeregisteret.pdf", data)])
    g = malformed_gold("list_change", "1516",
                       "The form PDF is cut off at 55 % (no cross-reference table or trailer, %%EOF missing): it "
                       "cannot be opened as a PDF, so malformed_message, no orders (even if field values could be "
                       "salvaged from the bytes), review; kind list_change from the subject and the body.")
    return received, eml, g, {"v_a16.pdf": data}


@msg
def v_a17_sauda_iphone_photo(work):
    received = oslo(2025, 8, 12, 7, 55, 2)
    written = oslo(2025, 8, 11, 15, 0)
    doc = letter_docx("Kåre Sørensen", written, [
        ("Kåre Sørensen\nSauda legesenter\n4200 Sauda", dict(after=16)),
        ("Til Sauda kommune", dict(after=16)),
        ("Sauda 11.08.2025", dict(align="right", after=16)),
        ("Oppsigelse av fastlegeavtale", dict(bold=True, size=15)),
        ("Jeg sier med dette opp fastlegeavtalen min med Sauda kommune. Oppsigelsestiden er seks måneder.",
         dict(size=13)),
        ("HPR-nummer: 1947206", dict(size=13, after=14)),
        ("Hilsen", dict(size=13, after=0)),
        "SIG",
        ("Kåre Sørensen", dict(size=13))], sig_seed=17, work=work, size=13)
    src = os.path.join(work, "a17.docx")
    doc.save(src)
    pdf_path = MD.soffice(src, "pdf", work, written)
    jpg, path = photo_jpeg(pdf_path, work, 1717)
    ocr_image(path, ["Kåre Sørensen", "1947206", "11.08.2025", "Sauda legesenter"], "v_a17")
    body = "Hei. Oppsigelse fra Kåre Sørensen, bilde av brevet. Originalen sendes i posten.\n\nSolveig\nkommunalsjef Sauda kommune"
    eml = iphone("v_a17", received, ("Solveig Austbø", "solveig.austbo@sauda.kommune.no"),
                 "Oppsigelse fastlege", body, [("IMG_4821.jpeg", jpg)])
    g = tgold("1135", None, term(gp_name="Kåre Sørensen", hpr_number="1947206", clinic="Sauda legesenter",
                                  notice_date="2025-08-11", last_working_day=npe(2025, 8, 11),
                                  last_working_day_basis="notice_period"),
              "iPhone mail with a phone photo (JPEG, tilted, uneven light) of the GP's letter: the facts need OCR of "
              "an image attachment. Letter date 11.08.2025 is the notice date (received the next morning); six "
              "months from 1 Sep end on 28 February 2026. flr_list_id not scored; review not scored (OCR).")
    return received, eml, g, {"v_a17.jpg": jpg}


def verdal_logo():
    img = Image.new("RGB", (360, 96), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 88, 88), fill=(0, 84, 140))
    d.polygon([(48, 20), (72, 70), (24, 70)], fill=(255, 204, 0))
    try:
        f1 = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", 34)
        f2 = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 16)
    except OSError:
        f1 = f2 = ImageFont.load_default()
    d.text((104, 18), "VERDAL", fill=(0, 84, 140), font=f1)
    d.text((106, 58), "kommune", fill=(60, 60, 60), font=f2)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


@msg
def v_a18_verdal_logo_and_pdf_letter(work):
    received = oslo(2024, 6, 17, 12, 33, 51)
    written = oslo(2024, 6, 14, 16, 45)
    doc = letter_docx("Gunhild Moe Ekren", written, [
        ("Gunhild Moe Ekren\nØrmelen legesenter\n7650 Verdal", dict(after=18)),
        ("Verdal kommune\nOppvekst, helse og velferd", dict(after=18)),
        ("Verdal, 14. juni 2024", dict(align="right", after=18)),
        ("Oppsigelse av fastlegeavtale", dict(bold=True, size=13)),
        "Jeg sier opp min fastlegeavtale med Verdal kommune. Jeg flytter til Bergen og har fått jobb der fra "
        "januar.",
        "Min siste arbeidsdag blir 31. desember 2024.",
        ("HPR-nr.: 3065181", dict(after=14)),
        ("Med vennlig hilsen", dict(after=0)),
        "SIG",
        "Gunhild Moe Ekren"], sig_seed=18, work=work)
    pdf, _ = to_format(doc, work, "Oppsigelse Gunhild Moe Ekren", "pdf", written + dt.timedelta(minutes=2))
    body = """Hei,

Vedlagt oppsigelse fra fastlege Gunhild Moe Ekren ved Ørmelen legesenter.

Med vennlig hilsen

Kari Haugan
Rådgiver helse og velferd
Verdal kommune | Postboks 24, 7651 Verdal
Sentralbord 74 04 82 00
"""
    eml = outlook_logo("v_a18", received, ("Kari Haugan", "kari.haugan@verdal.kommune.no"),
                       "Oppsigelse fastlegeavtale - Ørmelen legesenter", body,
                       [("Oppsigelse Gunhild Moe Ekren.pdf", pdf)], verdal_logo())
    g = tgold("5038", False, term(gp_name="Gunhild Moe Ekren", hpr_number="3065181", clinic="Ørmelen legesenter",
                                   notice_date="2024-06-14", last_working_day="2024-12-31",
                                   last_working_day_basis="stated"),
              "Outlook with a signature logo (image001.png, inline in multipart/related, referenced by cid) besides "
              "the PDF letter: the logo is no document and no 'malformed' attachment. Letter date 14. juni 2024 is "
              "the notice date; 'siste arbeidsdag blir 31. desember 2024' is stated (it equals the notice period); "
              "'fra januar' is her new job. flr_list_id not scored.")
    return received, eml, g, {"v_a18.pdf": pdf}


@msg
def v_a19_sykkylven_png_unassigned(work):
    received = oslo(2025, 5, 14, 14, 11, 27)
    doc = letter_docx("Eli Tynes", oslo(2025, 5, 13, 10, 0), [
        ("SYKKYLVEN KOMMUNE", dict(bold=True, size=15, after=0)),
        ("Helse og omsorg", dict(size=11, after=14)),
        ("Melding til fastlegeregisteret – ubesett liste", dict(bold=True, size=14)),
        ("Fastlege Olav Sætre (HPR-nr. 7240315) ved Sykkylven legesenter sluttar 30. juni 2025.", dict(size=12)),
        ("Liste 152807 blir ubesett frå 1. juli 2025. Listetaket er 1000.", dict(size=12)),
        ("Sykkylven, 13.05.2025", dict(size=12)),
        ("Eli Tynes\nkommuneoverlege", dict(size=12))], work=work, size=12)
    src = os.path.join(work, "a19.docx")
    doc.save(src)
    pdf_path = MD.soffice(src, "pdf", work, oslo(2025, 5, 13, 10, 0))
    png, path = page_png(pdf_path, work, 19)
    ocr_image(path, ["Olav Sætre", "7240315", "152807", "1. juli 2025", "Sykkylven legesenter"], "v_a19")
    body = """Hei,

Sender melding om ubesett liste som bilete, vi har problem med PDF-utskrifta i dag.

Helsing
Eli Tynes
kommuneoverlege
Sykkylven kommune
"""
    eml = outlook("v_a19", received, ("Eli Tynes", "eli.tynes@sykkylven.kommune.no"),
                  "Ubesett fastlegeliste", body, [("melding_ubesett_liste.png", png)])
    g = gold("list_change", "1528", None,
             [order("unassigned_list", flr_list_id="152807", clinic="Sykkylven legesenter", previous_gp_name="Olav Sætre",
                    previous_hpr_number="7240315", start_date="2025-07-01", list_ceiling=1000)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "The nynorsk message is a PNG image of the page (no text anywhere but in pixels): OCR of an image "
             "attachment. 'sluttar 30. juni' is not the start. Received Wed 14 May 2025, registered Fri 16 May, 46 "
             "days before 1 Jul: in time; 48 days ahead. Review not scored (OCR).")
    return received, eml, g, {"v_a19.png": png}


@msg
def v_a20_gloppen_docx_and_pdf_same_letter(work):
    received = oslo(2025, 10, 29, 9, 27, 36)
    written = oslo(2025, 10, 27, 18, 2)
    doc = letter_docx("Astrid Sandal", written, [
        ("Astrid Sandal\nSandane legesenter\n6823 Sandane", dict(after=18)),
        ("Gloppen kommune\nv/ kommuneoverlegen", dict(after=18)),
        ("Sandane, 27. oktober 2025", dict(align="right", after=18)),
        ("Oppseiing av fastlegeavtale – liste 465006", dict(bold=True, size=13)),
        "Eg seier opp fastlegeavtalen min med Gloppen kommune. Etter samtale med kommuneoverlegen er det avtala at "
        "siste arbeidsdagen min blir 31. mars 2026.",
        ("HPR-nr. 5571042", dict(after=14)),
        ("Venleg helsing", dict(after=0)),
        "Astrid Sandal"], work=work)
    pdf, src = to_format(doc, work, "Oppseiing Astrid Sandal", "pdf", written + dt.timedelta(minutes=3))
    docx = open(src, "rb").read()
    body = """Hei,

Vedlagt oppseiing frå Astrid Sandal, både som Word og PDF.

Helsing
Jon Øvrebø
Gloppen kommune
"""
    eml = outlook("v_a20", received, ("Jon Øvrebø", "jon.ovrebo@gloppen.kommune.no"),
                  "Oppseiing fastlege Sandane legesenter", body,
                  [("Oppseiing Astrid Sandal.docx", docx), ("Oppseiing Astrid Sandal.pdf", pdf)])
    g = tgold("4650", False, term(gp_name="Astrid Sandal", hpr_number="5571042", flr_list_id="465006",
                                   clinic="Sandane legesenter", notice_date="2025-10-27",
                                   last_working_day="2026-03-31", last_working_day_basis="stated"),
              "The same nynorsk letter twice, as .docx and as .pdf: one termination, not two. Letter date 27. oktober "
              "2025 is the notice date; agreed last day 31 March 2026 (stated, a month short of the notice period), "
              "transfer 1 April 2026.")
    return received, eml, g, {"v_a20.docx": docx, "v_a20.pdf": pdf}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", metavar="OUTDIR")
    ap.add_argument("--only")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name, build in M.items():
            if args.only and args.only not in name:
                continue
            received, eml, g, files = build(work)
            for line in check_gold(name, received, g):
                print(f"{name}: {line}")
            assert len(eml) < 400_000, (name, len(eml))
            with open(os.path.join(OUT, name + ".eml"), "wb") as f:
                f.write(eml)
            with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=2)
                f.write("\n")
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                for fn, data in files.items():
                    with open(os.path.join(args.keep, fn), "wb") as f:
                        f.write(data)
    append_rows(os.path.join(REGISTRY, "lists.csv"), NEW_LISTS)
    append_rows(os.path.join(REGISTRY, "unassigned.csv"), NEW_UNASSIGNED)
    print(f"{len(M)} messages in {os.path.relpath(OUT, HERE)}/")


if __name__ == "__main__":
    main()
