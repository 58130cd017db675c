#!/usr/bin/env python3
"""Build the i_ corpus: a second sibling for each message of the shared corpus's
termination/ (19) and list_change/ (10) folders.

    .venv/bin/python tests/corpus/make_corpus_i.py [OUTDIR]

Each sibling keeps the shared message's hard thing but changes municipality,
people, numbers, dates (2025-2027, one derived date in 2028 is avoided) and
wording, and differs from the k_ siblings too (other holidays, other layouts).
Writes NAME.eml + NAME.expected.json into the kind folders and APPENDS only new
list rows to registry/lists.csv (idempotent; no unassigned.csv rows).
Gold helpers come from make_corpus.py (notice periods, transfer dates, timing
with the `holidays` package).  All people, HPR and FLR numbers are made up.
"""
from __future__ import annotations

import json
import sys
from email import charset as email_charset
from email import policy
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from pathlib import Path

import holidays

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, term, change = X.hdate, X.term, X.change
X.MESSAGES.clear()
add = X.add
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))
import datetime as dt  # noqa: E402

LISTS_I = [
    ("182014", "1820", "Tonje Hagerup", "3917402", "open", 1000, 985),
    ("421409", "4214", "Kåre Lislevand", "6402815", "open", 900, 884),
    ("311826", "3118", "Birgitte Aas", "5830196", "open", 1100, 1071),
    ("301623", "0301", "Fredrik Lunde Moe", "7264018", "open", 1200, 1188),
    ("301677", "0301", "Heidi Bjerke", "7250931", "open", 800, 779),
    ("333215", "3332", "Audun Kolsrud", "8145207", "open", 1000, 990),
    ("322418", "3224", "Gro Amundsen", "4630859", "open", 1000, 968),
    ("462512", "4625", "Leiv Otto Drange", "6194720", "open", 900, 900),
    ("464408", "4644", "Sjur Bolstad", "5082719", "open", 1000, 970),
    ("183347", "1833", "Terje Nordvik", "3549821", "open", 1000, 995),
]
for r in LISTS_I:
    assert r[0] not in X.REG
    X.REG[r[0]] = r


def wd(d, n):
    assert d.weekday() == n, (d, d.strftime("%A"))


T, L = "termination", "list_change"

# ------------------------------------------------------------------ t01
wd(D(2026, 3, 5), 3)
add(T, "i_t01_alstahaug_routine_i_dag",
    date=hdate(2026, 3, 5, 7, 12, 9, UTC), sender=("Hilde Sandvær", "hilde.sandvaer@alstahaug.kommune.no"),
    subject="Fastlege Tonje Hagerup har levert oppsigelse",
    plain="""Hei Helfo

Oppsigelsen fra fastlege Tonje Hagerup (hpr 3917402) er mottatt av kommunen i dag, 5. mars 2026. Hun har sin praksis på Sandnessjøen legesenter. Sluttdato er avtalt til 31.08.2026.

Vi sender «Melding til fastlegeregisteret» når vi vet hvem som tek over lista.

Vennlig hilsen
Hilde Sandvær
virksomhetsleder legetjenesten
Alstahaug kommune
""",
    gold=dict(kind="termination_notice", municipality="1820",
              orders=[term("Tonje Hagerup", "3917402", "Sandnessjøen legesenter", D(2026, 3, 5), last=D(2026, 8, 31))],
              note="Routine sentence reworded ('Oppsigelsen ... er mottatt ... i dag, 5. mars 2026'); 'Sluttdato' is the stated last day (31.08.2026 = the notice period end); Date header in UTC. flr_list_id not scored. list_change/i_l01 follows."))

# ------------------------------------------------------------------ t02
wd(D(2025, 9, 30), 1)
add(T, "i_t02_tysnes_nynorsk_postmottak_notice_period",
    date=hdate(2025, 9, 30, 10, 4, 51), sender=("Tysnes kommune, postmottak", "postmottak@tysnes.kommune.no"),
    subject="Fastlege seier opp avtalen – Uggdal legekontor",
    plain="""Til Helfo v/fastlegeregisteret

Kommunen tok imot oppseiinga til fastlege Oddvar Reksten måndag 29.09.2025. Han er tilsett ved Uggdal legekontor og har HPR-nummer 4728105.

Det er ikkje avtala nokon siste arbeidsdag, så ordinær oppseiingstid gjeld.

Med venleg helsing
for Tysnes kommune
Inger Lise Rolfsnes
konsulent, helse og omsorg
""",
    gold=dict(kind="termination_notice", municipality="4616",
              orders=[term("Oddvar Reksten", "4728105", "Uggdal legekontor", D(2025, 9, 29))],
              note="Nynorsk from a postmottak address; notice date (måndag 29.09.2025) is the day before receipt; no last day: six months from 1 October 2025 give 31 March 2026. flr_list_id not scored."))

