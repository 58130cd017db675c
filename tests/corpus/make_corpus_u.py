#!/usr/bin/env python3
"""Build the u_ test corpus for `postmottak parse` (terminations, list changes, other).

    .venv/bin/python tests/corpus/make_corpus_u.py [OUTDIR]

Written in the style of the shared corpus: Outlook / Thunderbird / iPhone
headers, multipart/alternative with an HTML twin, municipal signatures, each
message hard in one way.  Writes NAME.eml + NAME.expected.json (prefix u_)
into the kind folders and APPENDS the lists and municipalities these messages
need to registry/lists.csv and registry/unassigned.csv (existing rows are
never changed; a rerun changes nothing; a clash with another corpus's row of
the same list ID is an error).  Deterministic: fixed Message-IDs, boundaries
and dates.

Gold helpers (notice periods, transfer dates, timing findings with the
`holidays` package, registry findings) are those of make_corpus.py.
Municipalities, numbers and domains are real (2024 numbering); people, HPR
numbers, FLR list IDs, phone numbers and the D-number are made up.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import sys
from email import policy
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
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
BASE_FORBID = X.BASE_FORBID
TIMING = X.TIMING
X.MESSAGES.clear()
add = X.add
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))

# --------------------------------------------------------------------------
# Registry rows for the u_ messages
# --------------------------------------------------------------------------
LISTS_U = [
    ("421574", "4215", "Knut Fjeld", "4215106", "open", 1200, 1150),
    ("421579", "4215", "Randi Kvåle", "4215224", "open", 1000, 990),
    ("184177", "1841", "Elin Moe", "1841223", "open", 1000, 940),
    ("153178", "1531", "Per Kjell Vik", "1531120", "open", 1000, 995),
    ("114671", "1146", "Per Helland", "1146105", "open", 1000, 980),
    ("114677", "1146", "Turid Aase", "1146229", "open", 900, 890),
    ("112073", "1120", "Ove Bø", "1120118", "open", 1100, 1060),
    ("341275", "3412", "Anne Lie", "3412166", "open", 1000, 985),
    ("341374", "3413", "Berit Hovland", "3413207", "open", 1100, 1090),
    ("111973", "1119", "Gunn Salte", "1119207", "open", 1000, 975),
    ("153574", "1535", "Kari Hole", "1535131", "open", 900, 860),
    ("391178", "3911", "Trond Eliassen", "3911152", "open", 1200, 1185),
    ("461872", "4618", "Liv Tveit", "4618120", "open", 800, 790),
    ("323271", "3232", "Grete Lund", "3232102", "open", 1000, 1000),
    ("464476", "4644", "Odd Nes", "4644105", "open", 900, 870),
    ("187073", "1870", "Geir Aune", "1870144", "open", 1000, 960),
    ("153972", "1539", "Bjørn Ask", "1539114", "open", 1100, 1100),
    ("465173", "4651", "Sigrid Loen", "4651207", "open", 1000, 980),
]
UNASSIGNED_U = [
    ("4215", 6, "automatic"), ("1841", 3, "automatic"), ("1531", 11, "automatic"),
    ("1146", 0, "automatic"), ("1120", 4, "automatic"), ("3412", 2, "automatic"),
    ("3413", 9, "automatic"), ("1119", 5, "automatic"), ("1535", 7, "manual"),
    ("3911", 12, "automatic"), ("4618", 3, "automatic"), ("3232", 15, "automatic"),
    ("4644", 0, "automatic"), ("1870", 4, "automatic"), ("1539", 8, "automatic"),
    ("4651", 2, "automatic"), ("4018", 6, "manual"), ("4026", 1, "automatic"),
    ("3441", 3, "automatic"), ("3442", 5, "automatic"), ("3437", 7, "automatic"),
    ("4630", 0, "automatic"), ("5038", 4, "automatic"), ("3203", 20, "automatic"),
]
UNKNOWN_LIST = "111978"   # u_l07: must stay absent from the snapshot


def _csv_rows(path: Path):
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {ln.split(",")[0]: tuple(ln.split(",")) for ln in lines if ln.strip()}


def _check_registry():
    """Other corpora append to the same snapshot: our IDs must not collide."""
    lists = _csv_rows(HERE / "registry" / "lists.csv")
    for r in LISTS_U:
        have = lists.get(r[0])
        assert have is None or have == tuple(str(x) for x in r), ("list clash", r, have)
    # u_ has no distribution orders: a municipality another corpus already
    # added keeps that corpus's row (append_rows skips it); only lists matter.
    assert UNKNOWN_LIST not in lists, "u_l07's unknown list was added by someone"


for r in LISTS_U:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_U:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


def outlook(subject, name, attach=False):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(name.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
IPHONE = {"X-Mailer": "iPhone Mail (22F76)"}

# fødselsnummer / D-nummer check digits (mod 11)
W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def check_digits(nine: str):
    d = [int(c) for c in nine]
    k1 = 11 - sum(a * b for a, b in zip(W1, d)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(a * b for a, b in zip(W2, d + [k1])) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def valid_id(eleven: str) -> bool:
    return len(eleven) == 11 and eleven.isdigit() and check_digits(eleven[:9]) == eleven[9:]


def d_number(day, month, yy, indiv_from):
    """A D-number: 4 added to the first digit of the day; first individual
    number from indiv_from with valid check digits."""
    for i in range(indiv_from, 1000):
        nine = f"{day + 40:02d}{month:02d}{yy:02d}{i:03d}"
        cd = check_digits(nine)
        if cd:
            return nine + cd
    raise ValueError


DNR = d_number(23, 7, 91, 512)       # born 23.07.1991, D-number 63....
assert DNR.startswith("6307915") and valid_id(DNR)


def ul_html(intro, items, outro):
    """Outlook HTML with a real bullet list (<ul><li>) for the bullets of plain."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    ps = lambda lines: "\n".join(f'<p class="MsoNormal">{esc(x) or "&nbsp;"}<o:p></o:p></p>' for x in lines)  # noqa: E731
    lis = "\n".join(f'<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">{esc(x)}<o:p></o:p></li>'
                    for x in items)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '</head>\n<body lang="NO-BOK">\n<div class="WordSection1">\n'
            + ps(intro) + '\n<ul style="margin-top:0cm" type="disc">\n' + lis + "\n</ul>\n"
            + ps(outro) + "\n</div>\n</body>\n</html>\n")


