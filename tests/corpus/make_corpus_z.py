#!/usr/bin/env python3
"""Build the fourth test corpus (z_* files) for `postmottak parse`.

    .venv/bin/python tests/corpus/make_corpus_z.py [OUTDIR]

Written in the style of the shared corpus: Outlook / Thunderbird / iPhone
headers, multipart/alternative with an HTML twin, municipal signatures, and
each message hard in one way (a calendar edge, a distractor date, a forward,
a nynorsk phrasing, a spreadsheet layout, a thread across messages).

Writes NAME.eml + NAME.expected.json (prefix z_) into the kind folders and
APPENDS the lists and municipalities these messages need to
registry/lists.csv and registry/unassigned.csv (rows already present are left
alone, so a rerun changes nothing).  Deterministic: fixed Message-IDs, MIME
boundaries, dates and xlsx bytes.

Gold helpers (notice periods, transfer dates, timing findings with the
`holidays` package, registry findings) are those of make_corpus.py, imported
here; the z_ registry rows are added to its REG/UNA tables before any gold is
finished.  Municipalities, numbers and domains are real (2024 numbering);
people, HPR numbers, FLR list IDs, phone numbers are made up.
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

import holidays

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
# the z_ set has a message in 2027: make the shared holiday table cover it
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))

# --------------------------------------------------------------------------
# Registry rows for the z_ messages (appended to the snapshot)
# --------------------------------------------------------------------------
LISTS_Z = [
    ("400114", "4001", "Henning Sørli", "4001237", "open", 1000, 990),
    ("400103", "4001", "Live Amundsen", "4001118", "open", 1000, 985),
    ("400109", "4001", "Sverre Bakke", "4001340", "locked", 900, 890),
    ("400121", "4001", "Nina Lunde", "4001455", "closed", 1100, 1100),
    ("420311", "4203", "Gunnar Holt", "4203075", "open", 1100, 1080),
    ("420305", "4203", "Hege Berntsen", "4203211", "closed", 1000, 990),
    ("420318", "4203", "Olav Tangen", "4203389", "open", 1200, 1195),
    ("420322", "4203", "Silje Fjeld", "4203502", "open", 1000, 970),
    ("310322", "3103", "Kjell Arne Strand", "3103544", "open", 1200, 1170),
    ("463115", "4631", "Olav Hope", "4631207", "open", 1000, 960),
    ("503718", "5037", "Bente Ness", "5037118", "open", 1000, 980),
    ("503712", "5037", "Pål Fossum", "5037224", "open", 800, 790),
    ("320914", "3209", "Siv Mathisen", "3209117", "open", 1100, 1060),
    ("320725", "3207", "Lise Kolstad", "3207118", "open", 1000, 990),
    ("340108", "3401", "Ann Kristin Berg", "3401220", "open", 900, 880),
    ("560311", "5603", "Berit Olsen", "5603102", "open", 1000, 950),
    ("420207", "4202", "Tore Kittelsen", "4202119", "open", 1000, 997),
    ("420214", "4202", "Maren Fossli", "4202236", "open", 1000, 992),
    ("422508", "4225", "Eivind Stokke", "4225104", "open", 1000, 980),
    ("422511", "4225", "Anja Try", "4225217", "open", 900, 880),
    ("110104", "1101", "Tone Omdal", "1101155", "open", 1000, 990),
    ("110109", "1101", "Jan Egeland", "1101263", "open", 1000, 995),
    ("500620", "5006", "Kari Sandvik", "5006489", "open", 1200, 1190),
    ("503105", "5031", "Hanne Aune", "5031126", "locked", 1000, 990),
    ("503111", "5031", "Stig Wold", "5031247", "open", 1000, 960),
    ("560712", "5607", "Mette Vik", "5607318", "open", 1000, 1000),
]
UNASSIGNED_Z = [
    ("4001", 25, "manual"), ("4203", 20, "manual"), ("3103", 10, "automatic"),
    ("3903", 5, "automatic"), ("5006", 8, "automatic"), ("4631", 6, "automatic"),
    ("5037", 4, "automatic"), ("3209", 30, "manual"), ("1824", 3, "automatic"),
    ("3207", 12, "automatic"), ("3401", 6, "automatic"), ("5603", 2, "automatic"),
    ("3446", 9, "automatic"), ("5021", 0, "automatic"), ("4005", 7, "manual"),
    ("4202", 14, "manual"), ("4225", 15, "manual"), ("1101", 5, "manual"),
    ("5031", 0, "automatic"), ("5607", 1, "automatic"), ("1505", 3, "automatic"),
    ("3216", 0, "automatic"), ("3214", 4, "automatic"),
]


def _existing_keys(path: Path, n: int):
    if not path.exists():
        return set()
    return {tuple(line.split(",")[:n]) for line in path.read_text(encoding="utf-8").splitlines()[1:]}


# rows the other corpora already own must not be ours
for r in LISTS_Z:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_Z:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u

ATTACH: dict[str, list] = {}


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


def outlook(subject, name, attach=False):
    """The headers Exchange / Outlook adds to a message."""
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(name.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
IPHONE = {"X-Mailer": "iPhone Mail (22F76)"}


# ==========================================================================
# termination/
# ==========================================================================
weekday(2025, 8, 28, 3)
add("termination", "z_t01_porsgrunn_february_not_leap",
    date=hdate(2025, 8, 28, 7, 42, 10, UTC), sender=("Hilde Tufte", "hilde.tufte@porsgrunn.kommune.no"),
    subject="Oppsigelse av fastlegeavtale – Henning Sørli",
    extra=outlook("Oppsigelse av fastlegeavtale – Henning Sørli", "z_t01"),
    plain="""Hei,

Porsgrunn kommune mottok 27.08.2025 oppsigelse av fastlegeavtalen fra fastlege Henning Sørli (HPR-nr. 4001237) ved Herøya legesenter.

Han har vært fastlege hos oss siden 1. mars 2012. Det er ikke avtalt annen siste arbeidsdag enn det som følger av den ordinære oppsigelsestiden på seks måneder.

Vi melder fra om ny fastlege på listen så snart hjemmelen er besatt.

Med vennlig hilsen
Hilde Tufte
Rådgiver, Kommunalområde helse
Porsgrunn kommune
Tlf. 35 54 70 00
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4001", needs_review=False,
              orders=[term("Henning Sørli", "4001237", "Herøya legesenter", D(2025, 8, 27))],
              note="Notice 27.08.2025 with the notice period: six months from 1 September end on 28 February 2026 (not a leap year); the start of his agreement (1. mars 2012) is a distractor. flr_list_id not scored. list_change/z_l01 is the follow-up."))