# ------------------------------------------------------------------ t03
wd(D(2025, 6, 11), 2)
add(T, "i_t03_indre_ostfold_two_gps_blocks",
    date=hdate(2025, 6, 11, 14, 20, 3), sender=("Vegard Skjønhaug", "vegard.skjonhaug@indre-ostfold.kommune.no"),
    subject="To fastleger ved Mysen legesenter slutter",
    html=True,
    plain="""Hei,

Indre Østfold kommune har fått oppsigelse fra to av fastlegene ved Mysen legesenter.

Dr. Ragnar Tveter
HPR-nummer: 5819306
Oppsigelse levert: 26.05.2025
Fratrer: 30.09.2025 (avtalt med kommunen)

Lege Birgitte Aas
HPR-nummer: 5830196
Oppsigelse levert: 10.06.2025
Fratrer: ikke avklart, vanlig oppsigelsestid på seks måneder

Ny lege eller ubesatt liste meldes senere.

Mvh
Vegard Skjønhaug
Enhetsleder legetjenester
Indre Østfold kommune
""",
    gold=dict(kind="termination_notice", municipality="3118",
              orders=[term("Ragnar Tveter", "5819306", "Mysen legesenter", D(2025, 5, 26), last=D(2025, 9, 30)),
                      term("Birgitte Aas", "5830196", "Mysen legesenter", D(2025, 6, 10))],
              note="Two GPs as label blocks ('Fratrer:'); the first has a stated last day (earlier than his notice period), the second none: 31 Dec 2025, transfer 1 Jan 2026; 'Dr.' and 'Lege' are titles; clinic named once. list_change/i_l03 follows."))

# ------------------------------------------------------------------ t04
wd(D(2026, 2, 19), 3)
wd(D(2026, 2, 17), 1)
S4 = "VS: Oppsigelse"
add(T, "i_t04_nannestad_vs_forward_signature_hpr",
    date=hdate(2026, 2, 19, 12, 33, 40), sender=("Siv Ellingsrud", "siv.ellingsrud@nannestad.kommune.no"),
    subject=S4, html=True, extra={"Thread-Topic": "Oppsigelse", "Accept-Language": "nb-NO, en-US"},
    plain="""Hei, oversender oppsigelsen vi fikk fra en av legene våre. Til orientering.

Siv Ellingsrud
Kommuneoverlege
Nannestad kommune

Fra: Anders Lillevold <anders.lillevold@maura-legesenter.no>
Sendt: tirsdag 17. februar 2026 09:41
Til: Siv Ellingsrud <siv.ellingsrud@nannestad.kommune.no>
Emne: Oppsigelse

Hei Siv,

Som vi snakket om på telefon forrige uke: herved sier jeg opp fastlegeavtalen min. Jeg har fått lov til å slutte før oppsigelsestiden er ute, og siste dag på kontoret blir 30. juni 2026.

Beste hilsen
Anders Lillevold
Fastlege, Maura legesenter
HPR 6318054
""",
    gold=dict(kind="termination_notice", municipality="3238",
              orders=[term("Anders Lillevold", "6318054", "Maura legesenter", D(2026, 2, 17), last=D(2026, 6, 30))],
              note="Outlook inline forward (VS:) of 19 Feb 2026; notice date is the GP's own mail (Sendt: tirsdag 17. februar 2026); HPR only in the GP's signature; 'siste dag på kontoret blir 30. juni 2026' is stated, two months before the notice period ends."))

# ------------------------------------------------------------------ t05 (built separately)
wd(D(2026, 5, 26), 1)
T05_INNER = """Geilo, 21.05.2026

Til Hol kommune

Oppsigelse av fastlegeavtale

Jeg sier med dette opp fastlegeavtalen min ved Geilo legekontor. Oppsigelsestiden er seks måneder og løper fra 1. juni 2026, slik at siste arbeidsdag blir 30.11.2026.

HPR-nr: 7106543

Hilsen
Ingrid Haugo Skaar
fastlege
"""
T05_OUTER = """Hei

Legger ved e-posten der fastlegen sier opp. Vennligst registrer.

mvh
Kjetil Ødegården
Rådgiver helse
Hol kommune
"""
add(T, "i_t05_hol_fwd_attached_letter_date",
    date=hdate(2026, 5, 26, 8, 2, 17), sender=("Kjetil Ødegården", "kjetil.odegarden@hol.kommune.no"),
    subject="Fwd: Oppsigelse av fastlegeavtale", plain=T05_OUTER,
    gold=dict(kind="termination_notice", municipality="3330",
              orders=[term("Ingrid Haugo Skaar", "7106543", "Geilo legekontor", D(2026, 5, 21), last=D(2026, 11, 30))],
              note="Forwarded as a message/rfc822 attachment, LF line endings; every fact is in the attached letter (dated 'Geilo, 21.05.2026' = notice date); '1. juni 2026' is when the notice period starts, not a last day; stated 30.11.2026."))

