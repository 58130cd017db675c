#!/usr/bin/env python3
"""Build the n_ corpus: 14 distribution orders (.xlsx forms) and 10 documents.

    .venv/bin/python tests/corpus/make_corpus_n.py [--keep OUTDIR]

In the style of /work/shared/corpus/make_xlsx.py and make_documents.py (whose
helpers are imported): openpyxl forms with title blocks, contact cells,
headers on different rows in bokmål and nynorsk, merged titles, totals rows,
an example sheet, extra columns (HPR, Ledige plasser, Listetak i dag, a date
column), a clinic column merged down, a comment below the table, swapped
columns, a logo; each with one registry trap or boundary. Documents: the
fillable form 05-04.27 with other values (free-format numbers, ticked box
after the transfer date, unticked box with a misleading note, an empty HPR),
Word letters converted to PDF by LibreOffice, a scan (pdftoppm + Pillow
rotation/noise, read by tesseract -l nor), a .docx and an .odt.

Writes distribution/n_*.eml and documents/n_*.eml with .expected.json and
appends (idempotently, never changing or reordering a row) the lists and
municipalities to registry/lists.csv and registry/unassigned.csv.
LibreOffice, reportlab and pypdf stamp ids/times: a rebuild is equivalent.
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
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

from docx.shared import Cm
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_documents", "/work/shared/corpus/make_documents.py")
MD = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(MD)

REGISTRY = os.path.join(HERE, "registry")
UTC = dt.timezone.utc
oslo, order, gold, check_gold = MD.oslo, MD.order, MD.gold, MD.check_gold
para, new_docx, docx_bytes, soffice = MD.para, MD.new_docx, MD.docx_bytes, MD.soffice
LATE, IN_TIME, REG = MD.LATE, MD.IN_TIME, MD.REG
MD.MIME[".xlsx"] = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# ------------------------------------------------------------------ xlsx (make_xlsx.py style)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _header(ws, row, col, names, widths=None):
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + col - 1 + i)].width = w


def _rows(ws, row, col, rows):
    for r, values in enumerate(rows):
        for i, v in enumerate(values):
            c = ws.cell(row=row + r, column=col + i, value=v)
            c.border = BOX


def _finish(wb, author, when):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    return out.getvalue()


def _contact(ws, start, pairs, vcol=2):
    for r, (k, v) in enumerate(pairs, start=start):
        ws.cell(row=r, column=1, value=k).font = BOLD
        c = ws.cell(row=r, column=vcol, value=v)
        if isinstance(v, dt.date):
            c.number_format = "DD.MM.YYYY"


# ------------------------------------------------------------------ e-mail

def thunderbird_message(name, received, sender, subject, body, attachments, org):
    """Thunderbird 128 on Windows: multipart/mixed > alternative (flowed plain + html) + attachment."""
    h = hashlib.sha1(name.encode()).hexdigest()
    b1 = "------------" + MD.seeded(name + "b1", 24, "0123456789abcdefghijklmnopqrstuvwxyz")
    b2 = "------------" + MD.seeded(name + "b2", 24, "0123456789abcdefghijklmnopqrstuvwxyz")
    alt = MIMEMultipart("alternative", boundary=b2)
    plain = MD.text_part(body, "plain")
    plain.set_param("format", "flowed")
    alt.attach(plain)
    html_ = ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; "
             "charset=UTF-8\">\n  </head>\n  <body>\n" +
             "".join(f"    <p>{MD.html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n")) +
             "  </body>\n</html>\n")
    alt.attach(MD.text_part(html_, "html"))
    top = MIMEMultipart("mixed", boundary=b1)
    top.preamble = "This is a multi-part message in MIME format."
    top.attach(alt)
    for filename, data in attachments:
        part = MD.attachment(filename, data, received - dt.timedelta(minutes=2))
        del part["Content-Description"]
        top.attach(part)
    display, address = sender
    domain = address.split("@")[1]
    arrived = received + dt.timedelta(seconds=int(h[4:6], 16) % 40 + 5)
    headers = [
        ("Return-Path", f"<{address}>"),
        ("Received", MD.fold("Received", f"from smtp.{domain} (smtp.{domain} [198.51.100.{int(h[8:10], 16) % 250 + 1}])"
                                         f" by mx01.helfo.no (Postfix) with ESMTPS id {MD.seeded(name + 'q', 11)}"
                                         f" for <post@helfo.no>; {format_datetime(arrived)}")),
        ("Message-ID", f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"),
        ("Date", format_datetime(received)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "nb"),
        ("To", "post@helfo.no"),
        ("From", formataddr((display, address), charset="utf-8")),
        ("Subject", MD.fold("Subject", MD.encoded_words(subject))),
        ("Organization", org),
    ]
    for part in top.walk():
        if "MIME-Version" in part:
            del part["MIME-Version"]
    top._headers = headers + top._headers
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(top)
    return buf.getvalue()


DIST_CODES = ["capacity_insufficient", "exceeds_unassigned", "list_unknown", "list_closed_too_free",
              "automatic_distribution_active", "personal_data", "list_other_municipality", "malformed_message"]


def dist(fid, name, citizens, inc=0):
    o = {"type": "distribution", "flr_list_id": fid}
    if name is not None:
        o["gp_name"] = name
    o["citizens"] = citizens
    o["ceiling_increase"] = inc
    return o


def dgold(muni, review, orders, required, note, unscored=()):
    req = list(required) + ["children_may_exceed"]
    forb = [c for c in DIST_CODES if c not in required and c not in unscored]
    return {"kind": "distribution_order", "municipality": muni, "needs_review": review, "orders": orders,
            "findings_required": req, "findings_forbidden": forb, "note": note}


# ------------------------------------------------------------------ registry rows
NEW_LISTS = [
    # flr_list_id, kommunenummer, gp_name, hpr_number, status, ceiling, size
    ("331804", "3318", "Astrid Sevle", "2750384", "closed", "1000", "997"),
    ("331811", "3318", "Jon Olav Flaten", "2761492", "open", "900", "894"),
    ("332003", "3320", "Sigrid Holte", "3091275", "closed", "800", "798"),
    ("332009", "3320", "Lars Erik Bakken", "3104826", "open", "1000", "990"),
    ("333402", "3334", "Marte Kolbu", "4418302", "open", "1000", "985"),
    ("333407", "3334", "Gunnar Lien", "4429517", "locked", "900", "880"),
    ("333605", "3336", "Kari Rustand", "2874015", "open", "1000", "980"),
    ("333616", "3336", "Bjørn Nyhus", "1963407", "open", "900", "885"),
    ("333803", "3338", "Hege Brattåsen", "5230481", "open", "1000", "970"),
    ("344002", "3440", "Ragnhild Dahl", "6017342", "closed", "1000", "990"),
    ("344008", "3440", "Per Håkon Myrvang", "6028154", "closed", "900", "891"),
    ("344015", "3440", "Tone Bergum", "6039266", "open", "1000", "985"),
    ("344903", "3449", "Eivind Skrautvol", "7120583", "open", "1000", "990"),
    ("344909", "3449", "Guri Kvale", "7131694", "open", "1100", "1092"),
    ("344914", "3449", "Nils Petter Haugen", "7142705", "locked", "800", "790"),
    ("345004", "3450", "Åse Nordheim", "8250316", "open", "1000", "985"),
    ("345010", "3450", "Knut Bråtå", "8261427", "open", "900", "895"),
    ("345302", "3453", "Ingebjørg Haugen", "9304157", "open", "1200", "1188"),
    ("345306", "3453", "Olav Tveit", "9315268", "closed", "1000", "1000"),
    ("401003", "4010", "Hanne Tangen", "1407238", "open", "1000", "992"),
    ("401007", "4010", "Morten Bjerke", "1418349", "open", "900", "894"),
    ("401012", "4010", "Liv Hesla", "1429450", "locked", "800", "790"),
    ("402406", "4024", "Torbjørn Sandland", "2540961", "locked", "1000", "985"),
    ("402411", "4024", "Karianne Moland", "2551072", "locked", "900", "890"),
    ("403005", "4030", "Gro Nesland", "3672814", "closed", "1000", "1000"),
    ("403011", "4030", "Halvor Felland", "3683925", "open", "900", "880"),
    ("421204", "4212", "Siri Ubostad", "4795306", "open", "1000", "988"),
    ("421209", "4212", "Arild Myren", "4806417", "open", "900", "890"),
    ("421703", "4217", "Bente Haugland", "5918270", "closed", "1000", "988"),
    ("421708", "4217", "Torgeir Nævestad", "5929381", "open", "800", "797"),
    ("403214", "4032", "Helge Moland", "4617293", "open", "1000", "960"),
    ("403407", "4034", "Dag Vidar Lien", "1874620", "open", "900", "871"),
    ("462305", "4623", "Eli Rørvik", "2986143", "open", "1100", "1030"),
    ("505201", "5052", "Arnfinn Kvaløy", "3391720", "open", "700", "655"),
    ("505507", "5055", "Randi Aune Strand", "6140382", "open", "1000", "948"),
    ("506103", "5061", "Kjell Arve Bolme", "7251948", "open", "1100", "1061"),
    ("552604", "5526", "Mari Sletten", "8816204", "open", "1000", "930"),
    ("552802", "5528", "Einar Sørensen", "4408215", "open", "800", "764"),
    ("561403", "5614", "Terje Isaksen", "3902176", "open", "800", "742"),
    ("563001", "5630", "Ole Martin Eriksen", "5093384", "open", "600", "571"),
]
NEW_UNASSIGNED = [
    ("3318", "16", "manual"), ("3320", "12", "manual"), ("3334", "9", "manual"), ("3336", "10", "manual"),
    ("3338", "14", "manual"), ("3440", "25", "manual"), ("3449", "11", "manual"), ("3450", "6", "automatic"),
    ("3453", "18", "manual"), ("4010", "9", "manual"), ("4024", "15", "manual"), ("4030", "10", "manual"),
    ("4212", "8", "manual"), ("4217", "20", "manual"),
    ("4032", "5", "automatic"), ("4034", "3", "manual"), ("4623", "4", "automatic"), ("5052", "0", "automatic"),
    ("5055", "7", "automatic"), ("5061", "6", "manual"), ("5526", "2", "automatic"), ("5528", "0", "automatic"),
    ("5614", "1", "automatic"), ("5630", "0", "automatic"),
]


def append_rows(path, rows):
    """Append rows that are not there yet at the end; existing rows are never changed or moved."""
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


# ================================================================== distribution orders

def sig(*lines):
    return "\n".join(lines) + "\n"


def n_d01():
    """Krødsherad: capacity exactly enough on both lists; the municipality's own stale 'Ledige plasser'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:F1")
    ws["A2"] = "Krødsherad kommune"
    ws.merge_cells("A2:F2")
    _contact(ws, 4, [("Kontaktperson", "Ellen Bråten"), ("Telefon", "32 14 92 30"),
                     ("Dato", dt.date(2025, 3, 11))])
    _header(ws, 8, 1, ["FLR-ID", "Fastlege", "Ledige plasser (kommunens oversikt)", "Antall innbyggere",
                       "Økning av listetak", "Merknad"], [12, 22, 18, 16, 16, 34])
    _rows(ws, 9, 1, [
        [331804, "Astrid Sevle", 0, 8, 5, "Lukket liste, økning avtalt med legen"],
        [331811, "Jon Olav Flaten", 4, 6, None, None],
    ])
    data = _finish(wb, "Ellen Bråten", dt.datetime(2025, 3, 11, 9, 20))
    received = oslo(2025, 3, 12, 10, 4, 51)
    body = sig("Hei,", "", "Vedlagt følger skjema for manuell fordeling av 14 innbyggere uten fastlege i Krødsherad.",
               "Økningen av listetaket for Astrid Sevle er avtalt med henne.", "",
               "Med vennlig hilsen", "Ellen Bråten", "Kommuneoverlege", "Krødsherad kommune", "Tlf. 32 14 92 30")
    eml = MD.outlook_message("n_d01", received, ("Ellen Bråten", "ellen.braten@krodsherad.kommune.no"),
                             "Skjema for manuell fordeling av innbyggere – Krødsherad", body,
                             [("Manuell fordeling Krødsherad mars 2025.xlsx", data)])
    g = dgold("3318", False, [dist("331804", "Astrid Sevle", 8, 5), dist("331811", "Jon Olav Flaten", 6, 0)], [],
              "Exact capacity boundaries that must NOT fire: 331804 is closed with 3 free and gets 8 with +5 "
              "(3 + 5 = 8); 331811 has 6 free and gets 6 (blank increase = 0). The municipality's own 'Ledige "
              "plasser' column (0 and 4) is stale and not the registry; merged title, contact cells, note column.")
    return received, eml, g, {"n_d01.xlsx": data}


