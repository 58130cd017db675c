#!/usr/bin/env python3
"""Build the p_ test corpus for `postmottak parse`: 35 messages of every kind
(termination, list change, distribution, manual request, list request, other,
documents) in the shared corpus's style and proportions, each with ONE new hard thing.

    .venv/bin/python tests/corpus/make_corpus_p.py [OUTDIR]

About thirty municipalities that no other corpus uses (real numbers and
domains from parsers/data/kommuner.csv, 2024 numbering; received dates
2025-2027).  People, HPR numbers, FLR
list IDs, phone, org and case numbers are made up.

Golds follow shared/CONTRACT.md and the shared corpus README: notice periods,
transfer dates, timing (receipt day in Europe/Oslo + 2 Norwegian business
days, `holidays` package) and Helsenorge (start - receipt < 42 days) are
computed here; registry findings come from the rows below.  A field that a
reasonable parser could read either way is left out of the gold; needs_review
is null where either answer is defensible.

Writes NAME.eml + NAME.expected.json (prefix p_) into the kind folders
(termination/, list_change/, distribution/, manual_request/, list_request/,
other/, documents/) and APPENDS its rows to registry/lists.csv and
registry/unassigned.csv (existing rows never changed; a rerun changes
nothing).  Deterministic: fixed Message-IDs, boundaries and dates.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import sys
from email import policy
from email.header import Header
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr
from pathlib import Path

from corpus_kit import (  # machinery shared with make_corpus_m/p/r.py
    append_rows, BASE_FORBID, csv_rows, D, iso, mid_outlook, mid_uuid, OMIT, outlook_hdrs,
    outlook_html, QP, received_date, registration, tb_html, term, text_part, TIMING, timing_code,
    weekday, when,
)

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE

from email.mime.application import MIMEApplication
import io

# --------------------------------------------------------------------------
# Registry rows for the p_ messages (municipalities no other corpus uses)
# --------------------------------------------------------------------------
LISTS_P = [
    ("157614", "1576", "Jon Inge Lervik", "3810245", "open", 1000, 975),
    ("157622", "1576", "Randi Fjørtoft", "3810876", "open", 900, 880),
    ("551012", "5510", "Arne Sandtorv", "3811457", "open", 1000, 990),
    ("183407", "1834", "Turid Elvenes", "3812068", "open", 900, 900),
    ("181608", "1816", "Åse Hansen", "3812679", "open", 800, 780),
    ("502611", "5026", "Gunnar Haugen", "3813280", "open", 1000, 960),
    ("503302", "5033", "Mette Østby", "3813891", "open", 700, 690),
    ("503305", "5033", "Lars Stuedal", "3814402", "closed", 800, 800),
    ("502004", "5020", "Hilde Sæther", "3815013", "open", 900, 880),
    ("502009", "5020", "Kåre Hoff", "3815624", "closed", 900, 898),
    ("504203", "5042", "Berit Sandvik", "3816235", "open", 600, 590),
    ("504207", "5042", "Ole Jonny Berg", "3816846", "open", 700, 695),
    ("504301", "5043", "Sigmund Brattli", "3817457", "closed", 500, 496),
    ("504402", "5044", "Eli Strand", "3818068", "open", 700, 680),
    ("504405", "5044", "Tore Vik", "3818679", "closed", 800, 800),
    ("504603", "5046", "Anne Kari Bjørnstad", "3819280", "locked", 800, 788),
    ("504606", "5046", "Rolf Moen", "3819891", "open", 700, 695),
    ("504901", "5049", "Marit Aune", "3820402", "open", 800, 780),
    ("504905", "5049", "Per Even Hestmo", "3821013", "open", 600, 595),
    ("182804", "1828", "Heidi Hansen", "3821624", "open", 1000, 998),
    ("185901", "1859", "Knut Olsen", "3822235", "locked", 500, 480),
    ("185903", "1859", "Lise Træen", "3822846", "locked", 600, 590),
    ("183602", "1836", "Steinar Hagen", "3823457", "open", 1000, 950),
    ("343104", "3431", "Ivar Brenden", "3830625", "open", 1000, 985),
    ("345202", "3452", "Tor Einar Bøe", "3831847", "open", 900, 900),
]
UNASSIGNED_P = [
    ("1818", 2, "automatic"), ("1145", 0, "automatic"), ("1144", 0, "automatic"),
    ("1151", 0, "automatic"), ("1576", 3, "automatic"), ("1811", 1, "automatic"),
    ("1822", 2, "automatic"), ("1827", 1, "automatic"), ("1825", 4, "automatic"),
    ("5546", 3, "automatic"), ("5510", 2, "automatic"), ("1834", 1, "automatic"),
    ("1816", 0, "automatic"), ("5026", 2, "automatic"), ("5033", 6, "manual"),
    ("5020", 8, "manual"), ("5042", 10, "manual"), ("5043", 5, "manual"),
    ("5044", 12, "manual"), ("5046", 8, "manual"), ("5049", 9, "manual"),
    ("4633", 3, "automatic"), ("4629", 0, "manual"), ("4632", 6, "automatic"),
    ("1828", 1, "automatic"), ("1859", 0, "automatic"), ("1836", 2, "automatic"),
    ("1839", 1, "automatic"), ("1874", 2, "automatic"), ("1857", 0, "automatic"),
    ("3433", 1, "automatic"), ("3431", 2, "automatic"), ("3452", 0, "automatic"),
]
REG = {r[0]: r for r in LISTS_P}
UNA = {r[0]: r for r in UNASSIGNED_P}

# --------------------------------------------------------------------------
# Gold helpers
# --------------------------------------------------------------------------


def change(typ, flr, clinic=OMIT, prev=OMIT, prev_hpr=OMIT, gp=OMIT, hpr=OMIT,
           start=None, ceiling=OMIT, transfer=None):
    o = {"type": typ, "flr_list_id": flr}
    for k, v in (("clinic", clinic), ("previous_gp_name", prev),
                 ("previous_hpr_number", prev_hpr)):
        if v is not OMIT:
            o[k] = v
    if typ == "new_gp":
        for k, v in (("gp_name", gp), ("hpr_number", hpr)):
            if v is not OMIT:
                o[k] = v
    o["start_date"] = iso(start)
    if ceiling is not OMIT:
        o["list_ceiling"] = ceiling
    o["_transfer"] = transfer or start
    return o


def registry_codes(kommune, flrs):
    req = []
    for f in flrs:
        if f not in REG:
            req.append("list_unknown")
        elif REG[f][1] != kommune:
            req.append("list_other_municipality")
    return req


def finish_gold(m):
    g = dict(m["gold"])
    kind = g["kind"]
    rec = received_date(m["date"])
    req = list(g.pop("req", []))
    forbid = list(g.pop("forbid", BASE_FORBID))
    orders = [dict(o) for o in g["orders"]]
    if kind == "termination_notice":
        bases = {o.get("last_working_day_basis", "?") for o in orders}
        if "notice_period" in bases:
            req.append("last_day_from_notice_period")
        elif "?" not in bases:
            forbid.append("last_day_from_notice_period")
        flrs = [o["flr_list_id"] for o in orders if o.get("flr_list_id")]
        if flrs:
            assert not registry_codes(g["municipality"], flrs)
            forbid += ["list_unknown", "list_other_municipality"]
    if kind == "list_change":
        codes, helse, all_start = set(), False, True
        for o in orders:
            tr = o.pop("_transfer")
            assert tr is not None
            codes.add(timing_code(rec, tr))
            if o["start_date"] is None:
                all_start = False
            elif (dt.date.fromisoformat(o["start_date"]) - rec).days < 42:
                helse = True
        req += sorted(codes)
        forbid += [c for c in TIMING if c not in codes]
        if helse:
            req.append("helsenorge_not_visible_early")
        elif all_start:
            forbid.append("helsenorge_not_visible_early")
        rc = registry_codes(g["municipality"], [o["flr_list_id"] for o in orders if o["flr_list_id"]])
        req += rc
        forbid += [c for c in ("list_unknown", "list_other_municipality") if c not in rc]
        if "needs_review" not in g:
            g["needs_review"] = "timing_after_transfer" in codes or bool(rc)
    g.setdefault("needs_review", False)
    return {"kind": kind, "municipality": g["municipality"], "needs_review": g["needs_review"],
            "orders": orders, "findings_required": req, "findings_forbidden": forbid,
            "note": g["note"]}


# --------------------------------------------------------------------------
# Mail building
# --------------------------------------------------------------------------


MSGS = []


def add(folder, name, *, client, date, sender, subject, body, gold, html=None,
        charset="utf-8", enc=QP, extra=None, logo=False, cc=None, atts=None):
    """client: outlook | thunderbird | iphone | html | plain"""
    MSGS.append(dict(folder=folder, name=name, client=client, date=date, sender=sender,
                     subject=subject, body=body, html=html, charset=charset, enc=enc,
                     extra=extra or {}, logo=logo, cc=cc, gold=gold, atts=atts or []))


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAIUlEQVR4nGNgoBAwMjD8J0sjIwMD"
    "AxMJCqkHqO8k0jUCAGgkAw0yZXc7AAAAAElFTkSuQmCC")


def build(m):
    name, address = m["sender"]
    domain = address.split("@")[1]
    cs, enc, client = m["charset"], m["enc"], m["client"]
    bnd = "_000_" + hashlib.md5(m["name"].encode()).hexdigest()[:20].upper() + "_"
    body = m["body"]
    if client == "outlook":
        html = m["html"] or outlook_html(body, cs)
        alt = MIMEMultipart("alternative", boundary=bnd)
        alt.attach(text_part(body, "plain", cs, enc))
        alt.attach(text_part(html, "html", cs, enc))
        if m["logo"]:
            msg = MIMEMultipart("related", boundary=bnd.replace("_000_", "_004_"),
                                type="multipart/alternative")
            msg.attach(alt)
            img = MIMEImage(PNG, "png")
            img.add_header("Content-ID", "<image001.png@01DCA7B1.5E3F2C80>")
            img.add_header("Content-Disposition", "inline", filename="image001.png")
            img.set_param("name", "image001.png")
            msg.attach(img)
        else:
            msg = alt
        mid = mid_outlook(m["name"])
        extra = outlook_hdrs(m["subject"], m["name"], attach=m["logo"])
    elif client == "thunderbird":
        if m["html"]:
            msg = MIMEMultipart("alternative", boundary="------------" + hashlib.md5(
                m["name"].encode()).hexdigest()[:24].upper())
            msg.attach(text_part(body, "plain", cs, enc))
            msg.attach(text_part(tb_html(body) if m["html"] is True else m["html"], "html", cs, enc))
        else:
            msg = text_part(body, "plain", cs, enc)
        mid = mid_uuid(m["name"], domain)
        extra = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
    elif client == "iphone":
        msg = text_part(body, "plain", cs, enc)
        mid = mid_uuid(m["name"], domain, upper=True)
        extra = {"X-Mailer": "iPhone Mail (22D82)"}
    elif client == "html":
        msg = text_part(m["html"], "html", cs, enc)
        mid = mid_uuid(m["name"], domain)
        extra = {}
    else:
        msg = text_part(body, "plain", cs, enc)
        mid = mid_uuid(m["name"], domain)
        extra = {}
    if m["atts"]:
        mixed = MIMEMultipart("mixed", boundary=bnd.replace("_000_", "_006_"))
        mixed.attach(msg)
        for fname, ctype, data in m["atts"]:
            maintype, subtype = ctype.split("/")
            a = MIMEApplication(data, subtype)
            a.add_header("Content-Disposition", "attachment", filename=fname)
            a.set_param("name", fname)
            mixed.attach(a)
        msg = mixed
        if client == "outlook":
            extra["X-MS-Has-Attach"] = "yes"
    msg["From"] = formataddr((name, address), charset=cs) if name else address
    msg["To"] = "post@helfo.no"
    if m["cc"]:
        msg["Cc"] = m["cc"]
    try:
        m["subject"].encode("ascii")
        msg["Subject"] = m["subject"]
    except UnicodeEncodeError:
        msg["Subject"] = Header(m["subject"], cs)
    msg["Date"] = m["date"]
    msg["Message-ID"] = mid
    m["mid"] = mid
    for k, v in {**extra, **m["extra"]}.items():
        msg[k] = v
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        v = msg[k]
        if v is not None:
            del msg[k]
            msg[k] = v
    return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


def T(name, **kw):
    add("termination", name, **kw)


def L(name, **kw):
    add("list_change", name, **kw)


DIST_CODES = ["capacity_insufficient", "exceeds_unassigned", "list_unknown", "list_closed_too_free",
              "automatic_distribution_active", "list_other_municipality", "duplicate_list"]


def dist(kommune, rows, review=OMIT, note="", extra_forbid=()):
    """rows: (flr, gp, citizens, increase)"""
    req = set()
    seen = set()
    for flr, gp, cit, inc in rows:
        if flr not in REG:
            req.add("list_unknown")
            continue
        r = REG[flr]
        if r[1] != kommune:
            req.add("list_other_municipality")
        free = r[5] - r[6]
        if free + inc < cit:
            req.add("capacity_insufficient")
        if r[4] == "closed" and free >= 10:
            req.add("list_closed_too_free")
        if flr in seen:
            req.add("duplicate_list")
        seen.add(flr)
    if sum(r[2] for r in rows) > UNA[kommune][1]:
        req.add("exceeds_unassigned")
    if UNA[kommune][2] == "automatic":
        req.add("automatic_distribution_active")
    errors = {"capacity_insufficient", "exceeds_unassigned", "list_unknown", "list_other_municipality"}
    g = {"kind": "distribution_order", "municipality": kommune,
         "orders": [{"type": "distribution", "flr_list_id": f, "gp_name": n, "citizens": c,
                     "ceiling_increase": i} for f, n, c, i in rows],
         "req": sorted(req) + ["children_may_exceed"],
         "forbid": [c for c in DIST_CODES if c not in req] + BASE_FORBID + list(extra_forbid),
         "needs_review": bool(req & errors) if review is OMIT else review, "note": note}
    return g


def lreq(kommune, orders, note, review=OMIT):
    rc = registry_codes(kommune, [o["flr_list_id"] for o in orders])
    return {"kind": "list_request", "municipality": kommune, "orders": orders, "req": rc,
            "forbid": BASE_FORBID + ["children_may_exceed"] + [c for c in ("list_unknown", "list_other_municipality") if c not in rc],
            "needs_review": bool(rc) if review is OMIT else review, "note": note}


def xlsx(header_rows, rows, title="Fordeling", text_cols=()):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in header_rows:
        ws.append(r)
    for r in rows:
        ws.append(list(r))
    bio = io.BytesIO()
    wb.save(bio)
    return fix_zip(bio.getvalue())


def fix_zip(data):
    """Stamp a fixed time into every zip member so reruns are byte-identical."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            body = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>",
                          lambda m: m.group(0)[:m.group(0).index(b">") + 1] + b"2026-01-01T00:00:00Z</dcterms:" + m.group(1) + b">", body)
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def docx(paras, table=None):
    import docx as _docx
    d = _docx.Document()
    d.core_properties.author = "Kommune"
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    for p in paras:
        if p == "<TABLE>" and table:
            t = d.add_table(rows=0, cols=len(table[0]))
            for row in table:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
        else:
            d.add_paragraph(p)
    bio = io.BytesIO()
    d.save(bio)
    return fix_zip(bio.getvalue())


