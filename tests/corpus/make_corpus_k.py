#!/usr/bin/env python3
"""Build the k_ corpus: one sibling for each message of the shared corpus's
termination/ (19), list_change/ (10) and manual_request/ (5) folders.

    .venv/bin/python tests/corpus/make_corpus_k.py [OUTDIR]

Each sibling keeps the shared message's "hard thing" (a forward with the
notice date in the Sendt line, 'i dag' under a UTC Date header, 'ut juli',
a leap year, a holiday next to the 14-day line, two GPs, a death, nynorsk,
HTML only, latin-1 QP, a list change matched to an earlier notice, a reply
asking to go back to automatic ...) but changes everything else: another
real municipality (2024 numbering), other people, numbers, dates (2025-2027)
and wording.  File names: k_<shared stem>_<municipality>.

Writes NAME.eml + NAME.expected.json into the kind folders and APPENDS the
lists and municipalities these messages need to registry/lists.csv and
registry/unassigned.csv (rows already present are left alone, so a rerun
changes nothing).  Deterministic: fixed Message-IDs, boundaries and dates.

Gold helpers (notice periods, transfer dates, timing findings with the
`holidays` package) are those of make_corpus.py, imported here.  People, HPR
numbers, FLR list IDs and phone numbers are made up.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
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
import make_corpus as X  # noqa: E402  (helpers only; its messages are dropped)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, term, change = X.hdate, X.term, X.change
QP, B64 = X.QP, X.B64
X.MESSAGES.clear()
add = X.add
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))

# --------------------------------------------------------------------------
# Registry rows for the k_ messages (appended to the snapshot)
# --------------------------------------------------------------------------
LISTS_K = [
    # flr, kommune, gp (the list's current GP), hpr, status, ceiling, size
    ("157914", "1579", "Eva Bråthen", "3816204", "open", 1000, 990),
    ("562807", "5628", "Ida Marie Hansen", "5231964", "open", 900, 880),
    ("421607", "4216", "Gunhild Reiersen", "3806172", "open", 750, 741),
    ("323407", "3234", "Jørgen Hovland", "4471209", "open", 1100, 1092),
    ("323415", "3234", "Randi Kolberg", "5529361", "open", 600, 598),
    ("342609", "3426", "Frode Kvalvik", "6708215", "open", 1000, 985),
    ("311003", "3110", "Wenche Skauen", "2390617", "open", 800, 790),
    ("554411", "5544", "Linn Mortensen", "7415029", "open", 900, 870),
    ("563406", "5634", "Jan Erik Lindseth", "3065842", "open", 1100, 1100),
    ("343512", "3435", "Sindre Bjølstad", "3127564", "open", 1000, 975),
    ("187512", "1875", "Rune Hestvik", "6230518", "open", 1000, 960),
]
UNASSIGNED_K = [
    ("1579", 6, "automatic"), ("4028", 0, "automatic"), ("5628", 3, "automatic"),
    ("5032", 4, "automatic"), ("4228", 1, "automatic"), ("4016", 5, "automatic"),
    ("4206", 3, "automatic"), ("3427", 2, "manual"), ("5620", 7, "automatic"),
    ("3234", 9, "automatic"), ("3423", 1, "automatic"), ("4216", 2, "automatic"),
    ("5544", 4, "automatic"), ("3432", 0, "automatic"), ("1875", 2, "automatic"),
    ("3426", 0, "automatic"), ("3435", 0, "automatic"), ("1566", 1, "automatic"),
    ("5045", 5, "automatic"), ("3110", 2, "automatic"), ("5634", 2, "automatic"),
]

for r in LISTS_K:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_K:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


def outlook(subject, name):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(("k" + name).encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""}


THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
IPHONE = {"X-Mailer": "iPhone Mail (22G86)"}
GMAILISH = {"X-Mailer": "Microsoft Outlook 16.0"}

T, L, M = "termination", "list_change", "manual_request"

# ==========================================================================
# termination/
# ==========================================================================
weekday(2026, 10, 8, 3)
S = "Fastlegeavtale sagt opp – Eva Bråthen, Elnesvågen legesenter"
add(T, "k_t01_routine_example_hustadvika",
    date=hdate(2026, 10, 8, 6, 55, 41, UTC), sender=("Randi Kvalsvik", "randi.kvalsvik@hustadvika.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t01"),
    plain="""Til Helfo

Vi har i dag, 8. oktober 2026, fått skriftlig oppsigelse av fastlegeavtalen fra Eva Bråthen ved Elnesvågen legesenter (hpr-nr. 3816204). Kommunen og legen er enige om at siste arbeidsdag blir 31. mars 2027.

Melding om ny lege eller ubesatt liste kommer på eget skjema.

Hilsen
Randi Kvalsvik
Seksjonsleder, Helse
Hustadvika kommune
Sentralbord 71 51 50 00
""",
    gold=dict(kind="termination_notice", municipality="1579",
              orders=[term("Eva Bråthen", "3816204", "Elnesvågen legesenter", D(2026, 10, 8),
                           last=D(2027, 3, 31))],
              note="The routine sentence reworded: 'i dag, 8. oktober 2026' is the notice date; stated last day 31 March 2027 (the notice period would give 30 April); Date header in UTC (+0000). flr_list_id not scored. list_change/k_l01 is the follow-up."))

weekday(2026, 3, 10, 1)
add(T, "k_t02_nynorsk_notice_period_kviteseid",
    date=hdate(2026, 3, 10, 13, 26, 5), sender=("Kviteseid kommune - Postmottak", "postmottak@kviteseid.kommune.no"),
    subject="Oppseiing av fastlegeavtale - Vrådal legekontor",
    plain="""Til Helfo, fastlegeregisteret

Fastlege Solveig Tvedt ved Vrådal legekontor har sagt opp avtalen sin med Kviteseid kommune. Vi fekk oppseiinga hennar skriftleg 09.03.2026. HPR-nummeret hennar er 4187203.

Det er ikkje avtala nokon siste arbeidsdag, så ordinær oppseiingstid på seks månader gjeld.

Kommunen sender melding om ny fastlege eller ubesett liste når det ligg føre.

Venleg helsing

