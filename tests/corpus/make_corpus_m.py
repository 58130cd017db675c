#!/usr/bin/env python3
"""Build the m_ test corpus for `postmottak parse`: 30 messages in the shared
corpus's style (14 terminations, 10 list changes, 3 manual distribution
requests, 3 other), each varying the shared messages along the same axes:
where the notice date comes from ('i går' on the 1st, a weekday name, a date
without a year across New Year, a letter's date, an English or Gmail forward
header, an attached message's Date header), how the last day is said (or not),
distractor dates and numbers, nynorsk, HTML only, latin-1, two GPs, death,
retirement; list changes with and without start dates, matched by HPR to the
terminations here, timing on holiday boundaries in 2026-2027.

    .venv/bin/python tests/corpus/make_corpus_m.py [OUTDIR]

Nine municipalities that no other corpus uses (real numbers and domains,
2024 numbering; received dates 2025-2027).  People, HPR numbers, FLR list
IDs, phone, org and case numbers are made up.

Golds follow shared/CONTRACT.md and the shared corpus README: notice periods,
transfer dates, timing (receipt day in Europe/Oslo + 2 Norwegian business
days, `holidays` package) and Helsenorge (start - receipt < 42 days) are
computed here.  A field that a reasonable parser could read either way is
left out of the gold; needs_review is null where either answer is defensible.

Writes NAME.eml + NAME.expected.json (prefix m_) into the kind folders and
APPENDS its rows to registry/lists.csv and registry/unassigned.csv (existing
rows never changed; a rerun changes nothing).  Deterministic.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sys
from email import policy
from email.header import Header
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.utils import formataddr
from pathlib import Path

from corpus_kit import (  # machinery shared with make_corpus_m/p/r.py
    append_rows, B64, BASE_FORBID, csv_rows, D, esc, first_next_month, iso, mid_outlook, mid_uuid,
    notice_period_end, OMIT, outlook_hdrs, outlook_html, QP, received_date, registration, tb_html,
    term, text_part, TIMING, timing_code, weekday, when,
)

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE

from email.mime.application import MIMEApplication

# --------------------------------------------------------------------------
# Registry rows for the m_ messages (municipalities no other corpus uses)
# --------------------------------------------------------------------------
LISTS_M = [
    ("322803", "3228", "Bente Langeland", "9261129", "open", 1200, 1190),
    ("322809", "3228", "Kjetil Fossum", "9261586", "closed", 1000, 1000),
    ("322814", "3228", "Tone Fossbakken", "9214307", "open", 1000, 985),
    ("157803", "1578", "Solveig Ytterdal", "9221406", "open", 800, 790),
    ("185601", "1856", "Trond Pettersen", "9230518", "open", 600, 540),
    ("312402", "3124", "Liv Thorsrud", "9253374", "open", 900, 880),
    ("311405", "3114", "Randi Holtan", "9294470", "open", 900, 875),
    ("151508", "1515", "Jørn Eliassen", "9338465", "open", 1000, 960),
    ("151511", "1515", "Marit Solstad", "9338912", "open", 1000, 995),
    ("461504", "4615", "Åsmund Grøtteland", "9270231", "open", 800, 770),
    ("461507", "4615", "Kristin Haaland", "9327356", "open", 700, 700),
    ("563202", "5632", "Gunnar Hovde", "9289015", "open", 700, 690),
]
UNASSIGNED_M = [
    ("3228", 11, "automatic"), ("1578", 1, "automatic"), ("1856", 0, "automatic"),
    ("1867", 2, "automatic"), ("3124", 0, "automatic"), ("3114", 3, "automatic"),
    ("1515", 4, "automatic"), ("4615", 2, "automatic"), ("5632", 5, "manual"),
]
REG = {r[0]: r for r in LISTS_M}
UNA = {r[0]: r for r in UNASSIGNED_M}

# --------------------------------------------------------------------------
# Gold helpers
# --------------------------------------------------------------------------


def change(typ, flr, clinic=OMIT, prev=OMIT, prev_hpr=OMIT, gp=OMIT, hpr=OMIT,
           start=None, ceiling=OMIT, transfer=None):
    o = {"type": typ} if flr is OMIT else {"type": typ, "flr_list_id": flr}
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
        rc = registry_codes(g["municipality"], [o["flr_list_id"] for o in orders if o.get("flr_list_id")])
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
    elif client == "gmail":
        msg = MIMEMultipart("alternative", boundary="0000000000" + hashlib.md5(
            m["name"].encode()).hexdigest()[:18])
        msg.attach(text_part(body, "plain", cs, enc))
        divs = "".join(f"<div>{esc(ln) or '<br>'}</div>" for ln in body.split("\n"))
        msg.attach(text_part(f'<div dir="ltr">{divs}</div>\n', "html", cs, enc))
        h = hashlib.sha1(m["name"].encode()).hexdigest()
        mid = f"<CAH{h[:20]}+{h[20:34]}@mail.gmail.com>"
        extra = {}
    elif client == "custom":
        msg = m["html"]
        mid = mid_uuid(m["name"], domain)
        extra = {}
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
            if ctype == "message/rfc822":
                a = MIMEMessage(data)
                a.add_header("Content-Disposition", "attachment", filename=fname)
                mixed.attach(a)
                continue
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


def tgold(kommune, orders, note, review=False, forbid=None):
    g = {"kind": "termination_notice", "municipality": kommune, "orders": orders,
         "needs_review": review, "note": note}
    if forbid is not None:
        g["forbid"] = forbid
    return g


def lgold(kommune, orders, note, **kw):
    return {"kind": "list_change", "municipality": kommune, "orders": orders, "note": note, **kw}


def ogold(kind, kommune, orders, review, note, forbid=()):
    return {"kind": kind, "municipality": kommune, "orders": orders, "needs_review": review,
            "forbid": BASE_FORBID + list(forbid), "note": note}


def transfer_of(last):
    return first_next_month(last)


# Facts shared by a termination and its follow-up (computed once).
NES_T1_NOTICE = D(2026, 6, 30)                     # 'i går' on Wed 1 Jul 2026
NES_T1_TRANSFER = transfer_of(notice_period_end(NES_T1_NOTICE))      # 2027-01-01
FJORD_NOTICE = D(2026, 1, 9)                       # 'sist fredag' on Tue 13 Jan 2026
FJORD_TRANSFER = transfer_of(notice_period_end(FJORD_NOTICE))        # 2026-08-01
AREMARK_NOTICE = D(2026, 8, 27)                    # the attached mail's Date header
AREMARK_TRANSFER = transfer_of(notice_period_end(AREMARK_NOTICE))    # 2027-03-01
NES_KJETIL_NOTICE = D(2026, 3, 4)
NES_KJETIL_TRANSFER = transfer_of(notice_period_end(NES_KJETIL_NOTICE))  # 2026-10-01
HEROY_MARIT_NOTICE = D(2026, 10, 1)
HEROY_MARIT_TRANSFER = transfer_of(notice_period_end(HEROY_MARIT_NOTICE))  # 2027-05-01

# ==========================================================================
# Terminations (14)
# ==========================================================================
T("m_t01_nes_i_gar_on_the_first",
  client="outlook", date=when(2026, 7, 1, 8, 5, 12, utc=True),
  sender=("Hanne Sætre", "hanne.saetre@nes-ak.kommune.no"),
  subject="Oppsigelse fastlegeavtale – Auli legekontor",
  body="""Hei,

