#!/usr/bin/env python3
"""Build the q_ test corpus for `postmottak parse`: the shared corpus's next
forty messages (12 distribution orders, 8 list requests, 6 manual
distribution requests, 8 other, 6 documents), each hard in one new way.

    .venv/bin/python tests/corpus/make_corpus_q.py [OUTDIR]

Written in the style of /work/shared/corpus: Outlook / Thunderbird / iPhone
headers, multipart/alternative with an HTML twin, municipal signatures,
Message-IDs.  The distribution forms are .xlsx files written with openpyxl in
layouts no other corpus has (a '-' for a blank increase, a note row under the
header, header words broken over lines, every number a float, an overview
sheet beside the form, notes full of dates and HPR numbers, the table in
column D with 'Totalt' in the name column, 'FLR ' prefixes and 'Dr.' titles
in cells, clinic group rows, an untitled Bok1.xlsx from a phone, an Excel
Table object with a totals row).  The documents are .docx (python-docx, the
letter date in the page header; a label/value table), .odt written by hand
(ballot-box characters), and PDFs drawn with reportlab (a table of two list
changes, a municipal letter asking for manual distribution, a GP letter with
the name only under the signature).

Writes NAME.eml + NAME.expected.json (prefix q_) into the kind folders and
APPENDS the lists and municipalities these messages need to registry/lists.csv
and registry/unassigned.csv (existing rows are never changed or reordered; a
rerun changes nothing; an id or municipality another corpus owns is an error).
Deterministic: fixed Message-IDs, boundaries, dates, zip timestamps and PDF
ids (reportlab invariant mode).

Gold helpers (notice periods, transfer dates, timing findings with the
`holidays` package, registry findings) are those of make_corpus.py, imported;
its REG/UNA tables are filled from the whole registry snapshot plus the q_
rows before any gold is finished.  Municipalities, numbers and domains are
real (2024 numbering, every message dated 2024-06 or later); people, HPR
numbers, FLR list IDs and phone numbers are made up.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
import zipfile
from email import policy
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.parser import BytesParser
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402  (helpers only; its messages are dropped)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, term, change, dist, ceiling, lock = X.hdate, X.term, X.change, X.dist, X.ceiling, X.lock
BASE_FORBID = X.BASE_FORBID
X.MESSAGES.clear()
add = X.add

# --------------------------------------------------------------------------
# Registry rows for the q_ messages (appended to the snapshot)
# --------------------------------------------------------------------------
LISTS_Q = [
    # distribution
    ("111102", "1111", "Hans Løvås", "1111204", "open", 1000, 990),
    ("111107", "1111", "Marte Sirevåg", "1111318", "closed", 900, 898),
    ("113404", "1134", "Ragnhild Bakka", "1134107", "open", 1000, 980),
    ("113411", "1134", "Jon Helland", "1134225", "locked", 800, 790),
    ("116003", "1160", "Ingrid Ølmheim", "1160119", "open", 1100, 1090),
    ("116009", "1160", "Arne Vikse", "1160243", "closed", 1000, 1000),
    ("156305", "1563", "Eli Sande", "1563108", "open", 1000, 994),
    ("156312", "1563", "Terje Øverås", "1563221", "closed", 1000, 994),
    ("155402", "1554", "Bjørn Rokstad", "1554116", "open", 1000, 990),
    ("155408", "1554", "Silje Ohrstrand", "1554230", "open", 900, 880),
    ("155413", "1554", "Per Kvalvik", "1554342", "closed", 1000, 1000),
    ("155417", "1554", "Tone Hestad", "1554451", "closed", 800, 785),
    ("154706", "1547", "Gunnhild Sætre", "1547129", "open", 1000, 997),
    ("154711", "1547", "Kristian Aarø", "1547238", "open", 1000, 990),
    ("158003", "1580", "Odd Longva", "1580114", "open", 1000, 985),
    ("158010", "1580", "Linda Vatne", "1580227", "closed", 1000, 997),
    ("181305", "1813", "Sigrid Nes", "1813106", "open", 1000, 990),
    ("181309", "1813", "Tor Åge Hansen", "1813219", "open", 1200, 1195),
    ("312004", "3120", "Hanne Bråthen", "3120117", "open", 1000, 992),
    ("312011", "3120", "Geir Rud", "3120228", "closed", 1000, 1000),
    ("323002", "3230", "Lene Dahl", "3230105", "open", 1000, 990),
    ("323007", "3230", "Ola Moen", "3230214", "open", 1000, 995),
    ("323013", "3230", "Vibeke Tangen", "3230326", "closed", 1000, 998),
    ("323604", "3236", "Mona Haug", "3236118", "open", 1000, 990),
    ("323609", "3236", "Even Rud", "3236227", "open", 1000, 996),
    ("332203", "3322", "Knut Ulsaker", "3322109", "open", 1000, 985),
    ("332208", "3322", "Anne Hagen", "3322218", "closed", 900, 888),
    # list requests
    ("420705", "4207", "Jorunn Eftestøl", "4207113", "open", 1000, 1000),
    ("421103", "4211", "Lars Holte", "4211127", "open", 1100, 1060),
    ("461106", "4611", "Sigrid Kyrkjebø", "4611135", "locked", 1000, 970),
    ("421802", "4218", "Eivind Skaiaa", "4218104", "open", 1000, 998),
    ("463402", "4634", "Helge Sandvik", "4634116", "open", 900, 860),
    ("463405", "4634", "Åse Hope", "4634227", "open", 900, 880),
    ("463409", "4634", "Reidar Nordanger", "4634339", "open", 1000, 990),
    ("464103", "4641", "Astrid Vangen", "4641228", "open", 800, 800),
    ("464807", "4648", "Marit Solheim", "4648113", "open", 1000, 1000),
    ("502205", "5022", "Bjørn Voll", "5022147", "locked", 1000, 960),
    # documents
    ("341504", "3415", "Kjell Bergersen", "3415118", "open", 1000, 950),
    ("341509", "3415", "Grete Nyhus", "3415226", "open", 800, 790),
    ("341602", "3416", "Ragnar Lie", "3416109", "open", 900, 900),
    ("342207", "3422", "Tor Arne Bakken", "3422114", "closed", 1200, 1200),
    ("343911", "3439", "Marianne Steien", "3439152", "open", 1100, 1080),
    ("341406", "3414", "Hilde Sæther", "3414207", "open", 1000, 990),
    # other (named in questions and quotes)
    ("553403", "5534", "Ingunn Hansen", "5534118", "open", 800, 792),
    ("554206", "5542", "Kåre Olsen", "5542101", "open", 1000, 990),
    ("554211", "5542", "Liv Eriksen", "5542215", "closed", 900, 897),
]
UNASSIGNED_Q = [
    ("1111", 10, "manual"), ("1134", 14, "manual"), ("1160", 12, "manual"),
    ("1563", 13, "manual"), ("1554", 9, "manual"), ("1547", 10, "manual"),
    ("1580", 9, "manual"), ("1813", 9, "manual"), ("3120", 10, "manual"),
    ("3230", 12, "automatic"), ("3236", 10, "manual"), ("3322", 8, "manual"),
    ("4207", 6, "automatic"), ("4211", 3, "automatic"), ("4611", 0, "manual"),
    ("4218", 2, "automatic"), ("4634", 5, "manual"), ("4641", 1, "automatic"),
    ("4648", 4, "automatic"), ("5022", 0, "manual"),
    ("5036", 7, "automatic"), ("5034", 12, "automatic"), ("5054", 3, "manual"),
    ("5057", 15, "automatic"), ("5058", 4, "automatic"), ("4639", 2, "manual"),
    ("5524", 6, "automatic"), ("5536", 9, "automatic"), ("5534", 2, "automatic"),
    ("5542", 0, "manual"), ("5605", 11, "automatic"), ("5622", 5, "automatic"),
    ("3414", 4, "automatic"), ("3415", 6, "automatic"), ("3416", 3, "automatic"),
    ("3421", 8, "automatic"), ("3422", 2, "automatic"), ("3439", 5, "automatic"),
]
Q_KOMMUNER = {u[0] for u in UNASSIGNED_Q}


def _csv_rows(path: Path):
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))[1:]


REG_FILE = OUT / "registry" / "lists.csv"
UNA_FILE = OUT / "registry" / "unassigned.csv"
_existing_lists = {r[0]: r for r in _csv_rows(REG_FILE) if r}
_existing_una = {r[0]: r for r in _csv_rows(UNA_FILE) if r}
# everything in the snapshot counts for the registry findings (a form may name
# another corpus's list); our own rows must be new, or exactly ours from a rerun
for r in _existing_lists.values():
    X.REG.setdefault(r[0], (r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6])))
for u in _existing_una.values():
    X.UNA.setdefault(u[0], (u[0], int(u[1]), u[2]))
for r in LISTS_Q:
    old = _existing_lists.get(r[0])
    assert old is None or old == [str(x) for x in r], ("list id owned by another corpus", r, old)
    assert r[1] in Q_KOMMUNER, r
    X.REG[r[0]] = r
for u in UNASSIGNED_Q:
    old = _existing_una.get(u[0])
    assert old is None or old == [str(x) for x in u], ("municipality owned by another corpus", u, old)
    X.UNA[u[0]] = u
# no list of another corpus lies in a q_ municipality
for r in _existing_lists.values():
    assert r[1] not in Q_KOMMUNER or r[0] in {q[0] for q in LISTS_Q}, r

ATTACH: dict[str, list] = {}
PLAIN_ONLY: set[str] = set()


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


def outlook(subject, name, attach=False):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(name.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
IPHONE = {"X-Mailer": "iPhone Mail (22G86)"}

XLSX_MIME = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_MIME = "vnd.oasis.opendocument.text"


def part(data: bytes, subtype: str, filename: str):
    p = MIMEApplication(data, subtype)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# --------------------------------------------------------------------------
# xlsx helpers (as the shared corpus's make_xlsx.py)
# --------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
FILL = PatternFill("solid", fgColor="E2EFDA")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _head(ws, row, col, names):
    for i, n in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=n)
        c.font, c.fill, c.border = BOLD, FILL, BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")


def _rows(ws, row, col, rows):
    for r, vals in enumerate(rows):
        for i, v in enumerate(vals):
            ws.cell(row=row + r, column=col + i, value=v).border = BOX


def _pin_zip(data: bytes, when: dt.datetime, core_re=True) -> bytes:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if core_re and info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)",
                              rb"\g<1>" + stamp + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, body)
    return out.getvalue()


def _finish(wb, author, when: dt.datetime) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return _pin_zip(buf.getvalue(), when)


# ==========================================================================
# distribution/  — twelve forms, each in a layout of its own
# ==========================================================================
def xlsx_sokndal():
    """Header words of its own; a '-' typed for 'no increase'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Sokndal kommune – fordeling av innbyggere uten fastlege"
    ws["A1"].font = TITLE
    _head(ws, 3, 1, ["Legens listenummer", "Fastlegens navn", "Innbyggere som tildeles",
                     "Behov for utvidet listetak"])
    _rows(ws, 4, 1, [[111102, "Hans Løvås", 4, "-"], [111107, "Marte Sirevåg", 5, 3]])
    for col, w in zip("ABCD", (18, 22, 22, 24)):
        ws.column_dimensions[col].width = w
    return _finish(wb, "Solveig Ravndal", dt.datetime(2024, 10, 8, 9, 50))


