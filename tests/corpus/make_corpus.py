#!/usr/bin/env python3
"""Build the second, independent test corpus for `postmottak parse`.

    .venv/bin/python tests/corpus/make_corpus.py [OUTDIR]

Writes NAME.eml + NAME.expected.json into the kind folders (termination/,
list_change/, manual_request/, list_request/, distribution/, other/) and the
registry snapshot registry/lists.csv + registry/unassigned.csv.  Deterministic:
fixed Message-IDs, MIME boundaries and dates, so a rerun is byte-identical.

Gold format: /work/shared/corpus/FORMAT.md.  Derived dates are computed here,
not by hand: notice periods (six months from the 1st of the month after the
notice), transfer dates (1st of the month after the last working day), timing
findings (receipt date in Europe/Oslo + 2 Norwegian business days vs the
transfer date, 14 days; Helsenorge 42 days) with the `holidays` package, and
the registry findings of distribution orders from the snapshot below.
Municipalities, numbers (2024 numbering) and domains are real; people, HPR
numbers, FLR list IDs, phone/org/case numbers are made up.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from email import policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as email_charset
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

OSLO = ZoneInfo("Europe/Oslo")
UTC = dt.timezone.utc
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2028))
D = dt.date
OMIT = object()

# --------------------------------------------------------------------------
# Registry snapshot (CONTRACT formats)
# --------------------------------------------------------------------------
LISTS = [
    # flr, kommune, gp, hpr, status, ceiling, size
    ("150634", "1506", "Arnfinn Røsvik", "4412873", "open", 1000, 990),
    ("150641", "1506", "Ove Bratland", "4415520", "open", 1000, 970),
    ("150652", "1506", "Liv Eikrem", "4416703", "open", 900, 880),
    ("320145", "3201", "Mari Lindgren", "9132746", "open", 1100, 1080),
    ("462203", "4622", "Lene Tveit", "5520913", "open", 1100, 1090),
    ("462209", "4622", "Gaute Hus", "5531408", "open", 1000, 985),
    ("462215", "4622", "Åsmund Steine", "5542109", "closed", 1000, 1000),
    ("340705", "3407", "Kjell Ivar Strand", "4419803", "open", 1000, 960),
    ("340712", "3407", "Solveig Bakken", "4423190", "closed", 1000, 1000),
    ("390504", "3905", "Hanne Wold", "9034127", "open", 1000, 975),
    ("342011", "3420", "Tone Myhre", "4201187", "closed", 1000, 998),
    ("342017", "3420", "Rune Bakke", "4205563", "open", 900, 880),
    ("342023", "3420", "Nils Brenna", "3456712", "open", 1100, 1070),
    ("390712", "3907", "Bente Kaupang", "7712094", "open", 900, 870),
    ("390718", "3907", "Mona Berg", "7720411", "open", 1200, 1190),
    ("330311", "3303", "Per Ivar Moe", "6650218", "open", 1000, 950),
    ("152508", "1525", "Eirik Langlo", "3309871", "open", 800, 780),
    ("310722", "3107", "Helene Sørlie", "8102274", "open", 800, 795),
    ("462701", "4627", "Anne Fjell", "4719360", "open", 1000, 990),
    ("462705", "4627", "Bjørn Haugland", "4702518", "closed", 900, 900),
    ("462712", "4627", "Cecilie Ask", "4733901", "open", 1000, 940),
    ("331204", "3312", "Ragnhild Nordby", "6021547", "open", 1000, 980),
    ("464203", "4642", "Olav Tønjum", "2290458", "open", 900, 860),
    ("401233", "4012", "Vigdis Sneltvedt", "8801147", "open", 1200, 1180),
    ("320511", "3205", "Kari Holm", "3205117", "open", 1000, 985),
    ("320518", "3205", "Erik Sand", "3205548", "open", 1200, 1190),
    ("320526", "3205", "Ahmed Rashid", "3206012", "locked", 1000, 990),
    ("320531", "3205", "Line Sæther", "3206471", "locked", 1100, 1080),
    ("461702", "4617", "Ola Rykkje", "4617205", "open", 1000, 980),
    ("461708", "4617", "Synnøve Tveit", "4617733", "open", 800, 790),
    ("330514", "3305", "Hans Olav Ruud", "3305190", "open", 1000, 990),
    ("330520", "3305", "Marte Hval", "3305622", "open", 1100, 1095),
    ("502803", "5028", "Jorunn Gravås", "5028114", "closed", 1000, 985),
    ("502810", "5028", "Stein Kregnes", "5028559", "closed", 900, 900),
    ("151703", "1517", "Berit Bjørkavåg", "1517308", "open", 1000, 980),
    ("151706", "1517", "Tor Kvalsund", "1517644", "closed", 900, 900),
    ("112407", "1124", "Hilde Sele", "1124071", "open", 1000, 992),
    ("403602", "4036", "Sigve Rui", "2918374", "open", 800, 770),
]
UNASSIGNED = [
    ("1124", 8, "automatic"), ("1506", 0, "automatic"), ("1517", 0, "automatic"),
    ("1525", 0, "automatic"), ("3107", 31, "automatic"), ("3201", 5, "automatic"),
    ("3205", 40, "manual"), ("3303", 3, "automatic"), ("3305", 12, "automatic"),
    ("3312", 2, "automatic"), ("3407", 6, "automatic"), ("3420", 25, "manual"),
    ("3905", 14, "automatic"), ("3907", 9, "automatic"), ("4012", 4, "automatic"),
    ("4036", 0, "automatic"), ("4617", 10, "manual"), ("4622", 0, "automatic"),
    ("4627", 11, "automatic"), ("4642", 0, "automatic"), ("5028", 30, "manual"),
]
REG = {r[0]: r for r in LISTS}
UNA = {u[0]: u for u in UNASSIGNED}

# --------------------------------------------------------------------------
# Date helpers
# --------------------------------------------------------------------------


def first_next_month(d: dt.date) -> dt.date:
    return D(d.year + (d.month == 12), d.month % 12 + 1, 1)


def notice_period_end(notice: dt.date) -> dt.date:
    start = first_next_month(notice)           # 1st of the month after notice
    m = start.month - 1 + 6
    after = D(start.year + m // 12, m % 12 + 1, 1)
    return after - dt.timedelta(days=1)         # last day of the 6th month


def business_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in NO_HOLIDAYS


def registration(received: dt.date) -> dt.date:
    d, n = received, 0
    while n < 2:
        d += dt.timedelta(days=1)
        if business_day(d):
            n += 1
    return d


def timing_code(received: dt.date, transfer: dt.date) -> str:
    r = registration(received)
    if r > transfer:
        return "timing_after_transfer"
    if r <= transfer - dt.timedelta(days=14):
        return "timing_in_time"
    return "timing_late_letters"


def iso(d):
    return None if d is None else d.isoformat()


def hdate(y, mo, d, h, mi, s, tz=OSLO) -> str:
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def received_date(date_header: str) -> dt.date:
    return parsedate_to_datetime(date_header).astimezone(OSLO).date()


# --------------------------------------------------------------------------
# Gold helpers
# --------------------------------------------------------------------------
BASE_FORBID = ["personal_data", "malformed_message"]
TIMING = ["timing_in_time", "timing_late_letters", "timing_after_transfer"]


def term(gp, hpr, clinic, notice, reason="resignation", last=None, flr=OMIT,
         score_notice=True):
    o = {"type": "termination", "gp_name": gp, "hpr_number": hpr}
    if flr is not OMIT:
        o["flr_list_id"] = flr
    o["clinic"] = clinic
    if score_notice:
        o["notice_date"] = iso(notice)
    if reason == "death":
        o.update(last_working_day=None, last_working_day_basis="unknown", transfer_date=None)
    elif last is not None:
        o.update(last_working_day=iso(last), last_working_day_basis="stated",
                 transfer_date=iso(first_next_month(last)))
    else:
        lwd = notice_period_end(notice)
        o.update(last_working_day=iso(lwd), last_working_day_basis="notice_period",
                 transfer_date=iso(first_next_month(lwd)))
    o["reason"] = reason
    return o


def change(typ, flr, clinic=OMIT, prev=OMIT, prev_hpr=OMIT, gp=OMIT, hpr=OMIT,
           start=None, ceiling=OMIT, transfer=None):
    """A new_gp / unassigned_list order; `transfer` is the matched termination's
    transfer date when the message gives no start date (for timing only)."""
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


def dist(flr, gp, citizens, inc=0):
    return {"type": "distribution", "flr_list_id": flr, "gp_name": gp,
            "citizens": citizens, "ceiling_increase": inc}


def ceiling(flr, gp, hpr=OMIT, increase=OMIT, new=OMIT):
    o = {"type": "ceiling_change", "flr_list_id": flr, "gp_name": gp}
    for k, v in (("hpr_number", hpr), ("increase", increase), ("new_ceiling", new)):
        if v is not OMIT:
            o[k] = v
    return o


def lock(flr, gp, action):
    return {"type": "list_lock", "flr_list_id": flr, "gp_name": gp, "action": action}


def registry_codes(kommune, flrs):
    req = []
    for f in flrs:
        if f not in REG:
            req.append("list_unknown")
        elif REG[f][1] != kommune:
            req.append("list_other_municipality")
    return req


# --------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------
QP, B64 = email_charset.QP, email_charset.BASE64


def text_part(text, subtype, charset, enc):
    c = email_charset.Charset(charset)
    c.body_encoding = enc
    c.header_encoding = QP
    return MIMEText(text, subtype, c)


def to_html(text):
    out = []
    for line in text.split("\n"):
        esc = (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        out.append(f'<p class="MsoNormal">{esc or "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '</head>\n<body lang="NO-BOK">\n<div class="WordSection1">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return formataddr((name, address), charset=charset)


MESSAGES = []


def add(folder, name, *, date, sender, subject, plain=None, html=None,
        charset="utf-8", enc=QP, subject_charset=None, extra=None, raw=None,
        gold):
    MESSAGES.append(dict(folder=folder, name=name, date=date, sender=sender,
                         subject=subject, plain=plain, html=html, charset=charset,
                         enc=enc, subject_charset=subject_charset or charset,
                         extra=extra or {}, raw=raw, gold=gold))


def build(m):
    if m["raw"] is not None:
        return m["raw"].replace("\n", "\r\n").encode("ascii")
    bnd = "_000_" + hashlib.md5(m["name"].encode()).hexdigest()[:20].upper() + "_"
    cs, enc = m["charset"], m["enc"]
    if m["plain"] is not None and m["html"] is not None:
        msg = MIMEMultipart("alternative", boundary=bnd)
        msg.attach(text_part(m["plain"], "plain", cs, enc))
        html = m["html"] if m["html"] is not True else to_html(m["plain"])
        if cs != "utf-8":
            html = html.replace("charset=utf-8", f"charset={cs}")
        msg.attach(text_part(html, "html", cs, enc))
    elif m["html"] is not None:
        msg = text_part(m["html"], "html", cs, enc)
    else:
        msg = text_part(m["plain"], "plain", cs, enc)
    name, address = m["sender"]
    msg["From"] = addr(name, address, m["subject_charset"])
    msg["To"] = "post@helfo.no"
    msg["Date"] = m["date"]
    msg["Subject"] = hdr(m["subject"], m["subject_charset"])
    msg["Message-ID"] = f"<{hashlib.sha1(m['name'].encode()).hexdigest()[:24]}@{address.split('@')[1]}>"
    for k, v in m["extra"].items():
        msg[k] = v
    # move MIME headers after the envelope headers, as mail clients write them
    for k in ("Content-Type", "Content-Transfer-Encoding"):
        v = msg[k]
        if v is not None:
            del msg[k]
            msg[k] = v
    return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


def finish_gold(m):
    g = dict(m["gold"])
    kind = g["kind"]
    rec = received_date(m["date"])
    req = list(g.pop("req", []))
    forbid = list(g.pop("forbid", BASE_FORBID))
    orders = g["orders"]
    if kind == "termination_notice":
        if any(o.get("last_working_day_basis") == "notice_period" for o in orders):
            req.append("last_day_from_notice_period")
        else:
            forbid.append("last_day_from_notice_period")
    if kind == "list_change":
        codes, helse, all_start = set(), False, True
        for o in orders:
            tr = o.pop("_transfer")
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
        if g.get("needs_review", OMIT) is OMIT:
            g["needs_review"] = "timing_after_transfer" in codes or bool(rc)
    if kind == "distribution_order":
        k = g["municipality"]
        rc = set(registry_codes(k, [o["flr_list_id"] for o in orders]))
        for o in orders:
            r = REG.get(o["flr_list_id"])
            if r is None or r[1] != k:
                continue
            free = r[5] - r[6]
            if free + o["ceiling_increase"] < o["citizens"]:
                rc.add("capacity_insufficient")
            if r[4] == "closed" and free >= 10:
                rc.add("list_closed_too_free")
        if sum(o["citizens"] for o in orders) > UNA[k][1]:
            rc.add("exceeds_unassigned")
        if UNA[k][2] == "automatic":
            rc.add("automatic_distribution_active")
        req += ["children_may_exceed"] + sorted(rc)
        forbid += [c for c in ("capacity_insufficient", "exceeds_unassigned", "list_unknown",
                               "list_closed_too_free", "automatic_distribution_active",
                               "list_other_municipality") if c not in rc]
        if g.get("needs_review", OMIT) is OMIT:
            g["needs_review"] = bool(rc & {"capacity_insufficient", "exceeds_unassigned",
                                           "list_unknown", "list_other_municipality"})
    if kind == "list_request":
        rc = registry_codes(g["municipality"], [o["flr_list_id"] for o in orders])
        req += rc
        forbid += [c for c in ("list_unknown", "list_other_municipality") if c not in rc]
        forbid.append("children_may_exceed")
        if g.get("needs_review", OMIT) is OMIT:
            g["needs_review"] = bool(rc)
    if kind == "manual_distribution_request":
        forbid.append("children_may_exceed")
    out = {"kind": kind, "municipality": g["municipality"],
           "needs_review": g.get("needs_review", False), "orders": orders,
           "findings_required": list(dict.fromkeys(req)),
           "findings_forbidden": list(dict.fromkeys(forbid)), "note": g["note"]}
    return out


# ==========================================================================
# termination/
# ==========================================================================
add("termination", "x_t01_molde_latin1_alderspensjon",
    date=hdate(2023, 3, 6, 10, 4, 12), sender=("Randi Hjelle", "randi.hjelle@molde.kommune.no"),
    subject="Fastlege går av med alderspensjon - Arnfinn Røsvik",
    charset="iso-8859-1", enc=QP,
    plain="""Hei,

