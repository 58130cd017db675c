#!/usr/bin/env python3
"""Build the w_ test corpus for `postmottak parse`: distribution forms,
manual distribution requests and list requests.

    .venv/bin/python tests/corpus/make_corpus_w.py [OUTDIR]

Written in the style of the shared corpus (Outlook / Thunderbird / iPhone
headers, multipart/alternative with an HTML twin, municipal signatures), each
message hard in one way.  The distribution forms come in layouts the shared
corpus does not have: .xlsm, .ods and .xls (LibreOffice headless from an
openpyxl workbook), a semicolon .csv, header words in other forms, hidden
columns, numbers written with units, formulas with cached values, a header on
row 12 under a long instruction text, two forms in one message, a
password-protected workbook and an empty template.

Writes NAME.eml + NAME.expected.json (prefix w_) into the kind folders and
APPENDS the lists and municipalities these messages need to
registry/lists.csv and registry/unassigned.csv (rows already present are left
alone).  Fixed Message-IDs, boundaries and dates; the openpyxl, csv and xlsm
attachments are byte-reproducible, the LibreOffice (.ods, .xls) and the
encrypted workbook (random salt) are equivalent on a rebuild, not identical.

Gold helpers (registry findings) are those of make_corpus.py, imported here.
Municipalities, numbers and domains are real (2024 numbering); people, HPR
numbers, FLR list IDs and phone numbers are made up.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from email import policy
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.parser import BytesParser
from pathlib import Path

import holidays
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402  (helpers only; its messages are dropped)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, dist, ceiling, lock = X.hdate, X.dist, X.ceiling, X.lock
BASE_FORBID = X.BASE_FORBID
X.MESSAGES.clear()
add = X.add
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))

# --------------------------------------------------------------------------
# Registry rows for the w_ messages (appended to the snapshot)
# --------------------------------------------------------------------------
LISTS_W = [
    # Asker (manual, 30)
    ("320302", "3203", "Hanna Berge", "3203021", "open", 1000, 985),
    ("320309", "3203", "Ole Fredrik Dahl", "3203095", "closed", 900, 900),
    ("320316", "3203", "Mona Strøm", "3203164", "locked", 1100, 1092),
    # Stange (manual, 10)
    ("341302", "3413", "Karianne Holm", "3413027", "open", 1000, 990),
    ("341307", "3413", "Trond Ødegård", "3413072", "open", 1200, 1185),
    # Hå (manual, 8)
    ("111904", "1119", "Sindre Time", "1119043", "open", 1000, 992),
    ("111911", "1119", "Eli Njå", "1119118", "open", 1200, 1196),
    # Time (manual, 12)
    ("112103", "1121", "Per Bryne", "1121036", "open", 900, 897),
    ("112109", "1121", "Randi Undheim", "1121094", "open", 1000, 980),
    # Klepp (manual, 15)
    ("112005", "1120", "Anders Orre", "1120057", "closed", 1000, 1000),
    ("112012", "1120", "Kjersti Voll", "1120129", "open", 1100, 1085),
    # Randaberg (manual, 9)
    ("112704", "1127", "Lars Tungland", "1127046", "open", 1000, 990),
    ("112710", "1127", "Ingeborg Vik", "1127103", "locked", 800, 795),
    # Færder (manual, 20)
    ("391103", "3911", "Mona Lie", "3911038", "open", 1000, 988),
    ("391108", "3911", "Håvard Kjær", "3911081", "locked", 1100, 1094),
    ("391115", "3911", "Tone Nøtterø", "3911152", "open", 900, 890),
    # Årdal (manual, 10)
    ("464302", "4643", "Eirik Hauge", "4643027", "closed", 900, 891),
    ("464309", "4643", "Solveig Bolstad", "4643091", "closed", 800, 796),
    # Stad (manual, 14)
    ("464903", "4649", "Nils Loen", "4649039", "open", 1000, 990),
    ("464910", "4649", "Marte Flo", "4649106", "open", 900, 893),
    ("464917", "4649", "Ivar Hjelle", "4649174", "open", 800, 790),
    # Bømlo (manual, 8)
    ("461305", "4613", "Kari Førde", "4613057", "open", 1000, 985),
    ("461311", "4613", "Bjarte Vikse", "4613110", "open", 1000, 992),
    # Sula (manual, 6)
    ("153104", "1531", "Ragnhild Osnes", "1531048", "open", 1000, 992),
    ("153109", "1531", "Petter Dimmen", "1531093", "open", 900, 895),
    # Hadsel (automatic, 5)
    ("186603", "1866", "Gunn Hansen", "1866031", "locked", 1000, 975),
    ("186608", "1866", "Rolf Strand", "1866085", "open", 900, 890),
    # Inderøy (manual, 12)
    ("505302", "5053", "Jon Vinne", "5053024", "open", 1000, 990),
    ("505306", "5053", "Hilde Ørin", "5053067", "open", 1000, 992),
    # Modum (list requests)
    ("331603", "3316", "Even Bråthen", "3316035", "open", 1000, 998),
    ("331608", "3316", "Lene Vikersund", "3316086", "closed", 900, 900),
    ("331614", "3316", "Jørn Geithus", "3316142", "open", 1200, 1195),
]
UNASSIGNED_W = [
    ("3203", 30, "manual"), ("3413", 10, "manual"), ("1119", 8, "manual"),
    ("1121", 12, "manual"), ("1120", 15, "manual"), ("1127", 9, "manual"),
    ("3911", 20, "manual"), ("4643", 10, "manual"), ("4649", 14, "manual"),
    ("4613", 8, "manual"), ("1531", 6, "manual"), ("1866", 5, "automatic"),
    ("3314", 7, "manual"), ("1865", 4, "manual"), ("5053", 12, "manual"),
]


def _existing(path: Path):
    if not path.exists():
        return {}
    return {line.split(",")[0]: line for line in path.read_text(encoding="utf-8").splitlines()[1:]}


_have_lists = _existing(HERE / "registry" / "lists.csv")
_have_una = _existing(HERE / "registry" / "unassigned.csv")
for r in LISTS_W:
    assert r[0] not in X.REG, r
    # a row already in the file must be ours, unchanged (a rerun)
    assert r[0] not in _have_lists or _have_lists[r[0]] == ",".join(map(str, r)), r
    X.REG[r[0]] = r
for u in UNASSIGNED_W:
    assert u[0] not in X.UNA, u
    assert u[0] not in _have_una or _have_una[u[0]] == ",".join(map(str, u)), u
    X.UNA[u[0]] = u

ATTACH: dict[str, list] = {}
GOLD_FIX: dict[str, dict] = {}   # req/forbid replaced after finish_gold


def weekday_ok(y, m, d):
    assert D(y, m, d).weekday() < 5, (y, m, d)


def outlook(subject, name, attach=False):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs):\s*", "", subject)
    import base64
    idx = base64.b64encode(hashlib.sha1(name.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


def reply_headers(name, domain="helfo.no"):
    ref = f"<{hashlib.sha1((name + 'ref').encode()).hexdigest()[:20].upper()}@{domain}>"
    return {"In-Reply-To": ref, "References": ref}


THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
IPHONE = {"X-Mailer": "iPhone Mail (22B91)"}

# --------------------------------------------------------------------------
# Spreadsheet helpers
# --------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _head(ws, row, col, names, widths=None):
    for i, n in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=n)
        c.font, c.fill, c.border = BOLD, FILL, BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + col - 1 + i)].width = w


def _rows(ws, row, col, rows):
    for r, vals in enumerate(rows):
        for i, v in enumerate(vals):
            ws.cell(row=row + r, column=col + i, value=v).border = BOX


def _repack(data: bytes, when: dt.datetime, patch=None) -> bytes:
    """Rewrite a zip with pinned timestamps; patch(name, bytes) -> bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if patch:
                body = patch(info.filename, body)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, body)
    return out.getvalue()