# ------------------------------------------------------------------ t06
wd(D(2026, 2, 3), 1)
HTML6 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Hei!</div>
<div>Her er opplysninger om en fastlege i R&aelig;lingen som har sagt opp:</div>
<br>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Lege</th><th>HPR</th><th>Kontor</th><th>Oppsigelse&nbsp;datert</th><th>Sluttdato</th></tr>
<tr><td>Mona&nbsp;Str&oslash;mnes</td><td>4690327</td><td>Fjerdingby legesenter</td><td>2.2.26</td><td>31.5.26</td></tr>
</table>
<br>
<div>Kommunen melder fra om ny lege eller ubesatt liste n&aring;r det er avklart.</div>
<div>Hilsen<br>Jens Petter Ulvestad<br>Helse og mestring<br>R&aelig;lingen kommune</div>
</body></html>
"""
add(T, "i_t06_raelingen_html_row_table",
    date=hdate(2026, 2, 3, 15, 10, 22), sender=("Jens Petter Ulvestad", "jens.petter.ulvestad@ralingen.kommune.no"),
    subject="Oppsigelse fastlegeavtale", html=HTML6,
    gold=dict(kind="termination_notice", municipality="3224",
              orders=[term("Mona Strømnes", "4690327", "Fjerdingby legesenter", D(2026, 2, 2), last=D(2026, 5, 31))],
              note="HTML only: a table with a header row and one data row (not label/value pairs), entities (&oslash;, &aelig;, &nbsp;), short dates 2.2.26 and 31.5.26 (stated, three months before the notice period ends)."))

# ------------------------------------------------------------------ t07
wd(D(2025, 11, 12), 2)
add(T, "i_t07_kvinesdal_latin1_utgangen_av",
    date=hdate(2025, 11, 12, 9, 47, 30), sender=("Åse Fedde", "ase.fedde@kvinesdal.kommune.no"),
    subject="Fastlege Bjørnar Østebø fratrer", charset="iso-8859-1",
    plain="""Hei,

Kvinesdal kommune mottok 10.11.2025 oppsigelse fra fastlege Bjørnar Østebø, Liknes legesenter (HPR-nr 441 27 09).

Kommunen har gått med på at han fratrer ved utgangen av mars 2026.

Med hilsen
Åse Fedde
Fagleder, helse
Kvinesdal kommune
""",
    gold=dict(kind="termination_notice", municipality="4227",
              orders=[term("Bjørnar Østebø", "4412709", "Liknes legesenter", D(2025, 11, 10), last=D(2026, 3, 31))],
              note="ISO-8859-1 quoted-printable body and encoded-word subject (ø); HPR 'HPR-nr 441 27 09' with spaces; 'fratrer ved utgangen av mars 2026' is a stated last day (31 March), earlier than the notice period (31 May)."))

# ------------------------------------------------------------------ t08
wd(D(2027, 1, 14), 3)
add(T, "i_t08_lom_retirement_birthday",
    date=hdate(2027, 1, 14, 11, 5, 0), sender=("Randi Bakkom", "randi.bakkom@lom.kommune.no"),
    subject="Pensjonering - fastlege ved Lom legekontor",
    plain="""Hei.

Fastlege Olav Sulheim (HPR-nr. 1843096) ved Lom legekontor har i dag gitt kommunen beskjed om at han vil gå av med pensjon. Han fyller 70 år 3. mars 2027, og siste arbeidsdag hans blir 31. mars 2027.

Kommunen arbeider med å rekruttere ny lege.

Helsing
Randi Bakkom
kommunalsjef helse
Lom kommune
""",
    gold=dict(kind="termination_notice", municipality="3434",
              orders=[term("Olav Sulheim", "1843096", "Lom legekontor", D(2027, 1, 14), reason="retirement", last=D(2027, 3, 31))],
              note="Retirement ('gå av med pensjon'): reason retirement; 'i dag' = Date header day (14 Jan 2027); the 70th birthday 3. mars 2027 is a distractor; stated last day 31 March 2027."))

# ------------------------------------------------------------------ t09
wd(D(2026, 11, 9), 0)
add(T, "i_t09_bardu_death_funeral_date",
    date=hdate(2026, 11, 9, 9, 30, 12), sender=("Trond Nymo", "trond.nymo@bardu.kommune.no"),
    subject="Fastlege Rolf Inge Moen er død",
    plain="""Til Helfo

Vi må dessverre melde at vår fastlege Rolf Inge Moen, HPR-nr. 3382719, Setermoen legesenter, døde brått torsdag 5. november 2026. Bisettelsen er fredag 13. november.

Pasientene på listen hans får hjelp av vikar inntil videre. Kommunen sender melding til fastlegeregisteret når vi vet mer.

Med hilsen
Trond Nymo
kommuneoverlege
Bardu kommune
""",
    gold=dict(kind="termination_notice", municipality="5520", needs_review=None,
              orders=[term("Rolf Inge Moen", "3382719", "Setermoen legesenter", None, reason="death", score_notice=False)],
              note="Death ('døde brått'): no notice period, no last day or transfer date (null, basis unknown); notice_date not scored; the funeral date is a distractor; review either way."))

# ------------------------------------------------------------------ t10
wd(D(2025, 8, 18), 0)
add(T, "i_t10_oslo_sagene_ut_januar",
    date=hdate(2025, 8, 18, 13, 2, 45, UTC), sender=("Camilla Wang", "camilla.wang@bsa.oslo.kommune.no"),
    subject="fastlege slutter",
    plain="""Hei!

Kort beskjed: Fredrik Lunde Moe (HPR 7264018) ved Torshov legesenter har levert oppsigelse, datert 14.08.25. Han blir ut januar 2026.

Ny lege meldes når vi har en.

