#!/usr/bin/env python3
"""Build the third, adversarial test corpus (y_* files) for `postmottak parse`.

    .venv/bin/python tests/corpus/make_corpus_y.py [OUTDIR]

Writes NAME.eml + NAME.expected.json (prefix y_) into the kind folders and
APPENDS the lists and municipalities these messages need to
registry/lists.csv and registry/unassigned.csv (rows already present are
left alone, so a rerun changes nothing).  Deterministic: fixed Message-IDs,
MIME boundaries, dates and xlsx bytes.

The gold helpers (notice periods, transfer dates, timing findings with the
`holidays` package, registry findings) are the ones of make_corpus.py, which
this script imports; the y_ registry rows are added to its REG/UNA tables
before any gold is finished.  Municipalities, numbers and domains are real
(2024 numbering); people, HPR numbers, FLR list IDs are made up.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
import zipfile
from email import policy
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402  (helpers only; its messages are dropped)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, term, change, dist, ceiling, lock = X.hdate, X.term, X.change, X.dist, X.ceiling, X.lock
QP, B64 = X.QP, X.B64
BASE_FORBID = X.BASE_FORBID
X.MESSAGES.clear()
add = X.add

# --------------------------------------------------------------------------
# Registry rows for the y_ messages (appended to the snapshot)
# --------------------------------------------------------------------------
LISTS_Y = [
    ("114905", "1149", "Kristoffer Vikse", "5512347", "open", 1000, 950),
    ("183305", "1833", "Anders Nilsen Bjørnå", "6130917", "open", 1000, 980),
    ("183312", "1833", "Jonas Fjellheim", "6140022", "open", 1200, 1190),
    ("183320", "1833", "Hege Nordli", "6150331", "closed", 1000, 998),
    ("183327", "1833", "Arvid Sundsfjord", "6151209", "open", 900, 880),
    ("310511", "3105", "Ida Sofie Lund", "3116789", "open", 1000, 990),
    ("310517", "3105", "Petter Ask", "3117720", "closed", 1000, 998),
    ("310524", "3105", "Jon Erik Hagen", "3104455", "open", 1000, 970),
    ("460207", "4602", "Ragnhild Solheim Nygård", "7712345", "open", 800, 790),
    ("390112", "3901", "Lars Olav Engen", "9012345", "open", 1100, 1080),
    ("390118", "3901", "Tove Eng", "3920111", "open", 900, 890),
    ("505904", "5059", "Ole Martin Rønning", "5098765", "open", 1000, 980),
    ("500711", "5007", "Arne Bjørgan", "3345678", "open", 1100, 1090),
    ("462409", "4624", "Ingebjørg Tysse", "4624118", "open", 1000, 1000),
    ("186007", "1860", "Torbjørn Hansen-Rød", "4456789", "open", 1000, 995),
    ("464511", "4645", "Nils Åge Hovland", "4645302", "open", 700, 690),
    ("462601", "4626", "Marte Sæbø", "4626110", "open", 1000, 990),
    ("462607", "4626", "Bjarte Hjelmås", "4626233", "closed", 900, 899),
    ("462612", "4626", "Liv Tøsdal", "4626391", "open", 1000, 985),
    ("324015", "3240", "Maria Haugen", "3240158", "open", 1000, 990),
    ("324022", "3240", "Steinar Bråten", "3240227", "open", 1000, 998),
    ("503508", "5035", "Guro Hegge", "5035081", "open", 1300, 1290),
    ("420507", "4205", "Tor Egil Vatne", "4205077", "open", 1200, 990),
    ("344803", "3448", "Hilde Dokken", "3448031", "locked", 1000, 995),
    ("344809", "3448", "Kåre Hov", "3448094", "locked", 900, 890),
    ("402015", "4020", "Eva Grini", "4020155", "open", 1000, 970),
    ("402021", "4020", "Ola Bø", "4020219", "open", 1000, 1000),
]
UNASSIGNED_Y = [
    ("1833", 12, "manual"), ("3105", 9, "manual"), ("3240", 10, "automatic"),
    ("4626", 14, "manual"), ("1149", 0, "automatic"), ("1860", 0, "automatic"),
    ("3901", 6, "automatic"), ("4602", 3, "automatic"), ("5007", 0, "automatic"),
    ("5059", 0, "automatic"), ("4624", 2, "automatic"), ("4645", 0, "automatic"),
    ("5035", 7, "automatic"), ("4205", 0, "automatic"), ("3448", 4, "manual"),
    ("4020", 8, "manual"),
]
for r in LISTS_Y:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_Y:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u

ATTACH: dict[str, list] = {}   # name -> extra MIME parts (multipart/mixed)


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


# ==========================================================================
# termination/
# ==========================================================================
weekday(2024, 2, 14, 2)
add("termination", "y_t01_karmoy_name_only_in_subject",
    date=hdate(2024, 2, 14, 10, 12, 40), sender=("Sissel Eide", "sissel.eide@karmoy.kommune.no"),
    subject="Oppsigelse av fastlegeavtale - Kristoffer Vikse",
    plain="""Hei.

Kommunen har mottatt oppsigelse av fastlegeavtalen for legen som er nevnt i emnefeltet. Oppsigelsen er datert 12. februar 2024 og gjelder avtalen hans ved Åkrehamn legesenter, HPR-nr. 5512347.

Det er ikke avtalt noen annen sluttdato enn det som følger av oppsigelsestiden.

Mvh
Sissel Eide
Rådgiver, Helse og velferd
Karmøy kommune
Tlf 52 85 75 00
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="1149", needs_review=False,
              orders=[term("Kristoffer Vikse", "5512347", "Åkrehamn legesenter", D(2024, 2, 12))],
              note="The GP's name is only in the subject ('legen som er nevnt i emnefeltet'); letter dated 12 Feb 2024, no agreed last day: six months from 1 Mar give 31 Aug 2024. flr_list_id not scored."))

weekday(2024, 4, 5, 4)
add("termination", "y_t02_rana_plain_table_hpr_first",
    date=hdate(2024, 4, 5, 9, 30, 5), sender=("Bente Lorentzen", "bente.lorentzen@rana.kommune.no"),
    subject="Oppsigelser fastleger Rana kommune", charset="iso-8859-1", enc=QP,
    plain="""Til Helfo

Følgende fastleger har sagt opp sine avtaler med Rana kommune:

HPR      Navn                    Legekontor           Oppsagt    Siste arb.dag
-------  ----------------------  -------------------  ---------  ----------------------
6123458  Silje Marie Kvandal     Mo legesenter        02.04.24   30.09.24
6130917  Anders Nilsen Bjørnå    Selfors legekontor   03.04.24   iht. oppsigelsestid

Vi kommer tilbake med melding om ny lege eller ubesatt liste for begge.

Med hilsen
Bente Lorentzen
Enhet for helse, Rana kommune
""",
    gold=dict(kind="termination_notice", municipality="1833", needs_review=False,
              orders=[term("Silje Marie Kvandal", "6123458", "Mo legesenter", D(2024, 4, 2),
                           last=D(2024, 9, 30)),
                      term("Anders Nilsen Bjørnå", "6130917", "Selfors legekontor", D(2024, 4, 3))],
              note="latin-1 QP plain-text column table, HPR before the name, three-part names; two-digit years; one stated last day, one 'iht. oppsigelsestid' (six months from 1 May: 31 Oct 2024). flr_list_id not scored."))