# ==========================================================================
# termination/
# ==========================================================================
weekday(2026, 1, 22, 3)
weekday(2026, 7, 31, 4)
add("termination", "u_t01_asker_fratrer_stillingen",
    date=hdate(2026, 1, 22, 9, 12, 40), sender=("Ingvild Rustad", "ingvild.rustad@asker.kommune.no"),
    subject="Fastlege fratrer – Holmen legesenter",
    extra=outlook("Fastlege fratrer – Holmen legesenter", "u_t01"),
    plain="""Hei,

Vi viser til telefonsamtalen med Helfo i går.

Fastlege Martin Solberg (HPR-nr. 3203415) ved Holmen legesenter fratrer stillingen som fastlege i Asker kommune. Oppsigelsen hans er datert 20. januar 2026, og det er avtalt at han fratrer fredag 31. juli 2026.

Kommunen lyser ut hjemmelen i februar, og vi sender melding til fastlegeregisteret når ny lege er på plass.

Med vennlig hilsen
Ingvild Rustad
Spesialrådgiver, Helse og omsorg
Asker kommune
Tlf. 66 90 00 00
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3203", needs_review=False,
              orders=[term("Martin Solberg", "3203415", "Holmen legesenter", D(2026, 1, 20),
                           last=D(2026, 7, 31))],
              note="'fratrer stillingen' / 'fratrer fredag 31. juli 2026' is the stated last day (no 'oppsigelse'/'siste arbeidsdag' wording for it); notice date is the letter's date 20.01, not 'i går'. flr_list_id not scored."))

weekday(2026, 2, 9, 0)
weekday(2026, 2, 2, 0)
add("termination", "u_t02_stange_pension_at_67",
    date=hdate(2026, 2, 9, 14, 3, 5), sender=("Tone Hagen", "tone.hagen@stange.kommune.no"),
    subject="Oppsigelse fastlegeavtale – alderspensjon",
    extra=outlook("Oppsigelse fastlegeavtale – alderspensjon", "u_t02"),
    plain="""Hei,

Fastlege Berit Hovland (HPR 3413207) ved Ottestad legesenter leverte mandag 2. februar oppsigelse av fastlegeavtalen. Hun fyller 67 år 12. juni 2026 og går da av med alderspensjon.

Siste arbeidsdag er avtalt til 31.08.2026.

Med vennlig hilsen
Tone Hagen
Rådgiver, Helse og mestring
Stange kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3413", needs_review=False,
              orders=[term("Berit Hovland", "3413207", "Ottestad legesenter", D(2026, 2, 2),
                           reason="retirement", last=D(2026, 8, 31))],
              note="Retirement before 70 ('fyller 67 år ... alderspensjon'): reason retirement; the birthday 12 June 2026 is a distractor; notice 'mandag 2. februar' without a year (this year). flr_list_id not scored."))

weekday(2026, 3, 10, 1)
weekday(2026, 3, 8, 6)
add("termination", "u_t03_sortland_death_vikar_ut_mars",
    date=hdate(2026, 3, 10, 8, 41, 17), sender=("Marit Johansen", "marit.johansen@sortland.kommune.no"),
    subject="Fastlege Geir Aune er død",
    extra=outlook("Fastlege Geir Aune er død", "u_t03"),
    plain="""Hei,

Det er med stor sorg vi må meddele at fastlege Geir Aune (HPR 1870144) ved Sortland legesenter døde brått søndag 8. mars 2026.

Legesenteret har skaffet vikar ut mars. Vi kommer tilbake med melding til fastlegeregisteret om hvordan listen skal driftes videre.

Med vennlig hilsen
Marit Johansen
Kommuneoverlege
Sortland kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="1870", needs_review=None,
              orders=[term("Geir Aune", "1870144", "Sortland legesenter", None, reason="death",
                           score_notice=False)],
              note="Death: last day and transfer date unknown (null, basis unknown); 'vikar ut mars' is the substitute's period, not the GP's last day; notice_date not scored; review either way (as t09). list_change/u_l13 follows."))

weekday(2026, 3, 6, 4)
add("termination", "u_t04_verdal_avtalen_opphorer",
    date=hdate(2026, 3, 6, 11, 30, 2, UTC), sender=("Jorunn Haugan", "jorunn.haugan@verdal.kommune.no"),
    subject="Fastlegeavtale opphører – Ørmelen legekontor",
    extra=outlook("Fastlegeavtale opphører – Ørmelen legekontor", "u_t04"),
    plain="""Hei,

Verdal kommune har mottatt oppsigelse fra fastlege Ragnhild Sandvik, HPR 5038126, Ørmelen legekontor. Oppsigelsen er datert 27.02.2026.

Etter avtale mellom kommunen og legen opphører fastlegeavtalen 30.06.2026.

Med hilsen
Jorunn Haugan
Enhetsleder legetjenester
Verdal kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="5038", needs_review=False,
              orders=[term("Ragnhild Sandvik", "5038126", "Ørmelen legekontor", D(2026, 2, 27),
                           last=D(2026, 6, 30))],
              note="The last day is phrased as the date the agreement ends ('opphører fastlegeavtalen 30.06.2026'), earlier than the notice period (30 Sep): stated. Name, HPR and clinic in a comma list. flr_list_id not scored."))

weekday(2026, 2, 4, 2)
add("termination", "u_t05_senja_moving_to_tromso",
    date=hdate(2026, 2, 4, 10, 5, 51), sender=("Stian Pedersen", "stian.pedersen@senja.kommune.no"),
    subject="Oppsigelse fastlege Finnsnes legesenter",
    extra=outlook("Oppsigelse fastlege Finnsnes legesenter", "u_t05"),
    plain="""Hei,

Fastlege Ida Karlsen (HPR 5530219) ved Finnsnes legesenter sa 2. februar 2026 opp fastlegeavtalen sin med Senja kommune. Hun har fått fastlegehjemmel i Tromsø kommune og begynner der 1. september 2026.

Siste arbeidsdag i Senja er 31. juli 2026.

Med vennlig hilsen
Stian Pedersen
Rådgiver helse
Senja kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="5530", needs_review=False,
              orders=[term("Ida Karlsen", "5530219", "Finnsnes legesenter", D(2026, 2, 2),
                           last=D(2026, 7, 31))],
              note="A GP moving to another municipality: Tromsø and her start there (1 Sep) are distractors; the municipality is Senja (5530), the last day 31 July. flr_list_id not scored."))

weekday(2026, 1, 13, 1)
add("termination", "u_t06_loten_notice_withdrawn",
    date=hdate(2026, 1, 13, 13, 22, 8), sender=("Kari Sveen", "kari.sveen@loten.kommune.no"),
    subject="Oppsigelse trukket – fastlege Arne Bakken",
    extra=outlook("Oppsigelse trukket – fastlege Arne Bakken", "u_t06"),
    plain="""Hei,

Vi viser til vår e-post 18. november 2025 om oppsigelse fra fastlege Arne Bakken (HPR 3412093) ved Løten legesenter, med siste arbeidsdag 31. mai 2026.

Bakken har nå trukket oppsigelsen tilbake, og kommunen har godtatt det. Han fortsetter som fastlege på samme liste, og det skal ikke registreres noen endring i fastlegeregisteret.

Beklager ulempen.

Med vennlig hilsen
Kari Sveen
Helse og omsorg
Løten kommune
""",
    html=True,
    gold=dict(kind="other", municipality="3412", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"] + TIMING,
              note="A GP withdraws his notice ('trukket oppsigelsen tilbake'): name, HPR, clinic and an old last day are all there, but no agreement ends, so no termination order: kind other; municipal sender, so review."))

weekday(2026, 1, 15, 3)
add("termination", "u_t07_nesodden_two_gps_two_reasons",
    date=hdate(2026, 1, 15, 15, 48, 30), sender=("Hanne Grøtting", "hanne.grotting@nesodden.kommune.no"),
    subject="To oppsigelser av fastlegeavtaler",
    extra=outlook("To oppsigelser av fastlegeavtaler", "u_t07"),
    plain="""Hei,

Nesodden kommune har denne uken mottatt to oppsigelser.

Fastlege Ole Hansen (HPR 3212104), Nesoddtangen legesenter, sa opp avtalen 12. januar. Han går av med pensjon, og siste arbeidsdag er avtalt til 30. april 2026.

Fastlege Eva Moe (HPR 3212215) ved Fagerstrand legekontor leverte sin oppsigelse 14. januar. Hun flytter til Bergen og har ikke avtalt noen annen siste arbeidsdag, så ordinær oppsigelsestid gjelder.

Med vennlig hilsen
Hanne Grøtting
Kommuneoverlege
Nesodden kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3212", needs_review=False,
              orders=[term("Ole Hansen", "3212104", "Nesoddtangen legesenter", D(2026, 1, 12),
                           reason="retirement", last=D(2026, 4, 30)),
                      term("Eva Moe", "3212215", "Fagerstrand legekontor", D(2026, 1, 14))],
              note="Two GPs in two paragraphs with different facts: one retires with a stated last day, one resigns with the notice period (from 1 Feb to 31 July); dates without a year; 'Bergen' is a distractor. flr_list_id not scored."))

