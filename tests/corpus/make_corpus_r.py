#!/usr/bin/env python3
"""Build the r_ test corpus for `postmottak parse`: 20 termination notices and
20 list changes in the shared corpus's style, each with ONE new hard thing.

    .venv/bin/python tests/corpus/make_corpus_r.py [OUTDIR]

Twenty-five municipalities that no other corpus uses (real numbers and
domains from parsers/data/kommuner.csv, 2024 numbering; received dates
2025-2027).  Most list changes follow a termination of the same municipality
(a thread, processed in Date order in one run).  People, HPR numbers, FLR
list IDs, phone, org and case numbers are made up.

Golds follow shared/CONTRACT.md and the shared corpus README: notice periods,
transfer dates, timing (receipt day in Europe/Oslo + 2 Norwegian business
days, `holidays` package) and Helsenorge (start - receipt < 42 days) are
computed here; registry findings come from the rows below.  A field that a
reasonable parser could read either way is left out of the gold; needs_review
is null where either answer is defensible.

Writes NAME.eml + NAME.expected.json (prefix r_) into termination/ and
list_change/ and APPENDS its rows to registry/lists.csv and
registry/unassigned.csv (existing rows never changed; a rerun changes
nothing).  Deterministic: fixed Message-IDs, boundaries and dates.
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
from email.utils import formataddr
from pathlib import Path

from corpus_kit import (  # machinery shared with make_corpus_m/p/r.py
    append_rows, BASE_FORBID, csv_rows, D, esc, iso, mid_outlook, mid_uuid, notice_period_end, OMIT,
    OSLO, outlook_hdrs, outlook_html, QP, received_date, registration, sendt, tb_html, term,
    text_part, TIMING, timing_code, weekday, when,
)

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE

# --------------------------------------------------------------------------
# Registry rows for the r_ messages
# --------------------------------------------------------------------------
LISTS_R = [
    ("111204", "1112", "Tove Hetland", "2718304", "open", 1000, 985),
    ("111418", "1114", "Gunnar Ravndal", "2730915", "open", 900, 880),
    ("113306", "1133", "Sigrun Eide", "2741206", "open", 800, 790),
    ("151412", "1514", "Ingrid Sandvik", "2752817", "open", 1000, 960),
    ("462009", "4620", "Leif Arne Vikse", "2763418", "open", 1100, 1095),
    ("151118", "1511", "Bjørn Fiskerstrand", "2774029", "open", 1100, 1050),
    ("151124", "1511", "Anders Aarflot", "2785631", "open", 900, 870),
    ("153207", "1532", "Lise Vik", "2796142", "open", 1000, 990),
    ("155711", "1557", "Petter Rokstad", "2807753", "open", 900, 900),
    ("506015", "5060", "Ola Halse", "2818364", "open", 1200, 1170),
    ("157308", "1573", "Arnt Strømsholm", "2829975", "open", 800, 760),
    ("186812", "1868", "Daniel Schmidt", "2831586", "open", 1000, 940),
    ("311607", "3116", "Rune Brekke", "2842197", "open", 900, 890),
    ("312207", "3122", "Siv Kjensli", "2853708", "open", 1000, 1000),
    ("324214", "3242", "Hilde Sørum", "2864319", "open", 1100, 1080),
    ("344702", "3447", "Eva Lunde", "2875920", "open", 1000, 990),
    ("344709", "3447", "Knut Rud", "2886531", "open", 800, 760),
    ("344715", "3447", "Mona Bakke", "2897142", "closed", 1200, 1200),
    ("332604", "3326", "Jørn Ulsaker", "2908753", "open", 700, 690),
    ("342414", "3424", "Per Haug", "2919364", "open", 1000, 975),
    ("343007", "3430", "Torstein Bakken", "2920975", "open", 1000, 980),
    ("343805", "3438", "Solveig Kleiven", "2932586", "open", 900, 890),
    ("345117", "3451", "Magne Hovde", "2943197", "open", 1000, 950),
]
UNASSIGNED_R = [
    ("1112", 3, "automatic"), ("1114", 1, "automatic"), ("1133", 0, "automatic"),
    ("1514", 2, "automatic"), ("4620", 4, "automatic"), ("1511", 0, "automatic"),
    ("1532", 6, "automatic"), ("1557", 2, "automatic"), ("5060", 5, "automatic"),
    ("1573", 1, "automatic"), ("1851", 3, "automatic"), ("1838", 2, "automatic"),
    ("1848", 1, "automatic"), ("1868", 0, "automatic"), ("3116", 2, "automatic"),
    ("3122", 4, "automatic"), ("3242", 7, "automatic"), ("3447", 5, "automatic"),
    ("3326", 0, "automatic"), ("3424", 3, "automatic"), ("3430", 2, "automatic"),
    ("3438", 1, "automatic"), ("3436", 2, "automatic"), ("3451", 4, "automatic"),
    ("4637", 0, "automatic"),
]
REG = {r[0]: r for r in LISTS_R}

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
        charset="utf-8", enc=QP, extra=None, logo=False, cc=None):
    """client: outlook | thunderbird | iphone | html | plain"""
    MSGS.append(dict(folder=folder, name=name, client=client, date=date, sender=sender,
                     subject=subject, body=body, html=html, charset=charset, enc=enc,
                     extra=extra or {}, logo=logo, cc=cc, gold=gold))


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


# ==========================================================================
# Messages
# ==========================================================================

# -- Lund (1112) ---------------------------------------------------------
t01_notice = D(2025, 4, 14)
T("r_t01_lund_kommuneoverlege_hpr_in_signature", client="outlook",
  date=when(2025, 4, 16, 9, 12, 40, utc=True),
  sender=("Helge Tonstad", "helge.tonstad@lund.kommune.no"),
  subject="Oppsigelse av fastlegeavtale - Tove Hetland",
  body="""Hei,

Lund kommune har mottatt oppsigelse av fastlegeavtalen fra fastlege Tove Hetland ved Moi legesenter. Oppsigelsen er datert 14. april 2025, og HPR-nummeret hennes er 2718304.

Det er ikke avtalt noen annen siste arbeidsdag enn det som følger av oppsigelsestiden.

Vi kommer tilbake med melding til fastlegeregisteret når ny lege er på plass.

Med vennlig hilsen

Helge Tonstad
Kommuneoverlege, spesialist i samfunnsmedisin
HPR 1102945
Lund kommune | Moiveien 9, 4460 Moi
Tlf. 51 47 00 00 | Mob. 918 20 447
""",
  gold=dict(kind="termination_notice", municipality="1112",
            orders=[term("Tove Hetland", "2718304", "Moi legesenter", t01_notice)],
            note="The signer is the kommuneoverlege with his own HPR (1102945) and '4460' (postcode) in the signature: the GP's HPR is the one in the text; notice 14 April 2025, no agreed last day: six months from 1 May give 31 Oct 2025, transfer 1 Nov. flr_list_id not scored. list_change/r_l01 follows."))

L("r_l01_lund_list_moves_1st_starts_3rd", client="outlook",
  date=when(2025, 10, 6, 10, 3, 11, utc=True),
  sender=("Helge Tonstad", "helge.tonstad@lund.kommune.no"),
  subject="Melding til fastlegeregisteret - liste 111204",
  body="""Hei,

Ny fastlege på liste 111204 ved Moi legesenter etter Tove Hetland (HPR 2718304):

Ny fastlege: Maria Skåland, HPR 5037716
Listen overføres fra 1. november 2025. Skåland starter i praksisen mandag 3. november.
Listetak: 1000

Med vennlig hilsen

