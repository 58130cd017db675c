#!/usr/bin/env python3
"""Build the j_ test corpus for `postmottak parse`: one sibling for each message
of the shared corpus's distribution/ (13), list_request/ (5), other/ (9) and
documents/ (6), keeping the shared message's hard thing (title block and Sum
row, instruction sheet with example rows, a reply subject carrying a form,
registry boundaries, a fødselsnummer in a note, a body order, a truncated
attachment, 'fra X til Y', a lock bullet list, an unlock, a nynorsk table with
an unknown list, a lock plus a new ceiling, auto-replies, a bounce, a citizen,
a newsletter, a thanks quoting a notice, spam with a bank account number, a
nynorsk question, a substitute question, a filled AcroForm, a .docx with an
empty body, a signed PDF letter, a scan, a ticked 'Ubesatt liste', a nynorsk
.odt) and changing everything else: other municipalities (real, 2024
numbering, none in registry/unassigned.csv before), people, numbers, dates
(2025-2026), wording and layout.

    .venv/bin/python tests/corpus/make_corpus_j.py [--keep OUTDIR]

Uses the helpers of /work/shared/corpus/make_xlsx.py and make_documents.py
(openpyxl, reportlab + pypdf AcroForm, python-docx, LibreOffice, pdftoppm,
tesseract).  Registry findings are computed from the rows below; timing with
the `holidays` package (make_documents.check_gold).  Appends its rows to
registry/lists.csv and registry/unassigned.csv idempotently (existing rows are
never changed or moved).  People, HPR numbers, FLR list IDs and phone/case
numbers are made up; the two fødselsnummer (j_d10, j_o03) are fictitious with
valid mod-11 check digits; the account number in j_o06 fails them.
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import importlib.util
import io
import json
import os
import sys
import tempfile
from email import encoders
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

from docx.shared import Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
import random
import subprocess

from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MD = _load("make_documents", "/work/shared/corpus/make_documents.py")
MX = _load("make_xlsx", "/work/shared/corpus/make_xlsx.py")
HERE = os.path.dirname(os.path.abspath(__file__))
REGISTRY = os.path.join(HERE, "registry")
UTC = dt.timezone.utc
oslo, order, gold, check_gold = MD.oslo, MD.order, MD.gold, MD.check_gold
para, new_docx, docx_bytes, soffice = MD.para, MD.new_docx, MD.docx_bytes, MD.soffice
IN_TIME, LATE, REGC = MD.IN_TIME, MD.LATE, MD.REG
MD.MIME[".xlsx"] = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
_header, _rows, _finish, BOLD, TITLE = MX._header, MX._rows, MX._finish, MX.BOLD, MX.TITLE

# ------------------------------------------------------------------ registry rows
NEW_LISTS = [
    # flr_list_id, kommunenummer, gp_name, hpr_number, status, ceiling, size
    ("463502", "4635", "Solrun Brekke", "2846153", "locked", "1000", "978"),
    ("463507", "4635", "Arvid Nordgulen", "2857264", "closed", "900", "900"),
    ("463511", "4635", "Kjersti Haugsvær", "2868375", "closed", "1000", "998"),
    ("322204", "3222", "Camilla Strøm", "5610284", "open", "1200", "1185"),
    ("322209", "3222", "Bjørnar Vik", "5621395", "open", "1000", "994"),
    ("322215", "3222", "Nina Aasland", "5632406", "open", "900", "890"),
    ("502921", "5029", "Tove Rønning", "7310452", "locked", "1000", "990"),
    ("502926", "5029", "Geir Hoel", "7321563", "open", "1100", "1080"),
    ("502932", "5029", "Maren Eggen", "7332674", "locked", "900", "888"),
    ("311221", "3112", "Espen Lie", "4052817", "open", "1000", "992"),
    ("311226", "3112", "Hanne Torp", "4063928", "open", "900", "897"),
    ("311230", "3112", "Karoline Skaug", "4075039", "locked", "1000", "980"),
    ("311234", "3112", "Ole Kristian Brå", "4086140", "open", "800", "790"),
    ("422305", "4223", "Tor Egil Ås", "5123847", "closed", "1000", "996"),
    ("422311", "4223", "Lise Hommen", "5139264", "open", "1100", "1090"),
    ("331602", "3316", "Sigurd Haugen", "6204718", "open", "1000", "975"),
    ("331607", "3316", "Ingrid Wang", "6215829", "open", "1000", "970"),
    ("331613", "3316", "Petter Dahl", "6226930", "open", "1200", "1180"),
    ("553004", "5530", "Marius Johansen", "8140362", "open", "1000", "985"),
    ("183706", "1837", "Oddbjørg Eide", "3570841", "closed", "1000", "988"),
    ("183718", "1837", "Frode Ørnes", "3581952", "open", "900", "880"),
    ("341703", "3417", "Anders Kirkemo", "4920375", "open", "1000", "995"),
    ("341708", "3417", "Randi Ødegård", "4931486", "open", "900", "880"),
    ("501404", "5014", "Helge Sandvik", "6480213", "open", "1000", "990"),
    ("501409", "5014", "Turid Strøm", "6491324", "open", "900", "895"),
    ("402203", "4022", "Gunvor Reksten", "2715093", "open", "1000", "992"),
    ("402208", "4022", "Eivind Lunde", "2726104", "closed", "900", "900"),
    ("401405", "4014", "Vegard Tangen", "3849205", "open", "1000", "985"),
    ("401411", "4014", "Silje Holt", "3850316", "open", "900", "880"),
    ("332403", "3324", "Trine Lund", "5704129", "open", "1000", "990"),
    ("332821", "3328", "Magnus Berg", "5643517", "open", "1000", "980"),
    ("422317", "4223", "Henrik Solberg", "6672031", "open", "1100", "1098"),
    ("332804", "3328", "Brynjar Tveit", "3380452", "open", "1000", "1000"),
    ("553007", "5530", "Kristin Nilsen", "7730915", "open", "1300", "1290"),
    ("332405", "3324", "Øystein Rudningen", "4418273", "open", "1000", "986"),
    ("331604", "3316", "Hallvard Eid", "2264917", "open", "800", "792"),
    ("311242", "3112", "Torunn Salvesen", "3917265", "open", "1000", "995"),
    ("553003", "5530", "Geir Inge Moen", "8814205", "open", "900", "871"),
    ("332807", "3328", "Arne Kvisler", "2193764", "open", "1000", "962"),
]
NEW_UNASSIGNED = [
    ("4635", "20", "manual"), ("3222", "40", "manual"), ("5029", "45", "manual"), ("3112", "18", "manual"),
    ("4223", "25", "manual"), ("3316", "14", "manual"), ("5530", "20", "manual"), ("1837", "15", "manual"),
    ("3417", "9", "automatic"), ("5014", "12", "manual"), ("4022", "10", "manual"), ("4014", "10", "manual"),
    ("3324", "15", "manual"), ("3328", "0", "automatic"),
]
REG = {r[0]: r for r in NEW_LISTS}
UNA = {u[0]: u for u in NEW_UNASSIGNED}


def append_rows(path, rows):
    """Append rows that are not there yet; existing rows are never changed or moved."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    existing = {r[0]: r for r in csv.reader(io.StringIO(text)) if r}
    add = []
    for row in rows:
        row = list(row)
        if row[0] in existing:
            if existing[row[0]] != row:
                sys.exit(f"{path}: {row[0]} is already there with other values: {existing[row[0]]}")
            continue
        add.append(row)
    if add:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        for r in add:
            w.writerow(r)
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write(buf.getvalue())
    print(f"{os.path.relpath(path, HERE)}: {len(add)} rows added")