Fastlege Tone Fossbakken (HPR 9214307) ved Auli legekontor leverte i går skriftlig oppsigelse av fastlegeavtalen med Nes kommune. Hun har seks måneders oppsigelsestid, og det er ikke avtalt noen annen siste arbeidsdag.

Vi har møte med legekontoret 8. juli om rekruttering og melder fra om ny fastlege så snart det er klart.

Med vennlig hilsen
Hanne Sætre
Rådgiver, Helse og mestring
Nes kommune
Tlf. 66 10 60 00
""",
  gold=tgold("3228", [term("Tone Fossbakken", "9214307", "Auli legekontor", NES_T1_NOTICE)],
             "'i går' on the 1st of a month (Wed 1 Jul 2026, 08:05 in Oslo): the notice is 30 June, so six months from 1 July end on 31 December 2026 (reading 'i går' as the receipt day would give 31 January 2027); the meeting 8. juli is a distractor. flr_list_id not scored. list_change/m_l01 is the follow-up."))

T("m_t02_fjord_nynorsk_sist_fredag",
  client="outlook", date=when(2026, 1, 13, 13, 40, 2, utc=True),
  sender=("Eldbjørg Linge", "eldbjorg.linge@fjord.kommune.no"),
  subject="Oppseiing fastlegeavtale Valldal legekontor",
  body="""Hei,

Fastlege Solveig Ytterdal (HPR 9221406) ved Valldal legekontor sa opp fastlegeavtalen sin med Fjord kommune sist fredag. Siste arbeidsdag er ikkje avklara, så vi reknar med vanleg oppseiingstid på seks månader.

Vi har møte med legekontoret 20. januar og melder frå om ny fastlege eller ubesett liste etter det.

Med helsing
Eldbjørg Linge
kommunalsjef helse og omsorg
Fjord kommune
""",
  gold=tgold("1578", [term("Solveig Ytterdal", "9221406", "Valldal legekontor", FJORD_NOTICE)],
             "Nynorsk; the notice date is only a weekday name: 'sist fredag' in a mail of Tue 13 Jan 2026 is Fri 9 Jan 2026; six months from 1 February end on 31 July 2026. The meeting 20. januar is a distractor. flr_list_id not scored. list_change/m_l02 is the follow-up."))

T("m_t03_rost_desember_without_year_iphone",
  client="iphone", date=when(2026, 1, 2, 8, 55, 31),
  sender=("Vigdis Ellingsen", "vigdis.ellingsen@rost.kommune.no"),
  subject="Oppsigelse fastlege",
  body="""Hei.

Legen vår, Trond Pettersen (HPR 9230518), Røst legekontor, leverte oppsigelse 29. desember. Siste arbeidsdag blir 30. juni.

Godt nyttår!

Mvh Vigdis Ellingsen
Røst kommune

Sendt fra min iPhone
""",
  gold=tgold("1856", [term("Trond Pettersen", "9230518", "Røst legekontor", D(2025, 12, 29), last=D(2026, 6, 30))],
             "Dates without a year across New Year: received Fri 2 Jan 2026, so '29. desember' is 2025 and '30. juni' is 2026 (stated, equal to the notice period). flr_list_id not scored. list_change/m_l03 is the follow-up."))

T("m_t04_bo_vs_english_outlook_header",
  client="outlook", date=when(2026, 4, 13, 10, 30, 44, utc=True),
  sender=("Ragnhild Kristoffersen", "ragnhild.kristoffersen@boe.kommune.no"),
  subject="VS: Oppsigelse av fastlegeavtale",
  body="""Til orientering. Bø kommune kommer tilbake med melding om ny fastlege.

Mvh
Ragnhild Kristoffersen
Kommuneoverlege
Bø kommune

From: Ingrid Sørensen <ingrid.sorensen@straumelegekontor.no>
Sent: Thursday, April 9, 2026 2:14 PM
To: Ragnhild Kristoffersen <ragnhild.kristoffersen@boe.kommune.no>
Subject: Oppsigelse av fastlegeavtale

Hei Ragnhild,

Jeg sier med dette opp fastlegeavtalen min med Bø kommune. Som avtalt på telefon blir siste arbeidsdag fredag 30. oktober 2026.

Vennlig hilsen
Ingrid Sørensen
Fastlege, Straume legekontor
HPR 9242163
""",
  gold=tgold("1867", [term("Ingrid Sørensen", "9242163", "Straume legekontor", D(2026, 4, 9), last=D(2026, 10, 30))],
             "Inline VS: forward whose header block is in English ('Sent: Thursday, April 9, 2026 2:14 PM'): that is the notice date, not the forward's 13 April; last day a Friday at the end of October (stated, one day before the notice period's end); HPR only in the GP's signature. flr_list_id not scored."))

_aremark_inner = MIMEText("""Hei Geir Arne,

Jeg sier med dette opp min fastlegeavtale med Aremark kommune, med vanlig oppsigelsestid. Siste arbeidsdag kan vi avtale senere.

HPR-nr. 9253374