Helge Tonstad
Kommuneoverlege, spesialist i samfunnsmedisin
HPR 1102945
Lund kommune | Moiveien 9, 4460 Moi
Tlf. 51 47 00 00
""",
  gold=dict(kind="list_change", municipality="1112", needs_review=None,
            orders=[change("new_gp", "111204", clinic="Moi legesenter", prev="Tove Hetland",
                           prev_hpr="2718304", gp="Maria Skåland", hpr="5037716",
                           start=D(2025, 11, 1), ceiling=1000)],
            note="The list moves on Sat 1 Nov 2025 ('Listen overføres fra'), the new GP's first day at the clinic is Mon 3 Nov: start is the list's date; the kommuneoverlege's HPR 1102945 in the signature is no GP. Received Mon 6 Oct, registered Wed 8 Oct, 24 days before: in time; 26 days ahead: not on Helsenorge (both dates give the same verdicts). Review either way."))

# -- Bjerkreim (1114) -------------------------------------------------------
T("r_t02_bjerkreim_notice_period_spelled_out", client="thunderbird",
  date=when(2025, 11, 13, 13, 44, 2),
  sender=("Bjerkreim kommune - Postmottak", "postmottak@bjerkreim.kommune.no"),
  subject="Oppsigelse fastlegeavtale Vikeså legekontor",
  body="""Til Helfo

Fastlege Gunnar Ravndal (hpr.nr. 2730915) ved Vikeså legekontor har sagt opp fastlegeavtalen sin med Bjerkreim kommune. Oppsigelsen er datert 12.11.2025.

Oppsigelsestiden løper fra 1. desember 2025 til og med 31. mai 2026.

Med hilsen
Kari Byberg
Konsulent, Helse og omsorg
Bjerkreim kommune
Tlf. 51 20 10 00
""",
  gold=dict(kind="termination_notice", municipality="1114", needs_review=None,
            orders=[term("Gunnar Ravndal", "2730915", "Vikeså legekontor", D(2025, 11, 12),
                         last=D(2026, 5, 31), score_basis=False)],
            note="The notice period is written out as a span ('løper fra 1. desember 2025 til og med 31. mai 2026'): 1 December is its start, not a last day; the end 31 May 2026 is both stated and the computed period, so last_working_day_basis is not scored; 'hpr.nr.' with dots. flr_list_id not scored; review either way."))

L("r_l02_bjerkreim_ascension_2026_boundary_vikar_hpr", client="thunderbird",
  date=when(2026, 5, 13, 14, 5, 27),
  sender=("Kari Byberg", "kari.byberg@bjerkreim.kommune.no"),
  subject="Ubesatt liste 111418 fra 1. juni",
  body="""Hei

Vi har ikke fått rekruttert ny fastlege etter Gunnar Ravndal (HPR 2730915) ved Vikeså legekontor.

Liste 111418 blir derfor stående uten fast lege fra 1. juni 2026. Kommunen leier inn vikarlege Stian Moe (HPR 7712093) gjennom byrå inntil videre. Listetak 900.

Med hilsen
Kari Byberg
Konsulent, Helse og omsorg
Bjerkreim kommune
""",
  gold=dict(kind="list_change", municipality="1114",
            orders=[change("unassigned_list", "111418", clinic="Vikeså legekontor",
                           prev="Gunnar Ravndal", prev_hpr="2730915", start=D(2026, 6, 1),
                           ceiling=900)],
            note="'blir stående uten fast lege' is an unassigned list; the hired vikar with his own HPR (7712093) is no new GP. Ascension Day 2026: received Wed 13 May, Thu 14 May is a holiday, registered Mon 18 May, exactly 14 days before 1 June: in time; 19 days ahead: not on Helsenorge. Follow-up to r_t02."))

# -- Hjelmeland (1133), nynorsk --------------------------------------------
T("r_t03_hjelmeland_nynorsk_sluttar_vikar_distractor", client="thunderbird",
  date=when(2025, 8, 29, 11, 20, 55),
  sender=("Oddny Tysdal", "oddny.tysdal@hjelmeland.kommune.no"),
  subject="Oppseiing fastlege Sigrun Eide",
  body="""Hei

Fastlege Sigrun Eide (HPR 2741206) ved Hjelmeland legekontor har sagt opp avtala si. Oppseiinga er datert 25.08.2025. Ho sluttar 31. januar 2026 etter avtale med kommunen.

Vikar Per Hauge (HPR 9931207) tek over drifta av lista frå 1. februar 2026 inntil ny fastlege er på plass.

Med helsing
Oddny Tysdal
rådgjevar, helse og omsorg
Hjelmeland kommune
""",
  gold=dict(kind="termination_notice", municipality="1133",
            orders=[term("Sigrun Eide", "2741206", "Hjelmeland legekontor", D(2025, 8, 25),
                         last=D(2026, 1, 31))],
            note="Nynorsk 'Ho sluttar 31. januar 2026' is the stated last day (no 'siste arbeidsdag'), a month before the notice period would end; the vikar with his own HPR and '1. februar 2026' is no second GP and no last day. flr_list_id not scored. list_change/r_l03 follows."))

L("r_l03_hjelmeland_ubesett_then_new_gp_same_list", client="thunderbird",
  date=when(2026, 1, 14, 9, 41, 8),
  sender=("Oddny Tysdal", "oddny.tysdal@hjelmeland.kommune.no"),
  subject="Melding til fastlegeregisteret - liste 113306",
  body="""Hei

Melding til fastlegeregisteret for liste 113306 ved Hjelmeland legekontor (Sigrun Eide, HPR 2741206, sluttar 31.01.2026):

Lista vert ubesett frå 1. februar 2026 og vert driven av vikar Per Hauge. Listetak 800.

Frå 1. mai 2026 tek Ingrid Løvik (HPR 5048327) over lista som fastlege. Listetaket vert då 800 som før.

Med helsing
Oddny Tysdal
rådgjevar, helse og omsorg
Hjelmeland kommune
""",
  gold=dict(kind="list_change", municipality="1133",
            orders=[change("unassigned_list", "113306", clinic="Hjelmeland legekontor",
                           prev="Sigrun Eide", prev_hpr="2741206", start=D(2026, 2, 1), ceiling=800),
                    change("new_gp", "113306", clinic="Hjelmeland legekontor", gp="Ingrid Løvik",
                           hpr="5048327", start=D(2026, 5, 1), ceiling=800)],
            note="Nynorsk; two orders of different types on ONE list: unassigned from 1 Feb 2026 (vikar Per Hauge is no new GP), then a new GP from 1 May; the old GP's last day 31.01.2026 is no start. Received Wed 14 Jan, registered Fri 16 Jan: 16 days before 1 Feb (in time); 18 days ahead: not on Helsenorge. The new GP's previous GP is not scored (the vikar or Eide)."))

# -- Sande (1514) ----------------------------------------------------------
T("r_t04_sande_becomes_kommuneoverlege", client="outlook",
  date=when(2025, 11, 5, 12, 31, 9, utc=True),
  sender=("Arne Gard", "arne.gard@sande.kommune.no"),
  subject="Oppseiing av fastlegeavtale",
  body="""Hei,

Fastlege Ingrid Sandvik (HPR 2752817) ved Larsnes legekontor går over i stilling som kommuneoverlege i Sande frå 1. mars 2026, og har difor sagt opp fastlegeavtala. Oppseiinga kom 3. november 2025.

Siste dag som fastlege er 28. februar 2026.

Med helsing
Arne Gard
Kommunalsjef helse og velferd
Sande kommune
""",
  gold=dict(kind="termination_notice", municipality="1514",
            orders=[term("Ingrid Sandvik", "2752817", "Larsnes legekontor", D(2025, 11, 3),
                         last=D(2026, 2, 28))],
            note="Nynorsk; the GP becomes the municipality's kommuneoverlege from 1 March (her new job, not a last day, and 'kommuneoverlege' is not her title in a name); 'Siste dag som fastlege' is the stated last day 28 Feb 2026, before the notice period (31 May). flr_list_id not scored. list_change/r_l04 follows."))

L("r_l04_sande_alis_title", client="outlook",
  date=when(2026, 1, 12, 8, 15, 44, utc=True),
  sender=("Arne Gard", "arne.gard@sande.kommune.no"),
  subject="Ny fastlege på lista etter Ingrid Sandvik",
  body="""Hei,