weekday(2024, 7, 29, 0)
T03_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hei,</p>
<p>Sarpsborg kommune har i juli mottatt tre oppsigelser av fastlegeavtaler. Oversikt:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Fastlege</th><th>HPR-nr</th><th>Legekontor</th><th>Oppsigelse mottatt</th><th>Siste arbeidsdag</th><th>Årsak</th></tr>
<tr><td>Anne Marie van der Berg</td><td>3109871</td><td>Borgen legesenter</td><td>24.07.2024</td><td>31.01.2025</td><td>Oppsigelse</td></tr>
<tr><td>Dr. med. Jon Erik Hagen</td><td>3104455</td><td>Kurland legekontor</td><td>26.07.2024</td><td>&nbsp;</td><td>Alderspensjon</td></tr>
<tr><td>Thomas de Vries</td><td>3112206</td><td>Sarpsborg legesenter</td><td>25.07.2024</td><td>31.10.2024</td><td>Oppsigelse</td></tr>
</table>
<p>Der siste arbeidsdag ikke er fylt ut, gjelder ordinær oppsigelsestid.</p>
<p>Vennlig hilsen<br>Camilla Wiik<br>Helse og omsorg<br>Sarpsborg kommune</p>
</body></html>
"""
add("termination", "y_t03_sarpsborg_html_table_particles",
    date=hdate(2024, 7, 29, 13, 5, 0), sender=("Camilla Wiik", "camilla.wiik@sarpsborg.kommune.no"),
    subject="Oppsigelser fastlegeavtaler juli 2024", html=T03_HTML, enc=B64,
    gold=dict(kind="termination_notice", municipality="3105", needs_review=False,
              orders=[term("Anne Marie van der Berg", "3109871", "Borgen legesenter", D(2024, 7, 24),
                           last=D(2025, 1, 31)),
                      term("Jon Erik Hagen", "3104455", "Kurland legekontor", D(2024, 7, 26),
                           reason="retirement"),
                      term("Thomas de Vries", "3112206", "Sarpsborg legesenter", D(2024, 7, 25),
                           last=D(2024, 10, 31))],
              note="HTML only (base64 utf-8), three notices in a table: names with particles ('van der', 'de'), a 'Dr. med.' title to strip; a blank last-day cell means the notice period (1 Aug + 6 months: 31 Jan 2025); reason column 'Alderspensjon'. flr_list_id not scored."))

weekday(2024, 10, 30, 2)
add("termination", "y_t04_kinn_nynorsk_ultimo_mars",
    date=hdate(2024, 10, 30, 11, 0, 12), sender=("Øystein Bakke", "oystein.bakke@kinn.kommune.no"),
    subject="Oppseiing av fastlegeavtale – Florø legesenter", enc=B64,
    plain="""Hei

Fastlege Ragnhild Solheim Nygård (HPR 7712345) ved Florø legesenter har sagt opp fastlegeavtalen sin med Kinn kommune. Oppseiinga vart motteken av kommunen 28. oktober 2024.

Etter avtale med kommunen sluttar ho ultimo mars 2025, altså før oppseiingstida er ute.

Lista hennar har nummer 460207. Vi kjem tilbake med melding om kven som tek over.

Med helsing
Øystein Bakke
Kinn kommune
""",
    gold=dict(kind="termination_notice", municipality="4602", needs_review=False,
              orders=[term("Ragnhild Solheim Nygård", "7712345", "Florø legesenter", D(2024, 10, 28),
                           last=D(2025, 3, 31), flr="460207")],
              note="Nynorsk, base64, encoded-word subject with an en dash; 'ultimo mars 2025' is a stated last day (31 Mar), one month before the notice period would end (30 Apr); 'Oppseiinga vart motteken ... 28. oktober' is the notice date."))

weekday(2024, 3, 5, 1)
add("termination", "y_t05_horten_forward_of_forward",
    date=hdate(2024, 3, 5, 8, 40, 31), sender=("Tone Lie", "tone.lie@horten.kommune.no"),
    subject="VS: VS: Oppsigelse",
    plain="""Til Helfo, til orientering.

Hilsen Tone Lie
Horten kommune

Fra: Geir Aasen <geir.aasen@horten.kommune.no>
Sendt: mandag 4. mars 2024 15:02
Til: Tone Lie <tone.lie@horten.kommune.no>
Emne: VS: Oppsigelse

Tone, kan du sende denne videre til Helfo? Han slutter altså etter vanlig oppsigelsestid, vi har ikke avtalt noe annet.
Geir

Fra: Lars Olav Engen <lars.olav.engen@hortenlegesenter.no>
Sendt: fredag 1. mars 2024 14:22
Til: Geir Aasen <geir.aasen@horten.kommune.no>
Emne: Oppsigelse

Hei Geir

Jeg sier med dette opp min fastlegeavtale med Horten kommune. Jeg har HPR-nummer 9012345 og jobber ved Horten legesenter. Oppsigelsestiden er seks måneder.

Vennlig hilsen
Lars Olav Engen
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3901", needs_review=False,
              orders=[term("Lars Olav Engen", "9012345", "Horten legesenter", D(2024, 3, 1))],
              note="Outlook forward of a forward (two Fra:/Sendt: blocks): the notice date is the innermost GP mail (fredag 1. mars 2024), not 4 or 5 March; no agreed last day: 1 Apr + 6 months gives 30 Sep 2024. flr_list_id not scored."))

weekday(2025, 1, 13, 0)
add("termination", "y_t06_orkland_reply_on_forward",
    date=hdate(2025, 1, 13, 9, 15, 0), sender=("Marit Grøtte", "marit.grotte@orkland.kommune.no"),
    subject="SV: VS: Oppsigelse fastlegeavtale Ole Martin Rønning",
    plain="""Hei igjen,

Vi har nå avtalt med legen at siste arbeidsdag blir 30.06.2025, altså en måned før oppsigelsestiden er ute. Se oppsigelsen hans under.

Mvh
Marit Grøtte
Orkland kommune

Fra: Marit Grøtte
Sendt: fredag 10. januar 2025 10:02
Til: post@helfo.no
Emne: VS: Oppsigelse fastlegeavtale Ole Martin Rønning

Til orientering.

Fra: Ole Martin Rønning <omr@orkanger-legesenter.no>
Sendt: torsdag 9. januar 2025 16:40
Til: Marit Grøtte <marit.grotte@orkland.kommune.no>
Emne: Oppsigelse fastlegeavtale

Jeg sier herved opp min fastlegeavtale (HPR 5098765, liste 505904) ved Orkanger legesenter. Oppsigelsestiden løper fom 1.2.2025.

Ole Martin Rønning
""",
    gold=dict(kind="termination_notice", municipality="5059", needs_review=False,
              orders=[term("Ole Martin Rønning", "5098765", "Orkanger legesenter", D(2025, 1, 9),
                           last=D(2025, 6, 30), flr="505904")],
              note="A reply on top of a forwarded notice: the agreed last day (30.06.2025, stated) is only in the top reply; the notice date is the GP's mail (9 Jan); 'fom 1.2.2025' is when the notice period starts, not a last day."))