Ingrid Haugsjå
einingsleiar helse
Kviteseid kommune
Tlf. 35 06 81 00
""",
    gold=dict(kind="termination_notice", municipality="4028",
              orders=[term("Solveig Tvedt", "4187203", "Vrådal legekontor", D(2026, 3, 9))],
              note="Nynorsk from a generic postmottak address (the municipality is in the display name, text and domain); notice date 09.03.2026 is the day before receipt; no last day, so six months from 1 April: 30 September 2026. flr_list_id not scored."))

weekday(2026, 6, 3, 2)
S = "Oppsigelser fra to fastleger ved Tana bru legesenter"
add(T, "k_t03_two_gps_tana",
    date=hdate(2026, 6, 3, 7, 12, 36, UTC), sender=("Mona Isaksen", "mona.isaksen@tana.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t03"),
    plain="""Hei,

To av fastlegene ved Tana bru legesenter har levert oppsigelse av fastlegeavtalen med Tana kommune:

- Lege Kristoffer Eilertsen (HPR 5230871) leverte sin oppsigelse 27.05.2026. Vi har avtalt at han har siste arbeidsdag 30.11.2026.
- Lege Ida Marie Hansen (HPR 5231964) sa opp 02.06.2026. For henne er siste arbeidsdag ennå ikke fastsatt, så ordinær oppsigelsestid på 6 måneder gjelder.

Ny fastlege eller ubesatt liste meldes for hver av listene når rekrutteringen er avklart.

Med hilsen
Mona Isaksen
Fagleder, legetjenesten
Tana kommune
""",
    gold=dict(kind="termination_notice", municipality="5628",
              orders=[term("Kristoffer Eilertsen", "5230871", "Tana bru legesenter", D(2026, 5, 27),
                           last=D(2026, 11, 30)),
                      term("Ida Marie Hansen", "5231964", "Tana bru legesenter", D(2026, 6, 2))],
              note="Two GPs in one message: the first has a stated last day (equal to his notice period), the second none, so six months from 1 July: 31 December 2026 and a transfer in 2027; 'Lege' is a title; one clinic for both. list_change/k_l03 takes over her list."))

weekday(2026, 1, 12, 0)
weekday(2026, 1, 9, 4)
S = "VS: Oppsigelse"
add(T, "k_t04_vs_forward_selbu",
    date=hdate(2026, 1, 12, 8, 4, 51, UTC), sender=("Kari Solem", "kari.solem@selbu.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t04"),
    plain="""Hei Helfo,

Videresender oppsigelsen vi fikk fra Anders Fjeldstad, fastlege ved Mebonden legesenter, før helgen. Den er registrert hos oss.

Vennlig hilsen
Kari Solem
Rådgiver, Helse og omsorg
Selbu kommune
Tlf. 73 81 67 00

Fra: Anders Fjeldstad <anders.fjeldstad@mebondenlegesenter.no>
Sendt: fredag 9. januar 2026 15:47
Til: Kari Solem <kari.solem@selbu.kommune.no>
Emne: Oppsigelse

Hei Kari,

Som vi snakket om på telefonen: jeg sier opp fastlegeavtalen min med Selbu kommune fra i dag. Etter oppsigelsestiden blir 31. juli 2026 min siste arbeidsdag på Mebonden legesenter.

Mitt HPR-nummer er 6049318.

Beste hilsen
Anders Fjeldstad
Lege, spesialist i allmennmedisin
Mebonden legesenter
""",
    gold=dict(kind="termination_notice", municipality="5032",
              orders=[term("Anders Fjeldstad", "6049318", "Mebonden legesenter", D(2026, 1, 9),
                           last=D(2026, 7, 31), flr=None)],
              note="Outlook inline forward (VS:) sent Monday 12 Jan 2026; the GP's 'fra i dag' is the day of his own mail (Sendt: fredag 9. januar 2026), not the forward's date; HPR only in the GP's text; last day 31. juli 2026 stated."))

# t05: forwarded as an attached message (Thunderbird), LF line endings
weekday(2026, 2, 4, 2)
weekday(2026, 2, 5, 3)
add(T, "k_t05_fwd_attached_sirdal",
    date=hdate(2026, 2, 5, 9, 17, 2), sender=("Bjørg Tonstad", "bjorg.tonstad@sirdal.kommune.no"),
    subject="Fwd: Oppsigelse av fastlegeavtalen",
    plain="", extra=THUNDERBIRD,
    gold=dict(kind="termination_notice", municipality="4228",
              orders=[term("Hanne Lovise Berge", "7302615", "Tonstad legesenter", D(2026, 2, 4),
                           last=D(2026, 8, 31), flr=None)],
              note="Forwarded as a message/rfc822 attachment (Thunderbird 'Fwd:'), LF line endings; every fact is inside the attached mail; the letter's date (4. februar 2026) is the notice date; '1. mars 2026' is when the notice period starts, not a last day."))
T05_OUTER = """Hei,

Se vedlagt e-post fra Hanne Lovise Berge ved Tonstad legesenter. Oppsigelsen er journalført hos oss.

Mvh
Bjørg Tonstad
Konsulent, helse og velferd
Sirdal kommune
"""
T05_INNER = """Tonstad, 4. februar 2026

Til Sirdal kommune v/ helse og velferd

Med dette sier jeg opp min fastlegeavtale med kommunen. Oppsigelsestiden på seks måneder løper fra 1. mars 2026, og min siste arbeidsdag vil være 31. august 2026.

HPR-nr.: 7302615

Med hilsen
Hanne Lovise Berge
fastlege, Tonstad legesenter
"""

weekday(2025, 11, 5, 2)
add(T, "k_t06_html_only_drangedal",
    date=hdate(2025, 11, 5, 10, 22, 48), sender=("Anja Tangen", "anja.tangen@drangedal.kommune.no"),
    subject="Oppsigelse fastlegeavtale Prestestranda legekontor",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<div>God dag,</div>
<div>&nbsp;</div>
<div>Her er opplysningene om en fastlege som har sagt opp avtalen med Drangedal kommune:</div>
<div>&nbsp;</div>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border:1px solid #999">
<tr><th align="left">Legekontor</th><td>Prestestranda&nbsp;legekontor</td></tr>
<tr><th align="left">Fastlege</th><td>S&oslash;ren&nbsp;Holtet</td></tr>
<tr><th align="left">HPR</th><td>2948163</td></tr>
<tr><th align="left">Dato for oppsigelse</th><td>3.11.25</td></tr>
<tr><th align="left">Siste dag i avtalen</th><td>30.4.26</td></tr>
<tr><th align="left">Grunn</th><td>Sier opp selv &ndash; ny jobb i sykehus</td></tr>
</table>
<div>&nbsp;</div>
<div>Melding om ny fastlege sendes n&aring;r listen er besatt.</div>
<div>&nbsp;</div>
<div>Vennlig hilsen<br>Anja Tangen<br>Helse og omsorg<br>Drangedal kommune<br>Telefon 35 99 70 00</div>
</body></html>
""",
    gold=dict(kind="termination_notice", municipality="4016",
              orders=[term("Søren Holtet", "2948163", "Prestestranda legekontor", D(2025, 11, 3),
                           last=D(2026, 4, 30), flr=None)],
              note="HTML only (no text/plain part): a two-column table with th labels in another order (clinic first), entities (&oslash;, &aring;, &nbsp;, &ndash;), short dates 3.11.25 and 30.4.26 (stated, a month before the notice period ends)."))