ALIS-lege Jonas Tveit (HPR 5059938) tek over liste 151412 ved Larsnes legekontor etter Ingrid Sandvik (HPR 2752817) frå og med 1. mars 2026. Listetak 1000.

Med helsing
Arne Gard
Kommunalsjef helse og velferd
Sande kommune
""",
  gold=dict(kind="list_change", municipality="1514",
            orders=[change("new_gp", "151412", clinic="Larsnes legekontor", prev="Ingrid Sandvik",
                           prev_hpr="2752817", gp="Jonas Tveit", hpr="5059938",
                           start=D(2026, 3, 1), ceiling=1000)],
            note="'ALIS-lege' (allmennlege i spesialisering) is a title, not part of the new GP's name; nynorsk 'frå og med'. Received Mon 12 Jan 2026, registered Wed 14 Jan, 46 days before 1 March: in time; 48 days ahead: visible on Helsenorge."))

# -- Ulvik (4620), latin-1 --------------------------------------------
T("r_t05_ulvik_latin1_avskjed_fratreden", client="plain",
  date=when(2025, 12, 8, 10, 2, 37), charset="iso-8859-1",
  extra={"X-Mailer": "Microsoft Outlook 16.0"},
  sender=("Torunn Skeie", "torunn.skeie@ulvik.kommune.no"),
  subject="Avskjed fastlegeheimel - Ulvik legekontor",
  body="""Hei.

Fastlege Leif Arne Vikse, hpr-nr 2763418, Ulvik legekontor, har søkt avskjed frå fastlegeheimelen i søknad datert 02.12.2025.

Avskjed er innvilga med fråtreden 30.06.2026.

Mvh
Torunn Skeie
Konsulent, Helse og omsorg
Ulvik herad
Tlf 56 52 62 00
""",
  gold=dict(kind="termination_notice", municipality="4620",
            orders=[term("Leif Arne Vikse", "2763418", "Ulvik legekontor", D(2025, 12, 2),
                         last=D(2026, 6, 30))],
            note="ISO-8859-1 plain text; the resignation is phrased as an application for discharge ('søkt avskjed', 'Avskjed er innvilga med fråtreden 30.06.2026'): reason resignation, fråtreden is the stated last day (it happens to equal the notice period's end); the application date is the notice date. flr_list_id not scored."))

L("r_l05_ulvik_withdrawn_candidate", client="outlook",
  date=when(2026, 6, 4, 11, 48, 20, utc=True),
  sender=("Torunn Skeie", "torunn.skeie@ulvik.kommune.no"),
  subject="Ny fastlege liste 462009",
  body="""Hei,

Vi viser til tidlegare melding om at Kari Moe skulle ta over lista etter Leif Arne Vikse ved Ulvik legekontor. Kari Moe har dessverre trekt seg.

Ny fastlege på liste 462009 er no Anders Vatne (HPR 5061549). Han tek over lista frå 1. juli 2026. Listetak 1100.

Mvh
Torunn Skeie
Konsulent, Helse og omsorg
Ulvik herad
""",
  gold=dict(kind="list_change", municipality="4620",
            orders=[change("new_gp", "462009", clinic="Ulvik legekontor", prev="Leif Arne Vikse",
                           gp="Anders Vatne", hpr="5061549", start=D(2026, 7, 1), ceiling=1100)],
            note="A withdrawn candidate (Kari Moe 'har trekt seg') is named before the real new GP: one order, for Vatne. Received Thu 4 Jun 2026, registered Mon 8 Jun, 23 days before 1 July: in time; 27 days ahead: not on Helsenorge. previous_hpr_number not scored (not in the message)."))

# -- Vanylven (1511), nynorsk HTML only -------------------------------------
T("r_t06_vanylven_html_numbers_near_list_id", client="html",
  date=when(2025, 10, 9, 14, 2, 5),
  sender=("Vanylven kommune", "postmottak@vanylven.kommune.no"),
  subject="Oppseiing fastlegeavtale - liste 151118", body=None,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hei,</p>
<p>Fastlege Bj&oslash;rn Fiskerstrand ved Fiskå legekontor har sagt opp fastlegeavtala si med Vanylven kommune. Oppseiinga kom 7.10.2025.</p>
<p><b>HPR-nr:</b> 2774029<br>
<b>Listenummer:</b> 151118<br>
<b>Listelengd i dag:</b> 1050<br>
<b>Listetak:</b> 1100</p>
<p>Siste arbeidsdag er ikkje avtalt, han har seks m&aring;naders oppseiingstid.</p>
<p>Med helsing<br>
Marit Aarflot<br>
Sakshandsamar, Helse og omsorg<br>
Vanylven kommune<br>
Org.nr. 964 980 070</p>
</body></html>
""",
  gold=dict(kind="termination_notice", municipality="1511",
            orders=[term("Bjørn Fiskerstrand", "2774029", "Fiskå legekontor", D(2025, 10, 7),
                         flr="151118")],
            note="HTML only, nynorsk, <br> label lines: the list number 151118 sits between the HPR and two other numbers (list length 1050, ceiling 1100) and an org.nr.; no last day: six months from 1 Nov give 30 April 2026, transfer 1 May."))

L("r_l06_vanylven_zero_list_other_list_mentioned", client="outlook",
  date=when(2026, 8, 3, 7, 55, 31, utc=True),
  sender=("Marit Aarflot", "marit.aarflot@vanylven.kommune.no"),
  subject="Ny fastlegeheimel - 0-liste Fiskå legekontor",
  body="""Hei,

Vanylven kommune har oppretta ein ny fastlegeheimel ved Fiskå legekontor. Kontoret har frå før liste 151124 (Anders Aarflot), som held fram som i dag.

Den nye lista (0-liste) har ikkje fått listenummer enno.
Ny fastlege: Hanna Fiskerstrand, HPR 5072150
Listetak: 500
Oppstart: 1. september 2026

Med helsing
Marit Aarflot
Sakshandsamar, Helse og omsorg
Vanylven kommune
""",
  gold=dict(kind="list_change", municipality="1511", needs_review=None,
            orders=[change("new_gp", None, clinic="Fiskå legekontor", prev=None, prev_hpr=None,
                           gp="Hanna Fiskerstrand", hpr="5072150", start=D(2026, 9, 1), ceiling=500)],
            note="A new list (0-liste, 'har ikkje fått listenummer'): no list ID, no previous GP; list 151124 of a colleague who carries on is named beside it and must not become the new list's ID or a second order; the new GP shares a surname with the GP of r_t06. Received Mon 3 Aug 2026, registered Wed 5 Aug: in time; 29 days ahead: not on Helsenorge. Review either way (as l04)."))

# -- Giske (1532) -----------------------------------------------------------
t07_orig = dt.datetime(2025, 9, 18, 13, 5, tzinfo=OSLO)
t07_helfo = dt.datetime(2025, 9, 22, 9, 40, tzinfo=OSLO)
T("r_t07_giske_answer_gives_hpr_and_last_day", client="outlook",
  date=when(2025, 9, 23, 8, 17, 3, utc=True),
  sender=("Silje Valderhaug", "silje.valderhaug@giske.kommune.no"),
  subject="SV: Oppsigelse fastlege Lise Vik",
  body=f"""Hei,

HPR-nummeret hennes er 2796142, og siste arbeidsdag er avtalt til 28.02.2026.

Mvh
Silje Valderhaug
Rådgiver, Helse og omsorg
Giske kommune

Fra: Helfo <post@helfo.no>
Sendt: {sendt(t07_helfo)}
Til: Silje Valderhaug <silje.valderhaug@giske.kommune.no>
Emne: SV: Oppsigelse fastlege Lise Vik

Takk for meldingen. Kan dere opplyse HPR-nummer og siste arbeidsdag?

Med hilsen
Helfo

Fra: Silje Valderhaug <silje.valderhaug@giske.kommune.no>
Sendt: {sendt(t07_orig)}
Til: post@helfo.no
Emne: Oppsigelse fastlege Lise Vik

Fastlege Lise Vik ved Valderøy legesenter har sagt opp fastlegeavtalen. Oppsigelsen ble mottatt 18.09.2025. HPR og siste arbeidsdag ettersendes.
""",
  gold=dict(kind="termination_notice", municipality="1532", needs_review=None,
            orders=[term("Lise Vik", "2796142", "Valderøy legesenter", D(2025, 9, 18),
                         last=D(2026, 2, 28))],
            note="Top-posted answer to Helfo's question: HPR and the agreed last day (28.02.2026, a month before the notice period's 31 March) only on top, name, clinic and notice date (18.09.2025) only in the quoted original two levels down; one order. flr_list_id not scored; review either way (it completes an earlier notice)."))