mvh Camilla
--
Camilla Wang
rådgiver, Bydel Sagene
Oslo kommune
""",
    gold=dict(kind="termination_notice", municipality="0301",
              orders=[term("Fredrik Lunde Moe", "7264018", "Torshov legesenter", D(2025, 8, 14), last=D(2026, 1, 31))],
              note="Informal; '(HPR 7264018)'; two-digit year '14.08.25'; 'blir ut januar 2026' is a stated last day (31 January, a month before the notice period ends); Oslo via bydel subdomain bsa.oslo.kommune.no. flr_list_id not scored. list_change/i_l05 follows."))

# ------------------------------------------------------------------ t11
wd(D(2025, 9, 9), 1)
add(T, "i_t11_sigdal_slash_dates",
    date=hdate(2025, 9, 9, 8, 14, 59), sender=("Eldrid Haugerud", "eldrid.haugerud@sigdal.kommune.no"),
    subject="Sv: fastlegeavtale Prestfoss",
    plain="""Hei,

Prestfoss legekontor, Knut Harald Solberg, hpr 227 91 40: oppsagt 3/9-25, siste arbeidsdag 28/2-26.

Eldrid Haugerud
Sigdal kommune, helse
""",
    gold=dict(kind="termination_notice", municipality="3332",
              orders=[term("Knut Harald Solberg", "2279140", "Prestfoss legekontor", D(2025, 9, 3), last=D(2026, 2, 28))],
              note="Terse 'Sv:' line with the clinic first; d/m-yy dates ('3/9-25', '28/2-26', stated, a month before the notice period ends); HPR 'hpr 227 91 40' with spaces."))

# ------------------------------------------------------------------ t12
wd(D(2025, 11, 13), 3)
add(T, "i_t12_froland_distractors",
    date=hdate(2025, 11, 13, 10, 21, 36), sender=("Marianne Flaten", "marianne.flaten@froland.kommune.no"),
    subject="Sak 2025/4412 - fastlegeavtale Kåre Lislevand sagt opp",
    plain="""Hei,

Etter møtet med legene 4.11.25 har vi nå fått skriftlig oppsigelse fra fastlege Kåre Lislevand ved Blakstad legesenter. Oppsigelsen er datert 12.11.25, og han har meldt at han slutter etter vanlig oppsigelsestid (6 mnd). HPR 6402815.

Stillingen blir lyst ut med frist 5.1.26. Vi melder fra om ny lege eller ubesatt liste.

Vennlig hilsen
Marianne Flaten
Helsesjef
Froland kommune
Org.nr. 964 965 226 | Tlf. 37 50 99 12 | Mob. 905 17 433
Vår ref. 2025/4412
""",
    gold=dict(kind="termination_notice", municipality="4214",
              orders=[term("Kåre Lislevand", "6402815", "Blakstad legesenter", D(2025, 11, 12))],
              note="Distractor dates (meeting 4.11.25, deadline 5.1.26) and numbers (org.nr., phones, case 2025/4412) around the notice date 12.11.25; notice period from 1 December gives 31 May 2026. flr_list_id not scored. list_change/i_l02 follows."))

# ------------------------------------------------------------------ t13
# Sent from New York: Mon 31 Aug 2026 20:15 -0400 = Tue 1 Sep 02:15 in Oslo.
add(T, "i_t13_balsfjord_i_dag_foreign_offset",
    date="Mon, 31 Aug 2026 20:15:00 -0400", sender=("Sigrun Hanssen", "sigrun.hanssen@balsfjord.kommune.no"),
    subject="Oppsigelse - Storsteinnes legekontor", extra={"X-Mailer": "iPhone Mail (23A341)"},
    plain="""Hei

Marit Storjord, fastlege ved Storsteinnes legekontor, har sagt opp avtalen i dag. Vi har ikke avtalt noen sluttdato, så det blir ordinær oppsigelsestid.

HPR: 2718463

Sigrun
Balsfjord kommune

Sendt fra min iPhone
""",
    gold=dict(kind="termination_notice", municipality="5532",
              orders=[term("Marit Storjord", "2718463", "Storsteinnes legekontor", D(2026, 9, 1))],
              note="'i dag' is the only notice date; the Date header has offset -0400 (Mon 31 Aug 2026 20:15) = Tue 1 Sep 02:15 in Oslo: notice 1 September, notice period 1 Oct - 31 March 2027 (the sender's day would give 28 Feb). list_change/i_l08 refers back."))

# ------------------------------------------------------------------ t14
wd(D(2025, 11, 5), 2)
add(T, "i_t14_austevoll_nynorsk_no_year",
    date=hdate(2025, 11, 5, 14, 40, 8), sender=("Synnøve Møgster", "synnove.mogster@austevoll.kommune.no"),
    subject="Oppseiing",
    plain="""Hei!

Fastlegen vår Kari Bakkejord (hpr 5573018) på Storebø legekontor har meldt at ho sluttar. Ho leverte oppseiinga 3. november, og vi har avtalt at ho arbeider fram til og med 30. april.