Fastlege Arnfinn Røsvik (hprnr 4412873) ved Molde legesenter har varslet kommunen om at han går av med alderspensjon. Skriftlig oppsigelse ble levert fredag 3. mars 2023. Etter avtale med kommunen jobber han t.o.m. 31. august 2023.

Han fyller 70 år 14. juni i år, så dette var ventet.

Listen hans (listenr. 150634) blir forsøkt besatt snarest. Vi sender melding til fastlegeregisteret når ny lege er på plass.

Med vennlig hilsen
Randi Hjelle
Rådgiver helse og omsorg
Molde kommune
Tlf. 71 11 10 00 / 926 41 877
Org.nr. 944 582 601
""",
    gold=dict(kind="termination_notice", municipality="1506",
              orders=[term("Arnfinn Røsvik", "4412873", "Molde legesenter", D(2023, 3, 3),
                           reason="retirement", last=D(2023, 8, 31), flr="150634")],
              note="ISO-8859-1 quoted-printable body and encoded-word subject; retirement ('alderspensjon'); 't.o.m. 31. august 2023' is a stated last day; 70th birthday (14. juni) and org.nr. are distractors; 'listenr. 150634'."))

add("termination", "x_t02_baerum_vs_hpr_spaced",
    date=hdate(2024, 4, 11, 9, 41, 7), sender=("Jon Are Sletten", "jon.are.sletten@baerum.kommune.no"),
    subject="VS: Oppsigelse av fastlegeavtale", html=True,
    plain="""Til Helfo – til orientering.

Mvh
Jon Are Sletten
Seniorrådgiver, Kommunehelsetjenesten
Bærum kommune
Tlf. 67 50 40 50

Fra: Mari Lindgren <mari.lindgren@sandvikalegesenter.no>
Sendt: tirsdag 9. april 2024 14:02
Til: Fastlegekontoret <fastlegekontoret@baerum.kommune.no>
Emne: Oppsigelse av fastlegeavtale

Hei,

Jeg sier med dette opp min fastlegeavtale med Bærum kommune.

Navn: Mari Lindgren
HPR-nr.: 913 27 46
Legekontor: Sandvika legesenter

Jeg har seks måneders oppsigelsestid, og siste arbeidsdag avtales nærmere med kommunen.