def n_d02():
    """Flå: nynorsk headers; capacity one short with an increase (2 free + 4 < 7)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Flå kommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Skjema for manuell fordeling av innbyggarar utan fastlege"
    ws["A2"].font = BOLD
    ws["A3"] = "Kontaktperson: Marit Gulsvik, tlf. 32 05 30 12"
    _header(ws, 6, 1, ["Listenummer", "Namn på fastlege", "Tal på innbyggarar", "Auke i listetak"],
            [14, 24, 18, 16])
    _rows(ws, 7, 1, [
        [332003, "Sigrid Holte", 7, 4],
        [332009, "Lars Erik Bakken", 3, None],
    ])
    data = _finish(wb, "Marit Gulsvik", dt.datetime(2025, 4, 8, 13, 10))
    received = oslo(2025, 4, 9, 8, 47, 12)
    body = sig("Hei,", "", "Vedlagt er skjema for manuell fordeling. Me ber om at listetaket til Sigrid Holte vert "
               "auka med 4 samstundes.", "", "Helsing", "Marit Gulsvik", "einingsleiar helse", "Flå kommune")
    eml = thunderbird_message("n_d02", received, ("Marit Gulsvik", "marit.gulsvik@fla.kommune.no"),
                              "Manuell fordeling Flå kommune", body,
                              [("Skjema manuell fordeling Flå.xlsx", data)], "Flå kommune")
    g = dgold("3320", True, [dist("332003", "Sigrid Holte", 7, 4), dist("332009", "Lars Erik Bakken", 3, 0)],
              ["capacity_insufficient"],
              "One short: 332003 is closed with 2 free, +4 gives 6 places for 7 citizens: capacity_insufficient, "
              "review. Nynorsk headers ('Tal på innbyggarar', 'Auke i listetak') on row 6 under a title block; "
              "Thunderbird message.")
    return received, eml, g, {"n_d02.xlsx": data}


def n_d03():
    """Flesberg: an 'Eksempel' sheet first and active, with Helfo's example rows (FLR ID 10, 11, 12)."""
    wb = Workbook()
    ex = wb.active
    ex.title = "Eksempel"
    ex["A1"] = "Eksempel på utfylt skjema (fra Helfo) – ikke send denne"
    ex["A1"].font = BOLD
    ex.merge_cells("A1:D1")
    _header(ex, 3, 1, ["FLR ID", "Fastlege", "Antall innbyggere som skal fordeles", "Økning av listetak"],
            [12, 22, 22, 18])
    _rows(ex, 4, 1, [[10, "Fastlege a", 5, 0], [11, "Fastlege b", 10, 10], [12, "Fastlege c", 5, 3]])
    ws = wb.create_sheet("Skjema")
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:D1")
    ws["A2"] = "Kommune: Flesberg (3334)"
    _header(ws, 4, 1, ["FLR ID", "Fastlege", "Antall innbyggere som skal fordeles", "Økning av listetak"],
            [12, 22, 22, 18])
    _rows(ws, 5, 1, [[333402, "Marte Kolbu", 4, 0], [333407, "Gunnar Lien", 5, None]])
    wb.active = 0
    data = _finish(wb, "Flesberg kommune", dt.datetime(2025, 5, 6, 14, 30))
    received = oslo(2025, 5, 7, 9, 12, 3)
    body = sig("Hei,", "", "Oversender skjema for manuell fordeling av innbyggere. Utfylt skjema ligger på arket "
               "«Skjema».", "", "Vennlig hilsen", "Bjørg Tufte", "Helsekoordinator", "Flesberg kommune",
               "Lampeland, 3623 Lampeland")
    eml = MD.outlook_message("n_d03", received, ("Bjørg Tufte", "bjorg.tufte@flesberg.kommune.no"),
                             "Manuell fordeling av innbyggere - Flesberg", body,
                             [("Skjema manuell fordeling.xlsx", data)])
    g = dgold("3334", False, [dist("333402", "Marte Kolbu", 4, 0), dist("333407", "Gunnar Lien", 5, 0)], [],
              "The first (and active) sheet 'Eksempel' holds Helfo's example table with FLR ID 10, 11 and 12 "
              "(real Volda lists in the snapshot, so taking them gives list_other_municipality); the form is on "
              "sheet 2. 9 ordered of 9 unassigned: exact boundary, must not fire.")
    return received, eml, g, {"n_d03.xlsx": data}