def _finish(wb, author, when: dt.datetime, patch=None) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = author
    wb.properties.created = when
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def p(name, body):
        if name == "docProps/core.xml":
            body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + stamp + rb"\g<2>", body)
        return patch(name, body) if patch else body
    return _repack(buf.getvalue(), when, p)


LO_PROFILE = os.path.join(tempfile.gettempdir(), "make_corpus_w_lo_profile")


def soffice(xlsx: bytes, fmt: str, ext: str, when: dt.datetime) -> bytes:
    """Convert an xlsx with LibreOffice Calc headless (fmt: a --convert-to
    target); zip outputs get pinned timestamps and meta dates."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "skjema.xlsx")
        Path(src).write_bytes(xlsx)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
                        "--convert-to", fmt, "--outdir", os.path.join(tmp, "out"), src],
                       check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, TZ="Europe/Oslo"))
        data = Path(tmp, "out", "skjema." + ext).read_bytes()
    if data[:2] == b"PK":
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S").encode()

        def p(name, body):
            if name == "meta.xml":
                body = re.sub(rb"(<meta:creation-date>)[^<]*(</meta:creation-date>)", rb"\g<1>" + stamp + rb"\g<2>", body)
                body = re.sub(rb"(<dc:date>)[^<]*(</dc:date>)", rb"\g<1>" + stamp + rb"\g<2>", body)
            return body
        data = _repack(data, when, p)
    return data


MIME = {
    "xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsm": "vnd.ms-excel.sheet.macroEnabled.12",
    "ods": "vnd.oasis.opendocument.spreadsheet",
    "xls": "vnd.ms-excel",
}


def part(data: bytes, filename: str):
    ext = filename.rsplit(".", 1)[1]
    if ext == "csv":
        p = MIMEApplication(data, "octet-stream")
        p.replace_header("Content-Type", f'text/csv; charset="utf-8"; name="{filename}"')
    else:
        p = MIMEApplication(data, MIME[ext])
        p.set_param("name", filename)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# --------------------------------------------------------------------------
# The forms
# --------------------------------------------------------------------------
def form_asker_xlsm() -> bytes:
    """A macro-enabled workbook (.xlsm content type); the name column first,
    headers 'Listeinnehaver', 'FLR-nummer', 'Antall som skal fordeles',
    'Økt listetak (antall)'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Asker kommune – Helse og omsorg"
    ws["A3"] = "Dato: 04.02.2025"
    _head(ws, 5, 1, ["Listeinnehaver", "FLR-nummer", "Antall som skal fordeles",
                     "Økt listetak (antall)"], [24, 14, 20, 18])
    _rows(ws, 6, 1, [
        ["Hanna Berge", 320302, 6, None],
        ["Ole Fredrik Dahl", 320309, 5, 5],
        ["Mona Strøm", 320316, 5, None],
    ])

    def p(name, body):
        if name == "[Content_Types].xml":
            body = body.replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        return body
    return _finish(wb, "Torunn Aasen", dt.datetime(2025, 2, 4, 8, 40), p)


def form_stange_ods() -> bytes:
    """Saved as .ods by LibreOffice; 'Heving av listetak'; an 'I alt' row;
    one list number that is not in the registry."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Stange kommune – manuell fordeling av innbyggere uten fastlege"
    ws["A1"].font = BOLD
    ws["A2"] = "Mars 2025"
    _head(ws, 4, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Heving av listetak"], [12, 22, 18, 18])
    _rows(ws, 5, 1, [
        [341302, "Karianne Holm", 4, 0],
        [341307, "Trond Ødegård", 3, 0],
        [341399, "Guri Sletta", 2, 0],
    ])
    ws["A8"] = "I alt"
    ws["A8"].font = BOLD
    ws["C8"] = 9
    ws["D8"] = 0
    return soffice(_finish(wb, "Stange kommune", dt.datetime(2025, 3, 11, 9, 0)),
                   "ods", "ods", dt.datetime(2025, 3, 11, 9, 5))


INSTRUCTIONS = [
    "Skjema for manuell fordeling av innbyggere",
    "",
    "Slik fyller du ut skjemaet:",
    "1. Kommunen avtaler med fastlegene hvor mange innbyggere hver liste skal få.",
    "2. Skriv én rad per fastlege: FLR-ID, navn på fastlegen og antall innbyggere.",
    "3. Er listen full eller lukket, skriv hvor mye listetaket skal økes. Tom celle = ingen økning.",
    "4. Barn følger foreldrene, så en liste kan få flere innbyggere enn det som står i skjemaet.",
    "5. Antall innbyggere kan ikke være høyere enn antall innbyggere uten fastlege i kommunen.",
    "6. Send utfylt skjema som vedlegg til post@helfo.no. Ikke skriv personopplysninger i skjemaet.",
    "Eksempel: FLR-ID 10, Fastlege a, 5 innbyggere, økning 0 – FLR-ID 11, Fastlege b, 10 innbyggere, økning 10.",
]


def form_ha_xls() -> bytes:
    """Old Excel 97 format (.xls via LibreOffice); a long instruction text
    with an example above the header on row 12."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    for r, line in enumerate(INSTRUCTIONS, start=1):
        ws.cell(row=r, column=1, value=line)
    ws["A1"].font = TITLE
    _head(ws, 12, 1, ["FLR-ID", "Navn på fastlege", "Antall innbyggere", "Økning av listetak"],
          [12, 24, 18, 18])
    _rows(ws, 13, 1, [
        [111904, "Sindre Time", 5, None],
        [111911, "Eli Njå", 3, None],
    ])
    return soffice(_finish(wb, "Hå kommune", dt.datetime(2025, 4, 8, 10, 0)),
                   "xls:MS Excel 97", "xls", dt.datetime(2025, 4, 8, 10, 5))


def form_time_csv() -> bytes:
    """Excel's 'CSV UTF-8' export with semicolons: BOM, CRLF, an empty field
    for a blank increase."""
    lines = ["FLR-ID;Fastlege;Antall innbyggere;Økning av listetak",
             "112103;Per Bryne;5;",
             "112109;Randi Undheim;4;0"]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def form_klepp_units() -> bytes:
    """Counts written with units and words: '10 pers.', '3 pers.', '3 (tre)'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere – Klepp kommune"
    ws["A1"].font = BOLD
    _head(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 20, 18, 18])
    _rows(ws, 4, 1, [
        [112012, "Kjersti Voll", "10 pers.", None],
        [112005, "Anders Orre", "3 pers.", "3 (tre)"],
    ])
    return _finish(wb, "Klepp kommune", dt.datetime(2025, 5, 13, 9, 20))


def form_randaberg_formulas() -> bytes:
    """Formulas with cached values, as Excel saves them: a count '=4+2'
    (two batches added), an increase '=0' and a 'SUM' row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Randaberg kommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Skjema for manuell fordeling av innbyggere"
    _head(ws, 4, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 20, 18, 18])
    _rows(ws, 5, 1, [
        [112704, "Lars Tungland", "=4+2", 0],
        [112710, "Ingeborg Vik", 3, "=0"],
    ])
    ws["A7"] = "SUM"
    ws["A7"].font = BOLD
    ws["C7"] = "=SUM(C5:C6)"
    ws["D7"] = "=SUM(D5:D6)"
    cached = {"C5": "6", "D6": "0", "C7": "9", "D7": "0"}

    def p(name, body):
        if name == "xl/worksheets/sheet1.xml":
            for ref, v in cached.items():
                body, n = re.subn(rb'(<c r="' + ref.encode() + rb'"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?',
                                  rb"\g<1>\g<2><v>" + v.encode() + rb"</v>", body)
                assert n == 1, (ref, body[:2000])
        return body
    return _finish(wb, "Randaberg kommune", dt.datetime(2025, 6, 3, 8, 0), p)