Vennlig hilsen
Mari Lindgren
Spesialist i allmennmedisin
""",
    gold=dict(kind="termination_notice", municipality="3201",
              orders=[term("Mari Lindgren", "9132746", "Sandvika legesenter", D(2024, 4, 9))],
              note="Outlook inline forward (VS:) with a Fra:/Sendt:/Til:/Emne: block; notice date is the GP's own mail (tirsdag 9. april 2024), not the forward's; 'HPR-nr.: 913 27 46' with spaces; label: value lines; notice period from 1 May gives 31 Oct 2024. flr_list_id not scored."))

add("termination", "x_t03_kvam_nynorsk_two_gps_base64",
    date=hdate(2023, 8, 23, 14, 10, 55), sender=("Kvam herad - Postmottak", "postmottak@kvam.herad.no"),
    subject="Oppseiing av fastlegeavtalar – Norheimsund legekontor", enc=B64,
    plain="""Til Helfo

Kvam herad melder frå om at to av fastlegane ved Norheimsund legekontor har sagt opp avtalane sine:

1. Lene Tveit, HPR-nr. 5520913. Oppseiinga er datert 15.08.23. Siste arbeidsdag er avtalt til 31.12.23.
2. Gaute Hus, HPR-nr. 5531408. Oppseiinga kom inn 21.08.23. Han har seks månaders oppseiingstid, siste arbeidsdag er ikkje avklart.

Vi kjem attende med melding om ny fastlege eller ubesett liste.

Med helsing
Solveig Ljones
einingsleiar legetenesta
Kvam herad
tlf. 56 55 30 00
""",
    gold=dict(kind="termination_notice", municipality="4622",
              orders=[term("Lene Tveit", "5520913", "Norheimsund legekontor", D(2023, 8, 15), last=D(2023, 12, 31)),
                      term("Gaute Hus", "5531408", "Norheimsund legekontor", D(2023, 8, 21))],
              note="Nynorsk, base64 body, kvam.herad.no; two GPs in a numbered list, clinic named once for both; one stated last day (31.12.23, transfer in the next year), one 'ikkje avklart' with six months from 1 Sep ending 29 Feb 2024 (leap year). flr_list_id not scored."))

add("termination", "x_t04_gjovik_death_i_gar",
    date=hdate(2023, 11, 14, 8, 5, 31), sender=("Trude Engen", "trude.engen@gjovik.kommune.no"),
    subject="Dødsfall - fastlege Kjell Ivar Strand", html=True,
    plain="""Hei.

Vi må dessverre melde at fastlege Kjell Ivar Strand ved Hunndalen legesenter døde i går etter kort tids sykdom. HPR 4419803, FLR-ID 340705.

Kommunen setter inn vikar på listen fra i dag. Vi kommer tilbake med melding om ny fastlege eller ubesatt liste.

Hilsen
Trude Engen
Kommuneoverlege
Gjøvik kommune
Tlf 61 18 90 00
""",
    gold=dict(kind="termination_notice", municipality="3407", needs_review=None,
              orders=[term("Kjell Ivar Strand", "4419803", "Hunndalen legesenter", None,
                           reason="death", flr="340705", score_notice=False)],
              note="Death ('døde i går'): no notice period, last day and transfer date null, basis unknown; 'fra i dag' is the substitute, not a last day; FLR-ID given. notice_date not scored; review either way."))

add("termination", "x_t05_tonsberg_html_only_table_cp1252",
    date=hdate(2025, 6, 4, 13, 37, 2), sender=("Eirik Bjerke", "eirik.bjerke@tonsberg.kommune.no"),
    subject="Oppsigelse – fastlegeavtale", charset="windows-1252", enc=QP,
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<p>Hei,</p>
<p>F&oslash;lgende fastlege har sagt opp sin avtale med T&oslash;nsberg kommune:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Navn</b></td><td>Hanne Wold</td></tr>
<tr><td><b>HPR-nummer</b></td><td>903 41 27</td></tr>
<tr><td><b>Legekontor</b></td><td>Eik legesenter</td></tr>
<tr><td><b>Oppsigelse mottatt</b></td><td>2. juni 2025</td></tr>
<tr><td><b>Siste arbeidsdag</b></td><td>30.11.2025</td></tr>
<tr><td><b>Årsak</b></td><td>Egen oppsigelse (flytter)</td></tr>
</table>
<p>Med vennlig hilsen<br>
Eirik Bjerke<br>
Virksomhet legetjenester, Tønsberg kommune<br>
Telefon 33 34 80 00</p>
</body></html>
""",
    gold=dict(kind="termination_notice", municipality="3905",
              orders=[term("Hanne Wold", "9034127", "Eik legesenter", D(2025, 6, 2), last=D(2025, 11, 30))],
              note="HTML only, windows-1252 quoted-printable, a two-column label/value table; HPR with spaces in a cell; the last day in the table is stated. flr_list_id not scored."))

add("termination", "x_t06_elverum_gmail_quote_i_dag",
    date=hdate(2023, 9, 6, 8, 47, 19), sender=("Hege Solbakken", "hege.solbakken@elverum.kommune.no"),
    subject="Re: Oppsigelse",
    plain="""Hei Helfo,

Se oppsigelsen fra fastlege Nils Brenna under. Kommunen har godkjent at han slutter ved utgangen av februar 2024, altså før oppsigelsestiden er ute.

Mvh
Hege Solbakken
Elverum kommune, helse og mestring

Den tir. 5. sep. 2023 kl. 10:12 skrev Nils Brenna <nils.brenna@elverumlegesenter.no>:
> Hei Hege,
>
> Jeg sier herved opp min fastlegeavtale ved Elverum legesenter (HPR 3456712), FLR liste 342023.
> Oppsigelsen gjelder fra i dag.
>
> Hilsen Nils
""",
    gold=dict(kind="termination_notice", municipality="3420",
              orders=[term("Nils Brenna", "3456712", "Elverum legesenter", D(2023, 9, 5),
                           last=D(2024, 2, 29), flr="342023")],
              note="Gmail-style reply: the GP's notice is quoted with '> ' under 'Den tir. 5. sep. 2023 ... skrev'; its 'i dag' is 5 Sep (the quoted mail's date), not the receipt day; 'utgangen av februar 2024' is a stated last day (29 Feb, leap year)."))

add("termination", "x_t07_sandefjord_cp1252_base64_slash_dates",
    date=hdate(2024, 10, 1, 9, 20, 44), sender=("Lars Ove Hansen", "lars.ove.hansen@sandefjord.kommune.no"),
    subject="Oppsigelse fastlege – listenr. 390712", charset="windows-1252", enc=B64,
    subject_charset="utf-8",
    plain="""Hei,

Fastlege Bente Kaupang, hpr-nummer 7712094, ved Bugården legesenter har sagt opp fastlegeavtalen. Oppsigelsen ble levert 30/9-24.

Siste arbeidsdag: 31/3-25
Listenr.: 390712

Kommunen lyser ut hjemmelen med frist 25/10-24. Møte med legesenteret er avtalt 8/10.

Vennlig hilsen
Lars Ove Hansen
Fagleder legetjenesten
Sandefjord kommune
Saksnr. 2024/8812
""",
    gold=dict(kind="termination_notice", municipality="3907",
              orders=[term("Bente Kaupang", "7712094", "Bugården legesenter", D(2024, 9, 30),
                           last=D(2025, 3, 31), flr="390712")],
              note="windows-1252 base64 body; d/m-yy dates ('30/9-24', '31/3-25'); 'hpr-nummer'; an application deadline (25/10-24), a meeting (8/10) and a case number are distractors."))

add("termination", "x_t08_kongsberg_weekday_short_date",
    date=hdate(2025, 1, 16, 10, 50, 3), sender=("Hilde Rud", "hilde.rud@kongsberg.kommune.no"),
    subject="Melding om oppsigelse", html=True,
    plain="""Hei,

Fastlege Per Ivar Moe (HPR 6650218) ved Kongsberg legesenter leverte oppsigelse mandag 13.1. Han har vanlig oppsigelsestid på seks måneder. Vi har ennå ikke avtalt siste arbeidsdag.

NB: Ny kontaktperson for fastlegesaker i kommunen fra 1.2.: Hilde Rud, tlf. 32 86 60 00.

Med hilsen
Hilde Rud
Kongsberg kommune
""",
    gold=dict(kind="termination_notice", municipality="3303",
              orders=[term("Per Ivar Moe", "6650218", "Kongsberg legesenter", D(2025, 1, 13))],
              note="Notice date 'mandag 13.1.' without a year (2025, the Monday of the same week); '1.2.' is a contact-person change, not a last day; notice period from 1 Feb gives 31 July 2025. flr_list_id not scored."))