def n_d04():
    """Rollag: 'Nr.' and HPR columns before the FLR-ID; one list id with swapped digits (unknown)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws["A1"] = "Rollag kommune – fordeling av innbyggere uten fastlege"
    ws["A1"].font = BOLD
    _header(ws, 3, 1, ["Nr.", "HPR-nr.", "FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"],
            [6, 12, 12, 22, 16, 16])
    _rows(ws, 4, 1, [[1, 2874015, 333605, "Kari Rustand", 4, None],
                     [2, 1963407, 333661, "Bjørn Nyhus", 3, 0]])
    data = _finish(wb, "Rollag kommune", dt.datetime(2025, 6, 2, 11, 0))
    received = oslo(2025, 6, 3, 13, 26, 40)
    body = sig("Hei!", "", "Se vedlagt skjema for manuell fordeling.", "", "Mvh", "Kjersti Haugerud",
               "Rådgiver helse og omsorg", "Rollag kommune")
    eml = MD.outlook_message("n_d04", received, ("Kjersti Haugerud", "kjersti.haugerud@rollag.kommune.no"),
                             "Skjema manuell fordeling", body, [("Fordeling juni.xlsx", data)])
    g = dgold("3336", True, [dist("333605", "Kari Rustand", 4, 0), dist("333661", "Bjørn Nyhus", 3, 0)],
              ["list_unknown"],
              "A 'Nr.' column and an HPR column (7 digits) come before the FLR-ID. 333661 is not in the snapshot "
              "(Bjørn Nyhus's list is 333616, digits swapped): list_unknown, review; the ID is kept as written. "
              "Capacity for it is not scored.", unscored=["capacity_insufficient"])
    return received, eml, g, {"n_d04.xlsx": data}


def n_d05():
    """Nore og Uvdal: one row is a Flesberg list."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Nore og Uvdal kommune"
    ws["A3"] = "Dato: 19.08.2025"
    _header(ws, 5, 1, ["Fastlegeliste (FLR-nr.)", "Fastlegens navn", "Antall innbyggere som skal fordeles",
                       "Økning av listetak", "Merknad"], [20, 22, 22, 16, 40])
    _rows(ws, 6, 1, [[333803, "Hege Brattåsen", 6, None, None],
                     [333407, "Gunnar Lien", 3, 0, "Innbyggere i Veggli, nærmere Lampeland"]])
    data = _finish(wb, "Nore og Uvdal kommune", dt.datetime(2025, 8, 19, 10, 40))
    received = oslo(2025, 8, 19, 15, 2, 9)
    body = sig("Hei,", "", "Vedlagt skjema for manuell fordeling av 9 innbyggere.", "", "Med hilsen",
               "Lars Ivar Hovde", "Kommunalsjef helse", "Nore og Uvdal kommune", "Sentrumsvegen 9, 3630 Rødberg")
    eml = MD.outlook_message("n_d05", received, ("Lars Ivar Hovde", "lars.ivar.hovde@nore-og-uvdal.kommune.no"),
                             "Manuell fordeling av innbyggere uten fastlege", body,
                             [("Manuell fordeling Nore og Uvdal.xlsx", data)])
    g = dgold("3338", True, [dist("333803", "Hege Brattåsen", 6, 0), dist("333407", "Gunnar Lien", 3, 0)],
              ["list_other_municipality"],
              "333407 belongs to Flesberg (3334), not Nore og Uvdal: list_other_municipality, review. The note "
              "('Veggli', 'Lampeland') is a reason, not an order; header 'Fastlegeliste (FLR-nr.)' on row 5.")
    return received, eml, g, {"n_d05.xlsx": data}


def n_d06():
    """Øyer: closed with exactly 10 free (warning) and closed with 9 free (no warning)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["B2"] = "Øyer kommune – Skjema for manuell fordeling av innbyggere"
    ws["B2"].font = TITLE
    ws.merge_cells("B2:E2")
    ws["B3"] = "Kontakt: Hilde Kvisberg, hilde.kvisberg@oyer.kommune.no"
    _header(ws, 5, 2, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    for col, w in zip("ABCDE", [3, 12, 22, 18, 18]):
        ws.column_dimensions[col].width = w
    _rows(ws, 6, 2, [[344002, "Ragnhild Dahl", 5, None], [344008, "Per Håkon Myrvang", 3, None],
                     [344015, "Tone Bergum", 4, 0]])
    data = _finish(wb, "Hilde Kvisberg", dt.datetime(2025, 9, 15, 8, 30))
    received = oslo(2025, 9, 16, 9, 41, 27)
    body = sig("Hei,", "", "Her er skjema for manuell fordeling fra Øyer kommune.", "", "Vennlig hilsen",
               "Hilde Kvisberg", "Virksomhetsleder helse", "Øyer kommune")
    eml = MD.outlook_message("n_d06", received, ("Hilde Kvisberg", "hilde.kvisberg@oyer.kommune.no"),
                             "Skjema for manuell fordeling - Øyer", body, [("Øyer fordeling.xlsx", data)])
    g = dgold("3440", False, [dist("344002", "Ragnhild Dahl", 5, 0), dist("344008", "Per Håkon Myrvang", 3, 0),
                              dist("344015", "Tone Bergum", 4, 0)],
              ["list_closed_too_free"],
              "Boundary: 344002 is closed with exactly 10 free (list_closed_too_free, a warning, no review); "
              "344008 is closed with 9 free (not too free) and gets 3 within capacity. Table from column B.")
    return received, eml, g, {"n_d06.xlsx": data}


def n_d07():
    """Sør-Aurdal: 12 ordered, 11 unassigned; Sum row with formulas."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Manuell fordeling"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Sør-Aurdal kommune, Helse og omsorg"
    _contact(ws, 3, [("Kontaktperson:", "Randi Kolbjørnshus"), ("Dato:", dt.date(2025, 10, 6))], vcol=3)
    _header(ws, 6, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 22, 18, 18])
    _rows(ws, 7, 1, [[344903, "Eivind Skrautvol", 5, None], [344909, "Guri Kvale", 4, None],
                     [344914, "Nils Petter Haugen", 3, None]])
    ws["A10"] = "Sum"
    ws["A10"].font = BOLD
    ws["C10"] = "=SUM(C7:C9)"
    ws["D10"] = "=SUM(D7:D9)"
    data = _finish(wb, "Randi Kolbjørnshus", dt.datetime(2025, 10, 6, 12, 15))
    received = oslo(2025, 10, 7, 8, 5, 33)
    body = sig("Hei,", "", "Vedlagt skjema for manuell fordeling.", "", "Mvh", "Randi Kolbjørnshus",
               "Sør-Aurdal kommune", "Tlf. 61 34 80 00")
    eml = MD.outlook_message("n_d07", received, ("Randi Kolbjørnshus", "randi.kolbjornshus@sor-aurdal.kommune.no"),
                             "Skjema for manuell fordeling", body, [("Skjema manuell fordeling.xlsx", data)])
    g = dgold("3449", True, [dist("344903", "Eivind Skrautvol", 5, 0), dist("344909", "Guri Kvale", 4, 0),
                             dist("344914", "Nils Petter Haugen", 3, 0)],
              ["exceeds_unassigned"],
              "By one: 5 + 4 + 3 = 12 ordered, Sør-Aurdal has 11 without a list: exceeds_unassigned, review. "
              "A Sum row with formulas (no cached values) must not become an order; blank increases.")
    return received, eml, g, {"n_d07.xlsx": data}