def xlsx_suldal():
    """A title block that states the municipality's count of unassigned, and
    an italic guidance row between the header and the first order."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Suldal kommune (1134)"
    ws["A3"] = "Antall ufordelte per 01.10.2024: 14"
    _head(ws, 5, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    ws["A6"] = "Fyll inn én rad per fastlege. La økning stå tom om listetaket ikke skal endres."
    ws["A6"].font = Font(italic=True, color="808080")
    ws.merge_cells("A6:D6")
    _rows(ws, 7, 1, [[113404, "Ragnhild Bakka", 6, None], [113411, "Jon Helland", 5, 0]])
    return _finish(wb, "Kjetil Hauge", dt.datetime(2024, 10, 3, 13, 10))


def xlsx_vindafjord():
    """Header words broken over lines inside the cells (Alt+Enter)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    _head(ws, 2, 1, ["FLR-\nnummer", "Namn på\nfastlege", "Antal\ninnbyggjarar", "Auke\nlistetak\n(plassar)"])
    ws.row_dimensions[2].height = 48
    _rows(ws, 3, 1, [[116003, "Ingrid Ølmheim", 7, None], [116009, "Arne Vikse", 3, 5]])
    ws["A1"] = "Vindafjord kommune"
    ws["A1"].font = BOLD
    return _finish(wb, "Vindafjord kommune", dt.datetime(2024, 11, 12, 10, 5))


def xlsx_sunndal():
    """Exported from the municipality's own system: every number a float."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Eksport"
    _head(ws, 1, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 2, 1, [[156305.0, "Eli Sande", 5.0, 0.0], [156312.0, "Terje Øverås", 8.0, 2.0]])
    return _finish(wb, "Sunndal kommune", dt.datetime(2025, 2, 18, 8, 30))


def xlsx_averoy():
    """The form first, then an overview sheet of every list in the
    municipality (ceilings, sizes, free places): no orders there."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere – Averøy kommune"
    ws["A1"].font = TITLE
    _head(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 4, 1, [[155402, "Bjørn Rokstad", 3, None], [155408, "Silje Ohrstrand", 4, None]])
    ov = wb.create_sheet("Listeoversikt")
    ov["A1"] = "Oversikt over fastlegelister i Averøy per 1. mars 2025 (til eget bruk)"
    ov["A1"].font = BOLD
    _head(ov, 3, 1, ["FLR-ID", "Fastlege", "Listetak", "Antall på liste", "Ledige plasser", "Status"])
    _rows(ov, 4, 1, [
        [155402, "Bjørn Rokstad", 1000, 990, 10, "Åpen"],
        [155408, "Silje Ohrstrand", 900, 880, 20, "Åpen"],
        [155413, "Per Kvalvik", 1000, 1000, 0, "Lukket"],
        [155417, "Tone Hestad", 800, 785, 15, "Lukket"],
    ])
    wb.active = 0
    return _finish(wb, "Eirin Strand", dt.datetime(2025, 3, 4, 9, 15))


def xlsx_aukra():
    """Notes with a date and a new GP's HPR number beside the counts."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Manuell fordeling – Aukra kommune"
    ws["A1"].font = TITLE
    _head(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak", "Merknad"])
    _rows(ws, 4, 1, [
        [154706, "Gunnhild Sætre", 6, None, "Avtalt med legen 14.10."],
        [154711, "Kristian Aarø", 2, None, "Ny lege fra 01.11.2024 (HPR 9183352), listetak 1000"],
    ])
    ws.column_dimensions["E"].width = 52
    return _finish(wb, "Randi Ugelvik", dt.datetime(2024, 10, 21, 14, 0))


def xlsx_haram():
    """A letterhead block in A1:C7 on the left, the table from D9, and the
    'Totalt' row labelled in the name column with an empty list cell."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "HARAM KOMMUNE"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:C2")
    for r, line in enumerate(["Helse og omsorg", "Rådhusvegen 5, 6270 Brattvåg",
                              "Tlf. 70 20 90 00", "Saksbehandlar: Kari Longva"], start=3):
        ws.cell(row=r, column=1, value=line)
    ws["D7"] = "Skjema for manuell fordeling av innbyggarar"
    ws["D7"].font = BOLD
    _head(ws, 9, 4, ["FLR-ID", "Fastlege", "Tal innbyggarar", "Auke i listetak"])
    _rows(ws, 10, 4, [[158003, "Odd Longva", 6, None], [158010, "Linda Vatne", 5, 2],
                      [None, "Totalt", 11, 2]])
    ws["E12"].font = BOLD
    return _finish(wb, "Kari Longva", dt.datetime(2025, 4, 8, 10, 40))


def xlsx_bronnoy():
    """List cells typed 'FLR 181305', name cells with titles."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    _head(ws, 1, 1, ["Liste", "Lege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 2, 1, [["FLR 181305", "Dr. Sigrid Nes", 4, 0],
                     ["FLR 181309", "Lege Tor Åge Hansen", 5, 0]])
    return _finish(wb, "Brønnøy kommune", dt.datetime(2025, 5, 13, 8, 55))


def xlsx_gjerdrum():
    """Rows grouped by clinic: a merged clinic row above each group."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    _head(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    grey = PatternFill("solid", fgColor="D9D9D9")
    r = 4
    for clinic, rows in [("Gjerdrum legesenter", [[323002, "Lene Dahl", 3, None],
                                                  [323007, "Ola Moen", 2, None]]),
                         ("Ask legekontor", [[323013, "Vibeke Tangen", 4, 2]])]:
        ws.cell(row=r, column=1, value=clinic).font = BOLD
        ws.cell(row=r, column=1).fill = grey
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        _rows(ws, r + 1, 1, rows)
        r += 1 + len(rows)
    return _finish(wb, "Trine Solberg", dt.datetime(2025, 6, 10, 12, 20))