Hilsen Liv
Liv Thorsrud
Aremark legekontor
""", "plain", "utf-8")
_aremark_inner["From"] = "Liv Thorsrud <liv.thorsrud@aremarklegekontor.no>"
_aremark_inner["To"] = "Geir Arne Brekke <geir.arne.brekke@aremark.kommune.no>"
_aremark_inner["Subject"] = "Oppsigelse"
_aremark_inner["Date"] = when(2026, 8, 27, 15, 32, 10)
_aremark_inner["Message-ID"] = "<5b1e0c44-77a2-4f0e-9d1a-3c2b8e6f1a90@aremarklegekontor.no>"

T("m_t05_aremark_rfc822_date_header_only",
  client="thunderbird", date=when(2026, 9, 7, 9, 10, 3),
  sender=("Geir Arne Brekke", "geir.arne.brekke@aremark.kommune.no"),
  subject="Fwd: Oppsigelse",
  body="""Hei,

Videresender oppsigelsen fra fastlege Liv Thorsrud, se vedlagt e-post. Siste arbeidsdag er ikke avtalt ennå.

Hilsen
Geir Arne Brekke
Helse og omsorg
Aremark kommune
""",
  atts=[("Oppsigelse.eml", "message/rfc822", _aremark_inner)],
  gold=tgold("3124", [term("Liv Thorsrud", "9253374", "Aremark legekontor", AREMARK_NOTICE)],
             "Attached message/rfc822 forward whose text has no date: the notice date is the attached mail's Date header (Thu 27 Aug 2026), not the forward's 7 September; six months from 1 September end on 28 February 2027 (not a leap year). flr_list_id not scored. list_change/m_l04 is the follow-up."))

T("m_t06_nes_html_table_two_gps_retirement",
  client="html", date=when(2026, 3, 5, 13, 20, 9),
  sender=("Hanne Sætre", "hanne.saetre@nes-ak.kommune.no"),
  subject="Oppsigelser fastleger Årnes legesenter",
  body="",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hei,</p>
<p>Nes kommune melder om to oppsigelser ved &Aring;rnes legesenter:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Fastlege</th><th>HPR</th><th>Oppsigelse levert</th><th>Siste arbeidsdag</th><th>&Aring;rsak</th></tr>
<tr><td>Bente&nbsp;Langeland</td><td>9261129</td><td>2.3.2026</td><td>31.8.2026</td><td>Alderspensjon</td></tr>
<tr><td>Kjetil&nbsp;Fossum</td><td>9261586</td><td>4.3.2026</td><td>Ikke avklart (ordin&aelig;r oppsigelsestid)</td><td>Egen oppsigelse</td></tr>
</table>
<p>Vi melder ny fastlege eller ubesatt liste for begge listene s&aring; snart det er klart.</p>
<p>Med vennlig hilsen<br>
Hanne S&aelig;tre<br>
R&aring;dgiver, Helse og mestring<br>
Nes kommune<br>
Org.nr. 964 950 946 | Tlf. 66 10 60 00</p>
</body></html>
""",
  gold=tgold("3228", [
      term("Bente Langeland", "9261129", "Årnes legesenter", D(2026, 3, 2), reason="retirement", last=D(2026, 8, 31)),
      term("Kjetil Fossum", "9261586", "Årnes legesenter", NES_KJETIL_NOTICE)],
      "HTML only: one table row per GP, the clinic only in the sentence above; one retirement with a stated last day (31.8.2026), one resignation with 'Ikke avklart' in the last-day column (six months from 1 April: 30 September 2026); org.nr. and phone in the signature. flr_list_id not scored. list_change/m_l05 is the follow-up."))

T("m_t07_fitjar_latin1_nynorsk_letter_date",
  client="thunderbird", charset="iso-8859-1", enc=B64, date=when(2025, 10, 20, 10, 2, 40),
  sender=("Randi Bjørnstad", "randi.bjornstad@fitjar.kommune.no"),
  subject="Oppseiing fastlegeavtale - Åsmund Grøtteland",
  body="""Hei,

Vedlagt følgjer oppseiing frå fastlege Åsmund Grøtteland. Brevet er limt inn under.

Helsing
Randi Bjørnstad
Helse og omsorg, Fitjar kommune
Saksnr. 25/1187 - tlf. 53 45 85 00

-----
Fitjar, 14. oktober 2025

Oppseiing av fastlegeavtale

Eg, Åsmund Grøtteland, HPR-nr. 9270231, seier med dette opp fastlegeavtalen min ved Fitjar legekontor. Etter avtale med kommuneoverlegen sluttar eg 31. mars 2026, ein månad før oppseiingstida går ut.

Med venleg helsing
Åsmund Grøtteland
""",
  gold=tgold("4615", [term("Åsmund Grøtteland", "9270231", "Fitjar legekontor", D(2025, 10, 14), last=D(2026, 3, 31))],
             "ISO-8859-1 base64 body, nynorsk letter pasted under a covering note: the letter's date (14. oktober 2025) is the notice date, not the receipt 20 October; an agreed last day (31 March 2026) one month before the notice period ends; case number and phone are distractors. flr_list_id not scored. list_change/m_l06 is the follow-up."))

T("m_t08_batsfjord_death_list_id",
  client="outlook", date=when(2026, 11, 17, 9, 40, 27, utc=True),
  sender=("Sissel Hansen", "sissel.hansen@batsfjord.kommune.no"),
  subject="Dødsfall – fastlege Gunnar Hovde",
  body="""Til Helfo

Det er med stor sorg vi må melde at vår fastlege Gunnar Hovde (HPR 9289015) ved Båtsfjord legekontor, liste 563202, døde brått lørdag 14. november 2026.

Bisettelsen blir fredag 20. november. Listen driftes inntil videre av vikar fra Vadsø. Båtsfjord kommune sender melding til fastlegeregisteret om videre drift så snart vi vet mer.

Med hilsen
Sissel Hansen
Kommunalleder helse
Båtsfjord kommune
""",
  gold=tgold("5632", [term("Gunnar Hovde", "9289015", "Båtsfjord legekontor", None, reason="death",
                           flr="563202", score_notice=False)],
             "Death with the FLR list in the text: no notice period, last day and transfer date null, basis unknown; the funeral date (20. november) and 'vikar fra Vadsø' (another municipality) are distractors; notice_date not scored; review either way.",
             review=None))