def n_d08():
    """Etnedal: nynorsk, still on automatic in the snapshot; the body claims manual."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggarar"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:D1")
    ws["A2"] = "Etnedal kommune"
    ws.merge_cells("A2:D2")
    _contact(ws, 4, [("Kommunenummer", "3450"), ("Kontaktperson", "Signe Bakkerud"),
                     ("E-post", "signe.bakkerud@etnedal.kommune.no"), ("Dato", dt.date(2025, 10, 20))])
    _header(ws, 9, 1, ["FLR-ID", "Fastlege", "Tal innbyggarar som skal fordelast", "Auke i listetak"],
            [12, 22, 22, 16])
    _rows(ws, 10, 1, [[345004, "Åse Nordheim", 4, None], [345010, "Knut Bråtå", 2, None]])
    data = _finish(wb, "Signe Bakkerud", dt.datetime(2025, 10, 20, 13, 40))
    received = oslo(2025, 10, 21, 10, 18, 2)
    body = sig("Hei,", "", "Me har i dag sendt eiga melding om at Etnedal ønskjer manuell fordeling. Vedlagt er "
               "skjemaet for fordeling av dei seks innbyggarane som står utan fastlege.", "", "Helsing",
               "Signe Bakkerud", "helse- og omsorgsleiar", "Etnedal kommune")
    eml = thunderbird_message("n_d08", received, ("Signe Bakkerud", "signe.bakkerud@etnedal.kommune.no"),
                              "Skjema for manuell fordeling - Etnedal", body,
                              [("Etnedal manuell fordeling.xlsx", data)], "Etnedal kommune")
    g = dgold("3450", False, [dist("345004", "Åse Nordheim", 4, 0), dist("345010", "Knut Bråtå", 2, 0)],
              ["automatic_distribution_active"],
              "The body says a request for manual distribution was sent 'i dag', but the snapshot still says "
              "automatic: the contract checks the snapshot as given, so automatic_distribution_active (a warning, "
              "no review). 6 of 6 unassigned (boundary); nynorsk headers on row 9, merged title, Thunderbird.")
    return received, eml, g, {"n_d08.xlsx": data}


def n_d09():
    """Øystre Slidre: extra columns 'Listetak i dag' and 'Tal på lista' and a date column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Øystre Slidre kommune – manuell fordeling av innbyggjarar utan fastlege"
    ws["A1"].font = BOLD
    _header(ws, 3, 1, ["FLR-ID", "Fastlege", "Listetak i dag", "Tal på lista", "Tal innbyggjarar som skal fordelast",
                       "Auke i listetak", "Fordelast frå"], [12, 22, 12, 12, 20, 14, 14])
    _rows(ws, 4, 1, [[345302, "Ingebjørg Haugen", 1200, 1188, 8, None, dt.date(2025, 12, 1)],
                     [345306, "Olav Tveit", 1000, 1000, 6, 6, dt.date(2025, 12, 1)]])
    for r in (4, 5):
        ws.cell(row=r, column=7).number_format = "DD.MM.YYYY"
    data = _finish(wb, "Øystre Slidre kommune", dt.datetime(2025, 11, 10, 9, 0))
    received = oslo(2025, 11, 11, 11, 33, 45)
    body = sig("Hei,", "", "Vedlagt skjema for manuell fordeling av 14 innbyggjarar.", "", "Helsing",
               "Håvard Rudi", "kommuneoverlege", "Øystre Slidre kommune")
    eml = MD.outlook_message("n_d09", received, ("Håvard Rudi", "havard.rudi@oystre-slidre.kommune.no"),
                             "Manuell fordeling - Øystre Slidre", body, [("Fordeling november.xlsx", data)])
    g = dgold("3453", False, [dist("345302", "Ingebjørg Haugen", 8, 0), dist("345306", "Olav Tveit", 6, 6)], [],
              "Extra columns between the name and the order: 'Listetak i dag' (1200, 1000) and 'Tal på lista' "
              "(1188, 1000) are not citizens or increases; a date column 'Fordelast frå' at the end. 345306 is "
              "closed and full and gets 6 with +6: exactly enough.")
    return received, eml, g, {"n_d09.xlsx": data}


def n_d10():
    """Siljan: the clinic column first, merged down over its lists."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere – Siljan kommune"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:E1")
    ws["A2"] = "Kontaktperson: Tove Ramberg, tlf. 35 94 82 00"
    _header(ws, 4, 1, ["Legekontor", "FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"],
            [22, 12, 22, 16, 16])
    _rows(ws, 5, 1, [["Siljan legesenter", 401003, "Hanne Tangen", 3, None],
                     [None, 401007, "Morten Bjerke", 2, None],
                     ["Siljan helsehus", 401012, "Liv Hesla", 4, None]])
    ws.merge_cells("A5:A6")
    ws["A5"].alignment = Alignment(vertical="center")
    data = _finish(wb, "Tove Ramberg", dt.datetime(2025, 4, 22, 14, 5))
    received = oslo(2025, 4, 23, 9, 2, 18)
    body = sig("Hei,", "", "Vedlagt følger skjema for manuell fordeling av ni innbyggere.", "",
               "Med vennlig hilsen", "Tove Ramberg", "Fagleder helse", "Siljan kommune")
    eml = MD.outlook_message("n_d10", received, ("Tove Ramberg", "tove.ramberg@siljan.kommune.no"),
                             "Fordeling av innbyggere uten fastlege - Siljan kommune", body,
                             [("Siljan - manuell fordeling.xlsx", data)])
    g = dgold("4010", False, [dist("401003", "Hanne Tangen", 3, 0), dist("401007", "Morten Bjerke", 2, 0),
                              dist("401012", "Liv Hesla", 4, 0)], [],
              "A 'Legekontor' column comes first and is merged down over two lists (A5:A6), so the second row's "
              "first cell is empty: still an order. 9 of 9 unassigned (boundary); blank increases.")
    return received, eml, g, {"n_d10.xlsx": data}


def n_d11():
    """Hjartdal: a comment under the table names both lists and an earlier distribution."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Hjartdal kommune"
    _header(ws, 4, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 22, 18, 18])
    _rows(ws, 5, 1, [[402406, "Torbjørn Sandland", 5, None], [402411, "Karianne Moland", 6, 0]])
    ws["A8"] = "Kommentar:"
    ws["A8"].font = BOLD
    ws["A9"] = ("Liste 402406 og 402411 har vært låst siden 1. oktober 2025 etter avtale med legene. "
                "Ved forrige fordeling i mars fikk 402406 7 innbyggere.")
    data = _finish(wb, "Hjartdal kommune", dt.datetime(2025, 11, 3, 10, 0))
    received = oslo(2025, 11, 4, 12, 48, 6)
    body = sig("Hei,", "", "Vedlagt er skjema for manuell fordeling fra Hjartdal kommune.", "",
               "Vennlig hilsen", "Åsmund Tveito", "Helse- og omsorgssjef", "Hjartdal kommune")
    eml = MD.outlook_message("n_d11", received, ("Åsmund Tveito", "asmund.tveito@hjartdal.kommune.no"),
                             "Skjema manuell fordeling Hjartdal", body, [("Hjartdal fordeling.xlsx", data)])
    g = dgold("4024", False, [dist("402406", "Torbjørn Sandland", 5, 0), dist("402411", "Karianne Moland", 6, 0)],
              [], "A comment under the table (after an empty row) names both lists and an earlier distribution "
                  "('fikk 402406 7 innbyggere' in March): not orders, not a duplicate list, no lock order. Both "
                  "lists are locked, not closed, with 15 and 10 free.")
    return received, eml, g, {"n_d11.xlsx": data}


