#!/usr/bin/env python3
"""Build the o_ test corpus for `postmottak parse`.

    .venv/bin/python tests/corpus/make_corpus_o.py [OUTDIR]

Small municipalities in Nordland, Troms, Finnmark, Innlandet, Vestland,
Agder (and Snåsa): Sami-language official names beside the Norwegian ones,
old (2020-2023) municipality numbers in signatures after the 2024
renumbering, an intermunicipal health service writing for a neighbour,
clerks titled helse- og omsorgssjef / kommunalsjef / virksomhetsleder.
Every message hard in one way.  Gold helpers (notice periods, transfer
dates, timing findings with `holidays`, registry findings) are those of
make_corpus.py.  Appends its rows to registry/lists.csv and
registry/unassigned.csv idempotently.  Deterministic.
Municipalities, numbers and domains are real (2024 numbering); people, HPR
numbers, FLR list IDs and phone numbers are made up.
"""
from __future__ import annotations

import base64
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
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402  (helpers only)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, term, change, dist, ceiling, lock = X.hdate, X.term, X.change, X.dist, X.ceiling, X.lock
BASE_FORBID = X.BASE_FORBID
X.MESSAGES.clear()
add = X.add

LISTS_O = [
    ("561204", "5612", "Berit Anne Sara", "5612117", "open", 900, 890),
    ("561207", "5612", "Nils Mathis Eira", "5612230", "open", 900, 880),
    ("561211", "5612", "Inga Marja Utsi", "5612348", "closed", 800, 800),
    ("561215", "5612", "Johan Ánte Gaup", "5612452", "locked", 700, 695),
    ("561003", "5610", "Ole Henrik Magga", "5610219", "open", 1000, 985),
    ("182602", "1826", "Kari Jåma", "1826114", "open", 700, 690),
    ("551803", "5518", "Rolf Ingebrigtsen", "5518120", "open", 800, 780),
    ("185304", "1853", "Gunn Elin Hansen", "1853133", "open", 900, 870),
    ("463602", "4636", "Sverre Nordbotten", "4636105", "open", 600, 590),
    ("422402", "4224", "Tallak Moi", "4224108", "open", 700, 695),
    ("183501", "1835", "Hilde Træland", "1835101", "open", 500, 498),
    ("561601", "5616", "Mona Kristiansen", "5616112", "open", 600, 590),
    ("561603", "5616", "Petter Søreng", "5616225", "open", 600, 594),
    ("422002", "4220", "Åshild Homme", "4220117", "open", 800, 790),
    ("342803", "3428", "Eirik Steien", "3428119", "open", 1000, 990),
    ("342902", "3429", "Marte Brennhaug", "3429104", "open", 800, 790),
    ("562602", "5626", "Stian Mikkelsen", "5626113", "open", 700, 700),
    ("551205", "5512", "Anne Lise Evenskjær", "5512128", "open", 1000, 960),
    ("422603", "4226", "Torleiv Egeland", "4226131", "locked", 900, 860),
]
UNASSIGNED_O = [
    ("5612", 20, "manual"), ("5610", 4, "automatic"), ("5636", 2, "automatic"),
    ("5624", 3, "automatic"), ("5540", 5, "automatic"), ("1826", 2, "automatic"),
    ("3425", 1, "automatic"), ("4619", 0, "automatic"), ("4222", 2, "automatic"),
    ("5538", 6, "automatic"), ("5518", 3, "automatic"), ("5516", 2, "automatic"),
    ("1853", 4, "automatic"), ("3429", 1, "automatic"), ("4636", 0, "automatic"),
    ("4224", 1, "automatic"), ("5618", 7, "automatic"), ("3454", 3, "manual"),
    ("5041", 9, "automatic"), ("1815", 5, "automatic"), ("1835", 6, "manual"),
    ("5616", 9, "manual"), ("4220", 5, "automatic"), ("3428", 12, "manual"),
    ("5626", 2, "automatic"), ("5512", 8, "automatic"), ("4226", 3, "automatic"),
    ("4221", 2, "automatic"), ("5522", 4, "automatic"), ("5514", 1, "automatic"),
    ("1845", 6, "manual"),
]

for r in LISTS_O:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_O:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u

ATTACH: dict[str, list] = {}


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