def xlsx_jevnaker():
    """Bok1.xlsx from a phone: sheet Ark1, short header words."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws["A1"] = "Manuell fordeling Jevnaker"
    _rows(ws, 3, 1, [["Lege", "Liste", "Antall", "Tak +"],
                     ["Mona Haug", 323604, 3, None],
                     ["Even Rud", 323609, 6, None]])
    return _finish(wb, "Microsoft Office User", dt.datetime(2025, 8, 26, 21, 40))


def xlsx_nesbyen():
    """The table is an Excel Table (ListObject) with banded rows, an
    autofilter and a totals row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Nesbyen kommune – manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws.append([])
    ws.append(["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    ws.append([332203, "Knut Ulsaker", 4, 0])
    ws.append([332208, "Anne Hagen", 3, 0])
    ws.append(["Totalt", None, "=SUBTOTAL(109,[Antall innbyggere])", "=SUBTOTAL(109,[Økning av listetak])"])
    ws["C6"] = "=SUBTOTAL(109,Fordeling[Antall innbyggere])"
    ws["D6"] = "=SUBTOTAL(109,Fordeling[Økning av listetak])"
    tab = Table(displayName="Fordeling", ref="A3:D6", totalsRowCount=1)
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    tab._initialise_columns()
    tab.tableColumns[0].totalsRowLabel = "Totalt"
    tab.tableColumns[2].totalsRowFunction = "sum"
    tab.tableColumns[3].totalsRowFunction = "sum"
    tab.autoFilter.ref = "A3:D5"
    ws.add_table(tab)
    for col, w in zip("ABCD", (12, 20, 20, 20)):
        ws.column_dimensions[col].width = w
    return _finish(wb, "Ingeborg Rust", dt.datetime(2025, 9, 16, 9, 5))


weekday(2024, 10, 8, 1)
add("distribution", "q_d01_sokndal_dash_for_blank_increase",
    date=hdate(2024, 10, 8, 8, 2, 41, UTC), sender=("Solveig Ravndal", "solveig.ravndal@sokndal.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere – Sokndal",
    extra=outlook("Skjema for manuell fordeling av innbyggere – Sokndal", "q_d01", attach=True),
    plain="""Hei,

Vedlagt er skjema for manuell fordeling av innbyggere uten fastlege i Sokndal kommune. Marte Sirevåg har nesten full liste og får utvidet listetaket med 3.

Med vennlig hilsen
Solveig Ravndal
Konsulent, Helse og velferd
Sokndal kommune
Tlf. 51 47 05 00
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1111", needs_review=False,
              orders=[dist("111102", "Hans Løvås", 4), dist("111107", "Marte Sirevåg", 5, 3)],
              note="Header words of its own ('Legens listenummer', 'Innbyggere som tildeles', 'Behov for utvidet listetak'); the increase of the first row is typed '-', which means none (0). 111107 is closed with 2 free, +3 covers 5; 9 of 10 unassigned."))
ATTACH["q_d01_sokndal_dash_for_blank_increase"] = [
    part(xlsx_sokndal(), XLSX_MIME, "Fordeling Sokndal oktober.xlsx")]

weekday(2024, 10, 3, 3)
add("distribution", "q_d02_suldal_guidance_row_under_header",
    date=hdate(2024, 10, 3, 11, 14, 2, UTC), sender=("Kjetil Hauge", "kjetil.hauge@suldal.kommune.no"),
    subject="Manuell fordeling – Suldal kommune",
    extra=outlook("Manuell fordeling – Suldal kommune", "q_d02", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling. Vi fordeler 11 av de ufordelte nå, resten kommer i neste runde.

Med vennlig hilsen
Kjetil Hauge
Kommuneoverlege
Suldal kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1134", needs_review=False,
              orders=[dist("113404", "Ragnhild Bakka", 6), dist("113411", "Jon Helland", 5)],
              note="A title block with 'Suldal kommune (1134)' and 'Antall ufordelte per 01.10.2024: 14' (a date and a count, no order), and an italic guidance row merged across the table between the header and the first order. 113411 is locked with exactly 10 free (locked: no closed_too_free); 11 of 14 unassigned."))
ATTACH["q_d02_suldal_guidance_row_under_header"] = [
    part(xlsx_suldal(), XLSX_MIME, "Skjema for manuell fordeling av innbyggere.xlsx")]

weekday(2024, 11, 12, 1)
add("distribution", "q_d03_vindafjord_line_breaks_in_headers",
    date=hdate(2024, 11, 12, 9, 12, 30, UTC), sender=("Gunn Vikse", "gunn.vikse@vindafjord.kommune.no"),
    subject="Fordeling av innbyggarar utan fastlege",
    extra=outlook("Fordeling av innbyggarar utan fastlege", "q_d03", attach=True),
    plain="""Hei

Vedlagt skjema for manuell fordeling av innbyggarar utan listeplass i Vindafjord.

Med helsing
Gunn Vikse
rådgjevar, helse og omsorg
Vindafjord kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1160", needs_review=False,
              orders=[dist("116003", "Ingrid Ølmheim", 7), dist("116009", "Arne Vikse", 3, 5)],
              note="Nynorsk header words broken over lines inside the cells ('FLR-\\nnummer', 'Antal\\ninnbyggjarar', 'Auke\\nlistetak\\n(plassar)'); the sender shares a surname with a GP. 116009 is closed and full, +5 covers 3; 10 of 12 unassigned."))
ATTACH["q_d03_vindafjord_line_breaks_in_headers"] = [
    part(xlsx_vindafjord(), XLSX_MIME, "Fordeling Vindafjord.xlsx")]

weekday(2025, 2, 18, 1)
add("distribution", "q_d04_sunndal_every_number_a_float",
    date=hdate(2025, 2, 18, 7, 44, 9, UTC), sender=("Petter Øverås", "petter.overas@sunndal.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    extra=outlook("Skjema for manuell fordeling av innbyggere", "q_d04", attach=True),
    plain="""Hei,

Vedlagt er skjema for manuell fordeling, eksportert fra vårt fagsystem. Alle 13 innbyggerne uten fastlege fordeles nå.

Med vennlig hilsen
Petter Øverås
Seksjonsleder, Helse
Sunndal kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1563", needs_review=False,
              orders=[dist("156305", "Eli Sande", 5), dist("156312", "Terje Øverås", 8, 2)],
              note="Exported from another system: every number is a float cell (156305.0, 5.0, 0.0), so the list ID must not become '156305.0'. Boundaries that must not fire: 13 of 13 unassigned; 156312 closed with 6 free +2 = 8 for 8; 156305 has 6 free for 5."))
ATTACH["q_d04_sunndal_every_number_a_float"] = [
    part(xlsx_sunndal(), XLSX_MIME, "fordeling_eksport_2025-02-18.xlsx")]

weekday(2025, 3, 4, 1)
add("distribution", "q_d05_averoy_overview_sheet_after_form",
    date=hdate(2025, 3, 4, 8, 20, 51, UTC), sender=("Eirin Strand", "eirin.strand@averoy.kommune.no"),
    subject="Skjema for manuell fordeling – Averøy",
    extra=outlook("Skjema for manuell fordeling – Averøy", "q_d05", attach=True),
    plain="""Hei,

Her kommer skjema for manuell fordeling. Jeg har latt vår egen listeoversikt ligge i arbeidsboken, den er bare til orientering.

Med vennlig hilsen
Eirin Strand
Rådgiver, Helse og omsorg
Averøy kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1554", needs_review=False,
              orders=[dist("155402", "Bjørn Rokstad", 3), dist("155408", "Silje Ohrstrand", 4)],
              note="The form is sheet 1; sheet 2 'Listeoversikt' lists all four lists with ceiling, size, free places and status: no orders there. 155417 (closed, 15 free) is only in the overview, so no list_closed_too_free. 7 of 9 unassigned."))
ATTACH["q_d05_averoy_overview_sheet_after_form"] = [
    part(xlsx_averoy(), XLSX_MIME, "Manuell fordeling Averøy mars 2025.xlsx")]

weekday(2024, 10, 22, 1)
add("distribution", "q_d06_aukra_notes_with_hpr_and_dates",
    date=hdate(2024, 10, 22, 6, 58, 12, UTC), sender=("Randi Ugelvik", "randi.ugelvik@aukra.kommune.no"),
    subject="Manuell fordeling Aukra",
    extra=outlook("Manuell fordeling Aukra", "q_d06", attach=True),
    plain="""Hei,

Vedlagt skjema for fordeling av innbyggere uten fastlege. Se merknadene i skjemaet.

Vennlig hilsen
Randi Ugelvik
Helse og omsorg
Aukra kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1547",
              orders=[dist("154706", "Gunnhild Sætre", 6), dist("154711", "Kristian Aarø", 2)],
              note="The 'Merknad' column holds a date ('14.10.'), a start date, a new GP's 7-digit HPR number and 'listetak 1000': none of it is a list, a count or an increase. 154706 has 3 free and gets 6 with no increase: capacity_insufficient, review. 8 of 10 unassigned."))
ATTACH["q_d06_aukra_notes_with_hpr_and_dates"] = [
    part(xlsx_aukra(), XLSX_MIME, "Skjema manuell fordeling Aukra.xlsx")]

weekday(2025, 4, 8, 1)
add("distribution", "q_d07_haram_table_in_column_d_totalt_in_name",
    date=hdate(2025, 4, 8, 8, 47, 33, UTC), sender=("Kari Longva", "kari.longva@haram.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggarar – Haram",
    extra=outlook("Skjema for manuell fordeling av innbyggarar – Haram", "q_d07", attach=True),
    plain="""Hei

Vedlagt skjema for manuell fordeling frå Haram kommune.

Med helsing
Kari Longva
Saksbehandlar, Helse og omsorg
Haram kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1580",
              orders=[dist("158003", "Odd Longva", 6), dist("158010", "Linda Vatne", 5, 2)],
              note="A letterhead block (merged A1:C2, address, phone) on the left; the table starts in column D on row 9; the 'Totalt' row has an empty list cell and the label in the name column (not an order named 'Totalt'). 11 ordered but Haram has 9 without a list: exceeds_unassigned, review."))
ATTACH["q_d07_haram_table_in_column_d_totalt_in_name"] = [
    part(xlsx_haram(), XLSX_MIME, "Fordeling Haram april 2025.xlsx")]

weekday(2025, 5, 13, 1)
add("distribution", "q_d08_bronnoy_flr_prefix_and_titles_in_cells",
    date=hdate(2025, 5, 13, 7, 5, 0, UTC), sender=("Hege Johansen", "hege.johansen@bronnoy.kommune.no"),
    subject="Fordeling av ufordelte – Brønnøy",
    extra=outlook("Fordeling av ufordelte – Brønnøy", "q_d08", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling av innbyggere uten fastlege i Brønnøy kommune.

Mvh
Hege Johansen
Rådgiver, Helse og omsorg
Brønnøy kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1813", needs_review=False,
              orders=[dist("181305", "Sigrid Nes", 4), dist("181309", "Tor Åge Hansen", 5)],
              note="List cells typed as text with a prefix ('FLR 181305') and name cells with titles ('Dr. Sigrid Nes', 'Lege Tor Åge Hansen'): the ID is the digits, the name without the title. Boundaries that must not fire: 181309 has exactly 5 free for 5; 9 of 9 unassigned."))
ATTACH["q_d08_bronnoy_flr_prefix_and_titles_in_cells"] = [
    part(xlsx_bronnoy(), XLSX_MIME, "Fordeling Brønnøy.xlsx")]

weekday(2025, 1, 28, 1)
add("distribution", "q_d09_rakkestad_body_pipe_table",
    date=hdate(2025, 1, 28, 13, 22, 8), sender=("Tonje Rud", "tonje.rud@rakkestad.kommune.no"),
    subject="Bestilling av manuell fordeling – Rakkestad", extra=THUNDERBIRD,
    plain="""Hei,

Excel-skjemaet vil ikke åpne seg hos oss, så bestillingen kommer her:

| FLR-ID | Fastlege      | Antall innbyggere | Økning listetak |
|--------|---------------|-------------------|-----------------|
| 312004 | Hanne Bråthen | 5                 |                 |
| 312011 | Geir Rud      | 4                 | 4               |

Geir Rud har full liste, derfor økningen.

--
Tonje Rud
Enhet helse
Rakkestad kommune
""",
    gold=dict(kind="distribution_order", municipality="3120", needs_review=None,
              orders=[dist("312004", "Hanne Bråthen", 5), dist("312011", "Geir Rud", 4, 4)],
              note="Thunderbird plain text with a Markdown-style pipe table ('| 312004 | Hanne Bråthen | 5 | |'), a '|---|' rule and an empty increase cell (0). 312011 is closed and full, +4 covers 4 (must not fire); 9 of 10 unassigned. Review either way (body order)."))
PLAIN_ONLY.add("q_d09_rakkestad_body_pipe_table")

weekday(2025, 6, 10, 1)
add("distribution", "q_d10_gjerdrum_clinic_group_rows_automatic",
    date=hdate(2025, 6, 10, 10, 31, 17, UTC), sender=("Trine Solberg", "trine.solberg@gjerdrum.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    extra=outlook("Skjema for manuell fordeling av innbyggere", "q_d10", attach=True),
    plain="""Hei,

Vedlagt følger skjema for fordeling av innbyggere uten fastlege i Gjerdrum kommune, gruppert per legekontor.

Med vennlig hilsen
Trine Solberg
Fagleder, Legetjenesten
Gjerdrum kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="3230", needs_review=False,
              orders=[dist("323002", "Lene Dahl", 3), dist("323007", "Ola Moen", 2),
                      dist("323013", "Vibeke Tangen", 4, 2)],
              note="Rows grouped by clinic: a grey merged row with the clinic's name ('Gjerdrum legesenter', 'Ask legekontor') above each group is no order. Gjerdrum is still on automatic assignment in the snapshot: automatic_distribution_active, a warning only. 323013 closed with 2 free +2 covers 4; 9 of 12 unassigned."))
ATTACH["q_d10_gjerdrum_clinic_group_rows_automatic"] = [
    part(xlsx_gjerdrum(), XLSX_MIME, "Skjema for manuell fordeling av innbyggere - Gjerdrum.xlsx")]

weekday(2025, 8, 26, 1)
add("distribution", "q_d11_jevnaker_iphone_bok1_capacity",
    date=hdate(2025, 8, 26, 21, 44, 3), sender=("Mari Bjørge", "mari.bjorge@jevnaker.kommune.no"),
    subject="Fordeling", extra=IPHONE,
    plain="""Se vedlegg

Mari

Sendt fra min iPhone
""",
    gold=dict(kind="distribution_order", municipality="3236",
              orders=[dist("323604", "Mona Haug", 3), dist("323609", "Even Rud", 6)],
              note="iPhone mail: subject 'Fordeling', body 'Se vedlegg', attachment 'Bok1.xlsx' (sheet Ark1, no header fill, name column first, header words 'Lege', 'Liste', 'Antall', 'Tak +'): the kind comes from the sheet. 323609 has 4 free and gets 6: capacity_insufficient, review. 9 of 10 unassigned."))
PLAIN_ONLY.add("q_d11_jevnaker_iphone_bok1_capacity")
ATTACH["q_d11_jevnaker_iphone_bok1_capacity"] = [part(xlsx_jevnaker(), XLSX_MIME, "Bok1.xlsx")]

weekday(2025, 9, 16, 1)
add("distribution", "q_d12_nesbyen_excel_table_totals_row",
    date=hdate(2025, 9, 16, 7, 12, 45, UTC), sender=("Ingeborg Rust", "ingeborg.rust@nesbyen.kommune.no"),
    subject="Manuell fordeling – Nesbyen kommune",
    extra=outlook("Manuell fordeling – Nesbyen kommune", "q_d12", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling av innbyggere uten fastlege.

Med vennlig hilsen
Ingeborg Rust
Kommuneoverlege
Nesbyen kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="3322", needs_review=False,
              orders=[dist("332203", "Knut Ulsaker", 4), dist("332208", "Anne Hagen", 3)],
              note="The table is an Excel Table object (ListObject 'Fordeling', banded style, autofilter) with a totals row 'Totalt' of SUBTOTAL formulas without cached values: no order. 332208 is closed with 12 free: list_closed_too_free, a warning only. 7 of 8 unassigned."))
ATTACH["q_d12_nesbyen_excel_table_totals_row"] = [
    part(xlsx_nesbyen(), XLSX_MIME, "Skjema manuell fordeling Nesbyen.xlsx")]


# ==========================================================================
# list_request/
# ==========================================================================
LR_FORBID = BASE_FORBID + ["children_may_exceed"]

weekday(2024, 11, 19, 1)
add("list_request", "q_r01_flekkefjord_ten_percent",
    date=hdate(2024, 11, 19, 9, 3, 40, UTC), sender=("Bodil Eftestøl", "bodil.eftestol@flekkefjord.kommune.no"),
    subject="Økning av listetak – Jorunn Eftestøl",
    extra=outlook("Økning av listetak – Jorunn Eftestøl", "q_r01"),
    plain="""Hei,

Fastlege Jorunn Eftestøl (HPR 4207113) ved Flekkefjord legesenter ønsker å øke listetaket sitt med 10 prosent, altså fra 1000 til 1100. Kommunen har ingen innvendinger.

Listen har FLR-ID 420705.

Med vennlig hilsen
Bodil Eftestøl
Rådgiver, Helse og omsorg
Flekkefjord kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="4207", needs_review=False,
              orders=[ceiling("420705", "Jorunn Eftestøl", hpr="4207113", increase=100, new=1100)],
              forbid=LR_FORBID,
              note="The raise is first given as a percentage ('med 10 prosent'), then as 'fra 1000 til 1100': increase 100, new ceiling 1100 (not an increase of 10); the sender shares the GP's surname."))

weekday(2025, 1, 21, 1)
add("list_request", "q_r02_gjerstad_midlertidig_stengt",
    date=hdate(2025, 1, 21, 12, 40, 2, UTC), sender=("Arild Holte", "arild.holte@gjerstad.kommune.no"),
    subject="Liste 421103 – midlertidig stengt",
    extra=outlook("Liste 421103 – midlertidig stengt", "q_r02"),
    plain="""Hei,

Fastlege Lars Holte er mye borte fram til påske. Vi ber om at listen hans (FLR 421103) midlertidig stenges for nye innbyggere fram til 1. april 2025. Vi gir beskjed når den kan åpnes igjen.

Med vennlig hilsen
Arild Holte
Enhetsleder, Helse
Gjerstad kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="4211", needs_review=False,
              orders=[lock("421103", "Lars Holte", "lock")],
              forbid=LR_FORBID,
              note="A temporary lock phrased 'midlertidig stenges for nye innbyggere fram til 1. april 2025': one lock; the end date and 'når den kan åpnes igjen' are no unlock order. The sender shares the GP's surname."))

weekday(2025, 3, 11, 1)
add("list_request", "q_r03_etne_opnast_att_nynorsk",
    date=hdate(2025, 3, 11, 13, 5, 28, UTC), sender=("Torunn Kyrkjebø", "torunn.kyrkjebo@etne.kommune.no"),
    subject="Lista til Sigrid Kyrkjebø",
    extra=outlook("Lista til Sigrid Kyrkjebø", "q_r03"),
    plain="""Hei

Fordelinga av innbyggjarar utan fastlege i Etne er ferdig. Lista til fastlege Sigrid Kyrkjebø (FLR-ID 461106) kan difor opnast att for nye innbyggjarar.

Med helsing
Torunn Kyrkjebø
konsulent, helse og omsorg
Etne kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="4611", needs_review=False,
              orders=[lock("461106", "Sigrid Kyrkjebø", "unlock")],
              forbid=LR_FORBID,
              note="Nynorsk unlock 'kan opnast att for nye innbyggjarar' (no form of 'lås'); the finished distribution it refers to is no order."))