weekday(2026, 3, 18, 2)
add(T, "k_t07_latin1_qp_farsund",
    date=hdate(2026, 3, 18, 14, 2, 33), sender=("Sigbjørn Eftestøl", "sigbjorn.eftestol@farsund.kommune.no"),
    subject="Oppsigelse fra fastlege Tor Åge Sløgedal", charset="iso-8859-1", enc=QP, extra=GMAILISH,
    plain="""Hei!

Tor Åge Sløgedal, fastlege ved Vanse legesenter, har levert oppsigelse av fastlegeavtalen. Oppsigelsen er datert 16.03.2026. Hpr.nr. 611 40 57.

Kommunen har godtatt at han fratrer før oppsigelsestiden er omme. Han blir i stillingen ut juli 2026.

Hilsen
Sigbjørn Eftestøl
Kommunalsjef helse
Farsund kommune
Tlf. 38 38 20 00
""",
    gold=dict(kind="termination_notice", municipality="4206",
              orders=[term("Tor Åge Sløgedal", "6114057", "Vanse legesenter", D(2026, 3, 16),
                           last=D(2026, 7, 31), flr=None)],
              note="ISO-8859-1 quoted-printable body and encoded-word subject (Å, ø); HPR written 'Hpr.nr. 611 40 57'; 'ut juli 2026' is a stated last day (31 July), two months before the notice period would end."))

weekday(2026, 9, 7, 0)
S = "Pensjonering - fastlege Halvor Kjelstad"
add(T, "k_t08_retirement_70_tynset",
    date=hdate(2026, 9, 7, 11, 30, 19), sender=("Elin Bergum", "elin.bergum@tynset.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t08"),
    plain="""Hei,

Fastlege dr. Halvor Kjelstad fyller 70 år 22. januar 2027. Han har i dag levert skriftlig melding om at han da går av med alderspensjon, og etter avtale blir siste arbeidsdag 31. januar 2027.

Kjelstad er fastlege ved Tynset legekontor, HPR-nummer 2873410.

Tynset kommune gir beskjed om hvem som overtar listen.

Vennlig hilsen
Elin Bergum
Kommuneoverlege
Tynset kommune
""",
    gold=dict(kind="termination_notice", municipality="3427",
              orders=[term("Halvor Kjelstad", "2873410", "Tynset legekontor", D(2026, 9, 7),
                           reason="retirement", last=D(2027, 1, 31), flr=None)],
              note="Retirement at 70 ('alderspensjon'): reason retirement; 'i dag' is the Date header's day (7 Sep 2026); the 70th birthday 22. januar 2027 comes first and is a distractor; two titles ('Fastlege dr.')."))

weekday(2026, 8, 14, 4)
weekday(2026, 8, 18, 1)
S = "Dødsfall - fastlege Per Ivar Mikkelsen, Honningsvåg legekontor"
add(T, "k_t09_death_nordkapp",
    date=hdate(2026, 8, 18, 6, 40, 2, UTC), sender=("Kirsti Nilsen", "kirsti.nilsen@nordkapp.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t09"),
    plain="""Til Helfo

Nordkapp kommune må dessverre melde at vår fastlege Per Ivar Mikkelsen ved Honningsvåg legekontor gikk bort fredag 14. august 2026. HPR-nr. 6487120.

Inntil videre dekkes listen av vikarer. Vi sender melding til fastlegeregisteret om ny lege eller ubesatt liste så snart vi kan.

Med vennlig hilsen
Kirsti Nilsen
Virksomhetsleder helse
Nordkapp kommune
""",
    gold=dict(kind="termination_notice", municipality="5620", needs_review=None,
              orders=[term("Per Ivar Mikkelsen", "6487120", "Honningsvåg legekontor", None,
                           reason="death", flr=None, score_notice=False)],
              note="Death ('gikk bort'): no notice period, no last day or transfer date (null, basis unknown); notice_date not scored; review either way."))

weekday(2025, 11, 21, 4)
S = "oppsigelse - Jørgen Hovland"
add(T, "k_t10_ut_month_lunner",
    date=hdate(2025, 11, 21, 12, 3, 54, UTC), sender=("Marte Fossum", "marte.fossum@lunner.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t10"),
    plain="""Hei!

Bare så dere vet: Jørgen Hovland (HPR 4471209) ved Harestua legesenter har sagt opp. Vi fikk oppsigelsen 19.11.25, og han blir her ut mai 2026.

Ny lege meldes når vi har en.

mvh Marte
--
Marte Fossum
Rådgiver
Lunner kommune
""",
    gold=dict(kind="termination_notice", municipality="3234",
              orders=[term("Jørgen Hovland", "4471209", "Harestua legesenter", D(2025, 11, 19),
                           last=D(2026, 5, 31))],
              note="Informal; '(HPR 4471209)'; two-digit year '19.11.25'; 'ut mai 2026' is a stated last day (31 May, which happens to equal the notice period). flr_list_id not scored. list_change/k_l05 is the follow-up."))

weekday(2026, 4, 16, 3)
add(T, "k_t11_slash_dates_stor_elvdal",
    date=hdate(2026, 4, 16, 9, 14, 7), sender=("Roger Nordby", "roger.nordby@stor-elvdal.kommune.no"),
    subject="Ang. oppsigelse av fastlegeavtale",
    plain="""Hei

Oppsigelse fastlegeavtale: Trude Berger, Koppang legesenter, hprnr 507 23 86. Sagt opp 14/4-26, siste arbeidsdag 31/10-26.

Hilsen
Roger Nordby
Helse og mestring
Stor-Elvdal kommune
""",
    gold=dict(kind="termination_notice", municipality="3423",
              orders=[term("Trude Berger", "5072386", "Koppang legesenter", D(2026, 4, 14),
                           last=D(2026, 10, 31), flr=None)],
              note="Dates in the d/m-yy style ('14/4-26', '31/10-26'); HPR 'hprnr 507 23 86' with spaces; clinic between commas without a preposition."))