def outlook(subject, name, attach=False):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(name.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


IPHONE = {"X-Mailer": "iPhone Mail (22F76)"}
TH = ["last_day_from_notice_period"]
NO_TIMING = ["timing_in_time", "timing_late_letters", "timing_after_transfer"]


def m(folder, name, y, mo, d, h, mi, who, subject, body, gold, tz=UTC, html=True, extra=None, **kw):
    add(folder, name, date=hdate(y, mo, d, h, mi, 7, tz), sender=who, subject=subject,
        plain=body, html=html if html is not True else True,
        extra=extra if extra is not None else outlook(subject, name), gold=gold, **kw)


# ==========================================================================
# termination/
# ==========================================================================
KAUTO = ("Máret Inga Hætta", "maret.inga.haetta@kautokeino.kommune.no")
weekday(2025, 10, 15, 2)
m("termination", "o_t01_kautokeino_bilingual_signature", 2025, 10, 15, 8, 12, KAUTO,
  "Oppsigelse av fastlegeavtale – Berit Anne Sara",
  """Buorre beaivi / Hei,

Guovdageainnu suohkan / Kautokeino kommune har 14.10.2025 mottatt skriftlig oppsigelse av fastlegeavtalen fra fastlege Berit Anne Sara (HPR-nr. 5612117) ved Guovdageainnu dearvvašvuođaguovddáš / Kautokeino helsesenter.

Det er ikke avtalt noen annen siste arbeidsdag, så vanlig oppsigelsestid på seks måneder gjelder.

Vi sender melding til fastlegeregisteret når listen er besatt.

Dearvvuođaiguin / Med vennlig hilsen
Máret Inga Hætta
helse- og omsorgssjef
Guovdageainnu suohkan / Kautokeino kommune
Tlf. 78 48 80 00
""",
  dict(kind="termination_notice", municipality="5612", needs_review=False,
       orders=[term("Berit Anne Sara", "5612117", OMIT, D(2025, 10, 14))],
       note="North Sami and Norwegian side by side (greeting, municipality, clinic 'Guovdageainnu dearvvašvuođaguovddáš / Kautokeino helsesenter', closing); notice 14.10.2025, six months from 1 November give 30 April 2026. Clinic not scored (either form or both). flr_list_id not scored. list_change/o_l01 is the follow-up."))
# clinic not scored: remove key
X.MESSAGES[-1]["gold"]["orders"][0].pop("clinic")

KARA = ("Ánde Somby", "ande.somby@karasjok.kommune.no")
weekday(2025, 9, 30, 1)
m("termination", "o_t02_karasjok_old_number_in_signature", 2025, 9, 30, 11, 40, KARA,
  "Oppsigelse fastlege – Ole Henrik Magga",
  """Hei,

Fastlege Ole Henrik Magga (HPR 5610219) ved Karasjok legekontor sa opp fastlegeavtalen sin mandag 29. september 2025. Etter avtale med kommunen blir siste arbeidsdag 31.03.2026, to måneder før oppsigelsestiden går ut.

Han har liste 561003.

Mvh
Ánde Somby
kommunalsjef helse og omsorg
Kárášjoga gielda / Karasjok kommune
Kommunenr. 5437 – Org.nr. 963 245 812
""",
  dict(kind="termination_notice", municipality="5610", needs_review=False,
       orders=[term("Ole Henrik Magga", "5610219", "Karasjok legekontor", D(2025, 9, 29),
                    last=D(2026, 3, 31), flr="561003")],
       forbid=BASE_FORBID + ["list_unknown", "list_other_municipality"],
       note="The signature still gives the 2020-2023 number 5437 (Karasjok has been 5610 since 2024) and an org.nr.; agreed last day 31.03.2026 is stated, two months before the notice period would end. list_change/o_l02 follows."))

NESS = ("Sara Kristine Pedersen", "sara.kristine.pedersen@nesseby.kommune.no")
weekday(2025, 12, 2, 1)
m("termination", "o_t03_nesseby_pension_stated_last_day", 2025, 12, 2, 9, 5, NESS,
  "Fastlege slutter – alderspensjon",
  """Hei Helfo,

Unjárgga gielda / Nesseby kommune melder at fastlege Arvid Johnsen, HPR-nr. 5636104, ved Varangerbotn legekontor går av med alderspensjon. Oppsigelsen ble levert 1. desember 2025.

Siste arbeidsdag: 30.06.2026.

Han har vært fastlege her siden 1. august 1994, og vi takker for lang og tro tjeneste.

Vennlig hilsen
Sara Kristine Pedersen
virksomhetsleder helse
Nesseby kommune
""",
  dict(kind="termination_notice", municipality="5636", needs_review=False,
       orders=[term("Arvid Johnsen", "5636104", "Varangerbotn legekontor", D(2025, 12, 1),
                    reason="retirement", last=D(2026, 6, 30))],
       note="Retirement with a stated last day 30.06.2026; his start date 1. august 1994 is a distractor. flr_list_id not scored. list_change/o_l03 follows without a start date."))

weekday(2026, 2, 9, 0)
m("termination", "o_t04_lebesby_death_kjollefjord", 2026, 2, 9, 7, 55,
  ("Tove Isaksen", "tove.isaksen@lebesby.kommune.no"),
  "Melding om dødsfall – fastlege",
  """Til Helfo

Det er med stor sorg Lebesby kommune må meddele at vår fastlege Geir Olav Nilsen (HPR-nr. 5624117) ved Kjøllefjord legekontor døde brått fredag 6. februar 2026.

Listen driftes inntil videre av legevikar fra Legevikarbyrået. Vi kommer tilbake med melding til fastlegeregisteret.

Begravelsen blir i Kjøllefjord kirke 13. februar.

Med hilsen
Tove Isaksen
helse- og omsorgsleder
Lebesby kommune
""",
  dict(kind="termination_notice", municipality="5624", needs_review=None,
       orders=[term("Geir Olav Nilsen", "5624117", "Kjøllefjord legekontor", None,
                    reason="death", score_notice=False)],
       note="Death: no notice period, last day and transfer date null, basis unknown; the funeral date (13. februar) is a distractor; notice_date not scored; review either way."))

weekday(2025, 11, 18, 1)
m("termination", "o_t05_kafjord_trilingual_date_without_year", 2025, 11, 18, 12, 30,
  ("Hanne Olsen", "hanne.olsen@kafjord.kommune.no"),
  "Oppsigelse fastlegeavtale Olderdalen",
  """Hei,

Fastlege Jørn Lyngmo (HPR 5540122) ved Olderdalen legekontor har sagt opp avtalen sin med kommunen. Oppsigelsen kom 17. november. Han har fått avkortet oppsigelsestid og slutter 31. mars.

Hilsen
Hanne Olsen
kommunalsjef for helse
Gáivuona suohkan – Kåfjord kommune – Kaivuonon komuuni
""",
  dict(kind="termination_notice", municipality="5540", needs_review=False,
       orders=[term("Jørn Lyngmo", "5540122", "Olderdalen legekontor", D(2025, 11, 17),
                    last=D(2026, 3, 31))],
       note="Dates without a year: '17. november' is this year (2025), 'slutter 31. mars' is next year (2026); Kåfjord (Troms, 5540) signs in Sami, Norwegian and Kven. flr_list_id not scored."))

weekday(2025, 8, 20, 2)
m("termination", "o_t06_hattfjelldal_ut_januar", 2025, 8, 20, 10, 3,
  ("Ellen Kappfjell", "ellen.kappfjell@hattfjelldal.kommune.no"),
  "Oppsigelse – fastlege Kari Jåma",
  """Hei.

Aarborten tjïelte / Hattfjelldal kommune har mottatt oppsigelse fra fastlege Kari Jåma, HPR-nr. 1826114, Hattfjelldal legekontor. Oppsigelsen er datert 18.08.2025. Hun jobber ut januar 2026.

Listen (182602) ønskes besatt med ny lege fra februar.

Med vennlig hilsen
Ellen Kappfjell
kommunalsjef helse og velferd
Hattfjelldal kommune
""",
  dict(kind="termination_notice", municipality="1826", needs_review=False,
       orders=[term("Kari Jåma", "1826114", "Hattfjelldal legekontor", D(2025, 8, 18),
                    last=D(2026, 1, 31), flr="182602")],
       forbid=BASE_FORBID + ["list_unknown", "list_other_municipality"],
       note="'jobber ut januar 2026' is a stated last day (31 January 2026), a month short of the notice period; South Sami name in the signature; 'fra februar' is the wish for the new GP, not a date of hers. list_change/o_l04 follows."))

weekday(2025, 11, 5, 2)
m("termination", "o_t07_engerdal_vs_gp_letter", 2025, 11, 5, 13, 20,
  ("Randi Kvisle", "randi.kvisle@engerdal.kommune.no"),
  "VS: Oppsigelse av fastlegeavtale",
  """Til orientering. Se oppsigelsen under.

Randi Kvisle
virksomhetsleder helse
Engerdal kommune

Fra: Tormod Sletten <tormod.sletten@gmail.com>
Sendt: mandag 3. november 2025 21:47
Til: Randi Kvisle <randi.kvisle@engerdal.kommune.no>
Emne: Oppsigelse av fastlegeavtale

Hei Randi,

Jeg sier med dette opp fastlegeavtalen min ved Engerdal legekontor. Jeg har fått jobb på Elverum og flytter til sommeren. Jeg forholder meg til vanlig oppsigelsestid.

HPR-nummer: 3425109

Hilsen Tormod
""",
  dict(kind="termination_notice", municipality="3425", needs_review=False,
       orders=[term("Tormod Sletten", "3425109", "Engerdal legekontor", D(2025, 11, 3))],
       note="Outlook forward of the GP's letter from a gmail address: the notice date is the GP's 'Sendt: mandag 3. november 2025', not the forward's 5 November; notice period from 1 December ends 31 May 2026; 'til sommeren' is no date. flr_list_id not scored."))

weekday(2025, 9, 8, 0)
m("termination", "o_t08_eidfjord_nynorsk_vert", 2025, 9, 8, 6, 50,
  ("Solveig Lægreid", "solveig.laegreid@eidfjord.kommune.no"),
  "Oppseiing av fastlegeavtale",
  """Hei,

Fastlege Ingrid Bu (HPR-nr. 4619103) ved Eidfjord legekontor har sagt opp fastlegeavtalen sin. Oppseiinga kom inn 5. september 2025. Etter avtale med kommunen vert siste arbeidsdag hennar 28. februar 2026.

Me kjem attende med melding om ny fastlege.

Med helsing
Solveig Lægreid
einingsleiar helse
Eidfjord kommune
""",
  dict(kind="termination_notice", municipality="4619", needs_review=False,
       orders=[term("Ingrid Bu", "4619103", "Eidfjord legekontor", D(2025, 9, 5), last=D(2026, 2, 28))],
       note="Nynorsk ('Oppseiinga kom inn', 'vert siste arbeidsdag hennar'); a stated last day 28 February 2026, one month before the notice period (31 March) would end. flr_list_id not scored."))

weekday(2026, 2, 2, 0)
m("termination", "o_t09_bykle_notice_last_day_of_month", 2026, 2, 2, 8, 15,
  ("Kjetil Bjørgum", "kjetil.bjorgum@bykle.kommune.no"),
  "Oppsigelse fastlege Bykle",
  """Hei,

Vedlagt melding om at fastlege Astrid Holen (HPR-nr 4222106), Bykle legekontor i Hovden/Bykle, har sagt opp avtalen. Oppsigelsesbrevet er datert 31.01.2026 og kom til kommunen samme dag.

Siste arbeidsdag er ikke fastsatt.

Mvh
Kjetil Bjørgum
helse- og omsorgssjef
Bykle kommune
""",
  dict(kind="termination_notice", municipality="4222", needs_review=False,
       orders=[term("Astrid Holen", "4222106", "Bykle legekontor", D(2026, 1, 31))],
       note="Notice on the last day of a month (Saturday 31.01.2026), received Monday 2 February: the period runs from 1 February (not 1 March) to 31 July 2026. 'Vedlagt' without an attachment. flr_list_id not scored."))

weekday(2026, 1, 14, 2)
m("termination", "o_t10_storfjord_weekday_no_year_old_number", 2026, 1, 14, 9, 40,
  ("Liv Hege Lunde", "liv.hege.lunde@storfjord.kommune.no"),
  "Oppsigelse – fastlege ved Hatteng legekontor",
  """Hei,

Fastlege Andreas Sørensen (HPR 5538114) ved Hatteng legekontor leverte oppsigelse av fastlegeavtalen mandag 12. januar. Han har ordinær oppsigelsestid på seks måneder.

Med hilsen
Liv Hege Lunde
kommunalsjef helse, omsorg og velferd
Omasvuona gielda / Storfjord kommune / Omasvuonon komuuni
Kommunenummer 5425
""",
  dict(kind="termination_notice", municipality="5538", needs_review=False,
       orders=[term("Andreas Sørensen", "5538114", "Hatteng legekontor", D(2026, 1, 12))],
       note="'mandag 12. januar' without a year is 12 January 2026 (a Monday); six months from 1 February end 31 July 2026; the signature gives the pre-2024 number 5425 (now 5538). flr_list_id not scored."))

# ==========================================================================
# list_change/
# ==========================================================================
weekday(2026, 3, 10, 1)
m("list_change", "o_l01_kautokeino_new_gp_sami_names", 2026, 3, 10, 10, 20, KAUTO,
  "Melding til fastlegeregisteret – liste 561204",
  """Melding til fastlegeregisteret

Kommune: Guovdageaidnu / Kautokeino
FLR listenummer: 561204
Legekontor: Kautokeino helsesenter
Fratredende fastlege: Berit Anne Sara (HPR 5612117)
Ny fastlege: Elle Márjá Bongo (HPR 5612563)
Overtar listen fra: 01.05.2026
Listetak: 900

Dearvvuođaiguin
Máret Inga Hætta
helse- og omsorgssjef
Kautokeino kommune
""",
  dict(kind="list_change", municipality="5612", needs_review=False,
       orders=[change("new_gp", "561204", clinic="Kautokeino helsesenter", prev="Berit Anne Sara",
                      prev_hpr="5612117", gp="Elle Márjá Bongo", hpr="5612563",
                      start=D(2026, 5, 1), ceiling=900)],
       note="Names with Sami letters (Elle Márjá Bongo) must stay as written; follow-up to o_t01. Received Tue 10 Mar 2026, registered Thu 12 Mar, 50 days before 1 May: in time; 52 days ahead, visible on Helsenorge."))

weekday(2026, 3, 20, 4)
m("list_change", "o_l02_karasjok_unassigned_late", 2026, 3, 20, 13, 5, KARA,
  "Ubesatt liste fra 1. april – Karasjok",
  """Hei,

Vi har ikke fått ny fastlege etter Ole Henrik Magga (HPR 5610219), som slutter 31.03.2026. Liste 561003 ved Karasjok legekontor blir derfor ubesatt fra 01.04.2026 og driftes av vikarer. Listetaket blir 1000.

Mvh
Ánde Somby
kommunalsjef helse og omsorg
Kárášjoga gielda / Karasjok kommune
""",
  dict(kind="list_change", municipality="5610", needs_review=False,
       orders=[change("unassigned_list", "561003", clinic="Karasjok legekontor",
                      prev="Ole Henrik Magga", prev_hpr="5610219", start=D(2026, 4, 1), ceiling=1000)],
       note="Follow-up to o_t02: received Fri 20 Mar 2026, registered Tue 24 Mar, 8 days before 1 April: late letters (warning only), not visible on Helsenorge; the old GP's last day 31.03.2026 is not the start."))

weekday(2026, 5, 20, 2)
m("list_change", "o_l03_nesseby_new_gp_no_start_matched", 2026, 5, 20, 8, 44, NESS,
  "Ny fastlege Varangerbotn",
  """Hei,

Viser til tidligere melding om at fastlege Arvid Johnsen (HPR 5636104) ved Varangerbotn legekontor går av med pensjon.

Nesseby kommune har ansatt Kristoffer Ravna (HPR 5636231) som ny fastlege. Han overtar listen etter Johnsen når Johnsen slutter. Listetaket blir som før, 800.

Vennlig hilsen
Sara Kristine Pedersen
virksomhetsleder helse
Unjárgga gielda / Nesseby kommune
""",
  dict(kind="list_change", municipality="5636", needs_review=None,
       orders=[change("new_gp", None, clinic="Varangerbotn legekontor", prev="Arvid Johnsen",
                      prev_hpr="5636104", gp="Kristoffer Ravna", hpr="5636231",
                      start=None, ceiling=800, transfer=D(2026, 7, 1))],
       note="No start date and no list ID: the transfer date comes from the matched o_t03 (last day 30.06.2026, transfer 1 July). Received Wed 20 May 2026, registered Fri 22 May, 40 days before: in time; review either way."))

weekday(2026, 2, 2, 0)
m("list_change", "o_l04_hattfjelldal_after_transfer", 2026, 2, 2, 9, 10,
  ("Ellen Kappfjell", "ellen.kappfjell@hattfjelldal.kommune.no"),
  "Melding til fastlegeregisteret – ny lege Hattfjelldal",
  """Hei,

Beklager sen melding. Ny fastlege på liste 182602 ved Hattfjelldal legekontor er Jonas Mortensen, HPR-nr. 1826257. Han overtok listen etter Kari Jåma (HPR 1826114) fra 01.02.2026. Listetak 700.

Med vennlig hilsen
Ellen Kappfjell
kommunalsjef helse og velferd
Aarborten tjïelte / Hattfjelldal kommune
""",
  dict(kind="list_change", municipality="1826", needs_review=True,
       orders=[change("new_gp", "182602", clinic="Hattfjelldal legekontor", prev="Kari Jåma",
                      prev_hpr="1826114", gp="Jonas Mortensen", hpr="1826257",
                      start=D(2026, 2, 1), ceiling=700)],
       note="Sent Monday 2 Feb 2026 about a start on Sunday 1 Feb ('overtok ... fra 01.02.2026', past tense, after an apology); registered Wed 4 Feb, after the transfer: error, review. Follow-up to o_t06."))

weekday(2026, 4, 14, 1)
m("list_change", "o_l05_gratangen_writes_for_lavangen", 2026, 4, 14, 11, 25,
  ("Vigdis Rasmussen", "vigdis.rasmussen@gratangen.kommune.no"),
  "Melding til fastlegeregisteret – Lavangen",
  """Hei,

Legetjenesten er felles for Gratangen og Lavangen, og jeg skriver på vegne av Lavangen kommune (Loabága suohkan).

Fastlege Rolf Ingebrigtsen (HPR 5518120) ved Tennevoll legekontor slutter. Liste 551803 blir ubesatt fra 1. juni 2026 og driftes av vikar inntil ny lege er rekruttert. Listetak 800.

Med hilsen
Vigdis Rasmussen
leder, interkommunal legetjeneste Gratangen og Lavangen
""",
  dict(kind="list_change", municipality="5518", needs_review=False,
       orders=[change("unassigned_list", "551803", clinic="Tennevoll legekontor", prev="Rolf Ingebrigtsen",
                      prev_hpr="5518120", start=D(2026, 6, 1), ceiling=800)],
       note="Sent from gratangen.kommune.no for Lavangen (named in the text, with its Sami name): the municipality is Lavangen 5518 and the list is Lavangen's, not another municipality's. Received Tue 14 Apr 2026 (after Easter), registered Thu 16 Apr, 46 days before 1 June: in time; 48 days ahead."))

weekday(2026, 5, 13, 2)
m("list_change", "o_l06_evenes_ascension_exactly_14", 2026, 5, 13, 12, 0,
  ("Trond Hanssen", "trond.hanssen@evenes.kommune.no"),
  "Ubesatt liste – Bogen legekontor",
  """Hei,

Evenášši suohkan / Evenes kommune melder at liste 185304 ved Bogen legekontor (fastlege Gunn Elin Hansen, HPR 1853133) blir ubesatt fra 1. juni 2026. Listetaket beholdes på 900.

God helg når den kommer – her er det fri i morgen.

Hilsen
Trond Hanssen
helse- og omsorgssjef
Evenes kommune
""",
  dict(kind="list_change", municipality="1853", needs_review=False,
       orders=[change("unassigned_list", "185304", clinic="Bogen legekontor", prev="Gunn Elin Hansen",
                      prev_hpr="1853133", start=D(2026, 6, 1), ceiling=900)],
       note="Ascension Day 2026 (Thu 14 May): received Wed 13 May, registered Mon 18 May, exactly 14 days before 1 June: in time; only 19 days ahead, so not visible on Helsenorge. 'i morgen' is no date."))

weekday(2026, 6, 22, 0)
m("list_change", "o_l07_folldal_new_zero_list", 2026, 6, 22, 7, 35,
  ("Berit Sætermoen", "berit.saetermoen@folldal.kommune.no"),
  "Ny fastlegeliste i Folldal",
  """Hei,

Folldal kommune oppretter en ny fastlegeliste ved Folldal legekontor fra 1. september 2026. Ny fastlege er Mathias Dahl, HPR-nr. 3429218. Listen starter uten innbyggere, og listetaket settes til 500.

Med vennlig hilsen
Berit Sætermoen
virksomhetsleder helse og omsorg
Folldal kommune
""",
  dict(kind="list_change", municipality="3429", needs_review=None,
       orders=[change("new_gp", None, clinic="Folldal legekontor", gp="Mathias Dahl", hpr="3429218",
                      start=D(2026, 9, 1), ceiling=500)],
       note="A new list (no list ID, no previous GP). Received Mon 22 Jun 2026, registered Wed 24 Jun, 69 days before 1 Sep: in time; 71 days ahead. Review either way (a list without an ID)."))

weekday(2026, 1, 8, 3)
m("list_change", "o_l08_solund_nynorsk_vikar_distractor", 2026, 1, 8, 9, 0,
  ("Gunnhild Nærø", "gunnhild.naero@solund.kommune.no"),
  "Melding til fastlegeregisteret – ny fastlege Hardbakke",
  """Hei,

Fastlege Sverre Nordbotten (HPR 4636105) gjekk av med pensjon i haust, og vikar Tobias Eide har drive lista sidan då.

Frå 1. mars 2026 tek Silje Hjartholm (HPR-nr. 4636212) over lista hans (liste 463602) ved Hardbakke legekontor. Listetaket vert 600.

Med helsing
Gunnhild Nærø
kommunalsjef helse og omsorg
Solund kommune
""",
  dict(kind="list_change", municipality="4636", needs_review=False,
       orders=[change("new_gp", "463602", clinic="Hardbakke legekontor", prev="Sverre Nordbotten",
                      prev_hpr="4636105", gp="Silje Hjartholm", hpr="4636212",
                      start=D(2026, 3, 1), ceiling=600)],
       note="Nynorsk; the substitute (vikar Tobias Eide) who ran the list is not the new GP. Received Thu 8 Jan 2026, registered Mon 12 Jan, 48 days before 1 March: in time; 52 days ahead."))

weekday(2025, 12, 17, 2)
m("list_change", "o_l09_aseral_nyttar_late", 2025, 12, 17, 14, 10,
  ("Olav Lognvik", "olav.lognvik@aseral.kommune.no"),
  "Ny fastlege fra nyttår",
  """Hei,

Ny fastlege på liste 422402 ved Åseral legekontor fra 1. januar 2026 er Ragnhild Håland (HPR 4224213). Hun tar over etter Tallak Moi. Listetak 700.

Riktig god jul!

Olav Lognvik
kommunalsjef
Åseral kommune
""",
  dict(kind="list_change", municipality="4224", needs_review=False,
       orders=[change("new_gp", "422402", clinic="Åseral legekontor", prev="Tallak Moi",
                      gp="Ragnhild Håland", hpr="4224213", start=D(2026, 1, 1), ceiling=700)],
       note="Received Wed 17 Dec 2025, registered Fri 19 Dec, 13 days before 1 January: late letters (a warning); the previous GP is named without an HPR (not scored). Not visible on Helsenorge."))

# ==========================================================================
# manual_request/
# ==========================================================================
weekday(2025, 10, 1, 2)
m("manual_request", "o_m01_masoy_old_number", 2025, 10, 1, 8, 0,
  ("Wenche Bakkeby", "wenche.bakkeby@masoy.kommune.no"),
  "Fastlege – manuell fordeling",
  """Hei,

Måsøy kommune ønsker manuell fordeling av innbyggere uten fastlege, og ber Helfo skru av den automatiske tildelingen.

Mvh
Wenche Bakkeby
helse- og omsorgssjef
Måsøy kommune (kommunenr. 5434)
9690 Havøysund
""",
  dict(kind="manual_distribution_request", municipality="5618", needs_review=False,
       orders=[{"type": "manual_distribution", "enable": True}],
       note="The signature gives Måsøy's 2020-2023 number 5434 (5618 since 2024) and a postcode 9690 next to it."))

weekday(2026, 3, 3, 1)
m("manual_request", "o_m02_vang_nynorsk_attende", 2026, 3, 3, 12, 15,
  ("Eldbjørg Høve", "eldbjorg.hove@vang.kommune.no"),
  "Fastlege - manuell fordeling",
  """Hei,

Vang kommune har hatt manuell fordeling sidan i fjor. No har me fått på plass ein ny fastlege og ynskjer å gå attende til automatisk tildeling av innbyggjarar utan fastlege.

Med helsing
Eldbjørg Høve
einingsleiar helse
Vang kommune
""",
  dict(kind="manual_distribution_request", municipality="3454", needs_review=False,
       orders=[{"type": "manual_distribution", "enable": False}],
       note="Nynorsk, back to automatic ('gå attende til automatisk tildeling') under the manual-distribution subject; 'har hatt manuell fordeling' is history, not the request."))

weekday(2025, 11, 11, 1)
m("manual_request", "o_m03_snasa_south_sami_signature", 2025, 11, 11, 10, 45,
  ("Jon Arne Jåma", "jon.arne.jama@snasa.kommune.no"),
  "Fastlege – manuell fordeling",
  """Buaregh / Hei,

Snåasen tjïelte / Snåsa kommune ber om å få fordele innbyggere uten fastlege manuelt. Vi ber om at automatisk fordeling slås av fra nå.

Bæjhkoeh / Hilsen
Jon Arne Jåma
helse- og omsorgssjef
Snåasen tjïelte / Snåsa kommune
""",
  dict(kind="manual_distribution_request", municipality="5041", needs_review=False,
       orders=[{"type": "manual_distribution", "enable": True}],
       note="South Sami beside Norwegian in greeting, closing and municipality name (snasa.kommune.no); 'automatisk fordeling slås av' is the request for manual."))

weekday(2026, 2, 17, 1)
m("manual_request", "o_m04_vega_kommunalsjef_from_date", 2026, 2, 17, 13, 30,
  ("Roger Ellingsen", "roger.ellingsen@vega.kommune.no"),
  "Automatisk tildeling av fastlege",
  """Hei,

Vi har to nye fastleger fra 1. mars, og ønsker selv å styre hvem som får plass på listene deres. Vega kommune ber derfor om at automatisk tildeling av innbyggere uten fastlege stanses, og at vi får manuell fordeling.

Skjema for fordeling sender vi etter 1. mars.

Mvh
Roger Ellingsen
kommunalsjef oppvekst og helse
Vega kommune
""",
  dict(kind="manual_distribution_request", municipality="1815", needs_review=False,
       orders=[{"type": "manual_distribution", "enable": True}],
       forbid=BASE_FORBID + ["children_may_exceed"],
       note="The subject names automatic assignment; the request ('stanses', 'manuell fordeling') is in the body; the promised form ('Skjema for fordeling sender vi') must not make it a distribution order."))

# ==========================================================================
# distribution/
# ==========================================================================
BOLD = Font(bold=True)


def _finish(wb, author, when: dt.datetime) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = author
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


def xlsx_part(data: bytes, filename: str):
    part = MIMEApplication(data, "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def xlsx_kautokeino() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = BOLD
    ws["A2"] = "Kommune: Guovdageaidnu / Kautokeino (5612)"
    ws["A3"] = "Kontaktperson: Máret Inga Hætta, tlf. 78 48 80 00"
    for i, h in enumerate(["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"], 1):
        ws.cell(row=5, column=i, value=h).font = BOLD
    rows = [[561207, "Nils Mathis Eira", 6, None], [561211, "Inga Marja Utsi", 4, 4],
            [561215, "Johan Ánte Gaup", 3, None]]
    for r, vals in enumerate(rows, 6):
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v)
    ws["A9"] = "Sum"
    ws["C9"] = "=SUM(C6:C8)"
    return _finish(wb, "Máret Inga Hætta", dt.datetime(2026, 4, 7, 9, 0))


def xlsx_trana() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    for i, h in enumerate(["Liste-ID", "Lege", "Antall", "Økning listetak"], 1):
        ws.cell(row=1, column=i, value=h).font = BOLD
    for i, v in enumerate([183501, "Hilde Træland", 5, 0], 1):
        ws.cell(row=2, column=i, value=v)
    return _finish(wb, "Træna kommune", dt.datetime(2025, 9, 15, 12, 0))


def xlsx_alvdal() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Alvdal kommune – fordeling av innbyggere uten fastlege"
    ws["A1"].font = BOLD
    for i, h in enumerate(["FLR-nr", "Fastlege", "Antall innbyggere", "Økt listetak"], 1):
        ws.cell(row=3, column=i, value=h).font = BOLD
    for r, vals in enumerate([[342803, "Eirik Steien", 5, None], [342902, "Marte Brennhaug", 4, None]], 4):
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v)
    return _finish(wb, "Alvdal kommune", dt.datetime(2026, 1, 20, 10, 0))