def form_faerder_hidden() -> bytes:
    """Two hidden columns (HPR-nummer, Listestørrelse) between the name and
    the numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Færder kommune"
    _head(ws, 4, 1, ["FLR-ID", "Fastlege", "HPR-nummer", "Listestørrelse", "Antall innbyggere",
                     "Økning av listetak"], [12, 20, 12, 14, 18, 18])
    _rows(ws, 5, 1, [
        [391103, "Mona Lie", 3911038, 988, 7, 0],
        [391108, "Håvard Kjær", 3911081, 1094, 6, 0],
        [391115, "Tone Nøtterø", 3911152, 890, 4, 0],
    ])
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions["D"].hidden = True
    return _finish(wb, "Færder kommune", dt.datetime(2025, 8, 19, 12, 10))


def form_ardal_nynorsk() -> bytes:
    """Nynorsk headers 'Liste', 'Lege', 'Tal nye innbyggjarar', 'Auke i
    listetak'; an 'I alt' row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggjarar – Årdal kommune"
    ws["A1"].font = BOLD
    _head(ws, 3, 1, ["Liste", "Lege", "Tal nye innbyggjarar", "Auke i listetak"], [10, 20, 20, 16])
    _rows(ws, 4, 1, [
        [464302, "Eirik Hauge", 3, None],
        [464309, "Solveig Bolstad", 7, 3],
    ])
    ws["A6"] = "I alt"
    ws["A6"].font = BOLD
    ws["C6"] = 10
    ws["D6"] = 3
    return _finish(wb, "Årdal kommune", dt.datetime(2025, 3, 4, 9, 30))


def form_stad(clinic, rows, when) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggarar"
    ws["A1"].font = TITLE
    ws["A2"] = f"Stad kommune – {clinic}"
    _head(ws, 4, 1, ["FLR-ID", "Fastlege", "Tal innbyggarar som skal fordelast", "Auke i listetak"],
          [12, 20, 22, 16])
    _rows(ws, 5, 1, rows)
    return _finish(wb, "Stad kommune", when)


def form_bomlo_twice() -> bytes:
    """The same row twice (a copy-paste slip)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    _head(ws, 1, 1, ["FLR-ID", "Fastlege", "Tal innbyggjarar", "Auke i listetak"], [12, 20, 16, 16])
    _rows(ws, 2, 1, [
        [461305, "Kari Førde", 3, 0],
        [461311, "Bjarte Vikse", 2, 0],
        [461305, "Kari Førde", 3, 0],
    ])
    return _finish(wb, "Bømlo kommune", dt.datetime(2025, 9, 9, 13, 0))


def form_sula_wrong_kommune() -> bytes:
    """The neighbour's template: 'Kommune: Giske', 'Kommunenummer: 1532'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggarar"
    ws["A1"].font = TITLE
    ws["A3"] = "Kommune"
    ws["B3"] = "Giske"
    ws["A4"] = "Kommunenummer"
    ws["B4"] = "1532"
    ws["A5"] = "Kontaktperson"
    ws["B5"] = "Brit Synnes"
    _head(ws, 7, 1, ["FLR-ID", "Fastlege", "Tal innbyggarar", "Auke i listetak"], [14, 22, 16, 16])
    _rows(ws, 8, 1, [
        [153104, "Ragnhild Osnes", 4, None],
        [153109, "Petter Dimmen", 2, None],
    ])
    return _finish(wb, "Brit Synnes", dt.datetime(2025, 10, 7, 10, 0))


def form_hadsel() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Hadsel kommune"
    _head(ws, 4, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], [12, 20, 18, 18])
    _rows(ws, 5, 1, [
        [186603, "Gunn Hansen", 3, None],
        [186608, "Rolf Strand", 2, None],
    ])
    return _finish(wb, "Hadsel kommune", dt.datetime(2025, 11, 11, 9, 0))


def form_ovre_eiker_encrypted() -> bytes:
    """A filled form saved with a password to open (Agile encryption)."""
    import msoffcrypto.format.ooxml as ooxml
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere – Øvre Eiker kommune"
    _head(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 4, 1, [[331402, "Aud Hokksund", 4, None], [331409, "Geir Vestfossen", 3, None]])
    plain = _finish(wb, "Øvre Eiker kommune", dt.datetime(2025, 12, 2, 8, 0))
    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(plain)).encrypt("Fastlege2025!", out)
    return out.getvalue()


def form_vagan_empty() -> bytes:
    """The blank template as sent out: title, instruction line, headers,
    ten empty bordered rows and a Sum row with formulas."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Fyll ut skjemaet og send det til post@helfo.no"
    for r, k in enumerate(["Kommune", "Kommunenummer", "Kontaktperson", "E-post", "Dato"], start=4):
        ws.cell(row=r, column=1, value=k).font = BOLD
    _head(ws, 10, 1, ["FLR-ID", "Fastlege", "Antall innbyggere som skal fordeles", "Økning av listetak",
                      "Merknad"], [12, 24, 20, 16, 30])
    _rows(ws, 11, 1, [[None] * 5 for _ in range(10)])
    ws["A21"] = "Sum"
    ws["A21"].font = BOLD
    ws["C21"] = "=SUM(C11:C20)"
    ws["D21"] = "=SUM(D11:D20)"
    return _finish(wb, "Vågan kommune", dt.datetime(2026, 1, 13, 8, 50))


# ==========================================================================
# distribution/
# ==========================================================================
SIG_ASKER = """Med vennlig hilsen
Torunn Aasen
Rådgiver, Helse og omsorg
Asker kommune
Tlf. 66 90 90 00"""

weekday_ok(2025, 2, 4)
add("distribution", "w_d01_asker_xlsm_name_first",
    date=hdate(2025, 2, 4, 8, 52, 11, UTC), sender=("Torunn Aasen", "torunn.aasen@asker.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere - Asker kommune",
    extra=outlook("Skjema for manuell fordeling av innbyggere - Asker kommune", "w_d01", attach=True),
    plain=f"""Hei,

Vedlagt følger utfylt skjema for manuell fordeling av innbyggere uten fastlege i Asker. Skjemaet er lagret som makroaktivert arbeidsbok fordi malen vår har en knapp for å sjekke summen, men det ligger ingen makroer som trenger å kjøres.

{SIG_ASKER}
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="3203", needs_review=False,
              orders=[dist("320302", "Hanna Berge", 6), dist("320309", "Ole Fredrik Dahl", 5, 5),
                      dist("320316", "Mona Strøm", 5)],
              note="A macro-enabled workbook (.xlsm, application/vnd.ms-excel.sheet.macroEnabled.12) with the name column first and other header words: 'Listeinnehaver', 'FLR-nummer', 'Antall som skal fordeles', 'Økt listetak (antall)'. 320309 is full and closed, +5 covers 5 exactly; 16 of 30 unassigned."))