Helsing Synnøve
Austevoll kommune
""",
    gold=dict(kind="termination_notice", municipality="4625",
              orders=[term("Kari Bakkejord", "5573018", "Storebø legekontor", D(2025, 11, 3), last=D(2026, 4, 30))],
              note="Nynorsk, informal; dates without a year: '3. november' is this year (2025), 'fram til og med 30. april' is next year (2026), stated, a month before the notice period ends."))

# ------------------------------------------------------------------ t15
wd(D(2025, 6, 24), 1)
add(T, "i_t15_rana_list_id_line",
    date=hdate(2025, 6, 24, 12, 0, 31), sender=("Bente Hjartøy", "bente.hjartoy@rana.kommune.no"),
    subject="Oppsigelse fastlege Terje Nordvik",
    plain="""Til fastlegeregisteret

Terje Nordvik har sagt opp som fastlege i Rana kommune. Oppsigelsen er datert 20. juni 2025.

Legekontor: Selfors legesenter
Liste: 183347
HPR: 3549821
Sluttdato: 31. desember 2025

Med hilsen
Bente Hjartøy
Leder, legetjenesten
Rana kommune
""",
    gold=dict(kind="termination_notice", municipality="1833",
              orders=[term("Terje Nordvik", "3549821", "Selfors legesenter", D(2025, 6, 20), last=D(2025, 12, 31), flr="183347")],
              note="The FLR list is given on a 'Liste:' line (in the registry for Rana); last day 31 December 2025, so the transfer date is 1 January 2026."))

# ------------------------------------------------------------------ t16
wd(D(2026, 9, 7), 0)
wd(D(2026, 12, 16), 2)
add(T, "i_t16_porsgrunn_mid_month",
    date=hdate(2026, 9, 7, 9, 55, 3), sender=("Lars Ivar Nilsen", "lars.ivar.nilsen@porsgrunn.kommune.no"),
    subject="Fastlege fratrer 16. desember",
    plain="""Hei,

Oppsigelse fra fastlege Nora Evensen (HPR 6621590), Brevik legesenter, er mottatt. Brevet er datert 1. september 2026.

Hun fratrer før oppsigelsestiden er over, etter avtale: siste arbeidsdag er onsdag 16. desember 2026.

Vennlig hilsen
Lars Ivar Nilsen
Kommuneoverlege
Porsgrunn kommune
""",
    gold=dict(kind="termination_notice", municipality="4001",
              orders=[term("Nora Evensen", "6621590", "Brevik legesenter", D(2026, 9, 1), last=D(2026, 12, 16))],
              note="Last working day mid-month (onsdag 16. desember 2026, also in the subject): transfer is still the 1st of the next month, 1 January 2027. Notice on the 1st of a month."))

# ------------------------------------------------------------------ t17
wd(D(2025, 12, 3), 2)
add(T, "i_t17_luster_december_nynorsk",
    date=hdate(2025, 12, 3, 13, 15, 44, UTC), sender=("Ragnhild Nes Bolstad", "ragnhild.bolstad@luster.kommune.no"),
    subject="Melding om oppseiing - Gaupne legekontor",
    plain="""Hei

Sjur Bolstad (HPR 5082719), fastlege på Gaupne legekontor, har levert oppseiing av fastlegeavtalen. Oppseiinga kom 02.12.2025.

Han har ikkje fått nokon avtalt sluttdato, og oppseiingstida er seks månader.

Med helsing
Ragnhild Nes Bolstad
rådgjevar
Luster kommune
""",
    gold=dict(kind="termination_notice", municipality="4644",
              orders=[term("Sjur Bolstad", "5082719", "Gaupne legekontor", D(2025, 12, 2))],
              note="Nynorsk; notice in December (02.12.2025), so the notice period runs from 1 January to 30 June 2026, transfer 1 July 2026. flr_list_id not scored. list_change/i_l10 follows."))

# ------------------------------------------------------------------ t18
wd(D(2026, 8, 18), 1)
add(T, "i_t18_stryn_nynorsk_february_28",
    date=hdate(2026, 8, 20, 10, 30, 0, UTC), sender=("Kjellaug Tonning", "kjellaug.tonning@stryn.kommune.no"),
    subject="Oppseiing - Stryn legesenter",
    plain="""Hei,

Fastlegen Astrid Flo ved Stryn legesenter sa opp fastlegeavtalen sin tysdag 18. august. Ho har vanleg oppseiingstid på seks månader. hpr-nr 8204517.

Venleg helsing
Kjellaug Tonning
Stryn kommune
""",
    gold=dict(kind="termination_notice", municipality="4651",
              orders=[term("Astrid Flo", "8204517", "Stryn legesenter", D(2026, 8, 18))],
              note="Nynorsk; notice date without a year ('tysdag 18. august', 2026); six months from 1 September end on 28 February 2027 (not a leap year), transfer 1 March 2027. flr_list_id not scored."))

# ------------------------------------------------------------------ t19
wd(D(2026, 6, 10), 2)
add(T, "i_t19_ringerike_gp_direct",
    date=hdate(2026, 6, 10, 21, 5, 33), sender=("Hanne Kristoffersen", "hanne@honefosslegesenter.no"),
    subject="Oppsigelse fastlegeavtale", extra={"Cc": "postmottak@ringerike.kommune.no"},
    plain="""Hei

Jeg har i kveld sendt oppsigelse av fastlegeavtalen min til Ringerike kommune, og vil med dette også gi Helfo beskjed. Kommunen har godtatt at siste arbeidsdag blir 30. november 2026.