weekday(2026, 4, 7, 1)
m("distribution", "o_d01_kautokeino_xlsx_sami_letters", 2026, 4, 7, 9, 20, KAUTO,
  "Skjema for manuell fordeling av innbyggere – Kautokeino",
  """Hei,

Vedlagt følger skjema for manuell fordeling for Guovdageaidnu / Kautokeino. Inga Marja Utsi har full liste og får listetaket økt med 4.

Dearvvuođaiguin
Máret Inga Hætta
helse- og omsorgssjef
Kautokeino kommune
""",
  dict(kind="distribution_order", municipality="5612", needs_review=False,
       orders=[dist("561207", "Nils Mathis Eira", 6), dist("561211", "Inga Marja Utsi", 4, 4),
               dist("561215", "Johan Ánte Gaup", 3)],
       note="The .xlsx form with a Sami-letter name (Johan Ánte Gaup) and a Sum row with a formula (no cached value) that is no order; 561211 is closed and full, +4 covers 4; 561215 is locked with 5 free; 13 of 20 unassigned."),
  extra=outlook("Skjema for manuell fordeling av innbyggere – Kautokeino", "o_d01", attach=True))
ATTACH["o_d01_kautokeino_xlsx_sami_letters"] = [
    xlsx_part(xlsx_kautokeino(), "Skjema manuell fordeling Kautokeino.xlsx")]