def n_d12():
    """Nissedal: the increase column comes before the count column; an 'I alt' row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Nissedal kommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Skjema for manuell fordeling av innbyggere"
    _header(ws, 4, 1, ["FLR-ID", "Fastlege", "Økning av listetak", "Antall innbyggere som skal fordeles"],
            [12, 22, 18, 22])
    _rows(ws, 5, 1, [[403005, "Gro Nesland", 5, 5], [403011, "Halvor Felland", None, 3]])
    ws["A7"] = "I alt"
    ws["A7"].font = BOLD
    ws["C7"] = 5
    ws["D7"] = 8
    data = _finish(wb, "Nissedal kommune", dt.datetime(2025, 6, 16, 9, 45))
    received = oslo(2025, 6, 17, 8, 15, 54)
    body = sig("Hei,", "", "Vedlagt følger utfylt skjema for manuell fordeling.", "", "Hilsen",
               "Gunhild Straume", "Rådgiver, Nissedal kommune")
    eml = thunderbird_message("n_d12", received, ("Gunhild Straume", "gunhild.straume@nissedal.kommune.no"),
                              "Manuell fordeling - skjema", body, [("manuell_fordeling_nissedal.xlsx", data)],
                              "Nissedal kommune")
    g = dgold("4030", False, [dist("403005", "Gro Nesland", 5, 5), dist("403011", "Halvor Felland", 3, 0)], [],
              "Columns in another order: 'Økning av listetak' before 'Antall innbyggere' (read by header, not "
              "position). 403005 is closed and full and gets 5 with +5: exactly enough; an 'I alt' row.")
    return received, eml, g, {"n_d12.xlsx": data}


def logo_png():
    img = Image.new("RGB", (180, 60), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, 56, 56), fill=(20, 70, 130))
    d.polygon([(30, 12), (46, 44), (14, 44)], fill=(240, 200, 40))
    d.text((66, 22), "VEGÅRSHEI", fill=(20, 70, 130))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def n_d13():
    """Vegårshei: a logo over the title; one row has no GP name."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws.add_image(XLImage(logo_png()), "A1")
    ws["C1"] = "Skjema for manuell fordeling av innbyggere"
    ws["C1"].font = TITLE
    ws["C2"] = "Vegårshei kommune"
    _header(ws, 5, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 22, 18, 18])
    _rows(ws, 6, 1, [[421204, "Siri Ubostad", 4, 0], [421209, None, 3, 0]])
    data = _finish(wb, "Vegårshei kommune", dt.datetime(2025, 2, 17, 13, 20))
    received = oslo(2025, 2, 18, 10, 30, 11)
    body = sig("Hei,", "", "Vedlagt er skjema for manuell fordeling. Legen på liste 421209 er ny hos oss, "
               "så vi har ikke fått navnet inn i skjemaet.", "", "Vennlig hilsen", "Inger Marie Tveit",
               "Kommunalsjef", "Vegårshei kommune")
    eml = MD.outlook_message("n_d13", received, ("Inger Marie Tveit", "inger.marie.tveit@vegarshei.kommune.no"),
                             "Skjema manuell fordeling", body, [("Vegårshei fordeling.xlsx", data)])
    g = dgold("4212", None, [dist("421204", "Siri Ubostad", 4, 0), dist("421209", None, 3, 0)], [],
              "A logo image over the title block (C1); the row for 421209 has no GP name (the body says so): "
              "still an order; gp_name not scored (null or the registry's name); review either way.")
    return received, eml, g, {"n_d13.xlsx": data}