HPR-nr. 7830264

Hilsen
Hanne Kristoffersen
fastlege, Hønefoss legesenter
""",
    gold=dict(kind="termination_notice", municipality="3305", needs_review=None,
              orders=[term("Hanne Kristoffersen", "7830264", "Hønefoss legesenter", D(2026, 6, 10), last=D(2026, 11, 30))],
              note="Sent by the GP herself from the clinic's domain; municipality only in text and Cc; 'i kveld' = the Date header's day (10 June 2026); stated last day; review either way."))

# ================================================================== list_change
wd(D(2026, 6, 16), 1)
add(L, "i_l01_alstahaug_form_in_time",
    date=hdate(2026, 6, 16, 8, 45, 2), sender=("Hilde Sandvær", "hilde.sandvaer@alstahaug.kommune.no"),
    subject="Melding til fastlegeregisteret",
    plain="""MELDING TIL FASTLEGEREGISTERET
Alstahaug kommune (1820)

Endring gjelder: ny lege på eksisterende liste
Listenummer: 182014
Legekontor: Sandnessjøen legesenter
Lege som fratrer: Tonje Hagerup (HPR 3917402)
Lege som overtar: Erlend Bøe (HPR 6027318)
Dato for overtakelse: 01.09.2026
Listetak: 1000

Hilsen
Hilde Sandvær
Alstahaug kommune
""",
    gold=dict(kind="list_change", municipality="1820", needs_review=False,
              orders=[change("new_gp", "182014", "Sandnessjøen legesenter", "Tonje Hagerup", "3917402",
                             "Erlend Bøe", "6027318", D(2026, 9, 1), 1000)],
              note="Form-like body with other labels ('Lege som overtar', 'Dato for overtakelse'); follow-up to i_t01. Received Tue 16 Jun 2026, registered Thu 18 Jun, 75 days before 1 Sep: in time; 77 days ahead, visible on Helsenorge."))

wd(D(2026, 5, 13), 2)
add(L, "i_l02_froland_unassigned_ascension_boundary",
    date=hdate(2026, 5, 13, 15, 20, 0), sender=("Marianne Flaten", "marianne.flaten@froland.kommune.no"),
    subject="Liste 421409 blir stående ubesatt",
    plain="""Hei,

Vi viser til oppsigelsen fra Kåre Lislevand (HPR 6402815) på Blakstad legesenter. Utlysningen ga ingen kvalifiserte søkere, og listen hans (421409) blir stående ubesatt fra 1. juni 2026. Vikar tar pasientene inntil videre. Listetaket er fortsatt 900.

God Kristi himmelfartsdag i morgen!

Vennlig hilsen
Marianne Flaten
Helsesjef, Froland kommune
""",
    gold=dict(kind="list_change", municipality="4214", needs_review=False,
              orders=[change("unassigned_list", "421409", "Blakstad legesenter", "Kåre Lislevand", "6402815",
                             start=D(2026, 6, 1), ceiling=900)],
              note="Ascension Day: received Wed 13 May 2026; Thu 14 May is a holiday, so registration is Mon 18 May, exactly 14 days before 1 June: in time (at least 14 days). 19 days ahead: not visible on Helsenorge early. Follow-up to i_t12."))

wd(D(2025, 12, 30), 1)
add(L, "i_l03_indre_ostfold_new_gp_new_year_after",
    date=hdate(2025, 12, 30, 10, 12, 40), sender=("Vegard Skjønhaug", "vegard.skjonhaug@indre-ostfold.kommune.no"),
    subject="Ny lege på liste 311826",
    plain="""Hei,

Beklager at dette kommer så sent. Kontrakten ble først underskrevet 29. desember.

Sara Mikkelsen (HPR 5899217) overtar liste 311826 på Mysen legesenter fra 1. januar 2026, etter Birgitte Aas (HPR 5830196). Listetaket settes til 1100.

Mvh
Vegard Skjønhaug
Indre Østfold kommune
""",
    gold=dict(kind="list_change", municipality="3118", needs_review=True,
              orders=[change("new_gp", "311826", "Mysen legesenter", "Birgitte Aas", "5830196",
                             "Sara Mikkelsen", "5899217", D(2026, 1, 1), 1100)],
              note="New Year: received Tue 30 Dec 2025; +1 Wed 31 Dec, Thu 1 Jan 2026 is a holiday, +2 Fri 2 Jan: after the 1 Jan transfer: error, review (weekdays only would give 1 Jan, on the transfer). '29. desember' is a distractor. Follow-up to i_t03."))

wd(D(2026, 11, 23), 0)
add(L, "i_l04_kvinesdal_zero_list_new_hjemmel",
    date=hdate(2026, 11, 23, 12, 30, 5), sender=("Åse Fedde", "ase.fedde@kvinesdal.kommune.no"),
    subject="Opprettelse av ny fastlegeliste – Liknes legesenter",
    plain="""Hei.

Kommunestyret har vedtatt en ny fastlegehjemmel i Kvinesdal. Listen er ny (nulliste) og har ikke hatt lege tidligere. Lege blir Tobias Eikeland, HPR-nr. 7719340, på Liknes legesenter. Han starter 1. januar 2027, og listetaket blir 600.