weekday(2025, 10, 21, 1)
m("distribution", "o_d02_hasvik_body_sentences", 2025, 10, 21, 8, 30,
  ("Camilla Nordstrand", "camilla.nordstrand@hasvik.kommune.no"),
  "Manuell fordeling – Hasvik",
  """Hei,

Vi har ikke Excel tilgjengelig på kontoret i dag, så jeg skriver fordelingen her:

Liste 561601, fastlege Mona Kristiansen: 4 innbyggere
Liste 561603, fastlege Petter Søreng: 3 innbyggere

Ingen endring i listetak.

Mvh
Camilla Nordstrand
helse- og omsorgsleder
Hasvik kommune
""",
  dict(kind="distribution_order", municipality="5616", needs_review=None,
       orders=[dist("561601", "Mona Kristiansen", 4), dist("561603", "Petter Søreng", 3)],
       note="No attachment: the order is written as lines in the body ('Excel' mentioned, none attached); no ceiling increase. 7 of 9 unassigned, enough room on both lists. Review either way (body order)."))

weekday(2025, 9, 16, 1)
m("distribution", "o_d03_trana_xlsx_capacity", 2025, 9, 16, 7, 5,
  ("Bjørnar Sandvik", "bjornar.sandvik@trana.kommune.no"),
  "Fordeling av innbyggere uten fastlege",
  """Hei,

Skjema for manuell fordeling vedlagt. Vi har bare én fastlege i Træna.

Hilsen
Bjørnar Sandvik
kommunalsjef
Træna kommune
""",
  dict(kind="distribution_order", municipality="1835", needs_review=True,
       orders=[dist("183501", "Hilde Træland", 5, 0)],
       note="One-row form on 'Ark1', header on row 1: list 183501 has 2 free places and gets 5 with increase 0: capacity_insufficient, review."),
  extra=outlook("Fordeling av innbyggere uten fastlege", "o_d03", attach=True))