T("m_t09_valer_pension_i_dag_mid_january",
  client="outlook", date=when(2026, 8, 5, 9, 30, 55, utc=True),
  sender=("Tor Arne Kirkeng", "tor.arne.kirkeng@valer-of.kommune.no"),
  subject="Fastlege går av med pensjon – Randi Holtan",
  body="""Hei,

Fastlege Randi Holtan (HPR 9294470) ved Kirkebygden legekontor har i dag levert skriftlig melding om at hun går av med alderspensjon. Etter avtale med kommunen blir siste arbeidsdag fredag 15. januar 2027.

Hjemmelen lyses ut i neste uke med søknadsfrist 1. september 2026.

Vennlig hilsen
Tor Arne Kirkeng
Kommuneoverlege
Våler kommune
Tlf. 69 28 91 00
""",
  gold=tgold("3114", [term("Randi Holtan", "9294470", "Kirkebygden legekontor", D(2026, 8, 5), reason="retirement", last=D(2027, 1, 15))],
             "Retirement; 'i dag' from the Date header (5 Aug 2026); stated last day in the middle of January 2027, so the transfer is 1 February; the application deadline is a distractor; 'Våler kommune' is two municipalities, the domain valer-of (Østfold) tells which. flr_list_id not scored. list_change/m_l09 is the follow-up."))

T("m_t10_bo_gmail_forward_norwegian_date",
  client="gmail", date=when(2026, 3, 4, 9, 47, 18),
  sender=("Ragnhild Kristoffersen", "ragnhild.kristoffersen@boe.kommune.no"),
  subject="Fwd: Oppsigelse",
  body="""Hei Helfo,

Oppsigelse fra en av våre fastleger videresendes under. Hun har ordinær oppsigelsestid.

Mvh Ragnhild Kristoffersen
Kommuneoverlege, Bø kommune

---------- Forwarded message ---------
Fra: Hilde Jakobsen <hilde.jakobsen@straumelegekontor.no>
Date: tir. 3. mar. 2026 kl. 14:12
Subject: Oppsigelse
To: Ragnhild Kristoffersen <ragnhild.kristoffersen@boe.kommune.no>


Hei Ragnhild,

Jeg sier med dette opp min fastlegeavtale ved Straume legekontor.

Hilsen Hilde Jakobsen
HPR 9302118
""",
  gold=tgold("1867", [term("Hilde Jakobsen", "9302118", "Straume legekontor", D(2026, 3, 3))],
             "Gmail forward with a Norwegian short date in its header ('Date: tir. 3. mar. 2026 kl. 14:12'): the notice date is 3 March, the day before receipt; no last day, six months from 1 April: 30 September 2026. flr_list_id not scored."))

T("m_t11_heroy_nynorsk_ved_utgangen_av_februar",
  client="thunderbird", date=when(2026, 9, 11, 14, 3, 50),
  sender=("Ingebjørg Rogne", "ingebjorg.rogne@heroy.kommune.no"),
  subject="Oppseiing - fastlege Margit Hareide",
  body="""Hei,

Lege Margit Hareide (hpr.nr. 812 40 96) ved Fosnavåg legekontor sa opp avtalen sin 10.09.26. Ho har fått løyve til å slutte før oppseiingstida er ute, og sluttar ved utgangen av februar.

Med helsing
Ingebjørg Rogne
kommunalsjef helse
Herøy kommune
Telefon 70 08 13 00
""",
  gold=tgold("1515", [term("Margit Hareide", "8124096", "Fosnavåg legekontor", D(2026, 9, 10), last=D(2027, 2, 28))],
             "Nynorsk; HPR with spaces ('812 40 96'); 'ved utgangen av februar' without a year is February 2027 (stated, a month before the notice period ends); two-digit year in '10.09.26'; 'Herøy kommune' is two municipalities, the domain heroy.kommune.no is Møre og Romsdal. flr_list_id not scored."))

T("m_t12_fjord_clinic_manager_on_behalf",
  client="outlook", date=when(2027, 2, 2, 14, 15, 8, utc=True),
  sender=("Tove Flatland", "tove.flatland@stordallegekontor.no"),
  subject="Oppsigelse fastlegeavtale – Ola Hjelle",
  cc="postmottak@fjord.kommune.no",
  body="""Til Helfo

På vegne av vår lege Ola Hjelle (HPR 9318804) melder vi at han har sagt opp fastlegeavtalen med Fjord kommune. Oppsigelsen ble levert kommunen mandag 1. februar 2027, og siste arbeidsdag er avtalt til 31. mai 2027.

Fjord kommune har fått kopi av denne e-posten.

Med vennlig hilsen
Tove Flatland
Daglig leder, Stordal legekontor
Tlf. 70 27 81 20
""",
  gold=tgold("1578", [term("Ola Hjelle", "9318804", "Stordal legekontor", D(2027, 2, 1), last=D(2027, 5, 31))],
             "Sent by the clinic's manager on the GP's behalf, not by the municipality (clinic domain, municipality in the text and Cc): review either way; notice 'mandag 1. februar 2027', the day before receipt; stated last day 31 May 2027. flr_list_id not scored.",
             review=None))

T("m_t13_fitjar_nynorsk_tre_manader",
  client="outlook", date=when(2026, 2, 12, 10, 10, 33, utc=True),
  sender=("Sigrun Aase", "sigrun.aase@fitjar.kommune.no"),
  subject="Oppseiing av fastlegeavtale",
  body="""Hei,

Fastlege Kristin Haaland (HPR 9327356) ved Fitjar legekontor har sagt opp fastlegeavtalen sin. Oppseiinga kom 11. februar. Etter avtale med kommunen har ho tre månaders oppseiingstid, og siste arbeidsdag vert 31. mai 2026.

Saka vert lagd fram for formannskapet 19. februar.

Med helsing
Sigrun Aase
rådgjevar, helse og omsorg
Fitjar kommune
Org.nr. 944 233 199
""",
  gold=tgold("4615", [term("Kristin Haaland", "9327356", "Fitjar legekontor", D(2026, 2, 11), last=D(2026, 5, 31))],
             "Nynorsk; a shortened notice period of three months with the last day stated (31 May 2026, not the six-month 31 August); notice '11. februar' without a year; the council meeting 19. februar and the org.nr. are distractors. flr_list_id not scored. list_change/m_l10 is the follow-up."))