weekday(2026, 2, 5, 3)
T08_INTRO = ["Hei,", "", "Melding om oppsigelse av fastlegeavtale:", ""]
T08_ITEMS = ["Fastlege: Trond Eliassen", "HPR-nr.: 3911152", "Legekontor: Tjøme legesenter",
             "Liste: 391178", "Oppsigelse mottatt: 03.02.2026", "Siste arbeidsdag: 31.07.2026"]
T08_OUTRO = ["", "Vi kommer tilbake med ny lege på listen.", "", "Med vennlig hilsen",
             "Lene Wold", "Saksbehandler, Helse og velferd", "Færder kommune"]
add("termination", "u_t08_faerder_bullets",
    date=hdate(2026, 2, 5, 9, 2, 44), sender=("Lene Wold", "lene.wold@faerder.kommune.no"),
    subject="Oppsigelse fastlegeavtale Tjøme legesenter",
    extra=outlook("Oppsigelse fastlegeavtale Tjøme legesenter", "u_t08"),
    plain="\n".join(T08_INTRO + ["\u2022\t" + x for x in T08_ITEMS] + T08_OUTRO) + "\n",
    html=ul_html(T08_INTRO[:-1], T08_ITEMS, T08_OUTRO),
    gold=dict(kind="termination_notice", municipality="3911", needs_review=False,
              orders=[term("Trond Eliassen", "3911152", "Tjøme legesenter", D(2026, 2, 3),
                           last=D(2026, 7, 31), flr="391178")],
              note="Every fact in a bulleted list ('•' + tab in plain, <ul><li> in HTML), notice and last day as bullets. The list ID is given. list_change/u_l09 follows without a start date."))

weekday(2026, 1, 19, 0)
T09_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">Hei,<br><br>'
            'Oppsigelse av fastlegeavtale i Hadsel kommune:<br><br>Fastlege: Tor Eide<br>HPR-nr: 1866105<br>'
            'Legesenter: Stokmarknes legesenter<br>Oppsagt: 15.1.2026<br>'
            'Siste arbeidsdag: ikke avklart – ordin&aelig;r oppsigelsestid<br><br>'
            'Mvh<br>Lise Hansen<br>Kommuneoverlege<br>Hadsel kommune<br>Tlf. 76 16 40 00</div></body></html>\n')
add("termination", "u_t09_hadsel_html_only_br",
    date=hdate(2026, 1, 19, 12, 55, 3), sender=("Lise Hansen", "lise.hansen@hadsel.kommune.no"),
    subject="Oppsigelse fastlege Stokmarknes",
    html=T09_HTML,
    extra={"X-Mailer": "Microsoft Outlook Web App", "Content-Language": "nb-NO"},
    gold=dict(kind="termination_notice", municipality="1866", needs_review=False,
              orders=[term("Tor Eide", "1866105", "Stokmarknes legesenter", D(2026, 1, 15))],
              note="HTML only, the whole message one line broken only by <br>; 'Siste arbeidsdag: ikke avklart' means the notice period: from 1 Feb to 31 July 2026; short date 15.1.2026; &aelig; entity. flr_list_id not scored."))

weekday(2025, 3, 5, 2)
weekday(2025, 3, 3, 0)
add("termination", "u_t10_oslo_letter_dated_in_signature",
    date=hdate(2025, 3, 5, 10, 20, 14), sender=("Jonas Berge", "jonas.berge@bfr.oslo.kommune.no"),
    subject="VS: Oppsigelse av fastlegeavtale",
    extra=outlook("VS: Oppsigelse av fastlegeavtale", "u_t10"),
    plain="""Hei,

Oversender oppsigelse fra en av fastlegene i bydelen, se brevet under. Saken har fått saksnr. 25/4411.

-----------------------------------------------------------------
Til Bydel Frogner

Oppsigelse av fastlegeavtale

Jeg sier med dette opp min fastlegeavtale med Oslo kommune. Jeg ønsker å fratre når oppsigelsestiden på seks måneder er ute.

Oslo, 3. mars 2025

Kari Nilsen
Fastlege, Majorstuen legesenter
HPR-nr. 2210457
-----------------------------------------------------------------

Med vennlig hilsen
Jonas Berge
Rådgiver
Bydel Frogner, Oslo kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="0301", needs_review=False,
              orders=[term("Kari Nilsen", "2210457", "Majorstuen legesenter", D(2025, 3, 3))],
              note="The GP's letter pasted into the mail: its only date is the place-and-date line 'Oslo, 3. mars 2025' above her signature, which is the notice date; notice period from 1 April gives 30 Sep 2025; name, clinic and HPR only in the signature; the case number is a distractor. flr_list_id not scored."))

weekday(2026, 3, 3, 1)
add("termination", "u_t11_kragero_age_limit_70",
    date=hdate(2026, 3, 3, 8, 17, 36), sender=("Anders Kjær", "anders.kjaer@kragero.kommune.no"),
    subject="Oppsigelse fastlegeavtale – aldersgrense",
    extra=outlook("Oppsigelse fastlegeavtale – aldersgrense", "u_t11"),
    plain="""Hei,

Fastlege Helge Wiik (HPR 4014238) ved Kragerø legesenter når aldersgrensen på 70 år i oktober. Han har i brev datert 2. mars 2026 sagt opp fastlegeavtalen, med siste arbeidsdag 31.10.2026.

Kommunen har startet rekruttering av ny lege.

Med vennlig hilsen
Anders Kjær
Helsesjef
Kragerø kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4014", needs_review=False,
              orders=[term("Helge Wiik", "4014238", "Kragerø legesenter", D(2026, 3, 2),
                           reason="retirement", last=D(2026, 10, 31))],
              note="Retirement at 70 said only as 'når aldersgrensen på 70 år' (no 'pensjon'): reason retirement; notice date is the letter's date. flr_list_id not scored."))