ATTACH["w_d01_asker_xlsm_name_first"] = [
    part(form_asker_xlsm(), "Skjema for manuell fordeling av innbyggere - Asker.xlsm")]

weekday_ok(2025, 3, 11)
add("distribution", "w_d02_stange_ods_unknown_list",
    date=hdate(2025, 3, 11, 9, 14, 2), sender=("Kristin Ødegaard", "kristin.odegaard@stange.kommune.no"),
    subject="Manuell fordeling mars", extra=THUNDERBIRD,
    plain="""Hei,

Vedlagt er fordelingen for mars (LibreOffice-fil, vi har ikke Excel her).

Hilsen
Kristin Ødegaard
Kommuneoverlege
Stange kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="3413", needs_review=True,
              orders=[dist("341302", "Karianne Holm", 4), dist("341307", "Trond Ødegård", 3),
                      dist("341399", "Guri Sletta", 2)],
              note="An OpenDocument spreadsheet (.ods, LibreOffice) with 'Heving av listetak' and an 'I alt' row that is no order. 341399 is not in the registry: list_unknown, review (capacity for it not scored). 9 of 10 unassigned."))
ATTACH["w_d02_stange_ods_unknown_list"] = [part(form_stange_ods(), "Fordeling_Stange_mars2025.ods")]

weekday_ok(2025, 4, 8)
add("distribution", "w_d03_haa_xls_header_row_12",
    date=hdate(2025, 4, 8, 10, 21, 40), sender=("Oddvar Skjæveland", "oddvar.skjaeveland@ha.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege",
    extra=outlook("Fordeling av innbyggere uten fastlege", "w_d03", attach=True),
    plain="""Hei,

Se vedlagt skjema. Vi fordeler alle åtte som står uten fastlege i Hå nå.

Med vennlig hilsen
Oddvar Skjæveland
Seksjonsleder helse
Hå kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1119", needs_review=False,
              orders=[dist("111904", "Sindre Time", 5), dist("111911", "Eli Njå", 3)],
              note="Old Excel 97 format (.xls, BIFF8 written by LibreOffice). Ten lines of instructions, with an example 'FLR-ID 10, Fastlege a, 5 innbyggere' that is no order, above the header on row 12; blank increases. Boundaries that must not fire: 8 of 8 unassigned; 111904 gets 5 of 8 free."))
ATTACH["w_d03_haa_xls_header_row_12"] = [part(form_ha_xls(), "Skjema manuell fordeling Hå.xls")]

weekday_ok(2025, 5, 6)
add("distribution", "w_d04_time_csv_semicolons_capacity",
    date=hdate(2025, 5, 6, 12, 3, 55), sender=("Marianne Undheim", "marianne.undheim@time.kommune.no"),
    subject="Skjema for manuell fordeling – Time kommune",
    extra=outlook("Skjema for manuell fordeling – Time kommune", "w_d04", attach=True),
    plain="""Hei,

Vedlagt fordeling for mai som CSV-fil (eksportert fra fagsystemet vårt).

Med vennlig hilsen
Marianne Undheim
Rådgiver, Helse og velferd
Time kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1121", needs_review=True,
              orders=[dist("112103", "Per Bryne", 5), dist("112109", "Randi Undheim", 4)],
              note="The form as a CSV file: Excel's 'CSV UTF-8' with a BOM, semicolons, CRLF and an empty last field for a blank increase. 112103 has 3 free and gets 5 with no increase: capacity_insufficient, review. 9 of 12 unassigned."))
ATTACH["w_d04_time_csv_semicolons_capacity"] = [part(form_time_csv(), "fordeling_time_2025-05.csv")]

weekday_ok(2025, 5, 13)
add("distribution", "w_d05_klepp_units_in_cells",
    date=hdate(2025, 5, 13, 9, 31, 18), sender=("Solfrid Orre", "solfrid.orre@klepp.kommune.no"),
    subject="Manuell fordeling - Klepp",
    extra=outlook("Manuell fordeling - Klepp", "w_d05", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling. Anders Orre har sagt ja til å ta tre til selv om listen hans er full, så listetaket hans må økes tilsvarende.

Med vennlig hilsen
Solfrid Orre
Helse og mestring
Klepp kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1120", needs_review=None,
              orders=[dist("112012", "Kjersti Voll", 10), dist("112005", "Anders Orre", 3, 3)],
              note="Counts typed with units and words: '10 pers.', '3 pers.' and an increase '3 (tre)'; blank increase = 0; review either way (a parser may hold values it had to clean). 112012 gets 10 of 15 free; 112005 is full and closed, +3 covers 3 exactly (must not fire). 13 of 15 unassigned."))
ATTACH["w_d05_klepp_units_in_cells"] = [part(form_klepp_units(), "Skjema manuell fordeling Klepp mai.xlsx")]

weekday_ok(2025, 6, 3)
add("distribution", "w_d06_randaberg_formulas_cached",
    date=hdate(2025, 6, 3, 8, 12, 44), sender=("Geir Tungland", "geir.tungland@randaberg.kommune.no"),
    subject="Bestilling av fordeling – Randaberg kommune",
    extra=outlook("Bestilling av fordeling – Randaberg kommune", "w_d06", attach=True),
    plain="""Hei,

Vedlagt bestilling av fordeling. Lars Tungland tar fire fra forrige runde og to nye, til sammen seks.

Med vennlig hilsen
Geir Tungland
Kommuneoverlege
Randaberg kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1127", needs_review=False,
              orders=[dist("112704", "Lars Tungland", 6), dist("112710", "Ingeborg Vik", 3)],
              note="Formulas with cached values, as Excel saves them: a count '=4+2' (cached 6), an increase '=0', a 'SUM' row '=SUM(C5:C6)' (cached 9) that is no order. 9 of 9 unassigned (must not fire); 112710 is locked with 5 free."))
ATTACH["w_d06_randaberg_formulas_cached"] = [part(form_randaberg_formulas(), "Fordeling Randaberg juni.xlsx")]

weekday_ok(2025, 8, 19)
add("distribution", "w_d07_faerder_hidden_columns",
    date=hdate(2025, 8, 19, 12, 25, 3), sender=("Line Kjær", "line.kjaer@faerder.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    extra=outlook("Skjema for manuell fordeling av innbyggere", "w_d07", attach=True),
    plain="""Hei,

Vedlagt skjema for august.

Med vennlig hilsen
Line Kjær
Enhet for helse
Færder kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="3911", needs_review=False,
              orders=[dist("391103", "Mona Lie", 7), dist("391108", "Håvard Kjær", 6),
                      dist("391115", "Tone Nøtterø", 4)],
              note="Two hidden columns (HPR-nummer, Listestørrelse with numbers near 1000) sit between the name and the counts. 391108 is locked with exactly 6 free for 6 (must not fire); 17 of 20 unassigned."))
ATTACH["w_d07_faerder_hidden_columns"] = [part(form_faerder_hidden(), "Skjema for manuell fordeling - Færder.xlsx")]

weekday_ok(2025, 3, 4)
add("distribution", "w_d08_ardal_nynorsk_boundaries",
    date=hdate(2025, 3, 4, 9, 40, 27), sender=("Ingrid Bolstad", "ingrid.bolstad@ardal.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggjarar – Årdal kommune",
    extra=outlook("Skjema for manuell fordeling av innbyggjarar – Årdal kommune", "w_d08", attach=True),
    plain="""Hei,

Vedlagt er skjema for fordeling av dei ti innbyggjarane som står utan fastlege i Årdal.

Med helsing
Ingrid Bolstad
Kommunalsjef helse
Årdal kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4643", needs_review=False,
              orders=[dist("464302", "Eirik Hauge", 3), dist("464309", "Solveig Bolstad", 7, 3)],
              note="Nynorsk headers 'Liste', 'Lege', 'Tal nye innbyggjarar', 'Auke i listetak' and an 'I alt' row. Boundaries that must not fire: 464309 has 4 free + 3 = 7 for 7; 464302 is closed with 9 free (under 10); 10 of 10 unassigned."))