weekday(2024, 10, 31, 3)
add("termination", "z_t02_arendal_utc_late_evening_i_dag",
    date=hdate(2024, 10, 31, 23, 15, 40, UTC), sender=("Ragnar Eikeland", "ragnar.eikeland@arendal.kommune.no"),
    subject="Oppsigelse fastlege Kolbjørnsvik legesenter",
    extra=outlook("Oppsigelse fastlege Kolbjørnsvik legesenter", "z_t02"),
    plain="""Hei,

Fastlege Marianne Tveit (HPR 4203118) ved Kolbjørnsvik legesenter har i dag levert skriftlig oppsigelse av fastlegeavtalen med Arendal kommune. Hun har ordinær oppsigelsestid, og siste arbeidsdag er ikke avtalt.

Beklager sen e-post – jeg ville få dette sendt før helgen.

Med vennlig hilsen
Ragnar Eikeland
Fagleder legetjenester
Arendal kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4203", needs_review=False,
              orders=[term("Marianne Tveit", "4203118", "Kolbjørnsvik legesenter", D(2024, 11, 1))],
              note="'i dag' with a UTC Date header of Thu 31 Oct 23:15, which is Fri 1 Nov 00:15 in Oslo (winter time, +1): notice 1 Nov, six months from 1 Dec give 31 May 2025 (the UTC day would give 30 April). flr_list_id not scored."))

weekday(2024, 12, 2, 0)
add("termination", "z_t03_moss_thunderbird_iso_dates",
    date=hdate(2024, 12, 2, 10, 14, 33), sender=("Terje Aas", "terje.aas@moss.kommune.no"),
    subject="Oppsigelse fastlegeavtale", extra=THUNDERBIRD,
    plain="""Hei,

Melding om oppsigelse av fastlegeavtale, Moss kommune:

Fastlege:            Kjell Arne Strand
HPR-nummer:          3103544
Legekontor:          Jeløy legesenter
Oppsigelse mottatt:  2024-11-29
Siste arbeidsdag:    2025-05-31
Årsak:               Egen oppsigelse (flytter)

Saken er registrert hos oss med saksnr. 2024/11873.

--
Terje Aas
Helse og mestring
Moss kommune
""",
    gold=dict(kind="termination_notice", municipality="3103", needs_review=False,
              orders=[term("Kjell Arne Strand", "3103544", "Jeløy legesenter", D(2024, 11, 29),
                           last=D(2025, 5, 31))],
              note="Thunderbird plain text, label: value lines with ISO dates (2024-11-29, 2025-05-31); a case number '2024/11873' looks like a year. flr_list_id not scored. list_change/z_l07 is the follow-up."))

weekday(2025, 2, 5, 2)
weekday(2025, 2, 3, 0)
add("termination", "z_t04_holmestrand_thunderbird_inline_forward",
    date=hdate(2025, 2, 5, 8, 31, 2), sender=("Kari Weum", "kari.weum@holmestrand.kommune.no"),
    subject="Fwd: Oppsigelse", extra=THUNDERBIRD,
    plain="""Hei,

Videresender oppsigelse fra fastlege Trond Eek ved Sande legesenter til registrering. Kommunen har ikke avtalt noen annen sluttdato med ham.

Hilsen
Kari Weum
Seksjon helse, Holmestrand kommune


-------- Videresendt melding --------
Emne: 	Oppsigelse
Dato: 	Mon, 3 Feb 2025 14:02:11 +0100
Fra: 	Trond Eek <trond.eek@sandelegesenter.no>
Til: 	Kari Weum <kari.weum@holmestrand.kommune.no>


Hei Kari,

Jeg sier med dette opp fastlegeavtalen min med Holmestrand kommune, med vanlig oppsigelsestid.

HPR-nr. 3903215

Mvh
Trond Eek
Sande legesenter
""",
    gold=dict(kind="termination_notice", municipality="3903", needs_review=False,
              orders=[term("Trond Eek", "3903215", "Sande legesenter", D(2025, 2, 3))],
              note="Thunderbird inline forward ('-------- Videresendt melding --------' with Emne:/Dato:/Fra:/Til: and an RFC 2822 date): the notice date is the GP's mail (3 Feb 2025), not the forward's (5 Feb); six months from 1 March give 31 August 2025. flr_list_id not scored."))

weekday(2025, 9, 18, 3)
add("termination", "z_t05_steinkjer_retirement_end_of_year",
    date=hdate(2025, 9, 18, 11, 2, 55, UTC), sender=("Marit Lyng", "marit.lyng@steinkjer.kommune.no"),
    subject="Fastlege går av med pensjon – Oddvar Lein",
    extra=outlook("Fastlege går av med pensjon – Oddvar Lein", "z_t05"),
    plain="""Hei,

Fastlege Oddvar Lein (HPR 5006312) ved Steinkjer legesenter går av med alderspensjon ved utgangen av året. Skriftlig oppsigelse er datert 15. september 2025, og kommunen har godtatt kortere oppsigelsestid.

Vi lyser ut hjemmelen med søknadsfrist 10. oktober og kommer tilbake med melding til fastlegeregisteret.

Med vennlig hilsen
Marit Lyng
Rådgiver, Helse og velferd
Steinkjer kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="5006", needs_review=False,
              orders=[term("Oddvar Lein", "5006312", "Steinkjer legesenter", D(2025, 9, 15),
                           reason="retirement", last=D(2025, 12, 31))],
              note="Retirement 'ved utgangen av året': a stated last day, 31 December 2025 (transfer 1 January 2026), shorter than the notice period; the application deadline (10. oktober) is a distractor. flr_list_id not scored."))

weekday(2024, 11, 29, 4)
add("termination", "z_t06_alver_nynorsk_abbreviated_months",
    date=hdate(2024, 11, 29, 12, 40, 5, UTC), sender=("Solveig Hope Lie", "solveig.lie@alver.kommune.no"),
    subject="Oppseiing av fastlegeavtale – Knarvik legesenter",
    extra=outlook("Oppseiing av fastlegeavtale – Knarvik legesenter", "z_t06"),
    plain="""Hei

Fastlege Olav Hope (HPR-nr. 4631207) ved Knarvik legesenter sa opp fastlegeavtalen sin med Alver kommune 28. nov. 2024.

Etter avtale med kommunen er siste arbeidsdag hans 30. apr. 2025.

Med helsing
Solveig Hope Lie
rådgjevar, helse og omsorg
Alver kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4631", needs_review=False,
              orders=[term("Olav Hope", "4631207", "Knarvik legesenter", D(2024, 11, 28),
                           last=D(2025, 4, 30))],
              note="Nynorsk; abbreviated month names with a dot ('28. nov. 2024', '30. apr. 2025'); the sender's middle name equals the GP's surname (Hope). flr_list_id not scored. list_change/z_l08 is the follow-up."))

weekday(2025, 2, 3, 0)
weekday(2025, 6, 13, 4)
add("termination", "z_t07_levanger_two_lists_friday_last_day",
    date=hdate(2025, 2, 3, 8, 12, 44, UTC), sender=("Ola Rønning", "ola.ronning@levanger.kommune.no"),
    subject="Oppsigelser – Levanger legesenter",
    extra=outlook("Oppsigelser – Levanger legesenter", "z_t07"),
    plain="""Hei,

Levanger kommune har mottatt to oppsigelser av fastlegeavtaler ved Levanger legesenter, begge datert 31.01.2025:

- Bente Ness, HPR 5037118, FLR-liste 503718. Etter avtale med kommunen er siste arbeidsdag fredag 13. juni 2025.
- Pål Fossum, HPR 5037224, FLR-liste 503712. Ordinær oppsigelsestid, siste arbeidsdag er ikke fastsatt.

Vi melder fra om ny lege eller ubesatt liste for begge listene.

Med vennlig hilsen
Ola Rønning
Kommuneoverlege
Levanger kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="5037", needs_review=False,
              orders=[term("Bente Ness", "5037118", "Levanger legesenter", D(2025, 1, 31),
                           last=D(2025, 6, 13), flr="503718"),
                      term("Pål Fossum", "5037224", "Levanger legesenter", D(2025, 1, 31),
                           flr="503712")],
              forbid=BASE_FORBID + ["list_unknown", "list_other_municipality"],
              note="Two GPs, notice on the last day of January (31.01.2025) for both: one with a stated mid-month last day (fredag 13. juni, transfer 1 July), one on the notice period (1 Feb + 6 months: 31 July); FLR lists given. list_change/z_l03 is the follow-up."))