weekday(2026, 2, 11, 2)
add("termination", "u_t12_stryn_nynorsk_hpr_after_clinic",
    date=hdate(2026, 2, 11, 12, 4, 19), sender=("Ingrid Loen", "ingrid.loen@stryn.kommune.no"),
    subject="Oppseiing av fastlegeavtale",
    extra=outlook("Oppseiing av fastlegeavtale", "u_t12"),
    plain="""Hei,

Fastlege Sigrid Loen har sagt opp fastlegeavtalen sin. Ho har liste 465173 ved Stryn legekontor (HPR 4651207).

Oppseiinga kom til kommunen 9. februar 2026, og siste arbeidsdag er avtalt til 31. juli 2026.

Helsing
Ingrid Loen
Einingsleiar helse
Stryn kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4651", needs_review=False,
              orders=[term("Sigrid Loen", "4651207", "Stryn legekontor", D(2026, 2, 9),
                           last=D(2026, 7, 31), flr="465173")],
              note="Nynorsk ('Oppseiinga kom til kommunen'); the list ID comes before the clinic and the HPR in brackets after the clinic, not after the name; the sender shares the GP's surname."))

weekday(2026, 2, 18, 2)
weekday(2026, 2, 16, 0)
add("termination", "u_t13_tynset_last_day_in_subject",
    date=hdate(2026, 2, 18, 7, 58, 12), sender=("Anne Brekken", "anne.brekken@tynset.kommune.no"),
    subject="Oppsigelse Per Lund – siste arbeidsdag 31.08.26", extra=IPHONE,
    plain="""Hei!

Per Lund (HPR 3427118) ved Tynset legekontor har sagt opp avtalen sin. Oppsigelsen kom inn mandag 16. februar.

Mvh Anne Brekken
Kommuneoverlege, Tynset kommune

Sendt fra min iPhone
""",
    gold=dict(kind="termination_notice", municipality="3427", needs_review=False,
              orders=[term("Per Lund", "3427118", "Tynset legekontor", D(2026, 2, 16),
                           last=D(2026, 8, 31))],
              note="The last day is only in the subject ('siste arbeidsdag 31.08.26', two-digit year); the body gives notice 'mandag 16. februar' without a year. iPhone, plain text only. flr_list_id not scored."))

weekday(2026, 1, 27, 1)
add("termination", "u_t14_vagan_shortened_notice_counterfactual",
    date=hdate(2026, 1, 27, 13, 40, 0), sender=("Eli Olsen", "eli.olsen@vagan.kommune.no"),
    subject="Oppsigelse – Svolvær legesenter",
    extra=outlook("Oppsigelse – Svolvær legesenter", "u_t14"),
    plain="""Hei,

Fastlege Knut Hagen (HPR 1865301) ved Svolvær legesenter leverte oppsigelse 26.01.2026.

Ordinær oppsigelsestid ville gitt siste arbeidsdag 31. juli 2026, men kommunen har innvilget kortere oppsigelsestid. Siste arbeidsdag blir derfor 30. april 2026.

Med vennlig hilsen
Eli Olsen
Fagleder, Legetjenesten
Vågan kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="1865", needs_review=False,
              orders=[term("Knut Hagen", "1865301", "Svolvær legesenter", D(2026, 1, 26),
                           last=D(2026, 4, 30))],
              note="Two last days: the notice period's ('ville gitt ... 31. juli 2026', counterfactual) and the agreed shorter one (30. april 2026), which is stated. flr_list_id not scored."))

weekday(2026, 1, 7, 2)
add("termination", "u_t15_gol_afp",
    date=hdate(2026, 1, 7, 10, 11, 27), sender=("Guro Kvisla", "guro.kvisla@gol.kommune.no"),
    subject="Oppsigelse fastlegeavtale Gol legesenter", extra=THUNDERBIRD,
    plain="""Hei,

Fastlege Astrid Rue (HPR 3324110) ved Gol legesenter har i brev av 5. januar sagt opp fastlegeavtalen. Hun går av med AFP ved årsskiftet, med siste arbeidsdag 31.12.2026.

--
Guro Kvisla
Helse og omsorg
Gol kommune
""",
    gold=dict(kind="termination_notice", municipality="3324", needs_review=False,
              orders=[term("Astrid Rue", "3324110", "Gol legesenter", D(2026, 1, 5),
                           reason="retirement", last=D(2026, 12, 31))],
              note="Early retirement said only as 'går av med AFP' (avtalefestet pensjon): reason retirement; last day 31 Dec gives a transfer date in 2027; 'i brev av 5. januar' without a year. Thunderbird, plain only. flr_list_id not scored."))

weekday(2026, 1, 16, 4)
add("termination", "u_t16_indre_ostfold_terminated_by_municipality",
    date=hdate(2026, 1, 16, 14, 25, 50), sender=("Morten Dahl", "morten.dahl@indre-ostfold.kommune.no"),
    subject="Fastlegeavtale opphører – Mysen legesenter",
    extra=outlook("Fastlegeavtale opphører – Mysen legesenter", "u_t16"),
    plain="""Hei,

Indre Østfold kommune har sagt opp fastlegeavtalen med Lars Tangen (HPR 3118342) ved Mysen legesenter på grunn av vesentlig mislighold av avtalen. Oppsigelsen ble sendt legen 14. januar 2026, og avtalen opphører 30.04.2026.

Vi melder fra om hvem som overtar listen.

Med vennlig hilsen
Morten Dahl
Kommunalsjef helse
Indre Østfold kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3118", needs_review=False,
              orders=[term("Lars Tangen", "3118342", "Mysen legesenter", D(2026, 1, 14),
                           reason="other", last=D(2026, 4, 30))],
              note="The municipality, not the GP, ends the agreement (breach of contract): reason other, not resignation; 'avtalen opphører 30.04.2026' is the stated last day. flr_list_id not scored."))

# ==========================================================================
# list_change/
# ==========================================================================
weekday(2026, 5, 4, 0)
add("list_change", "u_l01_lillesand_ceiling_lowered",
    date=hdate(2026, 5, 4, 9, 33, 21), sender=("Siri Knudsen", "siri.knudsen@lillesand.kommune.no"),
    subject="Melding til fastlegeregisteret – liste 421574",
    extra=outlook("Melding til fastlegeregisteret – liste 421574", "u_l01"),
    plain="""Hei,

Melding til fastlegeregisteret fra Lillesand kommune:

Fastlege Knut Fjeld (HPR 4215106) ved Lillesand legesenter slutter 30. juni. Ny fastlege Marte Vik (HPR 4215318) overtar liste 421574 fra 1. juli 2026.

Listetaket reduseres samtidig fra 1200 til 800 etter ønske fra ny lege.

Med vennlig hilsen
Siri Knudsen
Konsulent, Helse og omsorg
Lillesand kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="4215",
              orders=[change("new_gp", "421574", clinic="Lillesand legesenter", prev="Knut Fjeld",
                             prev_hpr="4215106", gp="Marte Vik", hpr="4215318",
                             start=D(2026, 7, 1), ceiling=800)],
              note="A ceiling reduction 'fra 1200 til 800' rides along with the new GP: list_ceiling 800 on the new_gp order, no separate order; '30. juni' is the old GP's last day, not the start. Received Mon 4 May, registered Wed 6 May, 56 days before 1 July: in time; 58 days ahead."))

weekday(2026, 4, 29, 2)
add("list_change", "u_l02_fauske_unassigned_1_mai_friday",
    date=hdate(2026, 4, 29, 13, 20, 45), sender=("Tor Arne Dahl", "tor.arne.dahl@fauske.kommune.no"),
    subject="Ubesatt fastlegeliste fra 1. mai",
    extra=outlook("Ubesatt fastlegeliste fra 1. mai", "u_l02"),
    plain="""Hei,

Liste 184177 ved Fauske legesenter, fastlege Elin Moe (HPR 1841223), står ubesatt fra 1. mai 2026. Vi har ikke fått på plass ny lege ennå og melder fra så snart det skjer.

Med vennlig hilsen
Tor Arne Dahl
Rådgiver, Helse og omsorg
Fauske kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1841",
              orders=[change("unassigned_list", "184177", clinic="Fauske legesenter", prev="Elin Moe",
                             prev_hpr="1841223", start=D(2026, 5, 1))],
              note="1 May 2026 is a Friday holiday: received Wed 29 Apr, business days Thu 30 Apr and Mon 4 May, so registration is 4 May, after the 1 May transfer: error, review (weekdays only would give Fri 1 May, on the transfer date, late letters only); 2 days ahead: not on Helsenorge."))

weekday(2026, 2, 3, 1)
add("list_change", "u_l03_sula_zero_list",
    date=hdate(2026, 2, 3, 10, 2, 33), sender=("Oddny Hatlø", "oddny.hatlo@sula.kommune.no"),
    subject="Ny fastlegehjemmel – 0-liste Langevåg",
    extra=outlook("Ny fastlegehjemmel – 0-liste Langevåg", "u_l03"),
    plain="""Hei,

Sula kommune oppretter en ny fastlegehjemmel ved Langevåg legesenter. Ny fastlege Jonas Furseth (HPR 1531402) starter med 0-liste fra 1. april 2026, med listetak 700.

Kan dere opprette listen og gi oss listenummeret?

Med vennlig hilsen
Oddny Hatlø
Kommuneoverlege
Sula kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1531", needs_review=None,
              orders=[change("new_gp", None, clinic="Langevåg legesenter", prev=None, prev_hpr=None,
                             gp="Jonas Furseth", hpr="1531402", start=D(2026, 4, 1), ceiling=700)],
              note="A new list ('0-liste'): no list ID, no previous GP; '0' is not a ceiling (700 is). Received Tue 3 Feb, registered Thu 5 Feb, 55 days before 1 April: in time; 57 days ahead. Review either way (as l04)."))