weekday(2025, 10, 9, 3)
S = "Oppsigelse fastlegeavtale – Birkeland legesenter (vår ref. 25/3187)"
add(T, "k_t12_distractors_birkenes",
    date=hdate(2025, 10, 9, 7, 31, 26, UTC), sender=("Eirik Løyning", "eirik.loyning@birkenes.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t12"),
    plain="""Hei,

Som avtalt i møtet med Helfo 6.10.25 sender vi her melding om oppsigelse.

Fastlege Gunhild Reiersen ved Birkeland legesenter (HPR-nr. 3806172) leverte oppsigelse av fastlegeavtalen 8.10.25. Det er ikke avtalt noen siste arbeidsdag, så den ordinære oppsigelsestiden på seks måneder gjelder.

Stillingen lyses ut med frist 17.11.25. Melding til fastlegeregisteret kommer når ny lege er tilsatt.

Med vennlig hilsen

Eirik Løyning
Rådgiver | Helse og omsorg
Birkenes kommune
Org.nr. 964 966 753
Tlf. 37 27 50 00 | Mob. 907 31 558
Vår ref. 25/3187 – vennligst oppgi ved svar
""",
    gold=dict(kind="termination_notice", municipality="4216",
              orders=[term("Gunhild Reiersen", "3806172", "Birkeland legesenter", D(2025, 10, 8))],
              note="Distractor dates (meeting 6.10.25, application deadline 17.11.25) and numbers (org.nr., phone, mobile, case ref 25/3187) around the real notice date 8.10.25; notice period from 1 November gives 30 April 2026. flr_list_id not scored. list_change/k_l02 is the follow-up."))

# t13: 'i dag' under a UTC Date header that is already the next day in Oslo
weekday(2026, 11, 30, 0)
S = "Oppsigelse - fastlege ved Storslett legesenter"
add(T, "k_t13_i_dag_nordreisa",
    date=hdate(2026, 11, 30, 23, 24, 10, UTC), sender=("Ann-Helen Olsen", "ann-helen.olsen@nordreisa.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t13"),
    plain="""Hei,

Linn Mortensen, fastlege ved Storslett legesenter, har i dag levert skriftlig oppsigelse av fastlegeavtalen. Siste arbeidsdag er ikke avtalt, så vi går ut fra ordinær oppsigelsestid.

HPR: 7415029

Hilsen
Ann-Helen Olsen
Nordreisa kommune, helse og omsorg
""",
    gold=dict(kind="termination_notice", municipality="5544",
              orders=[term("Linn Mortensen", "7415029", "Storslett legesenter", D(2026, 12, 1))],
              note="'i dag' is the only notice date and the Date header is Mon 30 Nov 2026 23:24 UTC = Tue 1 Dec 00:24 in Oslo: notice 1 December, so the notice period runs from 1 January to 30 June 2027 (the UTC day would give 31 May). flr_list_id not scored. list_change/k_l08 refers back to this notice."))

weekday(2026, 9, 17, 3)
add(T, "k_t14_nynorsk_no_year_lesja",
    date=hdate(2026, 9, 17, 15, 42, 9), sender=("Gaute Bakken", "gaute.bakken@lesja.kommune.no"),
    subject="Fastlege seier opp",
    html=True, extra={"X-Mailer": "Microsoft Outlook 16.0"},
    plain="""Hei!

Kort melding frå oss: Guri Sletten ved Lesja legekontor (hpr 2605813) har sagt opp fastlegeavtalen. Oppseiinga kom 15. september, og siste arbeidsdagen hennar blir 28. februar.

Ny lege vert meld når vi har ein.

Helsing
Gaute Bakken
Lesja kommune
""",
    gold=dict(kind="termination_notice", municipality="3432",
              orders=[term("Guri Sletten", "2605813", "Lesja legekontor", D(2026, 9, 15),
                           last=D(2027, 2, 28), flr=None)],
              note="Nynorsk, informal; dates without a year: '15. september' is this year (2026), 'siste arbeidsdagen ... 28. februar' is next year (2027), stated, a month before the notice period ends."))

weekday(2026, 6, 30, 1)
S = "Oppsigelse – listenr. 187512, Oppeid legekontor"
add(T, "k_t15_list_id_hamaroy",
    date=hdate(2026, 6, 30, 8, 47, 15, UTC), sender=("Geir Ove Sandvik", "geir.ove.sandvik@hamaroy.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t15"),
    plain="""Til fastlegeregisteret i Helfo

Hamarøy kommune har 29. juni 2026 mottatt oppsigelse fra fastlege Rune Hestvik (HPR-nr. 6230518). Han har listenr. 187512 ved Oppeid legekontor.

Avtalt siste arbeidsdag er 31. desember 2026.

Med hilsen
Geir Ove Sandvik
Leder legetjenesten
Hamarøy kommune
""",
    gold=dict(kind="termination_notice", municipality="1875",
              orders=[term("Rune Hestvik", "6230518", "Oppeid legekontor", D(2026, 6, 29),
                           last=D(2026, 12, 31), flr="187512")],
              forbid=X.BASE_FORBID + ["list_unknown", "list_other_municipality"],
              note="The FLR list is given ('listenr. 187512', in the registry for Hamarøy); last day 31 December 2026, so the transfer date is 1 January 2027."))

weekday(2025, 10, 8, 2)
weekday(2026, 2, 12, 3)
S = "Oppsigelse av fastlegeavtale – Kari Flaten"
add(T, "k_t16_mid_month_tolga",
    date=hdate(2025, 10, 8, 11, 5, 37, UTC), sender=("Siri Kåsa", "siri.kasa@tolga.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t16"),
    plain="""Hei,

Fastlege Kari Flaten ved Tolga legekontor sa opp fastlegeavtalen sin med brev datert 1. oktober 2025. Hennes HPR-nummer er 5918436.

Kommunen har gitt henne fritak fra resten av oppsigelsestiden, slik at siste arbeidsdag blir torsdag 12. februar 2026.

Med vennlig hilsen
Siri Kåsa
Kommuneoverlege
Tolga kommune
""",
    gold=dict(kind="termination_notice", municipality="3426",
              orders=[term("Kari Flaten", "5918436", "Tolga legekontor", D(2025, 10, 1),
                           last=D(2026, 2, 12), flr=None)],
              note="Last working day in the middle of a month (torsdag 12. februar 2026): the transfer date is still the 1st of the next month (1 March). Notice on the 1st of a month (1. oktober 2025)."))