T("m_t14_heroy_nynorsk_two_gps_list_ids",
  client="outlook", date=when(2026, 10, 2, 13, 20, 15, utc=True),
  sender=("Ingebjørg Rogne", "ingebjorg.rogne@heroy.kommune.no"),
  subject="To oppseiingar ved Eggesbønes legesenter",
  body="""Hei,

Herøy kommune melder to oppseiingar ved Eggesbønes legesenter:

- Liste 151508: Jørn Eliassen (HPR 9338465). Sa opp 30.09.2026. Siste arbeidsdag er avtalt til 31.12.2026.
- Liste 151511: Marit Solstad (HPR 9338912). Sa opp 01.10.2026. Siste arbeidsdag er ikkje avklart; ho har seks månaders oppseiingstid.

Vi melder frå om ny fastlege eller ubesett liste for begge når det er klart.

Med helsing
Ingebjørg Rogne
kommunalsjef helse
Herøy kommune
Telefon 70 08 13 00
""",
  gold=tgold("1515", [
      term("Jørn Eliassen", "9338465", "Eggesbønes legesenter", D(2026, 9, 30), last=D(2026, 12, 31), flr="151508"),
      term("Marit Solstad", "9338912", "Eggesbønes legesenter", HEROY_MARIT_NOTICE, flr="151511")],
      "Nynorsk bullets, two GPs each with an FLR list; one stated last day at the year's end (transfer 1 Jan 2027), one not settled (notice on the 1st of October: six months from 1 November end on 30 April 2027). list_change/m_l07 is the follow-up."))

# ==========================================================================
# List changes (10)
# ==========================================================================
L("m_l01_nes_new_gp_friday_new_year_after_transfer",
  client="thunderbird", date=when(2026, 12, 30, 10, 20, 5),
  sender=("Hanne Sætre", "hanne.saetre@nes-ak.kommune.no"),
  subject="Melding til fastlegeregisteret - liste 322814",
  body="""Hei,

Melding til fastlegeregisteret:

Henrik Aasland (HPR 9214822) overtar liste 322814 ved Auli legekontor etter Tone Fossbakken (HPR 9214307) fra 1. januar 2027. Listetak 1000.

Beklager at dette kommer i romjulen.

Med vennlig hilsen
Hanne Sætre
Rådgiver, Helse og mestring
Nes kommune
""",
  gold=lgold("3228", [change("new_gp", "322814", "Auli legekontor", "Tone Fossbakken", "9214307",
                             "Henrik Aasland", "9214822", D(2027, 1, 1), 1000)],
             "New Year on a Friday: received Wed 30 Dec 2026; +1 Thu 31 Dec, +2 Mon 4 Jan 2027 (1 Jan is a holiday, 2-3 Jan a weekend), after the 1 Jan transfer: error, review (weekdays only would give Fri 1 Jan, on the day: late letters). Follow-up to termination/m_t01."))

L("m_l02_fjord_ubesett_vikar_named",
  client="outlook", date=when(2026, 7, 6, 9, 15, 40, utc=True),
  sender=("Eldbjørg Linge", "eldbjorg.linge@fjord.kommune.no"),
  subject="Ubesett liste 157803 – Valldal legekontor",
  body="""Hei,

Vi har ikkje fått tilsett ny fastlege etter Solveig Ytterdal (HPR 9221406). Liste 157803 ved Valldal legekontor vert difor ubesett frå 1. august 2026. Listetaket vert ståande på 800.

Vikar Jonas Brekke driv lista frå 3. august.

Med helsing
Eldbjørg Linge
kommunalsjef helse og omsorg
Fjord kommune
""",
  gold=lgold("1578", [change("unassigned_list", "157803", "Valldal legekontor", "Solveig Ytterdal", "9221406",
                             start=D(2026, 8, 1), ceiling=800)],
             "Nynorsk 'vert ubesett frå'; the substitute (named, starting 3. august) is not a new GP. Received Mon 6 Jul 2026, registered Wed 8 Jul, 24 days before 1 August: in time; 26 days ahead, so not visible on Helsenorge a month ahead. Follow-up to termination/m_t02."))

L("m_l03_rost_start_without_year",
  client="outlook", date=when(2026, 6, 11, 11, 0, 26, utc=True),
  sender=("Vigdis Ellingsen", "vigdis.ellingsen@rost.kommune.no"),
  subject="Ny fastlege Røst",
  body="""Hei,

Ny fastlege på Røst fra 1. juli: Ane Marie Hansen (HPR 9230977) overtar liste 185601 etter Trond Pettersen, som har siste arbeidsdag 30. juni. Listetak 600.

Mvh Vigdis Ellingsen
Røst kommune
""",
  gold=lgold("1856", [change("new_gp", "185601", OMIT, "Trond Pettersen", OMIT,
                             "Ane Marie Hansen", "9230977", D(2026, 7, 1), 600)],
             "Start and the old GP's last day without a year (received Thu 11 Jun 2026): '30. juni' is not the start, '1. juli' (2026) is. The old GP's HPR and the clinic are not in this message (not scored; termination/m_t03 and the registry have them). Registered Mon 15 Jun, 16 days before 1 July: in time; 20 days ahead, not visible on Helsenorge."))

L("m_l04_aremark_ubesatt_when_she_leaves",
  client="thunderbird", date=when(2027, 2, 12, 10, 0, 48),
  sender=("Geir Arne Brekke", "geir.arne.brekke@aremark.kommune.no"),
  subject="Ubesatt liste 312402",
  body="""Hei,

Vi har ikke lyktes med å rekruttere ny fastlege etter Liv Thorsrud (HPR 9253374) ved Aremark legekontor. Liste 312402 blir derfor ubesatt når hun slutter, og driftes av vikar. Listetaket er uendret.

Hilsen
Geir Arne Brekke
Helse og omsorg
Aremark kommune
""",
  gold=lgold("3124", [change("unassigned_list", "312402", "Aremark legekontor", "Liv Thorsrud", "9253374",
                             start=None, transfer=AREMARK_TRANSFER)],
             "No start date ('når hun slutter'): the transfer date comes from the matched termination/m_t05 (1 March 2027). Received Fri 12 Feb 2027, registered Tue 16 Feb, 13 days before (February 2027 has 28 days): late letters. list_ceiling not scored ('uendret': the registry has it); review either way.",
             needs_review=None))