weekday(2026, 6, 8, 0)
add("list_change", "u_l04_tysvaer_two_lists_numbered",
    date=hdate(2026, 6, 8, 8, 49, 10), sender=("Håkon Eide", "hakon.eide@tysver.kommune.no"),
    subject="Melding til fastlegeregisteret – Aksdal legesenter",
    extra=outlook("Melding til fastlegeregisteret – Aksdal legesenter", "u_l04"),
    plain="""Hei,

Fra 1. september 2026 blir det følgende endringer ved Aksdal legesenter:

1. Liste 114671 (Per Helland, HPR 1146105): ny fastlege Nina Våge, HPR 1146411.
2. Liste 114677 (Turid Aase, HPR 1146229): ny fastlege Jon Tveit, HPR 1146523.

Listetakene blir som før.

Med vennlig hilsen
Håkon Eide
Helse og levekår
Tysvær kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1146",
              orders=[change("new_gp", "114671", clinic="Aksdal legesenter", prev="Per Helland",
                             prev_hpr="1146105", gp="Nina Våge", hpr="1146411", start=D(2026, 9, 1)),
                      change("new_gp", "114677", clinic="Aksdal legesenter", prev="Turid Aase",
                             prev_hpr="1146229", gp="Jon Tveit", hpr="1146523", start=D(2026, 9, 1))],
              note="Two lists in a numbered list; the start date and the clinic are said once, before the list, for both; the old GP in brackets, the new GP after 'ny fastlege'. list_ceiling not scored ('som før'). Received Mon 8 Jun, 83 days ahead: in time."))

weekday(2026, 3, 3, 1)
add("list_change", "u_l05_klepp_fra_1_4",
    date=hdate(2026, 3, 3, 14, 16, 58), sender=("Kjersti Tjøtta", "kjersti.tjotta@klepp.kommune.no"),
    subject="Ny fastlege Kleppe legesenter",
    extra=outlook("Ny fastlege Kleppe legesenter", "u_l05"),
    plain="""Hei,

Sara Nygård (HPR 1120336) tar over liste 112073 etter Ove Bø (HPR 1120118) ved Kleppe legesenter fra 1.4.

Mvh
Kjersti Tjøtta
Klepp kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1120",
              orders=[change("new_gp", "112073", clinic="Kleppe legesenter", prev="Ove Bø",
                             prev_hpr="1120118", gp="Sara Nygård", hpr="1120336", start=D(2026, 4, 1))],
              note="The start date only as 'fra 1.4.' (no year, no month name): 1 April of the receipt year. Received Tue 3 Mar, registered Thu 5 Mar, 27 days before: in time; 29 days ahead: not on Helsenorge a month ahead. list_ceiling not scored."))

weekday(2026, 3, 10, 1)
add("list_change", "u_l06_stange_list_belongs_to_loten",
    date=hdate(2026, 3, 10, 9, 7, 29), sender=("Tone Hagen", "tone.hagen@stange.kommune.no"),
    subject="Ny fastlege – Romedal legesenter",
    extra=outlook("Ny fastlege – Romedal legesenter", "u_l06"),
    plain="""Hei,

Liste 341275 ved Romedal legesenter: fastlege Anne Lie (HPR 3412166) slutter 31. mai. Ny fastlege fra 1. juni 2026 er Thomas Berg (HPR 3413290).

Med vennlig hilsen
Tone Hagen
Rådgiver, Helse og mestring
Stange kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3413",
              orders=[change("new_gp", "341275", clinic="Romedal legesenter", prev="Anne Lie",
                             prev_hpr="3412166", gp="Thomas Berg", hpr="3413290", start=D(2026, 6, 1))],
              note="Stange reports list 341275, which the registry has in Løten (3412): list_other_municipality, error, review. Received Tue 10 Mar, 83 days ahead: in time."))

weekday(2026, 3, 2, 0)
add("list_change", "u_l07_ha_unknown_list",
    date=hdate(2026, 3, 2, 12, 44, 7), sender=("Lars Undheim", "lars.undheim@ha.kommune.no"),
    subject="Ubesatt liste Nærbø legesenter",
    extra=outlook("Ubesatt liste Nærbø legesenter", "u_l07"),
    plain="""Hei,

Liste 111978 ved Nærbø legesenter blir ubesatt fra 1. mai 2026, når fastlege Gunn Salte (HPR 1119207) slutter.

Med vennlig hilsen
Lars Undheim
Helse og omsorg
Hå kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1119",
              orders=[change("unassigned_list", "111978", clinic="Nærbø legesenter", prev="Gunn Salte",
                             prev_hpr="1119207", start=D(2026, 5, 1))],
              note="List 111978 is not in the registry (Gunn Salte has 111973; a typo): list_unknown, error, review; the list ID is kept as written. Received Mon 2 Mar, registered Wed 4 Mar, 58 days before 1 May: in time; 60 days ahead."))

weekday(2026, 5, 13, 2)
add("list_change", "u_l08_vestnes_replaces_vikar",
    date=hdate(2026, 5, 13, 11, 5, 36), sender=("Eva Løvik", "eva.lovik@vestnes.kommune.no"),
    subject="Ny fast lege på liste 153574",
    extra=outlook("Ny fast lege på liste 153574", "u_l08"),
    plain="""Hei,

Liste 153574 ved Vestnes legekontor har vært drevet av vikar Ola Rønning siden fastlegen sluttet i fjor høst. Vi har nå ansatt ny fastlege: Anders Strand (HPR 1535277) overtar listen fra 1. august 2026.

Rønning fortsetter som vikar fram til da.

Med vennlig hilsen
Eva Løvik
Kommuneoverlege
Vestnes kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1535",
              orders=[change("new_gp", "153574", clinic="Vestnes legekontor", gp="Anders Strand",
                             hpr="1535277", start=D(2026, 8, 1))],
              note="A new GP replacing a substitute: the vikar (Ola Rønning) is not the new GP; the previous GP is unnamed (previous_gp_name / previous_hpr_number not scored: the registry has her). Received Wed 13 May (before Ascension Day), 80 days ahead: in time."))

weekday(2026, 7, 16, 3)
add("list_change", "u_l09_faerder_no_start_matched",
    date=hdate(2026, 7, 16, 10, 10, 5), sender=("Lene Wold", "lene.wold@faerder.kommune.no"),
    subject="Ny fastlege Tjøme legesenter",
    extra=outlook("Ny fastlege Tjøme legesenter", "u_l09"),
    plain="""Hei,

Vi viser til oppsigelsen fra Trond Eliassen (HPR 3911152), liste 391178, som vi meldte 5. februar.

Ny fastlege på listen blir Maria Lunde, HPR 3911460. Hun overtar når Eliassen slutter.

Med vennlig hilsen
Lene Wold
Saksbehandler, Helse og velferd
Færder kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3911", needs_review=None,
              orders=[change("new_gp", "391178", clinic="Tjøme legesenter", prev="Trond Eliassen",
                             prev_hpr="3911152", gp="Maria Lunde", hpr="3911460", start=None,
                             transfer=D(2026, 8, 1))],
              note="No start date ('når Eliassen slutter'): the transfer date 1 Aug 2026 comes from the matched termination/u_t08; '5. februar' is the old notice mail. Received Thu 16 Jul, registered Mon 20 Jul, 12 days before: late letters. Clinic only in the subject. Review either way (as l08)."))