weekday(2026, 12, 16, 2)
S = "Oppseiing fastlegeavtale - Vågå legekontor"
add(T, "k_t17_december_vaga",
    date=hdate(2026, 12, 16, 9, 58, 3, UTC), sender=("Torunn Kleiven", "torunn.kleiven@vaga.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t17"),
    plain="""Hei

Vi melder at Sindre Bjølstad (HPR 3127564), fastlege ved Vågå legekontor, leverte oppseiing av fastlegeavtalen 14.12.2026.

Det er ikkje avtala kva dag som blir den siste. Vi reknar difor med vanleg oppseiingstid, seks månader.

Med helsing
Torunn Kleiven
Tenesteleiar helse
Vågå kommune
""",
    gold=dict(kind="termination_notice", municipality="3435",
              orders=[term("Sindre Bjølstad", "3127564", "Vågå legekontor", D(2026, 12, 14))],
              note="Nynorsk; notice in December (14.12.2026), so the notice period runs from 1 January to 30 June 2027, transfer 1 July 2027. flr_list_id not scored. list_change/k_l10 is the follow-up."))

weekday(2027, 8, 23, 0)
weekday(2027, 8, 25, 2)
S = "Oppseiing av fastlegeavtale, Skei legekontor"
add(T, "k_t18_leap_year_surnadal",
    date=hdate(2027, 8, 25, 11, 36, 50, UTC), sender=("Marit Hoel", "marit.hoel@surnadal.kommune.no"),
    subject=S, html=True, extra=outlook(S, "t18"),
    plain="""Hei,

Fastlege Ola Brekke ved Skei legekontor leverte måndag 23. august oppseiing av avtalen sin med Surnadal kommune. hpr-nr 6340981.

Siste arbeidsdag er ikkje avtala, og han har vanleg oppseiingstid på seks månader.

Vi sender melding om ny fastlege når det er klart.

Venleg helsing
Marit Hoel
rådgjevar, helse og omsorg
Surnadal kommune
""",
    gold=dict(kind="termination_notice", municipality="1566",
              orders=[term("Ola Brekke", "6340981", "Skei legekontor", D(2027, 8, 23))],
              note="Nynorsk; notice date without a year ('måndag 23. august', 2027); six months from 1 September 2027 end on 29 February 2028 (leap year), transfer 1 March 2028. flr_list_id not scored."))

weekday(2026, 3, 2, 0)
add(T, "k_t19_gp_direct_grong",
    date=hdate(2026, 3, 2, 16, 12, 28), sender=("Jonas Aune", "jonas.aune@gronglegesenter.no"),
    subject="Oppsigelse fastlegeavtale - Jonas Aune",
    html=True, extra={"Cc": "postmottak@grong.kommune.no", "X-Mailer": "Microsoft Outlook 16.0"},
    plain="""Hei Helfo

Jeg har i dag levert oppsigelse av fastlegeavtalen min med Grong kommune. Jeg er fastlege ved Grong legesenter, HPR-nr. 7760342. Kommunen og jeg har avtalt at siste arbeidsdag blir 31.07.2026.

Kommunen har fått kopi og melder ny lege.

Mvh
Jonas Aune
Fastlege
Grong legesenter
""",
    gold=dict(kind="termination_notice", municipality="5045", needs_review=None,
              orders=[term("Jonas Aune", "7760342", "Grong legesenter", D(2026, 3, 2),
                           last=D(2026, 7, 31), flr=None)],
              note="Sent by the GP himself from the clinic's domain, the municipality only in the text (kommune in Cc); 'i dag' from the Date header (2 March 2026); stated last day 31.07.2026; review either way."))

# ==========================================================================
# list_change/
# ==========================================================================
weekday(2027, 2, 3, 2)
S = "Melding til fastlegeregisteret – overtakelse av liste 157914"
add(L, "k_l01_new_gp_in_time_hustadvika",
    date=hdate(2027, 2, 3, 9, 10, 27, UTC), sender=("Randi Kvalsvik", "randi.kvalsvik@hustadvika.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l01"),
    plain="""Melding til fastlegeregisteret – Hustadvika kommune (1579)

Endring: ny lege overtar liste
Listenummer (FLR): 157914
Dato for overtakelse: 01.04.2027
Legekontor: Elnesvågen legesenter
Listetak: 1000

Lege som slutter: Eva Bråthen, HPR 3816204
Lege som overtar: Sara Lyngstad, HPR 6195327

Innbyggerne på listen flyttes til ny lege fra overtakelsesdatoen.

Hilsen
Randi Kvalsvik
Seksjonsleder, Helse
Hustadvika kommune
""",
    gold=dict(kind="list_change", municipality="1579",
              orders=[change("new_gp", "157914", "Elnesvågen legesenter", "Eva Bråthen", "3816204",
                             "Sara Lyngstad", "6195327", start=D(2027, 4, 1), ceiling=1000)],
              note="Form-like 'Melding til fastlegeregisteret' in the body with labels in another order; follow-up to termination/k_t01. Received Wed 3 Feb 2027, registered Fri 5 Feb, 55 days before 1 April: in time; 57 days ahead, so visible on Helsenorge."))

weekday(2026, 4, 29, 2)
S = "Liste 421607 blir ubesatt fra 1. mai"
add(L, "k_l02_unassigned_labour_day_birkenes",
    date=hdate(2026, 4, 29, 13, 40, 6, UTC), sender=("Eirik Løyning", "eirik.loyning@birkenes.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l02"),
    plain="""Hei,

Vi viser til oppsigelsen vi meldte i oktober fra fastlege Gunhild Reiersen (HPR 3806172) ved Birkeland legesenter. Hun slutter hos oss nå i april.

Rekrutteringen har ikke lykkes. Fra 1. mai 2026 er liste 421607 derfor ubesatt, og den drives med vikarlege inntil videre. Listetaket er uendret 750.

Vennlig hilsen

Eirik Løyning
Rådgiver | Helse og omsorg
Birkenes kommune
""",
    gold=dict(kind="list_change", municipality="4216",
              orders=[change("unassigned_list", "421607", "Birkeland legesenter", "Gunhild Reiersen",
                             "3806172", start=D(2026, 5, 1), ceiling=750)],
              note="Holiday at the line: received Wed 29 Apr 2026; +1 Thu 30 Apr, and 1 May (Fri) is a public holiday, so +2 is Mon 4 May, after the 1 May transfer: error, review (counting weekdays only gives Fri 1 May, on the transfer: late letters). Follow-up to termination/k_t12."))