weekday(2025, 8, 1, 4)
add("termination", "z_t08_ullensaker_i_gar_month_end",
    date=hdate(2025, 8, 1, 7, 10, 19, UTC), sender=("Anne Lise Bakken", "anne.lise.bakken@ullensaker.kommune.no"),
    subject="Oppsigelse av fastlegeavtale – Jessheim legesenter",
    extra=outlook("Oppsigelse av fastlegeavtale – Jessheim legesenter", "z_t08"),
    plain="""Hei,

Fastlege Siv Mathisen (HPR-nr. 3209117) ved Jessheim legesenter sa opp fastlegeavtalen sin i går. Hun har seks måneders oppsigelsestid, og siste arbeidsdag er ennå ikke avtalt.

Listen hennes har nummer 320914.

Med vennlig hilsen
Anne Lise Bakken
Spesialrådgiver
Helse og omsorg, Ullensaker kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3209", needs_review=False,
              orders=[term("Siv Mathisen", "3209117", "Jessheim legesenter", D(2025, 7, 31),
                           flr="320914")],
              forbid=BASE_FORBID + ["list_unknown", "list_other_municipality"],
              note="'i går' on Fri 1 Aug 2025 is Thu 31 July, across the month boundary: the notice period runs from 1 August to 31 January 2026 (reading the receipt day would give 28 February). list_change/z_l05 is the follow-up."))

weekday(2024, 12, 16, 0)
add("termination", "z_t09_vefsn_iphone_dates_without_year",
    date=hdate(2024, 12, 16, 7, 55, 10), sender=("Geir Strand", "geir.strand@vefsn.kommune.no"),
    subject="Oppsigelse fastlege", extra=IPHONE,
    plain="""Hei

Rolf Hagen, fastlege ved Mosjøen legesenter, hpr 1824093, sa opp avtalen 13.12. og slutter 30.4. etter avtale med kommunen.

Mvh Geir Strand
Vefsn kommune

Sendt fra min iPhone
""",
    html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Hei</div><div dir="ltr"><br></div><div dir="ltr">Rolf Hagen, fastlege ved Mosjøen legesenter, hpr 1824093, sa opp avtalen 13.12. og slutter 30.4. etter avtale med kommunen.</div><div dir="ltr"><br></div><div dir="ltr">Mvh Geir Strand</div><div dir="ltr">Vefsn kommune<br><br><div dir="ltr">Sendt fra min iPhone</div></div></body></html>
""",
    gold=dict(kind="termination_notice", municipality="1824", needs_review=False,
              orders=[term("Rolf Hagen", "1824093", "Mosjøen legesenter", D(2024, 12, 13),
                           last=D(2025, 4, 30))],
              note="iPhone, terse, dates without a year: '13.12.' is the Friday before (2024), '30.4.' is next year (2025), a stated last day before the notice period would end. flr_list_id not scored."))

weekday(2027, 8, 20, 4)
add("termination", "z_t10_frogn_leap_day_2028",
    date=hdate(2027, 8, 20, 9, 5, 30, UTC), sender=("Elin Kjos", "elin.kjos@frogn.kommune.no"),
    subject="Oppsigelse av fastlegeavtale – Drøbak legesenter",
    extra=outlook("Oppsigelse av fastlegeavtale – Drøbak legesenter", "z_t10"),
    plain="""Hei,

Fastlege Helge Grønvold (HPR-nr. 3214066) ved Drøbak legesenter leverte onsdag 18. august 2027 skriftlig oppsigelse av fastlegeavtalen med Frogn kommune. Han har vanlig oppsigelsestid på seks måneder, og det er ikke avtalt noen annen siste arbeidsdag.

Med vennlig hilsen
Elin Kjos
Rådgiver, Helse og omsorg
Frogn kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3214", needs_review=False,
              orders=[term("Helge Grønvold", "3214066", "Drøbak legesenter", D(2027, 8, 18))],
              note="Notice on the notice period in August 2027: six months from 1 September end on 29 February 2028 (leap year), transfer 1 March 2028. flr_list_id not scored."))

# ==========================================================================
# list_change/
# ==========================================================================
weekday(2026, 1, 5, 0)
add("list_change", "z_l01_porsgrunn_no_start_matched_in_time",
    date=hdate(2026, 1, 5, 8, 30, 12, UTC), sender=("Hilde Tufte", "hilde.tufte@porsgrunn.kommune.no"),
    subject="Ny fastlege Herøya legesenter",
    extra=outlook("Ny fastlege Herøya legesenter", "z_l01"),
    plain="""Hei,

Viser til vår melding av 28. august 2025 om oppsigelse fra fastlege Henning Sørli (HPR-nr. 4001237) ved Herøya legesenter.

Amalie Berge (HPR-nr. 4001592) er ansatt i hjemmelen og overtar listen hans (liste 400114) når han slutter. Listetaket blir 1000.

Med vennlig hilsen
Hilde Tufte
Rådgiver, Kommunalområde helse
Porsgrunn kommune
Tlf. 35 54 70 00
""",
    html=True,
    gold=dict(kind="list_change", municipality="4001", needs_review=None,
              orders=[change("new_gp", "400114", clinic="Herøya legesenter", prev="Henning Sørli",
                             prev_hpr="4001237", gp="Amalie Berge", hpr="4001592", start=None,
                             ceiling=1000, transfer=D(2026, 3, 1))],
              note="No start date ('når han slutter'): the transfer date comes from the matched z_t01 (notice period to 28 Feb 2026, transfer 1 Mar). Received Mon 5 Jan 2026, registered Wed 7 Jan, 53 days before: in time. '28. august 2025' is the old message, not a start. Review either way."))

weekday(2026, 3, 31, 1)
weekday(2026, 4, 20, 0)
add("list_change", "z_l02_arendal_easter_2026_mid_month_start",
    date=hdate(2026, 3, 31, 10, 15, 0, UTC), sender=("Ragnar Eikeland", "ragnar.eikeland@arendal.kommune.no"),
    subject="Melding til fastlegeregisteret – liste 420311",
    extra=outlook("Melding til fastlegeregisteret – liste 420311", "z_l02"),
    plain="""Hei,

Melding til fastlegeregisteret:

Jakob Salvesen (HPR 4203427) overtar liste 420311 ved Kolbjørnsvik legesenter etter Gunnar Holt (HPR 4203075) fra mandag 20. april 2026. Listetak 1100.

God påske!

Med vennlig hilsen
Ragnar Eikeland
Fagleder legetjenester
Arendal kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="4203",
              orders=[change("new_gp", "420311", clinic="Kolbjørnsvik legesenter", prev="Gunnar Holt",
                             prev_hpr="4203075", gp="Jakob Salvesen", hpr="4203427",
                             start=D(2026, 4, 20), ceiling=1100)],
              note="Easter 2026 and a start in the middle of a month: received Tue 31 Mar; Thu 2, Fri 3 and Mon 6 Apr are holidays, so registration is Tue 7 Apr, 13 days before Mon 20 Apr: late letters (weekdays only would give Thu 2 Apr, 18 days, 'in time'); 20 days ahead: not on Helsenorge."))