weekday(2025, 4, 29, 1)
add("list_request", "q_r04_iveland_dot_thousands",
    date=hdate(2025, 4, 29, 8, 15, 0, UTC), sender=("Kari Skaiaa", "kari.skaiaa@iveland.kommune.no"),
    subject="Listetak Eivind Skaiaa",
    extra=outlook("Listetak Eivind Skaiaa", "q_r04"),
    plain="""Hei,

Vi ber om at listetaket til fastlege Eivind Skaiaa ved Iveland legekontor (FLR 421802) økes til 1.200 plasser fra 1. juni.

Med vennlig hilsen
Kari Skaiaa
Helse og velferd
Iveland kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="4218", needs_review=False,
              orders=[ceiling("421802", "Eivind Skaiaa", new=1200)],
              forbid=LR_FORBID,
              note="'økes til 1.200 plasser' with a dot as thousands separator: a new ceiling of 1200 (not 1, nor a date 1.2); '1. juni' is an effective date. increase and hpr_number not scored (the registry gives them)."))

weekday(2025, 5, 20, 1)
add("list_request", "q_r05_masfjorden_lock_three_with_hpr_column",
    date=hdate(2025, 5, 20, 10, 2, 19, UTC), sender=("Oddvar Sandvik", "oddvar.sandvik@masfjorden.kommune.no"),
    subject="Låsing av lister",
    extra=outlook("Låsing av lister", "q_r05"),
    plain="""Hei

Masfjorden kommune skal fordele innbyggjarar manuelt, og ber om at desse listene vert låste til fordelinga er gjennomført:

HPR-nr.\tFLR-ID\tFastlege
4634116\t463402\tHelge Sandvik
4634227\t463405\tÅse Hope
4634339\t463409\tReidar Nordanger

Med helsing
Oddvar Sandvik
kommuneoverlege
Masfjorden kommune
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="NO-NYN">
<p class="MsoNormal">Hei</p>
<p class="MsoNormal">Masfjorden kommune skal fordele innbyggjarar manuelt, og ber om at desse listene vert låste til fordelinga er gjennomført:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><b>HPR-nr.</b></td><td><b>FLR-ID</b></td><td><b>Fastlege</b></td></tr>
<tr><td>4634116</td><td>463402</td><td>Helge Sandvik</td></tr>
<tr><td>4634227</td><td>463405</td><td>Åse Hope</td></tr>
<tr><td>4634339</td><td>463409</td><td>Reidar Nordanger</td></tr>
</table>
<p class="MsoNormal">Med helsing<br>Oddvar Sandvik<br>kommuneoverlege<br>Masfjorden kommune</p>
</body></html>
""",
    gold=dict(kind="list_request", municipality="4634", needs_review=False,
              orders=[lock("463402", "Helge Sandvik", "lock"), lock("463405", "Åse Hope", "lock"),
                      lock("463409", "Reidar Nordanger", "lock")],
              forbid=LR_FORBID,
              note="Nynorsk lock of three lists in a table (tabs in the plain text, an HTML table in the twin) whose FIRST column is the 7-digit HPR number and the second the FLR-ID: the list is the 6-digit column. The sender shares a GP's surname."))

weekday(2025, 8, 19, 1)
add("list_request", "q_r06_aurland_label_value_lines",
    date=hdate(2025, 8, 19, 7, 58, 31, UTC), sender=("Liv Kvammen", "liv.kvammen@aurland.kommune.no"),
    subject="Søknad om auka listetak",
    extra=outlook("Søknad om auka listetak", "q_r06"),
    plain="""Hei

Kommunen støttar søknaden under og ber Helfo registrere det nye listetaket.

Fastlege: dr. med. Astrid Vangen
HPR-nr.: 4641228
FLR-nr.: 464103
Noverande listetak: 800
Ønskt listetak: 1000
Gjeld frå: 01.10.2025

Med helsing
Liv Kvammen
einingsleiar, helse
Aurland kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="4641", needs_review=False,
              orders=[ceiling("464103", "Astrid Vangen", hpr="4641228", increase=200, new=1000)],
              forbid=LR_FORBID,
              note="Nynorsk label: value lines ('Noverande listetak: 800', 'Ønskt listetak: 1000'): increase 200 and new ceiling 1000; the name is written with the title 'dr. med.' (not part of the name); 'Gjeld frå: 01.10.2025' is a date, not a count."))