add("termination", "x_t09_stranda_original_message_nynorsk",
    date=hdate(2023, 3, 2, 11, 22, 9), sender=("Marit Dyrkorn", "marit.dyrkorn@stranda.kommune.no"),
    subject="FW: Oppseiing fastlegeavtale",
    plain="""Hei

Vidaresender oppseiinga frå fastlege Eirik Langlo. Han har liste ved Stranda legekontor.

Helsing
Marit Dyrkorn
Stranda kommune

-----Original Message-----
From: Eirik Langlo <eirik.langlo@strandalegekontor.no>
Sent: Tuesday, February 28, 2023 3:41 PM
To: Marit Dyrkorn <marit.dyrkorn@stranda.kommune.no>
Subject: Oppseiing fastlegeavtale

Eg seier med dette opp fastlegeavtalen min med Stranda kommune. HPR-nummeret mitt er 3309871.
Eg har seks månaders oppseiingstid og reknar med å gå av når den er ute.

Eirik Langlo
""",
    gold=dict(kind="termination_notice", municipality="1525",
              orders=[term("Eirik Langlo", "3309871", "Stranda legekontor", D(2023, 2, 28))],
              note="'FW:' with an English '-----Original Message-----' header (Sent: Tuesday, February 28, 2023); nynorsk; the notice date is the GP's mail; six months from 1 March give 31 Aug 2023. flr_list_id not scored."))

add("termination", "x_t10_fredrikstad_i_dag_utc_midnight",
    date=hdate(2025, 6, 30, 22, 48, 10, UTC), sender=("Anders Kolstad", "anders.kolstad@fredrikstad.kommune.no"),
    subject="Oppsigelse fastlegeavtale Gressvik legesenter",
    plain="""Hei,

I dag har vi mottatt skriftlig oppsigelse fra fastlege Helene Sørlie (HPR 8102274) ved Gressvik legesenter. Siste arbeidsdag er ikke avklart, så vi legger til grunn seks måneders oppsigelsestid.

Vennlig hilsen
Anders Kolstad
Fredrikstad kommune

Sendt fra Outlook for iOS
""",
    gold=dict(kind="termination_notice", municipality="3107",
              orders=[term("Helene Sørlie", "8102274", "Gressvik legesenter", D(2025, 7, 1))],
              note="'I dag' with a UTC Date header of 30 Jun 22:48, which is 1 Jul 00:48 in Oslo: notice 1 July, six months from 1 Aug give 31 Jan 2026 (the UTC day would give 31 Dec 2025). flr_list_id not scored."))

add("termination", "x_t11_askoy_three_gps_bullets",
    date=hdate(2024, 1, 5, 12, 15, 40), sender=("Kjersti Mjanger", "kjersti.mjanger@askoy.kommune.no"),
    subject="Oppsigelser fastleger Askøy", html=True,
    plain="""Hei!

Askøy kommune har mottatt tre oppsigelser/avganger i romjulen og på nyåret:

- Anne Fjell (HPR 4719360), Kleppestø legesenter: sa opp avtalen 27.12.2023, slutter 30.06.2024.
- Bjørn Haugland (HPR 4702518), Kleppestø legesenter: går av med alderspensjon. Varslet oss 2. januar, siste arbeidsdag 31. juli 2024.
- Cecilie Ask (HPR 4733901), Florvåg legekontor: sa opp 03.01.2024. Seks måneders oppsigelsestid, ingen avtalt sluttdato.

Vi melder om ny lege eller ubesatt liste så fort vi vet mer.

Med vennlig hilsen
Kjersti Mjanger
Seksjonsleder, Askøy kommune
Tlf. 56 15 80 00
""",
    gold=dict(kind="termination_notice", municipality="4627",
              orders=[term("Anne Fjell", "4719360", "Kleppestø legesenter", D(2023, 12, 27), last=D(2024, 6, 30)),
                      term("Bjørn Haugland", "4702518", "Kleppestø legesenter", D(2024, 1, 2),
                           reason="retirement", last=D(2024, 7, 31)),
                      term("Cecilie Ask", "4733901", "Florvåg legekontor", D(2024, 1, 3))],
              note="Three GPs as bullets, each with its own clinic, reason and dates: a resignation across the new year (27.12.2023), a retirement with '2. januar' (2024, no year), and one on the notice period (31 July 2024). flr_list_id not scored."))

add("termination", "x_t12_lier_gmail_fwd_ut_september",
    date=hdate(2024, 3, 18, 8, 30, 26), sender=("Åse Kristiansen", "ase.kristiansen@lier.kommune.no"),
    subject="Fwd: Oppsigelse av fastlegehjemmel", html=True,
    plain="""Hei,
Videresender oppsigelse fra Lierbyen legesenter.

Hilsen Åse
Åse Kristiansen, fastlegekoordinator, Lier kommune

---------- Forwarded message ---------
Fra: Ragnhild Nordby <ragnhild@lierbyenlegesenter.no>
Date: fre. 15. mar. 2024 kl. 09:31
Subject: Oppsigelse av fastlegehjemmel
To: Åse Kristiansen <ase.kristiansen@lier.kommune.no>


Hei Åse,

Som vi snakket om, sier jeg med dette opp fastlegeavtalen min (hpr-nummer 6021547). Jeg jobber ut september.

Mvh
Ragnhild Nordby
Lierbyen legesenter
""",
    gold=dict(kind="termination_notice", municipality="3312",
              orders=[term("Ragnhild Nordby", "6021547", "Lierbyen legesenter", D(2024, 3, 15),
                           last=D(2024, 9, 30))],
              note="Gmail forward ('---------- Forwarded message ---------', 'Date: fre. 15. mar. 2024'): the notice date is the forwarded mail's; 'jobber ut september' is a stated last day (30 Sep 2024); the clinic appears only in the intro and signature."))

add("termination", "x_t13_laerdal_death_nynorsk",
    date=hdate(2024, 6, 11, 9, 0, 14), sender=("Ingrid Øvrebø", "ingrid.ovrebo@laerdal.kommune.no"),
    subject="Melding om dødsfall – fastlege i Lærdal",
    plain="""Til Helfo

Det er med stor sorg vi melder at fastlegen vår, Olav Tønjum, døydde brått laurdag 8. juni. Han var fastlege ved Lærdal legekontor, HPR-nr. 2290458.

Lista hans vert driven av vikar inntil vidare. Vi kjem attende med melding til fastlegeregisteret.

Med helsing
Ingrid Øvrebø
kommunalsjef helse
Lærdal kommune
""",
    gold=dict(kind="termination_notice", municipality="4642", needs_review=None,
              orders=[term("Olav Tønjum", "2290458", "Lærdal legekontor", None, reason="death",
                           score_notice=False)],
              note="Nynorsk death notice ('døydde', not 'døde'); no notice period: last day and transfer null, basis unknown. notice_date not scored; flr_list_id not scored; review either way."))

# ==========================================================================
# list_change/
# ==========================================================================
add("list_change", "x_l01_molde_tar_over_hpr_nummer",
    date=hdate(2023, 6, 12, 13, 20, 51), sender=("Randi Hjelle", "randi.hjelle@molde.kommune.no"),
    subject="Melding til fastlegeregisteret - ny fastlege liste 150634", html=True,
    plain="""Hei!

Viser til tidligere melding om at Arnfinn Røsvik går av med pensjon.

Kari Nordvik, hpr-nummer 4498231, tar over listen hans ved Molde legesenter fra 1. september 2023. Listetaket blir 1000.

Listenr. 150634.

Kontaktperson i kommunen er undertegnede, tlf. 926 41 877.

Hilsen
Randi Hjelle
Molde kommune
""",
    gold=dict(kind="list_change", municipality="1506",
              orders=[change("new_gp", "150634", clinic="Molde legesenter", prev="Arnfinn Røsvik",
                             gp="Kari Nordvik", hpr="4498231", start=D(2023, 9, 1), ceiling=1000)],
              note="'tar over listen hans' in prose, 'hpr-nummer', list number on its own line at the end. Follow-up to x_t01. Received Mon 12 Jun 2023, registered Wed 14 Jun: in time, 81 days ahead. previous_hpr_number not scored (not in the message; registry and x_t01 have it)."))

add("list_change", "x_l02_kvam_tek_over_christmas_late",
    date=hdate(2023, 12, 15, 11, 2, 38), sender=("Solveig Ljones", "solveig.ljones@kvam.herad.no"),
    subject="Melding til fastlegeregisteret – ny fastlege etter Lene Tveit",
    plain="""Hei

Ny fastlege ved Norheimsund legekontor: Ingvild Aase (HPR 5567120) tek over lista etter Lene Tveit frå 1. januar 2024. Listenummer 462203. Listetaket vert 1100.

Med helsing
Solveig Ljones
Kvam herad
""",
    gold=dict(kind="list_change", municipality="4622",
              orders=[change("new_gp", "462203", clinic="Norheimsund legekontor", prev="Lene Tveit",
                             gp="Ingvild Aase", hpr="5567120", start=D(2024, 1, 1), ceiling=1100)],
              note="Nynorsk ('tek over lista', 'Listetaket vert'). Received Fri 15 Dec 2023, registered Tue 19 Dec, 13 days before 1 Jan: late letters (a warning); 17 days ahead: not on Helsenorge. Follow-up to x_t03. previous_hpr_number not scored."))