def pdf(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    y = 800
    for ln in lines:
        size = 14 if ln.isupper() else 11
        c.setFont("Helvetica-Bold" if ln.isupper() else "Helvetica", size)
        c.drawString(60, y, ln)
        y -= 20
    c.save()
    return bio.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

# ==========================================================================
# Termination notices
# ==========================================================================
T("p_t01_heroy_nordland_name_shared_with_more",
  client="outlook", date=when(2025, 9, 16, 9, 12, 40, utc=True),
  sender=("Synnøve Kvalø", "synnove.kvalo@heroy-no.kommune.no"),
  subject="Oppsigelse av fastlegeavtale",
  body="""Hei,

Herøy kommune mottok 15.09.2025 skriftlig oppsigelse av fastlegeavtalen fra fastlege Vegard Lund (HPR 3840017) ved Herøy legekontor. Det er ikke avtalt noen annen siste arbeidsdag, så ordinær oppsigelsestid gjelder.

Vi kommer tilbake med melding til fastlegeregisteret når hjemmelen er besatt.

Med vennlig hilsen

Synnøve Kvalø
Kommunalsjef helse og omsorg
Herøy kommune (Nordland)
8850 Herøy
""",
  gold=dict(kind="termination_notice", municipality="1818",
            orders=[term("Vegard Lund", "3840017", "Herøy legekontor", D(2025, 9, 15))],
            note="'Herøy kommune' names two municipalities (1515 in Møre og Romsdal, 1818 in Nordland); the signature's '(Nordland)', postcode 8850 and the domain heroy-no.kommune.no pick 1818. Notice received 15.09, notice period from 1 October."))

T("p_t02_bokn_successor_hpr_distractor",
  client="outlook", date=when(2025, 11, 5, 13, 41, 9, utc=True),
  sender=("Tone Vestbø Eide", "tone.eide@bokn.kommune.no"),
  subject="Fastlege Mari Haugland slutter",
  body="""Hei

Fastlege Mari Haugland (HPR 3840628) ved Bokn legekontor sa opp fastlegeavtalen sin 3. november 2025. Vi har blitt enige om at siste arbeidsdag blir 28. februar 2026.

Kommunen har allerede tilsatt Ola Vestbø (HPR 3841239) som ny lege. Han starter 1. mars 2026, og vi sender melding til fastlegeregisteret om ham så snart avtalen er signert.

Vennlig hilsen
Tone Vestbø Eide
Rådmann
Bokn kommune
tlf. 52 75 25 00
""",
  gold=dict(kind="termination_notice", municipality="1145",
            orders=[term("Mari Haugland", "3840628", "Bokn legekontor", D(2025, 11, 3), last=D(2026, 2, 28))],
            note="Two HPR numbers and two names: the successor (Ola Vestbø, HPR 3841239, starts 1 March) is announced in the same mail but is no order yet; only the termination. Stated last day 28 Feb 2026."))

T("p_t03_kvitsoy_weekday_last_day_next_year",
  client="thunderbird", date=when(2026, 10, 27, 14, 5, 0),
  sender=("Rune Kvitsøy Hansen", "rune.hansen@kvitsoy.kommune.no"),
  subject="Oppseiing fastlegeavtale Kvitsøy",
  body="""Hei,

Fastlege Sindre Nordbø, HPR 3841840, Kvitsøy legekontor, har i dag levert oppsigelse av fastlegeavtalen. Han har fått innvilget kortere oppsigelsestid, og siste dag på kontoret blir fredag 29. januar.

Hilsen
Rune Kvitsøy Hansen
Helse- og omsorgsleder
Kvitsøy kommune
""",
  gold=dict(kind="termination_notice", municipality="1144",
            orders=[term("Sindre Nordbø", "3841840", "Kvitsøy legekontor", D(2026, 10, 27), last=D(2027, 1, 29))],
            note="'i dag' is the Date header's day (27 Oct 2026); the last day 'fredag 29. januar' has no year and falls in the next year (29 Jan 2027 is a Friday), so transfer 1 Feb 2027."))

T("p_t04_utsira_three_dates_overlap",
  client="outlook", date=when(2026, 5, 13, 10, 30, 2, utc=True),
  sender=("Ellen Klovning", "ellen.klovning@utsira.kommune.no"),
  subject="Melding om oppsigelse – fastlege Utsira",
  body="""Til Helfo

Dato: 12.05.2026
Vår ref.: 2026/114

Fastlege Hege Grindhaug (HPR 3842451), Utsira legekontor, har sagt opp sin fastlegeavtale. Oppsigelsen ble levert kommunen 11.05.2026. Siste arbeidsdag er avtalt til 31.10.2026.

Ny lege starter opplæring på kontoret 15.10.2026, med overlapp de siste to ukene.

Med hilsen
Ellen Klovning
Konsulent
Utsira kommune
""",
  gold=dict(kind="termination_notice", municipality="1151",
            orders=[term("Hege Grindhaug", "3842451", "Utsira legekontor", D(2026, 5, 11), last=D(2026, 10, 31))],
            note="Four dates: the letter date 12.05.2026 (not the notice), the delivery 11.05.2026 (the notice date), the last day 31.10.2026 and an overlap start 15.10.2026 that is neither a last day nor a transfer."))

T("p_t05_aure_colleague_list_id_distractor",
  client="outlook", date=when(2025, 12, 19, 8, 2, 51, utc=True),
  sender=("Bjørnar Fjørtoft", "bjornar.fjortoft@aure.kommune.no"),
  subject="Oppsigelse fastlegeavtale – FLR 157614",
  body="""Hei,

Fastlege Jon Inge Lervik (HPR 3810245) har sagt opp avtalen sin ved Aure legesenter. Oppsigelsen er datert 18.12.2025, og siste arbeidsdag er 30.06.2026. Han har liste 157614.

Listen til kollega Randi Fjørtoft (liste 157622) ved samme kontor berøres ikke.

Med vennlig hilsen
Bjørnar Fjørtoft
Virksomhetsleder legetjenesten
Aure kommune
""",
  gold=dict(kind="termination_notice", municipality="1576",
            orders=[term("Jon Inge Lervik", "3810245", "Aure legesenter", D(2025, 12, 18), last=D(2026, 6, 30), flr="157614")],
            note="Two FLR list IDs: the GP's own (157614, also in the subject) and a colleague's list 157622 that is explicitly not affected; one termination. list_change/p_l02 is the follow-up."))

T("p_t06_bindal_gikk_bort",
  client="outlook", date=when(2026, 3, 10, 7, 55, 13, utc=True),
  sender=("Marianne Aakervik", "marianne.aakervik@bindal.kommune.no"),
  subject="Trist melding – vår fastlege",
  body="""Hei,

Det er med stor sorg vi må melde at vår fastlege Ellen Aakervik (HPR 3843062) ved Bindal legekontor gikk bort søndag 8. mars 2026 etter kort tids sykdom.

Kommunen ordner med vikar på listen hennes inntil videre, og vi kommer tilbake med melding til fastlegeregisteret.

Vennlig hilsen
Marianne Aakervik
Enhetsleder helse
Bindal kommune
""",
  gold=dict(kind="termination_notice", municipality="1811", needs_review=None,
            orders=[term("Ellen Aakervik", "3843062", "Bindal legekontor", None, reason="death", score_notice=False)],
            note="A death told as 'gikk bort' (not 'døde', 'dødsfall'); the subject has no keyword at all; no last day or transfer date (null, basis unknown); notice_date not scored; review either way, as t09."))

T("p_t07_leirfjord_last_day_on_the_first",
  client="outlook", date=when(2026, 9, 8, 11, 17, 36, utc=True),
  sender=("Odd Arne Leirvik", "odd.arne.leirvik@leirfjord.kommune.no"),
  subject="Oppsigelse – Tom Kristiansen",
  body="""Hei,

Fastlege Tom Kristiansen (HPR 3843673), Leirfjord legekontor, har sagt opp fastlegeavtalen i brev datert 7. september 2026. Etter avtale med kommunen blir siste arbeidsdag mandag 1. mars 2027.

Med hilsen
Odd Arne Leirvik
Kommunalsjef
Leirfjord kommune
""",
  gold=dict(kind="termination_notice", municipality="1822",
            orders=[term("Tom Kristiansen", "3843673", "Leirfjord legekontor", D(2026, 9, 7), last=D(2027, 3, 1))],
            note="The stated last day is the 1st of a month (Monday 1 March 2027), so the transfer is 1 April 2027, not 1 March; the notice period would end 31 March."))

T("p_t08_donna_slash_date_without_year",
  client="iphone", date=when(2025, 11, 5, 16, 48, 0),
  sender=("Kjell Sandøy", "kjell.sandoy@donna.kommune.no"),
  subject="Oppsigelse fastlege",
  body="""Hei. Fastlege Kjersti Solstad ved Dønna legekontor har sagt opp fastlegeavtalen sin den 3/11. HPR 3844284. Ordinær oppsigelsestid.

Mvh Kjell Sandøy
Dønna kommune

Sendt fra min iPhone""",
  gold=dict(kind="termination_notice", municipality="1827",
            orders=[term("Kjersti Solstad", "3844284", "Dønna legekontor", D(2025, 11, 3))],
            note="Notice date as a bare 'den 3/11' (day/month, no year) two days before receipt: 3 November 2025; notice period from 1 December ends 31 May 2026; HPR after the clinic in its own sentence."))

T("p_t09_grane_clerk_shares_gp_surname",
  client="outlook", date=when(2026, 1, 14, 9, 3, 27, utc=True),
  sender=("Inga Jåma", "inga.jama@grane.kommune.no"),
  subject="Oppsigelse av fastlegeavtale – Grane",
  body="""Hei!

Fastlege Anders Jåma (HPR 3844895) ved Grane legekontor har sagt opp fastlegeavtalen. Oppsigelsen kom 12. januar 2026, og siste arbeidsdag blir 31. juli 2026.

Med vennlig hilsen
Inga Jåma
Rådgiver helse
Grane kommune
""",
  gold=dict(kind="termination_notice", municipality="1825",
            orders=[term("Anders Jåma", "3844895", "Grane legekontor", D(2026, 1, 12), last=D(2026, 7, 31))],
            note="The clerk who signs (Inga Jåma) and the GP (Anders Jåma) share a surname; the stated last day equals the notice period's end, so basis is stated, not notice_period."))

T("p_t10_kvaenangen_two_digit_years_sami_clinic",
  client="outlook", date=when(2026, 3, 2, 12, 26, 44, utc=True),
  sender=("Nils Mathis Balto", "nils.mathis.balto@kvanangen.kommune.no"),
  subject="Fastlege sier opp",
  body="""Bures,

Fastlege Máret Anne Sara, HPR 3845406, ved Kvænangen legekontor (Návuona doavttirkantuvra) har sagt opp fastlegeavtalen i brev datert 25.02.26. Hun jobber til og med 31.08.26.

Dearvvuođaiguin / hilsen
Nils Mathis Balto
Helse- og omsorgssjef
Návuona gielda / Kvænangen kommune
""",
  gold=dict(kind="termination_notice", municipality="5546",
            orders=[term("Máret Anne Sara", "3845406", "Kvænangen legekontor", D(2026, 2, 25), last=D(2026, 8, 31))],
            note="Two-digit years (25.02.26, 't.o.m. 31.08.26') and a Sami clinic name in parentheses after the Norwegian one; a GP surname 'Sara' that is also a given name; bilingual signature."))

# ==========================================================================
# List changes
# ==========================================================================
L("p_l01_kvaefjord_ceiling_inside_parenthesis",
  client="outlook", date=when(2026, 6, 2, 10, 4, 18, utc=True),
  sender=("Hilde Borkenes", "hilde.borkenes@kvafjord.kommune.no"),
  subject="Melding til fastlegeregisteret",
  body="""Hei,

Ny fastlege Sara Ellingsen (HPR 3846017, listetak 900) overtar liste 551012 etter Arne Sandtorv (HPR 3811457) f.o.m. 01.08.26. Listen er ved Borkenes legekontor.

Hilsen
Hilde Borkenes
Kvæfjord kommune
""",
  gold=dict(kind="list_change", municipality="5510",
            orders=[change("new_gp", "551012", "Borkenes legekontor", "Arne Sandtorv", "3811457",
                           "Sara Ellingsen", "3846017", D(2026, 8, 1), 900)],
            note="The new GP's HPR and ceiling share one parenthesis ('HPR 3846017, listetak 900'); 'f.o.m. 01.08.26' short year; domain kvafjord.kommune.no for Kvæfjord. Received Tue 2 Jun 2026, registered Thu 4 Jun: in time; 60 days ahead."))

L("p_l02_aure_staende_ledig",
  client="outlook", date=when(2026, 5, 12, 12, 40, 5, utc=True),
  sender=("Bjørnar Fjørtoft", "bjornar.fjortoft@aure.kommune.no"),
  subject="Melding til fastlegeregisteret – liste 157614",
  body="""Hei,

Vi har ikke lykkes med å rekruttere etter Jon Inge Lervik. Liste 157614 ved Aure legesenter blir derfor stående uten fast lege fra 1. juli 2026. Vikar dekker listen inntil videre, og listetaket beholdes på 1000.

Med vennlig hilsen
Bjørnar Fjørtoft
Virksomhetsleder legetjenesten
Aure kommune
""",
  gold=dict(kind="list_change", municipality="1576",
            orders=[change("unassigned_list", "157614", "Aure legesenter", "Jon Inge Lervik",
                           start=D(2026, 7, 1), ceiling=1000)],
            note="An unassigned list said without 'ubesatt': 'blir stående uten fast lege', with a 'vikar' who is no new GP; follow-up to termination/p_t05. Received Tue 12 May 2026, registered Fri 15 May (Ascension Day 14 May): in time; 50 days ahead."))

L("p_l03_luroy_new_gp_named_before_old",
  client="outlook", date=when(2026, 7, 2, 7, 51, 30, utc=True),
  sender=("Eirik Bogen", "eirik.bogen@luroy.kommune.no"),
  subject="Ny fastlege på liste 183407",
  body="""Hei,

Liste 183407 ved Lurøy legekontor overtas 1. september 2026 av Kristian Moe (HPR 3846628).

Listen har tidligere vært Turid Elvenes sin (HPR 3812068). Hun går av med pensjon 31. august 2026.

Mvh
Eirik Bogen
Helseleder
Lurøy kommune
""",
  gold=dict(kind="list_change", municipality="1834",
            orders=[change("new_gp", "183407", "Lurøy legekontor", "Turid Elvenes", "3812068",
                           "Kristian Moe", "3846628", D(2026, 9, 1))],
            note="The new GP is named first, the previous GP in the next paragraph ('Turid Elvenes sin'); her last day 31 August is not the start. list_ceiling not scored (not given; the registry has it). Received Thu 2 Jul 2026: in time; 61 days ahead."))

L("p_l04_vevelstad_new_ceiling_down_from",
  client="outlook", date=when(2026, 10, 5, 9, 14, 2, utc=True),
  sender=("Guro Vevelstad", "guro.vevelstad@vevelstad.kommune.no"),
  subject="Melding til fastlegeregisteret – ny fastlege Vevelstad",
  body="""Hei,

Lene Hestad (HPR 3847239) tar over fastlegelisten til Åse Hansen (HPR 3812679), liste 181608, ved Vevelstad legekontor fra 1. november 2026. Hun ønsker listetak 600 (ned fra 800).

Hilsen
Guro Vevelstad
Vevelstad kommune
""",
  gold=dict(kind="list_change", municipality="1816",
            orders=[change("new_gp", "181608", "Vevelstad legekontor", "Åse Hansen", "3812679",
                           "Lene Hestad", "3847239", D(2026, 11, 1), 600)],
            note="Two ceilings: the new 600 and the old 800 in '(ned fra 800)'; the new one is the list ceiling. Received Mon 5 Oct 2026, registered Wed 7 Oct: in time; 27 days ahead, so not visible on Helsenorge."))

L("p_l05_holtalen_start_only_in_subject",
  client="outlook", date=when(2026, 9, 8, 13, 2, 55, utc=True),
  sender=("Marte Ålen", "marte.alen@holtalen.kommune.no"),
  subject="Ny fastlege fra 01.10.2026 – liste 502611",
  body="""Hei,

Kari Reitan (HPR 3847840) overtar listen til Gunnar Haugen (HPR 3813280) ved Ålen legekontor. Listetak 1000.

Hilsen
Marte Ålen
Holtålen kommune
""",
  gold=dict(kind="list_change", municipality="5026",
            orders=[change("new_gp", "502611", "Ålen legekontor", "Gunnar Haugen", "3813280",
                           "Kari Reitan", "3847840", D(2026, 10, 1), 1000)],
            note="The start date (and the list ID) only in the subject; the body has neither. Received Tue 8 Sep 2026, registered Thu 10 Sep: in time; 23 days ahead, so helsenorge_not_visible_early."))

# ==========================================================================
# Distribution orders
# ==========================================================================
add("distribution", "p_d01_tydal_count_column_first",
    client="outlook", date=when(2026, 2, 3, 9, 40, 11, utc=True),
    sender=("Randi Østby", "randi.ostby@tydal.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere – Tydal",
    body="""Hei,

Vedlagt skjema for manuell fordeling for Tydal kommune.

Mvh
Randi Østby
Tydal kommune
""",
    atts=[("Fordeling Tydal februar 2026.xlsx", XLSX, xlsx(
        [["Antall innbyggere", "FLR-ID", "Fastlege", "Økning listetak"]],
        [(3, 503302, "Mette Østby", None), (3, 503305, "Lars Stuedal", 3)]))],
    gold=dist("5033", [("503302", "Mette Østby", 3, 0), ("503305", "Lars Stuedal", 3, 3)],
              note="The count column comes first and the FLR-ID second, so the first number on a row is not the list; 503305 is full and gets exactly its +3; 6 of 6 unassigned."))

add("distribution", "p_d02_osen_plus_sign_increase",
    client="outlook", date=when(2026, 3, 10, 13, 5, 47, utc=True),
    sender=("Ingvild Hoff", "ingvild.hoff@osen.kommune.no"),
    subject="Manuell fordeling Osen",
    body="""Hei,

Se vedlegg.

Med vennlig hilsen
Ingvild Hoff
Osen kommune
""",
    atts=[("manuell_fordeling_osen.xlsx", XLSX, xlsx(
        [["Skjema for manuell fordeling av innbyggere"], ["Kommune: Osen (5020)"], [],
         ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"]],
        [("502004", "Hilde Sæther", "4", "0"), ("502009", "Kåre Hoff", "4", "+2")]))],
    gold=dist("5020", [("502004", "Hilde Sæther", 4, 0), ("502009", "Kåre Hoff", 4, 2)],
              note="Every cell is text, and the increase is written '+2' with a plus sign; the list with 2 free gets 4 with +2, exactly at capacity (must not fire). A 'Kommune: Osen (5020)' cell above the header is no order."))

add("distribution", "p_d03_lierne_list_id_with_space",
    client="outlook", date=when(2026, 4, 14, 8, 30, 9, utc=True),
    sender=("Jon Olav Berg", "jon.olav.berg@lierne.kommune.no"),
    subject="Skjema manuell fordeling – Lierne kommune",
    body="""Hei,

Vedlagt ligger skjema for manuell fordeling.

Hilsen
Jon Olav Berg
Lierne kommune
""",
    atts=[("Skjema manuell fordeling Lierne.xlsx", XLSX, xlsx(
        [["FLR-ID", "Navn fastlege", "Antall innbyggere", "Økning listetak"]],
        [("504 203", "Berit Sandvik", 5, None), ("504 207", "Ole Jonny Berg", 3, None)]))],
    gold=dist("5042", [("504203", "Berit Sandvik", 5, 0), ("504207", "Ole Jonny Berg", 3, 0)],
              note="FLR-IDs typed as text with a thousands space ('504 203'); ids are digits without spaces in the output. Blank increases are 0; 8 of 10 unassigned."))

add("distribution", "p_d04_royrvik_one_short",
    client="outlook", date=when(2026, 5, 5, 11, 12, 33, utc=True),
    sender=("Sigrid Brattli", "sigrid.brattli@royrvik.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege – Røyrvik",
    body="""Hei,

Vedlagt fordelingsskjema. Vi har 5 innbyggere uten listeplass, og alle går til legen vår.

Hilsen
Sigrid Brattli
Røyrvik kommune
""",
    atts=[("Fordelingsskjema.xlsx", XLSX, xlsx(
        [["FLR-ID", "Fastlege", "Antall innbyggere", "Økning listetak"]],
        [(504301, "Sigmund Brattli", 5, 0)]))],
    gold=dist("5043", [("504301", "Sigmund Brattli", 5, 0)],
              note="One row: a closed list with 4 free gets 5 with increase 0: capacity_insufficient by one; 5 of 5 unassigned (exceeds must not fire). The subject says 'fordeling', not 'manuell'."))

add("distribution", "p_d05_namsskogan_pasted_tab_table",
    client="outlook", date=when(2026, 6, 9, 10, 2, 0, utc=True),
    sender=("Tove Vik", "tove.vik@namsskogan.kommune.no"),
    subject="Manuell fordeling – Namsskogan",
    body="""Hei,

Vi får ikke lagt ved Excel-fila fra vårt system, så vi limer inn skjemaet her:

FLR-ID\tFastlege\tAntall innbyggere\tØkning listetak
504402\tEli Strand\t6\t0
504405\tTore Vik\t4\t4

Til sammen 10 innbyggere.

Med hilsen
Tove Vik
Namsskogan kommune
""",
    gold=dist("5044", [("504402", "Eli Strand", 6, 0), ("504405", "Tore Vik", 4, 4)], review=None,
              note="The form pasted into the body as a tab-separated table (no attachment); 'Til sammen 10' is a total, not an order; 504405 is full and gets exactly +4; review either way, as d11."))

add("distribution", "p_d06_hoylandet_locked_not_closed",
    client="outlook", date=when(2026, 8, 18, 12, 45, 19, utc=True),
    sender=("Åsmund Moen", "asmund.moen@hoylandet.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    body="""Hei,

Høylandet kommune sender skjema for manuell fordeling. Listen til Anne Kari Bjørnstad er låst, og vi ber om at den forblir låst etter fordelingen.

Vennlig hilsen
Åsmund Moen
Høylandet kommune
""",
    atts=[("Skjema Høylandet.xlsx", XLSX, xlsx(
        [["FLR-ID", "Fastlege", "Antall innbyggere", "Økning listetak"]],
        [(504603, "Anne Kari Bjørnstad", 6, None), (504606, "Rolf Moen", 2, None)]))],
    gold=dist("5046", [("504603", "Anne Kari Bjørnstad", 6, 0), ("504606", "Rolf Moen", 2, 0)],
              note="List 504603 has 12 free places but is locked, not closed: list_closed_too_free must not fire; the body asks that it stays locked (no list_lock order: nothing changes); 8 of 8 unassigned."))

add("distribution", "p_d07_flatanger_same_list_twice",
    client="outlook", date=when(2026, 9, 22, 7, 58, 41, utc=True),
    sender=("Liv Hestmo", "liv.hestmo@flatanger.kommune.no"),
    subject="Skjema manuell fordeling Flatanger",
    body="""Hei,

Vedlagt skjema. Marit Aune står to ganger fordi hun tar imot innbyggere fra to områder.

Hilsen
Liv Hestmo
Flatanger kommune
""",
    atts=[("Manuell fordeling Flatanger.xlsx", XLSX, xlsx(
        [["FLR-ID", "Fastlege", "Antall innbyggere", "Økning listetak"]],
        [(504901, "Marit Aune", 3, None), (504905, "Per Even Hestmo", 2, None), (504901, "Marit Aune", 2, None)]))],
    gold=dist("5049", [("504901", "Marit Aune", 3, 0), ("504905", "Per Even Hestmo", 2, 0), ("504901", "Marit Aune", 2, 0)],
              note="The same list on two rows, not next to each other: duplicate_list (a warning), both rows stay orders; together 5 of 20 free; 7 of 9 unassigned."))

# ==========================================================================
# Manual distribution requests
# ==========================================================================
add("manual_request", "p_m01_fedje_from_date",
    client="outlook", date=when(2026, 2, 10, 10, 11, 2, utc=True),
    sender=("Solveig Fedje", "solveig.fedje@fedje.kommune.no"),
    subject="Fastlege – manuell fordeling",
    body="""Hei,

Fedje kommune går over til manuell fordeling av innbyggjarar utan fastlege frå 1. mars 2026. Vi ber Helfo om å slå av den automatiske tildelinga for kommunen frå same dato.

Med helsing
Solveig Fedje
Kommunalsjef
Fedje kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="4633",
              orders=[{"type": "manual_distribution", "enable": True}],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="Nynorsk request with a future effective date ('frå 1. mars 2026'): still one order, enable true; the date is no distribution or list change."))

add("manual_request", "p_m02_modalen_avsluttar_ordninga",
    client="outlook", date=when(2026, 6, 23, 8, 26, 50, utc=True),
    sender=("Arve Mo", "arve.mo@modalen.kommune.no"),
    subject="Manuell fordeling – Modalen",
    body="""Hei,

Modalen kommune avsluttar ordninga med manuell fordeling. Helfo kan frå no av fordele innbyggjarar utan fastlege automatisk igjen.

Med helsing
Arve Mo
Modalen kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="4629",
              orders=[{"type": "manual_distribution", "enable": False}],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="Back to automatic said as 'avsluttar ordninga med manuell fordeling' and 'fordele ... automatisk igjen' (nynorsk); the subject says 'manuell fordeling', the order is enable false."))

add("manual_request", "p_m03_austrheim_ikkje_lenger_automatisk",
    client="outlook", date=when(2026, 11, 3, 12, 0, 14, utc=True),
    sender=("Kari Fonnes", "kari.fonnes@austrheim.kommune.no"),
    subject="Tildeling av fastlege – Austrheim",
    body="""Hei,

Austrheim kommune ønskjer at innbyggjarar utan fastlege ikkje lenger skal tildelast lege automatisk. Kommunen vil sjølv fordele dei, og sender skjema når det er klart.

Med helsing
Kari Fonnes
Austrheim kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="4632",
              orders=[{"type": "manual_distribution", "enable": True}],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="The request is a negation ('ikkje lenger ... automatisk'): a keyword rule for 'automatisk' would read it backwards; enable true; the promised form is no distribution order."))

# ==========================================================================
# List requests
# ==========================================================================
add("list_request", "p_r01_nesna_increase_and_spaced_target",
    client="outlook", date=when(2026, 4, 7, 9, 33, 21, utc=True),
    sender=("Hanne Lurvik", "hanne.lurvik@nesna.kommune.no"),
    subject="Auke listetak – Heidi Hansen",
    body="""Hei,

Kommunen ber om at listetaket til fastlege Heidi Hansen (liste 182804) økes med 150 plasser, til 1 150.

Hilsen
Hanne Lurvik
Nesna kommune
""",
    gold=lreq("1828", [{"type": "ceiling_change", "flr_list_id": "182804", "gp_name": "Heidi Hansen",
                        "increase": 150, "new_ceiling": 1150}],
              note="The increase ('med 150 plasser') and the target with a thousands space ('til 1 150') both given; hpr_number not scored (not in the text)."))

add("list_request", "p_r02_flakstad_open_one_keep_other",
    client="outlook", date=when(2026, 6, 16, 11, 8, 37, utc=True),
    sender=("Bente Træen", "bente.traen@flakstad.kommune.no"),
    subject="Åpne liste 185901",
    body="""Hei,

Fordelingen er ferdig. Listen til Knut Olsen (185901) kan nå åpnes igjen for nye innbyggere. Listen til Lise Træen (185903) skal fortsatt være låst.

Hilsen
Bente Træen
Flakstad kommune
""",
    gold=lreq("1859", [{"type": "list_lock", "flr_list_id": "185901", "gp_name": "Knut Olsen", "action": "unlock"}],
              note="Two locked lists: one to open ('kan nå åpnes igjen'), one that stays locked ('skal fortsatt være låst') and gets no order."))

add("list_request", "p_r03_rodoy_lower_ceiling",
    client="outlook", date=when(2026, 10, 20, 13, 30, 0, utc=True),
    sender=("Steinar Rødøy", "steinar.rodoy@rodoy.kommune.no"),
    subject="Redusere listetak",
    body="""Hei,

Fastlege Steinar Hagen, liste 183602, går ned i stillingsprosent og ønsker å redusere listetaket fra 1000 til 800. Kommunen støtter dette.

Med vennlig hilsen
Steinar Rødøy
Rådgiver
Rødøy kommune
""",
    gold=lreq("1836", [{"type": "ceiling_change", "flr_list_id": "183602", "gp_name": "Steinar Hagen",
                        "new_ceiling": 800}],
              note="A lowered ceiling ('redusere ... fra 1000 til 800'): new_ceiling 800; increase not scored (-200 or a refusal to give a negative increase are both arguable); the clerk shares the GP's first name."))

# ==========================================================================
# Other
# ==========================================================================
add("other", "p_o01_beiarn_asks_if_registered",
    client="outlook", date=when(2026, 2, 24, 10, 19, 55, utc=True),
    sender=("Kristin Moldjord", "kristin.moldjord@beiarn.kommune.no"),
    subject="Spørsmål om oppsigelse er registrert",
    body="""Hei,

Vi sendte 12. januar melding om at fastlege Petter Storjord (HPR 3848451) ved Beiarn legekontor har sagt opp med siste arbeidsdag 31.07.2026. Vi har ikke fått noen bekreftelse.

Kan dere bekrefte at oppsigelsen er registrert hos dere?

Hilsen
Kristin Moldjord
Beiarn kommune
""",
    gold=dict(kind="other", municipality="1839", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="A question whether an earlier notice was registered; it repeats the GP, HPR and last day but is no new notice: kind other; municipal sender, so review."))

add("other", "p_o02_moskenes_outlook_recall",
    client="outlook", date=when(2026, 5, 27, 8, 4, 12, utc=True),
    sender=("Lise Fjell", "lise.fjell@moskenes.kommune.no"),
    subject="Tilbakekall: Oppsigelse av fastlegeavtale – Hanne Mo",
    body="""Lise Fjell ønsker å tilbakekalle meldingen «Oppsigelse av fastlegeavtale – Hanne Mo».
""",
    gold=dict(kind="other", municipality="1874", needs_review=None, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="An Outlook recall message whose subject names a termination: kind other, no orders; the original never reached this corpus. Municipal sender, but a machine-made recall may fairly be exempt, as o09: review not scored."))

add("other", "p_o03_nhn_service_notice",
    client="outlook", date=when(2026, 3, 11, 14, 0, 0, utc=True),
    sender=("Norsk helsenett – driftsmeldinger", "driftsmelding@nhn.no"),
    subject="Planlagt vedlikehold – Fastlegeregisteret 14.03.2026",
    body="""Planlagt vedlikehold

Fastlegeregisteret (FLR) er utilgjengelig lørdag 14.03.2026 kl. 18.00–22.00. I dette tidsrommet kan ikke Helfo registrere ny fastlege, ubesatt liste, endring av listetak eller manuell fordeling av innbyggere.

Meldinger fra kommunene som kommer inn i perioden, behandles mandag 16.03.2026.

Med vennlig hilsen
Norsk helsenett SF
Driftssenteret
""",
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID,
              note="A service notice from Norsk helsenett (not a municipality, no bulk headers) naming every kind: ny fastlege, ubesatt liste, listetak, manuell fordeling, with dates; kind other, no review."))

add("other", "p_o04_varoy_contact_list",
    client="outlook", date=when(2026, 8, 25, 9, 47, 30, utc=True),
    sender=("Oddny Værøy Olsen", "oddny.olsen@varoy.kommune.no"),
    subject="Oppdatert kontaktliste – Værøy legekontor",
    body="""Hei,

Til orientering sender vi oppdatert kontaktliste for Værøy legekontor. Det er ingen endringer på listene.

Fastlege Geir Nordskog, HPR 3849062, liste 185701, tlf. 75 42 06 10
Fastlege Åsa Nordskog, HPR 3849673, liste 185703, tlf. 75 42 06 11
Kontaktperson kommunen: Oddny Værøy Olsen, tlf. 75 42 05 00

Hilsen
Oddny Værøy Olsen
Værøy kommune
""",
    gold=dict(kind="other", municipality="1857", needs_review=True, orders=[],
              forbid=BASE_FORBID,
              note="A contact list with two GPs, HPR numbers, list IDs and phone numbers, explicitly 'ingen endringer på listene': kind other, no orders; municipal sender, so review."))

# ==========================================================================
# Documents
# ==========================================================================
add("documents", "p_a01_skjak_nynorsk_docx_letter",
    client="outlook", date=when(2026, 2, 4, 12, 55, 3, utc=True),
    sender=("Gudrun Sperstad", "gudrun.sperstad@skjak.kommune.no"),
    subject="Oppseiing fastlegeavtale",
    body="""Hei,

Vedlagt oppseiing frå ein av fastlegane våre.

Med helsing
Gudrun Sperstad
Skjåk kommune
""",
    atts=[("Oppseiing Ragnhild Bakken.docx", DOCX, docx([
        "Ragnhild Bakken",
        "Skjåk legekontor",
        "2690 Skjåk",
        "",
        "Skjåk kommune",
        "v/ kommunalsjef helse",
        "",
        "Skjåk, 2. februar 2026",
        "",
        "Oppseiing av fastlegeavtalen",
        "Eg har vore fastlege i Skjåk sidan 1. august 2011. Med dette seier eg opp fastlegeavtalen min (HPR 3830014).",
        "Etter samtale med kommunen er siste arbeidsdag 30. juni 2026.",
        "",
        "Helsing",
        "Ragnhild Bakken",
    ]))],
    gold=dict(kind="termination_notice", municipality="3433",
              orders=[term("Ragnhild Bakken", "3830014", "Skjåk legekontor", D(2026, 2, 2), last=D(2026, 6, 30))],
              note="Nynorsk letter in a .docx: the letter date ('Skjåk, 2. februar 2026') is the notice date; the start in 2011 is a distractor; stated last day 30 June 2026, earlier than the notice period (31 August)."))

add("documents", "p_a02_dovre_pdf_label_lines",
    client="outlook", date=when(2026, 6, 16, 8, 21, 40, utc=True),
    sender=("Per Brenden", "per.brenden@dovre.kommune.no"),
    subject="Melding til fastlegeregisteret",
    body="""Vedlagt melding.

Per Brenden
Dovre kommune
""",
    atts=[("Melding til fastlegeregisteret Dovre.pdf", PDF, pdf([
        "MELDING TIL FASTLEGEREGISTERET",
        "Kommune: Dovre (3431)",
        "Dato: 15.06.2026",
        "Type endring: Ny fastlege overtar eksisterende liste",
        "FLR listenummer: 343104",
        "Legekontor: Dombås legesenter",
        "Fratredende fastlege: Ivar Brenden, HPR-nr. 3830625",
        "Siste arbeidsdag fratredende: 31.08.2026",
        "Ny fastlege: Sunniva Lie, HPR-nr. 3831236",
        "Gjelder fra: 01.09.2026",
        "Listetak: 1000",
    ]))],
    gold=dict(kind="list_change", municipality="3431",
              orders=[change("new_gp", "343104", "Dombås legesenter", "Ivar Brenden", "3830625",
                             "Sunniva Lie", "3831236", D(2026, 9, 1), 1000)],
              note="The form as a generated PDF (text layer, label lines); three dates: form date 15.06, old GP's last day 31.08 and the start 01.09.2026. Received Tue 16 Jun 2026, registered Thu 18 Jun: in time; 77 days ahead."))

add("documents", "p_a03_vestre_slidre_docx_table_ceiling",
    client="outlook", date=when(2026, 4, 21, 11, 3, 9, utc=True),
    sender=("Astrid Bøe", "astrid.boe@vestre-slidre.kommune.no"),
    subject="Søknad om auka listetak",
    body="""Hei,

Sjå vedlagt søknad.

Med helsing
Astrid Bøe
Vestre Slidre kommune
""",
    atts=[("Søknad auka listetak Vestre Slidre.docx", DOCX, docx([
        "Søknad om auka listetak",
        "Vestre Slidre kommune søkjer om auka listetak for denne fastlegen:",
        "<TABLE>",
        "Kommunen stør søknaden.",
    ], table=[["FLR-ID", "Fastlege", "HPR", "Noverande listetak", "Nytt listetak"],
              ["345202", "Tor Einar Bøe", "3831847", "900", "1000"]]))],
    gold=lreq("3452", [{"type": "ceiling_change", "flr_list_id": "345202", "gp_name": "Tor Einar Bøe",
                        "hpr_number": "3831847", "increase": 100, "new_ceiling": 1000}],
              note="A ceiling raise in a Word table (nynorsk headers 'Noverande listetak' / 'Nytt listetak'): increase 100 and new ceiling 1000 follow; the GP and the clerk share a surname."))


def checks():
    for m in MSGS:
        rec = received_date(m["date"])
        assert D(2025, 1, 1) <= rec <= D(2027, 12, 31), m["name"]
    weekday(D(2027, 1, 29), "Fri")       # p_t03
    weekday(D(2027, 3, 1), "Mon")        # p_t07
    weekday(D(2026, 3, 8), "Sun")        # p_t06
    assert registration(D(2026, 5, 12)) == D(2026, 5, 15)   # p_l02 (Ascension 14 May)
    have = set()
    for p in (HERE / "registry" / "lists.csv", HERE / "registry" / "unassigned.csv"):
        have |= set(csv_rows(p))
    for r in LISTS_P + UNASSIGNED_P:
        h = csv_rows(HERE / "registry" / ("lists.csv" if len(r) == 7 else "unassigned.csv")).get(r[0])
        assert h is None or h == tuple(str(x) for x in r), ("id or municipality already used", r)
    hprs = {r[3] for r in csv_rows(HERE / "registry" / "lists.csv").values()}
    for r in LISTS_P:
        assert r[3] not in hprs or csv_rows(HERE / "registry" / "lists.csv").get(r[0]), r


def main():
    names = [m["name"] for m in MSGS]
    assert len(names) == len(set(names)) and all(n.startswith("p_") for n in names)
    checks()
    for m in MSGS:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{m['name']}.eml").write_bytes(build(m))
        gold = finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size",
                LISTS_P)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_P)
    print(f"wrote {len(MSGS)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