L("r_l07_giske_no_start_matched_to_answered_notice", client="outlook",
  date=when(2026, 2, 17, 12, 30, 45, utc=True),
  sender=("Silje Valderhaug", "silje.valderhaug@giske.kommune.no"),
  subject="Ny fastlege etter Lise Vik",
  body="""Hei,

Liste 153207 ved Valderøy legesenter får ny fastlege når Lise Vik sluttar: Emil Roald, HPR 5083761. Listetak 1000.

Mvh
Silje Valderhaug
Rådgiver, Helse og omsorg
Giske kommune
""",
  gold=dict(kind="list_change", municipality="1532", needs_review=None,
            orders=[change("new_gp", "153207", clinic="Valderøy legesenter", prev="Lise Vik",
                           gp="Emil Roald", hpr="5083761", start=None, ceiling=1000,
                           transfer=D(2026, 3, 1))],
            note="No start date ('når Lise Vik sluttar'): the transfer date 1 Mar 2026 comes from r_t07, whose last day was given only in a top-posted answer. Received Tue 17 Feb, registered Thu 19 Feb, 10 days before: late letters. previous_hpr_number not scored (not in the message); review either way (as l08)."))

# -- Gjemnes (1557) ----------------------------------------------------------
T("r_t08_gjemnes_new_years_eve_helsepersonellnummer", client="outlook",
  date=when(2026, 1, 2, 8, 40, 12, utc=True),
  sender=("Jorunn Ohrstrand", "jorunn.ohrstrand@gjemnes.kommune.no"),
  subject="Oppsigelse fastlegeavtale Batnfjordsøra legekontor",
  body="""Hei,

Fastlege Petter Rokstad, helsepersonellnummer 2807753, ved Batnfjordsøra legekontor leverte oppsigelse av fastlegeavtalen sin 31.12.2025.

Avtalen opphører ved utløpet av oppsigelsestiden. Det er ikke avtalt noen tidligere fratreden.

Godt nytt år!

Med vennlig hilsen
Jorunn Ohrstrand
Enhetsleder, Legetjenesten
Gjemnes kommune
""",
  gold=dict(kind="termination_notice", municipality="1557",
            orders=[term("Petter Rokstad", "2807753", "Batnfjordsøra legekontor", D(2025, 12, 31))],
            note="HPR spelled out as 'helsepersonellnummer'; notice on New Year's Eve (31.12.2025), received 2 Jan 2026: the notice period starts the very next day, 1 Jan, and ends 30 June 2026 (the receipt date would give 31 July); 'ved utløpet av oppsigelsestiden' is no stated day. flr_list_id not scored. list_change/r_l08 follows."))

L("r_l08_gjemnes_form_labels_antall_listeplasser", client="outlook",
  date=when(2026, 5, 4, 9, 5, 0, utc=True),
  sender=("Jorunn Ohrstrand", "jorunn.ohrstrand@gjemnes.kommune.no"),
  subject="Melding til fastlegeregisteret",
  body="""Melding til fastlegeregisteret - Gjemnes kommune

Listens nummer: 155711
Legekontor: Batnfjordsøra legekontor
Lege som slutter: Petter Rokstad (2807753)
Legens navn: Maren Dyrhaug
Legens HPR-nr: 5094372
Dato for endring: 01.07.2026
Antall listeplasser: 900
Skjema fylt ut: 04.05.2026

Med vennlig hilsen
Jorunn Ohrstrand
Enhetsleder, Legetjenesten
Gjemnes kommune
""",
  gold=dict(kind="list_change", municipality="1557",
            orders=[change("new_gp", "155711", clinic="Batnfjordsøra legekontor", prev="Petter Rokstad",
                           prev_hpr="2807753", gp="Maren Dyrhaug", hpr="5094372",
                           start=D(2026, 7, 1), ceiling=900)],
            note="Form labels without the usual words: 'Legens navn' / 'Legens HPR-nr' are the NEW GP, 'Dato for endring' the start, 'Antall listeplasser' the ceiling; the old GP's HPR bare in brackets; 'Skjema fylt ut' is the form date, not the start. Received Mon 4 May 2026, registered Wed 6 May: in time; 58 days ahead."))

# -- Nærøysund (5060) ---------------------------------------------------------
T("r_t09_naroysund_colleague_considering", client="outlook",
  date=when(2026, 1, 12, 13, 22, 51, utc=True),
  sender=("Gro Ranes", "gro.ranes@naroysund.kommune.no"),
  subject="Oppsigelse fastlege Ola Halse",
  body="""Hei,

Fastlege Ola Halse (HPR 2818364) ved Kolvereid legesenter sa opp fastlegeavtalen 9.1.2026. Siste arbeidsdag er avtalt til 30.06.2026.

Til orientering: Hans kollega ved samme kontor, Marte Øye (HPR 3390215), har varslet at hun vurderer å si opp, men hun har ikke levert noen oppsigelse. Vi melder fra dersom det skjer.

Med vennlig hilsen
Gro Ranes
Kommuneoverlege
Nærøysund kommune
""",
  gold=dict(kind="termination_notice", municipality="5060",
            orders=[term("Ola Halse", "2818364", "Kolvereid legesenter", D(2026, 1, 9),
                         last=D(2026, 6, 30))],
            note="A colleague with name and HPR 'vurderer å si opp, men har ikke levert noen oppsigelse': no second order; stated last day 30 June, a month before the notice period (31 July). flr_list_id not scored. list_change/r_l09 follows."))

L("r_l09_naroysund_lyses_ut_soknadsfrist", client="outlook",
  date=when(2026, 6, 3, 7, 12, 9, utc=True),
  sender=("Gro Ranes", "gro.ranes@naroysund.kommune.no"),
  subject="Liste 506015 - ubesatt fra 1. juli",
  body="""Hei,

Hjemmelen etter Ola Halse (HPR 2818364) ved Kolvereid legesenter er lyst ut med søknadsfrist 15. juni 2026. Inntil den er besatt, står liste 506015 ubesatt fra 1. juli 2026. Listetaket er uendret 1200.

Med vennlig hilsen
Gro Ranes
Kommuneoverlege
Nærøysund kommune
""",
  gold=dict(kind="list_change", municipality="5060",
            orders=[change("unassigned_list", "506015", clinic="Kolvereid legesenter",
                           prev="Ola Halse", prev_hpr="2818364", start=D(2026, 7, 1), ceiling=1200)],
            note="'står ... ubesatt fra 1. juli 2026' after the application deadline 15 June (a date that is not the start); 'Listetaket er uendret 1200'. Received Wed 3 Jun 2026, registered Fri 5 Jun, 26 days before: in time; 28 days ahead: not on Helsenorge."))

# -- Smøla (1573) -----------------------------------------------------------
T("r_t10_smola_pensjon_ved_arsskiftet", client="outlook",
  date=when(2026, 6, 17, 10, 33, 47, utc=True),
  sender=("Eva Strømsholm", "eva.stromsholm@smola.kommune.no"),
  subject="Fastlege går av med pensjon",
  body="""Hei,

Fastlege Arnt Strømsholm (HPR 2829975) ved Smøla legekontor leverte oppsigelse 15. juni 2026. Han går av med pensjon ved årsskiftet 2026/2027.

Vi kommer tilbake med melding om ny fastlege.

(Arnt er ikke i familie med undertegnede.)

Vennlig hilsen
Eva Strømsholm
Virksomhetsleder helse
Smøla kommune
""",
  gold=dict(kind="termination_notice", municipality="1573",
            orders=[term("Arnt Strømsholm", "2829975", "Smøla legekontor", D(2026, 6, 15),
                         reason="retirement", last=D(2026, 12, 31))],
            note="Retirement 'ved årsskiftet 2026/2027': the stated last day is 31 Dec 2026 (equal to the notice period's end), transfer 1 Jan 2027; '2026/2027' is not a date; the signer shares the GP's surname. flr_list_id not scored. list_change/r_l10 follows."))