ATTACH["o_d03_trana_xlsx_capacity"] = [xlsx_part(xlsx_trana(), "fordeling_trana.xlsx")]

weekday(2025, 11, 26, 2)
m("distribution", "o_d04_bygland_body_automatic", 2025, 11, 26, 12, 40,
  ("Gunvor Tveit", "gunvor.tveit@bygland.kommune.no"),
  "Fordeling av innbyggere – Bygland",
  """Hei,

Vi ber om at 3 innbyggere uten fastlege fordeles til liste 422002 (fastlege Åshild Homme) ved Bygland legekontor. Listetaket trenger ikke økes.

Med helsing
Gunvor Tveit
helse- og omsorgssjef
Bygland kommune
""",
  dict(kind="distribution_order", municipality="4220", needs_review=None,
       orders=[dist("422002", "Åshild Homme", 3)],
       note="A one-sentence order in the body from a municipality still on automatic assignment: automatic_distribution_active (warning); 3 of 5 unassigned, 10 free. Review either way (body order)."))

weekday(2026, 1, 20, 1)
m("distribution", "o_d05_alvdal_xlsx_folldal_list", 2026, 1, 20, 10, 30,
  ("Kari Anne Nordhagen", "kari.anne.nordhagen@alvdal.kommune.no"),
  "Skjema for manuell fordeling – Alvdal",
  """Hei,

Vedlagt er skjema for fordeling. Vi samarbeider med Folldal om legetjenesten, og Marte Brennhaug har sagt ja til å ta noen av våre innbyggere.

Med vennlig hilsen
Kari Anne Nordhagen
virksomhetsleder helse
Alvdal kommune
""",
  dict(kind="distribution_order", municipality="3428", needs_review=True,
       orders=[dist("342803", "Eirik Steien", 5), dist("342902", "Marte Brennhaug", 4)],
       note="List 342902 belongs to Folldal (3429), not Alvdal: list_other_municipality, review, even though the body explains the cooperation; 'Folldal' in the text must not change the municipality."),
  extra=outlook("Skjema for manuell fordeling – Alvdal", "o_d05", attach=True))