weekday(2024, 9, 17, 1)
T07_INNER = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div>Til Vestvågøy kommune v/ helse og omsorg</div>
<div>&nbsp;</div>
<div>Undertegnede, overlege Torbjørn Hansen-Rød (HPR-nr. 4456789), fastlege ved Leknes legekontor, sier med dette opp min fastlegeavtale med kommunen.</div>
<div>&nbsp;</div>
<div>Min siste arbeidsdag blir 15. mars 2025. Jeg har avtalt dette med kommuneoverlegen.</div>
<div>&nbsp;</div>
<div>Med vennlig hilsen<br>Torbjørn Hansen-Rød</div>
</body></html>
"""
add("termination", "y_t07_vestvagoy_rfc822_html_only",
    date=hdate(2024, 9, 17, 12, 30, 44), sender=("Frode Pedersen", "frode.pedersen@vestvagoy.kommune.no"),
    subject="Oppsigelse fra fastlege – videresendt",
    plain="""Hei,

Vedlagt følger oppsigelse fra en av våre fastleger, mottatt på e-post i går. Den er videresendt som vedlegg.

Mvh
Frode Pedersen
Vestvågøy kommune
""",
    gold=dict(kind="termination_notice", municipality="1860", needs_review=False,
              orders=[term("Torbjørn Hansen-Rød", "4456789", "Leknes legekontor", D(2024, 9, 16),
                           last=D(2025, 3, 15))],
              note="The notice is a message/rfc822 attachment whose only body is HTML; 'overlege' is a title; the attached mail's date (16 Sep, 'i går') is the notice date; a mid-month stated last day 15 Mar 2025 gives transfer 1 Apr. flr_list_id not scored."))

weekday(2023, 11, 29, 2)
add("termination", "y_t08_lorenskog_dr_med_short_year",
    date=hdate(2023, 11, 29, 14, 0, 3), sender=("Hanne Strøm", "hanne.strom@lorenskog.kommune.no"),
    subject="Fastlege slutter", charset="iso-8859-1", enc=QP,
    plain="""Hei

Dr. med. Ingrid Aas Solberg, HPR 2270134, Lørenskog legesenter, har levert skriftlig oppsigelse datert 28.11.23. Kommunen har godtatt at hun slutter før oppsigelsestiden er ute.

Siste arbeidsdag: 30. april -24

Hilsen
Hanne Strøm
Lørenskog kommune
""",
    gold=dict(kind="termination_notice", municipality="3222", needs_review=False,
              orders=[term("Ingrid Aas Solberg", "2270134", "Lørenskog legesenter", D(2023, 11, 28),
                           last=D(2024, 4, 30))],
              note="'Dr. med.' title before a three-part name; '28.11.23' and '30. april -24' (two-digit year after a dash); stated last day one month before the notice period end. flr_list_id not scored."))

weekday(2025, 2, 7, 4)
add("termination", "y_t09_namsos_pension_weekday_date",
    date=hdate(2025, 2, 7, 10, 0, 0), sender=("Lise Aune", "lise.aune@namsos.kommune.no"),
    subject="Fastlege går av med pensjon",
    plain="""Hei

Fastlege og spesialist i allmennmedisin Arne Bjørgan (hpr. 3345678) ved Namsos legesenter pensjonerer seg. Han sa opp avtalen i brev av 5. februar, og siste dag på kontoret blir fredag 25. juli.

Kommunen lyser ut hjemmelen i neste uke.

Hilsen Lise Aune
Namsos kommune
""",
    gold=dict(kind="termination_notice", municipality="5007", needs_review=False,
              orders=[term("Arne Bjørgan", "3345678", "Namsos legesenter", D(2025, 2, 5),
                           last=D(2025, 7, 25), reason="retirement")],
              note="'pensjonerer seg' is retirement; 'i brev av 5. februar' and 'fredag 25. juli' without a year (2025); the last day is a Friday mid-month: transfer 1 Aug. flr_list_id not scored."))

weekday(2024, 5, 21, 1)
add("termination", "y_t10_al_nynorsk_opphoyrer_fom",
    date=hdate(2024, 5, 21, 9, 0, 20), sender=("Ingrid Haugo", "ingrid.haugo@al.kommune.no"),
    subject="Oppseiing fastlege Ål legekontor", enc=B64,
    plain="""Hei

Petter Kvisle (HPR 2233445), fastlege ved Ål legekontor, har sagt opp avtalen sin. Oppseiinga kom 15. mai. Han har fått ny stilling, og kommunen har gått med på at avtalen hans opphøyrer fom. 1.9.2024.

Med helsing
Ingrid Haugo
Ål kommune
""",
    gold=dict(kind="termination_notice", municipality="3328", needs_review=False,
              orders=[term("Petter Kvisle", "2233445", "Ål legekontor", D(2024, 5, 15),
                           last=D(2024, 8, 31))],
              note="Nynorsk; the end is given as the first day without the agreement ('opphøyrer fom. 1.9.2024'): last working day 31 Aug (stated), transfer 1 Sep; 'Oppseiinga kom 15. mai' without a year. Domain al.kommune.no. flr_list_id not scored."))

weekday(2025, 1, 24, 4)
add("termination", "y_t11_hustadvika_medio_oral_notice",
    date=hdate(2025, 1, 24, 13, 20, 0), sender=("Jorun Eide", "jorun.eide@hustadvika.kommune.no"),
    subject="Oppsigelse - Elnesvågen legekontor",
    plain="""Hei

Fastlege Kari-Anne Li ved Elnesvågen legekontor ga muntlig beskjed medio januar om at hun vil slutte. Den skriftlige oppsigelsen kom 22.01.2025. Hun har HPR 8812340.

Ingen sluttdato er avtalt, så vanlig oppsigelsestid gjelder.

Mvh
Jorun Eide
Hustadvika kommune
""",
    gold=dict(kind="termination_notice", municipality="1579", needs_review=False,
              orders=[term("Kari-Anne Li", "8812340", "Elnesvågen legekontor", D(2025, 1, 22))],
              note="Hyphenated first name with a two-letter surname; oral notice 'medio januar' is not the notice date, the written one (22.01.2025) is; notice period from 1 Feb: 31 Jul 2025. HPR after the name in its own sentence. flr_list_id not scored."))

weekday(2024, 5, 6, 0)
add("termination", "y_t12_vennesla_den_3_5_ultimo",
    date=hdate(2024, 5, 6, 10, 0, 0), sender=("Kjetil Løland", "kjetil.loland@vennesla.kommune.no"),
    subject="Oppsigelse fastlegeavtale",
    plain="""Hei