L("r_l10_smola_fra_nyttar", client="outlook",
  date=when(2026, 12, 15, 13, 0, 18, utc=True),
  sender=("Eva Strømsholm", "eva.stromsholm@smola.kommune.no"),
  subject="Ny fastlege Smøla legekontor",
  body="""Hei,

Ny fastlege Siri Hopen (HPR 5105983) overtar liste 157308 ved Smøla legekontor etter Arnt Strømsholm (HPR 2829975) fra nyttår. Listetak 800.

God jul!

Vennlig hilsen
Eva Strømsholm
Virksomhetsleder helse
Smøla kommune
""",
  gold=dict(kind="list_change", municipality="1573",
            orders=[change("new_gp", "157308", clinic="Smøla legekontor", prev="Arnt Strømsholm",
                           prev_hpr="2829975", gp="Siri Hopen", hpr="5105983",
                           start=D(2027, 1, 1), ceiling=800)],
            note="Start 'fra nyttår' = 1 Jan 2027 (also r_t10's transfer date, so timing is the same either way). Received Tue 15 Dec 2026, registered Thu 17 Dec, 15 days before: in time; 17 days ahead: not on Helsenorge. 'God jul' is no date."))

# -- Lødingen (1851) ---------------------------------------------------------
T("r_t11_lodingen_notice_date_only_in_subject", client="outlook",
  date=when(2026, 3, 2, 9, 8, 30, utc=True),
  sender=("Linda Hjelde", "linda.hjelde@lodingen.kommune.no"),
  subject="Oppsigelse mottatt 27.02.26 - fastlege Henrik Strand, Lødingen legekontor",
  body="""Hei,

Henrik Strand (HPR 4520716) har sagt opp sin fastlegeavtale med Lødingen kommune, se emnefeltet.

Siste arbeidsdag er ikke avklart, så vi legger til grunn ordinær oppsigelsestid.

Hilsen
Linda Hjelde
Rådgiver, Helse og omsorg
Lødingen kommune
""",
  gold=dict(kind="termination_notice", municipality="1851",
            orders=[term("Henrik Strand", "4520716", "Lødingen legekontor", D(2026, 2, 27))],
            note="The notice date and the clinic are only in the subject ('Oppsigelse mottatt 27.02.26', two-digit year); received Mon 2 Mar: the notice period runs from 1 March to 31 Aug 2026 (the receipt day would give 30 Sep). flr_list_id not scored."))

# -- Gildeskål (1838) -------------------------------------------------------
T("r_t12_gildeskal_hevet_autorisasjon", client="outlook",
  date=when(2026, 1, 13, 14, 2, 44, utc=True),
  sender=("Rita Sandnes", "rita.sandnes@gildeskal.kommune.no"),
  subject="Fastlegeavtale hevet - Inndyr legekontor",
  body="""Til Helfo

Fastlegeavtalen med lege Karl Moen (HPR 4419921) ved Inndyr legekontor er hevet med umiddelbar virkning fra 12.01.2026, etter at Statens helsetilsyn har tilbakekalt autorisasjonen hans.

Listen driftes av vikar inntil videre. Vi sender melding til fastlegeregisteret om listen så snart som mulig.

Med hilsen
Rita Sandnes
Kommunedirektør
Gildeskål kommune
Tlf. 75 76 00 00
""",
  gold=dict(kind="termination_notice", municipality="1838", needs_review=None,
            orders=[term("Karl Moen", "4419921", "Inndyr legekontor", None, reason="other",
                         transfer=D(2026, 2, 1), score_notice=False, score_last=False,
                         score_basis=False)],
            note="The municipality ends the agreement 'med umiddelbar virkning fra 12.01.2026' after the authorisation was revoked: reason other, no notice period; whether 12 or 11 January is the last day is open (not scored), the transfer is 1 Feb 2026 either way; notice_date, basis and flr_list_id not scored; review either way."))

# -- Steigen (1848) ---------------------------------------------------------
T("r_t13_steigen_pensjonist_fra_and_notice_period", client="thunderbird",
  date=when(2025, 11, 5, 15, 12, 3),
  sender=("Steigen kommune", "postmottak@steigen.kommune.no"),
  subject="Oppsigelser fastleger Leinesfjord legekontor",
  body="""Hei!

To fastleger ved Leinesfjord legekontor har sagt opp:

Torbjørn Hansen, HPR 4531327, blir pensjonist fra 1. april 2026. Oppsigelsen kom 20.10.2025.

Kari Lund, HPR 4542938, sa opp 3.11.2025 og har vanlig oppsigelsestid.

Hilsen
Bente Karlsen
Helse- og omsorgssjef
Steigen kommune
""",
  gold=dict(kind="termination_notice", municipality="1848",
            orders=[term("Torbjørn Hansen", "4531327", "Leinesfjord legekontor", D(2025, 10, 20),
                         reason="retirement", last=D(2026, 3, 31)),
                    term("Kari Lund", "4542938", "Leinesfjord legekontor", D(2025, 11, 3))],
            note="Two GPs: 'blir pensjonist fra 1. april 2026' is retirement with the stated last day 31 March (the first day without the agreement, not the last day; notice period would give 30 April); the other resigns with the notice period, 1 Dec to 31 May 2026. flr_list_id not scored."))

# -- Øksnes (1868), English letter -----------------------------------------
t14_gp = dt.datetime(2026, 3, 2, 8, 14, tzinfo=OSLO)
T("r_t14_oksnes_english_letter_forwarded", client="outlook",
  date=when(2026, 3, 4, 10, 26, 0, utc=True),
  sender=("Hanne Nergård", "hanne.nergard@oksnes.kommune.no"),
  subject="VS: Resignation - GP agreement",
  body=f"""Til orientering: oppsigelse fra fastlege Daniel Schmidt ved Myre legekontor, se under (på engelsk).

Mvh
Hanne Nergård
Kommuneoverlege
Øksnes kommune

Fra: Daniel Schmidt <daniel.schmidt@myrelegekontor.no>
Sendt: {sendt(t14_gp)}
Til: Hanne Nergård <hanne.nergard@oksnes.kommune.no>
Emne: Resignation - GP agreement

Dear Hanne,

I hereby give notice of termination of my GP agreement (fastlegeavtale) with Øksnes municipality. As agreed with you on the phone, my last working day will be 31 August 2026.

My HPR number is 2831586.

Thank you for four good years in Myre.

Best regards
Daniel Schmidt
GP, Myre legekontor
""",
  gold=dict(kind="termination_notice", municipality="1868",
            orders=[term("Daniel Schmidt", "2831586", "Myre legekontor", D(2026, 3, 2),
                         last=D(2026, 8, 31))],
            note="The GP's notice is in English ('I hereby give notice of termination', 'my last working day will be 31 August 2026'), forwarded by Outlook (VS:): the notice date is his Sendt line (Mon 2 Mar 2026), not the forward (4 Mar); stated last day a month before the notice period (30 Sep). flr_list_id not scored. list_change/r_l11 follows."))