ATTACH["o_d05_alvdal_xlsx_folldal_list"] = [xlsx_part(xlsx_alvdal(), "Skjema for manuell fordeling - Alvdal.xlsx")]

# ==========================================================================
# list_request/
# ==========================================================================
weekday(2025, 10, 29, 2)
m("list_request", "o_r01_gamvik_fra_til_med", 2025, 10, 29, 9, 50,
  ("Irene Hansen", "irene.hansen@gamvik.kommune.no"),
  "Økt listetak – Mehamn legekontor",
  """Hei,

Fastlege Stian Mikkelsen (HPR 5626113) ved Mehamn legekontor har full liste og har sagt ja til å øke listetaket med 150, fra 700 til 850. Listenr. 562602.

Mvh
Irene Hansen
helse- og omsorgssjef
Gamvik kommune
""",
  dict(kind="list_request", municipality="5626", needs_review=False,
       orders=[ceiling("562602", "Stian Mikkelsen", hpr="5626113", increase=150, new=850)],
       note="Increase and target both given ('med 150, fra 700 til 850'); the list number comes last."))

weekday(2026, 3, 24, 1)
m("list_request", "o_r02_tjeldsund_former_skanland", 2026, 3, 24, 8, 20,
  ("Tor Arne Pettersen", "tor.arne.pettersen@tjeldsund.kommune.no"),
  "Stenging av fastlegeliste",
  """Hei,

Vi ber om at listen til fastlege Anne Lise Evenskjær ved Evenskjer legekontor, FLR-liste 551205, stenges for nye innbyggere. Hun går ned i stilling fra sommeren.

Hilsen
Tor Arne Pettersen
kommunalsjef helse
Dielddanuori suohkan / Tjeldsund kommune (tidl. Skånland)
""",
  dict(kind="list_request", municipality="5512", needs_review=False,
       orders=[lock("551205", "Anne Lise Evenskjær", "lock")],
       note="A lock written as 'stenges for nye innbyggere'; the signature names the pre-2020 Skånland beside the Sami and Norwegian names of Tjeldsund (5512); 'fra sommeren' is no order."))