weekday(2025, 6, 3, 1)
add("list_change", "z_l03_levanger_two_lists_old_last_days",
    date=hdate(2025, 6, 3, 7, 50, 31, UTC), sender=("Ola Rønning", "ola.ronning@levanger.kommune.no"),
    subject="Melding til fastlegeregisteret – Levanger legesenter",
    extra=outlook("Melding til fastlegeregisteret – Levanger legesenter", "z_l03"),
    plain="""Hei,

Melding til fastlegeregisteret fra Levanger kommune, jf. oppsigelsene vi meldte 3. februar:

1) Liste 503718 (Bente Ness, siste arbeidsdag 13. juni): Ny fastlege Ingrid Rønning, HPR 5037356, fra 1. juli 2025. Listetak 1000.

2) Liste 503712 (Pål Fossum, slutter 31. juli): Listen blir ubesatt fra 1. august 2025 og driftes av vikar. Listetak 800.

Begge listene er ved Levanger legesenter.

Med vennlig hilsen
Ola Rønning
Kommuneoverlege
Levanger kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="5037",
              orders=[change("new_gp", "503718", clinic="Levanger legesenter", prev="Bente Ness",
                             gp="Ingrid Rønning", hpr="5037356", start=D(2025, 7, 1), ceiling=1000),
                      change("unassigned_list", "503712", clinic="Levanger legesenter", prev="Pål Fossum",
                             start=D(2025, 8, 1), ceiling=800)],
              note="Two lists, each with the old GP's last day in parentheses (13. juni, 31. juli: not starts); one new GP from 1 July, one unassigned from 1 August. Received Tue 3 Jun 2025, registered Thu 5 Jun: both in time; 28 days before 1 July: not on Helsenorge. Follow-up to z_t07. previous_hpr_number not scored (not in the message)."))

weekday(2025, 12, 30, 1)
add("list_change", "z_l04_nordre_follo_christmas_2025_after_transfer",
    date=hdate(2025, 12, 30, 13, 5, 47, UTC), sender=("Kristine Holm", "kristine.holm@nordrefollo.kommune.no"),
    subject="Ny fastlege liste 320725 fra 1. januar",
    extra=outlook("Ny fastlege liste 320725 fra 1. januar", "z_l04"),
    plain="""Hei,

Emil Brekke (HPR-nr. 3207634) tar over liste 320725 ved Ski legesenter etter Lise Kolstad (HPR-nr. 3207118) fra 1. januar 2026. Listetaket er 1000.

Beklager at meldingen kommer så sent, kontrakten ble først underskrevet 23. desember.

Godt nytt år!

Med vennlig hilsen
Kristine Holm
Rådgiver, Helse
Nordre Follo kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3207",
              orders=[change("new_gp", "320725", clinic="Ski legesenter", prev="Lise Kolstad",
                             prev_hpr="3207118", gp="Emil Brekke", hpr="3207634",
                             start=D(2026, 1, 1), ceiling=1000)],
              note="Christmas/New Year 2025: received Tue 30 Dec; +1 Wed 31 Dec, +2 Fri 2 Jan (1 Jan is a holiday, 31 Dec is not): after the 1 Jan transfer, error, review (ignoring the holiday gives Thu 1 Jan, 'on it': late letters). '23. desember' is a distractor."))

weekday(2026, 1, 14, 2)
add("list_change", "z_l05_ullensaker_utc_next_day_boundary",
    date=hdate(2026, 1, 14, 23, 40, 12, UTC), sender=("Anne Lise Bakken", "anne.lise.bakken@ullensaker.kommune.no"),
    subject="Ubesatt liste 320914 – Jessheim legesenter",
    extra=outlook("Ubesatt liste 320914 – Jessheim legesenter", "z_l05"),
    plain="""Hei,

Vi har ikke lyktes med å rekruttere ny fastlege etter Siv Mathisen (HPR-nr. 3209117), som slutter 31.01.2026.

Liste 320914 ved Jessheim legesenter blir derfor ubesatt fra 1. februar 2026 og driftes av vikarer. Listetak 1100.

Med vennlig hilsen
Anne Lise Bakken
Spesialrådgiver
Helse og omsorg, Ullensaker kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3209",
              orders=[change("unassigned_list", "320914", clinic="Jessheim legesenter", prev="Siv Mathisen",
                             prev_hpr="3209117", start=D(2026, 2, 1), ceiling=1100)],
              note="Date header Wed 14 Jan 2026 23:40 UTC is Thu 15 Jan 00:40 in Oslo: registered Mon 19 Jan, 13 days before 1 Feb: late letters (the UTC day would give Fri 16 Jan, 16 days, in time); 17 days ahead: not on Helsenorge. The old GP's last day 31.01.2026 is not the start. Follow-up to z_t08."))

weekday(2027, 5, 14, 4)
add("list_change", "z_l06_kongsvinger_17_mai_whit_monday_2027",
    date=hdate(2027, 5, 14, 8, 20, 3, UTC), sender=("Trine Sætre", "trine.saetre@kongsvinger.kommune.no"),
    subject="Melding til fastlegeregisteret – ny fastlege Kongsvinger legesenter",
    extra=outlook("Melding til fastlegeregisteret – ny fastlege Kongsvinger legesenter", "z_l06"),
    plain="""Hei,

Ny fastlege på liste 340108 ved Kongsvinger legesenter:

Tobias Hauge, HPR-nr. 3401553, overtar listen etter Ann Kristin Berg, HPR-nr. 3401220, fra 1. juni 2027. Listetak 900.

Ønsker dere en fin 17. mai og pinse!

Med vennlig hilsen
Trine Sætre
Helse og velferd
Kongsvinger kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3401",
              orders=[change("new_gp", "340108", clinic="Kongsvinger legesenter", prev="Ann Kristin Berg",
                             prev_hpr="3401220", gp="Tobias Hauge", hpr="3401553",
                             start=D(2027, 6, 1), ceiling=900)],
              note="In 2027 17 May and Whit Monday are the same Monday: received Fri 14 May, registered Wed 19 May, 13 days before 1 June: late letters (weekdays only would give Tue 18 May, exactly 14 days, 'in time'); 18 days ahead: not on Helsenorge. '17. mai' greeting is a distractor."))