weekday(2026, 12, 30, 2)
S = "Melding til fastlegeregisteret - ny lege på liste 562807"
add(L, "k_l03_new_gp_after_transfer_tana",
    date=hdate(2026, 12, 30, 9, 40, 12, UTC), sender=("Mona Isaksen", "mona.isaksen@tana.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l03"),
    plain="""Hei,

Fra 1. januar 2027 tar Marius Strøm (HPR 6871530) over liste 562807 ved Tana bru legesenter. Han etterfølger Ida Marie Hansen (HPR 5231964). Listetaket blir 900.

Vi beklager at meldingen kommer så tett på – avtalen med Strøm kom på plass først i går.

Med hilsen
Mona Isaksen
Fagleder, legetjenesten
Tana kommune
""",
    gold=dict(kind="list_change", municipality="5628",
              orders=[change("new_gp", "562807", "Tana bru legesenter", "Ida Marie Hansen", "5231964",
                             "Marius Strøm", "6871530", start=D(2027, 1, 1), ceiling=900)],
              note="New Year: received Wed 30 Dec 2026; +1 Thu 31 Dec, 1 Jan 2027 (Fri) is a holiday, +2 Mon 4 Jan, after the 1 Jan transfer: error, review (weekdays only would give Fri 1 Jan, on the transfer). 'i går' is a distractor. Follow-up to termination/k_t03."))

weekday(2026, 9, 22, 1)
S = "Ny fastlegehjemmel ved Vanse legesenter"
add(L, "k_l04_zero_list_farsund",
    date=hdate(2026, 9, 22, 7, 15, 50, UTC), sender=("Lene Fidje", "lene.fidje@farsund.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l04"),
    plain="""Hei,

Farsund kommune har opprettet en ny fastlegehjemmel ved Vanse legesenter, og det skal etableres en ny liste uten innbyggere (0-liste).

Lege: Tuva Rafoss
HPR-nummer: 5064218
Listen starter: 1. november 2026
Listetak: 800

Gi gjerne beskjed dersom dere trenger mer fra oss for at listen skal kunne velges på Helsenorge.

Mvh
Lene Fidje
Rådgiver helse
Farsund kommune
""",
    gold=dict(kind="list_change", municipality="4206", needs_review=None,
              orders=[change("new_gp", None, "Vanse legesenter", None, None, "Tuva Rafoss", "5064218",
                             start=D(2026, 11, 1), ceiling=800)],
              note="A new list (0-liste): no list ID and no previous GP. Received Tue 22 Sep 2026, registered Thu 24 Sep, 38 days before 1 Nov: in time; but only 40 days ahead, so not visible on Helsenorge a month ahead."))

weekday(2026, 3, 3, 1)
S = "Melding til fastlegeregisteret – to lister ved Harestua legesenter"
add(L, "k_l05_two_changes_lunner",
    date=hdate(2026, 3, 3, 12, 21, 44, UTC), sender=("Marte Fossum", "marte.fossum@lunner.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l05"),
    plain="""Hei,

Vi har to endringer for lister ved Harestua legesenter:

Liste 323407: Jørgen Hovland (HPR 4471209) har siste arbeidsdag 31.05.2026. Listen overtas fra 01.06.2026 av Aisha Karimi (HPR 6624870), med listetak 1100.

Liste 323415: Randi Kolberg (HPR 5529361) slutter samme dag, 31.05.2026. Her har vi ikke fått ny lege, så listen blir ubesatt fra 01.06.2026 og betjenes av vikar. Listetaket er 600.

Hilsen
Marte Fossum
Rådgiver
Lunner kommune
""",
    gold=dict(kind="list_change", municipality="3234",
              orders=[change("new_gp", "323407", "Harestua legesenter", "Jørgen Hovland", "4471209",
                             "Aisha Karimi", "6624870", start=D(2026, 6, 1), ceiling=1100),
                      change("unassigned_list", "323415", "Harestua legesenter", "Randi Kolberg",
                             "5529361", start=D(2026, 6, 1), ceiling=600)],
              note="Two list changes in one message: a new GP on one list and an unassigned list on the other; the old GPs' last days (31.05.2026) are not start dates; the clinic is named once, in the introduction. Received Tue 3 Mar 2026: in time, 90 days ahead. Follow-up to termination/k_t10."))

weekday(2027, 5, 14, 4)
S = "Ny fastlege på liste 342609 fra 1. juni"
add(L, "k_l06_whit_monday_17_mai_tolga",
    date=hdate(2027, 5, 14, 12, 20, 31, UTC), sender=("Siri Kåsa", "siri.kasa@tolga.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l06"),
    plain="""Hei,

Liste 342609 ved Tolga legekontor får ny fastlege fra 1. juni 2027. Jostein Reitan, HPR 5741063, overtar etter Frode Kvalvik (HPR 6708215). Listetaket er 1000.

Ha en fin pinse og en god 17. mai!

Med vennlig hilsen
Siri Kåsa
Kommuneoverlege
Tolga kommune
""",
    gold=dict(kind="list_change", municipality="3426",
              orders=[change("new_gp", "342609", "Tolga legekontor", "Frode Kvalvik", "6708215",
                             "Jostein Reitan", "5741063", start=D(2027, 6, 1), ceiling=1000)],
              note="Received Fri 14 May 2027; Mon 17 May 2027 is both Constitution Day and Whit Monday, so registration is Wed 19 May, 13 days before 1 June: late letters (weekdays only would give Tue 18 May, 14 days, in time). The pinse/17. mai greeting is a distractor."))