weekday(2025, 10, 7, 1)
add("list_request", "q_r07_bremanger_list_only_in_subject",
    date=hdate(2025, 10, 7, 11, 26, 44, UTC), sender=("Eva Frøyen", "eva.froyen@bremanger.kommune.no"),
    subject="Listetak – liste 464807",
    extra=outlook("Listetak – liste 464807", "q_r07"),
    plain="""Hei

Vi ber om at listetaket til fastlege Marit Solheim ved Svelgen legekontor vert auka med 150 plassar.

Med helsing
Eva Frøyen
rådgjevar
Bremanger kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="4648", needs_review=False,
              orders=[ceiling("464807", "Marit Solheim", increase=150)],
              forbid=LR_FORBID,
              note="The FLR list is only in the subject ('Listetak – liste 464807'); the body gives the GP and 'auka med 150 plassar'. hpr_number and new_ceiling not scored (the registry gives them)."))

weekday(2025, 11, 25, 1)
add("list_request", "q_r08_rennebu_oppheve_laasingen",
    date=hdate(2025, 11, 25, 9, 40, 6, UTC), sender=("Jorunn Voll", "jorunn.voll@rennebu.kommune.no"),
    subject="Oppheve låsing av liste",
    extra=outlook("Oppheve låsing av liste", "q_r08"),
    plain="""Hei,

Vi ber om at dere opphever låsingen av listen til fastlege Bjørn Voll (FLR 502205). Fordelingen er gjennomført, og listen kan ta imot nye innbyggere som vanlig.

Med vennlig hilsen
Jorunn Voll
Helse og omsorg
Rennebu kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="5022", needs_review=False,
              orders=[lock("502205", "Bjørn Voll", "unlock")],
              forbid=LR_FORBID,
              note="Unlock written as 'opphever låsingen' (and 'Oppheve låsing' in the subject): the words 'låsing'/'låsingen' are there, but the request is to lift the lock. The sender shares the GP's surname."))


# ==========================================================================
# manual_request/
# ==========================================================================
MR_FORBID = BASE_FORBID + ["children_may_exceed"]


def manual(enable):
    return {"type": "manual_distribution", "enable": enable}


weekday(2024, 9, 3, 1)
add("manual_request", "q_m01_frosta_english",
    date=hdate(2024, 9, 3, 8, 10, 15, UTC), sender=("Anna Kowalska", "anna.kowalska@frosta.kommune.no"),
    subject="Manual distribution of residents without a GP – Frosta",
    extra=outlook("Manual distribution of residents without a GP – Frosta", "q_m01"),
    plain="""Hello,

Frosta municipality would like to distribute residents without a regular GP ourselves. Please switch off the automatic assignment of GPs for Frosta and let us know when it has been done.

Best regards
Anna Kowalska
Adviser, Health and Care
Frosta kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5036", needs_review=False,
              orders=[manual(True)], forbid=MR_FORBID,
              note="Written in English by a municipal adviser ('switch off the automatic assignment of GPs', 'distribute residents ... ourselves'); no Norwegian cue words but the signature 'Frosta kommune'."))

weekday(2024, 11, 26, 1)
add("manual_request", "q_m02_meraker_from_new_year_count",
    date=hdate(2024, 11, 26, 12, 33, 50, UTC), sender=("Håkon Brenden", "hakon.brenden@meraker.kommune.no"),
    subject="Fastlege – manuell fordeling",
    extra=outlook("Fastlege – manuell fordeling", "q_m02"),
    plain="""Hei,

Meråker kommune har i dag 12 innbyggere uten fastlege. Vi ønsker å fordele dem selv, og ber om at den automatiske tildelingen slås av fra og med 1. januar 2025.

Kontaktperson er undertegnede, tlf. 74 81 32 00.

Med vennlig hilsen
Håkon Brenden
Kommuneoverlege
Meråker kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5034", needs_review=False,
              orders=[manual(True)], forbid=MR_FORBID,
              note="A request to switch to manual from a future date ('fra og med 1. januar 2025'); '12 innbyggere uten fastlege' and the phone number are no distribution order."))

weekday(2025, 3, 25, 1)
add("manual_request", "q_m03_indre_fosen_skru_paa_igjen",
    date=hdate(2025, 3, 25, 9, 18, 4, UTC), sender=("Siri Rønning", "siri.ronning@indrefosen.kommune.no"),
    subject="Automatisk tildeling av fastlege",
    extra=outlook("Automatisk tildeling av fastlege", "q_m03"),
    plain="""Hei,

Indre Fosen kommune har ikke kapasitet til å følge opp fordelingen selv lenger. Dere kan skru på automatisk tildeling av fastlege for kommunen vår igjen fra 1. april.

Med vennlig hilsen
Siri Rønning
Virksomhetsleder, Helse
Indre Fosen kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5054", needs_review=False,
              orders=[manual(False)], forbid=MR_FORBID,
              note="Back to automatic phrased 'Dere kan skru på automatisk tildeling ... igjen' (no 'manuell' anywhere): enable false."))

weekday(2025, 7, 1, 1)
add("manual_request", "q_m04_orland_trial_period",
    date=hdate(2025, 7, 1, 7, 45, 29, UTC), sender=("Espen Hårstad", "espen.harstad@orland.kommune.no"),
    subject="Fastlege – manuell fordeling",
    extra=outlook("Fastlege – manuell fordeling", "q_m04"),
    plain="""Hei,

Ørland kommune ønsker å prøve manuell fordeling av innbyggere uten fastlege i en periode på seks måneder, fra 1. september 2025 til 28. februar 2026. Vi ber Helfo slå av den automatiske tildelingen fra 1. september. Etter prøveperioden gir vi beskjed om vi vil fortsette eller gå tilbake til automatisk tildeling.

Med vennlig hilsen
Espen Hårstad
Rådgiver, Helse og velferd
Ørland kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5057", needs_review=False,
              orders=[manual(True)], forbid=MR_FORBID,
              note="A time-limited trial of manual distribution (1 Sep 2025 to 28 Feb 2026): one order, enable true; the end of the trial and 'gå tilbake til automatisk' (a later decision) are no second order."))

weekday(2025, 5, 6, 1)
add("manual_request", "q_m05_afjord_withdraws_request",
    date=hdate(2025, 5, 6, 11, 2, 57, UTC), sender=("Mette Hoff", "mette.hoff@afjord.kommune.no"),
    subject="SV: Fastlege – manuell fordeling",
    extra=outlook("SV: Fastlege – manuell fordeling", "q_m05"),
    plain="""Hei igjen,

Vi trekker forespørselen vår om manuell fordeling fra forrige uke. Etter en ny vurdering ønsker Åfjord kommune likevel å beholde den automatiske tildelingen av fastlege.

Beklager bryet.

Mvh
Mette Hoff
Helse og omsorg
Åfjord kommune

Fra: Mette Hoff <mette.hoff@afjord.kommune.no>
Sendt: tirsdag 29. april 2025 10:14
Til: post@helfo.no
Emne: Fastlege – manuell fordeling

Hei,

Åfjord kommune ønsker manuell fordeling av innbyggere uten fastlege. Vi ber om at automatisk tildeling slås av.

Mvh
Mette Hoff
Åfjord kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5058", needs_review=False,
              orders=[manual(False)], forbid=MR_FORBID,
              note="A withdrawal ('Vi trekker forespørselen vår om manuell fordeling', 'beholde den automatiske tildelingen') on top of the quoted request of last week: enable false, and no enable-true order from the quote."))

weekday(2025, 12, 2, 1)
add("manual_request", "q_m06_vik_attende_til_automatisk",
    date=hdate(2025, 12, 2, 8, 49, 11, UTC), sender=("Sveinung Hove", "sveinung.hove@vik.kommune.no"),
    subject="Tildeling av fastlege i Vik",
    extra=outlook("Tildeling av fastlege i Vik", "q_m06"),
    plain="""Hei

Vik kommune har hatt manuell fordeling sidan i fjor. No ynskjer vi å gå attende til automatisk tildeling av fastlege for innbyggjarar utan listeplass, frå nyttår.

Med helsing
Sveinung Hove
kommuneoverlege
Vik kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="4639", needs_review=False,
              orders=[manual(False)], forbid=MR_FORBID,
              note="Nynorsk 'gå attende til automatisk tildeling' (back to automatic; 'attende' for 'tilbake'); 'har hatt manuell fordeling' is the present state, not the request: enable false."))


# ==========================================================================
# other/
# ==========================================================================
NO_TIMING = ["timing_in_time", "timing_late_letters", "timing_after_transfer"]

weekday(2025, 5, 5, 0)
add("other", "q_o01_malselv_english_automatic_reply_magic_subject",
    date=hdate(2025, 5, 5, 6, 1, 44, UTC), sender=("Lena Moe", "lena.moe@malselv.kommune.no"),
    subject="Automatic reply: Fastlege – manuell fordeling",
    extra=dict(outlook("Automatic reply: Fastlege – manuell fordeling", "q_o01"),
               **{"X-Auto-Response-Suppress": "All",
                  "X-MS-Exchange-Inbox-Rules-Loop": "lena.moe@malselv.kommune.no",
                  "In-Reply-To": "<20250505060012.7A1C3E2F10@mx01.helfo.no>",
                  "References": "<20250505060012.7A1C3E2F10@mx01.helfo.no>"}),
    plain="""I am away on a course until 12 May 2025 with limited access to e-mail.

Jeg er på kurs til og med 12. mai 2025 og leser e-post sporadisk. Saker om fastlegeordningen kan sendes til postmottak@malselv.kommune.no.

Lena Moe
Målselv kommune
""",
    html=True,
    gold=dict(kind="other", municipality="5524", needs_review=None, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="An Exchange auto-reply with an English subject prefix 'Automatic reply:' on the exact subject Helsedirektoratet prescribes for a manual request ('Fastlege – manuell fordeling'), no Auto-Submitted header (only X-Auto-Response-Suppress): kind other, no manual_distribution order. Review not scored (municipal auto-reply, as o09)."))