ATTACH["w_d08_ardal_nynorsk_boundaries"] = [part(form_ardal_nynorsk(), "Fordeling Årdal mars 2025.xlsx")]

weekday_ok(2025, 9, 2)
add("distribution", "w_d09_stad_two_forms",
    date=hdate(2025, 9, 2, 11, 5, 30), sender=("Astrid Loen", "astrid.loen@stad.kommune.no"),
    subject="Manuell fordeling – to skjema",
    extra=outlook("Manuell fordeling – to skjema", "w_d09", attach=True),
    plain="""Hei,

Legekontora har fylt ut kvart sitt skjema, så de får to vedlegg denne gongen: eitt for Nordfjordeid legesenter og eitt for Selje legekontor. Til saman 12 innbyggjarar.

Med helsing
Astrid Loen
Rådgjevar helse
Stad kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4649", needs_review=False,
              orders=[dist("464903", "Nils Loen", 5), dist("464910", "Marte Flo", 3),
                      dist("464917", "Ivar Hjelle", 4)],
              note="Two forms attached, one per clinic: the orders of both form one distribution order (5 + 3 from the first, 4 from the second). 12 of 14 unassigned."))
ATTACH["w_d09_stad_two_forms"] = [
    part(form_stad("Nordfjordeid legesenter", [[464903, "Nils Loen", 5, None], [464910, "Marte Flo", 3, None]],
                    dt.datetime(2025, 9, 1, 14, 0)), "Fordeling Nordfjordeid legesenter.xlsx"),
    part(form_stad("Selje legekontor", [[464917, "Ivar Hjelle", 4, None]],
                    dt.datetime(2025, 9, 2, 10, 30)), "Fordeling Selje legekontor.xlsx"),
]

weekday_ok(2025, 9, 9)
add("distribution", "w_d10_bomlo_same_row_twice",
    date=hdate(2025, 9, 9, 13, 12, 9), sender=("Eva Vikse", "eva.vikse@bomlo.kommune.no"),
    subject="Fordeling av innbyggjarar utan fastlege",
    extra=outlook("Fordeling av innbyggjarar utan fastlege", "w_d10", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling for Bømlo kommune.

Med helsing
Eva Vikse
Helse og omsorg
Bømlo kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4613", needs_review=None,
              orders=[dist("461305", "Kari Førde", 3), dist("461311", "Bjarte Vikse", 2),
                      dist("461305", "Kari Førde", 3)],
              req=["duplicate_list"],
              note="The same row twice (461305 Kari Førde, 3, a copy-paste slip or two batches): duplicate_list warning, both rows stay orders. 8 of 8 unassigned and 6 to a list with 15 free (must not fire). Review either way."))
ATTACH["w_d10_bomlo_same_row_twice"] = [part(form_bomlo_twice(), "Skjema manuell fordeling.xlsx")]

weekday_ok(2025, 10, 7)
add("distribution", "w_d11_sula_form_says_giske",
    date=hdate(2025, 10, 7, 10, 18, 51), sender=("Brit Synnes", "brit.synnes@sula.kommune.no"),
    subject="Skjema manuell fordeling",
    extra=outlook("Skjema manuell fordeling", "w_d11", attach=True),
    plain="""Hei,

Vedlagt fordeling for Sula kommune. Vi har lånt malen frå Giske, så det står dessverre Giske i kommunefeltet i skjemaet – listene er våre.

Med helsing
Brit Synnes
Kommunalsjef helse og omsorg
Sula kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1531", needs_review=None,
              orders=[dist("153104", "Ragnhild Osnes", 4), dist("153109", "Petter Dimmen", 2)],
              note="The form's municipality cells say 'Giske' / '1532' (a borrowed template); sender, signature, body and both lists are Sula (1531): no list_other_municipality. Review either way (the mismatch may be held). 6 of 6 unassigned."))
ATTACH["w_d11_sula_form_says_giske"] = [part(form_sula_wrong_kommune(), "Skjema manuell fordeling Sula.xlsx")]