add("list_change", "x_l03_kvam_ubesett_nynorsk",
    date=hdate(2024, 2, 8, 9, 30, 12), sender=("Solveig Ljones", "solveig.ljones@kvam.herad.no"),
    subject="Ubesett liste Norheimsund legekontor",
    plain="""Hei

Lista til Gaute Hus (liste 462209) ved Norheimsund legekontor vert ubesett frå 1. mars 2024. Vikar driv lista inntil vidare. Listetak 1000.

Med helsing
Solveig Ljones
Kvam herad
""",
    gold=dict(kind="list_change", municipality="4622",
              orders=[change("unassigned_list", "462209", clinic="Norheimsund legekontor",
                             prev="Gaute Hus", start=D(2024, 3, 1), ceiling=1000)],
              note="Nynorsk 'ubesett'; 'Vikar' is no new GP. Received Thu 8 Feb 2024, registered Mon 12 Feb, 18 days before 1 Mar: in time; 22 days ahead: not on Helsenorge. Follow-up to x_t03. previous_hpr_number not scored."))

add("list_change", "x_l04_tonsberg_html_table_41_days",
    date=hdate(2025, 10, 21, 12, 0, 45), sender=("Eirik Bjerke", "eirik.bjerke@tonsberg.kommune.no"),
    subject="Melding til fastlegeregisteret",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Hei,</p>
<p>Melding til fastlegeregisteret:</p>
<table border="1" cellpadding="3">
<tr><td>Kommune</td><td>T&oslash;nsberg (3905)</td></tr>
<tr><td>Endring</td><td>Ny lege overtar liste</td></tr>
<tr><td>Listenummer (FLR)</td><td>390504</td></tr>
<tr><td>Legekontor</td><td>Eik legesenter</td></tr>
<tr><td>Lege som slutter</td><td>Hanne Wold, HPR 9034127</td></tr>
<tr><td>Ny lege</td><td>Oskar Lie, HPR 9078815</td></tr>
<tr><td>Oppstart</td><td>1. desember 2025</td></tr>
<tr><td>Listetak</td><td>1000</td></tr>
</table>
<p>Med vennlig hilsen<br>Eirik Bjerke<br>T&oslash;nsberg kommune</p>
</body></html>
""",
    gold=dict(kind="list_change", municipality="3905",
              orders=[change("new_gp", "390504", clinic="Eik legesenter", prev="Hanne Wold",
                             prev_hpr="9034127", gp="Oskar Lie", hpr="9078815",
                             start=D(2025, 12, 1), ceiling=1000)],
              note="HTML only, a label/value table with unusual labels ('Lege som slutter', 'Ny lege', 'Oppstart'). Received Tue 21 Oct 2025, registered Thu 23 Oct: in time; exactly 41 days before 1 Dec: not on Helsenorge (boundary). Follow-up to x_t05."))

add("list_change", "x_l05_sandefjord_no_start_matched",
    date=hdate(2025, 3, 17, 14, 5, 33), sender=("Lars Ove Hansen", "lars.ove.hansen@sandefjord.kommune.no"),
    subject="Ny fastlege – Bugården legesenter", html=True,
    plain="""Hei,

Vi har ansatt ny fastlege etter Bente Kaupang. Thomas Wiik (HPR 7790321) tar over listenr. 390712 ved Bugården legesenter når Kaupang slutter. Listetak blir 900.

Mvh Lars Ove Hansen
Sandefjord kommune
""",
    gold=dict(kind="list_change", municipality="3907", needs_review=None,
              orders=[change("new_gp", "390712", clinic="Bugården legesenter", prev="Bente Kaupang",
                             gp="Thomas Wiik", hpr="7790321", start=None, ceiling=900,
                             transfer=D(2025, 4, 1))],
              note="No start date ('når Kaupang slutter'): timing uses the matched x_t07's transfer date 1 Apr 2025. Received Mon 17 Mar, registered Wed 19 Mar, 13 days before: late letters. Review either way."))

add("list_change", "x_l06_fredrikstad_ubesatt_after_transfer",
    date=hdate(2026, 1, 29, 15, 30, 8), sender=("Anders Kolstad", "anders.kolstad@fredrikstad.kommune.no"),
    subject="Ubesatt liste fra 1. februar – Gressvik legesenter",
    plain="""Hei,

Vi har ikke lykkes med å rekruttere ny fastlege etter Helene Sørlie (HPR 8102274). Liste 310722 ved Gressvik legesenter blir derfor ubesatt liste fra 1. februar 2026, med vikar. Listetak 800.

Mvh
Anders Kolstad
Fredrikstad kommune
""",
    gold=dict(kind="list_change", municipality="3107",
              orders=[change("unassigned_list", "310722", clinic="Gressvik legesenter", prev="Helene Sørlie",
                             prev_hpr="8102274", start=D(2026, 2, 1), ceiling=800)],
              note="Received Thu 29 Jan 2026, registered Mon 2 Feb (the weekend skipped): after the 1 Feb transfer, error, review. Follow-up to x_t10."))

add("list_change", "x_l07_stranda_gmail_reply_quotes_helfo",
    date=hdate(2023, 7, 4, 20, 14, 2), sender=("Marit Dyrkorn", "marit.dyrkorn@stranda.kommune.no"),
    subject="Re: Påminning: melding til fastlegeregisteret",
    plain="""Hei

Ny fastlege er Sunniva Hole, HPR 3388410. Ho tek over lista etter Eirik Langlo frå 1. september. Listenummer er 152508. Listetak 800, same som før.

Helsing Marit

Den man. 3. jul. 2023 kl. 09:05 skrev Helfo <post@helfo.no>:
> Hei,
>
> Vi har registrert oppseiinga til fastlege Eirik Langlo med siste arbeidsdag 31.08.2023. Melding om ny fastlege eller ubesett liste må sendast inn seinast ein månad før lista skal overførast.
>
> Med helsing
> Helfo
""",
    gold=dict(kind="list_change", municipality="1525",
              orders=[change("new_gp", "152508", prev="Eirik Langlo", gp="Sunniva Hole",
                             hpr="3388410", start=D(2023, 9, 1), ceiling=800)],
              note="Nynorsk reply on top of Helfo's quoted reminder ('> '): '1. september' without a year is 2023; the quoted 31.08.2023 is the old GP's last day. Received Tue 4 Jul, registered Thu 6 Jul: in time; 59 days ahead. clinic and previous_hpr_number not scored (not in the message)."))

add("list_change", "x_l08_askoy_two_lists_whitsun",
    date=hdate(2024, 5, 15, 10, 10, 10), sender=("Kjersti Mjanger", "kjersti.mjanger@askoy.kommune.no"),
    subject="Melding til fastlegeregisteret – Kleppestø legesenter", html=True,
    plain="""Hei,

Her kommer melding til fastlegeregisteret for to lister ved Kleppestø legesenter:

Liste 462701 (Anne Fjell, slutter 30.06.2024): Ny fastlege Martin Kvalheim, HPR 4790012, overtar fra 01.07.2024. Listetak 1000.
Liste 462705 (Bjørn Haugland, alderspensjon fra 01.08.2024): Listen blir ubesatt fra 01.08.2024. Listetak 900.

Mvh
Kjersti Mjanger
Askøy kommune
""",
    gold=dict(kind="list_change", municipality="4627",
              orders=[change("new_gp", "462701", clinic="Kleppestø legesenter", prev="Anne Fjell",
                             gp="Martin Kvalheim", hpr="4790012", start=D(2024, 7, 1), ceiling=1000),
                      change("unassigned_list", "462705", clinic="Kleppestø legesenter",
                             prev="Bjørn Haugland", start=D(2024, 8, 1), ceiling=900)],
              note="Two lists, old GP in parentheses with her last day (30.06.2024, not a start); one new GP, one unassigned. Received Wed 15 May 2024; 17 May and Whit Monday 20 May are holidays, registered Tue 21 May: both in time. Follow-up to x_t11. previous_hpr_number not scored."))

add("list_change", "x_l09_baerum_late_hpr_spaced",
    date=hdate(2024, 10, 18, 10, 15, 27), sender=("Jon Are Sletten", "jon.are.sletten@baerum.kommune.no"),
    subject="Melding om ny fastlege – Sandvika legesenter", html=True,
    plain="""Hei,

Ny fastlege ved Sandvika legesenter er klar. Jonas Eek (HPR 9145532) overtar liste 320145 etter Mari Lindgren (HPR-nr. 913 27 46) fra 01.11.24. Listetak 1100.

Beklager sen melding – ansettelsen ble først klar i går.

Mvh
Jon Are Sletten
Bærum kommune
""",
    gold=dict(kind="list_change", municipality="3201",
              orders=[change("new_gp", "320145", clinic="Sandvika legesenter", prev="Mari Lindgren",
                             prev_hpr="9132746", gp="Jonas Eek", hpr="9145532",
                             start=D(2024, 11, 1), ceiling=1100)],
              note="Two HPR numbers in one sentence (the old one with spaces); 'i går' is no start; '01.11.24'. Received Fri 18 Oct 2024, registered Tue 22 Oct, 10 days before 1 Nov: late letters; 14 days ahead: not on Helsenorge. Follow-up to x_t02."))

add("list_change", "x_l10_bamble_new_year_boundary",
    date=hdate(2024, 12, 16, 10, 30, 0), sender=("Stian Bakke", "stian.bakke@bamble.kommune.no"),
    subject="Ny fastlege Langesund legekontor fra nyttår",
    plain="""Hei,

Melding til fastlegeregisteret:

Ny fastlege Andreas Tufte (hprnr 8834210) tar over liste 401233 ved Langesund legekontor etter Vigdis Sneltvedt (hprnr 8801147) fra 1. januar 2025. Listetaket blir 1200.

God jul!

Hilsen
Stian Bakke
Bamble kommune
Tlf. 35 96 50 00
""",
    gold=dict(kind="list_change", municipality="4012",
              orders=[change("new_gp", "401233", clinic="Langesund legekontor", prev="Vigdis Sneltvedt",
                             prev_hpr="8801147", gp="Andreas Tufte", hpr="8834210",
                             start=D(2025, 1, 1), ceiling=1200)],
              note="Boundary: received Mon 16 Dec 2024, registered Wed 18 Dec, exactly 14 days before 1 Jan 2025: in time; 16 days ahead: not on Helsenorge. 'hprnr' twice."))

# ==========================================================================
# manual_request/
# ==========================================================================
add("manual_request", "x_m01_lillestrom_b64_subject",
    date=hdate(2025, 2, 11, 9, 14, 50), sender=("Nina Berget", "nina.berget@lillestrom.kommune.no"),
    subject="Fastlege – manuell fordeling", html=True, enc=B64,
    plain="""Hei,

Lillestrøm kommune ønsker å gå over til manuell fordeling av innbyggere som står uten fastlege, med virkning fra 1. mars 2025.

Kontaktperson: Nina Berget, tlf. 66 93 80 00.

Med vennlig hilsen
Nina Berget
Rådgiver, Helse og mestring
Lillestrøm kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="3205",
              orders=[{"type": "manual_distribution", "enable": True}],
              note="The standard subject as a base64 UTF-8 encoded-word; base64 bodies; a future effective date."))