DSN_DELAY = """Return-Path: <>
Received: by mx01.helfo.no (Postfix)	id 3C7F21A9E4; {rcvd}
Date: {date}
From: MAILER-DAEMON@mx01.helfo.no (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: post@helfo.no
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3C7F21A9E4.1760000000/mx01.helfo.no"
Message-Id: <20251014070402.3C7F21A9E4@mx01.helfo.no>

This is a MIME-encapsulated message.

--3C7F21A9E4.1760000000/mx01.helfo.no
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx01.helfo.no.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

                   The mail system

<legekontoret@fjellhelse.no>: connect to mx.fjellhelse.no[185.42.118.9]:25:
    Connection timed out

--3C7F21A9E4.1760000000/mx01.helfo.no
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx01.helfo.no
X-Postfix-Queue-ID: 3C7F21A9E4
X-Postfix-Sender: rfc822; post@helfo.no
Arrival-Date: Tue, 14 Oct 2025 05:03:41 +0200 (CEST)

Final-Recipient: rfc822; legekontoret@fjellhelse.no
Original-Recipient: rfc822;legekontoret@fjellhelse.no
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.fjellhelse.no[185.42.118.9]:25:
    Connection timed out
Will-Retry-Until: Sun, 19 Oct 2025 05:03:41 +0200 (CEST)

--3C7F21A9E4.1760000000/mx01.helfo.no
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <post@helfo.no>
Received: from saksbeh03.helfo.no (saksbeh03.helfo.no [10.20.4.33])
	by mx01.helfo.no (Postfix) with ESMTPS id 3C7F21A9E4
	for <legekontoret@fjellhelse.no>; Tue, 14 Oct 2025 05:03:41 +0200 (CEST)
From: Helfo <post@helfo.no>
To: legekontoret@fjellhelse.no
Subject: =?utf-8?q?SV=3A_=C3=98kning_av_listetak_=E2=80=93_liste_110315_fra_1=2E_november?=
Date: Tue, 14 Oct 2025 05:03:38 +0200
Message-ID: <6c1a2b3d4e5f@helfo.no>

--3C7F21A9E4.1760000000/mx01.helfo.no--
"""
weekday(2025, 10, 14, 1)
add("other", "q_o02_postfix_delay_warning_headers_only",
    date=hdate(2025, 10, 14, 9, 4, 2), sender=("Mail Delivery System", "MAILER-DAEMON@mx01.helfo.no"),
    subject="Delayed Mail (still being retried)", plain="",
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed", "list_unknown", "list_other_municipality"],
              note="A Postfix delay warning (multipart/report, 'THIS IS A WARNING ONLY', Action: delayed) that returns only the headers (text/rfc822-headers) of Helfo's message, whose encoded subject names a ceiling raise, a list and a date: kind other, no list_request, no municipality."))

weekday(2025, 2, 4, 1)
add("other", "q_o03_lyngen_questions_every_keyword",
    date=hdate(2025, 2, 4, 12, 20, 33, UTC), sender=("Bente Olsen", "bente.olsen@lyngen.kommune.no"),
    subject="Spørsmål om fastlegelister, listetak og manuell fordeling",
    extra=outlook("Spørsmål om fastlegelister, listetak og manuell fordeling", "q_o03"),
    plain="""Hei,

Jeg er ny i jobben og har noen spørsmål før vi sender noe til dere:

1. Hvis vi ønsker manuell fordeling, holder det å sende en e-post med emnet «Fastlege – manuell fordeling», eller må kommunedirektøren signere?
2. Må en liste låses før vi sender skjema for manuell fordeling, for eksempel liste 553612?
3. Kan vi øke listetaket fra 1000 til 1200 i samme skjema, eller må det sendes for seg?
4. Når en fastlege sier opp, er det siste arbeidsdag eller oppsigelsesdatoen som avgjør når listen overføres?
5. Hvor lang tid før oppstart må «Melding til fastlegeregisteret» om ny fastlege være hos dere?

Takk for hjelpen!

Med vennlig hilsen
Bente Olsen
Konsulent, Helse og omsorg
Lyngen kommune
""",
    html=True,
    gold=dict(kind="other", municipality="5536", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed", "last_day_from_notice_period",
                                    "list_unknown"] + NO_TIMING,
              note="Numbered questions that use every cue of every kind: the manual-request subject in quotes, 'låses', a list number, 'øke listetaket fra 1000 til 1200', 'sier opp', 'siste arbeidsdag', 'Melding til fastlegeregisteret', 'ny fastlege': kind other, no orders (so no list_unknown for 553612); municipal sender, so review."))

weekday(2025, 6, 3, 1)
add("other", "q_o04_helsedirektoratet_newsletter_auto_generated",
    date=hdate(2025, 6, 3, 6, 0, 0, UTC), sender=("Helsedirektoratet", "nyhetsbrev@helsedirektoratet.no"),
    subject="Nytt om fastlegeordningen: manuell fordeling, listetak og meldinger til fastlegeregisteret",
    extra={"Auto-Submitted": "auto-generated", "Precedence": "bulk",
           "X-Mailer": "Apsis One"},
    plain="""Nytt om fastlegeordningen – juni 2025

Fastlege – manuell fordeling
Kommuner som vil fordele innbyggere uten fastlege selv, sender en e-post til post@helfo.no med emnet «Fastlege – manuell fordeling». Deretter sendes «Skjema for manuell fordeling av innbyggere», for eksempel:

  FLR-ID 10   Fastlege a   5 innbyggere   økning av listetak 0
  FLR-ID 11   Fastlege b   10 innbyggere  økning av listetak 10

Listetak
Ønsker en fastlege å øke listetaket fra 1000 til 1200, sender kommunen beskjed til Helfo.

Oppsigelse
Fastlegen har seks måneders oppsigelsestid. Ny fastlege eller ubesatt liste meldes med «Melding til fastlegeregisteret» senest en måned før overtakelse.

Du får denne e-posten fordi du er registrert som mottaker av nyheter fra Helsedirektoratet. Administrer abonnementet ditt på helsedirektoratet.no.
""",
    html=True,
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed", "last_day_from_notice_period"],
              note="A newsletter from Helsedirektoratet marked Auto-Submitted: auto-generated and Precedence: bulk but with no List-Unsubscribe or List-Id: the magic subject in quotes, example form rows (FLR-ID 10 and 11), a ceiling raise and notice periods: kind other, no orders, no municipality, no review."))

weekday(2025, 9, 9, 1)
add("other", "q_o05_karlsoy_salaried_gp_asks_own_list",
    date=hdate(2025, 9, 9, 14, 12, 5, UTC), sender=("Ingunn Hansen", "ingunn.hansen@karlsoy.kommune.no"),
    subject="Spørsmål om listen min",
    extra=outlook("Spørsmål om listen min", "q_o05"),
    plain="""Hei,

Jeg er fastlege i Karlsøy kommune (HPR 5534118, liste 553403). Listetaket mitt er 800, men i september fikk jeg 12 nye innbyggere på listen uten at jeg har bedt om det. Kan dere se hvor de kommer fra, og hvor mange som står på listen min nå?

Jeg ønsker ikke å endre listetaket.

Hilsen
Ingunn Hansen
Fastlege, Hansnes legekontor
Karlsøy kommune
""",
    html=True,
    gold=dict(kind="other", municipality="5534", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed", "list_unknown", "list_other_municipality"],
              note="A salaried GP writing from the municipality's domain about her own list (HPR, list ID, 'Listetaket mitt er 800', '12 nye innbyggere'), explicitly no change ('ønsker ikke å endre listetaket'): kind other, no list_request, no distribution; municipal sender, so review."))

weekday(2025, 3, 20, 3)
add("other", "q_o06_skjervoy_thanks_quotes_distribution_table",
    date=hdate(2025, 3, 20, 9, 33, 48), sender=("Kåre Nilsen", "kare.nilsen@skjervoy.kommune.no"),
    subject="Re: Bekreftelse: manuell fordeling Skjervøy", extra=THUNDERBIRD,
    plain="""Tusen takk for rask og god hjelp med fordelingen!

Kåre

Den 19.03.2025 kl. 14:02, skrev Helfo:
> Hei,
>
> Fordelingen dere bestilte 17. mars er gjennomført:
>
> FLR-ID   Fastlege     Antall   Økning listetak
> 554206   Kåre Olsen   5        0
> 554211   Liv Eriksen  3        3
>
> Med vennlig hilsen
> Helfo

--
Kåre Nilsen
Helse og omsorg
Skjervøy kommune
""",
    gold=dict(kind="other", municipality="5542", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed", "exceeds_unassigned",
                                    "capacity_insufficient", "automatic_distribution_active"],
              note="A thanks on top of Helfo's confirmation quoted with '>' (Thunderbird 'Den ... skrev Helfo:'), which holds the completed distribution as a table (FLR-ID, name, count, increase): kind other, no distribution order (Skjervøy has 0 unassigned now, so an order would also be 'exceeds'); municipal sender, so review."))
PLAIN_ONLY.add("q_o06_skjervoy_thanks_quotes_distribution_table")

weekday(2025, 11, 4, 1)
add("other", "q_o07_sor_varanger_case_system_receipt",
    date=hdate(2025, 11, 4, 10, 0, 21, UTC), sender=("Sør-Varanger kommune", "postmottak@sor-varanger.kommune.no"),
    subject="Kvittering for mottatt henvendelse: Melding til fastlegeregisteret – liste 560512 fra 1. januar 2026",
    extra={"Auto-Submitted": "auto-generated", "X-Mailer": "Elements Noark 5"},
    plain="""Dette er en automatisk kvittering. Ikke svar på denne e-posten.

Sør-Varanger kommune har mottatt din henvendelse:

Emne: Melding til fastlegeregisteret – liste 560512 fra 1. januar 2026
Mottatt: 04.11.2025 11:00
Saksnummer: 2025/3318
Dokumentnummer: 2025/3318-4

Henvendelsen vil bli journalført og fordelt til rett enhet.

Sør-Varanger kommune
Postboks 406, 9915 Kirkenes
""",
    html=True,
    gold=dict(kind="other", municipality="5605", needs_review=None, orders=[],
              forbid=BASE_FORBID + NO_TIMING + ["list_unknown", "helsenorge_not_visible_early"],
              note="An automatic receipt (Auto-Submitted: auto-generated) from the municipality's archive system; the subject and body repeat the subject of Helfo's mail ('Melding til fastlegeregisteret – liste 560512 fra 1. januar 2026') with a case number and a received time: kind other, no list change. Review not scored (municipal, but automatic)."))