def n_d14():
    """Åmli: other header words; one closed list too free and one list one short."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bestilling"
    ws["A1"] = "Åmli kommune – bestilling av manuell fordeling"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:E1")
    ws["A2"] = "Kontakt: Olav Fjellstad, 37 08 41 00"
    _header(ws, 4, 1, ["Listeid", "Legens navn", "HPR", "Nye pasienter", "Utvidelse av listetak"],
            [10, 22, 12, 14, 20])
    _rows(ws, 5, 1, [[421703, "Bente Haugland", "5918270", 4, None],
                     [421708, "Torgeir Nævestad", "5929381", 5, 1]])
    data = _finish(wb, "Olav Fjellstad", dt.datetime(2025, 8, 25, 15, 0))
    received = oslo(2025, 8, 26, 8, 58, 20)
    body = sig("Hei,", "", "Se vedlagt bestilling av manuell fordeling for Åmli.", "", "Mvh", "Olav Fjellstad",
               "Kommuneoverlege", "Åmli kommune")
    eml = MD.outlook_message("n_d14", received, ("Olav Fjellstad", "olav.fjellstad@amli.kommune.no"),
                             "Manuell fordeling Åmli", body, [("Bestilling fordeling Åmli.xlsx", data)])
    g = dgold("4217", True, [dist("421703", "Bente Haugland", 4, 0), dist("421708", "Torgeir Nævestad", 5, 1)],
              ["list_closed_too_free", "capacity_insufficient"],
              "Unusual header words ('Listeid', 'Legens navn', 'Nye pasienter', 'Utvidelse av listetak') and an "
              "HPR column stored as text. 421703 is closed with 12 free (warning); 421708 has 3 free, +1 gives 4 "
              "for 5: capacity_insufficient, review.")
    return received, eml, g, {"n_d14.xlsx": data}


# ================================================================== documents

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


TERM_FORB = REG


def n_a01(work):
    """Fyresdal: the form with free-format values (HPR and ceiling with spaces, date in words)."""
    received = oslo(2025, 10, 8, 10, 22, 5)
    pdf = MD.helfo_form_filled({
        "kommune": "Fyresdal", "kommunenummer": "4032",
        "listenummer": "403214", "legekontor": "Fyresdal legekontor", "listetak": "1 000",
        "fratrer_navn": "Helge Moland", "fratrer_hpr": "461 7293", "fratrer_siste_dag": "30. november 2025",
        "ny_navn": "Ingvild Kvaale Rui", "ny_hpr": "908 3521", "gjelder_fra": "1. desember 2025",
        "kontakt_navn": "Tarjei Momrak", "kontakt_telefon": "35 06 71 00",
        "kontakt_epost": "tarjei.momrak@fyresdal.kommune.no", "dato": "7/10-25",
    }, ubesatt=False, filled_at=oslo(2025, 10, 7, 14, 50))
    body = sig("Hei,", "", "Vedlagt melding til fastlegeregisteret om ny fastlege ved Fyresdal legekontor.", "",
               "Med hilsen", "Tarjei Momrak", "kommuneoverlege", "Fyresdal kommune")
    eml = MD.outlook_message("n_a01", received, ("Tarjei Momrak", "tarjei.momrak@fyresdal.kommune.no"),
                             "Melding til fastlegeregisteret", body,
                             [("Melding til fastlegeregisteret Fyresdal.pdf", pdf)])
    g = gold("list_change", "4032", False,
             [order("new_gp", flr_list_id="403214", clinic="Fyresdal legekontor", previous_gp_name="Helge Moland",
                    previous_hpr_number="4617293", gp_name="Ingvild Kvaale Rui", hpr_number="9083521",
                    start_date="2025-12-01", list_ceiling=1000)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "The form's fields typed freely: HPR numbers with a space ('461 7293', '908 3521'), listetak '1 000', "
             "dates in words ('1. desember 2025') and a form date '7/10-25'. Received Wed 8 Oct 2025, registered "
             "Fri 10 Oct, 52 days before 1 Dec: in time; 54 days ahead.")
    return received, eml, g, {"n_a01.pdf": pdf}


def n_a02(work):
    """Tokke: 'Ubesatt liste' ticked, sent after the start date; no listetak."""
    received = oslo(2025, 12, 3, 14, 40, 31)
    pdf = MD.helfo_form_filled({
        "kommune": "Tokke", "kommunenummer": "4034",
        "listenummer": "403407", "legekontor": "Dalen legekontor", "listetak": "",
        "fratrer_navn": "Dag Vidar Lien", "fratrer_hpr": "1874620", "fratrer_siste_dag": "30.11.2025",
        "gjelder_fra": "01.12.2025",
        "kontakt_navn": "Anne Berit Dalen", "kontakt_telefon": "35 07 50 00",
        "kontakt_epost": "anne.berit.dalen@tokke.kommune.no", "dato": "02.12.2025",
    }, ubesatt=True, filled_at=oslo(2025, 12, 2, 15, 5))
    body = sig("Hei,", "", "Beklager sein melding. Lista til Dag Vidar Lien ved Dalen legekontor står ubesett frå "
               "1. desember. Skjema ligg ved.", "", "Helsing", "Anne Berit Dalen", "rådgjevar helse",
               "Tokke kommune")
    eml = MD.outlook_message("n_a02", received, ("Anne Berit Dalen", "anne.berit.dalen@tokke.kommune.no"),
                             "Ubesett liste Dalen legekontor", body, [("Skjema ubesatt liste.pdf", pdf)])
    g = gold("list_change", "4034", True,
             [order("unassigned_list", flr_list_id="403407", clinic="Dalen legekontor",
                    previous_gp_name="Dag Vidar Lien", previous_hpr_number="1874620",
                    start_date="2025-12-01", list_ceiling=None)],
             ["timing_after_transfer", "helsenorge_not_visible_early"],
             ["timing_in_time", "timing_late_letters"] + REG,
             "'Ubesatt liste' ticked, the listetak field left empty (list_ceiling null). Received Wed 3 Dec 2025, "
             "two days after the 1 Dec start; registered Fri 5 Dec: after the transfer date, error, review.")
    return received, eml, g, {"n_a02.pdf": pdf}


def n_a03(work):
    """Samnanger: the form for a new GP; the note says the list has been unassigned since September."""
    received = oslo(2025, 10, 13, 13, 7, 44)
    pdf = MD.helfo_form_filled({
        "kommune": "Samnanger", "kommunenummer": "4623",
        "listenummer": "462305", "legekontor": "Samnanger legekontor", "listetak": "1100",
        "fratrer_navn": "Eli Rørvik", "fratrer_hpr": "2986143", "fratrer_siste_dag": "31.08.2025",
        "ny_navn": "Tormod Hauge", "ny_hpr": "5520618", "gjelder_fra": "01.11.2025",
        "kontakt_navn": "Solfrid Tysse", "kontakt_telefon": "56 58 74 00",
        "kontakt_epost": "solfrid.tysse@samnanger.kommune.no", "dato": "10.10.2025",
    }, ubesatt=False, filled_at=oslo(2025, 10, 10, 11, 20))
    body = sig("Hei,", "", "Lista etter Eli Rørvik har vore ubesett sidan 1. september og driven av vikar. No har "
               "me tilsett ny fastlege, sjå vedlagt skjema.", "", "Helsing", "Solfrid Tysse",
               "kommunalsjef helse og omsorg", "Samnanger kommune")
    eml = MD.outlook_message("n_a03", received, ("Solfrid Tysse", "solfrid.tysse@samnanger.kommune.no"),
                             "Ny fastlege Samnanger legekontor", body,
                             [("Melding til fastlegeregisteret - ny fastlege.pdf", pdf)])
    g = gold("list_change", "4623", False,
             [order("new_gp", flr_list_id="462305", clinic="Samnanger legekontor", previous_gp_name="Eli Rørvik",
                    previous_hpr_number="2986143", gp_name="Tormod Hauge", hpr_number="5520618",
                    start_date="2025-11-01", list_ceiling=1100)],
             ["timing_in_time", "helsenorge_not_visible_early"], IN_TIME + REG,
             "A new GP on a list that was unassigned since 1 September: the note's 'ubesett sidan 1. september' "
             "is history, not an unassigned_list order, and not the start. Received Mon 13 Oct 2025, registered "
             "Wed 15 Oct, 17 days before 1 Nov: in time; only 19 days ahead, not visible on Helsenorge early.")
    return received, eml, g, {"n_a03.pdf": pdf}


def n_a04(work):
    """Leka: the GP's retirement letter, Word -> PDF; an agreed last day after the notice period."""
    received = oslo(2025, 6, 4, 11, 15, 9)
    written = oslo(2025, 6, 2, 9, 30)
    doc = new_docx("Arnfinn Kvaløy", written)
    para(doc, "Arnfinn Kvaløy\nLeka legekontor\nLeknes\n7994 Leka", after=18)
    para(doc, "Leka kommune\nv/ rådmannen\n7994 Leka", after=18)
    para(doc, "Leka, 2. juni 2025", align="right", after=18)
    para(doc, "Oppsigelse av fastlegeavtale – pensjon", bold=True, size=13)
    para(doc, "Jeg fyller 70 år til vinteren og sier med dette opp min fastlegeavtale med Leka kommune, "
              "liste 505201 ved Leka legekontor, for å gå av med pensjon.")
    para(doc, "Den ordinære oppsigelsestiden på seks måneder ville gått ut 31. desember 2025. Etter ønske fra "
              "kommunen er det avtalt at jeg fortsetter litt lenger, slik at min siste arbeidsdag blir "
              "28. februar 2026.")
    para(doc, "HPR-nr. 3391720", after=14)
    para(doc, "Med vennlig hilsen", after=0)
    doc.add_picture(MD.signature_png(os.path.join(work, "sig_n_a04.png"), 52), width=Cm(5.0))
    para(doc, "Arnfinn Kvaløy\nfastlege")
    src = os.path.join(work, "Oppsigelse Arnfinn Kvaløy.docx")
    doc.save(src)
    data = open(soffice(src, "pdf", work, written + dt.timedelta(minutes=3)), "rb").read()
    body = sig("Hei,", "", "Vedlagt oppsigelse fra fastlege Arnfinn Kvaløy. Kommunen kommer tilbake med melding om "
               "ny fastlege.", "", "Med vennlig hilsen", "Mona Hansen", "konsulent", "Leka kommune")
    eml = MD.outlook_message("n_a04", received, ("Mona Hansen", "mona.hansen@leka.kommune.no"),
                             "Oppsigelse fastlegeavtale", body, [("Oppsigelse Arnfinn Kvaløy.pdf", data)])
    g = gold("termination_notice", "5052", False,
             [order("termination", gp_name="Arnfinn Kvaløy", hpr_number="3391720", flr_list_id="505201",
                    clinic="Leka legekontor", notice_date="2025-06-02", last_working_day="2026-02-28",
                    last_working_day_basis="stated", transfer_date="2026-03-01", reason="retirement")],
             [], ["last_day_from_notice_period"] + REG,
             "Retirement letter (Word to PDF by LibreOffice, signature image). The agreed last day 28 Feb 2026 is "
             "LATER than the notice period's end, which the letter also names ('31. desember 2025'): a "
             "distractor. Notice date = letter date 2 June 2025; 'fyller 70 år' is no date.")
    return received, eml, g, {"n_a04.pdf": data}