L("r_l11_oksnes_polish_name_spaced_ceiling", client="outlook",
  date=when(2026, 8, 12, 11, 2, 58, utc=True),
  sender=("Hanne Nergård", "hanne.nergard@oksnes.kommune.no"),
  subject="Melding til fastlegeregisteret - Myre legekontor",
  body="""Hei,

Liste 186812 (Daniel Schmidt, HPR 2831586) ved Myre legekontor:
Ny fastlege er Tomasz Wójcik, HPR 5116594. Han tar over fra 01.09.26.
Listetak: 1 000

Mvh
Hanne Nergård
Kommuneoverlege
Øksnes kommune
""",
  gold=dict(kind="list_change", municipality="1868",
            orders=[change("new_gp", "186812", clinic="Myre legekontor", prev="Daniel Schmidt",
                           prev_hpr="2831586", gp="Tomasz Wójcik", hpr="5116594",
                           start=D(2026, 9, 1), ceiling=1000)],
            note="The ceiling with a thousands space ('Listetak: 1 000' is 1000, not 1); a Polish name with 'ó'; '01.09.26' two-digit year. Received Wed 12 Aug 2026, registered Fri 14 Aug, 18 days before: in time; 20 days ahead: not on Helsenorge. Follow-up to r_t14."))

# -- Skiptvet (3116) --------------------------------------------------------
T("r_t15_skiptvet_abbreviated_labels", client="outlook",
  date=when(2026, 3, 12, 7, 49, 13, utc=True),
  sender=("Anita Rød", "anita.rod@skiptvet.kommune.no"),
  subject="Oppsigelse fastlege",
  body="""Hei

Lege: Rune Brekke
HPR: 2842197
Legekontor: Skiptvet legesenter
Opps. mottatt: 10.03.26
Siste arb.dag: 31.08.26
Årsak: egen opps.

Mvh
Anita Rød
Konsulent, Helse og velferd
Skiptvet kommune
""",
  gold=dict(kind="termination_notice", municipality="3116",
            orders=[term("Rune Brekke", "2842197", "Skiptvet legesenter", D(2026, 3, 10),
                         last=D(2026, 8, 31))],
            note="Label lines with abbreviations only ('Opps. mottatt', 'Siste arb.dag', 'egen opps.') and two-digit years; the stated last day 31 Aug is a month before the notice period (30 Sep). flr_list_id not scored. list_change/r_l12 follows."))

L("r_l12_skiptvet_sent_by_clinic_manager", client="thunderbird",
  date=when(2026, 8, 18, 15, 34, 2),
  sender=("Skiptvet legesenter v/ daglig leder", "post@skiptvetlegesenter.no"),
  cc="anita.rod@skiptvet.kommune.no",
  subject="Ubesatt liste etter Rune Brekke",
  body="""Hei

Etter avtale med Skiptvet kommune melder vi at liste 311607 (Rune Brekke, HPR 2842197) ved Skiptvet legesenter blir ubesatt fra 1.9.26. Listen betjenes av vikarer. Listetak 900.

Kommunen (kopi) bekrefter.

Hilsen
Grete Solberg
Daglig leder
Skiptvet legesenter
""",
  gold=dict(kind="list_change", municipality="3116", needs_review=None,
            orders=[change("unassigned_list", "311607", clinic="Skiptvet legesenter",
                           prev="Rune Brekke", prev_hpr="2842197", start=D(2026, 9, 1), ceiling=900)],
            note="Sent by the clinic's daglig leder from the clinic's domain with the municipality in Cc: Skiptvet only from the text and the Cc; '1.9.26'. Received Tue 18 Aug 2026, registered Thu 20 Aug, 12 days before: late letters; 14 days ahead. Review either way (not from the municipality, as t19)."))

# -- Marker (3122) -------------------------------------------------------
T("r_t16_marker_hpr_ettersendes", client="outlook",
  date=when(2026, 5, 5, 11, 41, 26, utc=True),
  sender=("Morten Fjeld", "morten.fjeld@marker.kommune.no"),
  subject="Oppsigelse fastlegeavtale - Siv Kjensli",
  body="""Hei,

Fastlege Siv Kjensli ved Ørje legesenter har sagt opp fastlegeavtalen. Oppsigelsen er datert 30. april 2026. Siste arbeidsdag er ikke avklart.

HPR-nr. ettersendes, vi har ikke fått det fra legen ennå.

Tlf. legekontoret: 69 81 05 20

Mvh
Morten Fjeld
Rådgiver, Helse og omsorg
Marker kommune
""",
  gold=dict(kind="termination_notice", municipality="3122", needs_review=None,
            orders=[term("Siv Kjensli", None, "Ørje legesenter", D(2026, 4, 30))],
            note="No HPR ('HPR-nr. ettersendes'): hpr_number null, and the clinic's phone number on the next line is not one; notice 30 April: six months from 1 May give 31 Oct 2026, transfer 1 Nov. flr_list_id not scored; review either way (a missing key field). list_change/r_l13 follows."))

L("r_l13_marker_list_id_with_space", client="outlook",
  date=when(2026, 9, 14, 8, 22, 37, utc=True),
  sender=("Morten Fjeld", "morten.fjeld@marker.kommune.no"),
  subject="Ny fastlege Ørje legesenter",
  body="""Hei,

Ny fastlege på liste nr. 312 207 ved Ørje legesenter etter Siv Kjensli (HPR 2853708, som vi lovet å ettersende):

Sander Holm, HPR 5127105, overtar listen 1. november 2026. Listetak 1000.

Mvh
Morten Fjeld
Rådgiver, Helse og omsorg
Marker kommune
""",
  gold=dict(kind="list_change", municipality="3122",
            orders=[change("new_gp", "312207", clinic="Ørje legesenter", prev="Siv Kjensli",
                           prev_hpr="2853708", gp="Sander Holm", hpr="5127105",
                           start=D(2026, 11, 1), ceiling=1000)],
            note="The list ID written with a space ('liste nr. 312 207' is 312207); the old GP's HPR, missing in r_t16, comes here. Received Mon 14 Sep 2026, registered Wed 16 Sep, 46 days before: in time; 48 days ahead: visible on Helsenorge."))

# -- Hurdal (3242), case system letters, HTML only ------------------------


def case_letter(ref, vaar_dato, deres_dato, title, paras, who, role):
    ps = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<table cellpadding="2" cellspacing="0" style="font-size:9pt">
<tr><td>Vår ref.:</td><td>{ref}</td><td>Vår dato:</td><td>{vaar_dato}</td></tr>
<tr><td>Deres ref.:</td><td></td><td>Deres dato:</td><td>{deres_dato}</td></tr>
<tr><td>Arkivkode:</td><td>G21</td><td>Saksbehandler:</td><td>{who}</td></tr>
</table>
<h3>{title}</h3>
{ps}
<p>Med hilsen</p>
<p>{who}<br>{role}<br>Hurdal kommune</p>
<p style="font-size:8pt;color:#666">Dokumentet er elektronisk godkjent og har ingen signatur.<br>
Postadresse: Postboks 3, 2091 Hurdal | Telefon 66 10 60 00 | Org.nr. 964 950 226</p>
</body></html>
"""


T("r_t17_hurdal_case_letter_dates", client="html",
  date=when(2026, 1, 5, 14, 7, 30),
  sender=("Hurdal kommune", "postmottak@hurdal.kommune.no"),
  subject="Melding om oppsigelse av fastlegeavtale - 25/02817-4", body=None,
  html=case_letter("25/02817-4", "05.01.2026", "18.12.2025",
                   "Melding om oppsigelse av fastlegeavtale",
                   ["Vi viser til oppsigelse datert 18.12.2025 fra fastlege Hilde Sørum (HPR 2864319) "
                    "ved Hurdal legesenter.",
                    "Oppsigelsestiden er seks måneder. Det er ikke avtalt annen fratreden."],
                   "Ingrid Haugen", "Seniorrådgiver, Helse og mestring"),
  gold=dict(kind="termination_notice", municipality="3242",
            orders=[term("Hilde Sørum", "2864319", "Hurdal legesenter", D(2025, 12, 18))],
            note="HTML-only letter from a case system: a header table with 'Vår dato 05.01.2026', 'Deres dato', a case number 25/02817-4, archive code and org.nr.; the notice date is the notice's own (18.12.2025): six months from 1 Jan give 30 June 2026 (the letter date would give 31 July). flr_list_id not scored. list_change/r_l14 follows."))

L("r_l14_hurdal_case_letter_new_gp", client="html",
  date=when(2026, 6, 2, 10, 15, 2),
  sender=("Hurdal kommune", "postmottak@hurdal.kommune.no"),
  subject="Melding til fastlegeregisteret - 25/02817-9", body=None,
  html=case_letter("25/02817-9", "02.06.2026", "",
                   "Melding til fastlegeregisteret - ny fastlege",
                   ["Liste 324214 ved Hurdal legesenter, fratredende fastlege Hilde Sørum (HPR 2864319).",
                    "Ny fastlege Johanne Kirkeby (HPR 5138716) overtar listen fra 01.07.2026. "
                    "Listetak 1100."],
                   "Ingrid Haugen", "Seniorrådgiver, Helse og mestring"),
  gold=dict(kind="list_change", municipality="3242",
            orders=[change("new_gp", "324214", clinic="Hurdal legesenter", prev="Hilde Sørum",
                           prev_hpr="2864319", gp="Johanne Kirkeby", hpr="5138716",
                           start=D(2026, 7, 1), ceiling=1100)],
            note="HTML-only case-system letter: 'Vår dato 02.06.2026' and the case number 25/02817-9 are no start or list; 'fratredende fastlege' is the previous GP. Received Tue 2 Jun 2026, registered Thu 4 Jun, 27 days before 1 July: in time; 29 days ahead: not on Helsenorge."))

# -- Hyllestad (4637), nynorsk ------------------------------------------------
T("r_t18_hyllestad_last_patient_day_vs_formal_end", client="thunderbird",
  date=when(2026, 6, 15, 9, 58, 40),
  sender=("Hyllestad kommune", "postmottak@hyllestad.kommune.no"),
  subject="Oppseiing fastlegeavtale Hyllestad legekontor",
  body="""Hei