Overlege Jan Petter Olsen (HPR: 1098765) ved Vennesla legesenter leverte oppsigelse den 3.5. Etter avtale blir siste arbeidsdag ultimo oktober.

Vennlig hilsen
Kjetil Løland
Vennesla kommune
""",
    gold=dict(kind="termination_notice", municipality="4223", needs_review=False,
              orders=[term("Jan Petter Olsen", "1098765", "Vennesla legesenter", D(2024, 5, 3),
                           last=D(2024, 10, 31))],
              note="'Overlege' title; 'den 3.5' without a year (3 May 2024); 'ultimo oktober' is a stated last day (31 Oct), one month before the notice period would end. flr_list_id not scored."))

# ==========================================================================
# list_change/
# ==========================================================================
weekday(2024, 8, 20, 1)
add("list_change", "y_l01_rana_hennes_previous_gp",
    date=hdate(2024, 8, 20, 10, 0, 0), sender=("Bente Lorentzen", "bente.lorentzen@rana.kommune.no"),
    subject="Melding til fastlegeregisteret",
    plain="""Hei

Silje Marie Kvandal (HPR 6123458) har sagt opp sin avtale, og hennes siste arbeidsdag er 30.9.2024. Listen hennes, FLR-ID 183312, overtas fra 1. oktober 2024 av lege Jonas Fjellheim, HPR 6140022. Han starter på Mo legesenter med listetak 1200.

Med hilsen
Bente Lorentzen
Rana kommune
""",
    gold=dict(kind="list_change", municipality="1833",
              orders=[change("new_gp", "183312", clinic="Mo legesenter", prev="Silje Marie Kvandal",
                             prev_hpr="6123458", gp="Jonas Fjellheim", hpr="6140022",
                             start=D(2024, 10, 1), ceiling=1200)],
              note="The old GP is named in the first sentence and then only 'Listen hennes'; her last day 30.9.2024 is not the start (1 Oct); new GP after the list ('overtas ... av lege'). Received Tue 20 Aug 2024: in time, 42 days ahead. Follow-up to y_t02."))

weekday(2024, 8, 12, 0)
add("list_change", "y_l02_karmoy_stilles_ubesatt_vikar",
    date=hdate(2024, 8, 12, 12, 44, 0), sender=("Sissel Eide", "sissel.eide@karmoy.kommune.no"),
    subject="Melding til fastlegeregisteret - ubesatt liste",
    plain="""Hei

Listen til Kristoffer Vikse (FLR 114905) ved Åkrehamn legesenter stilles ubesatt fra 1. september. En vikar driver listen til ny fastlege er ansatt. Listetaket settes ned til 800.

Mvh
Sissel Eide
Karmøy kommune
""",
    gold=dict(kind="list_change", municipality="1149",
              orders=[change("unassigned_list", "114905", clinic="Åkrehamn legesenter",
                             prev="Kristoffer Vikse", start=D(2024, 9, 1), ceiling=800)],
              forbid=BASE_FORBID + ["list_unknown"],
              note="'stilles ubesatt' with 'En vikar driver listen' (no new GP); 'settes ned til 800' is the list's ceiling, not a list_request; '1. september' without a year. Received Mon 12 Aug 2024: in time; 20 days ahead. Follow-up to y_t01. previous_hpr_number not scored."))

weekday(2025, 3, 10, 0)
add("list_change", "y_l03_kinn_nynorsk_fraa_og_med_first",
    date=hdate(2025, 3, 10, 9, 5, 0), sender=("Øystein Bakke", "oystein.bakke@kinn.kommune.no"),
    subject="Melding til fastlegeregisteret – ny fastlege", enc=B64,
    plain="""Hei

Frå og med 1. april 2025 tek Eirik Hauge (HPR 7723456) over lista etter Ragnhild Solheim Nygård. Lista har nummer 460207 og høyrer til Florø legesenter. Listetaket vert 750.

Med helsing
Øystein Bakke
Kinn kommune
""",
    gold=dict(kind="list_change", municipality="4602",
              orders=[change("new_gp", "460207", clinic="Florø legesenter", prev="Ragnhild Solheim Nygård",
                             gp="Eirik Hauge", hpr="7723456", start=D(2025, 4, 1), ceiling=750)],
              note="Nynorsk sentence that starts with the date ('Frå og med 1. april 2025 tek ... over lista etter ...'); base64. Received Mon 10 Mar 2025: in time; 22 days ahead. Follow-up to y_t04. previous_hpr_number not scored."))

weekday(2025, 1, 6, 0)
add("list_change", "y_l04_sarpsborg_ny_lege_starter",
    date=hdate(2025, 1, 6, 8, 30, 0), sender=("Camilla Wiik", "camilla.wiik@sarpsborg.kommune.no"),
    subject="Ny lege på liste 310511",
    plain="""Hei,

Ny lege starter 1. februar på listen etter Anne Marie van der Berg ved Borgen legesenter. Hun heter Ida Sofie Lund og har HPR 3116789. Listetaket blir 1000.

Vennlig hilsen
Camilla Wiik
Sarpsborg kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3105",
              orders=[change("new_gp", "310511", clinic="Borgen legesenter", prev="Anne Marie van der Berg",
                             gp="Ida Sofie Lund", hpr="3116789", start=D(2025, 2, 1), ceiling=1000)],
              note="No word 'fastlege' or 'overtar': 'Ny lege starter 1. februar på listen etter ...', the new GP named in the next sentence ('Hun heter ...'); the list id only in the subject; '1. februar' is 2025. Received Mon 6 Jan 2025: in time; 26 days ahead. Follow-up to y_t03. previous_hpr_number not scored."))

weekday(2024, 9, 23, 0)
L05_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body>
<p>Melding til fastlegeregisteret fra Horten kommune.</p>
<p>Listen etter Lars Olav Engen holdes ubesatt inntil videre. Tove Eng slutter 31.10.2024, og Mira Haddad tar over listen hennes. Begge listene er ved Horten legesenter.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td><b>Liste</b></td><td><b>Tidligere lege</b></td><td><b>Ny lege</b></td><td><b>HPR ny lege</b></td><td><b>Fra dato</b></td><td><b>Listetak</b></td></tr>
<tr><td>390112</td><td>Lars Olav Engen</td><td>(holdes ubesatt)</td><td></td><td>01.10.2024</td><td>1100</td></tr>
<tr><td>390118</td><td>Tove Eng</td><td>Mira Haddad</td><td>3920456</td><td>01.11.2024</td><td>900</td></tr>
</table>
<p>Hilsen<br>Tone Lie<br>Horten kommune</p>
</body></html>
"""
add("list_change", "y_l05_horten_html_table_two_lists",
    date=hdate(2024, 9, 23, 15, 10, 0), sender=("Tone Lie", "tone.lie@horten.kommune.no"),
    subject="Melding til fastlegeregisteret", html=L05_HTML, charset="iso-8859-1", enc=QP,
    gold=dict(kind="list_change", municipality="3901",
              orders=[change("unassigned_list", "390112", clinic="Horten legesenter", prev="Lars Olav Engen",
                             start=D(2024, 10, 1), ceiling=1100),
                      change("new_gp", "390118", clinic="Horten legesenter", prev="Tove Eng",
                             gp="Mira Haddad", hpr="3920456", start=D(2024, 11, 1), ceiling=900)],
              note="HTML only (latin-1 QP) table with one unassigned ('holdes ubesatt') and one new-GP row; Tove Eng's last day 31.10.2024 is not a start. Received Mon 23 Sep 2024, registered Wed 25 Sep: 6 days before 1 Oct (late letters) and 37 before 1 Nov (in time); both under 42 days. Follow-up to y_t05. previous_hpr_number not scored."))

weekday(2025, 6, 10, 1)
add("list_change", "y_l06_orkland_fra_maanedsskiftet",
    date=hdate(2025, 6, 10, 11, 25, 0), sender=("Marit Grøtte", "marit.grotte@orkland.kommune.no"),
    subject="Ny fastlege Orkanger legesenter",
    plain="""Hei