add("manual_request", "x_m02_kvinnherad_nynorsk_body_only",
    date=hdate(2024, 9, 2, 13, 2, 20), sender=("Kåre Opsahl", "kare.opsahl@kvinnherad.kommune.no"),
    subject="Fordeling av innbyggjarar utan fastlege",
    plain="""Hei

Kvinnherad kommune ynskjer at Helfo stansar den automatiske tildelinga av fastlege for innbyggjarar utan listeplass. Vi vil heller fordele manuelt etter avtale med legekontora.

Med helsing
Kåre Opsahl
kommuneoverlege, Kvinnherad kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="4617",
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Nynorsk, the request only in the body ('stansar den automatiske tildelinga', 'fordele manuelt'); the subject has no 'manuell fordeling'."))

add("manual_request", "x_m03_ringerike_back_to_automatic_original",
    date=hdate(2025, 4, 9, 10, 21, 36), sender=("Pål Hagen", "pal.hagen@ringerike.kommune.no"),
    subject="SV: Fastlege – manuell fordeling",
    plain="""Hei,

Vi har nå fått nok ledige listeplasser i kommunen og ønsker å gå tilbake til automatisk tildeling fra mai.

Vennlig hilsen
Pål Hagen
Ringerike kommune

-----Original Message-----
From: Helfo <post@helfo.no>
Sent: 12. november 2024 14:20
To: Pål Hagen <pal.hagen@ringerike.kommune.no>
Subject: SV: Fastlege – manuell fordeling

Hei,

Vi har slått av automatisk tildeling for Ringerike kommune. Dere kan nå sende skjema for manuell fordeling.

Med vennlig hilsen
Helfo

-----Original Message-----
From: Pål Hagen <pal.hagen@ringerike.kommune.no>
Sent: 11. november 2024 09:02
To: post@helfo.no
Subject: Fastlege – manuell fordeling

Ringerike kommune ber om manuell fordeling av innbyggere uten fastlege.
""",
    gold=dict(kind="manual_distribution_request", municipality="3305",
              orders=[{"type": "manual_distribution", "enable": False}],
              note="Back to automatic (enable false) on top of two '-----Original Message-----' blocks that ask for and confirm manual distribution; the subject still says 'manuell fordeling'."))

add("manual_request", "x_m04_elverum_html_only_cp1252",
    date=hdate(2024, 10, 10, 14, 44, 18), sender=("Hege Solbakken", "hege.solbakken@elverum.kommune.no"),
    subject="Fastlege - manuell fordeling", charset="windows-1252", enc=QP,
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<p>Til Helfo</p>
<p>Elverum kommune ber om å få slått av automatisk fordeling av innbyggere uten fastlege, slik at kommunen kan fordele dem manuelt.</p>
<p>Vi har i dag 25 innbyggere uten liste.</p>
<p>Vennlig hilsen<br>Hege Solbakken<br>Elverum kommune<br>Tlf. 62 43 30 00 | Org.nr. 943 485 437</p>
</body></html>
""",
    gold=dict(kind="manual_distribution_request", municipality="3420",
              orders=[{"type": "manual_distribution", "enable": True}],
              note="HTML only, windows-1252; 'slått av automatisk fordeling' = switch to manual; a count of unassigned citizens, a phone and an org.nr. are no order."))

# ==========================================================================
# list_request/
# ==========================================================================
add("list_request", "x_r01_gjovik_oke_med_50",
    date=hdate(2025, 3, 5, 11, 30, 9), sender=("Trude Engen", "trude.engen@gjovik.kommune.no"),
    subject="Økning av listetak", html=True,
    plain="""Hei,

Fastlege Solveig Bakken (HPR 4423190), Gjøvik legesenter, har fått innvilget å øke listetaket med 50. Listenr. 340712.

Mvh Trude Engen
Kommuneoverlege, Gjøvik kommune
""",
    gold=dict(kind="list_request", municipality="3407",
              orders=[ceiling("340712", "Solveig Bakken", hpr="4423190", increase=50)],
              note="'øke listetaket med 50': an increase, not a new ceiling. new_ceiling not scored (registry ceiling + 50 would give it)."))

add("list_request", "x_r02_kvam_auke_fra_til",
    date=hdate(2024, 10, 7, 9, 2, 44), sender=("Solveig Ljones", "solveig.ljones@kvam.herad.no"),
    subject="Auke i listetak – Øystese legekontor",
    plain="""Hei

Fastlege Åsmund Steine (HPR 5542109) ved Øystese legekontor ynskjer å auke listetaket frå 1000 til 1100. Kvam herad stør dette. Lista hans har nummer 462215.

Med helsing
Solveig Ljones
Kvam herad
""",
    gold=dict(kind="list_request", municipality="4622",
              orders=[ceiling("462215", "Åsmund Steine", hpr="5542109", increase=100, new=1100)],
              note="Nynorsk 'auke listetaket frå 1000 til 1100': increase 100, new ceiling 1100; the list number comes last ('Lista hans har nummer')."))

add("list_request", "x_r03_molde_lock_two_bare_lines",
    date=hdate(2025, 1, 23, 10, 45, 30), sender=("Randi Hjelle", "randi.hjelle@molde.kommune.no"),
    subject="Låsing av lister",
    plain="""Hei,

Vi ber om at disse listene låses inntil videre:

150641 Ove Bratland
150652 Liv Eikrem

Mvh Randi Hjelle
Molde kommune
""",
    gold=dict(kind="list_request", municipality="1506",
              orders=[lock("150641", "Ove Bratland", "lock"), lock("150652", "Liv Eikrem", "lock")],
              note="Lock two lists given as bare 'ID Name' lines."))