Fastlege Randi Vangen (HPR 4553549) ved Hyllestad legekontor har sagt opp fastlegeavtala. Oppseiinga kom 12. juni 2026.

Siste dagen ho tek imot pasientar er 18.12.2026, men avtala går formelt ut året (31.12.2026) sidan ho avspaserer resten.

Helsing
Kjell Inge Ohnstad
Einingsleiar helse
Hyllestad kommune
""",
  gold=dict(kind="termination_notice", municipality="4637", needs_review=None,
            orders=[term("Randi Vangen", "4553549", "Hyllestad legekontor", D(2026, 6, 12),
                         transfer=D(2027, 1, 1), score_last=False, score_basis=False)],
            note="Nynorsk; two candidate last days: the last day with patients (18.12.2026) and the formal end (31.12.2026): last_working_day and its basis are not scored (and the notice period also ends 31 Dec); the transfer is 1 Jan 2027 either way. flr_list_id not scored; review either way."))

# -- Rendalen (3424), Outlook with an inline logo -----------------------------
T("r_t19_rendalen_inline_logo_related", client="outlook", logo=True,
  date=when(2026, 2, 27, 12, 49, 6, utc=True),
  sender=("Tone Bergerud", "tone.bergerud@rendalen.kommune.no"),
  subject="Oppsigelse fastlege - Rendalen legekontor",
  body="""Hei,

Fastlege Ole Petter Nordby (HPR 4564150) ved Rendalen legekontor har sagt opp fastlegeavtalen. Oppsigelsen ble mottatt 26. februar 2026.

Siste arbeidsdag: 31. juli 2026.

Vennlig hilsen
Tone Bergerud
Fagleder, Legetjenesten
[cid:image001.png@01DCA7B1.5E3F2C80]
Rendalen kommune | Hanestadvegen 1, 2485 Rendalen
Telefon 62 46 85 00 | Org.nr. 940 152 496
""",
  html=None,
  gold=dict(kind="termination_notice", municipality="3424",
            orders=[term("Ole Petter Nordby", "4564150", "Rendalen legekontor", D(2026, 2, 26),
                         last=D(2026, 7, 31))],
            note="multipart/related (an inline signature logo image001.png and its [cid:...] placeholder in the plain text) around multipart/alternative; postcode 2485, phone and org.nr. in the signature; stated last day 31 July, a month before the notice period (31 Aug). flr_list_id not scored."))

# -- Os (3430) ------------------------------------------------------------
T("r_t20_os_death_funeral_date", client="outlook",
  date=when(2026, 2, 9, 9, 3, 51, utc=True),
  sender=("Kristin Moen", "kristin.moen@os.kommune.no"),
  subject="Dødsfall fastlege Os legekontor",
  body="""Til Helfo

Vi må dessverre melde at fastlege Torstein Bakken (HPR 2920975) ved Os legekontor gikk bort natt til søndag 8. februar 2026.

Bisettelsen blir i Os kirke fredag 13. februar kl. 12.00. Legesenteret holder stengt den dagen.

Listen hans driftes av vikar inntil videre. Vi kommer tilbake med melding til fastlegeregisteret.

Med hilsen
Kristin Moen
Kommuneoverlege
Os kommune
""",
  gold=dict(kind="termination_notice", municipality="3430", needs_review=None,
            orders=[term("Torstein Bakken", "2920975", "Os legekontor", None, reason="death",
                         score_notice=False)],
            note="A death said as 'gikk bort natt til søndag 8. februar 2026': no notice period, last day and transfer null, basis unknown; the funeral (fredag 13. februar) is no last day. notice_date and flr_list_id not scored; review either way (as t09). list_change/r_l18 follows."))

L("r_l18_os_new_gp_after_death_past_ubesatt", client="outlook",
  date=when(2026, 3, 9, 12, 14, 27, utc=True),
  sender=("Kristin Moen", "kristin.moen@os.kommune.no"),
  subject="Ny fastlege liste 343007",
  body="""Hei,

Listen etter avdøde fastlege Torstein Bakken (HPR 2920975) ved Os legekontor har stått ubesatt og blitt driftet av vikar siden dødsfallet.

Nå er ny fastlege på plass: Live Tangen (HPR 5149327) overtar liste 343007 fra 1. april 2026. Listetak 1000.

Med hilsen
Kristin Moen
Kommuneoverlege
Os kommune
""",
  gold=dict(kind="list_change", municipality="3430",
            orders=[change("new_gp", "343007", clinic="Os legekontor", prev="Torstein Bakken",
                           prev_hpr="2920975", gp="Live Tangen", hpr="5149327",
                           start=D(2026, 4, 1), ceiling=1000)],
            note="'har stått ubesatt ... siden dødsfallet' is past (no unassigned_list order); one new_gp from 1 April; 'avdøde' is no part of the name. Received Mon 9 Mar 2026, registered Wed 11 Mar, 21 days before: in time; 23 days ahead: not on Helsenorge. Follow-up to r_t20."))

# -- Søndre Land (3447): a change table with a no-change row ------------------
JEV_ROWS = [
    ("344702", "Eva Lunde (2875920)", "Ny fastlege", "Jonas Berge (5150938)", "01.12.2026", "1000"),
    ("344709", "Knut Rud (2886531)", "Ubesatt", "-", "01.12.2026", "800"),
    ("344715", "Mona Bakke (2897142)", "Ingen endring", "-", "-", "1200"),
]
jev_plain = "\n".join(f"{a:<8}{b:<22}{c:<15}{d:<23}{e:<12}{f}" for a, b, c, d, e, f in
                      [("Liste", "Lege i dag (HPR)", "Endring", "Ny lege (HPR)", "Fra", "Listetak")]
                      + JEV_ROWS)
jev_html_rows = "\n".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in JEV_ROWS)
L("r_l15_sondre_land_table_with_no_change_row", client="outlook",
  date=when(2026, 11, 9, 8, 31, 12, utc=True),
  sender=("Hege Lien", "hege.lien@sondre-land.kommune.no"),
  subject="Endringer fastlegelister Hov legesenter fra 1.12.",
  body=f"""Hei,

Oversikt over listene ved Hov legesenter fra 1. desember:

{jev_plain}