weekday(2025, 4, 14, 0)
add("list_change", "z_l07_moss_reply_quotes_termination",
    date=hdate(2025, 4, 14, 9, 2, 45), sender=("Terje Aas", "terje.aas@moss.kommune.no"),
    subject="Re: Oppsigelse fastlegeavtale", extra=THUNDERBIRD,
    plain="""Hei igjen,

Melding til fastlegeregisteret: Sunniva Lie (HPR-nummer 3103861) overtar listen etter Kjell Arne Strand, liste 310322 ved Jeløy legesenter, fra 1. juni 2025. Listetak: 1200.

--
Terje Aas
Helse og mestring
Moss kommune

Den 02.12.2024 10:14, skrev Terje Aas:
> Hei,
>
> Melding om oppsigelse av fastlegeavtale, Moss kommune:
>
> Fastlege:            Kjell Arne Strand
> HPR-nummer:          3103544
> Legekontor:          Jeløy legesenter
> Oppsigelse mottatt:  2024-11-29
> Siste arbeidsdag:    2025-05-31
> Årsak:               Egen oppsigelse (flytter)
""",
    gold=dict(kind="list_change", municipality="3103",
              orders=[change("new_gp", "310322", clinic="Jeløy legesenter", prev="Kjell Arne Strand",
                             gp="Sunniva Lie", hpr="3103861", start=D(2025, 6, 1), ceiling=1200)],
              note="Thunderbird reply ('Re:' on the old subject) on top of the quoted termination z_t03 with its ISO dates (2025-05-31 is the old GP's last day, not a start). Received Mon 14 Apr 2025 (Easter later that week), registered Wed 16 Apr: in time; 48 days ahead. previous_hpr_number not scored (only in the quote)."))

weekday(2025, 4, 22, 1)
add("list_change", "z_l08_alver_nynorsk_ubesett_1_mai",
    date=hdate(2025, 4, 22, 9, 30, 9, UTC), sender=("Solveig Hope Lie", "solveig.lie@alver.kommune.no"),
    subject="Ubesett liste – Knarvik legesenter",
    extra=outlook("Ubesett liste – Knarvik legesenter", "z_l08"),
    plain="""Hei

Vi har ikkje fått på plass ny fastlege etter Olav Hope (HPR-nr. 4631207). Lista hans, nr. 463115 ved Knarvik legesenter, vert difor ubesett frå 1. mai. Ein vikar held lista i drift inntil vidare. Listetaket er framleis 1000.

Med helsing
Solveig Hope Lie
rådgjevar, helse og omsorg
Alver kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="4631",
              orders=[change("unassigned_list", "463115", clinic="Knarvik legesenter", prev="Olav Hope",
                             prev_hpr="4631207", start=D(2025, 5, 1), ceiling=1000)],
              note="Nynorsk 'vert ubesett frå 1. mai' without a year (2025); 'Ein vikar' is no new GP. Received Tue 22 Apr 2025 (the day after Easter Monday), registered Thu 24 Apr, 7 days before 1 May: late letters; 9 days ahead. Follow-up to z_t06."))

weekday(2025, 8, 4, 0)
add("list_change", "z_l09_hammerfest_iphone_short_date",
    date=hdate(2025, 8, 4, 16, 42, 0), sender=("Jan Ivar Isaksen", "jan.ivar.isaksen@hammerfest.kommune.no"),
    subject="Ny lege liste 560311", extra=IPHONE,
    plain="""Hei! Ny lege på liste 560311 fra 1.9: Aleksander Lie, hpr 5603478. Tar over etter Berit Olsen (hpr 5603102), Hammerfest legesenter.

Mvh Jan Ivar Isaksen
Hammerfest kommune

Sendt fra min iPhone
""",
    html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Hei! Ny lege på liste 560311 fra 1.9: Aleksander Lie, hpr 5603478. Tar over etter Berit Olsen (hpr 5603102), Hammerfest legesenter.</div><div dir="ltr"><br></div><div dir="ltr">Mvh Jan Ivar Isaksen</div><div dir="ltr">Hammerfest kommune<br><br><div dir="ltr">Sendt fra min iPhone</div></div></body></html>
""",
    gold=dict(kind="list_change", municipality="5603",
              orders=[change("new_gp", "560311", clinic="Hammerfest legesenter", prev="Berit Olsen",
                             prev_hpr="5603102", gp="Aleksander Lie", hpr="5603478",
                             start=D(2025, 9, 1))],
              note="iPhone one-liner: '1.9' without a year is 1 September 2025; clinic after the old GP. Received Mon 4 Aug 2025, registered Wed 6 Aug: in time; 28 days ahead: not on Helsenorge. list_ceiling not scored (not in the message)."))