Fint om listen kommer opp på Helsenorge så raskt som mulig.

Med hilsen
Åse Fedde
Kvinesdal kommune
""",
    gold=dict(kind="list_change", municipality="4227", needs_review=None,
              orders=[change("new_gp", None, "Liknes legesenter", None, None, "Tobias Eikeland", "7719340",
                             D(2027, 1, 1), 600)],
              note="A new list (nulliste): no list ID and no previous GP. Received Mon 23 Nov 2026, registered Wed 25 Nov, 37 days before 1 Jan: in time; only 39 days ahead, so not visible on Helsenorge a month ahead."))

wd(D(2025, 12, 2), 1)
add(L, "i_l05_oslo_sagene_two_changes",
    date=hdate(2025, 12, 2, 9, 10, 10, UTC), sender=("Camilla Wang", "camilla.wang@bsa.oslo.kommune.no"),
    subject="Melding til fastlegeregisteret – Torshov legesenter, to lister",
    plain="""Hei,

Bydel Sagene melder to endringer på Torshov legesenter fra 1. februar 2026:

- Liste 301623: Fredrik Lunde Moe (HPR 7264018) slutter 31.01.2026. Jonas Haug, HPR 7381056, tar over listen fra 01.02.2026 med listetak 1200.
- Liste 301677: Heidi Bjerke (HPR 7250931) slutter 31.01.2026. Ingen ny lege ennå, listen blir ubesatt fra 01.02.2026 og har listetak 800.

Hilsen
Camilla Wang
rådgiver, Bydel Sagene
Oslo kommune
""",
    gold=dict(kind="list_change", municipality="0301", needs_review=False,
              orders=[change("new_gp", "301623", "Torshov legesenter", "Fredrik Lunde Moe", "7264018",
                             "Jonas Haug", "7381056", D(2026, 2, 1), 1200),
                      change("unassigned_list", "301677", "Torshov legesenter", "Heidi Bjerke", "7250931",
                             start=D(2026, 2, 1), ceiling=800)],
              note="Two changes as bullets: a new GP on one list, an unassigned list on the other; the old GPs' last days (31.01.2026) are not start dates; clinic only in the intro. Received Tue 2 Dec 2025: in time, 61 days ahead. Follow-up to i_t10."))

wd(D(2025, 5, 28), 2)
add(L, "i_l06_sigdal_ascension_after_transfer",
    date=hdate(2025, 5, 28, 14, 5, 0), sender=("Eldrid Haugerud", "eldrid.haugerud@sigdal.kommune.no"),
    subject="Ny fastlege Prestfoss fra 1. juni",
    plain="""Hei,

Audun Kolsrud (HPR 8145207) sluttet hos oss, og Line Brekke (HPR 8290614) får hans liste 333215 ved Prestfoss legekontor fra 1. juni 2025. Listetak 1000.

Ha en fin langhelg!

Eldrid Haugerud
Sigdal kommune, helse
""",
    gold=dict(kind="list_change", municipality="3332", needs_review=True,
              orders=[change("new_gp", "333215", "Prestfoss legekontor", "Audun Kolsrud", "8145207",
                             "Line Brekke", "8290614", D(2025, 6, 1), 1000)],
              note="Ascension Day (Thu 29 May 2025): received Wed 28 May, +1 Fri 30 May, +2 Mon 2 Jun: after the 1 June transfer: error, review (weekdays only would give Fri 30 May: late letters). 'langhelg' is no date."))

wd(D(2025, 9, 15), 0)
add(L, "i_l07_raelingen_unassigned_boundary_weekday",
    date=hdate(2025, 9, 15, 11, 40, 2), sender=("Jens Petter Ulvestad", "jens.petter.ulvestad@ralingen.kommune.no"),
    subject="Ubesatt fastlegeliste fra oktober",
    plain="""Hei,

Gro Amundsen (HPR 4630859) har sluttet ved Løvenstad legesenter. Listen hennes, nr. 322418, blir ubesatt fra 1. oktober 2025 og betjenes av vikar. Listetak 1000.

Hilsen
Jens Petter Ulvestad
Rælingen kommune
""",
    gold=dict(kind="list_change", municipality="3224", needs_review=False,
              orders=[change("unassigned_list", "322418", "Løvenstad legesenter", "Gro Amundsen", "4630859",
                             start=D(2025, 10, 1), ceiling=1000)],
              note="Boundary: received Mon 15 Sep 2025, registered Wed 17 Sep, exactly 14 days before 1 October: in time (at least 14 days). 16 days ahead: not visible on Helsenorge early."))

wd(D(2027, 3, 18), 3)
add(L, "i_l08_balsfjord_new_gp_matched",
    date=hdate(2027, 3, 18, 9, 0, 55), sender=("Sigrun Hanssen", "sigrun.hanssen@balsfjord.kommune.no"),
    subject="Ny lege etter Marit Storjord",
    plain="""Hei

Vi viste i september i fjor til oppsigelsen fra Marit Storjord (HPR 2718463) ved Storsteinnes legekontor. Nå har vi fått på plass en etterfølger: Henrik Olsen, HPR 3190527, overtar listen når hun slutter. Listetaket blir 1100.