weekday(2027, 2, 11, 3)
add(L, "k_l07_unassigned_boundary_hvaler",
    date=hdate(2027, 2, 11, 10, 5, 22), sender=("Bente Olsen", "bente.olsen@hvaler.kommune.no"),
    subject="Ubesatt fastlegeliste 311003 fra 1. mars 2027",
    plain="""Hei.

Fra 1. mars 2027 er fastlegeliste 311003 ubesatt. Listen har tilhørt Wenche Skauen (HPR 2390617) ved Skjærhalden legekontor, og den betjenes av vikar til ny lege er på plass. Listetak 800.

Mvh
Bente Olsen
Helse og velferd
Hvaler kommune
""",
    gold=dict(kind="list_change", municipality="3110",
              orders=[change("unassigned_list", "311003", "Skjærhalden legekontor", "Wenche Skauen",
                             "2390617", start=D(2027, 3, 1), ceiling=800)],
              note="Boundary at the end of a 28-day February: received Thu 11 Feb 2027, registered Mon 15 Feb (over the weekend), exactly 14 days before 1 March 2027: 'at least 14 days' = in time. Only 18 days ahead: not visible on Helsenorge early."))

weekday(2027, 6, 16, 2)
S = "Ny fastlege etter Linn Mortensen"
add(L, "k_l08_new_gp_matched_nordreisa",
    date=hdate(2027, 6, 16, 10, 15, 3, UTC), sender=("Ann-Helen Olsen", "ann-helen.olsen@nordreisa.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l08"),
    plain="""Hei,

Vi viser til meldingen vår 1. desember om at fastlege Linn Mortensen (HPR 7415029) ved Storslett legesenter har sagt opp.

Nordreisa kommune har nå ansatt Tobias Rasmussen (HPR 6903174). Han overtar listen hennes når hun fratrer. Listetaket settes til 800.

Hilsen
Ann-Helen Olsen
Nordreisa kommune, helse og omsorg
""",
    gold=dict(kind="list_change", municipality="5544", needs_review=None,
              orders=[change("new_gp", None, "Storslett legesenter", "Linn Mortensen", "7415029",
                             "Tobias Rasmussen", "6903174", start=None, ceiling=800,
                             transfer=D(2027, 7, 1))],
              note="No start date: the transfer date comes from the matched termination k_t13 (1 July 2027). Received Wed 16 Jun 2027, registered Fri 18 Jun, 13 days before: late letters. '1. desember' is the old notice, not a start date."))

weekday(2026, 3, 7, 5)
add(L, "k_l09_saturday_after_transfer_vardo",
    date=hdate(2026, 3, 7, 10, 48, 19), sender=("Elisabeth Moe", "elisabeth.moe@vardo.kommune.no"),
    subject="Liste ubesatt fra 01.03",
    extra=IPHONE,
    plain="""Hei

Liste 563406 ved Vardø legesenter er ubesatt fra 01.03.2026. Fastlege var Jan Erik Lindseth (HPR 3065842). Listetaket er 1100.

Sorry for sen beskjed, vi har hatt mye sykdom i kommunen.

Hilsen Elisabeth Moe
Vardø kommune

Sendt fra min iPhone
""",
    gold=dict(kind="list_change", municipality="5634",
              orders=[change("unassigned_list", "563406", "Vardø legesenter", "Jan Erik Lindseth",
                             "3065842", start=D(2026, 3, 1), ceiling=1100)],
              note="Sent from an iPhone on a Saturday (7 Mar 2026) about a list unassigned since 1 March: registration Tue 10 Mar is after the transfer date: error, review."))

weekday(2027, 4, 19, 0)
S = "Melding til fastlegeregisteret - ny lege Vågå legekontor"
add(L, "k_l10_nynorsk_in_time_vaga",
    date=hdate(2027, 4, 19, 8, 2, 45, UTC), sender=("Torunn Kleiven", "torunn.kleiven@vaga.kommune.no"),
    subject=S, html=True, extra=outlook(S, "l10"),
    plain="""Hei

Eline Haugen (HPR 7038162) vert ny fastlege ved Vågå legekontor og tek over etter Sindre Bjølstad (HPR 3127564) frå 1. juli 2027. Det gjeld liste 343512, og listetaket er 1000.

Med helsing
Torunn Kleiven
Tenesteleiar helse
Vågå kommune
""",
    gold=dict(kind="list_change", municipality="3435",
              orders=[change("new_gp", "343512", "Vågå legekontor", "Sindre Bjølstad", "3127564",
                             "Eline Haugen", "7038162", start=D(2027, 7, 1), ceiling=1000)],
              note="Nynorsk ('vert ny fastlege', 'tek over etter', 'frå', 'Det gjeld liste'); the list number comes after the names and the date. Received Mon 19 Apr 2027, 73 days ahead: in time and early enough for Helsenorge. Follow-up to termination/k_t17."))

# ==========================================================================
# manual_request/
# ==========================================================================
MAN = dict(kind="manual_distribution_request", orders=[{"type": "manual_distribution", "enable": True}])
MAN_OFF = dict(kind="manual_distribution_request", orders=[{"type": "manual_distribution", "enable": False}])

weekday(2026, 1, 20, 1)
S = "Fastlege – manuell fordeling"
add(M, "k_m01_en_dash_drangedal",
    date=hdate(2026, 1, 20, 8, 33, 12, UTC), sender=("Anja Tangen", "anja.tangen@drangedal.kommune.no"),
    subject=S, html=True, extra=outlook(S, "m01"),
    plain="""Hei,

Fra nå av vil Drangedal kommune selv fordele innbyggerne som står uten plass på en fastlegeliste. Vi ber om at Helfo skrur av automatisk tildeling av fastlege for Drangedal.

Spørsmål om dette kan rettes til meg.

Vennlig hilsen
Anja Tangen
Helse og omsorg
Drangedal kommune
""",
    gold=dict(MAN, municipality="4016",
              note="The subject exactly as Helsedirektoratet asks: 'Fastlege – manuell fordeling' with an en dash (encoded-word subject); the body asks Helfo to switch automatic assignment off."))

weekday(2026, 5, 6, 2)
add(M, "k_m02_hyphen_nynorsk_kviteseid",
    date=hdate(2026, 5, 6, 14, 8, 39), sender=("Ingrid Haugsjå", "ingrid.haugsja@kviteseid.kommune.no"),
    subject="Fastlege - manuell fordeling",
    plain="""Hei

Kviteseid kommune vil sjølv fordele innbyggjarane som ikkje har plass på ei fastlegeliste. Vi ber difor om at den automatiske tildelinga vert slått av for kommunen.

Med helsing
Ingrid Haugsjå
einingsleiar helse
Kviteseid kommune
""",
    gold=dict(MAN, municipality="4028",
              note="Plain hyphen in the subject; nynorsk body ('sjølv fordele', 'innbyggjarane', 'tildelinga vert slått av')."))