add("list_request", "x_r04_lillestrom_unlock_html_table",
    date=hdate(2025, 6, 2, 13, 13, 13), sender=("Nina Berget", "nina.berget@lillestrom.kommune.no"),
    subject="Åpning av lister etter fordeling",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Hei,</p>
<p>Fordelingen er gjennomf&oslash;rt. Vi ber om at f&oslash;lgende lister l&aring;ses opp igjen:</p>
<table border="1">
<tr><th>FLR-ID</th><th>Fastlege</th></tr>
<tr><td>320526</td><td>Ahmed Rashid</td></tr>
<tr><td>320531</td><td>Line S&aelig;ther</td></tr>
</table>
<p>Hilsen Nina Berget<br>Lilleström kommune</p>
</body></html>
""".replace("Lilleström", "Lillestrøm"),
    gold=dict(kind="list_request", municipality="3205",
              orders=[lock("320526", "Ahmed Rashid", "unlock"), lock("320531", "Line Sæther", "unlock")],
              note="HTML only with entities: 'låses opp igjen' is unlock (not lock) for two lists in a table; the completed distribution it refers to is no order."))

add("list_request", "x_r05_tonsberg_other_municipality_list",
    date=hdate(2025, 9, 9, 9, 50, 1), sender=("Eirik Bjerke", "eirik.bjerke@tonsberg.kommune.no"),
    subject="Nytt listetak", html=True,
    plain="""Hei,

Fastlege Mona Berg ved Kilen legesenter (FLR-ID 390718) har fått godkjent større liste. Listetaket blir 1300 fra 1. oktober.

Med vennlig hilsen
Eirik Bjerke
Tønsberg kommune
""",
    gold=dict(kind="list_request", municipality="3905",
              orders=[ceiling("390718", "Mona Berg", new=1300)],
              note="'Listetaket blir 1300' is a new ceiling; FLR-ID 390718 belongs to Sandefjord (3907), not Tønsberg: list_other_municipality, review. hpr_number and increase not scored (derivable from the registry)."))

add("list_request", "x_r06_hareid_lock_and_raise_nynorsk",
    date=hdate(2025, 11, 14, 12, 2, 58), sender=("Gunn Brandal", "gunn.brandal@hareid.kommune.no"),
    subject="Listetak og låsing",
    plain="""Hei!

To saker frå Hareid kommune:
1) Lista til Berit Bjørkavåg, listenr. 151703, må låsast frå no av. Ho går ut i permisjon.
2) Fastlege Tor Kvalsund (listenr. 151706) får auka listetaket frå 900 til 1000.

Helsing
Gunn Brandal
Hareid kommune
""",
    gold=dict(kind="list_request", municipality="1517",
              orders=[lock("151703", "Berit Bjørkavåg", "lock"),
                      ceiling("151706", "Tor Kvalsund", increase=100, new=1000)],
              note="Nynorsk, two different requests on two lists: 'må låsast' (lock) and 'auka listetaket frå 900 til 1000'. hpr_number not scored."))

# ==========================================================================
# distribution/
# ==========================================================================
add("distribution", "x_d01_lillestrom_body_bullets",
    date=hdate(2025, 3, 12, 10, 5, 41), sender=("Nina Berget", "nina.berget@lillestrom.kommune.no"),
    subject="Manuell fordeling – mars", html=True,
    plain="""Hei,

Her er fordelingen for mars (vi har ikke Excel-skjemaet tilgjengelig):

- FLR 320511 Kari Holm: 5 innbyggere
- FLR 320518 Erik Sand: 8 innbyggere

Ingen økning av listetak.

Mvh Nina Berget
Lillestrøm kommune
Tlf. 66 93 80 00
""",
    gold=dict(kind="distribution_order", municipality="3205", needs_review=None,
              orders=[dist("320511", "Kari Holm", 5), dist("320518", "Erik Sand", 8)],
              note="Order written in the body as bullets ('- FLR 320511 Kari Holm: 5 innbyggere'); no increases (0). Within capacity (15 and 10 free) and within 40 unassigned. Review either way (free text)."))

add("distribution", "x_d02_elverum_body_columns_capacity",
    date=hdate(2024, 10, 22, 9, 30, 0), sender=("Hege Solbakken", "hege.solbakken@elverum.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege",
    plain="""Hei

Elverum kommune ber om følgende fordeling:

Listenr.  Lege              Antall   Økning listetak
342011    Tone Myhre        6
342017    Rune Bakke        4

Hilsen Hege Solbakken
Elverum kommune
""",
    gold=dict(kind="distribution_order", municipality="3420",
              orders=[dist("342011", "Tone Myhre", 6), dist("342017", "Rune Bakke", 4)],
              note="Plain-text column table with an empty increase column; 342011 is closed with 2 free and gets 6: capacity_insufficient, review. Follow-up to x_m04."))

add("distribution", "x_d03_ringerike_automatic_active_stars",
    date=hdate(2025, 5, 12, 11, 11, 11), sender=("Pål Hagen", "pal.hagen@ringerike.kommune.no"),
    subject="Fordeling av innbyggere",
    plain="""Hei,

Vi har noen innbyggere som har ventet lenge, og ber om at disse fordeles:

* 3 innbyggere til liste 330514 (Hans Olav Ruud)
* 2 innbyggere til liste 330520 (Marte Hval)

Mvh Pål Hagen
Ringerike kommune
""",
    gold=dict(kind="distribution_order", municipality="3305", needs_review=None,
              orders=[dist("330514", "Hans Olav Ruud", 3), dist("330520", "Marte Hval", 2)],
              note="Count before the list ('3 innbyggere til liste 330514 (Name)'); Ringerike is back on automatic assignment (x_m03): automatic_distribution_active warning. Review either way (free text)."))

add("distribution", "x_d04_kvinnherad_nynorsk_exceeds",
    date=hdate(2024, 10, 1, 10, 0, 26), sender=("Kåre Opsahl", "kare.opsahl@kvinnherad.kommune.no"),
    subject="Manuell fordeling",
    plain="""Hei

Vi ber Helfo fordele innbyggjarar utan fastlege slik:
- Liste 461702, Ola Rykkje: 8 innbyggjarar
- Liste 461708, Synnøve Tveit: 5 innbyggjarar, auke listetaket med 5

Med helsing
Kåre Opsahl
Kvinnherad kommune
""",
    gold=dict(kind="distribution_order", municipality="4617",
              orders=[dist("461702", "Ola Rykkje", 8), dist("461708", "Synnøve Tveit", 5, 5)],
              note="Nynorsk body order; 'auke listetaket med 5' belongs to the distribution row (ceiling_increase 5), not a list_request. 13 ordered but Kvinnherad has 10 without a list: exceeds_unassigned, review. Follow-up to x_m02."))

add("distribution", "x_d05_melhus_html_table_sum_row",
    date=hdate(2025, 2, 6, 13, 40, 17), sender=("Elin Kvaal", "elin.kvaal@melhus.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Hei,</p>
<p>Melhus kommune &oslash;nsker f&oslash;lgende manuelle fordeling (skjemaet limt inn i e-posten):</p>
<table border="1" cellpadding="3">
<tr><th>FLR-ID</th><th>Fastlege</th><th>Antall innbyggere</th><th>&Oslash;kning i listetak</th></tr>
<tr><td>502803</td><td>Jorunn Grav&aring;s</td><td>6</td><td></td></tr>
<tr><td>502810</td><td>Stein Kregnes</td><td>4</td><td>4</td></tr>
<tr><td><b>Sum</b></td><td></td><td><b>10</b></td><td><b>4</b></td></tr>
</table>
<p>Vennlig hilsen<br>Elin Kvaal<br>Melhus kommune</p>
</body></html>
""",
    gold=dict(kind="distribution_order", municipality="5028", needs_review=None,
              orders=[dist("502803", "Jorunn Gravås", 6), dist("502810", "Stein Kregnes", 4, 4)],
              note="HTML-only table pasted in the body with a Sum row that is no order; blank increase = 0; 502803 is closed with 15 free: list_closed_too_free warning; 502810 is full but +4 covers 4. Review either way (no attachment)."))

# ==========================================================================
# other/
# ==========================================================================
add("other", "x_o01_molde_takk_original_message",
    date=hdate(2023, 3, 8, 8, 1, 44), sender=("Randi Hjelle", "randi.hjelle@molde.kommune.no"),
    subject="SV: Fastlege går av med alderspensjon - Arnfinn Røsvik",
    plain="""Takk, da er alt i orden.

Randi

-----Original Message-----
From: Helfo <post@helfo.no>
Sent: Tuesday, March 7, 2023 1:02 PM
To: Randi Hjelle <randi.hjelle@molde.kommune.no>
Subject: SV: Fastlege går av med alderspensjon - Arnfinn Røsvik

Hei,
Vi har registrert at Arnfinn Røsvik slutter 31.08.2023.
Helfo

-----Original Message-----
From: Randi Hjelle <randi.hjelle@molde.kommune.no>
Sent: Monday, March 6, 2023 10:04 AM
To: post@helfo.no
Subject: Fastlege går av med alderspensjon - Arnfinn Røsvik

Hei,

Fastlege Arnfinn Røsvik (hprnr 4412873) ved Molde legesenter har varslet kommunen om at han går av med alderspensjon. Skriftlig oppsigelse ble levert fredag 3. mars 2023. Etter avtale med kommunen jobber han t.o.m. 31. august 2023.
""",
    gold=dict(kind="other", municipality="1506", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="A thanks on top of '-----Original Message-----' blocks that quote the whole notice of x_t01: kind other, no orders; municipal sender, so review."))