weekday_ok(2025, 11, 11)
add("distribution", "w_d12_hadsel_automatic_locked_free",
    date=hdate(2025, 11, 11, 9, 8, 33), sender=("Hege Strand", "hege.strand@hadsel.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege – Hadsel",
    extra=outlook("Fordeling av innbyggere uten fastlege – Hadsel", "w_d12", attach=True),
    plain="""Hei,

Vi har fem innbyggere uten fastlege og ønsker å fordele dem selv. Skjema vedlagt.

Med vennlig hilsen
Hege Strand
Helsetjenesten
Hadsel kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1866", needs_review=False,
              orders=[dist("186603", "Gunn Hansen", 3), dist("186608", "Rolf Strand", 2)],
              note="Hadsel is still on automatic assignment: automatic_distribution_active, a warning only, no review. 186603 is locked (not closed) with 25 free: no list_closed_too_free. 5 of 5 unassigned (must not fire). manual_request/w_m05 follows."))
ATTACH["w_d12_hadsel_automatic_locked_free"] = [part(form_hadsel(), "Skjema for manuell fordeling av innbyggere.xlsx")]

weekday_ok(2025, 12, 2)
add("distribution", "w_d13_ovre_eiker_password",
    date=hdate(2025, 12, 2, 8, 20, 6), sender=("Aud Fiskum", "aud.fiskum@ovre-eiker.kommune.no"),
    subject="Skjema for manuell fordeling (passordbeskyttet)",
    extra=outlook("Skjema for manuell fordeling (passordbeskyttet)", "w_d13", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling. Filen er passordbeskyttet etter våre rutiner; passordet kommer i egen e-post.

Med vennlig hilsen
Aud Fiskum
Helse, omsorg og velferd
Øvre Eiker kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="3314", needs_review=True, orders=[],
              note="The workbook is password-protected (OOXML Agile encryption in an OLE container): it cannot be opened, malformed_message, no orders, review; the kind still follows from subject, body and filename."))
ATTACH["w_d13_ovre_eiker_password"] = [part(form_ovre_eiker_encrypted(), "Skjema manuell fordeling Øvre Eiker.xlsx")]
GOLD_FIX["w_d13_ovre_eiker_password"] = dict(
    req=["malformed_message"],
    forbid=["personal_data", "list_unknown", "capacity_insufficient", "exceeds_unassigned"])

weekday_ok(2026, 1, 13)
add("distribution", "w_d14_vagan_empty_template",
    date=hdate(2026, 1, 13, 8, 57, 12), sender=("Tor Arne Hansen", "tor.arne.hansen@vagan.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    extra=outlook("Skjema for manuell fordeling av innbyggere", "w_d14", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling.

Med vennlig hilsen
Tor Arne Hansen
Helse og omsorg
Vågan kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1865", needs_review=None, orders=[],
              note="The attachment is the blank template (headers, ten empty rows, a Sum row of formulas without values): a readable form with no orders. Not malformed; review either way (nothing to queue, but nothing wrong is stated)."))
ATTACH["w_d14_vagan_empty_template"] = [part(form_vagan_empty(), "Skjema for manuell fordeling av innbyggere.xlsx")]
GOLD_FIX["w_d14_vagan_empty_template"] = dict(
    req=[], forbid=["personal_data", "capacity_insufficient", "exceeds_unassigned", "list_unknown",
                    "list_closed_too_free", "automatic_distribution_active", "list_other_municipality"])

VERDAL_TEXT = """Hei,

Inderøy kommune ber om denne fordelingen for desember:

Antall   Økning   Liste    Fastlege
8        0        505302   Jon Vinne
6        0        505306   Hilde Ørin
14                         I alt

Legene er kontaktet og har sagt ja.

Med vennlig hilsen
Siv Ørin
Rådgiver, Helse og mestring
Inderøy kommune
"""
VERDAL_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
</head>
<body lang="NO-BOK">
<div class="WordSection1">
<p class="MsoNormal">Hei,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Inderøy kommune ber om denne fordelingen for desember:<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Antall</b></p></td><td><p class="MsoNormal"><b>Økning</b></p></td><td><p class="MsoNormal"><b>Liste</b></p></td><td><p class="MsoNormal"><b>Fastlege</b></p></td></tr>
<tr><td><p class="MsoNormal">8</p></td><td><p class="MsoNormal">0</p></td><td><p class="MsoNormal">505302</p></td><td><p class="MsoNormal">Jon Vinne</p></td></tr>
<tr><td><p class="MsoNormal">6</p></td><td><p class="MsoNormal">0</p></td><td><p class="MsoNormal">505306</p></td><td><p class="MsoNormal">Hilde Ørin</p></td></tr>
<tr><td><p class="MsoNormal"><b>14</b></p></td><td><p class="MsoNormal">&nbsp;</p></td><td><p class="MsoNormal">&nbsp;</p></td><td><p class="MsoNormal"><b>I alt</b></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Legene er kontaktet og har sagt ja.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Med vennlig hilsen<br>Siv Ørin<br>Rådgiver, Helse og mestring<br>Inderøy kommune<o:p></o:p></p>
</div>
</body>
</html>
"""
weekday_ok(2025, 12, 3)
add("distribution", "w_d15_inderoy_body_table_numbers_first",
    date=hdate(2025, 12, 3, 10, 2, 47), sender=("Siv Ørin", "siv.orin@inderoy.kommune.no"),
    subject="Manuell fordeling Inderøy – desember",
    extra=outlook("Manuell fordeling Inderøy – desember", "w_d15"),
    plain=VERDAL_TEXT, html=VERDAL_HTML,
    gold=dict(kind="distribution_order", municipality="5053", needs_review=True,
              orders=[dist("505302", "Jon Vinne", 8), dist("505306", "Hilde Ørin", 6)],
              note="No attachment: a text table in the body (HTML table in the twin) with the numbers BEFORE the list ID ('Antall  Økning  Liste  Fastlege') and an 'I alt' row. 14 ordered but Inderøy has 12 without a list: exceeds_unassigned, review."))

# ==========================================================================
# manual_request/
# ==========================================================================
weekday_ok(2025, 1, 14)
add("manual_request", "w_m01_asker_reply_to_helfo_letter",
    date=hdate(2025, 1, 14, 13, 41, 20, UTC), sender=("Torunn Aasen", "torunn.aasen@asker.kommune.no"),
    subject="SV: Informasjon om manuell fordeling av innbyggere uten fastlege",
    extra={**outlook("SV: Informasjon om manuell fordeling av innbyggere uten fastlege", "w_m01"),
           **reply_headers("w_m01")},
    plain=f"""Hei,

Takk for informasjonen. Asker kommune ønsker å ta i bruk manuell fordeling, og ber om at automatisk tildeling av fastlege for innbyggere uten listeplass slås av for kommunen.

{SIG_ASKER}

Fra: Helfo <post@helfo.no>
Sendt: fredag 10. januar 2025 09:00
Til: Torunn Aasen <torunn.aasen@asker.kommune.no>
Emne: Informasjon om manuell fordeling av innbyggere uten fastlege

Til kommunene

Kommuner kan selv fordele innbyggere som står uten fastlege (manuell fordeling). Kommuner som ønsker det, sender e-post til post@helfo.no med emnefeltet «Fastlege – manuell fordeling». Kommuner som senere vil tilbake til automatisk tildeling, gir beskjed på samme måte.

Med vennlig hilsen
Helfo
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="3203", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="'SV:' reply to Helfo's information letter, which explains both directions (manual and back to automatic); the request on top asks for manual ('automatisk tildeling ... slås av')."))

weekday_ok(2025, 4, 8)
add("manual_request", "w_m02_stange_forward_back_to_automatic",
    date=hdate(2025, 4, 8, 14, 2, 9), sender=("Stange kommune - Postmottak", "postmottak@stange.kommune.no"),
    subject="VS: Fastlege - tilbake til automatisk tildeling",
    extra=outlook("VS: Fastlege - tilbake til automatisk tildeling", "w_m02"),
    plain="""Videresendes Helfo etter avtale med kommuneoverlegen.

Postmottak
Stange kommune

Fra: Kristin Ødegaard <kristin.odegaard@stange.kommune.no>
Sendt: mandag 7. april 2025 15:48
Til: Postmottak <postmottak@stange.kommune.no>
Emne: Fastlege - tilbake til automatisk tildeling

Hei,

Alle ledige fastlegehjemler i Stange er nå besatt. Kommunen har derfor ikke lenger behov for å fordele innbyggere uten fastlege selv, og vi ønsker at Helfo igjen tildeler fastlege automatisk. Kan dere sende dette videre til post@helfo.no?

Hilsen
Kristin Ødegaard
Kommuneoverlege
Stange kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="3413", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="'VS:' forward from the municipality's postmottak: the request (back to automatic, 'igjen tildeler fastlege automatisk') is only in the forwarded message from the kommuneoverlege; the cover line says nothing."))

weekday_ok(2025, 2, 18)
add("manual_request", "w_m03_ardal_iphone_nynorsk",
    date=hdate(2025, 2, 18, 7, 12, 40), sender=("Ingrid Bolstad", "ingrid.bolstad@ardal.kommune.no"),
    subject="Fastlege - manuell fordeling", extra=IPHONE,
    plain="""Hei.

Årdal kommune vil heller fordele innbyggjarane som står utan fastlege sjølv. Vi ber difor om at Helfo sluttar med automatisk tildeling for kommunen vår.

Helsing
Ingrid Bolstad
Kommunalsjef helse, Årdal kommune

Sendt frå min iPhone
""",
    gold=dict(kind="manual_distribution_request", municipality="4643", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="iPhone, plain text only, nynorsk: 'fordele ... sjølv', 'sluttar med automatisk tildeling' means switching TO manual (enable true) though the word 'automatisk' is the one near the verb."))

weekday_ok(2026, 1, 27)
add("manual_request", "w_m04_inderoy_no_longer_manual",
    date=hdate(2026, 1, 27, 12, 30, 15), sender=("Siv Ørin", "siv.orin@inderoy.kommune.no"),
    subject="Avslutte manuell fordeling", extra=THUNDERBIRD,
    plain="""Hei,

Inderøy kommune har nå god fastlegedekning og har ikke lenger behov for manuell fordeling. Vi ber derfor om at automatisk tildeling av fastlege settes på igjen for kommunen fra 1. februar 2026.

Siste fordeling vi bestilte var i desember.

--
Siv Ørin
Rådgiver, Helse og mestring
Inderøy kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5053", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="Thunderbird; the subject says 'manuell fordeling' but the request is to END it ('ikke lenger behov for manuell fordeling', 'automatisk tildeling ... settes på igjen'): enable false. The earlier distribution (desember) is no order."))

weekday_ok(2025, 11, 25)
add("manual_request", "w_m05_hadsel_reply_after_refusal",
    date=hdate(2025, 11, 25, 10, 45, 0), sender=("Hege Strand", "hege.strand@hadsel.kommune.no"),
    subject="SV: Fordeling av innbyggere uten fastlege – Hadsel",
    extra={**outlook("SV: Fordeling av innbyggere uten fastlege – Hadsel", "w_m05"), **reply_headers("w_m05")},
    plain="""Hei,

Takk for svar. Da ber vi om at Hadsel kommune går over til manuell fordeling. Vi sender nytt skjema når dette er på plass.

Med vennlig hilsen
Hege Strand
Helsetjenesten
Hadsel kommune

Fra: Helfo <post@helfo.no>
Sendt: torsdag 20. november 2025 13:10
Til: Hege Strand <hege.strand@hadsel.kommune.no>
Emne: SV: Fordeling av innbyggere uten fastlege – Hadsel

Hei,

Hadsel kommune har automatisk tildeling av fastlege. For å fordele innbyggere selv må kommunen først be om manuell fordeling. Skjemaet dere sendte 11. november er derfor ikke behandlet.

Med vennlig hilsen
Helfo

Fra: Hege Strand <hege.strand@hadsel.kommune.no>
Sendt: tirsdag 11. november 2025 10:08
Til: post@helfo.no
Emne: Fordeling av innbyggere uten fastlege – Hadsel

Hei,

Vi har fem innbyggere uten fastlege og ønsker å fordele dem selv. Skjema vedlagt.
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="1866", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Reply after Helfo refused distribution/w_d12 (still automatic): 'går over til manuell fordeling' on top; the quoted thread mentions a form ('Skjema vedlagt') with no attachment and 'nytt skjema' is future: no distribution order."))

weekday_ok(2025, 8, 19)
add("manual_request", "w_m06_farsund_nei_automatikken_igjen",
    date=hdate(2025, 8, 19, 15, 22, 31), sender=("Tone Skarstein", "tone.skarstein@farsund.kommune.no"),
    subject="SV: Manuell fordeling etter sommeren?",
    extra={**outlook("SV: Manuell fordeling etter sommeren?", "w_m06"), **reply_headers("w_m06")},
    plain="""Hei!

Nei, dere kan slå på automatikken igjen fra 1. september. Vi har fått to nye fastleger i sommer.

Hilsen
Tone Skarstein
Helse og omsorg
Farsund kommune

Fra: Helfo <post@helfo.no>
Sendt: mandag 18. august 2025 10:15
Til: Tone Skarstein <tone.skarstein@farsund.kommune.no>
Emne: Manuell fordeling etter sommeren?

Hei,

Farsund kommune har hatt manuell fordeling av innbyggere uten fastlege siden januar. Ønsker dere å fortsette med manuell fordeling også etter sommeren?

Med vennlig hilsen
Helfo
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="4206", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="A short 'Nei' answer to Helfo's quoted question ('fortsette med manuell fordeling?'): 'slå på automatikken igjen' means back to automatic, enable false; 'manuell fordeling' appears only in the quote and subject."))

weekday_ok(2025, 6, 3)
add("manual_request", "w_m07_lillesand_skru_av_thunderbird_quote",
    date=hdate(2025, 6, 3, 9, 4, 58), sender=("Jorunn Lia", "jorunn.lia@lillesand.kommune.no"),
    subject="Re: Spørsmål om fordeling", extra={**THUNDERBIRD, **reply_headers("w_m07")},
    plain="""Hei,

Ja, det gjelder det. Vi vil gjerne at dere skrur av den automatiske tildelingen, så fordeler vi selv. Lillesand kommune har 11 innbyggere uten fastlege nå.

Hilsen Jorunn Lia
Lillesand kommune

Den 27.05.2025 13:05, skrev Helfo:
> Hei,
>
> Gjelder henvendelsen at kommunen ønsker manuell fordeling av
> innbyggere uten fastlege? I så fall ber vi om en bekreftelse.
>
> Med vennlig hilsen
> Helfo
""",
    gold=dict(kind="manual_distribution_request", municipality="4215", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Thunderbird reply ('Re:', '>' quotes, plain text only): 'skrur av den automatiske tildelingen, så fordeler vi selv' confirms manual (enable true); the subject is neutral and '11 innbyggere' is no order."))

weekday_ok(2025, 10, 21)
add("manual_request", "w_m08_senja_gjenopptas",
    date=hdate(2025, 10, 21, 11, 37, 2, UTC), sender=("Kjetil Finnsnes", "kjetil.finnsnes@senja.kommune.no"),
    subject="Fastlege – automatisk tildeling",
    extra=outlook("Fastlege – automatisk tildeling", "w_m08"),
    plain="""Hei,

Senja kommune har fordelt innbyggere uten fastlege manuelt siden mars. Siste fordelingsskjema sendte vi 3. oktober, og alle som sto uten fastlege har nå fått plass på en liste. Vi trenger ikke lenger å fordele selv, og ber om at automatisk tildeling gjenopptas fra 1. november.

Med vennlig hilsen
Kjetil Finnsnes
Kommunalsjef helse
Senja kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5530", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="'automatisk tildeling gjenopptas' (resume) = back to automatic, enable false; the account of the manual period and the last form (3. oktober) are history, not a distribution order."))

# ==========================================================================
# list_request/
# ==========================================================================
weekday_ok(2025, 3, 26)
add("list_request", "w_r01_asker_med_flr_last",
    date=hdate(2025, 3, 26, 10, 10, 10), sender=("Torunn Aasen", "torunn.aasen@asker.kommune.no"),
    subject="Økning av listetak – Ole Fredrik Dahl",
    extra=outlook("Økning av listetak – Ole Fredrik Dahl", "w_r01"),
    plain=f"""Hei,

Fastlege Ole Fredrik Dahl ved Nesbru legesenter har søkt om å øke listen sin med 150 plasser. Asker kommune har godkjent søknaden. Listen har FLR-nummer 320309.

{SIG_ASKER}
""",
    html=True,
    gold=dict(kind="list_request", municipality="3203", needs_review=False,
              orders=[ceiling("320309", "Ole Fredrik Dahl", increase=150)],
              note="'øke listen sin med 150 plasser'; the list number comes in a separate last sentence ('FLR-nummer 320309'). hpr_number and new_ceiling not scored (registry)."))

weekday_ok(2025, 6, 10)
add("list_request", "w_r02_klepp_heves_til",
    date=hdate(2025, 6, 10, 13, 20, 0), sender=("Solfrid Orre", "solfrid.orre@klepp.kommune.no"),
    subject="Heving av listetak",
    extra=outlook("Heving av listetak", "w_r02"),
    plain="""Hei,

Vi ber om at listetaket til fastlege Kjersti Voll (liste 112012, HPR 1120129) heves til 1400 fra 1. juli.

Med vennlig hilsen
Solfrid Orre
Helse og mestring
Klepp kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="1120", needs_review=False,
              orders=[ceiling("112012", "Kjersti Voll", hpr="1120129", new=1400)],
              note="'heves til 1400': a new ceiling, not an increase; '1. juli' is an effective date, not a number of places. increase not scored (registry ceiling 1100 would give 300)."))

weekday_ok(2025, 5, 20)
add("list_request", "w_r03_stange_fra_til_spaced_thousands",
    date=hdate(2025, 5, 20, 9, 55, 41), sender=("Kristin Ødegaard", "kristin.odegaard@stange.kommune.no"),
    subject="Utvidelse av liste – Karianne Holm", extra=THUNDERBIRD,
    plain="""Hei,

Fastlege Karianne Holm (HPR 3413027) ved Stangebyen legesenter, liste 341302, ønsker å utvide listen fra 1 000 til 1 200 innbyggere. Kommunen støtter dette.

Hilsen
Kristin Ødegaard
Kommuneoverlege
Stange kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="3413", needs_review=False,
              orders=[ceiling("341302", "Karianne Holm", hpr="3413027", increase=200, new=1200)],
              note="'fra 1 000 til 1 200' with a space as thousands separator: increase 200 and new ceiling 1200 (not 1 and 200)."))

weekday_ok(2025, 9, 16)
add("list_request", "w_r04_haa_ned_til",
    date=hdate(2025, 9, 16, 14, 5, 19), sender=("Oddvar Skjæveland", "oddvar.skjaeveland@ha.kommune.no"),
    subject="Redusert listetak – Eli Njå",
    extra=outlook("Redusert listetak – Eli Njå", "w_r04"),
    plain="""Hei,

Fastlege Eli Njå (FLR-ID 111911) går ned i stilling fra nyttår. Listetaket hennes ønskes satt ned til 1000 plasser (i dag 1200).

Med vennlig hilsen
Oddvar Skjæveland
Seksjonsleder helse
Hå kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="1119", needs_review=False,
              orders=[ceiling("111911", "Eli Njå", new=1000)],
              note="A decrease: 'satt ned til 1000 plasser (i dag 1200)': new ceiling 1000; the current 1200 in parentheses is not the target. The sign of increase and hpr_number are not scored."))

weekday_ok(2025, 10, 14)
add("list_request", "w_r05_faerder_laase_opp_and_laase",
    date=hdate(2025, 10, 14, 8, 33, 27), sender=("Line Kjær", "line.kjaer@faerder.kommune.no"),
    subject="Låsing av lister",
    extra=outlook("Låsing av lister", "w_r05"),
    plain="""Hei,

Kan dere låse opp listen til Håvard Kjær (FLR 391108), og samtidig låse listen til Tone Nøtterø (FLR 391115)? Tone Nøtterø skal ha permisjon i vinter.

Med vennlig hilsen
Line Kjær
Enhet for helse
Færder kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="3911", needs_review=False,
              orders=[lock("391108", "Håvard Kjær", "unlock"), lock("391115", "Tone Nøtterø", "lock")],
              note="Unlock and lock in one sentence: 'låse opp listen til A ... og samtidig låse listen til B' – 'låse opp' is unlock for the first list only; the second is a lock."))

weekday_ok(2025, 11, 18)
add("list_request", "w_r06_modum_three_lists",
    date=hdate(2025, 11, 18, 12, 48, 6), sender=("Anne Vikersund", "anne.vikersund@modum.kommune.no"),
    subject="Økning av listetak for tre fastleger",
    extra=outlook("Økning av listetak for tre fastleger", "w_r06"),
    plain="""Hei,

Modum kommune ber om at listetaket økes for disse fastlegene:

- 331603 Even Bråthen: økes med 50
- 331608 Lene Vikersund: økes med 100
- 331614 Jørn Geithus: økes til 1300 (fra 1200)

Med vennlig hilsen
Anne Vikersund
Rådgiver helse
Modum kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="3316", needs_review=False,
              orders=[ceiling("331603", "Even Bråthen", increase=50),
                      ceiling("331608", "Lene Vikersund", increase=100),
                      ceiling("331614", "Jørn Geithus", increase=100, new=1300)],
              note="Three ceiling changes in bullets 'ID Name: ...', mixing 'med 50', 'med 100' and 'til 1300 (fra 1200)' (increase 100 follows from the text). new_ceiling of the first two and hpr_number not scored (registry)."))

LUSTER_R_TEXT = """Hei,

Her er listene:

Liste    Lege              Auke   Nytt listetak
464302   Eirik Hauge       100    1000
464309   Solveig Bolstad   50     850

Med helsing
Ingrid Bolstad
Kommunalsjef helse
Årdal kommune

Frå: Helfo <post@helfo.no>
Sendt: måndag 1. desember 2025 14:20
Til: Ingrid Bolstad <ingrid.bolstad@ardal.kommune.no>
Emne: SV: Auke av listetak

Hei,

Kva for lister gjeld det, og kor mykje skal listetaket aukast?

Med vennleg helsing
Helfo

Frå: Ingrid Bolstad <ingrid.bolstad@ardal.kommune.no>
Sendt: fredag 28. november 2025 11:02
Til: post@helfo.no
Emne: Auke av listetak

Hei,

Vi ønskjer auke i listetaket for to av legane ved Årdal legekontor.

Med helsing
Ingrid Bolstad
"""
LUSTER_TABLE = """<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Liste</b></p></td><td><p class="MsoNormal"><b>Lege</b></p></td><td><p class="MsoNormal"><b>Auke</b></p></td><td><p class="MsoNormal"><b>Nytt listetak</b></p></td></tr>
<tr><td><p class="MsoNormal">464302</p></td><td><p class="MsoNormal">Eirik Hauge</p></td><td><p class="MsoNormal">100</p></td><td><p class="MsoNormal">1000</p></td></tr>
<tr><td><p class="MsoNormal">464309</p></td><td><p class="MsoNormal">Solveig Bolstad</p></td><td><p class="MsoNormal">50</p></td><td><p class="MsoNormal">850</p></td></tr>
</table>"""
_pre, _rest = LUSTER_R_TEXT.split("Liste    Lege", 1)
_post = _rest.split("850\n", 1)[1]
LUSTER_R_HTML = X.to_html(_pre + "@@TABLE@@" + _post).replace(
    '<p class="MsoNormal">@@TABLE@@<o:p></o:p></p>', LUSTER_TABLE)
assert "@@TABLE@@" not in LUSTER_R_HTML

weekday_ok(2025, 12, 2)
add("list_request", "w_r07_ardal_nynorsk_table_reply",
    date=hdate(2025, 12, 2, 9, 16, 0), sender=("Ingrid Bolstad", "ingrid.bolstad@ardal.kommune.no"),
    subject="SV: Auke av listetak",
    extra={**outlook("SV: Auke av listetak", "w_r07"), **reply_headers("w_r07")},
    plain=LUSTER_R_TEXT, html=LUSTER_R_HTML,
    gold=dict(kind="list_request", municipality="4643", needs_review=False,
              orders=[ceiling("464302", "Eirik Hauge", increase=100, new=1000),
                      ceiling("464309", "Solveig Bolstad", increase=50, new=850)],
              note="Reply in a thread: the nynorsk table ('Liste  Lege  Auke  Nytt listetak', HTML table in the twin) answers Helfo's quoted question; the quoted original asks for raises without list numbers. hpr_number not scored."))


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------
def build(m):
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
    else:
        body = base
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
    assert len(names) == len(set(names)) and all(n.startswith("w_") for n in names)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        data = build(m)
        assert len(data) < 400_000, (m["name"], len(data))
        (folder / f"{m['name']}.eml").write_bytes(data)
        gold = X.finish_gold(m)
        fix = GOLD_FIX.get(m["name"])
        if fix:
            gold["findings_required"] = fix["req"]
            gold["findings_forbidden"] = fix["forbid"]
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size", LISTS_W)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_W)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