# ==========================================================================
# manual_request/
# ==========================================================================
weekday(2025, 10, 6, 0)
add("manual_request", "z_m01_gran_request_only_in_subject",
    date=hdate(2025, 10, 6, 6, 58, 20, UTC), sender=("Lars Bjørge", "lars.bjorge@gran.kommune.no"),
    subject="Fastlege – manuell fordeling",
    extra=outlook("Fastlege – manuell fordeling", "z_m01"),
    plain="""Gjelder Gran kommune, kommunenummer 3446.

Kontaktperson: Lars Bjørge, tlf. 61 33 84 00.

Med vennlig hilsen
Lars Bjørge
Helse og omsorg
Gran kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="3446", needs_review=None,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="The request is only the subject Helsedirektoratet prescribes ('Fastlege – manuell fordeling'); the body names the municipality and a contact person. Review either way (Helfo confirmed such a mail in manual_request/m03)."))

weekday(2025, 3, 27, 3)
add("manual_request", "z_m02_oppdal_forwarded_council_decision",
    date=hdate(2025, 3, 27, 12, 5, 0, UTC), sender=("Ingrid Krogstad", "ingrid.krogstad@oppdal.kommune.no"),
    subject="VS: Vedtak – fordeling av innbyggere uten fastlege",
    extra=outlook("VS: Vedtak – fordeling av innbyggere uten fastlege", "z_m02"),
    plain="""Hei,

Til orientering og oppfølging: kommunestyret vedtok 20. mars at Oppdal kommune skal fordele innbyggere uten fastlege selv. Vi ber Helfo slå av den automatiske tildelingen for Oppdal fra 1. mai 2025.

Mvh
Ingrid Krogstad
Kommuneoverlege, Oppdal kommune

Fra: Politisk sekretariat <postmottak@oppdal.kommune.no>
Sendt: fredag 21. mars 2025 10:12
Til: Ingrid Krogstad <ingrid.krogstad@oppdal.kommune.no>
Emne: Vedtak – fordeling av innbyggere uten fastlege

Sak 14/25 Fastlegeordningen – fordeling av innbyggere uten fastlege

Vedtak:
Oppdal kommune går over til manuell fordeling av innbyggere uten plass på fastlegeliste. Kommunedirektøren gis fullmakt til å gjennomføre ordningen.

Vedtaket ble fattet enstemmig.
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="5021", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Outlook forward (VS:) of a council decision; the request is the covering note ('slå av den automatiske tildelingen ... fra 1. mai'); the meeting date, case number and effective date are no orders."))

weekday(2025, 5, 13, 1)
add("manual_request", "z_m03_notodden_back_after_last_distribution",
    date=hdate(2025, 5, 13, 9, 44, 38, UTC), sender=("Hans Petter Rue", "hans.petter.rue@notodden.kommune.no"),
    subject="Tilbake til automatisk tildeling",
    extra=outlook("Tilbake til automatisk tildeling", "z_m03"),
    plain="""Hei,

Fordelingen vi bestilte 3. mars (fem innbyggere til liste 400511 og to til liste 400518) er gjennomført, og alle innbyggere i Notodden har nå fastlege.

Notodden kommune ønsker derfor at Helfo går tilbake til automatisk tildeling av fastlege for kommunen, og avslutter den manuelle fordelingen.

Med vennlig hilsen
Hans Petter Rue
Enhetsleder helse
Notodden kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="4005", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              forbid=BASE_FORBID + ["exceeds_unassigned", "list_unknown"],
              note="Back to automatic (enable false); the completed distribution it refers to (five to 400511, two to 400518) is no distribution order."))

# ==========================================================================
# distribution/  (xlsx made with openpyxl, bytes pinned like make_xlsx.py)
# ==========================================================================
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
FILL = PatternFill("solid", fgColor="DDEBF7")
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


def xlsx_porsgrunn() -> bytes:
    """Header over two rows: a merged group 'Fordeling' above the two number
    columns, the ID and name headers merged vertically over both rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere – Porsgrunn kommune"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:D1")
    ws["A2"] = "Kontakt: Hilde Tufte, tlf. 35 54 70 00"
    _head(ws, 4, 1, ["Liste-ID", "Lege", "Fordeling", None])
    _head(ws, 5, 1, [None, None, "Antall innbyggere", "Økning listetak"])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:D4")
    for col, w in zip("ABCD", [12, 22, 18, 16]):
        ws.column_dimensions[col].width = w
    _rows(ws, 6, 1, [
        [400103, "Live Amundsen", 6, None],
        [400109, "Sverre Bakke", 8, None],
        [400121, "Nina Lunde", 5, 5],
    ])
    return _finish(wb, "Hilde Tufte", dt.datetime(2025, 11, 4, 8, 30))


def xlsx_arendal() -> bytes:
    """Numbers stored as text, a totals row, notes under the table."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Januar 2026"
    ws["A1"] = "Arendal kommune – bestilling av fordeling"
    ws["A1"].font = BOLD
    ws["A2"] = "Dato: 14.01.2026"
    _head(ws, 4, 1, ["Liste", "Fastlege", "Nye innbyggere", "Økt listetak"])
    _rows(ws, 5, 1, [
        ["420305", "Hege Berntsen", "4", ""],
        ["420318", "Olav Tangen", "5", "0"],
        ["420322", "Silje Fjeld", "3", ""],
    ])
    for row in ws.iter_rows(min_row=5, max_row=7):
        for c in row:
            c.number_format = "@"
            if c.value == "":
                c.value = None
    ws["A8"] = "Totalt"
    ws["A8"].font = BOLD
    ws["C8"] = "12"
    ws["A10"] = "Merk: Alle tre fastlegene er kontaktet 12.01.2026 og har sagt ja."
    ws["A11"] = "Spørsmål kan rettes til Ragnar Eikeland, tlf. 37 01 30 00."
    for col, w in zip("ABCD", [12, 22, 16, 14]):
        ws.column_dimensions[col].width = w
    return _finish(wb, "Ragnar Eikeland", dt.datetime(2026, 1, 14, 9, 10))


def xlsx_grimstad() -> bytes:
    """Long header words and an HPR column between the name and the numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws["A2"] = "Kommune: Grimstad (4202)"
    _head(ws, 4, 1, ["Fastlegens liste (FLR-nr.)", "Navn", "HPR", "Antall",
                     "Utvidelse av listetak (plasser)"])
    _rows(ws, 5, 1, [
        [420207, "Tore Kittelsen", 4202119, 6, 2],
        [420214, "Maren Fossli", 4202236, 8, 0],
    ])
    for col, w in zip("ABCDE", [16, 20, 12, 10, 18]):
        ws.column_dimensions[col].width = w
    return _finish(wb, "Grimstad kommune", dt.datetime(2025, 6, 10, 10, 0))


def xlsx_lyngdal() -> bytes:
    """The same list on two rows (adults and a family), a Merknad column."""
    wb = Workbook()
    guide = wb.active
    guide.title = "Slik fyller du ut"
    for r, line in enumerate([
        "Slik fyller du ut skjemaet",
        "Én rad per fastlege. Skriv FLR-ID, navn og antall innbyggere.",
        "Eksempel: 10 | Fastlege a | 5 | 0",
    ], start=1):
        guide.cell(row=r, column=1, value=line)
    ws = wb.create_sheet("Skjema")
    ws["A1"] = "Skjema for manuell fordeling av innbyggere – Lyngdal kommune"
    ws["A1"].font = BOLD
    _head(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak", "Merknad"])
    _rows(ws, 4, 1, [
        [422508, "Eivind Stokke", 5, 0, "Enslige"],
        [422511, "Anja Try", 4, 0, None],
        [422508, "Eivind Stokke", 3, 0, "Familie (samme adresse)"],
    ])
    for col, w in zip("ABCDE", [10, 20, 18, 18, 30]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    return _finish(wb, "Lyngdal kommune", dt.datetime(2025, 9, 11, 13, 20))


XLSX_MIME = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_part(data: bytes, filename: str):
    part = MIMEApplication(data, XLSX_MIME)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


weekday(2025, 11, 4, 1)
add("distribution", "z_d01_porsgrunn_xlsx_two_row_header",
    date=hdate(2025, 11, 4, 8, 40, 15, UTC), sender=("Hilde Tufte", "hilde.tufte@porsgrunn.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere – Porsgrunn",
    extra=outlook("Skjema for manuell fordeling av innbyggere – Porsgrunn", "z_d01", attach=True),
    plain="""Hei,

Vedlagt er skjema for manuell fordeling av innbyggere uten fastlege i Porsgrunn kommune. Nina Lunde har full liste og får økt listetaket med 5.

Med vennlig hilsen
Hilde Tufte
Rådgiver, Kommunalområde helse
Porsgrunn kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4001", needs_review=False,
              orders=[dist("400103", "Live Amundsen", 6), dist("400109", "Sverre Bakke", 8),
                      dist("400121", "Nina Lunde", 5, 5)],
              note="The header spans two rows: merged 'Liste-ID' and 'Lege' cells, and a merged group 'Fordeling' above 'Antall innbyggere' and 'Økning listetak'. 400109 is locked with exactly 10 free (locked, so no closed_too_free); 400121 is full, +5 covers 5; 19 of 25 unassigned."))
ATTACH["z_d01_porsgrunn_xlsx_two_row_header"] = [
    xlsx_part(xlsx_porsgrunn(), "Skjema for manuell fordeling av innbyggere - Porsgrunn.xlsx")]

weekday(2026, 1, 14, 2)
add("distribution", "z_d02_arendal_xlsx_text_numbers_closed_ten_free",
    date=hdate(2026, 1, 14, 8, 25, 0, UTC), sender=("Ragnar Eikeland", "ragnar.eikeland@arendal.kommune.no"),
    subject="Manuell fordeling januar 2026",
    extra=outlook("Manuell fordeling januar 2026", "z_d02", attach=True),
    plain="""Hei,

Vedlagt følger bestilling av fordeling for januar. Vi har 20 innbyggere uten fastlege og fordeler 12 nå.

Med vennlig hilsen
Ragnar Eikeland
Fagleder legetjenester
Arendal kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4203", needs_review=False,
              orders=[dist("420305", "Hege Berntsen", 4), dist("420318", "Olav Tangen", 5),
                      dist("420322", "Silje Fjeld", 3)],
              note="Every number stored as text, headers 'Liste' / 'Nye innbyggere' / 'Økt listetak', a 'Totalt' row and two note lines (a date, a phone) under the table. 420305 is closed with exactly 10 free: list_closed_too_free (a warning, no review); 420318 gets exactly its 5 free places."))
ATTACH["z_d02_arendal_xlsx_text_numbers_closed_ten_free"] = [
    xlsx_part(xlsx_arendal(), "Fordeling Arendal januar 2026.xlsx")]

weekday(2025, 6, 10, 1)
add("distribution", "z_d03_grimstad_xlsx_capacity_by_one",
    date=hdate(2025, 6, 10, 8, 5, 41, UTC), sender=("Camilla Knutsen", "camilla.knutsen@grimstad.kommune.no"),
    subject="Fordeling av innbyggere uten fastlege – Grimstad",
    extra=outlook("Fordeling av innbyggere uten fastlege – Grimstad", "z_d03", attach=True),
    plain="""Hei,

Se vedlagt skjema. Vi fordeler alle 14 innbyggerne som står uten fastlege.

Vennlig hilsen
Camilla Knutsen
Rådgiver, Helse og omsorg
Grimstad kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4202", needs_review=True,
              orders=[dist("420207", "Tore Kittelsen", 6, 2), dist("420214", "Maren Fossli", 8)],
              note="Long headers ('Fastlegens liste (FLR-nr.)', 'Utvidelse av listetak (plasser)') and an HPR column before the numbers. 420207 has 3 free + 2 = 5 for 6: capacity_insufficient by one, review; 420214 gets exactly its 8 free; 14 of 14 unassigned (must not fire)."))
ATTACH["z_d03_grimstad_xlsx_capacity_by_one"] = [
    xlsx_part(xlsx_grimstad(), "Fordeling Grimstad juni 2025.xlsx")]

weekday(2025, 9, 11, 3)
add("distribution", "z_d04_lyngdal_xlsx_same_list_twice",
    date=hdate(2025, 9, 11, 11, 30, 2, UTC), sender=("Sigrun Eikeland", "sigrun.eikeland@lyngdal.kommune.no"),
    subject="Skjema manuell fordeling – Lyngdal",
    extra=outlook("Skjema manuell fordeling – Lyngdal", "z_d04", attach=True),
    plain="""Hei,

Vedlagt skjema for manuell fordeling. Eivind Stokke tar en familie i tillegg til enslige, derfor står han på to rader.

Med vennlig hilsen
Sigrun Eikeland
Helse og mestring
Lyngdal kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4225", needs_review=None,
              orders=[dist("422508", "Eivind Stokke", 5), dist("422511", "Anja Try", 4),
                      dist("422508", "Eivind Stokke", 3)],
              req=["duplicate_list"],
              note="The same list 422508 on two rows (5 + 3, 'Familie' in Merknad): duplicate_list warning, both rows stay orders. An instruction sheet with an example row comes first; the form is the active second sheet. 12 of 15 unassigned. Review either way (a duplicate may be held)."))
ATTACH["z_d04_lyngdal_xlsx_same_list_twice"] = [
    xlsx_part(xlsx_lyngdal(), "Skjema for manuell fordeling av innbyggere.xlsx")]

weekday(2025, 2, 24, 0)
add("distribution", "z_d05_eigersund_body_d_number",
    date=hdate(2025, 2, 24, 9, 12, 27, UTC), sender=("Bjørn Omdal", "bjorn.omdal@eigersund.kommune.no"),
    subject="Manuell fordeling – Eigersund kommune",
    extra=outlook("Manuell fordeling – Eigersund kommune", "z_d05"),
    plain="""Hei,

Eigersund kommune ber om fordeling av de fem innbyggerne som står uten fastlege:

- Liste 110104 (Tone Omdal): 3 innbyggere
- Liste 110109 (Jan Egeland): 2 innbyggere

Ingen økning av listetak.

En av innbyggerne er sesongarbeider med D-nummer 520387 41233 og ønsker å stå på samme liste som kollegaene sine hos Tone Omdal.

Med vennlig hilsen
Bjørn Omdal
Helse og omsorg
Eigersund kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="1101", needs_review=True,
              orders=[dist("110104", "Tone Omdal", 3), dist("110109", "Jan Egeland", 2)],
              req=["personal_data"], forbid=["malformed_message"],
              note="Order written in the body as bullets; a D-nummer (day + 40: '520387 41233', fictitious, valid check digits, written with a space) is personal data: masked, review. 5 of 5 unassigned (must not fire)."))

# ==========================================================================
# list_request/
# ==========================================================================
weekday(2025, 11, 5, 2)
add("list_request", "z_r01_steinkjer_med_og_til",
    date=hdate(2025, 11, 5, 12, 20, 0, UTC), sender=("Marit Lyng", "marit.lyng@steinkjer.kommune.no"),
    subject="Økning av listetak – Kari Sandvik",
    extra=outlook("Økning av listetak – Kari Sandvik", "z_r01"),
    plain="""Hei,

Fastlege Kari Sandvik (HPR 5006489), liste 500620, ønsker å øke listetaket med 100 plasser, fra 1200 til 1300. Kommunen har ingen innvendinger.

Med vennlig hilsen
Marit Lyng
Rådgiver, Helse og velferd
Steinkjer kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="5006", needs_review=False,
              orders=[ceiling("500620", "Kari Sandvik", hpr="5006489", increase=100, new=1300)],
              note="Both the increase and the target in one sentence ('med 100 plasser, fra 1200 til 1300'): increase 100, new ceiling 1300, not an increase of 1300."))

weekday(2025, 3, 21, 4)
add("list_request", "z_r02_malvik_unlock_then_lock",
    date=hdate(2025, 3, 21, 13, 48, 6, UTC), sender=("Eirik Wold", "eirik.wold@malvik.kommune.no"),
    subject="Låsing og opplåsing av lister",
    extra=outlook("Låsing og opplåsing av lister", "z_r02"),
    plain="""Hei,

Liste 503105 (Hanne Aune) kan låses opp igjen fra mandag, mens liste 503111 (Stig Wold) må låses fra samme dag fordi legen skal ut i permisjon.

Mvh
Eirik Wold
Kommunalsjef helse
Malvik kommune
""",
    html=True,
    gold=dict(kind="list_request", municipality="5031", needs_review=False,
              orders=[lock("503105", "Hanne Aune", "unlock"), lock("503111", "Stig Wold", "lock")],
              note="One sentence with both actions: 'låses opp igjen' (unlock) first, then 'må låses' (lock); the GP Stig Wold shares the sender's surname."))

weekday(2025, 9, 2, 1)
add("list_request", "z_r03_vadso_forwarded_gp_application",
    date=hdate(2025, 9, 2, 7, 33, 51, UTC), sender=("Tove Eriksen", "tove.eriksen@vadso.kommune.no"),
    subject="VS: Søknad om utvidelse av liste",
    extra=outlook("VS: Søknad om utvidelse av liste", "z_r03"),
    plain="""Hei,

Vadsø kommune støtter søknaden under. Listen er nr. 560712.

Mvh
Tove Eriksen
Virksomhetsleder helse
Vadsø kommune

Fra: Mette Vik <mette.vik@vadsolegesenter.no>
Sendt: fredag 29. august 2025 15:20
Til: Tove Eriksen <tove.eriksen@vadso.kommune.no>
Emne: Søknad om utvidelse av liste

Hei Tove,

Jeg har full liste og venteliste, og ønsker å utvide listen min med 150 plasser fra 1. oktober.

HPR-nr. 5607318

Hilsen
Mette Vik
Fastlege, Vadsø legesenter
""",
    html=True,
    gold=dict(kind="list_request", municipality="5607", needs_review=False,
              orders=[ceiling("560712", "Mette Vik", hpr="5607318", increase=150)],
              note="Outlook forward (VS:): the GP's own application ('utvide listen min med 150 plasser') is quoted under the municipality's approval, which gives the list number; name and HPR only in the GP's mail. new_ceiling not scored (registry ceiling + 150 would give it)."))

# ==========================================================================
# other/
# ==========================================================================
weekday(2026, 1, 2, 4)
READ_RECEIPT = """From: Kristine Holm <kristine.holm@nordrefollo.kommune.no>
To: post@helfo.no
Date: {date}
Subject: =?utf-8?q?Lest=3A_SV=3A_Ny_fastlege_liste_320725_fra_1=2E_januar?=
Message-ID: <DB9PR05MB7741B0D1C62E9A35F2A8DB9PR05MB7741@DB9PR05MB7741.EURPRD09.PROD.OUTLOOK.COM>
Thread-Topic: Ny fastlege liste 320725 fra 1. januar
Content-Language: nb-NO
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_RR_9f2c1e7a3b_"

--_RR_9f2c1e7a3b_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Meldingen

Til: Kristine Holm
Emne: SV: Ny fastlege liste 320725 fra 1. januar
Sendt: 31. desember 2025 09:14

ble lest fredag 2. januar 2026 08:03.

--_RR_9f2c1e7a3b_
Content-Type: message/disposition-notification

Reporting-UA: DB9PR05MB7741.EURPRD09.PROD.OUTLOOK.COM
Final-Recipient: rfc822;kristine.holm@nordrefollo.kommune.no
Original-Message-ID: <5d1e0c2a9b7f@helfo.no>
Disposition: manual-action/MDN-sent-manually; displayed

--_RR_9f2c1e7a3b_--
"""
add("other", "z_o01_nordre_follo_read_receipt",
    date=hdate(2026, 1, 2, 7, 3, 12, UTC), sender=("Kristine Holm", "kristine.holm@nordrefollo.kommune.no"),
    subject="Lest: SV: Ny fastlege liste 320725 fra 1. januar", plain="",
    gold=dict(kind="other", municipality="3207", needs_review=None, orders=[],
              forbid=BASE_FORBID + ["timing_in_time", "timing_late_letters", "timing_after_transfer"],
              note="A read receipt (multipart/report, disposition-notification) for Helfo's reply to z_l04; the subject names a list and a date: kind other, no orders. Municipal, but automatic: review not scored (as other/o09)."))

weekday(2025, 11, 18, 1)
add("other", "z_o02_kristiansund_question_mid_month",
    date=hdate(2025, 11, 18, 13, 2, 9, UTC), sender=("Hege Aasen", "hege.aasen@kristiansund.kommune.no"),
    subject="Spørsmål om overføring av liste",
    extra=outlook("Spørsmål om overføring av liste", "z_o02"),
    plain="""Hei,

Vi har en fastlege som vurderer å slutte, men som ikke har levert oppsigelse ennå. Hvis hun slutter fredag 13. mars 2026, blir innbyggerne overført til ny lege 1. april, eller må listen stå ubesatt i to uker?

Og hvor tidlig må vi i så fall sende «Melding til fastlegeregisteret» for at innbyggerne skal få brev i tide?

Med vennlig hilsen
Hege Aasen
Rådgiver, Helse og velferd
Kristiansund kommune
""",
    html=True,
    gold=dict(kind="other", municipality="1505", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period", "timing_in_time",
                                    "timing_late_letters", "timing_after_transfer"],
              note="A hypothetical question ('vurderer å slutte', 'ikke levert oppsigelse ennå') with a mid-month last day, a transfer date and the name of the list-change form: kind other, no orders; municipal sender, so review."))