def n_a05(work):
    """Heim: a scanned municipal letter about an unassigned list."""
    received = oslo(2025, 11, 6, 9, 51, 0)
    written = oslo(2025, 11, 5, 13, 0)
    doc = new_docx("Kari Nordbø", written, font="Liberation Sans", size=12)
    para(doc, "HEIM KOMMUNE", bold=True, size=15, after=0)
    para(doc, "Helse og omsorg", after=18)
    para(doc, "Helfo\npost@helfo.no", after=18)
    para(doc, "Kyrksæterøra, 05.11.2025", align="right", after=18)
    para(doc, "Melding til fastlegeregisteret – ubesatt liste", bold=True, size=14)
    para(doc, "Fastlege Randi Aune Strand, HPR-nr. 6140382, slutter ved Kyrksæterøra legesenter. "
              "Siste arbeidsdag er 31.12.2025.")
    para(doc, "Kommunen har ikke fått ny fastlege på plass. Liste 505507 blir derfor ubesatt fra 01.01.2026 "
              "og driftes av vikar. Listetaket er 1000.")
    para(doc, "Med hilsen", after=0)
    para(doc, "Kari Nordbø\nenhetsleder legetjenesten")
    src = os.path.join(work, "n_a05.docx")
    doc.save(src)
    pdf_path = soffice(src, "pdf", work, written + dt.timedelta(minutes=2))
    data = pil_scan(pdf_path, work, dpi=300, angle=-0.6, seed=505, when=oslo(2025, 11, 6, 9, 40, 3),
                    producer="RICOH IM C3000")
    MD.ocr_check(data, 300, ["Randi Aune Strand", "6140382", "505507", "01.01.2026", "1000"], work, "n_a05")
    body = sig("Hei,", "", "Vedlagt skannet melding om ubesatt liste.", "", "Mvh", "Kari Nordbø",
               "enhetsleder legetjenesten", "Heim kommune")
    eml = MD.outlook_message("n_a05", received, ("Kari Nordbø", "kari.nordbo@heim.kommune.no"),
                             "Skannet dokument", body, [("SKM_C300i25110609400.pdf", data)])
    g = gold("list_change", "5055", None,
             [order("unassigned_list", flr_list_id="505507", clinic="Kyrksæterøra legesenter",
                    previous_gp_name="Randi Aune Strand", previous_hpr_number="6140382",
                    start_date="2026-01-01", list_ceiling=1000)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "Image-only scan (pdftoppm + Pillow: -0.6 degrees, noise, blur; tesseract -l nor reads it) under a "
             "neutral subject 'Skannet dokument'. The last day 31.12.2025 is not the start (01.01.2026). Received "
             "Thu 6 Nov 2025, registered Mon 10 Nov, 52 days before 1 Jan: in time; 56 days ahead. Review not "
             "scored (OCR).")
    return received, eml, g, {"n_a05.pdf": data}


def n_a06(work):
    """Rindal: the municipality reports a GP's notice in a .docx; notice date before the letter."""
    received = oslo(2025, 10, 23, 14, 2, 36)
    doc = new_docx("Ola Løfald", oslo(2025, 10, 22, 10, 0))
    para(doc, "RINDAL KOMMUNE", bold=True, size=14, after=0)
    para(doc, "Helse og velferd", size=10, after=18)
    para(doc, "Melding om oppsigelse av fastlegeavtale", bold=True, size=14)
    para(doc, "Fastlege Kjell Arve Bolme (HPR-nr. 7251948) ved Rindal legekontor sa opp fastlegeavtalen sin i "
              "brev datert 17. oktober 2025. Oppsigelsen ble mottatt av kommunen 20. oktober.")
    para(doc, "Det er ikke avtalt noen annen siste arbeidsdag, så oppsigelsestiden på seks måneder gjelder. "
              "Bolme har fastlegeliste 506103 med listetak 1100.")
    para(doc, "Kommunen starter rekruttering og sender melding til fastlegeregisteret når ny fastlege er klar.")
    para(doc)
    para(doc, "Rindal, 22. oktober 2025")
    para(doc, "Ola Løfald\nkommunalsjef helse og velferd")
    data = docx_bytes(doc)
    body = sig("Hei,", "", "Se vedlagt melding om oppsigelse.", "", "Hilsen", "Ola Løfald",
               "kommunalsjef helse og velferd", "Rindal kommune", "Tlf. 71 66 66 00")
    eml = MD.outlook_message("n_a06", received, ("Ola Løfald", "ola.lofald@rindal.kommune.no"),
                             "Oppsigelse fastlege Rindal legekontor", body,
                             [("Melding om oppsigelse - Bolme.docx", data)])
    g = gold("termination_notice", "5061", False,
             [order("termination", gp_name="Kjell Arve Bolme", hpr_number="7251948", flr_list_id="506103",
                    clinic="Rindal legekontor", notice_date="2025-10-17", last_working_day="2026-04-30",
                    last_working_day_basis="notice_period", transfer_date="2026-05-01", reason="resignation")],
             ["last_day_from_notice_period"], REG,
             "A .docx from the municipality: the GP gave notice in a letter dated 17 Oct 2025 (the notice date), "
             "received by the municipality 20 Oct, reported 22 Oct, e-mailed 23 Oct. Notice period from 1 Nov: "
             "30 April 2026 (computed), transfer 1 May.")
    return received, eml, g, {"n_a06.docx": data}


def n_a07(work):
    """Sørreisa: an .odt (bokmål) new GP with a reduced ceiling 'fra 1000 til 800'."""
    received = oslo(2025, 12, 8, 10, 44, 12)
    written = oslo(2025, 12, 5, 14, 10)
    doc = new_docx("Hanne Karlsen", written, font="Liberation Serif", size=12)
    para(doc, "Sørreisa kommune", bold=True, size=14, after=0)
    para(doc, "Helse og omsorg", size=10, after=18)
    para(doc, "Melding til fastlegeregisteret – ny fastlege", bold=True, size=14)
    para(doc, "Anders Heggelund (HPR-nr. 2230967) overtar liste 552604 ved Sørreisa legesenter etter "
              "Mari Sletten (HPR-nr. 8816204) fra 1. februar 2026.")
    para(doc, "Heggelund skal jobbe 80 prosent. Listetaket reduseres derfor fra 1000 til 800 fra samme dato.")
    para(doc, "Sletten har siste arbeidsdag 31. januar 2026.")
    para(doc)
    para(doc, "Sørreisa, 5. desember 2025")
    para(doc, "Hanne Karlsen\nkommuneoverlege")
    src = os.path.join(work, "Melding ny fastlege 552604.docx")
    doc.save(src)
    data = open(soffice(src, "odt", work, written + dt.timedelta(minutes=4)), "rb").read()
    body = sig("Hei,", "", "Vedlagt melding om ny fastlege ved Sørreisa legesenter.", "", "Med hilsen",
               "Hanne Karlsen", "kommuneoverlege", "Sørreisa kommune")
    eml = thunderbird_message("n_a07", received, ("Hanne Karlsen", "hanne.karlsen@sorreisa.kommune.no"),
                              "Ny fastlege liste 552604", body, [("Melding ny fastlege 552604.odt", data)],
                              "Sørreisa kommune")
    g = gold("list_change", "5526", False,
             [order("new_gp", flr_list_id="552604", clinic="Sørreisa legesenter", previous_gp_name="Mari Sletten",
                    previous_hpr_number="8816204", gp_name="Anders Heggelund", hpr_number="2230967",
                    start_date="2026-02-01", list_ceiling=800)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "An .odt (LibreOffice, Thunderbird): the new GP's name and HPR come first; the ceiling is REDUCED "
             "'fra 1000 til 800', so list_ceiling is 800, not 1000. Received Mon 8 Dec 2025, registered Wed 10 "
             "Dec, 53 days before 1 Feb: in time; 55 days ahead.")
    return received, eml, g, {"n_a07.odt": data}


def n_a08(work):
    """Dyrøy: a death notice, Word -> PDF."""
    received = oslo(2025, 11, 12, 12, 30, 19)
    written = oslo(2025, 11, 11, 15, 0)
    doc = new_docx("Siv Elin Johansen", written)
    para(doc, "DYRØY KOMMUNE", bold=True, size=14, after=0)
    para(doc, "Rådmannen", size=10, after=18)
    para(doc, "Helfo, fastlegeregisteret", after=18)
    para(doc, "Brøstadbotn, 11. november 2025", align="right", after=18)
    para(doc, "Melding om dødsfall – fastlege", bold=True, size=13)
    para(doc, "Det er med sorg vi melder at fastlege Einar Sørensen (HPR-nr. 4408215) ved Dyrøy legekontor "
              "døde brått 9. november 2025.")
    para(doc, "Listen hans (FLR 552802) betjenes av vikar inntil videre. Kommunen melder ubesatt liste eller ny "
              "fastlege på eget skjema.")
    para(doc, "Med vennlig hilsen", after=0)
    para(doc, "Siv Elin Johansen\nkommunedirektør")
    src = os.path.join(work, "Melding om dødsfall.docx")
    doc.save(src)
    data = open(soffice(src, "pdf", work, written + dt.timedelta(minutes=6)), "rb").read()
    body = sig("Hei,", "", "Vedlagt melding fra Dyrøy kommune.", "", "Med hilsen", "Siv Elin Johansen",
               "kommunedirektør", "Dyrøy kommune")
    eml = MD.outlook_message("n_a08", received, ("Siv Elin Johansen", "siv.elin.johansen@dyroy.kommune.no"),
                             "Melding om dødsfall - fastlege", body, [("Melding om dødsfall.pdf", data)])
    g = gold("termination_notice", "5528", None,
             [order("termination", gp_name="Einar Sørensen", hpr_number="4408215", flr_list_id="552802",
                    clinic="Dyrøy legekontor", last_working_day=None, last_working_day_basis="unknown",
                    transfer_date=None, reason="death")],
             [], ["last_day_from_notice_period"] + REG,
             "A death notice as a LibreOffice PDF: no notice period applies, last day and transfer date are null "
             "(basis unknown); the date of death is not a notice date (not scored); the vikar is no new GP. "
             "Review either way, as for the shared corpus's death notice.")
    return received, eml, g, {"n_a08.pdf": data}


def n_a09(work):
    """Loppa: the form for a new GP whose HPR number is not yet known."""
    received = oslo(2026, 1, 13, 9, 17, 25)
    pdf = MD.helfo_form_filled({
        "kommune": "Loppa", "kommunenummer": "5614",
        "listenummer": "561403", "legekontor": "Øksfjord legekontor", "listetak": "800",
        "fratrer_navn": "Terje Isaksen", "fratrer_hpr": "3902176", "fratrer_siste_dag": "28.02.2026",
        "ny_navn": "Aleksandra Nowak", "ny_hpr": "", "gjelder_fra": "01.03.2026",
        "kontakt_navn": "Bente Mikkelsen", "kontakt_telefon": "78 45 30 00",
        "kontakt_epost": "bente.mikkelsen@loppa.kommune.no", "dato": "12.01.2026",
    }, ubesatt=False, filled_at=oslo(2026, 1, 12, 13, 30))
    body = sig("Hei,", "", "Vedlagt skjema om ny fastlege i Øksfjord. Aleksandra Nowak har søkt om norsk "
               "autorisasjon og har ikke fått HPR-nummer ennå; vi ettersender det.", "", "Vennlig hilsen",
               "Bente Mikkelsen", "helse- og omsorgsleder", "Loppa kommune")
    eml = MD.outlook_message("n_a09", received, ("Bente Mikkelsen", "bente.mikkelsen@loppa.kommune.no"),
                             "Melding til fastlegeregisteret - Øksfjord", body,
                             [("Melding til fastlegeregisteret.pdf", pdf)])
    g = gold("list_change", "5614", None,
             [order("new_gp", flr_list_id="561403", clinic="Øksfjord legekontor", previous_gp_name="Terje Isaksen",
                    previous_hpr_number="3902176", gp_name="Aleksandra Nowak", hpr_number=None,
                    start_date="2026-03-01", list_ceiling=800)],
             ["timing_in_time"], IN_TIME + ["helsenorge_not_visible_early"] + REG,
             "The new GP's HPR field is empty (the body says she has none yet): hpr_number null, not the old "
             "GP's. Review either way. Received Tue 13 Jan 2026, registered Thu 15 Jan, 45 days before 1 Mar: "
             "in time; 47 days ahead.")
    return received, eml, g, {"n_a09.pdf": pdf}


def n_a10(work):
    """Berlevåg: a municipal letter with a letterhead table, Word -> PDF; unassigned list."""
    received = oslo(2026, 1, 28, 13, 55, 2)
    written = oslo(2026, 1, 27, 10, 45)
    doc = new_docx("Trine Hansen", written)
    para(doc, "BERLEVÅG KOMMUNE", bold=True, size=14, after=6)
    t = doc.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Vår ref.: 26/114", (0, 1): "Dato: 27.01.2026",
                         (1, 0): "Saksbehandler: Trine Hansen", (1, 1): "Tlf.: 78 98 14 00"}.items():
        t.cell(r, c).text = text
    para(doc)
    para(doc, "Helfo – melding til fastlegeregisteret", bold=True, size=13)
    para(doc, "Fastlege Ole Martin Eriksen (HPR-nr. 5093384) slutter ved Berlevåg legekontor. Liste 563001 "
              "blir ubesatt fra 1. mars 2026 og driftes av vikarer fra Legevikarbyrået.")
    para(doc, "Listetaket er 600 og endres ikke.")
    para(doc, "Med hilsen", after=0)
    para(doc, "Trine Hansen\nrådgiver")
    src = os.path.join(work, "Ubesatt liste 563001.docx")
    doc.save(src)
    data = open(soffice(src, "pdf", work, written + dt.timedelta(minutes=2)), "rb").read()
    body = sig("Hei,", "", "Vedlagt brev om ubesatt liste i Berlevåg.", "", "Med hilsen", "Trine Hansen",
               "rådgiver", "Berlevåg kommune")
    eml = MD.outlook_message("n_a10", received, ("Trine Hansen", "trine.hansen@berlevag.kommune.no"),
                             "Ubesatt fastlegeliste", body, [("Ubesatt liste 563001.pdf", data)])
    g = gold("list_change", "5630", False,
             [order("unassigned_list", flr_list_id="563001", clinic="Berlevåg legekontor",
                    previous_gp_name="Ole Martin Eriksen", previous_hpr_number="5093384",
                    start_date="2026-03-01", list_ceiling=600)],
             ["timing_in_time", "helsenorge_not_visible_early"], IN_TIME + REG,
             "A LibreOffice PDF with a letterhead table ('Vår ref.: 26/114', 'Dato: 27.01.2026') that must not "
             "give a list or a date. Received Wed 28 Jan 2026, registered Fri 30 Jan, 30 days before 1 Mar: in "
             "time; only 32 days ahead, so not visible on Helsenorge a month ahead.")
    return received, eml, g, {"n_a10.pdf": data}


DISTRIBUTION = [
    ("n_d01_krodsherad_capacity_exact_stale_free_column", n_d01),
    ("n_d02_fla_nynorsk_one_short_with_increase", n_d02),
    ("n_d03_flesberg_example_sheet_first", n_d03),
    ("n_d04_rollag_hpr_column_first_unknown_list", n_d04),
    ("n_d05_nore_og_uvdal_flesberg_list", n_d05),
    ("n_d06_oyer_closed_ten_and_nine_free", n_d06),
    ("n_d07_sor_aurdal_exceeds_by_one_sum_formula", n_d07),
    ("n_d08_etnedal_nynorsk_still_automatic", n_d08),
    ("n_d09_oystre_slidre_ceiling_size_date_columns", n_d09),
    ("n_d10_siljan_clinic_column_merged", n_d10),
    ("n_d11_hjartdal_comment_under_table", n_d11),
    ("n_d12_nissedal_increase_before_count", n_d12),
    ("n_d13_vegarshei_logo_row_without_name", n_d13),
    ("n_d14_amli_odd_headers_too_free_and_short", n_d14),
]
DOCUMENTS = [
    ("n_a01_fyresdal_form_spaces_and_words", n_a01),
    ("n_a02_tokke_form_ubesatt_after_transfer", n_a02),
    ("n_a03_samnanger_form_new_gp_after_vacancy", n_a03),
    ("n_a04_leka_pdf_retirement_later_last_day", n_a04),
    ("n_a05_heim_scanned_unassigned", n_a05),
    ("n_a06_rindal_docx_notice_before_letter", n_a06),
    ("n_a07_sorreisa_odt_ceiling_reduced", n_a07),
    ("n_a08_dyroy_pdf_death", n_a08),
    ("n_a09_loppa_form_no_new_hpr", n_a09),
    ("n_a10_berlevag_pdf_letterhead_table", n_a10),
]


def write(folder, name, eml, g):
    assert len(eml) < 400_000, (name, len(eml))
    import email
    from email import policy
    msg = email.message_from_bytes(eml, policy=policy.default)
    assert not msg.defects, (name, msg.defects)
    with open(os.path.join(folder, name + ".eml"), "wb") as f:
        f.write(eml)
    with open(os.path.join(folder, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", metavar="OUTDIR", help="also write the attachments here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        for folder, msgs, docs in (("distribution", DISTRIBUTION, False), ("documents", DOCUMENTS, True)):
            out = os.path.join(HERE, folder)
            os.makedirs(out, exist_ok=True)
            for name, build in msgs:
                received, eml, g, files = build(work) if docs else build()
                if docs and all("notice_date" in o or o["type"] != "termination" for o in g["orders"]):
                    for line in check_gold(name, received, g):
                        print(f"{name}: {line}")
                write(out, name, eml, g)
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    for fn, data in files.items():
                        with open(os.path.join(args.keep, fn), "wb") as f:
                            f.write(data)
    append_rows(os.path.join(REGISTRY, "lists.csv"), NEW_LISTS)
    append_rows(os.path.join(REGISTRY, "unassigned.csv"), NEW_UNASSIGNED)
    print(f"{len(DISTRIBUTION) + len(DOCUMENTS)} messages")


if __name__ == "__main__":
    main()