L("m_l05_nes_two_lists_after_retirement",
  client="outlook", date=when(2026, 8, 11, 9, 45, 2, utc=True),
  sender=("Hanne Sætre", "hanne.saetre@nes-ak.kommune.no"),
  subject="Melding til fastlegeregisteret – Årnes legesenter",
  body="""Hei,

Melding til fastlegeregisteret fra Nes kommune, Årnes legesenter:

1. Liste 322803 (Bente Langeland, HPR 9261129, går av med pensjon 31.08.2026): Sara Lindqvist, HPR 9261944, overtar listen fra 01.09.2026. Listetak 1200.

2. Liste 322809 (Kjetil Fossum, HPR 9261586): blir ubesatt fra 01.10.2026. Listetak 1000.

Med vennlig hilsen
Hanne Sætre
Rådgiver, Helse og mestring
Nes kommune
""",
  gold=lgold("3228", [
      change("new_gp", "322803", "Årnes legesenter", "Bente Langeland", "9261129", "Sara Lindqvist", "9261944",
             D(2026, 9, 1), 1200),
      change("unassigned_list", "322809", "Årnes legesenter", "Kjetil Fossum", "9261586",
             start=D(2026, 10, 1), ceiling=1000)],
      "Two list changes with two different start dates; the old GP's pension date 31.08.2026 sits inside the parenthesis before the new GP. Received Tue 11 Aug 2026, registered Thu 13 Aug: 19 and 49 days ahead, both in time; 1 September is only 21 days after receipt, so not visible on Helsenorge a month ahead. Follow-up to termination/m_t06."))

L("m_l06_fitjar_form_lines_old_dates",
  client="thunderbird", date=when(2026, 3, 13, 12, 31, 9),
  sender=("Randi Bjørnstad", "randi.bjornstad@fitjar.kommune.no"),
  subject="Melding til fastlegeregisteret - Fitjar legekontor",
  body="""MELDING TIL FASTLEGEREGISTERET

Dato: 13.03.2026
Kommune: Fitjar
Listenummer: 461504
Legekontor: Fitjar legekontor
Noverande fastlege: Åsmund Grøtteland (HPR 9270231), oppseiing datert 14.10.2025, sluttar 31.03.2026
Ny fastlege: Elin Bråthen (HPR 9270688)
Frå og med: 01.04.2026
Listetak: 800

Helsing
Randi Bjørnstad
Helse og omsorg, Fitjar kommune
""",
  gold=lgold("4615", [change("new_gp", "461504", "Fitjar legekontor", "Åsmund Grøtteland", "9270231",
                             "Elin Bråthen", "9270688", D(2026, 4, 1), 800)],
             "Form-like lines in nynorsk with four dates (form date, old notice date, old last day, start): only 'Frå og med: 01.04.2026' is the start. Received Fri 13 Mar 2026, registered Tue 17 Mar, 15 days before 1 April: in time; 19 days ahead, not visible on Helsenorge. Follow-up to termination/m_t07."))

L("m_l07_heroy_nynorsk_no_start_matched",
  client="outlook", date=when(2027, 4, 16, 10, 0, 19, utc=True),
  sender=("Ingebjørg Rogne", "ingebjorg.rogne@heroy.kommune.no"),
  subject="Ny fastlege etter Marit Solstad",
  body="""Hei,

Viser til vår melding 2. oktober om oppseiing frå Marit Solstad (HPR 9338912) ved Eggesbønes legesenter.

Eirik Nygaard (HPR 9339020) er tilsett og tek over lista hennar når ho sluttar. Listetak 1000.

Med helsing
Ingebjørg Rogne
kommunalsjef helse
Herøy kommune
""",
  gold=lgold("1515", [change("new_gp", OMIT, "Eggesbønes legesenter", "Marit Solstad", "9338912",
                             "Eirik Nygaard", "9339020", None, 1000, transfer=HEROY_MARIT_TRANSFER)],
             "Nynorsk, no start date and no list number: the transfer date comes from the matched termination/m_t14 (1 May 2027). Received Fri 16 Apr 2027, registered Tue 20 Apr, 11 days before: late letters. '2. oktober' is the old notice. flr_list_id not scored (the matched termination has 151511); review either way.",
             needs_review=None))