weekday(2025, 10, 28, 1)
add("other", "q_o08_porsanger_meeting_minutes",
    date=hdate(2025, 10, 28, 13, 50, 2, UTC), sender=("Aslak Somby", "aslak.somby@porsanger.kommune.no"),
    subject="Referat fra møte med Helfo 27.10.2025",
    extra=outlook("Referat fra møte med Helfo 27.10.2025", "q_o08"),
    plain="""Hei,

Takk for et nyttig møte i går. Her er referatet slik vi har oppfattet det:

Til stede: Aslak Somby (Porsanger kommune), Kari Nordby og Per Lie (Helfo)

1. Manuell fordeling: Kommunen vurderer å be om manuell fordeling fra 2026. Beslutning tas i helse- og omsorgsutvalget 20.11.
2. Listetak: Kommunen drøfter med legene om noen lister kan økes med 100 plasser.
3. Ubesatte lister: Én liste ved Lakselv legesenter kan bli ubesatt fra 1. februar 2026 dersom stillingen ikke blir besatt.

Oppfølging: Kommunen sender eventuelle skjema til post@helfo.no når vedtak er fattet.

Gi beskjed hvis noe er feil i referatet.

Med vennlig hilsen
Aslak Somby
Kommuneoverlege
Porsanger kommune
""",
    html=True,
    gold=dict(kind="other", municipality="5622", needs_review=True, orders=[],
              forbid=BASE_FORBID + NO_TIMING + ["children_may_exceed", "helsenorge_not_visible_early"],
              note="Minutes of a meeting with Helfo: every item is a plan, not a request ('vurderer å be om manuell fordeling', 'om noen lister kan økes med 100', 'kan bli ubesatt fra 1. februar 2026'): kind other, no orders; municipal sender, so review."))


# ==========================================================================
# documents/
# ==========================================================================
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


def docx_bytes(doc, author, when):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.created = cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _pin_zip(buf.getvalue(), when)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def docx_nord_odal():
    """A GP's letter whose date and sender line sit in the page header."""
    doc = new_doc()
    hdr = doc.sections[0].header
    hdr.paragraphs[0].text = "Hilde Sæther – fastlege, Sand legesenter"
    hdr.add_paragraph("Sand, 12.03.2025")
    for text, bold in [("Til Nord-Odal kommune", False), ("v/ kommuneoverlegen", False), ("", False),
                       ("Oppsigelse av fastlegeavtale", True), ("", False),
                       ("Jeg sier med dette opp min fastlegeavtale med Nord-Odal kommune, med den "
                        "oppsigelsestiden som følger av avtalen.", False),
                       ("Mitt HPR-nummer er 3414207.", False), ("", False),
                       ("Jeg ønsker å bidra til en god overgang for pasientene mine.", False), ("", False),
                       ("Med vennlig hilsen", False), ("Hilde Sæther", False)]:
        p = doc.add_paragraph()
        p.add_run(text).bold = bold
    return docx_bytes(doc, "Hilde Sæther", dt.datetime(2025, 3, 12, 15, 20))


def docx_amot():
    """A GP's application for a higher ceiling: a label / value table and the
    municipality's decision under it."""
    doc = new_doc()
    doc.add_paragraph().add_run("Søknad om endring av listetak").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Fastlege", "Tor Arne Bakken"), ("HPR-nummer", "3422114"),
                 ("FLR-liste", "342207"), ("Legekontor", "Rena legesenter"),
                 ("Nåværende listetak", "1200"), ("Ønsket listetak", "1400"),
                 ("Ønsket fra", "01.03.2025")]:
        row = t.add_row().cells
        row[0].text, row[1].text = k, v
    doc.add_paragraph("")
    doc.add_paragraph("Begrunnelse: Legesenteret har fått en ny LIS1-lege, og jeg har kapasitet til flere "
                      "innbyggere på listen min.")
    doc.add_paragraph("Rena, 29.01.2025")
    doc.add_paragraph("Tor Arne Bakken")
    doc.add_paragraph("")
    doc.add_paragraph().add_run("Kommunens vurdering").bold = True
    doc.add_paragraph("Søknaden er innvilget. Åmot kommune, 03.02.2025, Kirsti Haugen, kommuneoverlege.")
    return docx_bytes(doc, "Tor Arne Bakken", dt.datetime(2025, 2, 3, 10, 5))


def odt_eidskog():
    """An .odt written by hand (flat OpenDocument in a zip): the kind of change
    is marked with ballot-box characters, ☒ ticked and ☐ not."""
    when = dt.datetime(2025, 7, 2, 14, 30)
    paras = [
        ("P1", "Melding til fastlegeregisteret – Eidskog kommune"),
        ("P2", ""),
        ("P2", "☒ Ny fastlege     ☐ Ubesatt liste"),
        ("P2", ""),
        ("P2", "FLR-liste: 341602"),
        ("P2", "Legekontor: Skotterud legesenter"),
        ("P2", "Fratredende fastlege: Ragnar Lie, HPR-nr. 3416109, siste arbeidsdag 31.08.2025"),
        ("P2", "Ny fastlege: Oda Sæter, HPR-nr. 8841276"),
        ("P2", "Gjelder fra: 01.09.2025"),
        ("P2", "Listetak: 900"),
        ("P2", ""),
        ("P2", "Eidskog kommune, 02.07.2025"),
        ("P2", "Frode Lie, enhetsleder helse"),
    ]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f'<text:p text:style-name="{s}">{esc(t)}</text:p>' for s, t in paras)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">'
        '<office:automatic-styles>'
        '<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>'
        '</office:automatic-styles><office:body><office:text>' + body +
        '</office:text></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
        '<meta:generator>LibreOffice/7.6</meta:generator><dc:creator>Frode Lie</dc:creator>'
        f'<meta:creation-date>{when.isoformat()}</meta:creation-date>'
        '</office:meta></office:document-meta>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", date_time=when.timetuple()[:6]),
                   "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, date_time=when.timetuple()[:6]), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _pdf(draw, title, author):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _lines(c, x, y, lines, size=10.5, lead=15):
    for ln in lines:
        if isinstance(ln, tuple):
            font, text = ln
        else:
            font, text = "Helvetica", ln
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= lead
    return y


def pdf_sor_odal():
    """A municipal letter with a drawn table of two list changes."""
    def draw(c):
        W, H = A4
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, H - 70, "SØR-ODAL KOMMUNE")
        c.setFont("Helvetica", 9)
        c.drawString(56, H - 84, "Helse og velferd · Postboks 18, 2201 Skarnes · Org.nr. 964 950 768")
        c.drawRightString(W - 56, H - 120, "Dato: 04.04.2025   Vår ref.: 25/407-2")
        y = _lines(c, 56, H - 120, ["Helfo", "post@helfo.no"])
        y -= 12
        y = _lines(c, 56, y, [("Helvetica-Bold", "Melding til fastlegeregisteret – endringer ved Skarnes legesenter")])
        y -= 4
        y = _lines(c, 56, y, ["Fra 1. juni 2025 gjelder følgende endringer for to lister ved Skarnes legesenter.",
                              "Begge de fratredende fastlegene har siste arbeidsdag 31.05.2025."])
        y -= 10
        cols = [56, 120, 250, 380, 460, W - 56]
        head = ["FLR-liste", "Fratredende (HPR)", "Ny fastlege (HPR)", "Gjelder fra", "Listetak"]
        rows = [["341504", "Kjell Bergersen (3415118)", "Fatima Rahimi (9028314)", "01.06.2025", "1000"],
                ["341509", "Grete Nyhus (3415226)", "Ubesatt liste", "01.06.2025", "800"]]
        rh = 20
        for i, row in enumerate([head] + rows):
            top = y - i * rh
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
            for j, cell in enumerate(row):
                c.drawString(cols[j] + 4, top - 14, cell)
        c.setLineWidth(0.6)
        for i in range(len(rows) + 2):
            c.line(cols[0], y - i * rh, cols[-1], y - i * rh)
        for x in cols:
            c.line(x, y, x, y - (len(rows) + 1) * rh)
        y -= (len(rows) + 1) * rh + 24
        y = _lines(c, 56, y, ["Listen til Grete Nyhus driftes av vikar inntil ny fastlege er tilsatt.", "",
                              "Med hilsen", "", "Kristin Hagen", "kommuneoverlege"])
    return _pdf(draw, "Melding til fastlegeregisteret", "Sør-Odal kommune")


def pdf_trysil():
    """The municipality's formal letter asking for manual distribution."""
    def draw(c):
        W, H = A4
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, H - 70, "TRYSIL KOMMUNE")
        c.setFont("Helvetica", 9)
        c.drawString(56, H - 84, "Helse og omsorg · Storvegen 1, 2420 Trysil")
        c.drawRightString(W - 56, H - 120, "Vår ref.: 25/812-3   Dato: 16.06.2025")
        y = _lines(c, 56, H - 120, ["Helfo", "Postboks 2415", "3104 Tønsberg"])
        y -= 16
        y = _lines(c, 56, y, [("Helvetica-Bold", "Anmodning om manuell fordeling av innbyggere uten fastlege")])
        y -= 6
        y = _lines(c, 56, y, [
            "Kommunestyret i Trysil vedtok 12.06.2025 (sak 45/25) at kommunen selv skal fordele",
            "innbyggere som står uten plass på en fastlegeliste.",
            "",
            "Trysil kommune ber derfor Helfo om å slå av den automatiske tildelingen av fastlege for",
            "kommunen fra 1. juli 2025. Skjema for manuell fordeling sendes når fordelingen er avtalt",
            "med fastlegene.",
            "",
            "Kontaktperson: Ragnhild Sætre, tlf. 62 45 77 00.",
            "",
            "Med hilsen",
            "",
            "Ola Engen",
            "kommunedirektør",
            "",
            ("Helvetica-Oblique", "Dokumentet er elektronisk godkjent og har derfor ingen signatur."),
        ])
    return _pdf(draw, "Anmodning om manuell fordeling", "Trysil kommune")


def pdf_ringebu():
    """A GP's letter: the name only under the signature, the HPR number in
    the subject line of the letter."""
    def draw(c):
        W, H = A4
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 56, H - 60, "Ringebu legesenter · Vålebru")
        y = _lines(c, 56, H - 110, ["Ringebu kommune", "v/ kommuneoverlegen"])
        c.setFont("Helvetica", 10.5)
        c.drawRightString(W - 56, H - 110, "Vålebru, 28. august 2025")
        y -= 20
        y = _lines(c, 56, y, [("Helvetica-Bold", "Oppsigelse av fastlegeavtale – HPR-nr. 3439152")])
        y -= 6
        y = _lines(c, 56, y, [
            "Jeg sier med dette opp min fastlegeavtale og fastlegelisten min ved Ringebu legesenter.",
            "Etter avtale med kommunen blir siste arbeidsdag 31. januar 2026.",
            "",
            "Jeg vil takke for mange gode år i Ringebu.",
            "",
            "Med vennlig hilsen",
        ])
        # a hand-drawn signature
        c.setStrokeColorRGB(0.1, 0.15, 0.45)
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(60, y - 18)
        for i, (dx, dy) in enumerate([(12, 20), (10, -24), (14, 18), (9, -12), (16, 10), (22, -8), (30, 4)]):
            p.curveTo(60 + dx * 0.5 + i * 12, y - 18 + dy, 66 + dx + i * 12, y - 18 - dy / 2, 72 + dx + i * 12, y - 18)
        c.drawPath(p, stroke=1, fill=0)
        y -= 48
        _lines(c, 56, y, ["Marianne Steien", "spesialist i allmennmedisin"])
    return _pdf(draw, "Oppsigelse", "Marianne Steien")