Fra månedsskiftet overtar lege Håvard Bye (HPR 5077123) listen til Ole Martin Rønning, FLR 505904, Orkanger legesenter. Listetaket blir 1000.

Mvh
Marit Grøtte
Orkland kommune
""",
    gold=dict(kind="list_change", municipality="5059",
              orders=[change("new_gp", "505904", clinic="Orkanger legesenter", prev="Ole Martin Rønning",
                             gp="Håvard Bye", hpr="5077123", start=D(2025, 7, 1), ceiling=1000)],
              note="'Fra månedsskiftet' on 10 June is 1 July 2025 (also the transfer date of y_t06). Received Tue 10 Jun 2025, registered Thu 12 Jun: in time; 21 days ahead. previous_hpr_number not scored."))

weekday(2025, 6, 30, 0)
weekday(2025, 8, 4, 0)
add("list_change", "y_l07_namsos_mandag_den_4_august",
    date=hdate(2025, 6, 30, 8, 0, 0), sender=("Lise Aune", "lise.aune@namsos.kommune.no"),
    subject="Melding til fastlegeregisteret",
    plain="""Hei

Arne Bjørgan går av med pensjon i juli. Ny fastlege Ahmad Karimi (HPR 5012789) starter mandag den 4. august på listen hans (liste 500711) ved Namsos legesenter. Listetaket er 1100.

Hilsen Lise Aune
Namsos kommune
""",
    gold=dict(kind="list_change", municipality="5007",
              orders=[change("new_gp", "500711", clinic="Namsos legesenter", prev="Arne Bjørgan",
                             gp="Ahmad Karimi", hpr="5012789", start=D(2025, 8, 4), ceiling=1100)],
              note="Start 'mandag den 4. august' (2025) is not the 1st of a month; the old GP is 'hans' after the first sentence. Received Mon 30 Jun 2025, registered Wed 2 Jul: in time against 4 Aug; 35 days ahead. Follow-up to y_t09. previous_hpr_number not scored."))

weekday(2025, 2, 25, 1)
add("list_change", "y_l08_bjornafjorden_ubesett_vikar_driv",
    date=hdate(2025, 2, 25, 14, 2, 0), sender=("Sigrun Tveit", "sigrun.tveit@bjornafjorden.kommune.no"),
    subject="Melding til fastlegeregisteret – ubesett liste", enc=B64,
    plain="""Hei

Fastlege Ingebjørg Tysse ved Os legesenter sluttar 28. februar. Lista hennar (462409) vert ståande ubesett frå 1. mars 2025. Vikarlege Per Vik driv lista inntil vidare. Listetak 1000.

Med helsing
Sigrun Tveit
Bjørnafjorden kommune
""",
    gold=dict(kind="list_change", municipality="4624",
              orders=[change("unassigned_list", "462409", clinic="Os legesenter", prev="Ingebjørg Tysse",
                             start=D(2025, 3, 1), ceiling=1000)],
              note="Nynorsk 'vert ståande ubesett'; 'Vikarlege Per Vik driv lista' is no new GP; the old GP's last day 28 Feb is not the start. Received Tue 25 Feb 2025, registered Thu 27 Feb, 2 days before 1 Mar: late letters. previous_hpr_number not scored."))

weekday(2025, 1, 15, 2)
add("list_change", "y_l09_vestvagoy_hpr_before_name",
    date=hdate(2025, 1, 15, 10, 45, 0), sender=("Frode Pedersen", "frode.pedersen@vestvagoy.kommune.no"),
    subject="Ny fastlege liste 186007",
    plain="""Hei

Ny fastlege på liste 186007 etter Torbjørn Hansen-Rød, Leknes legekontor:

HPR 4467890 Maria Elisabeth Olsen
Oppstart: 1.4.25
Listetak: 1000

Mvh
Frode Pedersen
Vestvågøy kommune
""",
    gold=dict(kind="list_change", municipality="1860",
              orders=[change("new_gp", "186007", clinic="Leknes legekontor", prev="Torbjørn Hansen-Rød",
                             gp="Maria Elisabeth Olsen", hpr="4467890", start=D(2025, 4, 1), ceiling=1000)],
              note="The new GP as 'HPR 4467890 Maria Elisabeth Olsen' (number before the name); hyphenated surname of the old GP; '1.4.25'. Received Wed 15 Jan 2025: in time; 76 days ahead. Follow-up to y_t07. previous_hpr_number not scored."))

weekday(2024, 12, 17, 1)
add("list_change", "y_l10_askvoll_nynorsk_new_year_late",
    date=hdate(2024, 12, 17, 15, 30, 0), sender=("Astrid Vie", "astrid.vie@askvoll.kommune.no"),
    subject="Ubesett liste frå nyttår",
    plain="""Hei

Dr. Nils Åge Hovland sluttar 31.12. Lista hans (464511) ved Askvoll legekontor vert ubesett frå 1.1. Inntil vidare blir lista driven av vikar.

Med helsing
Astrid Vie
Askvoll kommune
""",
    gold=dict(kind="list_change", municipality="4645",
              orders=[change("unassigned_list", "464511", clinic="Askvoll legekontor", prev="Nils Åge Hovland",
                             start=D(2025, 1, 1))],
              note="Nynorsk; 'frå 1.1.' without a year is 1 Jan 2025 (the next one); 'Dr.' title. Received Tue 17 Dec 2024, registered Thu 19 Dec, 13 days before 1 Jan: late letters; 15 days ahead. list_ceiling and previous_hpr_number not scored."))

# ==========================================================================
# manual_request/
# ==========================================================================
weekday(2024, 4, 8, 0)
add("manual_request", "y_m01_froya_indirect",
    date=hdate(2024, 4, 8, 9, 12, 0), sender=("Anita Sandvik", "anita.sandvik@froya.kommune.no"),
    subject="Innbyggere uten fastlege i Frøya",
    plain="""Hei

Frøya kommune har for tiden svært få ledige listeplasser. Vi ber derfor om at innbyggere som står uten fastlege ikke lenger tildeles lege automatisk, men at kommunen selv får fordele dem på listene. Skjema sendes når det blir aktuelt.