# ------------------------------------------------------------------ personal numbers
W1, W2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def fnr_valid(s):
    d = [int(c) for c in s]
    k1 = 11 - sum(a * b for a, b in zip(W1, d)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(W2, d)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == d[9] and k2 == d[10]


FNR_D10 = "03118841297"   # 3 Nov 1988, individual number 412
FNR_O03 = "17089423740"   # 17 Aug 1994, individual number 237
ACCOUNT_O06 = "28041938554"  # a valid bank account (mod 11), not a fødselsnummer
assert fnr_valid(FNR_D10) and fnr_valid(FNR_O03) and not fnr_valid(ACCOUNT_O06)

# ------------------------------------------------------------------ registry findings


def reg_findings(muni, orders):
    """Registry findings of a distribution order, from the rows above (CONTRACT)."""
    out = set()
    total = 0
    for o in orders:
        total += o["citizens"]
        row = REG.get(o["flr_list_id"])
        if row is None:
            out.add("list_unknown")
            continue
        if row[1] != muni:
            out.add("list_other_municipality")
        free = int(row[5]) - int(row[6])
        if free + o["ceiling_increase"] < o["citizens"]:
            out.add("capacity_insufficient")
        if row[4] == "closed" and free >= 10:
            out.add("list_closed_too_free")
    if total > int(UNA[muni][1]):
        out.add("exceeds_unassigned")
    if UNA[muni][2] == "automatic":
        out.add("automatic_distribution_active")
    return out


DIST_CODES = ["capacity_insufficient", "exceeds_unassigned", "list_unknown", "list_closed_too_free",
              "automatic_distribution_active", "personal_data", "list_other_municipality", "malformed_message"]


def dist(fid, name, citizens, inc=0):
    return {"type": "distribution", "flr_list_id": fid, "gp_name": name, "citizens": citizens,
            "ceiling_increase": inc}


def dgold(muni, review, orders, required, note, unscored=()):
    got = reg_findings(muni, orders) - set(unscored)
    want = set(required) - {"personal_data", "malformed_message"}
    assert got == want, (muni, got, want)
    req = list(required) + ["children_may_exceed"]
    forb = [c for c in DIST_CODES if c not in required and c not in unscored]
    return {"kind": "distribution_order", "municipality": muni, "needs_review": review, "orders": orders,
            "findings_required": req, "findings_forbidden": forb, "note": note}


LR_FORBID = ["personal_data", "malformed_message", "list_unknown", "list_other_municipality", "children_may_exceed"]


def lrgold(muni, review, orders, required, note):
    for o in orders:
        row = REG.get(o["flr_list_id"])
        assert ("list_unknown" in required) == any(REG.get(x["flr_list_id"]) is None for x in orders)
        if row is not None:
            assert row[1] == muni and row[2] == o["gp_name"], o
            if o.get("hpr_number"):
                assert row[3] == o["hpr_number"]
    return {"kind": "list_request", "municipality": muni, "needs_review": review, "orders": orders,
            "findings_required": list(required), "findings_forbidden": [c for c in LR_FORBID if c not in required],
            "note": note}


def ogold(muni, review, required, forbidden, note):
    return {"kind": "other", "municipality": muni, "needs_review": review, "orders": [],
            "findings_required": list(required), "findings_forbidden": list(forbidden), "note": note}


# ------------------------------------------------------------------ e-mail

def sig(*lines):
    return "\n".join(lines) + "\n"


def outlook(name, received, sender, subject, body, attachments=(), logo=None, extra=(), html=None):
    """Outlook / Exchange Online, as make_documents.outlook_message, plus an optional inline
    signature logo (multipart/related) and extra headers."""
    pod = "AM9PR07MB" + str(int(hashlib.sha1(name.encode()).hexdigest()[:4], 16) % 9000 + 1000)
    alt = MIMEMultipart("alternative", boundary="_002_" + pod + "_" if (attachments or logo) else "_000_" + pod + "_")
    alt.attach(MD.text_part(body if body.strip() else "\n", "plain"))
    if html is None:
        html = MD.outlook_html(body if body.strip() else "")
        if logo:
            html = html.replace("</div>\n</body>", '<p class="MsoNormal"><img width="160" height="48" '
                                'id="Bilde_x0020_1" src="cid:image001.png@01DC9A3B.5E1F2C40"></p>\n</div>\n</body>')
    alt.attach(MD.text_part(html, "html"))
    inner = alt
    if logo:
        rel = MIMEMultipart("related", boundary="_001_" + pod + "_", type="multipart/alternative")
        rel.attach(alt)
        img = MIMEImage(logo, "png", name="image001.png")
        img.add_header("Content-Description", "image001.png")
        img.add_header("Content-Disposition", "inline", filename="image001.png", size=str(len(logo)))
        img.add_header("Content-ID", "<image001.png@01DC9A3B.5E1F2C40>")
        rel.attach(img)
        inner = rel
    if attachments:
        top = MIMEMultipart("mixed", boundary="_000_" + pod + "_")
        top.attach(inner)
        for filename, data in attachments:
            top.attach(MD.attachment(filename, data, received - dt.timedelta(minutes=3)))
    else:
        top = inner
    h = hashlib.sha1(name.encode()).hexdigest()
    arrived = received + dt.timedelta(seconds=int(h[4:6], 16) % 40 + 5)
    relay = f"mail-eopbgr{int(h[6:8], 16) % 900 + 10}.outbound.protection.outlook.com"
    display, address = sender
    subj = MD.encoded_words(subject)
    headers = [
        ("Return-Path", f"<{address}>"),
        ("Received", MD.fold("Received", f"from {relay} ({relay} [203.0.113.{int(h[8:10], 16) % 250 + 1}]) by"
                                         f" mx01.helfo.no (Postfix) with ESMTPS id {MD.seeded(name + 'q', 11)}"
                                         f" for <post@helfo.no>; {format_datetime(arrived)}")),
        ("From", formataddr((display, address), charset="utf-8")),
        ("To", "post@helfo.no"),
        ("Subject", MD.fold("Subject", subj)),
        ("Thread-Topic", MD.fold("Thread-Topic", MD.encoded_words(subject.split(": ", 1)[-1]
                                                                   if subject[:3] in ("SV:", "Sv:", "VS:") else subject))),
        ("Thread-Index", base64.b64encode(hashlib.sha1(("ti" + name).encode()).digest()[:22]).decode()),
        ("Date", format_datetime(received.astimezone(UTC))),
        ("Message-ID", f"<{pod}{MD.seeded(name, 24)}@{pod}.EURPRD07.PROD.OUTLOOK.COM>"),
    ] + list(extra) + [
        ("Accept-Language", "nb-NO, en-US"),
        ("Content-Language", "nb-NO"),
        ("X-MS-Has-Attach", "yes" if attachments else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    for part in top.walk():
        if "MIME-Version" in part:
            del part["MIME-Version"]
    top._headers = headers + top._headers
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(top)
    return buf.getvalue()


def raw_message(headers, mime):
    for part in mime.walk():
        if "MIME-Version" in part:
            del part["MIME-Version"]
    mime._headers = headers + [("MIME-Version", "1.0")] + mime._headers
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(mime)
    return buf.getvalue()


def quote_outlook(frm, sent, to, subject, text):
    return f"\nFra: {frm}\nSendt: {sent}\nTil: {to}\nEmne: {subject}\n\n{text}"


def logo_png(text, color):
    img = Image.new("RGB", (320, 96), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((8, 12, 80, 84), fill=color)
    d.text((96, 36), text, fill=color)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ================================================================== distribution orders

def j_d01():
    """Gulen: the worked example's shape in nynorsk; Sum row with formulas, every boundary exact."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggarar"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:E1")
    ws["A2"] = "Send utfylt skjema til post@helfo.no"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:E2")
    for r, (k, v) in enumerate([("Kommune", "Gulen"), ("Kommunenummer", "4635"), ("Kontaktperson", "Aslaug Sandøy"),
                                ("E-post", "aslaug.sandoy@gulen.kommune.no"), ("Dato", dt.date(2025, 10, 6))], start=4):
        ws.cell(row=r, column=1, value=k).font = BOLD
        c = ws.cell(row=r, column=2, value=v)
        if isinstance(v, dt.date):
            c.number_format = "DD.MM.YYYY"
    _header(ws, 10, 1, ["FLR-ID", "Fastlege", "Tal innbyggarar som skal fordelast", "Auke i listetak", "Merknad"],
            [12, 24, 20, 14, 36])
    _rows(ws, 11, 1, [
        [463502, "Solrun Brekke", 6, None, "Låst liste, 22 ledige plassar"],
        [463507, "Arvid Nordkviteseid", 9, 9, "Full og lukka liste"],
        [463511, "Kjersti Haugsvær", 5, 3, "Lukka, 2 ledige plassar"],
    ])
    ws["A14"] = "Sum"
    ws["A14"].font = BOLD
    ws["C14"] = "=SUM(C11:C13)"
    ws["D14"] = "=SUM(D11:D13)"
    data = _finish(wb, "Aslaug Sandøy", dt.datetime(2025, 10, 6, 13, 12))
    received = oslo(2025, 10, 7, 9, 41, 3)
    body = sig("Hei", "", "Vedlagt er skjema for manuell fordeling av dei 20 innbyggarane i Gulen som står utan "
               "fastlege. Legane har sagt ja til auka listetak.", "", "Venleg helsing", "Aslaug Sandøy",
               "helse- og omsorgssjef", "Gulen kommune")
    eml = outlook("j_d01", received, ("Aslaug Sandøy", "aslaug.sandoy@gulen.kommune.no"),
                  "Skjema for manuell fordeling - Gulen kommune", body,
                  [("Skjema manuell fordeling Gulen.xlsx", data)])
    g = dgold("4635", False, [dist("463502", "Solrun Brekke", 6, 0), dist("463507", "Arvid Nordkviteseid", 9, 9),
                              dist("463511", "Kjersti Haugsvær", 5, 3)], [],
              "Worked-example shape in nynorsk ('Tal innbyggarar som skal fordelast', 'Auke i listetak'): 463502 "
              "locked with 22 free gets 6 (locked is not closed: no too-free warning); 463507 closed and full gets "
              "9 with +9; 463511 closed with 2 free gets 5 with +3 (exact); 20 of 20 unassigned (exact); blank "
              "increase = 0; a Sum row with formulas and no cached values must not become an order.")
    return received, eml, g, {"j_d01.xlsx": data}


def j_d02():
    """Lørenskog: title block, contact cells with a phone, header on row 7, Sum row; inline logo."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bestilling"
    ws["A1"] = "Lørenskog kommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Skjema for manuell fordeling av innbyggere"
    ws["A2"].font = BOLD
    ws["A4"] = "Kontaktperson:"
    ws["C4"] = "Henning Aarø"
    ws["A5"] = "Telefon:"
    ws["C5"] = "62 46 11 30"
    _header(ws, 7, 1, ["Listenummer", "Fastlege", "Antall innbyggere", "Økning av listetak"], [14, 22, 18, 18])
    _rows(ws, 8, 1, [
        [322204, "Camilla Strøm", 10, 0],
        [322209, "Bjørnar Vik", 14, 10],
        [322215, "Nina Aasland", 7, None],
    ])
    ws["A11"] = "Sum"
    ws["A11"].font = BOLD
    ws["C11"] = 31
    ws["D11"] = 10
    data = _finish(wb, "Henning Aarø", dt.datetime(2026, 2, 9, 15, 2))
    received = oslo(2026, 2, 10, 8, 17, 44)
    body = sig("Hei,", "", "Vedlagt følger bestilling av manuell fordeling for februar.", "",
               "Med vennlig hilsen", "Henning Aarø", "Spesialrådgiver, Helse og omsorg", "Lørenskog kommune",
               "Telefon 62 46 11 30")
    eml = outlook("j_d02", received, ("Henning Aarø", "henning.aaro@lorenskog.kommune.no"),
                  "Manuell fordeling februar 2026 - Lørenskog", body,
                  [("Fordeling Lørenskog februar 2026.xlsx", data)], logo=logo_png("Lørenskog kommune", (0, 84, 140)))
    g = dgold("3222", False, [dist("322204", "Camilla Strøm", 10, 0), dist("322209", "Bjørnar Vik", 14, 10),
                              dist("322215", "Nina Aasland", 7, 0)], [],
              "Title block and contact cells (label in A, value in C, a phone number) above a header on row 7, "
              "'Listenummer' header, a Sum row (31 / 10) that must not become an order, a blank increase = 0; an "
              "inline signature logo (multipart/related) besides the xlsx.")
    return received, eml, g, {"j_d02.xlsx": data}


def j_d03():
    """Skaun: an instruction sheet first (active) with example rows; the form on sheet 2, text numbers."""
    wb = Workbook()
    guide = wb.active
    guide.title = "Slik fyller du ut"
    for r, line in enumerate([
        "Slik fyller du ut skjema for manuell fordeling av innbyggere",
        "",
        "1. Kontroller at listene har ledig kapasitet og er åpne eller låste.",
        "2. Er listen full eller lukket, før opp ønsket økning av listetaket i samme rad.",
        "3. Før opp FLR ID, fastlegens navn og antall innbyggere som skal fordeles.",
        "4. Send skjemaet til post@helfo.no.",
        "",
        "Eksempel: FLR ID 999999, Kari Nordmann, 4 innbyggere, økning av listetak 0.",
        "Eksempel: FLR ID 999998, Ola Nordmann, 12 innbyggere, økning av listetak 12.",
    ], start=1):
        guide.cell(row=r, column=1, value=line)
    guide["A1"].font = BOLD
    guide.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Fordeling")
    ws["A1"] = "Manuell fordeling av innbyggere – Skaun kommune"
    ws["A1"].font = TITLE
    ws["A1"].alignment = Alignment(vertical="center")
    ws.merge_cells("A1:D2")
    _header(ws, 5, 1, ["FLR ID", "Navn på fastlege", "Antall innbyggere som skal fordeles", "Økning listetak"],
            [12, 24, 22, 16])
    _rows(ws, 6, 1, [
        ["502921", "Rønning, Tove", "12", "4"],
        ["502926", "Geir Hoel", "15", "0"],
        ["502932", "Maren Eggen", "8", None],
    ])
    for row in ws.iter_rows(min_row=6, max_row=8):
        for c in row:
            c.number_format = "@"
    wb.active = 0
    data = _finish(wb, "Skaun kommune", dt.datetime(2025, 9, 19, 12, 40))
    received = oslo(2025, 9, 22, 10, 3, 27)
    body = sig("Hei,", "", "Som varslet sender vi skjema for manuell fordeling. Det gjelder listene 502921, 502926 "
               "og 502932. Se fanen «Fordeling».", "", "Vennlig hilsen", "Bodil Ekker", "Rådgiver helse",
               "Skaun kommune")
    eml = outlook("j_d03", received, ("Bodil Ekker", "bodil.ekker@skaun.kommune.no"),
                  "Skjema for manuell fordeling av innbyggere", body,
                  [("Skjema for manuell fordeling av innbyggere - Skaun.xlsx", data)])
    g = dgold("5029", False, [dist("502921", "Rønning, Tove", 12, 4), dist("502926", "Geir Hoel", 15, 0),
                              dist("502932", "Maren Eggen", 8, 0)], [],
              "Instruction sheet first (and active) with example rows (FLR ID 999999 / 999998) that are not orders; "
              "the form on sheet 2 under a title merged over two rows, header on row 5, every number stored as "
              "text, a name written 'Rønning, Tove' (kept as written); the list IDs in the body too. Follows the "
              "lock request j_r02.")
    return received, eml, g, {"j_d03.xlsx": data}


def j_d04():
    """Råde: the form sent as a reply in the manual-request thread; header on row 1, empty row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    _header(ws, 1, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 22, 18, 18])
    _rows(ws, 2, 1, [[311221, "Espen Lie", 5, None], [311226, "Hanne Torp", 5, 2]])
    _rows(ws, 5, 1, [[311230, "Karoline Skaug", 3, None], [311234, "Ole Kristian Brå", 4, None]])
    data = _finish(wb, "Kjersti Lund", dt.datetime(2026, 3, 16, 14, 22))
    received = oslo(2026, 3, 17, 9, 12, 50)
    body = sig("Hei,", "", "Her kommer første bestilling av fordeling fra Råde, skjemaet ligger vedlagt.", "",
               "Med vennlig hilsen", "Kjersti Lund", "Enhetsleder helse", "Råde kommune")
    body += quote_outlook("Helfo <post@helfo.no>", "torsdag 29. januar 2026 13:05",
                          "Kjersti Lund <kjersti.lund@rade.kommune.no>", "SV: Fastlege – manuell fordeling",
                          "Hei,\n\nAutomatisk tildeling av fastlege er nå slått av for Råde kommune. Når dere vil "
                          "fordele innbyggere, sender dere «Skjema for manuell fordeling av innbyggere» til "
                          "post@helfo.no.\n\nMed vennlig hilsen\nHelfo\n")
    body += quote_outlook("Kjersti Lund <kjersti.lund@rade.kommune.no>", "mandag 26. januar 2026 10:44",
                          "post@helfo.no", "Fastlege – manuell fordeling",
                          "Hei,\n\nRåde kommune ønsker manuell fordeling av innbyggere som står uten fastlege.\n\n"
                          "Med vennlig hilsen\nKjersti Lund\nRåde kommune\n")
    eml = outlook("j_d04", received, ("Kjersti Lund", "kjersti.lund@rade.kommune.no"),
                  "SV: Fastlege – manuell fordeling", body, [("Skjema manuell fordeling Råde.xlsx", data)],
                  extra=[("In-Reply-To", "<20260129120500.4F1A2C@helfo.no>"),
                         ("References", "<20260129120500.4F1A2C@helfo.no>")])
    g = dgold("3112", False, [dist("311221", "Espen Lie", 5, 0), dist("311226", "Hanne Torp", 5, 2),
                              dist("311230", "Karoline Skaug", 3, 0), dist("311234", "Ole Kristian Brå", 4, 0)], [],
              "Sent as 'SV: Fastlege – manuell fordeling' (a manual request's subject; the quoted thread asks for "
              "manual distribution) but it carries the form: kind distribution_order, no manual_distribution "
              "order. Header on row 1, an empty row in the middle of the table, blank increases = 0; 311226 has 3 "
              "free, +2 gives exactly 5.")
    return received, eml, g, {"j_d04.xlsx": data}


def j_d05():
    """Vennesla: extra columns (HPR-nr, the municipality's own free count); capacity short."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Kommune: Vennesla"
    ws["A1"].font = BOLD
    ws["A2"] = "Kommunenr: 4223"
    _header(ws, 4, 1, ["FLR-ID", "Fastlege", "HPR-nr", "Ledige plasser (kommunens tall)", "Antall innbyggere",
                       "Økning av listetak"], [12, 20, 12, 18, 16, 16])
    _rows(ws, 5, 1, [[422305, "Tor Egil Ås", 5123847, 6, 9, 0], [422311, "Lise Hommen", 5139264, 10, 12, 5]])
    data = _finish(wb, "Vennesla kommune", dt.datetime(2026, 4, 20, 10, 5))
    received = oslo(2026, 4, 21, 11, 26, 9)
    body = sig("Hei!", "", "Vedlagt skjema for fordeling av 21 innbyggere uten fastlege.", "", "Hilsen",
               "Åse Rosseland", "Kommuneoverlege", "Vennesla kommune")
    eml = outlook("j_d05", received, ("Åse Rosseland", "ase.rosseland@vennesla.kommune.no"),
                  "Manuell fordeling Vennesla", body, [("Manuell fordeling Vennesla april.xlsx", data)])
    g = dgold("4223", True, [dist("422305", "Tor Egil Ås", 9, 0), dist("422311", "Lise Hommen", 12, 5)],
              ["capacity_insufficient"],
              "List 422305 is closed with 4 free (the municipality's own column says 6) and gets 9 with no "
              "increase: capacity_insufficient, review. Extra columns (HPR-nr, 'Ledige plasser (kommunens tall)') "
              "sit between the name and the numbers. 422311: 10 free + 5 for 12 is enough.")
    return received, eml, g, {"j_d05.xlsx": data}


def j_d06():
    """Modum: header on row 5 under a title block, a 'Totalt' row, blank increases; exceeds unassigned."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Manuell fordeling"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Modum kommune, Helse og omsorg"
    ws["A3"] = "Dato: 02.06.2026"
    _header(ws, 5, 1, ["Listenummer (FLR)", "Fastlegens navn", "Antall innbyggere som skal fordeles",
                       "Økning av listetak"], [18, 22, 22, 18])
    _rows(ws, 6, 1, [[331602, "Sigurd Haugen", 9, None], [331607, "Ingrid Wang", 8, None],
                     [331613, "Petter Dahl", 6, None]])
    ws["A9"] = "Totalt"
    ws["A9"].font = BOLD
    ws["C9"] = 23
    data = _finish(wb, "Tonje Bakke", dt.datetime(2026, 6, 2, 9, 30))
    received = oslo(2026, 6, 2, 13, 48, 2)
    body = sig("Hei,", "", "Se vedlagt skjema.", "", "Mvh", "Tonje Bakke", "Konsulent, Helse og omsorg",
               "Modum kommune")
    eml = outlook("j_d06", received, ("Tonje Bakke", "tonje.bakke@modum.kommune.no"),
                  "Skjema for manuell fordeling av innbyggere – Modum", body,
                  [("Manuell fordeling Modum.xlsx", data)])
    g = dgold("3316", True, [dist("331602", "Sigurd Haugen", 9, 0), dist("331607", "Ingrid Wang", 8, 0),
                             dist("331613", "Petter Dahl", 6, 0)], ["exceeds_unassigned"],
              "23 citizens ordered but Modum has 14 without a list: exceeds_unassigned, review. Header on row 5 "
              "under a title block with a date, a 'Totalt' row, all increases blank; every list has room.")
    return received, eml, g, {"j_d06.xlsx": data}


def j_d07():
    """Senja: the name column before the FLR-ID column; one list not in the registry."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Manuell fordeling av innbyggere uten fastlege – Senja kommune"
    ws["A1"].font = BOLD
    _header(ws, 3, 1, ["Fastlege", "FLR-ID", "Antall innbyggere", "Økning av listetak"], [24, 12, 18, 18])
    _rows(ws, 4, 1, [["Marius Johansen", 553004, 7, 0], ["Elise Hansen", 553097, 5, 0]])
    data = _finish(wb, "Senja kommune", dt.datetime(2025, 11, 24, 8, 50))
    received = oslo(2025, 11, 24, 9, 58, 31)
    body = sig("Hei", "", "Oversender skjema for manuell fordeling.", "", "Hilsen", "Ronny Pedersen",
               "Fagleder legetjenesten", "Senja kommune")
    eml = outlook("j_d07", received, ("Ronny Pedersen", "ronny.pedersen@senja.kommune.no"),
                  "Manuell fordeling - Senja", body, [("Skjema Senja.xlsx", data)])
    g = dgold("5530", True, [dist("553004", "Marius Johansen", 7, 0), dist("553097", "Elise Hansen", 5, 0)],
              ["list_unknown"],
              "FLR-ID 553097 is not in the registry snapshot: list_unknown, review (capacity for it is not "
              "scored). The name column comes before the FLR-ID column.", unscored=("capacity_insufficient",))
    return received, eml, g, {"j_d07.xlsx": data}


def j_d08():
    """Meløy: the table starts in column B under a merged title; a closed list with 12 free."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["B2"] = "Skjema for manuell fordeling av innbyggere"
    ws["B2"].font = TITLE
    ws.merge_cells("B2:E2")
    ws["B3"] = "Meløy kommune"
    ws["B4"] = "Kontakt: Linda Ørnes Hansen, tlf. 75 76 50 00"
    _header(ws, 6, 2, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    for col, w in zip("ABCDE", [3, 12, 22, 18, 18]):
        ws.column_dimensions[col].width = w
    _rows(ws, 7, 2, [[183706, "Oddbjørg Eide", 5, None], [183718, "Frode Ørnes", 6, None]])
    data = _finish(wb, "Linda Ørnes Hansen", dt.datetime(2025, 12, 3, 14, 10))
    received = oslo(2025, 12, 4, 8, 31, 15)
    body = sig("Hei,", "", "Vedlagt skjema for manuell fordeling av 11 innbyggere.", "", "Med hilsen",
               "Linda Ørnes Hansen", "Rådgiver, Meløy kommune")
    eml = outlook("j_d08", received, ("Linda Ørnes Hansen", "linda.ornes.hansen@meloy.kommune.no"),
                  "Skjema for manuell fordeling av innbyggere", body, [("Skjema manuell fordeling.xlsx", data)])
    g = dgold("1837", False, [dist("183706", "Oddbjørg Eide", 5, 0), dist("183718", "Frode Ørnes", 6, 0)],
              ["list_closed_too_free"],
              "List 183706 is closed with 12 free places (it should have opened by itself): a warning only, so no "
              "review. The table starts in column B under a merged title; a phone number in the contact line.")
    return received, eml, g, {"j_d08.xlsx": data}


def j_d09():
    """Grue: still on automatic assignment; both boundaries exact (must not fire)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = BOLD
    _header(ws, 2, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 24, 18, 18])
    _rows(ws, 3, 1, [[341703, "Anders Kirkemo", 5, 0], [341708, "Randi Ødegård", 4, 0]])
    data = _finish(wb, "Mette Sveen", dt.datetime(2026, 1, 13, 13, 5))
    received = oslo(2026, 1, 14, 10, 2, 40)
    body = sig("Hei,", "", "Vi har avtalt med to fastleger at de tar de ni innbyggerne som står uten lege. "
               "Skjema vedlagt.", "", "Med vennlig hilsen", "Mette Sveen", "Virksomhetsleder helse",
               "Grue kommune")
    eml = outlook("j_d09", received, ("Mette Sveen", "mette.sveen@grue.kommune.no"),
                  "Fordeling av innbyggere uten fastlege - Grue", body, [("Fordeling Grue.xlsx", data)])
    g = dgold("3417", False, [dist("341703", "Anders Kirkemo", 5, 0), dist("341708", "Randi Ødegård", 4, 0)],
              ["automatic_distribution_active"],
              "Grue is still on automatic assignment: a warning, no review. Exact boundaries that must NOT fire: "
              "9 ordered of 9 unassigned, 5 to a list with 5 free.")
    return received, eml, g, {"j_d09.xlsx": data}


def j_d10():
    """Frøya: a fødselsnummer with a space in the Merknad column; non-ASCII attachment filename."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Frøya kommune – kommunenummer 5014"
    _header(ws, 4, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak", "Merknad"],
            [12, 20, 18, 18, 60])
    _rows(ws, 5, 1, [
        [501404, "Helge Sandvik", 4, None, None],
        [501409, "Turid Strøm", 3, None,
         f"Far ({FNR_D10[:6]} {FNR_D10[6:]}) ønsker samme fastlege som resten av familien"],
    ])
    data = _finish(wb, "Frøya kommune", dt.datetime(2026, 9, 8, 9, 0))
    received = oslo(2026, 9, 8, 11, 19, 22)
    body = sig("Hei,", "", "Vedlagt skjema for manuell fordeling. Legg merke til merknaden på rad 2.", "",
               "Vennlig hilsen", "Solveig Strøm", "Rådgiver, helse og velferd", "Frøya kommune")
    eml = outlook("j_d10", received, ("Solveig Strøm", "solveig.strom@froya.kommune.no"),
                  "Manuell fordeling - Frøya kommune", body,
                  [("Skjema for manuell fordeling – Frøya.xlsx", data)])
    g = dgold("5014", True, [dist("501404", "Helge Sandvik", 4, 0), dist("501409", "Turid Strøm", 3, 0)],
              ["personal_data"],
              "The 'Merknad' column of the second row holds a fødselsnummer written with a space ('031188 41297', "
              "fictitious, valid check digits): personal_data, masked, review. Non-ASCII attachment filename "
              "(en dash, RFC 2231).")
    return received, eml, g, {"j_d10.xlsx": data}


def j_d11():
    """Seljord: no attachment, the order in nynorsk bullets, one row with a ceiling increase."""
    received = oslo(2026, 3, 3, 14, 7, 12)
    body = sig("Hei", "", "Seljord kommune har 10 innbyggarar utan fastlege. Vi har snakka med to av legane våre og "
               "ber Helfo fordele slik:", "",
               "* Gunvor Reksten, FLR-ID 402203: 5 innbyggarar (listetaket er uendra)",
               "* Eivind Lunde, FLR-ID 402208: 4 innbyggarar. Lista hans er full, så vi ber samstundes om at "
               "listetaket hans vert auka med 4.", "",
               "Skjemaet let seg ikkje opne hos oss, så vi skriv bestillinga her.", "", "Med helsing",
               "Ingvild Rabben", "kommunalsjef helse", "Seljord kommune")
    eml = outlook("j_d11", received, ("Ingvild Rabben", "ingvild.rabben@seljord.kommune.no"),
                  "Manuell fordeling av innbyggarar - Seljord", body)
    g = dgold("4022", None, [dist("402203", "Gunvor Reksten", 5, 0), dist("402208", "Eivind Lunde", 4, 4)], [],
              "No attachment: the order is written in the body (nynorsk '*' bullets, name before the ID); the "
              "ceiling increase is part of the distribution order, not a separate list_request; 402208 is closed "
              "and full, +4 for 4 is exact; review either way.")
    return received, eml, g, {}


def j_d12():
    """Kragerø: the .xlsx is truncated (not a readable zip)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    _header(ws, 1, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 2, 1, [[401405, "Vegard Tangen", 5, 0], [401411, "Silje Holt", 3, 2]])
    full = _finish(wb, "Kragerø kommune", dt.datetime(2026, 5, 19, 9, 45))
    data = full[: int(len(full) * 0.45)]
    received = oslo(2026, 5, 19, 10, 22, 37)
    body = sig("Hei,", "", "Vedlagt skjema for fordeling av 8 innbyggere.", "", "Mvh", "Jan Erik Tvedt",
               "Helsekoordinator", "Kragerø kommune")
    eml = outlook("j_d12", received, ("Jan Erik Tvedt", "jan.erik.tvedt@kragero.kommune.no"),
                  "Skjema for manuell fordeling av innbyggere - Kragerø", body,
                  [("Skjema for manuell fordeling av innbyggere.xlsx", data)])
    g = {"kind": "distribution_order", "municipality": "4014", "needs_review": True, "orders": [],
         "findings_required": ["malformed_message"],
         "findings_forbidden": ["personal_data", "list_unknown", "capacity_insufficient", "exceeds_unassigned"],
         "note": "The .xlsx attachment is cut to 45 % of its bytes (not a readable zip): malformed_message, no "
                 "orders, review; the kind is still distribution_order from the subject and filename."}
    return received, eml, g, {"j_d12.xlsx": data}


def j_d13():
    """Gol: header on row 2, a 'Totalt' row, and a list that belongs to Ål."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Gol kommune – manuell fordeling av innbyggere"
    ws["A1"].font = BOLD
    _header(ws, 2, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 22, 18, 18])
    _rows(ws, 3, 1, [[332403, "Trine Lund", 6, 0], [332821, "Magnus Berg", 4, 0]])
    ws["A5"] = "Totalt"
    ws["C5"] = 10
    ws["D5"] = 0
    data = _finish(wb, "Gol kommune", dt.datetime(2026, 10, 12, 11, 0))
    received = oslo(2026, 10, 13, 8, 55, 18)
    body = sig("Hei,", "", "Vedlagt skjema for manuell fordeling av 10 innbyggere.", "", "Hilsen",
               "Eirin Fossum", "Rådgiver, Gol kommune")
    eml = outlook("j_d13", received, ("Eirin Fossum", "eirin.fossum@gol.kommune.no"),
                  "Manuell fordeling - Gol", body, [("Manuell fordeling Gol.xlsx", data)])
    g = dgold("3324", True, [dist("332403", "Trine Lund", 6, 0), dist("332821", "Magnus Berg", 4, 0)],
              ["list_other_municipality"],
              "List 332821 belongs to Ål (3328), not Gol: list_other_municipality, review. Header on "
              "row 2, a 'Totalt' row.")
    return received, eml, g, {"j_d13.xlsx": data}


# ================================================================== list requests

def j_r01():
    received = oslo(2026, 5, 12, 13, 4, 51)
    body = sig("Hei,", "", "Fastlege Henrik Solberg (HPR 6672031) ved Vennesla legesenter har bedt om å få utvidet "
               "listen sin, og kommunen har sagt ja. Listetaket skal økes fra 1100 til 1250. Dette gjelder "
               "listenummer 422317.", "", "Vennlig hilsen", "Marianne Kjos", "Seniorrådgiver, Helse og omsorg",
               "Vennesla kommune")
    eml = outlook("j_r01", received, ("Marianne Kjos", "marianne.kjos@vennesla.kommune.no"),
                  "Økt listetak – Henrik Solberg", body)
    g = lrgold("4223", False, [{"type": "ceiling_change", "flr_list_id": "422317", "gp_name": "Henrik Solberg",
                                "hpr_number": "6672031", "increase": 150, "new_ceiling": 1250}], [],
               "Ceiling raise given as 'økes fra 1100 til 1250': increase 150 and new ceiling 1250 both follow from "
               "the text; the list number comes last.")
    return received, eml, g, {}


def j_r02():
    received = oslo(2025, 9, 8, 9, 26, 3)
    body = sig("Hei,", "", "Skaun kommune skal fordele innbyggere uten fastlege manuelt. Vi ber om at disse listene "
               "låses inntil fordelingen er gjort:", "", "• 502921 Tove Rønning", "• 502932 Maren Eggen", "",
               "Fordelingsskjemaet sender vi i løpet av et par uker.", "", "Vennlig hilsen", "Bodil Ekker",
               "Rådgiver helse", "Skaun kommune")
    eml = outlook("j_r02", received, ("Bodil Ekker", "bodil.ekker@skaun.kommune.no"),
                  "Låsing av lister før fordeling", body)
    g = lrgold("5029", False, [{"type": "list_lock", "flr_list_id": "502921", "gp_name": "Tove Rønning",
                                "action": "lock"},
                               {"type": "list_lock", "flr_list_id": "502932", "gp_name": "Maren Eggen",
                                "action": "lock"}], [],
               "Lock two lists before a distribution (the form follows in j_d03); a '•' bullet list 'ID Name' with "
               "no labels.")
    return received, eml, g, {}


def j_r03():
    received = oslo(2026, 4, 7, 14, 40, 9)
    body = sig("Hei,", "", "Fordelingen vi sendte dere 17. mars er ferdig. Listen til Karoline Skaug (FLR-ID 311230) "
               "kan derfor låses opp igjen.", "", "Med vennlig hilsen", "Kjersti Lund", "Enhetsleder helse",
               "Råde kommune")
    eml = outlook("j_r03", received, ("Kjersti Lund", "kjersti.lund@rade.kommune.no"),
                  "Opplåsing av liste 311230", body)
    g = lrgold("3112", False, [{"type": "list_lock", "flr_list_id": "311230", "gp_name": "Karoline Skaug",
                                "action": "unlock"}], [],
               "Unlock after a completed distribution (j_d04); the reference to the earlier order must not become a "
               "distribution order.")
    return received, eml, g, {}


def j_r04():
    received = oslo(2026, 8, 25, 12, 15, 33)
    body = sig("Hei", "", "Ål kommune ber om auke i listetaket for desse legane:", "",
               "FLR-ID   Fastlege                        Auke",
               "332804   Brynjar Tveit (HPR 3380452)     40",
               "332893   Liv Storebø                     80", "", "Med helsing", "", "Knut Olav Møgster",
               "kommuneoverlege", "Ål kommune")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p>Hei</p><p>Ål kommune ber om auke i listetaket for desse legane:</p>'
            '<table border="1" cellpadding="3"><tr><th>FLR-ID</th><th>Fastlege</th><th>Auke</th></tr>'
            '<tr><td>332804</td><td>Brynjar Tveit (HPR 3380452)</td><td>40</td></tr>'
            '<tr><td>332893</td><td>Liv Storeb&oslash;</td><td>80</td></tr></table>'
            '<p>Med helsing</p><p>Knut Olav M&oslash;gster<br>kommuneoverlege<br>Ål kommune</p>'
            '</body></html>\n')
    eml = outlook("j_r04", received, ("Ål kommune - Postmottak", "postmottak@aal.kommune.no"),
                  "Auke i listetak - Ål", body, html=html)
    g = lrgold("3328", True, [{"type": "ceiling_change", "flr_list_id": "332804", "gp_name": "Brynjar Tveit",
                               "hpr_number": "3380452", "increase": 40},
                              {"type": "ceiling_change", "flr_list_id": "332893", "gp_name": "Liv Storebø",
                               "hpr_number": None, "increase": 80}], ["list_unknown"],
               "Nynorsk table (plain and HTML) of increases; 332893 is not in the registry: list_unknown, review. "
               "new_ceiling is not scored (not in the text; registry ceiling + increase would give it).")
    return received, eml, g, {}


def j_r05():
    received = oslo(2026, 1, 20, 10, 3, 16)
    body = sig("Hei!", "", "Kan dere låse listen til fastlege Kristin Nilsen (FLR 553007)? Samtidig ønsker vi at "
               "listetaket hennes endres til 1400.", "", "Hilsen Bente", "Senja kommune, helse og omsorg")
    eml = outlook("j_r05", received, ("Bente Olsen", "bente.olsen@senja.kommune.no"),
                  "Låsing og nytt listetak – Kristin Nilsen", body)
    g = lrgold("5530", False, [{"type": "list_lock", "flr_list_id": "553007", "gp_name": "Kristin Nilsen",
                                "action": "lock"},
                               {"type": "ceiling_change", "flr_list_id": "553007", "gp_name": "Kristin Nilsen",
                                "new_ceiling": 1400}], [],
               "Two orders of different types on one list: a lock and a new ceiling given as the target (1400). "
               "hpr_number and increase are not scored (not in the text; derivable from the registry).")
    return received, eml, g, {}


# ================================================================== other

def j_o01():
    received = oslo(2026, 7, 6, 7, 48, 2)
    body = sig("Takk for henvendelsen.", "", "Jeg er i permisjon og tilbake på jobb tirsdag 18. august. E-post "
               "blir ikke fulgt opp før da.", "", "Gjelder det timebestilling eller resept, ta kontakt med "
               "legekontoret på telefon. Ved akutt sykdom, ring legevakt 116 117.", "", "Vennlig hilsen",
               "Jon Arild Berge", "Fastlege")
    eml = outlook("j_o01", received, ("Jon Arild Berge", "jon.arild.berge@solsidenlegesenter.no"),
                  "Automatisk svar: Spørsmål om listetak", body,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    g = ogold(None, False, [], ["personal_data", "malformed_message"],
              "Out-of-office auto-reply (Auto-Submitted: auto-replied) from a GP clinic, not a municipality; the "
              "subject names 'listetak' and the body a date; no review needed.")
    return received, eml, g, {}


def j_o02():
    received = oslo(2026, 6, 3, 14, 21, 40)
    sent = received - dt.timedelta(seconds=11)
    inner_text = ("Hei,\r\n\r\nVi har fått opplyst at fastlege Bente Fossum (HPR 2847516) ved Elvebakken "
                  "legesenter har sagt opp fastlegeavtalen sin, med siste arbeidsdag 30. september 2026.\r\n\r\n"
                  "Kommunen har ikke sendt oss melding om dette. Kan dere bekrefte siste arbeidsdag, og om "
                  "listen får ny fastlege?\r\n\r\nMed vennlig hilsen\r\nHelfo\r\n")
    inner = ("Return-Path: <post@helfo.no>\r\n"
             "Received: from saksbehandling.helfo.no (saksbehandling.helfo.no [10.20.4.15])\r\n"
             "\tby mx01.helfo.no (Postfix) with ESMTPS id 3C7E90A1F2\r\n"
             f"\tfor <post@elvebakkenlegesenter.no>; {format_datetime(sent)}\r\n"
             "From: Helfo <post@helfo.no>\r\nTo: post@elvebakkenlegesenter.no\r\n"
             "Subject: =?utf-8?q?Oppsigelse_av_fastlegeavtale_=E2=80=93_Bente_Fossum?=\r\n"
             f"Date: {format_datetime(sent)}\r\n"
             "Message-ID: <20260603122129.3C7E90A1F2@mx01.helfo.no>\r\nMIME-Version: 1.0\r\n"
             "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
             + base64.encodebytes(inner_text.encode()).decode().replace("\n", "\r\n"))
    b = "3C7E90A1F2.1780489300/mx01.helfo.no"
    text = ("This is the mail system at host mx01.helfo.no.\r\n\r\n"
            "I'm sorry to have to inform you that your message could not\r\n"
            "be delivered to one or more recipients. It's attached below.\r\n\r\n"
            "For further assistance, please send mail to postmaster.\r\n\r\n"
            "If you do so, please include this problem report. You can\r\n"
            "delete your own text from the attached returned message.\r\n\r\n"
            "                   The mail system\r\n\r\n"
            "<post@elvebakkenlegesenter.no>: host mx.elvebakkenlegesenter.no[185.21.46.90]\r\n"
            "    said: 550 5.1.1 <post@elvebakkenlegesenter.no>: Recipient address\r\n"
            "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\r\n"
            "    command)\r\n")
    status = ("Reporting-MTA: dns; mx01.helfo.no\r\nX-Postfix-Queue-ID: 3C7E90A1F2\r\n"
              "X-Postfix-Sender: rfc822; post@helfo.no\r\n"
              f"Arrival-Date: {format_datetime(sent)}\r\n\r\n"
              "Final-Recipient: rfc822; post@elvebakkenlegesenter.no\r\n"
              "Original-Recipient: rfc822;post@elvebakkenlegesenter.no\r\nAction: failed\r\nStatus: 5.1.1\r\n"
              "Remote-MTA: dns; mx.elvebakkenlegesenter.no\r\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <post@elvebakkenlegesenter.no>: Recipient\r\n"
              "    address rejected: User unknown in virtual mailbox table\r\n")
    raw = (f"Return-Path: <>\r\n"
           f"Received: by mx01.helfo.no (Postfix)\r\n\tid 5D11B0C4E9; {format_datetime(received)}\r\n"
           f"Date: {format_datetime(received)}\r\n"
           "From: MAILER-DAEMON@mx01.helfo.no (Mail Delivery System)\r\n"
           "Subject: Undelivered Mail Returned to Sender\r\nTo: post@helfo.no\r\nAuto-Submitted: auto-replied\r\n"
           "MIME-Version: 1.0\r\n"
           f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{b}\"\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "Message-Id: <20260603122140.5D11B0C4E9@mx01.helfo.no>\r\n\r\n"
           "This is a MIME-encapsulated message.\r\n\r\n"
           f"--{b}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{text}\r\n"
           f"--{b}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n{status}\r\n"
           f"--{b}\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n"
           f"Content-Transfer-Encoding: 8bit\r\n\r\n{inner}\r\n--{b}--\r\n")
    g = ogold(None, False, [], ["personal_data", "malformed_message", "last_day_from_notice_period"],
              "Delivery failure (multipart/report, delivery-status); the returned Helfo message holds a complete-"
              "looking termination (name, HPR, clinic, last day) that must not become an order.")
    return received, raw.encode("ascii"), g, {}


def j_o03():
    received = oslo(2026, 11, 15, 20, 33, 8)
    body = ("Hei\n\nJeg har nettopp flyttet og vil gjerne bytte til en fastlege som har kontor i nærheten. Nå står "
            "jeg på listen til en lege i byen jeg bodde i før. Jeg får ikke til å logge inn på Helsenorge med "
            f"BankID.\n\nFødselsnr: {FNR_O03}\n\nHilsen Siri Mathisen\n")
    alt = MIMEMultipart("alternative", boundary="000000000000a4c1e2063f7b9d21")
    alt.attach(MD.text_part(body, "plain"))
    alt.attach(MD.text_part('<div dir="ltr">' + body.replace("\n", "<br>") + "</div>\n", "html"))
    eml = raw_message([
        ("Return-Path", "<siri.mathisen94@gmail.com>"),
        ("Date", format_datetime(received)),
        ("Message-ID", "<CAH7qv=Kx2pD9mQ0f8sNrT4yLw3bZ1uE6aVj5gHc@mail.gmail.com>"),
        ("Subject", "Bytte av fastlege"),
        ("From", "Siri Mathisen <siri.mathisen94@gmail.com>"),
        ("To", "post@helfo.no"),
    ], alt)
    g = ogold(None, True, ["personal_data"], ["malformed_message"],
              "A citizen asking to change GP, with her fødselsnummer in the body ('Fødselsnr:', fictitious, valid "
              "check digits): personal_data, so review; not a municipal message, no municipality.")
    return received, eml, g, {}


def j_o04():
    received = oslo(2026, 10, 1, 6, 30, 0)
    body = ("Fastlegeforum – nyhetsbrev oktober 2026\n\nI denne utgaven:\n"
            "* Slik bruker kommunene manuell fordeling av innbyggere uten fastlege\n"
            "* Oppsigelser: flere fastleger slutter ved månedsskiftet\n"
            "* Webinar om listetak og arbeidstid, 12. november 2026\n\n"
            "MANUELL FORDELING\nKommuner som har slått av den automatiske tildelingen fyller ut «Skjema for "
            "manuell fordeling av innbyggere» og sender det til post@helfo.no. I samme skjema kan de be om økning "
            "av listetak for fastleger som tar imot flere.\n\n"
            "OPPSIGELSE AV FASTLEGEAVTALE\nOppsigelsestiden er seks måneder. Kommunen melder ny fastlege eller "
            "ubesatt liste med «Melding til fastlegeregisteret».\n\n"
            "Du får dette nyhetsbrevet fordi du abonnerer på Fastlegeforum.\n"
            "Avslutt abonnementet: https://fastlegeforum.no/nyhetsbrev/avmeld?id=5c02e9\n")
    alt = MIMEMultipart("alternative", boundary="=_b71c09ae4f3d2256e1a8c3f0")
    alt.attach(MD.text_part(body, "plain"))
    alt.attach(MD.text_part("<html><body>" + "".join(f"<p>{MD.html.escape(p)}</p>" for p in body.split("\n\n"))
                            + "</body></html>\n", "html"))
    eml = raw_message([
        ("Return-Path", "<bounce-5c02e9@mail.fastlegeforum.no>"),
        ("Date", format_datetime(received)),
        ("From", "Fastlegeforum <nyhetsbrev@fastlegeforum.no>"),
        ("To", "post@helfo.no"),
        ("Subject", "=?utf-8?q?Nyhetsbrev_oktober=3A_manuell_fordeling=2C_listetak_og_oppsigelser?="),
        ("Message-ID", "<nb-2026-10.5c02e9@mail.fastlegeforum.no>"),
        ("Precedence", "bulk"),
        ("List-Id", "Fastlegeforum nyhetsbrev <nyhetsbrev.fastlegeforum.no>"),
        ("List-Unsubscribe", "<https://fastlegeforum.no/nyhetsbrev/avmeld?id=5c02e9>, "
                             "<mailto:avmeld@fastlegeforum.no?subject=5c02e9>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ], alt)
    g = ogold(None, False, [], ["personal_data", "malformed_message"],
              "Newsletter (List-Unsubscribe, List-Id, Precedence: bulk) full of the right keywords: manuell "
              "fordeling, skjema, listetak, oppsigelse, post@helfo.no.")
    return received, eml, g, {}


def j_o05():
    received = oslo(2026, 3, 9, 8, 2, 55)
    body = sig("Tusen takk!", "", "Hilsen Gunhild")
    body += quote_outlook("Helfo <post@helfo.no>", "fredag 6. mars 2026 14:20",
                          "Gunhild Bøe <gunhild.boe@lorenskog.kommune.no>",
                          "SV: Oppsigelse fastlegeavtale – Kari Bøen",
                          "Hei,\n\nTakk for meldingen. Oppsigelsen er registrert. Husk å sende «Melding til "
                          "fastlegeregisteret» om ny fastlege eller ubesatt liste i god tid før listen skal "
                          "overføres.\n\nMed vennlig hilsen\nHelfo\n")
    body += quote_outlook("Gunhild Bøe <gunhild.boe@lorenskog.kommune.no>", "tirsdag 3. mars 2026 11:02",
                          "post@helfo.no", "Oppsigelse fastlegeavtale – Kari Bøen",
                          "Hei,\n\nFastlege Kari Bøen, HPR-nr. 4471920, har i dag 3. mars 2026 sagt opp "
                          "fastlegeavtalen sin ved Solheim legesenter. Siste arbeidsdag er 31. august 2026.\n\n"
                          "Vi melder ny fastlege eller ubesatt liste så snart det er avklart.\n\n"
                          "Med vennlig hilsen\nGunhild Bøe\nKonsulent, helse og omsorg\nLørenskog kommune\n"
                          "Telefon 62 46 11 00\n")
    eml = outlook("j_o05", received, ("Gunhild Bøe", "gunhild.boe@lorenskog.kommune.no"),
                  "SV: Oppsigelse fastlegeavtale – Kari Bøen", body)
    g = ogold("3222", True, [], ["personal_data", "malformed_message", "last_day_from_notice_period"],
              "'Tusen takk!' on top of a thread that quotes Helfo's receipt and the whole original notice (name, "
              "HPR, 'i dag', last day): kind other, no orders. Municipal sender, so needs_review is true.")
    return received, eml, g, {}


def j_o06():
    received = dt.datetime(2026, 4, 28, 3, 41, 19, tzinfo=UTC)
    acct = f"{ACCOUNT_O06[:4]}.{ACCOUNT_O06[4:6]}.{ACCOUNT_O06[6:]}"
    html = ("<html><body style=\"font-family:Arial\">\n<center><h1>DU HAR VUNNET!</h1>\n"
            "<p>Din e-postadresse er trukket ut i v&aring;r m&aring;nedlige trekning. Premien er en "
            "<b>iPhone 17 Pro</b>.</p>\n"
            f"<p>Betal frakt og ekspedisjon (79 kr) til konto {acct} innen 2. mai, s&aring; sender vi premien.</p>\n"
            "<p><a href=\"http://vinner-norge.top/claim?u=44187\">HENT GEVINSTEN</a></p>\n"
            "<p style=\"font-size:8pt;color:#888\">Ref. 260428-NO-44187. Du mottar denne e-posten fordi du har "
            "deltatt i en kampanje.</p></center>\n</body></html>\n")
    part = MD.text_part(html, "html")
    eml = raw_message([
        ("Return-Path", "<info@vinner-norge.top>"),
        ("Date", format_datetime(received)),
        ("From", "Vinnerservice <info@vinner-norge.top>"),
        ("To", "post@helfo.no"),
        ("Subject", "=?utf-8?b?R3JhdHVsZXJlciEgRHUgaGFyIHZ1bm5ldCBlbiBpUGhvbmUgMTcgUHJv?="),
        ("Message-ID", "<20260428034119.44187@vinner-norge.top>"),
    ], part)
    g = ogold(None, False, [], ["personal_data", "malformed_message"],
              f"HTML-only spam; the 11-digit bank account number {acct} (valid account check digit) looks like a "
              "date-led fødselsnummer (28.04.19) but fails its check digits: no personal_data.")
    return received, eml, g, {}


def j_o07():
    received = oslo(2025, 11, 11, 13, 37, 49)
    body = sig("Hei", "", "Vi i Grue vurderer å gå over til manuell fordeling, men vil gjerne vite litt meir før vi "
               "bestemmer oss:", "",
               "1. Kvar finn vi talet på innbyggarar i kommunen som ikkje har fastlege i dag?",
               "2. Kan vi fordele til lister som er lukka, eller må dei opnast først?",
               "3. Om vi vel manuell fordeling no, kan vi gå attende til automatisk tildeling seinare?", "",
               "Venleg helsing", "Sigrun Sletten", "einingsleiar helse", "Grue kommune")
    eml = outlook("j_o07", received, ("Sigrun Sletten", "sigrun.sletten@grue.kommune.no"),
                  "Spørsmål om manuell fordeling", body)
    g = ogold("3417", True, [], ["personal_data", "malformed_message", "children_may_exceed"],
              "Nynorsk questions about manual distribution (including whether they could go back to automatic), "
              "not a request to switch either way: kind other; municipal sender, so review.")
    return received, eml, g, {}


def j_o08():
    received = oslo(2026, 6, 16, 10, 11, 4)
    body = sig("Hei,", "", "Fastlege Martin Hagerup (HPR 5902736) ved Ørnes legekontor skal ha "
               "utdanningspermisjon fra 1. september 2026 til 30. juni 2027. Han sier ikke opp avtalen og kommer "
               "tilbake til listen etterpå.", "",
               "Vi har en vikar klar. Hvordan melder vi vikaren på listen i permisjonstiden, og trenger dere "
               "«Melding til fastlegeregisteret» fra oss?", "", "Med hilsen", "Tove Kristiansen",
               "Kommuneoverlege", "Meløy kommune")
    eml = outlook("j_o08", received, ("Tove Kristiansen", "tove.kristiansen@meloy.kommune.no"),
                  "Spørsmål om vikar i utdanningspermisjon", body)
    g = ogold("1837", True, [], ["personal_data", "malformed_message", "last_day_from_notice_period"],
              "A question about a substitute during educational leave: a GP name, HPR, clinic and a date range, but "
              "explicitly no termination ('sier ikke opp avtalen'); municipal sender, so review.")
    return received, eml, g, {}


def j_o09():
    received = oslo(2026, 7, 14, 9, 5, 31)
    body = sig("Hei,", "", "Jeg har sommerferie frem til og med 2. august 2026 og leser ikke e-post i denne perioden.",
               "", "Henvendelser om fastlegeordningen kan sendes til postmottak@vennesla.kommune.no.", "",
               "Med vennlig hilsen", "Arild Egeland", "Vennesla kommune")
    eml = outlook("j_o09", received, ("Arild Egeland", "arild.egeland@vennesla.kommune.no"),
                  "Automatisk svar: Liste 422316 – Vennesla legesenter", body,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    g = ogold("4223", None, [], ["personal_data", "malformed_message", "timing_in_time", "timing_late_letters",
                                 "timing_after_transfer"],
              "Auto-reply from a municipal address whose subject names a list and a clinic: kind other, no orders. "
              "Review not scored (an auto-reply may fairly be exempt from 'other from a municipal sender').")
    return received, eml, g, {}


# ================================================================== documents

def j_a01(work):
    received = oslo(2026, 1, 28, 9, 44, 21)
    pdf = MD.helfo_form_filled({
        "kommune": "Gol", "kommunenummer": "3324",
        "listenummer": "332405", "legekontor": "Gol legesenter", "listetak": "1000",
        "fratrer_navn": "Øystein Rudningen", "fratrer_hpr": "4418273", "fratrer_siste_dag": "31.03.2026",
        "ny_navn": "Marte Bakke Sundre", "ny_hpr": "6091348", "gjelder_fra": "01.04.2026",
        "kontakt_navn": "Elin Thorsrud", "kontakt_telefon": "32 02 91 44",
        "kontakt_epost": "elin.thorsrud@gol.kommune.no", "dato": "26.01.2026",
    }, ubesatt=False, filled_at=oslo(2026, 1, 26, 14, 10))
    body = sig("Hei,", "", "Vedlagt er utfylt «Melding til fastlegeregisteret» for liste 332405 ved Gol "
               "legesenter: Marte Bakke Sundre overtar etter Øystein Rudningen.", "",
               "Ta kontakt om noe er uklart.", "", "Med vennlig hilsen", "Elin Thorsrud", "Rådgiver, helse",
               "Gol kommune", "Tlf. 32 02 91 44")
    eml = outlook("j_a01", received, ("Elin Thorsrud", "elin.thorsrud@gol.kommune.no"),
                  "Melding til fastlegeregisteret – liste 332405", body,
                  [("Melding til fastlegeregisteret 332405.pdf", pdf)])
    g = gold("list_change", "3324", False,
             [order("new_gp", flr_list_id="332405", clinic="Gol legesenter", previous_gp_name="Øystein Rudningen",
                    previous_hpr_number="4418273", gp_name="Marte Bakke Sundre", hpr_number="6091348",
                    start_date="2026-04-01", list_ceiling=1000)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REGC,
             "Filled AcroForm PDF (05-04.27): the values are in form fields; the covering note names the list and "
             "both GPs again (one order, not two). The old GP's last day 31.03.2026 and the form date 26.01.2026 "
             "are not the start. Received Wed 28 Jan 2026, registered Fri 30 Jan, 61 days before 1 Apr: in time; "
             "63 days ahead.")
    return received, eml, g, {"j_a01.pdf": pdf}


def j_a02(work):
    received = oslo(2026, 5, 4, 8, 52, 13)
    doc = new_docx("Berit Haugen", oslo(2026, 4, 30, 15, 20))
    para(doc, "MODUM KOMMUNE", bold=True, size=14, after=0)
    para(doc, "Helse og omsorg – legetjenesten", size=10)
    para(doc)
    para(doc, "Melding til fastlegeregisteret", bold=True, size=15, after=2)
    para(doc, "Ny fastlege på eksisterende liste", size=11)
    para(doc)
    for line in ["Kommune: Modum (3316)",
                 "FLR-ID: 331604",
                 "Legekontor: Vikersund legesenter",
                 "Fastlege som fratrer: Hallvard Eid, HPR-nr. 2264917. Siste arbeidsdag 30.06.2026.",
                 "Ny fastlege: Ingeborg Kolsrud, HPR-nr. 5308164",
                 "Overtar listen fra: 1. juli 2026",
                 "Listetak: 800 (som før)"]:
        para(doc, line, after=3)
    para(doc)
    para(doc, "Pasientene på listen beholder plassen og flyttes til ny fastlege fra samme dato.")
    para(doc)
    para(doc, "Vikersund, 30. april 2026")
    para(doc, "Berit Haugen\nenhetsleder helse")
    data = docx_bytes(doc)
    eml = outlook("j_a02", received, ("Berit Haugen", "berit.haugen@modum.kommune.no"),
                  "Ny fastlege Vikersund legesenter", "", [("Melding ny fastlege - liste 331604.docx", data)])
    g = gold("list_change", "3316", False,
             [order("new_gp", flr_list_id="331604", clinic="Vikersund legesenter", previous_gp_name="Hallvard Eid",
                    previous_hpr_number="2264917", gp_name="Ingeborg Kolsrud", hpr_number="5308164",
                    start_date="2026-07-01", list_ceiling=800)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REGC,
             "Empty body: the list change is 'label: value' lines in a .docx (python-docx); the old GP's last day "
             "30.06.2026 and the letter date are not the start ('1. juli 2026'). Received Mon 4 May 2026, "
             "registered Wed 6 May, 56 days before 1 Jul: in time; 58 days ahead.")
    return received, eml, g, {"j_a02.docx": data}


def j_a03(work):
    received = oslo(2026, 2, 11, 10, 18, 37)
    written = oslo(2026, 2, 9, 17, 5)
    doc = new_docx("Torunn Salvesen", written)
    para(doc, "Torunn Salvesen\nRåde legesenter\nSkråtorpveien 8\n1640 Råde", after=18)
    para(doc, "Råde kommune\nv/ kommuneoverlegen\nPostboks 13\n1640 Råde", after=18)
    para(doc, "Råde, 9. februar 2026", align="right", after=18)
    para(doc, "Oppsigelse av fastlegeavtale – FLR-liste 311242", bold=True, size=13)
    para(doc, "Jeg sier med dette opp min avtale om deltakelse i fastlegeordningen i Råde kommune for "
              "fastlegeliste 311242 ved Råde legesenter.")
    para(doc, "Jeg skal begynne i ny stilling i Fredrikstad. I møte med kommuneoverlegen 4. februar ble vi enige "
              "om at min siste arbeidsdag blir 31. juli 2026, en måned før oppsigelsestiden på seks måneder "
              "er ute.")
    para(doc, "Jeg vil gjøre det jeg kan for at pasientene får en god overgang.")
    para(doc, "HPR-nummer: 3917265", after=14)
    para(doc, "Med vennlig hilsen", after=0)
    doc.add_picture(MD.signature_png(os.path.join(work, "sig_j_a03.png"), 77), width=Cm(5.0))
    para(doc, "Torunn Salvesen\nspesialist i allmennmedisin")
    src = os.path.join(work, "Oppsigelse Torunn Salvesen.docx")
    doc.save(src)
    data = open(soffice(src, "pdf", work, written + dt.timedelta(minutes=4)), "rb").read()
    body = sig("Hei,", "", "Vedlagt signert oppsigelse fra fastlege Torunn Salvesen. Melding om ny fastlege eller "
               "ubesatt liste kommer når det er avklart.", "", "Vennlig hilsen", "Jorunn Åsland",
               "Rådgiver, helse og omsorg", "Råde kommune")
    eml = outlook("j_a03", received, ("Jorunn Åsland", "jorunn.asland@rade.kommune.no"),
                  "Oppsigelse fastlegeavtale – Torunn Salvesen", body,
                  [("Oppsigelse Torunn Salvesen.pdf", data)])
    g = gold("termination_notice", "3112", False,
             [order("termination", gp_name="Torunn Salvesen", hpr_number="3917265", flr_list_id="311242",
                    clinic="Råde legesenter", notice_date="2026-02-09", last_working_day="2026-07-31",
                    last_working_day_basis="stated", transfer_date="2026-08-01", reason="resignation")],
             [], ["last_day_from_notice_period"] + REGC,
             "The GP's signed letter, Word to PDF by LibreOffice (text layer, signature image): the letter date "
             "9 Feb 2026 is the notice date; the agreed last day 31 July 2026 is one month before the notice "
             "period ends (stated); the meeting date '4. februar' is a distractor; the FLR list is in the letter.")
    return received, eml, g, {"j_a03.pdf": data}


def pil_scan(pdf_path, work, *, dpi, angle, seed, when, producer):
    """Print-and-scan with pdftoppm + Pillow: grey render, rotation, paper tone, noise, blur, JPEG."""
    stem = os.path.join(work, f"nscan{seed}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", pdf_path, stem], check=True)
    img = Image.open(stem + ".png").convert("L")
    w, h = img.size
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.point(lambda v: int(18 + v * (235 - 18) / 255))
    rnd = random.Random(seed)
    px = img.load()
    for _ in range(w * h // 400):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-60, 60)))
    for _ in range(w * h // 4000):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((30, 60))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    jpg = stem + ".jpg"
    img.save(jpg, "JPEG", quality=55)
    buf = io.BytesIO()
    Image.open(jpg).save(buf, "PDF", resolution=float(dpi))
    wr = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    wr.add_metadata({"/Producer": producer, "/Creator": producer,
                     "/CreationDate": MD.pdf_date(when), "/ModDate": MD.pdf_date(when)})
    out = io.BytesIO()
    wr.write(out)
    return out.getvalue()




def j_a04(work):
    received = oslo(2025, 9, 17, 13, 26, 8)
    written = oslo(2025, 9, 15, 10, 40)
    doc = new_docx("Knut Ivar Nestegard", written, font="Liberation Sans", size=11.5)
    para(doc, "Knut Ivar Nestegard\nBørsa legekontor\nBørsaveien 2\n7353 Børsa", after=18)
    para(doc, "Skaun kommune\nHelse og omsorg\nPostboks 1\n7353 Børsa", after=18)
    para(doc, "Børsa, 15.09.2025", align="right", after=18)
    para(doc, "Oppsigelse av fastlegeavtale", bold=True, size=14)
    para(doc, "Jeg sier med dette opp fastlegeavtalen min med Skaun kommune. Oppsigelsestiden er seks måneder, "
              "jf. rammeavtalen mellom KS og Legeforeningen (ASA 4310) punkt 18. Jeg har ikke avtalt noen annen "
              "siste arbeidsdag med kommunen.")
    para(doc, "Jeg har arbeidet ved Børsa legekontor i ni år og vil gjerne bidra til at listen blir overført på "
              "en god måte.")
    para(doc, "HPR-nummer: 7046218", after=14)
    para(doc, "Med vennlig hilsen", after=0)
    doc.add_picture(MD.signature_png(os.path.join(work, "sig_j_a04.png"), 88), width=Cm(5.0))
    para(doc, "Knut Ivar Nestegard\nfastlege")
    src = os.path.join(work, "j_a04_letter.docx")
    doc.save(src)
    pdf_path = soffice(src, "pdf", work, written + dt.timedelta(minutes=2))
    data = pil_scan(pdf_path, work, dpi=300, angle=-0.8, seed=4404, when=oslo(2025, 9, 17, 13, 19, 40),
                         producer="KONICA MINOLTA bizhub C300i")
    MD.ocr_check(data, 300, ["Nestegard", "7046218", "15.09.2025", "Børsa legekontor"], work, "j_a04")
    body = sig("Hei!", "", "Oversender skannet oppsigelse fra fastlege. Originalen er journalført i sak 25/1873.", "",
               "Med hilsen", "Liv Torill Sletto", "saksbehandler, Helse og omsorg", "Skaun kommune")
    eml = outlook("j_a04", received, ("Liv Torill Sletto", "liv.torill.sletto@skaun.kommune.no"),
                  "Skannet oppsigelse fra fastlege", body, [("Scan_20250917_131940.pdf", data)])
    assert len(eml) < 400_000
    g = gold("termination_notice", "5029", None,
             [order("termination", gp_name="Knut Ivar Nestegard", hpr_number="7046218", flr_list_id=None,
                    clinic="Børsa legekontor", notice_date="2025-09-15", last_working_day="2026-03-31",
                    last_working_day_basis="notice_period", transfer_date="2026-04-01", reason="resignation")],
             ["last_day_from_notice_period"], REGC,
             "Image-only scan (300 dpi, -0.8 degrees, noise, no text layer; tesseract -l nor reads it): every fact "
             "needs OCR. Letter dated 15.09.2025, no last day, so the notice period from 1 Oct gives 31 March 2026. "
             "'ASA 4310' and the case number 25/1873 are distractors; no list ID. Review not scored.")
    return received, eml, g, {"j_a04.pdf": data}


def j_a05(work):
    received = oslo(2025, 10, 20, 12, 47, 30)
    pdf = MD.helfo_form_filled({
        "kommune": "Senja", "kommunenummer": "5530",
        "listenummer": "553003", "legekontor": "Finnsnes legesenter", "listetak": "900",
        "fratrer_navn": "Geir Inge Moen", "fratrer_hpr": "8814205", "fratrer_siste_dag": "31.10.2025",
        "gjelder_fra": "01.11.2025",
        "kontakt_navn": "Hilde Rognli", "kontakt_telefon": "77 58 80 00",
        "kontakt_epost": "hilde.rognli@senja.kommune.no", "dato": "17.10.2025",
    }, ubesatt=True, filled_at=oslo(2025, 10, 17, 14, 30))
    body = sig("Hei,", "", "Vedlagt skjema om ubesatt liste ved Finnsnes legesenter. Vi har en vikar som driver "
               "listen inntil ny fastlege er på plass.", "", "Hilsen", "Hilde Rognli", "rådgiver, Senja kommune")
    eml = outlook("j_a05", received, ("Hilde Rognli", "hilde.rognli@senja.kommune.no"),
                  "Ubesatt liste 553003 – melding til fastlegeregisteret", body,
                  [("Melding til fastlegeregisteret - ubesatt.pdf", pdf)])
    g = gold("list_change", "5530", False,
             [order("unassigned_list", flr_list_id="553003", clinic="Finnsnes legesenter",
                    previous_gp_name="Geir Inge Moen", previous_hpr_number="8814205", start_date="2025-11-01",
                    list_ceiling=900)],
             ["timing_late_letters", "helsenorge_not_visible_early"], LATE + REGC,
             "The AcroForm with 'Ubesatt liste' ticked and the new-GP fields empty: unassigned_list; 'vikar' in the "
             "body is no new GP. Received Mon 20 Oct 2025, registered Wed 22 Oct, 10 days before 1 Nov: late "
             "letters (a warning, no review); 12 days ahead.")
    return received, eml, g, {"j_a05.pdf": pdf}


def j_a06(work):
    received = oslo(2026, 8, 24, 10, 31, 6)
    written = oslo(2026, 8, 21, 12, 15)
    doc = new_docx("Guro Hestegen", written, font="Liberation Serif", size=12)
    para(doc, "ÅL KOMMUNE", bold=True, size=14, after=0)
    para(doc, "Helse og omsorg", size=10, after=18)
    para(doc, "Melding til fastlegeregisteret", bold=True, size=15, after=2)
    para(doc, "Ny fastlege på eksisterande liste", after=14)
    para(doc, "Fastlege Arne Kvisler (HPR-nr. 2193764) ved Ål legesenter går av med pensjon. Siste arbeidsdagen "
              "hans er 30. september 2026.")
    para(doc, "Sigrid Haugo, HPR-nr. 6624091, tek over lista hans frå 1. oktober 2026. Ho har dei siste åra vore "
              "fastlegevikar i Hemsedal.")
    para(doc, "Lista har FLR-nummer 332807. Listetaket vert 1000, som i dag.")
    para(doc)
    para(doc, "Ål, 21. august 2026")
    para(doc, "Guro Hestegen\neiningsleiar legetenesta")
    src = os.path.join(work, "Melding om ny fastlege - liste 332807.docx")
    doc.save(src)
    data = open(soffice(src, "odt", work, written + dt.timedelta(minutes=3)), "rb").read()
    body = sig("Hei,", "", "Sjå vedlagt melding om ny fastlege.", "", "Helsing", "Guro Hestegen",
               "einingsleiar legetenesta", "Ål kommune")
    eml = outlook("j_a06", received, ("Guro Hestegen", "guro.hestegen@aal.kommune.no"),
                  "Melding til fastlegeregisteret - ny fastlege Ål legesenter", body,
                  [("Melding om ny fastlege - liste 332807.odt", data)])
    g = gold("list_change", "3328", False,
             [order("new_gp", flr_list_id="332807", clinic="Ål legesenter", previous_gp_name="Arne Kvisler",
                    previous_hpr_number="2193764", gp_name="Sigrid Haugo", hpr_number="6624091",
                    start_date="2026-10-01", list_ceiling=1000)],
             ["timing_in_time", "helsenorge_not_visible_early"], IN_TIME + REGC,
             "Nynorsk prose in an .odt written by LibreOffice ('tek over lista hans frå', 'Listetaket vert 1000'); "
             "the list number comes last; 'Hemsedal' is another municipality, the sender is Ål (domain aal). "
             "Received Mon 24 Aug 2026, registered Wed 26 Aug, 36 days before 1 Oct: in time; but 38 days ahead, "
             "so not visible on Helsenorge a month ahead.")
    return received, eml, g, {"j_a06.odt": data}


DISTRIBUTION = [
    ("j_d01_volda_worked_example_kviteseid", j_d01), ("j_d02_bergen_title_block_sum_stor_elvdal", j_d02),
    ("j_d03_trondheim_instructions_text_numbers_grong", j_d03), ("j_d04_stavanger_reply_empty_row_rade", j_d04),
    ("j_d05_kristiansand_capacity_sirdal", j_d05), ("j_d06_drammen_exceeds_unassigned_lesja", j_d06),
    ("j_d07_tromso_list_unknown_nordreisa", j_d07), ("j_d08_bodo_closed_too_free_hamaroy", j_d08),
    ("j_d09_ringsaker_automatic_active_tolga", j_d09), ("j_d10_alesund_personal_data_surnadal", j_d10),
    ("j_d11_sogndal_body_order_seljord", j_d11), ("j_d12_sandnes_corrupt_attachment_tana", j_d12),
    ("j_d13_hamar_other_municipality_gol", j_d13),
]
LIST_REQUEST = [
    ("j_r01_bergen_raise_ceiling_sirdal", j_r01), ("j_r02_trondheim_lock_before_distribution_grong", j_r02),
    ("j_r03_stavanger_unlock_rade", j_r03), ("j_r04_voss_nynorsk_unknown_list_aal", j_r04),
    ("j_r05_tromso_lock_and_new_ceiling_nordreisa", j_r05),
]
OTHER = [
    ("j_o01_out_of_office_clinic_none", j_o01), ("j_o02_bounce_multipart_report_none", j_o02),
    ("j_o03_citizen_change_gp_none", j_o03), ("j_o04_newsletter_none", j_o04),
    ("j_o05_takk_for_beskjed_quotes_notice_stor_elvdal", j_o05), ("j_o06_spam_none", j_o06),
    ("j_o07_sunnfjord_question_nynorsk_tolga", j_o07), ("j_o08_narvik_question_substitute_hamaroy", j_o08),
    ("j_o09_out_of_office_municipal_sirdal", j_o09),
]
DOCUMENTS = [
    ("j_a01_lillehammer_acroform_new_gp_gol", j_a01), ("j_a02_halden_docx_empty_body_lesja", j_a02),
    ("j_a03_haugesund_signed_letter_pdf_rade", j_a03), ("j_a04_larvik_scanned_letter_grong", j_a04),
    ("j_a05_harstad_form_unassigned_ticked_nordreisa", j_a05), ("j_a06_stord_nynorsk_odt_aal", j_a06),
]


def write(folder, name, eml, g):
    import email
    from email import policy
    assert len(eml) < 400_000, (name, len(eml))
    msg = email.message_from_bytes(eml, policy=policy.default)
    assert not msg.defects, (name, msg.defects)
    for k in ("Message-ID", "Date", "From", "To", "Subject"):
        assert msg[k], (name, k)
    with open(os.path.join(folder, name + ".eml"), "wb") as f:
        f.write(eml)
    with open(os.path.join(folder, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", metavar="OUTDIR", help="also write the attachments here")
    args = ap.parse_args()
    n = 0
    with tempfile.TemporaryDirectory() as work:
        for folder, msgs, docs in (("distribution", DISTRIBUTION, False), ("list_request", LIST_REQUEST, False),
                                   ("other", OTHER, False), ("documents", DOCUMENTS, True)):
            out = os.path.join(HERE, folder)
            os.makedirs(out, exist_ok=True)
            for name, build in msgs:
                received, eml, g, files = build(work) if docs else build()
                if docs:
                    for line in check_gold(name, received, g):
                        print(f"{name}: {line}")
                write(out, name, eml, g)
                n += 1
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    for fn, data in files.items():
                        with open(os.path.join(args.keep, fn), "wb") as f:
                            f.write(data)
    append_rows(os.path.join(REGISTRY, "lists.csv"), NEW_LISTS)
    append_rows(os.path.join(REGISTRY, "unassigned.csv"), NEW_UNASSIGNED)
    print(f"{n} messages")


if __name__ == "__main__":
    main()