Mvh
Hege Lien
Helse og omsorg
Søndre Land kommune
""",
  html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="NO-BOK"><div class="WordSection1">
<p class="MsoNormal">Hei,</p>
<p class="MsoNormal">Oversikt over listene ved Hov legesenter fra 1. desember:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Liste</th><th>Lege i dag (HPR)</th><th>Endring</th><th>Ny lege (HPR)</th><th>Fra</th><th>Listetak</th></tr>
{jev_html_rows}
</table>
<p class="MsoNormal">Mvh<br>Hege Lien<br>Helse og omsorg<br>Søndre Land kommune</p>
</div></body></html>
""",
  gold=dict(kind="list_change", municipality="3447",
            orders=[change("new_gp", "344702", clinic="Hov legesenter", prev="Eva Lunde",
                           prev_hpr="2875920", gp="Jonas Berge", hpr="5150938",
                           start=D(2026, 12, 1), ceiling=1000),
                    change("unassigned_list", "344709", clinic="Hov legesenter", prev="Knut Rud",
                           prev_hpr="2886531", start=D(2026, 12, 1), ceiling=800)],
            forbid=BASE_FORBID + ["list_closed_too_free"],
            note="A change table (fixed-width plain, HTML table) with a third row 'Ingen endring' (list 344715) that is no order; HPRs in brackets after names. Received Mon 9 Nov 2026, registered Wed 11 Nov, 20 days before 1 Dec: in time; 22 days ahead: not on Helsenorge."))

# -- Hemsedal (3326): registered ON the transfer date -----------------------
L("r_l16_hemsedal_registered_on_transfer_day", client="thunderbird",
  date=when(2026, 11, 27, 14, 40, 19),
  sender=("Hemsedal kommune", "postmottak@hemsedal.kommune.no"),
  subject="Ny fastlege Hemsedal legekontor fra 1. desember",
  body="""Hei

Beklager sein melding. Ny fastlege Mathias Grøndahl (HPR 5161549) tar over liste 332604 ved Hemsedal legekontor etter Jørn Ulsaker (HPR 2908753) fra 1. desember 2026. Listetak 700.

Hilsen
Sigrid Ulsaker
Tjenesteleder helse
Hemsedal kommune
""",
  gold=dict(kind="list_change", municipality="3326",
            orders=[change("new_gp", "332604", clinic="Hemsedal legekontor", prev="Jørn Ulsaker",
                           prev_hpr="2908753", gp="Mathias Grøndahl", hpr="5161549",
                           start=D(2026, 12, 1), ceiling=700)],
            note="Boundary: received Fri 27 Nov 2026, business days Mon 30 Nov and Tue 1 Dec, so registration falls ON the 1 Dec transfer: late letters (a warning), not after the transfer; 4 days ahead: not on Helsenorge. The signer shares the old GP's surname."))

# -- Rendalen (3424): the list moves to another clinic ------------------------
L("r_l17_rendalen_list_moves_clinic", client="outlook",
  date=when(2026, 12, 30, 9, 20, 5, utc=True),
  sender=("Tone Bergerud", "tone.bergerud@rendalen.kommune.no"),
  subject="Melding til fastlegeregisteret - liste 342414",
  body="""Hei,

Ny fastlege Anne Moen (HPR 5172150) overtar liste 342414 etter Per Haug (HPR 2919364) fra 1. februar 2027. Listetak 1000.

Listen flyttes samtidig fra Rendalen legekontor til Bergset legekontor.

Godt nytt år!

Vennlig hilsen
Tone Bergerud
Fagleder, Legetjenesten
Rendalen kommune
""",
  gold=dict(kind="list_change", municipality="3424", needs_review=None,
            orders=[change("new_gp", "342414", prev="Per Haug", prev_hpr="2919364", gp="Anne Moen",
                           hpr="5172150", start=D(2027, 2, 1), ceiling=1000)],
            note="The list moves from one clinic to another with the new GP: clinic not scored (old or new). New Year 2027: received Wed 30 Dec 2026; Thu 31 Dec, Fri 1 Jan (holiday), registered Mon 4 Jan, 28 days before 1 Feb: in time; 33 days ahead: not on Helsenorge. Review either way."))

# -- Nord-Fron (3436): list in Sør-Fron --------------------------------------
L("r_l19_nord_fron_shared_clinic_list_in_sor_fron", client="outlook",
  date=when(2026, 4, 20, 10, 44, 16, utc=True),
  sender=("Ola Kvarvet", "ola.kvarvet@nord-fron.kommune.no"),
  subject="Ny fastlege Fron legesenter",
  body="""Hei,

Nord-Fron kommune melder ny fastlege ved Fron legesenter, som vi driver sammen med Sør-Fron:

Liste 343805, fastlege Solveig Kleiven (HPR 2932586) slutter. Ny fastlege: Erlend Sveen, HPR 5183761, fra 1. juli 2026. Listetak 900.

Mvh
Ola Kvarvet
Kommuneoverlege
Nord-Fron kommune
""",
  gold=dict(kind="list_change", municipality="3436",
            orders=[change("new_gp", "343805", clinic="Fron legesenter",
                           prev="Solveig Kleiven", prev_hpr="2932586", gp="Erlend Sveen",
                           hpr="5183761", start=D(2026, 7, 1), ceiling=900)],
            note="Nord-Fron reports list 343805 of a clinic shared with Sør-Fron, which the registry has in Sør-Fron (3438): list_other_municipality, error, review; 'Sør-Fron' in the text does not make it the sender. Received Mon 20 Apr 2026, 72 days ahead: in time."))

# -- Nord-Aurdal (3451): exactly 42 days ------------------------------------
L("r_l20_nord_aurdal_exactly_42_days", client="thunderbird",
  date=when(2026, 3, 20, 10, 12, 44),
  sender=("Marte Hovde", "marte.hovde@nord-aurdal.kommune.no"),
  subject="Ny fastlege Fagernes legesenter",
  body="""Hei

Ny fastlege på liste 345117 ved Fagernes legesenter etter Magne Hovde (HPR 2943197): Ida Karlstad (HPR 5194372) fra 1. mai 2026. Listetak 1000.

Hilsen
Marte Hovde
Konsulent, Helse og omsorg
Nord-Aurdal kommune
""",
  gold=dict(kind="list_change", municipality="3451",
            orders=[change("new_gp", "345117", clinic="Fagernes legesenter", prev="Magne Hovde",
                           prev_hpr="2943197", gp="Ida Karlstad", hpr="5194372",
                           start=D(2026, 5, 1), ceiling=1000)],
            note="Boundary: received Fri 20 Mar 2026, exactly 42 days before 1 May: not under 42, so visible on Helsenorge (no finding); registered Tue 24 Mar: in time. The signer shares the old GP's surname."))


# ==========================================================================


def checks():
    for m in MSGS:
        rec = received_date(m["date"])
        assert D(2025, 1, 1) <= rec <= D(2027, 12, 31), m["name"]
    assert registration(D(2026, 5, 13)) == D(2026, 5, 18)            # r_l02
    assert registration(D(2026, 11, 27)) == D(2026, 12, 1)           # r_l16
    assert registration(D(2026, 12, 30)) == D(2027, 1, 4)            # r_l17
    assert (D(2026, 5, 1) - D(2026, 3, 20)).days == 42               # r_l20
    assert notice_period_end(D(2025, 12, 31)) == D(2026, 6, 30)      # r_t08
    weekday(D(2026, 2, 8), "Sun")
    weekday(D(2026, 2, 13), "Fri")
    weekday(D(2025, 11, 3), "Mon")


def main():
    names = [m["name"] for m in MSGS]
    assert len(names) == len(set(names)) and all(n.startswith("r_") for n in names)
    checks()
    if OUT == HERE:
        for r in LISTS_R:
            h = csv_rows(HERE / "registry" / "lists.csv").get(r[0])
            assert h is None or h == tuple(str(x) for x in r), r
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
                LISTS_R)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_R)
    print(f"wrote {len(MSGS)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