weekday(2025, 2, 10, 0)
add("other", "z_o03_vestby_sick_leave_vikar",
    date=hdate(2025, 2, 10, 10, 27, 55, UTC), sender=("Marte Skaug", "marte.skaug@vestby.kommune.no"),
    subject="Sykmelding fastlege – vikar på listen",
    extra=outlook("Sykmelding fastlege – vikar på listen", "z_o03"),
    plain="""Hei,

Til orientering: fastlege Petter Holm (HPR 3216470) ved Vestby legesenter er sykmeldt fra 1. mars til 31. mai 2025. Vikar Sara Lind driver listen i perioden.

Dette er ingen oppsigelse, og det skal ikke gjøres endringer på listen i fastlegeregisteret. Gi beskjed hvis dere trenger noe mer fra oss.

Med vennlig hilsen
Marte Skaug
Helse og omsorg
Vestby kommune
""",
    html=True,
    gold=dict(kind="other", municipality="3216", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period", "timing_in_time",
                                    "timing_late_letters", "timing_after_transfer"],
              note="Sick leave with a substitute ('Vikar ... driver listen') and a date range, explicitly no termination and no change in the registry: kind other, no orders; municipal sender, so review."))


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------
RAW = {"z_o01_nordre_follo_read_receipt": READ_RECEIPT}


def build(m):
    if m["name"] in RAW:
        return RAW[m["name"]].format(date=m["date"]).replace("\n", "\r\n").encode("ascii")
    extra = ATTACH.get(m["name"])
    if not extra:
        return X.build(m)
    base = BytesParser(policy=policy.compat32).parsebytes(X.build(m))
    bnd = "_004_" + hashlib.md5(m["name"].encode()).hexdigest()[:20].upper() + "_"
    outer = MIMEMultipart("mixed", boundary=bnd)
    body = MIMEMultipart("alternative",
                         boundary="_000_" + hashlib.md5(m["name"].encode()).hexdigest()[:20].upper() + "_")
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
        existing = [header]
        path.write_text(header + "\n", encoding="utf-8")
    keys = {tuple(line.split(",")[:key_cols]) for line in existing[1:]}
    new = [",".join(str(x) for x in r) for r in rows if tuple(str(x) for x in r[:key_cols]) not in keys]
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) and all(n.startswith("z_") for n in names)
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
                LISTS_Z, 1)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_Z, 1)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