weekday(2026, 4, 1, 2)
weekday(2026, 4, 7, 1)
add("list_change", "u_l10_ullensvang_easter_after_transfer",
    date=hdate(2026, 4, 1, 14, 0, 12), sender=("Ragnhild Bleie", "ragnhild.bleie@ullensvang.kommune.no"),
    subject="Ny fastlege liste 461872",
    extra=outlook("Ny fastlege liste 461872", "u_l10"),
    plain="""Hei,

Ny fastlege på liste 461872 ved Odda legekontor: Eirik Hus (HPR 4618334) tek over etter Liv Tveit (HPR 4618120) frå tysdag 7. april 2026, første arbeidsdag etter påske.

God påske!

Helsing
Ragnhild Bleie
Kommunalsjef helse
Ullensvang kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="4618",
              orders=[change("new_gp", "461872", clinic="Odda legekontor", prev="Liv Tveit",
                             prev_hpr="4618120", gp="Eirik Hus", hpr="4618334", start=D(2026, 4, 7))],
              note="Easter 2026: received Wed 1 Apr; Thu 2, Fri 3 and Mon 6 Apr are holidays, so registration is Wed 8 Apr, the day after the start Tue 7 Apr: after transfer, error, review (weekdays only would give Fri 3 Apr, late letters). Nynorsk. 6 days ahead: not on Helsenorge."))

weekday(2026, 5, 21, 3)
weekday(2026, 6, 8, 0)
add("list_change", "u_l11_nittedal_whit_monday_late",
    date=hdate(2026, 5, 21, 15, 30, 44), sender=("Camilla Berg", "camilla.berg@nittedal.kommune.no"),
    subject="Melding om ny fastlege Rotnes legesenter",
    extra=outlook("Melding om ny fastlege Rotnes legesenter", "u_l11"),
    plain="""Hei,

Liste 323271 ved Rotnes legesenter: ny fastlege Henrik Aas (HPR 3232418) overtar etter Grete Lund (HPR 3232102). Oppstart mandag 8. juni 2026.

God pinse!

Med vennlig hilsen
Camilla Berg
Helse, sosial og omsorg
Nittedal kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3232",
              orders=[change("new_gp", "323271", clinic="Rotnes legesenter", prev="Grete Lund",
                             prev_hpr="3232102", gp="Henrik Aas", hpr="3232418", start=D(2026, 6, 8))],
              note="Whit Monday 2026 (25 May): received Thu 21 May, registered Tue 26 May, 13 days before the start Mon 8 June: late letters (weekdays only would give Mon 25 May, exactly 14 days, in time); 18 days ahead: not on Helsenorge."))

weekday(2026, 12, 23, 2)
weekday(2027, 1, 11, 0)
add("list_change", "u_l12_luster_christmas_eve_workday",
    date=hdate(2026, 12, 23, 11, 0, 31), sender=("Sunniva Hauge", "sunniva.hauge@luster.kommune.no"),
    subject="Ny fastlege Gaupne legekontor",
    extra=outlook("Ny fastlege Gaupne legekontor", "u_l12"),
    plain="""Hei,

Liste 464476 ved Gaupne legekontor: ny fastlege Kari Bruheim (HPR 4644219) tek over etter Odd Nes (HPR 4644105) frå måndag 11. januar 2027.

God jul og godt nytt år!

Helsing
Sunniva Hauge
Helse og omsorg
Luster kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="4644",
              orders=[change("new_gp", "464476", clinic="Gaupne legekontor", prev="Odd Nes",
                             prev_hpr="4644105", gp="Kari Bruheim", hpr="4644219", start=D(2027, 1, 11))],
              note="Christmas 2026: received Wed 23 Dec; Christmas Eve (Thu 24) is not a public holiday, Fri 25 and Sat 26 are: registration Mon 28 Dec, exactly 14 days before Mon 11 Jan 2027: in time (counting 24 Dec as a holiday would give 29 Dec, late); 19 days ahead: not on Helsenorge. Nynorsk."))

weekday(2026, 3, 16, 0)
add("list_change", "u_l13_sortland_unassigned_after_death",
    date=hdate(2026, 3, 16, 9, 15, 22), sender=("Marit Johansen", "marit.johansen@sortland.kommune.no"),
    subject="Liste etter avdøde Geir Aune",
    extra=outlook("Liste etter avdøde Geir Aune", "u_l13"),
    plain="""Hei,

Liste 187073 ved Sortland legesenter etter avdøde Geir Aune (HPR 1870144) blir stående ubesatt fra 1. april 2026. Vikar driver listen inntil ny fastlege er på plass.

Med vennlig hilsen
Marit Johansen
Kommuneoverlege
Sortland kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1870",
              orders=[change("unassigned_list", "187073", clinic="Sortland legesenter", prev="Geir Aune",
                             prev_hpr="1870144", start=D(2026, 4, 1))],
              note="Follow-up to termination/u_t03 (death): 'avdøde' is not part of the name; the vikar is no new GP. Received Mon 16 Mar, registered Wed 18 Mar, exactly 14 days before 1 April: in time; 16 days ahead: not on Helsenorge."))