Med vennlig hilsen
Anita Sandvik
Kommunalsjef helse
Frøya kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="5014", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Indirect request without 'manuell fordeling': 'ikke lenger tildeles lege automatisk, men at kommunen selv får fordele dem'; the form mentioned for later is no distribution order."))

weekday(2024, 9, 2, 0)
add("manual_request", "y_m02_stjordal_avslutte_ordninga",
    date=hdate(2024, 9, 2, 13, 40, 0), sender=("Rolf Hegre", "rolf.hegre@stjordal.kommune.no"),
    subject="Manuell fordeling Stjørdal",
    plain="""Hei

Stjørdal kommune ønsker å avslutte ordninga med manuell fordeling av innbyggere uten fastlege. Fra 1. oktober kan Helfo igjen tildele automatisk.

Vennlig hilsen
Rolf Hegre
Stjørdal kommune
""",
    gold=dict(kind="manual_distribution_request", municipality="5035", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="Back to automatic phrased as ending the manual arrangement ('avslutte ordninga med manuell fordeling'); the subject says 'Manuell fordeling' (enable false)."))

weekday(2024, 2, 12, 0)
M03_HTML = """<html><body>
<p>Hei,</p>
<p>Vennesla kommune har behov for &aring; styre fordelingen av innbyggere uten fastlege selv fra 1. mars.
Vi ber derfor Helfo om &aring; sette tildelingen i kommunen over til manuell.</p>
<p>Vennlig hilsen<br>Kjetil L&oslash;land<br>Vennesla kommune</p>
</body></html>
"""
add("manual_request", "y_m03_vennesla_html_styre_selv",
    date=hdate(2024, 2, 12, 10, 0, 0), sender=("Kjetil Løland", "kjetil.loland@vennesla.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege", html=M03_HTML,
    gold=dict(kind="manual_distribution_request", municipality="4223", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="HTML only with entities; 'styre fordelingen ... selv' and 'sette tildelingen ... over til manuell' (no 'manuell fordeling' phrase)."))

weekday(2024, 5, 13, 0)
add("manual_request", "y_m04_alstahaug_slaa_paa_igjen",
    date=hdate(2024, 5, 13, 8, 55, 0), sender=("Ellen Brun", "ellen.brun@alstahaug.kommune.no"),
    subject="SV: Fastlege - manuell fordeling",
    plain="""Takk. Ledige plasser er nå fylt opp, så dere kan slå på automatikken igjen fra neste månedsskifte.

Ellen Brun
Alstahaug kommune

Fra: Helfo <post@helfo.no>
Sendt: tirsdag 6. februar 2024 12:10
Til: Ellen Brun <ellen.brun@alstahaug.kommune.no>
Emne: Fastlege - manuell fordeling

Helfo har registrert at Alstahaug kommune fra 1.2.2024 har manuell fordeling av innbyggere uten fastlege. Send skjema for manuell fordeling når dere vil fordele innbyggere.

Med vennlig hilsen
Helfo
""",
    gold=dict(kind="manual_distribution_request", municipality="1820", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="Back to automatic as 'slå på automatikken igjen' on top of Helfo's quoted confirmation of manual distribution (a trap for keyword matching)."))

# ==========================================================================
# distribution/
# ==========================================================================


def xlsx_oygarden() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Skjema for manuell fordeling av innbyggjarar"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommune: Øygarden"
    hdr = ["FLR-nummer", "Namn på fastlege", "Tal innbyggjarar", "Auke i listetak"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    rows = [("462601", "Marte Sæbø", "5 stk", ""),
            ("462607", "Bjarte Hjelmås", "3 stk", "2 plassar"),
            ("462612", "Liv Tøsdal", "4 stk", "0")]
    for r, vals in enumerate(rows, 5):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v if v != "" else None)
    ws.cell(row=8, column=1, value="Sum")
    ws.cell(row=8, column=3, value="12 stk")
    when = dt.datetime(2024, 10, 14, 9, 0, 0)
    wb.properties.creator = wb.properties.lastModifiedBy = "Øygarden kommune"
    wb.properties.created = when
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    return out.getvalue()


weekday(2024, 10, 14, 0)
add("distribution", "y_d01_oygarden_xlsx_nynorsk_units",
    date=hdate(2024, 10, 14, 9, 20, 0), sender=("Kjersti Sletten", "kjersti.sletten@oygarden.kommune.no"),
    subject="Skjema for manuell fordeling – Øygarden",
    plain="""Hei

Vedlagt er skjema for manuell fordeling av innbyggjarar utan fastlege.

Med helsing
Kjersti Sletten
Øygarden kommune
""",
    gold=dict(kind="distribution_order", municipality="4626", needs_review=False,
              orders=[dist("462601", "Marte Sæbø", 5), dist("462607", "Bjarte Hjelmås", 3, 2),
                      dist("462612", "Liv Tøsdal", 4)],
              note="xlsx (openpyxl) with a nynorsk header on row 4 ('Tal innbyggjarar', 'Auke i listetak'); numbers are text with units ('5 stk', '2 plassar'); a Sum row '12 stk'. 462607 is closed with 1 free, +2 covers 3. 12 of 14 unassigned."))

weekday(2024, 11, 4, 0)
add("distribution", "y_d02_sarpsborg_body_sentences",
    date=hdate(2024, 11, 4, 12, 0, 0), sender=("Camilla Wiik", "camilla.wiik@sarpsborg.kommune.no"),
    subject="Manuell fordeling november",
    plain="""Hei,

Vi ønsker å fordele de ni innbyggerne som står uten fastlege slik:

Liste 310511 (Ida Sofie Lund) skal ha 4 av innbyggerne. Til Petter Ask, liste 310517, fordeles 5, og listetaket hans økes med 3 samtidig.

Vennlig hilsen
Camilla Wiik
Sarpsborg kommune
""",
    gold=dict(kind="distribution_order", municipality="3105", needs_review=None,
              orders=[dist("310511", "Ida Sofie Lund", 4), dist("310517", "Petter Ask", 5, 3)],
              note="Order written as prose sentences, the second with the name before the list and a ceiling increase in the same sentence ('økes med 3'): part of the distribution row, not a list_request. 310517 closed with 2 free +3 covers 5; 9 of 9 unassigned (boundary). Review either way (free text)."))

weekday(2024, 11, 18, 0)
add("distribution", "y_d03_rana_text_table_totalt",
    date=hdate(2024, 11, 18, 14, 15, 0), sender=("Bente Lorentzen", "bente.lorentzen@rana.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege",
    plain="""Hei

Rana kommune ber om følgende manuelle fordeling:

FLR-ID   Fastlege              Antall   Økt listetak
183312   Jonas Fjellheim       6
183320   Hege Nordli           4        2
183327   Arvid Sundsfjord      5
Totalt                         15       2

Med hilsen
Bente Lorentzen
Rana kommune
""",
    gold=dict(kind="distribution_order", municipality="1833", needs_review=True,
              orders=[dist("183312", "Jonas Fjellheim", 6), dist("183320", "Hege Nordli", 4, 2),
                      dist("183327", "Arvid Sundsfjord", 5)],
              note="Plain-text column table in the body with empty increase cells and a 'Totalt' row that is no order; 15 ordered but Rana has 12 without a list: exceeds_unassigned, review. 183320 closed with 2 free +2 covers 4."))

weekday(2024, 6, 3, 0)
add("distribution", "y_d04_eidsvoll_name_first_capacity",
    date=hdate(2024, 6, 3, 10, 30, 0), sender=("Marius Dahl", "marius.dahl@eidsvoll.kommune.no"),
    subject="Fordeling – innbyggere uten lege",
    plain="""Hei

Eidsvoll kommune fordeler slik:

* Maria Haugen (324015): 3 innb.
* Steinar Bråten (324022): 4 innb.

Ingen endring i listetak.

Hilsen
Marius Dahl
Eidsvoll kommune
""",
    gold=dict(kind="distribution_order", municipality="3240", needs_review=True,
              orders=[dist("324015", "Maria Haugen", 3), dist("324022", "Steinar Bråten", 4)],
              note="Bullets with the name first and the list in parentheses, 'innb.'; 'Ingen endring i listetak' means 0. 324022 has 2 free and gets 4: capacity_insufficient, review; Eidsvoll is on automatic assignment: warning."))

# ==========================================================================
# list_request/
# ==========================================================================
weekday(2024, 10, 7, 0)
add("list_request", "y_r01_stjordal_opp_til_1500",
    date=hdate(2024, 10, 7, 9, 45, 0), sender=("Rolf Hegre", "rolf.hegre@stjordal.kommune.no"),
    subject="Listetak fastlege Guro Hegge",
    plain="""Hei

Vi ber om at listetaket for fastlege Guro Hegge (liste 503508) heves opp til 1500.

Vennlig hilsen
Rolf Hegre
Stjørdal kommune
""",
    gold=dict(kind="list_request", municipality="5035",
              orders=[ceiling("503508", "Guro Hegge", new=1500)],
              note="'heves opp til 1500' is a new ceiling, not an increase of 1500. hpr_number and increase not scored (derivable from the registry)."))

weekday(2024, 4, 22, 0)
add("list_request", "y_r02_lindesnes_redusere",
    date=hdate(2024, 4, 22, 13, 0, 0), sender=("Marianne Stray", "marianne.stray@lindesnes.kommune.no"),
    subject="Redusert listetak",
    plain="""Hei

Fastlege Tor Egil Vatne (FLR 420507) har bedt om å redusere listen sin fra 1200 til 1000 plasser. Kommunen støtter dette og ber Helfo endre listetaket.

Vennlig hilsen
Marianne Stray
Lindesnes kommune
""",
    gold=dict(kind="list_request", municipality="4205",
              orders=[ceiling("420507", "Tor Egil Vatne", new=1000)],
              note="A lowered ceiling ('redusere ... fra 1200 til 1000'): new ceiling 1000. The sign of 'increase' is not scored; hpr_number not scored."))

weekday(2024, 3, 18, 0)
add("list_request", "y_r03_nordre_land_aapnes_igjen",
    date=hdate(2024, 3, 18, 11, 11, 0), sender=("Trond Kolbu", "trond.kolbu@nordre-land.kommune.no"),
    subject="Åpning av lister",
    plain="""Hei

Fordelingen er gjennomført. Liste 344803 (Hilde Dokken) og liste 344809 (Kåre Hov) kan nå åpnes igjen for nye innbyggere.

Hilsen
Trond Kolbu
Nordre Land kommune
""",
    gold=dict(kind="list_request", municipality="3448",
              orders=[lock("344803", "Hilde Dokken", "unlock"), lock("344809", "Kåre Hov", "unlock")],
              note="Unlock phrased as 'åpnes igjen for nye innbyggere' (no 'lås'); the completed distribution is no order; domain nordre-land.kommune.no."))

weekday(2024, 8, 26, 0)
add("list_request", "y_r04_midt_telemark_sperre_and_med_100",
    date=hdate(2024, 8, 26, 10, 0, 0), sender=("Anne Lise Bø", "anne.lise.bo@midt-telemark.kommune.no"),
    subject="Fastlegelister Midt-Telemark",
    plain="""Hei

Kommunen ber om at liste 402015 (Eva Grini) sperres for tildeling inntil videre, og at listetaket til Ola Bø, liste 402021, økes med 100 plasser.

Mvh
Anne Lise Bø
Midt-Telemark kommune
""",
    gold=dict(kind="list_request", municipality="4020",
              orders=[lock("402015", "Eva Grini", "lock"), ceiling("402021", "Ola Bø", increase=100)],
              note="Two requests in one sentence: 'sperres for tildeling' is a lock; 'økes med 100 plasser' an increase (new_ceiling not scored); the name comes before the list in the second. The sender's surname equals a GP's (Bø)."))

# ==========================================================================
# other/
# ==========================================================================
weekday(2024, 10, 31, 3)
add("other", "y_o01_kinn_autosvar_nynorsk_x_autoreply",
    date=hdate(2024, 10, 31, 7, 2, 11), sender=("Øystein Bakke", "oystein.bakke@kinn.kommune.no"),
    subject="Automatisk svar: Oppseiing av fastlegeavtale – Florø legesenter",
    extra={"X-Autoreply": "yes"},
    plain="""Eg er ute av kontoret til og med 4. november og har avgrensa tilgang til e-post.

Saker om fastlegar og oppseiingar kan sendast til postmottak@kinn.kommune.no.

Med helsing
Øystein Bakke
Kinn kommune
""",
    gold=dict(kind="other", municipality="4602", needs_review=None, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="Nynorsk out-of-office with no Auto-Submitted header (only X-Autoreply and an 'Automatisk svar:' subject) quoting the subject of y_t04: no orders; review not scored (auto-reply from a municipal address)."))

weekday(2024, 9, 9, 0)
add("other", "y_o02_hamaroy_question_with_example",
    date=hdate(2024, 9, 9, 12, 5, 0), sender=("Nina Kristiansen", "nina.kristiansen@hamaroy.kommune.no"),
    subject="Spørsmål om oppsigelse",
    plain="""Hei

Vi skal snart sende vår første melding om oppsigelse av en fastlegeavtale og lurer på om dette er nok informasjon. Vi tenkte å skrive slik:

«Fastlege Bjørn Ek (HPR 1876543) ved Oppeid legekontor sier opp sin fastlegeavtale. Siste arbeidsdag er 31.12.2024.»

Må vi i tillegg legge ved brevet fra legen? Og skal meldingen sendes før eller etter at kommunen har godkjent sluttdatoen?

Hilsen
Nina Kristiansen
Hamarøy kommune
""",
    gold=dict(kind="other", municipality="1875", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="A question that contains a complete-looking notice as a quoted example (name, HPR, clinic, last day): kind other, no orders; municipal sender, so review."))

weekday(2024, 6, 20, 3)
add("other", "y_o03_bjornafjorden_forwarded_newsletter",
    date=hdate(2024, 6, 20, 15, 0, 0), sender=("Sigrun Tveit", "sigrun.tveit@bjornafjorden.kommune.no"),
    subject="VS: Nyhetsbrev fastlegeordningen – juni 2024",
    plain="""Til info – vi går ut frå at dette ikkje krev noko svar frå oss?

Sigrun

Fra: Helsedirektoratet <nyhetsbrev@helsedir.no>
Sendt: onsdag 19. juni 2024 09:00
Til: Sigrun Tveit <sigrun.tveit@bjornafjorden.kommune.no>
Emne: Nyhetsbrev fastlegeordningen – juni 2024

NYHETSBREV – FASTLEGEORDNINGEN

1. Manuell fordeling: Kommuner som ønsker manuell fordeling sender e-post til post@helfo.no med emnet «Fastlege – manuell fordeling». Eksempel på skjema: FLR-ID 10, fastlege Per Hansen, 5 innbyggere, økning i listetak 2.
2. Oppsigelse: Ved oppsigelse skal kommunen oppgi navn, HPR-nummer og siste arbeidsdag, for eksempel «Kari Nordmann, HPR 1234567, slutter 31.12.2024».
3. Ny fastlege: Meld ny lege minst 14 dager før månedsskiftet.

Du får denne e-posten fordi du abonnerer på nyhetsbrev fra Helsedirektoratet.
""",
    gold=dict(kind="other", municipality="4624", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period", "children_may_exceed"],
              note="A municipal employee forwards a newsletter (no List-Unsubscribe on the outer mail) full of example orders (manual distribution, a form row, a termination): kind other, no orders; municipal sender, so review."))

weekday(2024, 11, 12, 1)
add("other", "y_o04_gp_asks_own_ceiling",
    date=hdate(2024, 11, 12, 19, 40, 0), sender=("Henrik Lunde", "henrik.lunde@fjellsiden-legesenter.no"),
    subject="Spørsmål om listetak",
    plain="""Hei

Jeg er fastlege med HPR 1987654 og har i dag listetak 1200. Kan jeg selv søke Helfo om å øke listetaket til 1400, eller må dette gå via kommunen?

Vennlig hilsen
Henrik Lunde
Fjellsiden legesenter
""",
    gold=dict(kind="other", municipality=None, needs_review=None, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="A GP (clinic domain, no municipality named) asks how to raise his own ceiling 'fra 1200 til 1400': a question, not a municipal list_request; no municipality; review not scored."))

weekday(2024, 3, 7, 3)
O05_HTML = """<html><body style="font-family:Arial">
<h2>GRATULERER! Du er valgt ut</h2>
<p>Ordre nr. 31059912345 er klar for utbetaling. Bel&oslash;p: 12 450,00 kr.</p>
<p>Bekreft innen 15.03.2024 ved &aring; svare med kontonummer og telefon (+47 41 23 45 67).</p>
<p>Ref: 2024-77881 / kampanje 1500</p>
<p><a href="http://example.invalid/claim">Klikk her</a></p>
</body></html>
"""
add("other", "y_o05_spam_digits",
    date=hdate(2024, 3, 7, 3, 14, 0), sender=("Premieavdelingen", "premie@gevinst-norge.example"),
    subject="Din utbetaling 12 450 kr venter", html=O05_HTML,
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="HTML-only spam; the 11-digit order number 31059912345 starts like a date (31.05.99) but fails the fødselsnummer check digits: no personal_data; a date, phone, amounts."))

weekday(2024, 3, 14, 3)
add("other", "y_o06_lindesnes_status_question",
    date=hdate(2024, 3, 14, 9, 30, 0), sender=("Marianne Stray", "marianne.stray@lindesnes.kommune.no"),
    subject="Har dere mottatt oppsigelsen?",
    plain="""Hei

Vi sendte 4. mars melding om at fastlege Siv Kleveland (HPR 4209981) ved Mandal legesenter har sagt opp, med siste arbeidsdag 31.08.2024. Vi har ikke fått noen kvittering. Kan dere bekrefte at meldingen er mottatt?

Vennlig hilsen
Marianne Stray
Lindesnes kommune
""",
    gold=dict(kind="other", municipality="4205", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="A status question about an earlier notice that restates it (name, HPR, clinic, last day): kind other, no new termination; municipal sender, so review."))


# --------------------------------------------------------------------------
# Attachments and building
# --------------------------------------------------------------------------
def attachments(name):
    if name == "y_t07_vestvagoy_rfc822_html_only":
        inner = X.text_part(T07_INNER, "html", "utf-8", QP)
        inner["From"] = X.addr("Torbjørn Hansen-Rød", "thr@leknes-legekontor.no")
        inner["To"] = "frode.pedersen@vestvagoy.kommune.no"
        inner["Date"] = hdate(2024, 9, 16, 8, 5, 0)
        inner["Subject"] = "Oppsigelse av fastlegeavtale"
        inner["Message-ID"] = "<7f3a0c11d2e4@leknes-legekontor.no>"
        for k in ("Content-Type", "Content-Transfer-Encoding"):
            v = inner[k]
            del inner[k]
            inner[k] = v
        part = MIMEMessage(inner)
        part.add_header("Content-Disposition", "attachment", filename="Oppsigelse.eml")
        return [part]
    if name == "y_d01_oygarden_xlsx_nynorsk_units":
        part = MIMEApplication(xlsx_oygarden(),
                               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        part.add_header("Content-Disposition", "attachment",
                        filename="Skjema manuell fordeling Oygarden.xlsx")
        return [part]
    return []


def build(m):
    extra = attachments(m["name"])
    if not extra:
        return X.build(m)
    body = BytesParser(policy=policy.compat32).parsebytes(X.build(dict(m, extra={})))
    bnd = "_mixed_" + hashlib.md5(m["name"].encode()).hexdigest()[:20].upper() + "_"
    outer = MIMEMultipart("mixed", boundary=bnd)
    inner = X.text_part(m["plain"], "plain", m["charset"], m["enc"])
    outer.attach(inner)
    for p in extra:
        outer.attach(p)
    for k in ("From", "To", "Date", "Subject", "Message-ID"):
        outer[k] = body[k]
    for k, v in m["extra"].items():
        outer[k] = v
    for k in ("MIME-Version", "Content-Type"):
        v = outer[k]
        del outer[k]
        outer[k] = v
    return outer.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


def append_rows(path: Path, header: str, rows, key_cols: int):
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else [header]
    keys = {tuple(line.split(",")[:key_cols]) for line in existing[1:]}
    new = [",".join(str(x) for x in r) for r in rows if tuple(str(x) for x in r[:key_cols]) not in keys]
    if new:
        with open(path, "a", encoding="utf-8", newline="") as f:
            if existing and not path.read_text(encoding="utf-8").endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) and all(n.startswith("y_") for n in names)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{m['name']}.eml").write_bytes(build(m))
        gold = X.finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size",
                LISTS_Y, 1)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_Y, 1)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