Sigrun
Balsfjord kommune
""",
    gold=dict(kind="list_change", municipality="5532", needs_review=None,
              orders=[change("new_gp", None, "Storsteinnes legekontor", "Marit Storjord", "2718463",
                             "Henrik Olsen", "3190527", None, 1100, transfer=D(2027, 4, 1))],
              note="No start date: the transfer date comes from the matched termination i_t13 (1 April 2027). Received Thu 18 Mar 2027, registered Mon 22 Mar, 10 days before: late letters. no list ID in the message (and none in the registry): null."))

wd(D(2026, 10, 4), 6)
add(L, "i_l09_austevoll_sunday_after_transfer",
    date=hdate(2026, 10, 4, 19, 48, 10), sender=("Synnøve Møgster", "synnove.mogster@austevoll.kommune.no"),
    subject="Ubesett liste", extra={"X-Mailer": "iPhone Mail (23A341)"},
    plain="""Hei

Liste 462512 (Leiv Otto Drange, HPR 6194720) på Storebø legekontor er ubesett frå 1. oktober 2026. Listetak 900. Orsak at dette kjem seint.

Synnøve
Austevoll kommune

Sendt fra min iPhone
""",
    gold=dict(kind="list_change", municipality="4625", needs_review=True,
              orders=[change("unassigned_list", "462512", "Storebø legekontor", "Leiv Otto Drange", "6194720",
                             start=D(2026, 10, 1), ceiling=900)],
              note="Sent on a Sunday evening (4 Oct 2026), nynorsk, about a list unassigned since 1 October: registration Tue 6 Oct is after the transfer date: error, review."))

wd(D(2026, 4, 15), 2)
add(L, "i_l10_luster_nynorsk_in_time",
    date=hdate(2026, 4, 15, 7, 55, 20, UTC), sender=("Ragnhild Nes Bolstad", "ragnhild.bolstad@luster.kommune.no"),
    subject="Ny fastlege Gaupne",
    plain="""Hei

Marte Hauge (HPR 5116093) overtek etter Sjur Bolstad (HPR 5082719) ved Gaupne legekontor. Ho byrjar 1. juli 2026. Det gjeld liste nr. 464408, og listetaket vert 1000.

Med helsing
Ragnhild Nes Bolstad
Luster kommune
""",
    gold=dict(kind="list_change", municipality="4644", needs_review=False,
              orders=[change("new_gp", "464408", "Gaupne legekontor", "Sjur Bolstad", "5082719",
                             "Marte Hauge", "5116093", D(2026, 7, 1), 1000)],
              note="Nynorsk ('overtek etter', 'Ho byrjar', 'vert'); the list number comes after names and date. Received Wed 15 Apr 2026, 77 days ahead: in time and visible on Helsenorge. Follow-up to i_t17."))


def build_t05(m) -> bytes:
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = None
    inner = MIMEText(T05_INNER, "plain", cs)
    inner["From"] = X.addr("Ingrid Haugo Skaar", "ingrid.skaar@geilolegekontor.no")
    inner["To"] = X.addr("Kjetil Ødegården", "kjetil.odegarden@hol.kommune.no")
    inner["Date"] = hdate(2026, 5, 21, 19, 40, 2)
    inner["Subject"] = "Oppsigelse"
    inner["Message-ID"] = "<3e9a1c77-0b2d-4f1e-8c55-1d7e2a90b410@geilolegekontor.no>"
    outer = MIMEMultipart("mixed", boundary="------------HOLFWD0I05ATTACHED9QZ")
    outer.attach(MIMEText(T05_OUTER, "plain", cs))
    att = MIMEMessage(inner)
    att.add_header("Content-Disposition", "attachment", filename="Oppsigelse.eml")
    outer.attach(att)
    name, address = m["sender"]
    outer["Message-ID"] = "<9d40b6e2-77a1-4c3b-a0f8-5e1b2c3d4e5f@hol.kommune.no>"
    outer["Date"] = m["date"]
    outer["User-Agent"] = "Mozilla Thunderbird"
    outer["To"] = "post@helfo.no"
    outer["From"] = X.addr(name, address)
    outer["Subject"] = m["subject"]
    for k in ("MIME-Version", "Content-Type"):
        v = outer[k]
        del outer[k]
        outer[k] = v
    return outer.as_bytes(policy=policy.compat32.clone(linesep="\n"))


def append_rows(path: Path, rows):
    lines = path.read_text(encoding="utf-8").splitlines()
    have = set(lines[1:])
    keys = {ln.split(",")[0] for ln in lines[1:]}
    new = []
    for r in rows:
        line = ",".join(str(x) for x in r)
        if line in have:
            continue
        assert r[0] not in keys, f"{r[0]} already used by another corpus"
        new.append(line)
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) == 29 and all(n.startswith("i_") for n in names)
    append_rows(OUT / "registry" / "lists.csv", LISTS_I)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        data = build_t05(m) if m["name"].startswith("i_t05_") else X.build(m)
        BytesParser(policy=policy.default).parsebytes(data)
        (folder / f"{m['name']}.eml").write_bytes(data)
        gold = X.finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