weekday(2026, 6, 12, 4)
add("list_change", "u_l14_rauma_fratredende_tiltredende",
    date=hdate(2026, 6, 12, 12, 38, 9), sender=("Ola Hoel", "ola.hoel@rauma.kommune.no"),
    subject="Melding til fastlegeregisteret",
    extra=outlook("Melding til fastlegeregisteret", "u_l14"),
    plain="""Melding til fastlegeregisteret

Kommune: Rauma
Dato: 12.06.2026
Listenummer: 153972
Legekontor: Åndalsnes legesenter
Fratredende lege: Bjørn Ask, HPR 1539114
Tiltredende lege: Hilde Sæter, HPR 1539305
Gjelder fra: 01.09.2026
Listetak: 1100

Ola Hoel
Saksbehandler, Rauma kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="1539",
              orders=[change("new_gp", "153972", clinic="Åndalsnes legesenter", prev="Bjørn Ask",
                             prev_hpr="1539114", gp="Hilde Sæter", hpr="1539305",
                             start=D(2026, 9, 1), ceiling=1100)],
              note="Label lines with the form's own words 'Fratredende lege' (previous) and 'Tiltredende lege' (new); 'Dato' is the form date, 'Gjelder fra' the start. Received Fri 12 Jun, 81 days ahead: in time."))

# ==========================================================================
# other/
# ==========================================================================
OTHER_FORBID = BASE_FORBID + ["last_day_from_notice_period"] + TIMING

weekday(2026, 1, 20, 1)
add("other", "u_o01_gausdal_how_to_report",
    date=hdate(2026, 1, 20, 10, 45, 3), sender=("Mona Sletten", "mona.sletten@gausdal.kommune.no"),
    subject="Spørsmål om melding av endringer på fastlegelister",
    extra=outlook("Spørsmål om melding av endringer på fastlegelister", "u_o01"),
    plain="""Hei,

Jeg har nylig overtatt arbeidet med fastlegeordningen i Gausdal kommune og lurer på hvordan vi skal melde fra til dere.

Når en fastlege sier opp: holder det med en e-post til post@helfo.no med navn, HPR-nummer og siste arbeidsdag, eller finnes det et eget skjema? Og må vi sende «Melding til fastlegeregisteret» når ny lege overtar listen, selv om legen starter 1. i måneden?

Med vennlig hilsen
Mona Sletten
Konsulent, Helse og omsorg
Gausdal kommune
""",
    html=True,
    gold=dict(kind="other", municipality="3441", needs_review=True, orders=[], forbid=OTHER_FORBID,
              note="A municipality asking how to report terminations and list changes, using every keyword (sier opp, HPR-nummer, siste arbeidsdag, Melding til fastlegeregisteret, ny lege overtar listen): kind other; municipal sender, so review."))

weekday(2026, 2, 23, 0)
add("other", "u_o02_ostre_toten_gp_out_of_office",
    date=hdate(2026, 2, 23, 8, 0, 2), sender=("Jon Kristian Lie", "jon.kristian.lie@ostre-toten.kommune.no"),
    subject="Automatisk svar: Liste 344211 – ny fastlege fra 1. april",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "Thread-Topic": "Liste 344211 – ny fastlege fra 1. april", "Content-Language": "nb-NO"},
    plain="""Takk for e-posten din.

Jeg er på ferie til og med fredag 6. mars og leser ikke e-post i perioden. Pasienter på listen min kan kontakte Lena legesenter på tlf. 61 14 00 00.

Henvendelser om fastlegelister kan sendes til postmottak@ostre-toten.kommune.no.

Jon Kristian Lie
Fastlege, Lena legesenter
Østre Toten kommune
""",
    html=True,
    gold=dict(kind="other", municipality="3442", needs_review=None, orders=[], forbid=OTHER_FORBID,
              note="A GP's out-of-office (Auto-Submitted: auto-replied) from a municipal address; the subject names a list, a new GP and a start date: kind other, no orders. Review not scored (an auto-reply may fairly be exempt, as o09)."))

weekday(2026, 3, 9, 0)
READ_RECEIPT = """From: Jorunn Haugan <jorunn.haugan@verdal.kommune.no>
To: post@helfo.no
Date: {date}
Subject: =?UTF-8?Q?Kvittering_=28vist=29_-_SV=3A_Fastlegeavtale_opph=C3=B8rer_?=
 =?UTF-8?Q?=E2=80=93_=C3=98rmelen_legekontor?=
Message-ID: <6b2f0d4e-91c3-4a7e-b0e2-5d8c3f1a7e22@verdal.kommune.no>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------u9Kx2LrQe0mBv7TnY3pWzA1d"

This is a multi-part message in MIME format.
--------------u9Kx2LrQe0mBv7TnY3pWzA1d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dette er en kvittering for e-posten du sendte til <jorunn.haugan@verdal.kommune.no>.

Merk: Denne kvitteringen bekrefter bare at meldingen ble vist på mottakerens datamaskin. Det er ingen garanti for at mottakeren har lest eller forstått innholdet.

--------------u9Kx2LrQe0mBv7TnY3pWzA1d
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: verdal.kommune.no; Mozilla Thunderbird
Final-Recipient: rfc822;jorunn.haugan@verdal.kommune.no
Original-Message-ID: <a41c7e09b2d3@helfo.no>
Disposition: manual-action/MDN-sent-manually; displayed

--------------u9Kx2LrQe0mBv7TnY3pWzA1d
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 8bit

Date: Mon, 9 Mar 2026 08:12:40 +0100
From: Helfo <post@helfo.no>
To: Jorunn Haugan <jorunn.haugan@verdal.kommune.no>
Subject: SV: Fastlegeavtale opphører – Ørmelen legekontor
Message-ID: <a41c7e09b2d3@helfo.no>

--------------u9Kx2LrQe0mBv7TnY3pWzA1d--
"""
add("other", "u_o03_verdal_thunderbird_read_receipt",
    date=hdate(2026, 3, 9, 9, 31, 55), sender=("Jorunn Haugan", "jorunn.haugan@verdal.kommune.no"),
    subject="Kvittering (vist) - SV: Fastlegeavtale opphører – Ørmelen legekontor", plain="",
    gold=dict(kind="other", municipality="5038", needs_review=None, orders=[], forbid=OTHER_FORBID,
              note="A Thunderbird read receipt (multipart/report, disposition-notification, with a text/rfc822-headers part, 8bit UTF-8) for Helfo's reply to u_t04; the subject says 'Fastlegeavtale opphører': kind other, no orders. Automatic: review not scored (as z_o01)."))

weekday(2026, 5, 12, 1)
add("other", "u_o04_tinn_ok_on_helfo_reminder",
    date=hdate(2026, 5, 12, 11, 2, 40), sender=("Heidi Kolsrud", "heidi.kolsrud@tinn.kommune.no"),
    subject="Re: Påminnelse: melding til fastlegeregisteret for liste 402614", extra=IPHONE,
    plain="""OK

Sendt fra min iPhone

> 12. mai 2026 kl. 09:14 skrev Helfo <post@helfo.no>:
>
> Hei,
>
> Vi har registrert at fastlege Ola Moen (HPR 4026113) slutter 31. mai 2026, men har ikke mottatt melding til fastlegeregisteret om hvem som overtar liste 402614 ved Rjukan legesenter fra 1. juni 2026.
>
> Send oss melding om ny fastlege, eller om listen skal stå ubesatt, så snart som mulig.
>
> Med vennlig hilsen
> Helfo
""",
    gold=dict(kind="other", municipality="4026", needs_review=True, orders=[], forbid=OTHER_FORBID,
              note="'OK' on top of Helfo's reminder, which quotes a GP, an HPR, a last day, a list and a start date: kind other, no orders (neither a termination nor a list change); municipal sender, so review."))

weekday(2026, 4, 14, 1)
add("other", "u_o05_citizen_complaint_d_number",
    date=hdate(2026, 4, 14, 21, 17, 3), sender=("Tomasz Nowak", "tomasz.nowak84@gmail.com"),
    subject="Klage – får ikke fastlege",
    plain=f"""Hei

Jeg jobber i Norge og har D-nummer {DNR[:6]} {DNR[6:]}. I februar fikk jeg brev om at fastlegen min slutter, og siden 1. mars har jeg ikke hatt noen fastlege. Legekontoret sier at listen er full og at jeg må vente.

Jeg vil klage på dette. Hvorfor får jeg ikke en ny lege?

Tomasz Nowak
""",
    gold=dict(kind="other", municipality=None, needs_review=True, orders=[],
              req=["personal_data"], forbid=["malformed_message", "last_day_from_notice_period"] + TIMING,
              note=f"A citizen's complaint with his D-nummer written '{DNR[:6]} {DNR[6:]}' (day 23 + 40 = 63; fictitious, valid check digits) and his name: personal_data, review; no municipality, no orders; 'fastlegen min slutter' is no notice."))

weekday(2026, 3, 2, 0)
add("other", "u_o06_osteroy_it_english",
    date=hdate(2026, 3, 2, 7, 45, 12, UTC), sender=("Osterøy IT", "it-drift@osteroy.kommune.no"),
    subject="Change of e-mail platform – Osterøy municipality",
    extra=outlook("Change of e-mail platform – Osterøy municipality", "u_o06"),
    plain="""Dear partner,

Osterøy municipality will move its e-mail to a new platform on Saturday 14 March 2026. Messages sent to our addresses between 08:00 and 16:00 that day may be delayed.

Messages from our health services, including notices about GPs (fastleger) and the GP lists, will continue to be sent from the same addresses. No action is required on your part.

If you have any questions, please contact our service desk.

Kind regards
IT Department
Osterøy municipality
""",
    html=True,
    gold=dict(kind="other", municipality="4630", needs_review=True, orders=[], forbid=OTHER_FORBID,
              note="English notice from a municipality's IT department about an e-mail migration; mentions GPs, lists and a date: kind other; municipality from the sender domain osteroy.kommune.no; municipal sender, so review."))

weekday(2026, 2, 2, 0)
KID = "2041870000391524"
assert not any(valid_id(KID[i:i + 11]) for i in range(len(KID) - 10))
add("other", "u_o07_vendor_invoice",
    date=hdate(2026, 2, 2, 6, 30, 0), sender=("Medikurs AS", "faktura@medikurs.no"),
    subject="Faktura 204187 fra Medikurs AS",
    plain=f"""Hei,

Vedlagt følger faktura 204187 for kurset «Fastlegeordningen i praksis», Oslo 12. mars 2026, 2 deltakere.

Fakturadato: 02.02.2026
Forfallsdato: 02.03.2026
Beløp: kr 9 800,00
Kontonummer: 1506 44 12873
KID: {KID}
Org.nr.: 918 402 117

Spørsmål om fakturaen kan rettes til faktura@medikurs.no.

Med vennlig hilsen
Medikurs AS
""",
    html=True,
    gold=dict(kind="other", municipality=None, needs_review=False, orders=[], forbid=OTHER_FORBID,
              note="A vendor's invoice: an 11-digit bank account and a 16-digit KID that contain no valid fødselsnummer, an org number, due dates: kind other, no personal_data, no municipality ('Oslo' is the course venue), no review."))

weekday(2026, 3, 12, 3)
add("other", "u_o08_sel_meeting_invitation",
    date=hdate(2026, 3, 12, 13, 5, 48), sender=("Kristin Bakken", "kristin.bakken@sel.kommune.no"),
    subject="Invitasjon: Møte om fastlegesituasjonen i Sel",
    plain="""Hei,

Vi har to ubesatte fastlegelister ved Otta legesenter fra 1. mai og ønsker et møte med Helfo om hvordan innbyggerne på listene blir ivaretatt.

Tid: tirsdag 24. mars 2026 kl. 10.00–11.00
Sted: Teams (lenke i invitasjonen)

Med vennlig hilsen
Kristin Bakken
Kommunalsjef helse
Sel kommune
""",
    html=True,
    gold=dict(kind="other", municipality="3437", needs_review=True, orders=[], forbid=OTHER_FORBID,
              note="An Outlook meeting invitation (text/calendar; method=REQUEST beside the text and HTML) about two lists that become unassigned, with no list IDs or names: kind other, no orders; municipal sender, so review."))

weekday(2026, 5, 7, 3)
add("other", "u_o09_lillesand_thanks_list_change",
    date=hdate(2026, 5, 7, 8, 26, 14), sender=("Siri Knudsen", "siri.knudsen@lillesand.kommune.no"),
    subject="SV: Melding til fastlegeregisteret – liste 421574",
    extra=outlook("SV: Melding til fastlegeregisteret – liste 421574", "u_o09"),
    plain="""Tusen takk for rask registrering!

Hilsen Siri

Fra: Helfo <post@helfo.no>
Sendt: onsdag 6. mai 2026 14:02
Til: Siri Knudsen <siri.knudsen@lillesand.kommune.no>
Emne: SV: Melding til fastlegeregisteret – liste 421574

Hei,

Endringen er registrert: Marte Vik (HPR 4215318) er fastlege på liste 421574 fra 1. juli 2026, med listetak 800.

Med vennlig hilsen
Helfo

Fra: Siri Knudsen <siri.knudsen@lillesand.kommune.no>
Sendt: mandag 4. mai 2026 09:33
Til: post@helfo.no
Emne: Melding til fastlegeregisteret – liste 421574

Fastlege Knut Fjeld (HPR 4215106) ved Lillesand legesenter slutter 30. juni. Ny fastlege Marte Vik (HPR 4215318) overtar liste 421574 fra 1. juli 2026.
""",
    html=True,
    gold=dict(kind="other", municipality="4215", needs_review=True, orders=[], forbid=OTHER_FORBID,
              note="A thanks on top of Helfo's confirmation, which quotes the list change of u_l01 again (subject 'SV: Melding til fastlegeregisteret'): kind other, no orders; municipal sender, so review."))

weekday(2026, 4, 21, 1)
add("other", "u_o10_nome_manuell_fordeling_question",
    date=hdate(2026, 4, 21, 12, 50, 30), sender=("Trude Holtan", "trude.holtan@nome.kommune.no"),
    subject="Spørsmål om manuell fordeling og barn",
    extra=outlook("Spørsmål om manuell fordeling og barn", "u_o10"),
    plain="""Hei,

Nome kommune har hatt manuell fordeling av innbyggere uten fastlege siden i fjor høst.

Gjelder den manuelle fordelingen også for barn som flytter til kommunen sammen med foreldrene, eller blir de tildelt samme fastlege som foreldrene automatisk? Vi vurderer ikke å endre ordningen, men vil gjerne forstå den.

Med vennlig hilsen
Trude Holtan
Rådgiver, Helse og velferd
Nome kommune
""",
    html=True,
    gold=dict(kind="other", municipality="4018", needs_review=True, orders=[], forbid=OTHER_FORBID,
              note="A question that says 'manuell fordeling' twice and 'automatisk' without asking to switch ('Vi vurderer ikke å endre ordningen'): kind other, not manual_distribution_request; municipal sender, so review."))


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------
RAW = {"u_o03_verdal_thunderbird_read_receipt": READ_RECEIPT}

ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Kristin Bakken:mailto:kristin.bakken@sel.kommune.no
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=post@helfo.no:mailto:post@helfo.no
DESCRIPTION;LANGUAGE=nb-NO:Vi har to ubesatte fastlegelister ved Otta legesenter fra 1. mai.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B601000000000000000010000000
SUMMARY;LANGUAGE=nb-NO:Møte om fastlegesituasjonen i Sel
DTSTART;TZID=W. Europe Standard Time:20260324T100000
DTEND;TZID=W. Europe Standard Time:20260324T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T120548Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nb-NO:Microsoft Teams-møte
END:VEVENT
END:VCALENDAR
"""


def build(m):
    if m["name"] in RAW:
        return RAW[m["name"]].format(date=m["date"]).replace("\n", "\r\n").encode("utf-8")
    if m["name"] == "u_o08_sel_meeting_invitation":
        base = X.build(m)
        from email.parser import BytesParser
        msg = BytesParser(policy=policy.compat32).parsebytes(base)
        cal = MIMEText(ICS, "calendar", "utf-8")
        cal.set_param("method", "REQUEST")
        msg.attach(cal)
        return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))
    return X.build(m)


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
    assert len(names) == len(set(names)) and all(n.startswith("u_") for n in names)
    if OUT == HERE:
        _check_registry()
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
                LISTS_U, 1)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_U, 1)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