weekday(2026, 9, 3, 3)
weekday(2026, 9, 1, 1)
S = "SV: Fastlege – manuell fordeling"
add(M, "k_m03_sv_confirmation_selbu",
    date=hdate(2026, 9, 3, 6, 51, 27, UTC), sender=("Kari Solem", "kari.solem@selbu.kommune.no"),
    subject=S, html=True, extra=outlook(S, "m03"),
    plain="""Hei, ja – Selbu kommune ønsker manuell fordeling. Vennligst slå av automatisk tildeling for oss.

Hilsen
Kari Solem
Rådgiver, Helse og omsorg
Selbu kommune

Fra: Helfo <post@helfo.no>
Sendt: tirsdag 1. september 2026 12:40
Til: Kari Solem <kari.solem@selbu.kommune.no>
Emne: SV: Fastlege – manuell fordeling

Hei,

E-posten under kom fram til oss uten innhold. Ønsker Selbu kommune å gå over til manuell fordeling av innbyggere som står uten fastlege?

Med vennlig hilsen
Helfo

Fra: Kari Solem <kari.solem@selbu.kommune.no>
Sendt: mandag 31. august 2026 16:05
Til: post@helfo.no
Emne: Fastlege – manuell fordeling

""",
    gold=dict(MAN, municipality="5032",
              note="'SV:' reply: the confirmation is the short text on top; Helfo's quoted question and an empty original follow."))

weekday(2026, 10, 29, 3)
add(M, "k_m04_back_to_automatic_tynset",
    date=hdate(2026, 10, 29, 11, 4, 56), sender=("Elin Bergum", "elin.bergum@tynset.kommune.no"),
    subject="Sv: Fastlege-manuell fordeling", extra=IPHONE,
    plain="""Hei,

Etter et halvt år med manuell fordeling ønsker Tynset kommune å gå tilbake til automatisk tildeling av fastlege for innbyggere som mangler listeplass. Vi ber om at dette gjøres så snart det lar seg gjøre.

Hilsen
Elin Bergum
Kommuneoverlege, Tynset kommune

Sendt fra min iPhone

> 27. apr. 2026 kl. 13:22 skrev Elin Bergum <elin.bergum@tynset.kommune.no>:
>
> Hei,
>
> Tynset kommune ønsker å fordele innbyggere uten fastlege manuelt. Vi ber om at den automatiske tildelingen slås av.
>
> Hilsen
> Elin Bergum
> Kommuneoverlege
> Tynset kommune
""",
    gold=dict(MAN_OFF, municipality="3427",
              note="'Sv:' reply asking to go BACK to automatic (enable false); the quoted original asks for manual, a trap for keyword matching; subject 'Fastlege-manuell fordeling' without spaces."))

weekday(2026, 11, 12, 3)
S = "Innbyggere uten fastlege i Vardø"
add(M, "k_m05_no_magic_subject_vardo",
    date=hdate(2026, 11, 12, 12, 45, 8, UTC), sender=("Rita Mathisen", "rita.mathisen@vardo.kommune.no"),
    subject=S, html=True, extra=outlook(S, "m05"),
    plain="""Hei,

Vardø kommune har drøftet veilederen om tildeling av fastlege til innbyggere som ikke står på noen liste. Vi har bestemt oss for å fordele disse manuelt selv, og ber Helfo om å slå av den automatiske tildelingen for kommunen vår.

Med vennlig hilsen
Rita Mathisen
Rådgiver, helse og omsorg
Vardø kommune
""",
    gold=dict(MAN, municipality="5634",
              note="The request is only in the body; the subject does not say 'manuell fordeling'."))

# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def build_t05(m) -> bytes:
    """Thunderbird forward with the GP's mail attached (message/rfc822), LF line endings."""
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = None  # 8bit
    inner = MIMEText(T05_INNER, "plain", cs)
    inner["From"] = "Hanne Lovise Berge <hanne.lovise.berge@tonstadlegesenter.no>"
    inner["To"] = X.addr("Bjørg Tonstad", "bjorg.tonstad@sirdal.kommune.no")
    inner["Date"] = hdate(2026, 2, 4, 16, 2, 40)
    inner["Subject"] = "Oppsigelse av fastlegeavtalen"
    inner["Message-ID"] = "<6c1f0a52-3e7d-4b1a-9a2f-0d5e7c44b912@tonstadlegesenter.no>"
    outer = MIMEMultipart("mixed", boundary="------------Q3K8SIRDAL0T05FWD7XBMZ")
    body = MIMEText(T05_OUTER, "plain", cs)
    outer.attach(body)
    att = MIMEMessage(inner)
    att.add_header("Content-Disposition", "attachment", filename="Oppsigelse av fastlegeavtalen.eml")
    outer.attach(att)
    name, address = m["sender"]
    outer["Message-ID"] = "<b7d2e9f4-51c8-4a77-8e06-c05f3a1d9e22@sirdal.kommune.no>"
    outer["Date"] = m["date"]
    for k, v in m["extra"].items():
        outer[k] = v
    outer["To"] = "post@helfo.no"
    outer["From"] = X.addr(name, address)
    outer["Subject"] = m["subject"]
    for k in ("MIME-Version", "Content-Type"):
        v = outer[k]
        del outer[k]
        outer[k] = v
    return outer.as_bytes(policy=policy.compat32.clone(linesep="\n"))


def append_rows(path: Path, header: str, rows, key_cols: int):
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not existing:
        existing = [header]
        path.write_text(header + "\n", encoding="utf-8")
    have = {line for line in existing[1:]}
    keys = {tuple(line.split(",")[:key_cols]) for line in existing[1:]}
    new = []
    for r in rows:
        line = ",".join(str(x) for x in r)
        if line in have:
            continue
        assert tuple(str(x) for x in r[:key_cols]) not in keys, f"{path.name}: {r[0]} already used by another corpus"
        new.append(line)
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) and all(n.startswith("k_") for n in names)
    assert len(names) == 34, len(names)
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size",
                LISTS_K, 1)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_K, 1)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        data = build_t05(m) if m["name"].startswith("k_t05_") else X.build(m)
        BytesParser(policy=policy.default).parsebytes(data)  # parses
        (folder / f"{m['name']}.eml").write_bytes(data)
        gold = X.finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