weekday(2025, 12, 9, 1)
m("list_request", "o_r03_haegebostad_apnes_igjen", 2025, 12, 9, 14, 0,
  ("Sigrun Tjomsland", "sigrun.tjomsland@haegebostad.kommune.no"),
  "Åpning av låst liste 422603",
  """Hei,

Listen til fastlege Torleiv Egeland (liste 422603) ved Hægebostad legesenter ble låst i vår mens han var i permisjon. Han er nå tilbake i full stilling, og vi ber om at listen åpnes igjen.

Mvh
Sigrun Tjomsland
virksomhetsleder helse
Hægebostad kommune
""",
  dict(kind="list_request", municipality="4226", needs_review=False,
       orders=[lock("422603", "Torleiv Egeland", "unlock")],
       note="Unlock ('åpnes igjen') after a narrated earlier lock ('ble låst i vår'): one unlock order, no lock."))

weekday(2026, 1, 27, 1)
m("list_request", "o_r04_valle_unknown_list", 2026, 1, 27, 10, 10,
  ("Torgeir Rysstad", "torgeir.rysstad@valle.kommune.no"),
  "Auke listetak – Valle legekontor",
  """Hei,

Fastlege Hallvard Bjørnarå ved Valle legekontor vil auke listetaket sitt med 100 plassar. Listenummeret hans er 422199.

Helsing
Torgeir Rysstad
helse- og omsorgsleiar
Valle kommune
""",
  dict(kind="list_request", municipality="4221", needs_review=True,
       orders=[ceiling("422199", "Hallvard Bjørnarå", increase=100)],
       note="Nynorsk ('auke ... med 100 plassar'); list 422199 is not in the snapshot: list_unknown, review. new_ceiling and hpr_number not scored."))