add("other", "x_o02_clinic_autoreply",
    date=hdate(2024, 8, 5, 7, 12, 0), sender=("Fjordlegene AS", "post@fjordlegene.no"),
    subject="Automatisk svar: Økning av listetak",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    plain="""Takk for din e-post.

Legekontoret har sommerstengt til og med fredag 9. august. Ved akutt sykdom, ring legevakten på 116 117.

Spørsmål om listetak, bytte av fastlege eller oppsigelse av fastlegeavtale kan sendes til kommunen.

Med vennlig hilsen
Fjordlegene AS
""",
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period", "children_may_exceed"],
              note="Clinic auto-reply (Auto-Submitted) with 'listetak' and 'oppsigelse av fastlegeavtale' in the text and subject; not a municipality; no review."))

add("other", "x_o03_newsletter_list_unsubscribe",
    date=hdate(2024, 11, 28, 6, 0, 0), sender=("Fastlegenytt", "nyhetsbrev@fastlegenytt.no"),
    subject="Fastlegenytt november: listetak, oppsigelse og manuell fordeling",
    extra={"List-Unsubscribe": "<https://fastlegenytt.no/avmeld?u=7f3a91>, <mailto:avmeld@fastlegenytt.no>",
           "List-Id": "Fastlegenytt <nyhetsbrev.fastlegenytt.no>", "Precedence": "bulk"},
    html=True,
    plain="""Fastlegenytt – november 2024

1. Oppsigelse av fastlegeavtale: Husk at kommunen skal sende melding til Helfo (post@helfo.no) når en fastlege sier opp. Vanlig oppsigelsestid er seks måneder.

2. Manuell fordeling: Kommuner som ønsker manuell fordeling sender e-post med emne «Fastlege – manuell fordeling». Fordelingen bestilles på skjema, f.eks. «FLR 10: 5 innbyggere».

3. Listetak: Et listetak på 1000 er vanlig, men mange øker listetaket med 50 eller 100.

Neste utgave kommer 15. desember.

Du mottar dette nyhetsbrevet fordi du abonnerer på Fastlegenytt. Meld deg av her: https://fastlegenytt.no/avmeld
""",
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed", "last_day_from_notice_period"],
              note="Newsletter (List-Unsubscribe, Precedence: bulk) quoting the magic subject, an order line 'FLR 10: 5 innbyggere' and ceiling wording: kind other, no orders."))

add("other", "x_o04_citizen_question_no_id",
    date=hdate(2025, 6, 15, 21, 40, 12), sender=(None, "tor.h1978@gmail.com"),
    subject="Ny fastlege?",
    plain="""Hei

Legen min sluttet 31. mai og jeg har fått brev om at en ny lege overtar listen. Kan jeg heller bytte til en annen lege på samme legekontor? Jeg får ikke logget inn på Helsenorge.

Hilsen Tor
""",
    gold=dict(kind="other", municipality=None, needs_review=None, orders=[],
              forbid=["malformed_message"],
              note="A citizen question with list-change words ('ny lege overtar listen', a date): kind other, no municipality. personal_data and review not scored (only a first name)."))

add("other", "x_o05_exchange_ndr_returned_ceiling",
    date=hdate(2024, 10, 8, 9, 3, 12), sender=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@helfo.no"),
    subject="Ikke levert: SV: Auke i listetak – Øystese legekontor", raw=None,
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID + ["list_unknown", "list_other_municipality"],
              note="Exchange non-delivery report (multipart/report) in Norwegian; the returned Helfo message states a ceiling raise (list 462215, 1000 to 1100) that must not become a list_request."))

add("other", "x_o06_sola_question_meeting_date",
    date=hdate(2024, 11, 20, 9, 12, 37), sender=("Marius Tjelta", "marius.tjelta@sola.kommune.no"),
    subject="Spørsmål om listetak og ubesatte lister", html=True,
    plain="""Hei,

Vi har et par spørsmål før møtet vårt med legene 3. desember:

1. Hvis en fastlege ønsker å redusere listetaket fra 1200 til 1000, må kommunen melde dette til dere, eller gjør legen det selv?
2. Hvor lenge før 1. januar må vi sende melding om ubesatt liste for at innbyggerne skal få brev i tide?

Ring gjerne på 51 64 33 00.

Vennlig hilsen
Marius Tjelta
Sola kommune
Org.nr. 964 965 404
""",
    gold=dict(kind="other", municipality="1124", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["timing_in_time", "timing_late_letters", "timing_after_transfer"],
              note="Questions only: a hypothetical ceiling change ('fra 1200 til 1000') and 'ubesatt liste' before 1 January are no orders; a meeting date, phone and org.nr.; municipal sender, so review."))

add("other", "x_o07_vinje_question_not_yet_notice",
    date=hdate(2025, 1, 16, 14, 3, 49), sender=("Gro Haugen", "gro.haugen@vinje.kommune.no"),
    subject="Spørsmål om oppseiingstid",
    plain="""Hei

Fastlege Sigve Rui (HPR 2918374) ved Vinje legekontor vurderer å gå av med pensjon til sommaren, men han har ikkje sagt opp enno. Kan han slutte før seks månaders oppseiingstid er ute dersom kommunen godtek det, til dømes 30. juni?

Med helsing
Gro Haugen
Vinje kommune
""",
    gold=dict(kind="other", municipality="4036", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="Nynorsk question about a possible retirement, explicitly not a notice ('har ikkje sagt opp enno'), with a name, HPR and a date: kind other; municipal sender, so review."))


# --------------------------------------------------------------------------
# The bounce is written out by hand (multipart/report, as Exchange sends it)
# --------------------------------------------------------------------------
BOUNCE = """From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@helfo.no>
To: post@helfo.no
Date: {date}
Subject: =?utf-8?q?Ikke_levert=3A_SV=3A_Auke_i_listetak_=E2=80=93_=C3=98ystese_legekontor?=
Message-ID: <b0a8c3e1f4d2@helfo.no>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="NDR_6f1e2d3c4b5a"

--NDR_6f1e2d3c4b5a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Levering til disse mottakerne eller gruppene mislyktes:

legekontor@oystese-lege.no
Finner ikke e-postadressen. Kontroller adressen og pr=C3=B8v p=C3=A5 nytt.

Diagnostisk informasjon for administratorer:
Genererer server: AM0PR09MB1234.eurprd09.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--NDR_6f1e2d3c4b5a
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR09MB1234.eurprd09.prod.outlook.com
Arrival-Date: {date}

Final-Recipient: rfc822;legekontor@oystese-lege.no
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--NDR_6f1e2d3c4b5a
Content-Type: message/rfc822

From: Helfo <post@helfo.no>
To: legekontor@oystese-lege.no
Date: {date}
Subject: =?utf-8?q?SV=3A_Auke_i_listetak_=E2=80=93_=C3=98ystese_legekontor?=
Message-ID: <c7d1e9a0b2f3@helfo.no>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hei,

Til orientering: Listetaket til fastlege =C3=85smund Steine (liste 462215)=
 er auka fr=C3=A5 1000 til 1100 etter s=C3=B8knad fr=C3=A5 Kvam herad.

Med helsing
Helfo

--NDR_6f1e2d3c4b5a--
"""


def main():
    for m in MESSAGES:
        if m["name"] == "x_o05_exchange_ndr_returned_ceiling":
            m["raw"] = BOUNCE.format(date=m["date"])
    names = [m["name"] for m in MESSAGES]
    assert len(names) == len(set(names)), "duplicate names"
    for m in MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{m['name']}.eml").write_bytes(build(m))
        gold = finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    with open(reg / "lists.csv", "w", encoding="utf-8", newline="") as f:
        f.write("flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size\n")
        for r in LISTS:
            f.write(",".join(str(x) for x in r) + "\n")
    with open(reg / "unassigned.csv", "w", encoding="utf-8", newline="") as f:
        f.write("kommunenummer,unassigned,distribution\n")
        for u in UNASSIGNED:
            f.write(",".join(str(x) for x in u) + "\n")
    print(f"wrote {len(MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