weekday(2025, 3, 14, 4)
add("documents", "q_a01_nord_odal_docx_date_in_page_header",
    date=hdate(2025, 3, 14, 9, 12, 40, UTC), sender=("Lise Nordli", "lise.nordli@nord-odal.kommune.no"),
    subject="Oppsigelse av fastlegeavtale",
    extra=outlook("Oppsigelse av fastlegeavtale", "q_a01", attach=True),
    plain="""Hei,

Vedlagt følger oppsigelse fra en av våre fastleger, til registrering.

Med vennlig hilsen
Lise Nordli
Rådgiver, Helse og omsorg
Nord-Odal kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3414", needs_review=False,
              orders=[term("Hilde Sæther", "3414207", "Sand legesenter", D(2025, 3, 12))],
              note="A GP's .docx letter whose date ('Sand, 12.03.2025') and sender line are in the Word page header, not in the body paragraphs: the letter date is the notice date (received Fri 14 Mar); no last day, so six months from 1 April give 30 September 2025. The mail body names nobody. flr_list_id not scored."))
ATTACH["q_a01_nord_odal_docx_date_in_page_header"] = [
    part(docx_nord_odal(), DOCX_MIME, "Oppsigelse fastlegeavtale.docx")]

weekday(2025, 4, 7, 0)
add("documents", "q_a02_sor_odal_pdf_table_two_changes",
    date=hdate(2025, 4, 7, 6, 41, 3, UTC), sender=("Kristin Hagen", "kristin.hagen@sor-odal.kommune.no"),
    subject="Melding til fastlegeregisteret – Skarnes legesenter",
    extra=outlook("Melding til fastlegeregisteret – Skarnes legesenter", "q_a02", attach=True),
    plain="""Hei,

Vedlagt brev med to endringer ved Skarnes legesenter fra 1. juni.

Med vennlig hilsen
Kristin Hagen
Kommuneoverlege
Sør-Odal kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3415", needs_review=False,
              orders=[change("new_gp", "341504", clinic="Skarnes legesenter", prev="Kjell Bergersen",
                             prev_hpr="3415118", gp="Fatima Rahimi", hpr="9028314",
                             start=D(2025, 6, 1), ceiling=1000),
                      change("unassigned_list", "341509", clinic="Skarnes legesenter", prev="Grete Nyhus",
                             prev_hpr="3415226", start=D(2025, 6, 1), ceiling=800)],
              note="A PDF letter (reportlab, text layer) with a drawn table of two list changes: one row a new GP, the other 'Ubesatt liste' in the new-GP column (unassigned, 'vikar' is no new GP); the HPR numbers are in brackets after the names; the last day 31.05.2025, the letter date and the org.nr. are distractors. Received Mon 7 Apr 2025, registered Wed 9 Apr, 53 days before 1 Jun: in time; 55 days ahead."))
ATTACH["q_a02_sor_odal_pdf_table_two_changes"] = [
    part(pdf_sor_odal(), "pdf", "Brev til Helfo - endringer Skarnes legesenter.pdf")]

weekday(2025, 7, 3, 3)
add("documents", "q_a03_eidskog_odt_ballot_boxes",
    date=hdate(2025, 7, 3, 7, 55, 26, UTC), sender=("Frode Lie", "frode.lie@eidskog.kommune.no"),
    subject="Ny fastlege Skotterud legesenter",
    extra=outlook("Ny fastlege Skotterud legesenter", "q_a03", attach=True),
    plain="""Hei,

Se vedlagt melding til fastlegeregisteret.

Mvh
Frode Lie
Enhetsleder helse
Eidskog kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3416", needs_review=False,
              orders=[change("new_gp", "341602", clinic="Skotterud legesenter", prev="Ragnar Lie",
                             prev_hpr="3416109", gp="Oda Sæter", hpr="8841276",
                             start=D(2025, 9, 1), ceiling=900)],
              note="An .odt whose kind of change is ticked with ballot-box characters ('☒ Ny fastlege ☐ Ubesatt liste'): both words are on the page, the ticked one and the filled new-GP line make it a new_gp. The sender shares the old GP's surname; the last day 31.08.2025 is not the start. Received Thu 3 Jul 2025, registered Mon 7 Jul, 56 days before 1 Sep: in time; 60 days ahead."))
ATTACH["q_a03_eidskog_odt_ballot_boxes"] = [
    part(odt_eidskog(), ODT_MIME, "Melding til fastlegeregisteret 341602.odt")]

weekday(2025, 6, 17, 1)
add("documents", "q_a04_trysil_pdf_letter_manual_request",
    date=hdate(2025, 6, 17, 11, 8, 52, UTC), sender=("Ragnhild Sætre", "ragnhild.saetre@trysil.kommune.no"),
    subject="Brev fra Trysil kommune – fastlegeordningen",
    extra=outlook("Brev fra Trysil kommune – fastlegeordningen", "q_a04", attach=True),
    plain="""Hei,

Se vedlagt brev.

Med vennlig hilsen
Ragnhild Sætre
Rådgiver, Helse og omsorg
Trysil kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="3421", needs_review=False,
              orders=[manual(True)], forbid=MR_FORBID,
              note="The request for manual distribution is a formal municipal letter in a PDF (reportlab, text layer: 'Anmodning om manuell fordeling', 'slå av den automatiske tildelingen ... fra 1. juli 2025'); subject and body say nothing; the council's decision date and case number are no orders, nor is the form announced for later."))
ATTACH["q_a04_trysil_pdf_letter_manual_request"] = [
    part(pdf_trysil(), "pdf", "Brev til Helfo 25-812-3.pdf")]

weekday(2025, 2, 4, 1)
add("documents", "q_a05_amot_docx_ceiling_application",
    date=hdate(2025, 2, 4, 8, 27, 10, UTC), sender=("Kirsti Haugen", "kirsti.haugen@amot.kommune.no"),
    subject="Søknad om økt listetak",
    extra=outlook("Søknad om økt listetak", "q_a05", attach=True),
    plain="""Hei,

Vedlagt søknad fra en av fastlegene våre om økt listetak. Kommunen har innvilget søknaden.

Med vennlig hilsen
Kirsti Haugen
Kommuneoverlege
Åmot kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="3422", needs_review=False,
              orders=[ceiling("342207", "Tor Arne Bakken", hpr="3422114", increase=200, new=1400)],
              forbid=LR_FORBID,
              note="A list request as a .docx: the GP's application in a label/value Word table ('Nåværende listetak 1200', 'Ønsket listetak 1400': increase 200, new ceiling 1400) with the municipality's approval under it; the dates (01.03.2025, 29.01.2025, 03.02.2025) are no counts."))
ATTACH["q_a05_amot_docx_ceiling_application"] = [
    part(docx_amot(), DOCX_MIME, "Søknad listetak Tor Arne Bakken.docx")]

weekday(2025, 9, 1, 0)
add("documents", "q_a06_ringebu_pdf_name_only_under_signature",
    date=hdate(2025, 9, 1, 10, 3, 19, UTC), sender=("Eldrid Bakken", "eldrid.bakken@ringebu.kommune.no"),
    subject="Oppsigelse fastlegeavtale",
    extra=outlook("Oppsigelse fastlegeavtale", "q_a06", attach=True),
    plain="""Hei,

Oversendes til registrering, se vedlagte brev.

Vennlig hilsen
Eldrid Bakken
Helse og omsorg
Ringebu kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3439", needs_review=False,
              orders=[term("Marianne Steien", "3439152", "Ringebu legesenter", D(2025, 8, 28),
                           last=D(2026, 1, 31))],
              note="A GP's PDF letter (reportlab, text layer, a drawn signature) whose text never names her: the name is only in the signature block under 'Med vennlig hilsen', the HPR number only in the letter's subject line. Letter date 28. august 2025 is the notice date; agreed last day 31 January 2026 (stated, a month short of the notice period), transfer 1 Feb 2026. flr_list_id not scored."))
ATTACH["q_a06_ringebu_pdf_name_only_under_signature"] = [
    part(pdf_ringebu(), "pdf", "Oppsigelse.pdf")]


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------
RAW = {"q_o02_postfix_delay_warning_headers_only": DSN_DELAY}


def build(m):
    if m["name"] in RAW:
        rcvd = m["date"]
        return RAW[m["name"]].format(date=m["date"], rcvd=rcvd).replace("\n", "\r\n").encode("ascii")
    if m["name"] in PLAIN_ONLY:
        m = dict(m, html=None)
    extra = ATTACH.get(m["name"])
    if not extra:
        return X.build(m)
    base = BytesParser(policy=policy.compat32).parsebytes(X.build(m))
    h = hashlib.md5(m["name"].encode()).hexdigest()[:20].upper()
    outer = MIMEMultipart("mixed", boundary="_004_" + h + "_")
    if base.is_multipart():
        body = MIMEMultipart("alternative", boundary="_000_" + h + "_")
        for p in base.get_payload():
            body.attach(p)
        outer.attach(body)
    else:
        body = BytesParser(policy=policy.compat32).parsebytes(X.build(m))
        for k in list(body.keys()):
            if k.lower() not in ("content-type", "content-transfer-encoding"):
                del body[k]
        outer.attach(body)
    for p in extra:
        outer.attach(p)
    for k, v in base.items():
        if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            outer[k] = v
    for k in ("MIME-Version", "Content-Type"):
        v = outer[k]
        del outer[k]
        outer[k] = v
    return outer.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


def append_rows(path: Path, header: str, rows):
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not existing:
        path.write_text(header + "\n", encoding="utf-8")
        existing = [header]
    keys = {line.split(",")[0] for line in existing[1:]}
    new = [",".join(str(x) for x in r) for r in rows if str(r[0]) not in keys]
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) and all(n.startswith("q_") for n in names)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        data = build(m)
        assert len(data) < 400_000, (m["name"], len(data))
        (folder / f"{m['name']}.eml").write_bytes(data)
        gold = X.finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size", LISTS_Q)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_Q)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