# ==========================================================================
# other/
# ==========================================================================
weekday(2025, 11, 4, 1)
m("other", "o_o01_salangen_clinic_moves_question", 2025, 11, 4, 9, 15,
  ("Hege Markussen", "hege.markussen@salangen.kommune.no"),
  "Spørsmål – legekontoret flytter",
  """Hei,

Sjøvegan legekontor flytter inn i nytt helsehus 1. februar 2026. Fastlegene og listene er de samme. Må vi sende melding til fastlegeregisteret om ny adresse, eller ordner Helfo dette?

Listene gjelder blant annet fastlege Ola Hagen (HPR 5522107) og fastlege Randi Bergheim (HPR 5522214).

Mvh
Hege Markussen
helse- og omsorgssjef
Salangen kommune
""",
  dict(kind="other", municipality="5522", needs_review=True, orders=[],
       forbid=BASE_FORBID + ["last_day_from_notice_period", "timing_in_time", "timing_late_letters",
                             "timing_after_transfer"],
       note="A question about a clinic moving (new address from 1 February 2026) with two GPs and HPR numbers named: no list change and no termination; municipal sender, so review."))

weekday(2026, 2, 16, 0)
m("other", "o_o02_ibestad_auto_reply", 2026, 2, 16, 6, 2,
  ("Lene Johansen", "lene.johansen@ibestad.kommune.no"),
  "Automatisk svar: Melding til fastlegeregisteret – Hamnvik legekontor",
  """Takk for e-posten din.

Jeg er på vinterferie til og med 23. februar og har begrenset tilgang til e-post. Haster det, kontakt helse- og omsorgssjef Frode Nilsen på tlf. 77 17 82 00.

Hilsen Lene Johansen
Ibestad kommune
""",
  dict(kind="other", municipality="5514", needs_review=None, orders=[],
       forbid=BASE_FORBID + ["timing_in_time", "timing_late_letters", "timing_after_transfer"],
       note="Out-of-office auto-reply (Auto-Submitted) from a municipal address; the subject names a list change: kind other, no orders; review not scored."),
  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, html=None)

weekday(2025, 10, 8, 2)
m("other", "o_o03_sorfold_thanks_quotes_helfo", 2025, 10, 8, 11, 30,
  ("Siv Karlsen", "siv.karlsen@sorfold.kommune.no"),
  "SV: Fastlege – manuell fordeling",
  """Takk for bekreftelsen!

Siv Karlsen
helse- og omsorgssjef
Fuolldá suohkan / Sørfold kommune

Fra: Helfo <post@helfo.no>
Sendt: tirsdag 7. oktober 2025 14:05
Til: Siv Karlsen <siv.karlsen@sorfold.kommune.no>
Emne: SV: Fastlege – manuell fordeling

Hei,

Helfo har slått av automatisk tildeling for Sørfold kommune. Kommunen kan nå sende skjema for manuell fordeling av innbyggere.

Med vennlig hilsen
Helfo

Fra: Siv Karlsen <siv.karlsen@sorfold.kommune.no>
Sendt: mandag 6. oktober 2025 09:12
Til: post@helfo.no
Emne: Fastlege – manuell fordeling

Sørfold kommune ønsker manuell fordeling av innbyggere uten fastlege.
""",
  dict(kind="other", municipality="1845", needs_review=True, orders=[],
       forbid=BASE_FORBID + ["children_may_exceed"],
       note="A thanks on top of Helfo's confirmation, which quotes the original manual-distribution request with the magic subject: kind other, no orders; municipal sender, so review."))


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------
def build(msg):
    extra = ATTACH.get(msg["name"])
    if not extra:
        return X.build(msg)
    base = BytesParser(policy=policy.compat32).parsebytes(X.build(msg))
    h = hashlib.md5(msg["name"].encode()).hexdigest()[:20].upper()
    outer = MIMEMultipart("mixed", boundary="_004_" + h + "_")
    body = MIMEMultipart("alternative", boundary="_000_" + h + "_")
    for p in base.get_payload():
        body.attach(p)
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


def append_rows(path: Path, header: str, rows, key_cols: int):
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not existing:
        path.write_text(header + "\n", encoding="utf-8")
        existing = [header]
    keys = {tuple(line.split(",")[:key_cols]) for line in existing[1:]}
    new = [",".join(str(x) for x in r) for r in rows if tuple(str(x) for x in r[:key_cols]) not in keys]
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [x["name"] for x in X.MESSAGES]
    assert len(names) == len(set(names)) and all(n.startswith("o_") for n in names)
    for msg in X.MESSAGES:
        folder = OUT / msg["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{msg['name']}.eml").write_bytes(build(msg))
        gold = X.finish_gold(msg)
        (folder / f"{msg['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size", LISTS_O, 1)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_O, 1)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