L("m_l08_valer_zero_list_html_41_days",
  client="html", date=when(2027, 1, 19, 9, 30, 0),
  sender=("Tor Arne Kirkeng", "tor.arne.kirkeng@valer-of.kommune.no"),
  subject="Ny fastlegehjemmel – Kirkebygden legekontor",
  body="",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hei,</p>
<p>V&aring;ler kommune har opprettet en ny fastlegehjemmel ved Kirkebygden legekontor. Listen er ny (0-liste) og har ingen tidligere fastlege.</p>
<table border="0" cellpadding="3">
<tr><td>Ny fastlege:</td><td>Benedikte Moum</td></tr>
<tr><td>HPR-nummer:</td><td>9340171</td></tr>
<tr><td>Oppstart:</td><td>1. mars 2027</td></tr>
<tr><td>Listetak:</td><td>700</td></tr>
</table>
<p>Hjemmelen ble vedtatt i kommunestyret 14. januar.</p>
<p>Vennlig hilsen<br>Tor Arne Kirkeng<br>Kommuneoverlege<br>V&aring;ler kommune</p>
</body></html>
""",
  gold=lgold("3114", [change("new_gp", None, "Kirkebygden legekontor", None, None, "Benedikte Moum", "9340171",
                             D(2027, 3, 1), 700)],
             "HTML only, a new list (0-liste): no list ID, no previous GP. Received Tue 19 Jan 2027, registered Thu 21 Jan, 39 days before 1 March: in time; but 41 days ahead (one short of 42), so not visible on Helsenorge a month ahead. The council date is a distractor; review either way (new list without an ID).",
             needs_review=None))

L("m_l09_valer_form_old_last_day_mid_month",
  client="outlook", date=when(2026, 12, 11, 13, 0, 33, utc=True),
  sender=("Tor Arne Kirkeng", "tor.arne.kirkeng@valer-of.kommune.no"),
  subject="Melding til fastlegeregisteret – liste 311405",
  body="""Melding til fastlegeregisteret

Liste: 311405
Legekontor: Kirkebygden legekontor
Fratredende lege: Randi Holtan (HPR 9294470), siste arbeidsdag 15. januar 2027
Tiltredende lege: Magnus Tveiten (HPR 9294925)
Oppstart: 1. februar 2027
Listetak: 900

Vennlig hilsen
Tor Arne Kirkeng
Kommuneoverlege
Våler kommune
""",
  gold=lgold("3114", [change("new_gp", "311405", "Kirkebygden legekontor", "Randi Holtan", "9294470",
                             "Magnus Tveiten", "9294925", D(2027, 2, 1), 900)],
             "The old GP's last day in the middle of January (15. januar 2027) is not the start (1 February). Received Fri 11 Dec 2026, registered Tue 15 Dec, 48 days ahead: in time; 52 days ahead, visible on Helsenorge. Follow-up to termination/m_t09."))

L("m_l10_fitjar_ubesett_day_after_ascension",
  client="outlook", date=when(2026, 5, 15, 9, 50, 11, utc=True),
  sender=("Sigrun Aase", "sigrun.aase@fitjar.kommune.no"),
  subject="Ubesett liste - Fitjar legekontor",
  body="""Hei,

Lista til Kristin Haaland (HPR 9327356), listenummer 461507 ved Fitjar legekontor, vert ubesett frå 1. juni. Vi har framleis ikkje fått tilsett ny lege. Listetaket er 700.

Med helsing
Sigrun Aase
rådgjevar, helse og omsorg
Fitjar kommune
""",
  gold=lgold("4615", [change("unassigned_list", "461507", "Fitjar legekontor", "Kristin Haaland", "9327356",
                             start=D(2026, 6, 1), ceiling=700)],
             "Nynorsk; start without a year ('frå 1. juni'). Received Fri 15 May 2026, the day after Ascension; registered Tue 19 May, 13 days before 1 June: late letters (a warning, no review); 17 days ahead, not visible on Helsenorge. Follow-up to termination/m_t13."))

# ==========================================================================
# Manual distribution requests (3)
# ==========================================================================
add("manual_request", "m_m01_heroy_nynorsk_from_date",
    client="outlook", date=when(2026, 11, 23, 8, 0, 12, utc=True),
    sender=("Ingebjørg Rogne", "ingebjorg.rogne@heroy.kommune.no"),
    subject="Fastlege – manuell fordeling",
    body="""Hei,

Herøy kommune ynskjer å fordele innbyggarar utan fastlege sjølv frå 1. januar 2027. Vi ber difor Helfo slå av den automatiske tildelinga av fastlege for kommunen frå den datoen.

Kontaktperson er underteikna, telefon 70 08 13 00.

Med helsing
Ingebjørg Rogne
kommunalsjef helse
Herøy kommune
""",
    gold=ogold("manual_distribution_request", "1515", [{"type": "manual_distribution", "enable": True}], False,
               "Nynorsk request with a future start date ('frå 1. januar 2027') and a phone number; the subject as Helsedirektoratet asks, en dash.",
               forbid=["children_may_exceed"]))

add("manual_request", "m_m02_batsfjord_latin1_end_manual",
    client="plain", charset="iso-8859-1", date=when(2027, 3, 3, 12, 44, 1),
    sender=("Sissel Hansen", "sissel.hansen@batsfjord.kommune.no"),
    subject="Avslutte manuell fordeling",
    body="""Hei

Båtsfjord kommune har hatt manuell fordeling av innbyggere uten fastlege siden i fjor høst. Nå har vi fått på plass to nye fastleger, og vi ønsker derfor å avslutte den manuelle fordelingen og gå tilbake til automatisk tildeling fra neste månedsskifte.

Mvh
Sissel Hansen
Kommunalleder helse
Båtsfjord kommune
""",
    gold=ogold("manual_distribution_request", "5632", [{"type": "manual_distribution", "enable": False}], False,
               "ISO-8859-1 plain text asking to END manual distribution (enable false) in a sentence that says 'manuell fordeling' and 'ønsker'; subject without 'Fastlege –'.",
               forbid=["children_may_exceed"]))

add("manual_request", "m_m03_fjord_vs_council_decision",
    client="outlook", date=when(2026, 11, 9, 12, 5, 30, utc=True),
    sender=("Eldbjørg Linge", "eldbjorg.linge@fjord.kommune.no"),
    subject="VS: Vedtak – fastlegeordninga",
    body="""Hei,

Sjå vedtaket under. Fjord kommune ber om at Helfo slår av den automatiske tildelinga av fastlege, slik at kommunen sjølv fordeler innbyggarar utan listeplass.

Med helsing
Eldbjørg Linge
kommunalsjef helse og omsorg
Fjord kommune

Frå: Politisk sekretariat <politisk@fjord.kommune.no>
Sendt: onsdag 4. november 2026 15:02
Til: Eldbjørg Linge <eldbjorg.linge@fjord.kommune.no>
Emne: Vedtak – fastlegeordninga

Utval for helse og omsorg gjorde dette vedtaket 3. november 2026:

«Fjord kommune tek i bruk manuell fordeling av innbyggarar utan fastlege.»
""",
    gold=ogold("manual_distribution_request", "1578", [{"type": "manual_distribution", "enable": True}], False,
               "Nynorsk VS: forward of a political decision; the request is the covering note on top; the subject does not say 'manuell fordeling'.",
               forbid=["children_may_exceed"]))

# ==========================================================================
# Other (3)
# ==========================================================================
add("other", "m_o01_bo_asks_if_notice_registered",
    client="outlook", date=when(2026, 4, 21, 7, 12, 40, utc=True),
    sender=("Ragnhild Kristoffersen", "ragnhild.kristoffersen@boe.kommune.no"),
    subject="Oppsigelse Ingrid Sørensen – registrert?",
    body="""Hei,

Vi videresendte 13. april oppsigelsen fra fastlege Ingrid Sørensen (HPR 9242163) ved Straume legekontor. Kan dere bekrefte at den er mottatt og registrert?

Vi har ikke fått noen bekreftelse.

Mvh
Ragnhild Kristoffersen
Kommuneoverlege
Bø kommune
""",
    gold=ogold("other", "1867", [], True,
               "A question whether an earlier notice (termination/m_t04) was received and registered: name, HPR and clinic, but no new notice, so kind other and no orders; municipal sender, so review.",
               forbid=["last_day_from_notice_period"]))

_ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Ragnhild Kristoffersen:mailto:ragnhild.kristoffersen@boe.kommune.no
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:post@helfo.no
SUMMARY;LANGUAGE=nb-NO:Møte om fastlegeordningen i Bø
DTSTART;TZID=W. Europe Standard Time:20260609T100000
DTEND;TZID=W. Europe Standard Time:20260609T110000
UID:040000008200E00074C5B7101A82E00800000000B0C7E1F2A3D4DC01000000000000000010000000
LOCATION;LANGUAGE=nb-NO:Microsoft Teams-møte
END:VEVENT
END:VCALENDAR
"""

def _invite():
    alt = MIMEMultipart("alternative", boundary="_000_INVITE7E21B0C94AD2F3310_")
    alt.attach(text_part("""Hei,

Vi inviterer Helfo til et digitalt møte om situasjonen i fastlegeordningen i Bø etter at to fastleger har sagt opp i vår. Vi ønsker å drøfte ubesatte lister og mulig manuell fordeling.

Tidspunkt: tirsdag 9. juni 2026 kl. 10.00-11.00 (Teams)

Mvh
Ragnhild Kristoffersen
Kommuneoverlege, Bø kommune
""", "plain"))
    cal = text_part(_ics, "calendar")
    cal.set_param("method", "REQUEST")
    alt.attach(cal)
    return alt

add("other", "m_o02_bo_meeting_invitation",
    client="custom", date=when(2026, 5, 20, 9, 3, 0),
    sender=("Ragnhild Kristoffersen", "ragnhild.kristoffersen@boe.kommune.no"),
    subject="Invitasjon: Møte om fastlegeordningen i Bø",
    body="", html=_invite(),
    gold=ogold("other", "1867", [], True,
               "A meeting invitation (text/calendar, METHOD:REQUEST) that mentions two resignations, unassigned lists and manual distribution, but orders nothing: kind other; municipal sender, so review.",
               forbid=["last_day_from_notice_period", "children_may_exceed"]))

def _receipt():
    rep = MIMEMultipart("report", boundary="----=_NextPart_MDN_5632_0001")
    rep.set_param("report-type", "disposition-notification")
    rep.attach(text_part("""Meldingen

  Til: Sissel Hansen
  Emne: SV: Avslutte manuell fordeling
  Sendt: fredag 5. mars 2027 09:14

ble lest fredag 5. mars 2027 10:02.
""", "plain"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: batsfjord.kommune.no; Microsoft Outlook 16.0\r\n"
                    "Final-Recipient: rfc822;sissel.hansen@batsfjord.kommune.no\r\n"
                    "Original-Message-ID: <GV0P278MB41729A1C3E0F@GV0P278MB4172.EURP278.PROD.OUTLOOK.COM>\r\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
    rep.attach(mdn)
    return rep

add("other", "m_o03_batsfjord_read_receipt",
    client="custom", date=when(2027, 3, 5, 9, 2, 55, utc=True),
    sender=("Sissel Hansen", "sissel.hansen@batsfjord.kommune.no"),
    subject="Lest: SV: Avslutte manuell fordeling",
    body="", html=_receipt(),
    gold=ogold("other", "5632", [], None,
               "A read receipt (multipart/report, disposition-notification) for Helfo's answer to manual_request/m_m02: the subject says 'manuell fordeling' but nothing is asked; municipal but automatic, so review is not scored.",
               forbid=["children_may_exceed"]))


def checks():
    for m in MSGS:
        rec = received_date(m["date"])
        assert D(2025, 1, 1) <= rec <= D(2027, 12, 31), m["name"]
    weekday(D(2026, 7, 1), "Wed")        # m_t01
    weekday(D(2026, 1, 13), "Tue")       # m_t02
    weekday(D(2026, 1, 9), "Fri")        # m_t02 'sist fredag'
    weekday(D(2026, 1, 2), "Fri")        # m_t03
    weekday(D(2026, 4, 9), "Thu")        # m_t04 Sent line
    weekday(D(2026, 10, 30), "Fri")      # m_t04 last day
    weekday(D(2026, 8, 27), "Thu")       # m_t05 inner Date
    weekday(D(2026, 11, 14), "Sat")      # m_t08
    weekday(D(2026, 11, 20), "Fri")      # m_t08 funeral
    weekday(D(2027, 1, 15), "Fri")       # m_t09
    weekday(D(2026, 3, 3), "Tue")        # m_t10
    weekday(D(2027, 2, 1), "Mon")        # m_t12
    weekday(D(2026, 12, 30), "Wed")      # m_l01
    assert registration(D(2026, 12, 30)) == D(2027, 1, 4)   # m_l01 (New Year on Friday)
    assert NES_T1_TRANSFER == D(2027, 1, 1) and FJORD_TRANSFER == D(2026, 8, 1)
    assert AREMARK_TRANSFER == D(2027, 3, 1) and HEROY_MARIT_TRANSFER == D(2027, 5, 1)
    assert (D(2027, 3, 1) - D(2027, 1, 19)).days == 41    # m_l08
    weekday(D(2027, 1, 19), "Tue")       # m_l08
    weekday(D(2026, 5, 15), "Fri")       # m_l10
    weekday(D(2027, 2, 12), "Fri")       # m_l04
    weekday(D(2027, 4, 16), "Fri")       # m_l07
    weekday(D(2026, 6, 9), "Tue")        # m_o02
    weekday(D(2027, 3, 5), "Fri")        # m_o03
    have = set()
    for p in (HERE / "registry" / "lists.csv", HERE / "registry" / "unassigned.csv"):
        have |= set(csv_rows(p))
    for r in LISTS_M + UNASSIGNED_M:
        h = csv_rows(HERE / "registry" / ("lists.csv" if len(r) == 7 else "unassigned.csv")).get(r[0])
        assert h is None or h == tuple(str(x) for x in r), ("id or municipality already used", r)
    hprs = {r[3] for r in csv_rows(HERE / "registry" / "lists.csv").values()}
    for r in LISTS_M:
        assert r[3] not in hprs or csv_rows(HERE / "registry" / "lists.csv").get(r[0]), r


def main():
    names = [m["name"] for m in MSGS]
    assert len(names) == len(set(names)) and all(n.startswith("m_") for n in names)
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
                LISTS_M)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_M)
    print(f"wrote {len(MSGS)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
