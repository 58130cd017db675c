#!/usr/bin/env python3
"""Build the s_ test corpus for `postmottak parse`: real-world sloppiness.

    .venv/bin/python tests/corpus/make_corpus_s.py [OUTDIR]

Mail as a busy municipal clerk or a GP writes it on a phone or in webmail:
no capitals or punctuation, typos in cue words, ae/oe/aa for æ/ø/å, names
in CAPITALS, dates like '30.4', '1/5', '22/10-24', '30. 04. 2025', cue words
split over hard-wrapped lines, 'Sendt fra min iPhone', top-posted replies on
quoted threads, signatures full of numbers, HTML <div> soup with &nbsp;,
mixed bokmål/nynorsk, corrections ('rettelse: ... ikke ...'), and subjects
that contradict the body.

Writes NAME.eml + NAME.expected.json (prefix s_) into the kind folders and
APPENDS the lists and municipalities these messages need to
registry/lists.csv and registry/unassigned.csv (rows already present are left
alone, so a rerun changes nothing).  Deterministic: fixed Message-IDs, MIME
boundaries and dates.

Gold helpers (notice periods, transfer dates, timing findings with the
`holidays` package, registry findings) are those of make_corpus.py, imported
here; the s_ registry rows are added to its REG/UNA tables before any gold is
finished.  Municipalities, numbers and domains are real (2024 numbering);
people, HPR numbers, FLR list IDs, phone numbers are made up.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import holidays

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402  (helpers only; its messages are dropped)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT = X.D, X.OMIT
hdate, term, change, dist, ceiling, lock = X.hdate, X.term, X.change, X.dist, X.ceiling, X.lock
QP, B64 = X.QP, X.B64
BASE_FORBID = X.BASE_FORBID
X.MESSAGES.clear()
add = X.add
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))

# --------------------------------------------------------------------------
# Registry rows for the s_ messages (appended to the snapshot)
# --------------------------------------------------------------------------
LISTS_S = [
    # list changes
    ("311203", "3112", "Kari Lie", "3112301", "open", 1000, 985),
    ("311007", "3110", "Åse Kvernes", "3110224", "open", 1000, 960),
    ("322405", "3224", "Anne Marit Skog", "3224117", "open", 1200, 1150),
    ("323807", "3238", "Gunnar Dahl", "3238104", "open", 1000, 990),
    ("333012", "3330", "Liv Sundre", "3330077", "open", 800, 790),
    ("183704", "1837", "Per Sandvik", "1837115", "open", 1000, 995),
    ("342611", "3426", "Kjell Ove Haugen", "3426155", "open", 900, 880),
    ("422706", "4227", "Solveig Fedje", "4227301", "open", 1000, 990),
    ("563402", "5634", "Helge Breivik", "5634118", "open", 800, 780),
    ("563409", "5634", "Anne Rist", "5634133", "open", 700, 700),
    ("333203", "3332", "Rune Lien", "3332044", "open", 900, 870),
    # list requests
    ("562004", "5620", "Hilde Moe", "5620117", "open", 800, 800),
    ("552011", "5520", "Bjørn Ås", "5520209", "open", 1000, 1000),
    ("461604", "4616", "Kari Vik", "4616130", "open", 1000, 950),
    ("504503", "5045", "Marte Lien", "5045118", "open", 1000, 995),
    ("553208", "5532", "Inger Strand", "5532107", "locked", 1000, 940),
    # distribution orders
    ("183205", "1832", "Kari Dahl", "1832104", "open", 1000, 990),
    ("183211", "1832", "Per Moe", "1832215", "closed", 1000, 1000),
    ("184007", "1840", "Tone Berg", "1840112", "open", 1000, 980),
    ("184012", "1840", "Arild Ness", "1840230", "open", 1000, 990),
    ("462803", "4628", "Hallvard Rong", "4628101", "open", 1000, 985),
    ("462810", "4628", "Marit Eide", "4628220", "closed", 900, 898),
    ("181204", "1812", "Liv Hatle", "1812107", "open", 1000, 990),
    ("181209", "1812", "Ola Brønstad", "1812212", "closed", 1000, 1000),
]
UNASSIGNED_S = [
    ("1832", 10, "manual"), ("1840", 8, "manual"), ("4628", 12, "manual"),
    ("1812", 9, "manual"),
]


def _csv_keys(path: Path):
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split(",")[0]: line for line in lines if line}


# rows other corpora already own must not be ours (a rerun finds our own rows)
_own_l = {",".join(str(x) for x in r) for r in LISTS_S}
_own_u = {",".join(str(x) for x in u) for u in UNASSIGNED_S}
for k, line in _csv_keys(HERE / "registry" / "lists.csv").items():
    assert k not in {r[0] for r in LISTS_S} or line in _own_l, line
for k, line in _csv_keys(HERE / "registry" / "unassigned.csv").items():
    assert k not in {u[0] for u in UNASSIGNED_S} or line in _own_u, line
for r in LISTS_S:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_S:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u


def weekday(y, m, d, wd):
    assert D(y, m, d).weekday() == wd, (y, m, d, D(y, m, d).strftime("%A"))


IPHONE = {"X-Mailer": "iPhone Mail (22D72)"}
OTHER_FORBID = BASE_FORBID + ["last_day_from_notice_period", "timing_in_time",
                              "timing_late_letters", "timing_after_transfer",
                              "children_may_exceed"]


def webmail(inner: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="ltr"><div style="font-family:Arial,sans-serif;font-size:11pt">'
            + inner + '</div></div></body></html>\n')


# ==========================================================================
# termination/ (12)
# ==========================================================================
weekday(2024, 10, 28, 0)
add("termination", "s_t01_stor_elvdal_lowercase_run_on_iphone",
    date=hdate(2024, 10, 28, 7, 52, 11), sender=("Kari Moen", "kari.moen@stor-elvdal.kommune.no"),
    subject="oppsigelse", extra=IPHONE,
    plain="""hei

per olsen hpr 3423087 ved koppang legesenter har sagt opp fastlegeavtalen sin i dag siste dag 30.4

mvh kari

Sendt fra min iPhone
""",
    gold=dict(kind="termination_notice", municipality="3423", needs_review=False,
              orders=[term("per olsen", "3423087", "koppang legesenter", D(2024, 10, 28),
                           last=D(2025, 4, 30))],
              note="Phone mail without capitals or punctuation: 'i dag' is the Date header's day (Mon 28 Oct 2024); 'siste dag 30.4' has no year: the next 30 April (2025), which is also where the notice period ends. Municipality only from the sender's domain. flr_list_id not scored."))

weekday(2025, 3, 17, 0)
add("termination", "s_t02_lom_typo_oppsigesle_mixed_nynorsk",
    date=hdate(2025, 3, 17, 10, 3, 40), sender=("Marit Sulheim", "marit.sulheim@lom.kommune.no"),
    subject="oppsigesle fastlegeavtale",
    plain="""Hei

Fastlege Ingrid Bakkeli (HPR 3434112) ved Lom legekontor har levert oppsigesle av fastlegeavtala si, datert 14.03.2025. Ho har ikkje oppgitt nokon siste arbeidsdag, så vi legg til grunn at hun jobber ut oppsigelsestida.

Vennleg helsing
Marit Sulheim
kommunalsjef helse
Lom kommune
61 21 16 00
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="3434", needs_review=False,
              orders=[term("Ingrid Bakkeli", "3434112", "Lom legekontor", D(2025, 3, 14))],
              note="Cue word misspelt ('oppsigesle') in subject and body; bokmål and nynorsk mixed in one sentence ('Ho ... hun', 'oppsigelsestida'); no last day: six months from 1 Apr 2025 give 30 Sep 2025. flr_list_id not scored."))

weekday(2024, 9, 4, 2)
add("termination", "s_t03_vaga_ascii_ae_oe_aa",
    date=hdate(2024, 9, 4, 13, 20, 2), sender=("Siri Kjoernes", "siri.kjornes@vaga.kommune.no"),
    subject="Oppsigelse fastlegeavtale - Bjoern Saether", charset="us-ascii", enc=None,
    plain="""Hei,

Fastlege Bjoern Saether (HPR 3435220) ved Vaagaa legesenter har sagt opp fastlegeavtalen sin med Vaagaa kommune. Oppsigelsen er datert 2. september 2024. Etter avtale med kommunen blir siste arbeidsdag 28. februar 2025.

(Beklager manglende ae/oe/aa - sitter paa en laane-PC.)

Mvh
Siri Kjoernes
Helse og omsorg, Vaagaa kommune
""",
    gold=dict(kind="termination_notice", municipality="3435", needs_review=False,
              orders=[term("Bjoern Saether", "3435220", "Vaagaa legesenter", D(2024, 9, 2),
                           last=D(2025, 2, 28))],
              note="Pure ASCII: æ/ø/å written ae/oe/aa in names, clinic and the municipality ('Vaagaa' = Vågå); names kept as written. Agreed last day 28 Feb 2025 (stated, a month before the notice period ends). flr_list_id not scored."))

weekday(2025, 1, 30, 3)
add("termination", "s_t04_seljord_html_table_capitals",
    date=hdate(2025, 1, 30, 14, 45, 9), sender=("Tone Bøen", "tone.boen@seljord.kommune.no"),
    subject="Oppseiing fastlegar",
    html=webmail(
        '<div>Hei</div><div><br></div><div>Følgjande fastlegar har sagt opp avtalane sine.'
        '&nbsp;Begge oppseiingane er datert 28.01.2025.</div><div><br></div>'
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        '<tbody><tr><td><b>NAMN</b></td><td><b>HPR</b></td><td><b>LEGEKONTOR</b></td>'
        '<td><b>SISTE ARBEIDSDAG</b></td></tr>'
        '<tr><td><div>KNUT&nbsp;ÅSLAND</div></td><td><div>4022318</div></td>'
        '<td><div>SELJORD LEGEKONTOR</div></td><td><div>30.06.2025</div></td></tr>'
        '<tr><td><div>GRO HEGGTVEIT</div></td><td><div>4022405</div></td>'
        '<td><div>SELJORD LEGEKONTOR</div></td><td><div>jobbar ut oppseiingstida</div></td></tr>'
        '</tbody></table><div>&nbsp;</div><div>Mvh</div><div>Tone Bøen<br>Seljord kommune'
        '<br>Tlf&nbsp;35 06 51 00</div>'),
    gold=dict(kind="termination_notice", municipality="4022", needs_review=False,
              orders=[term("KNUT ÅSLAND", "4022318", "SELJORD LEGEKONTOR", D(2025, 1, 28),
                           last=D(2025, 6, 30)),
                      term("GRO HEGGTVEIT", "4022405", "SELJORD LEGEKONTOR", D(2025, 1, 28))],
              note="HTML-only webmail table, names and clinic in CAPITALS (kept as written), &nbsp; inside a name; one stated last day, one 'jobbar ut oppseiingstida' (six months from 1 Feb: 31 Jul 2025); the shared notice date is in the sentence above the table. flr_list_id not scored."))

weekday(2024, 11, 20, 2)
add("termination", "s_t05_froland_rettelse_last_day",
    date=hdate(2024, 11, 20, 8, 11, 30), sender=("Anne Kjos", "anne.kjos@froland.kommune.no"),
    subject="VS: Oppsigelse fastlege - rettelse",
    plain="""Hei igjen

rettelse til mailen i går: siste arbeidsdag for Trond Løvdal er 31.5, ikke 30.4 som jeg skrev. Resten stemmer.

mvh Anne

Fra: Anne Kjos <anne.kjos@froland.kommune.no>
Sendt: tirsdag 19. november 2024 14:31
Til: post@helfo.no
Emne: Oppsigelse fastlege

Hei,

Fastlege Trond Løvdal (HPR 4214330) ved Froland legesenter har sagt opp fastlegeavtalen. Oppsigelsen er datert 15.11.2024, og siste arbeidsdag er 30.04.2025.

Med vennlig hilsen
Anne Kjos
Rådgiver helse
Froland kommune
Tlf 37 50 38 00
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4214", needs_review=None,
              orders=[term("Trond Løvdal", "4214330", "Froland legesenter", D(2024, 11, 15),
                           last=D(2025, 5, 31))],
              note="A correction on top of the forwarded original: the last day is 31.5 (2025), 'ikke 30.4' as the quoted mail says; one order, not two. Name, HPR, clinic and notice date only in the quoted original. Review either way (it amends an earlier notice). flr_list_id not scored."))

weekday(2025, 2, 5, 2)
add("termination", "s_t06_birkenes_iphone_forward_gp_letter",
    date=hdate(2025, 2, 5, 7, 40, 18), sender=("Ragnar Ås", "ragnar.as@birkenes.kommune.no"),
    subject="Fwd: Oppsigelse", extra=IPHONE,
    plain="""Til info fra oss. Se under

Sendt fra min iPhone

Videresendt melding:

> Fra: Lise Tveit <lise.tveit@birkelandlegesenter.no>
> Dato: 4. februar 2025 kl. 08:12:33 CET
> Til: Ragnar Ås <ragnar.as@birkenes.kommune.no>
> Emne: Oppsigelse
>
> Hei Ragnar
>
> Jeg sier med dette opp min fastlegeavtale med Birkenes kommune. Som avtalt på telefon blir min siste arbeidsdag 31. juli 2025.
>
> HPR 4216207
>
> Mvh
> Lise Tveit
> Birkeland legesenter
> Tlf 37 27 12 00 | Faks 37 27 12 01
> Org.nr 991 234 567
""",
    gold=dict(kind="termination_notice", municipality="4216", needs_review=False,
              orders=[term("Lise Tveit", "4216207", "Birkeland legesenter", D(2025, 2, 4),
                           last=D(2025, 7, 31))],
              note="iPhone forward: the clerk's two lines and 'Sendt fra min iPhone' on top, the GP's own letter quoted with '>' below; the notice date is the letter's (4 Feb), not the forward's; the clinic only in the GP's signature, with phone, fax and org numbers. flr_list_id not scored."))

weekday(2025, 3, 6, 3)
add("termination", "s_t07_sirdal_death_dodsfall",
    date=hdate(2025, 3, 6, 9, 2, 51), sender=("Hilde Tjørhom", "hilde.tjorhom@sirdal.kommune.no"),
    subject="Dodsfall - fastlege",
    plain="""Hei

Vi må dessverre melde at fastlege Arne Sirevaag (hpr 4228119) ved Tonstad legekontor døde brått mandag 3.3. Listen hans blir driftet av vikar inntil videre, vi kommer tilbake med melding om ny lege.

mvh
Hilde Tjørhom
kommuneoverlege, Sirdal kommune
mob 917 44 210
""",
    gold=dict(kind="termination_notice", municipality="4228", needs_review=None,
              orders=[term("Arne Sirevaag", "4228119", "Tonstad legekontor", None,
                           reason="death", score_notice=False)],
              note="A death ('døde brått mandag 3.3'; subject 'Dodsfall' without ø): no notice period, last day and transfer date null, basis unknown; the vikar is no new GP. notice_date and flr_list_id not scored; review either way (as the shared corpus' death)."))

weekday(2024, 11, 1, 4)
add("termination", "s_t08_surnadal_spaced_dates_number_signature",
    date=hdate(2024, 11, 1, 12, 30, 44), sender=("Kjersti Hoel", "kjersti.hoel@surnadal.kommune.no"),
    subject="Oppsigelse fastlegeavtale",
    plain="""Hei.
Fastlege Eirik Øverås, HPR-nr 1566204, Surnadal legesenter har sagt opp sin avtale.
Oppsagt: 31. 10. 2024
Siste arbeidsdag: 30. 04. 2025

Med hilsen
Kjersti Hoel
Konsulent, Helse og omsorg
Surnadal kommune
Postboks 4, 6656 Surnadal
Tlf 71 65 90 00 | Mob 913 45 678
Org.nr 964 982 617
Vår ref: 2024/1834-3
www.surnadal.kommune.no
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="1566", needs_review=False,
              orders=[term("Eirik Øverås", "1566204", "Surnadal legesenter", D(2024, 10, 31),
                           last=D(2025, 4, 30))],
              note="Dates typed with spaces ('31. 10. 2024', '30. 04. 2025'); a signature of postbox, postcode, phone, mobile, org and case numbers. flr_list_id not scored."))

weekday(2024, 12, 13, 4)
add("termination", "s_t09_austevoll_subject_says_list_change",
    date=hdate(2024, 12, 13, 11, 16, 5), sender=("Oddny Hufthammer", "oddny.hufthammer@austevoll.kommune.no"),
    subject="Melding til fastlegeregisteret",
    plain="""Hei

Fastlege Torunn Bjelland, HPR 4625118, Storebø legekontor har sagt opp fastlegeavtala. Oppseiinga vart motteken 10.12.2024. Siste arbeidsdag er sett til 30. juni 2025.

Ny lege eller ubesett liste vert meldt seinare.

Helsing
Oddny Hufthammer
Austevoll kommune
""",
    html=True,
    gold=dict(kind="termination_notice", municipality="4625", needs_review=False,
              orders=[term("Torunn Bjelland", "4625118", "Storebø legekontor", D(2024, 12, 10),
                           last=D(2025, 6, 30))],
              note="The subject is the list-change form's title ('Melding til fastlegeregisteret') but the body is a nynorsk termination: the body wins; 'Ny lege eller ubesett liste vert meldt seinare' is no list change. flr_list_id not scored."))

weekday(2025, 1, 6, 0)
add("termination", "s_t10_selbu_slash_dates",
    date=hdate(2025, 1, 6, 8, 55, 0), sender=("Gunn Inger Flønes", "gunn.inger.flones@selbu.kommune.no"),
    subject="Oppsigelse fastlege Selbu",
    plain="""Hei
Fastlege Magne Rolseth hpr 5032117 (Selbu legekontor) har sagt opp, oppsigelse datert 22/10-24. Han har siste arbeidsdag 30/4 og vi håper å ha ny lege på plass fra 1/5.
Beklager sen melding!
Mvh
Gunn Inger Flønes
Selbu kommune
""",
    gold=dict(kind="termination_notice", municipality="5032", needs_review=False,
              orders=[term("Magne Rolseth", "5032117", "Selbu legekontor", D(2024, 10, 22),
                           last=D(2025, 4, 30))],
              note="Slash dates: '22/10-24' (day/month-two-digit year) is the notice, '30/4' without year the last day (2025), '1/5' the hoped-for new GP (no list change: no name). flr_list_id not scored."))

weekday(2025, 5, 6, 1)
add("termination", "s_t11_nordreisa_html_div_soup_pension",
    date=hdate(2025, 5, 6, 13, 7, 29), sender=("Ellen Johansen", "ellen.johansen@nordreisa.kommune.no"),
    subject="Fastlege går av med pensjon",
    html=webmail(
        '<div>Hei,</div><div><br></div><div>Fastlege&nbsp;Hanne&nbsp;Gamst&nbsp;(HPR&nbsp;5544210)'
        '&nbsp;ved <span>Storslett legesenter</span> går av med alderspensjon og har sagt opp '
        'fastlegeavtalen.<span>&nbsp;</span></div><div>Oppsigelsen kom&nbsp;2.&nbsp;mai&nbsp;2025. '
        'Hun har ikke oppgitt noen siste arbeidsdag, så oppsigelsestiden gjelder.</div>'
        '<div><br></div><div>mvh</div><div><div>Ellen Johansen</div><div>Nordreisa kommune</div>'
        '<div><span style="color:#888888">Tlf:&nbsp;77 58 80 00</span></div></div>'),
    gold=dict(kind="termination_notice", municipality="5544", needs_review=False,
              orders=[term("Hanne Gamst", "5544210", "Storslett legesenter", D(2025, 5, 2),
                           reason="retirement")],
              note="HTML-only webmail: <div>/<span> soup with &nbsp; between every word of the name and the date; retirement ('alderspensjon'); no last day: six months from 1 Jun 2025 give 30 Nov 2025. flr_list_id not scored."))

weekday(2025, 8, 28, 3)
add("termination", "s_t12_kvinesdal_hard_wrapped_cue_split",
    date=hdate(2025, 8, 28, 15, 40, 12), sender=("Tor Egil Lohne", "tor.egil.lohne@kvinesdal.kommune.no"),
    subject="Oppsigelse",
    plain="""Hei,

Melder herved at fastlege Solveig Fedje, HPR 4227301,
Kvinesdal legesenter, har sagt opp fastlege-
avtalen sin. Oppsigelsen er datert 27.08.25. Hun
skal jobbe ut oppsigelsestiden. Sporsmal kan rettes
til undertegnede.

Mvh Tor Egil Lohne
Kvinesdal kommune
38 35 77 00
""",
    gold=dict(kind="termination_notice", municipality="4227", needs_review=False,
              orders=[term("Solveig Fedje", "4227301", "Kvinesdal legesenter", D(2025, 8, 27))],
              note="Hard-wrapped at 50 columns: 'fastlege-/avtalen' split over two lines, the sentence split after 'Hun'; two-digit year '27.08.25'; works out the notice period: from 1 Sep 2025 to 28 Feb 2026 (not a leap year), transfer 1 Mar 2026. Followed up by list_change/s_l08. flr_list_id not scored."))

# ==========================================================================
# list_change/ (10)
# ==========================================================================
weekday(2025, 1, 14, 1)
add("list_change", "s_l01_rade_lowercase_iphone_new_gp",
    date=hdate(2025, 1, 14, 16, 21, 3), sender=("Hege Dahl", "hege.dahl@rade.kommune.no"),
    subject="ny lege liste 311203", extra=IPHONE,
    plain="""hei. ny lege på liste 311203 fra 1.3: jonas berg hpr 3112455, tar over etter kari lie (hpr 3112301). listetak 1000

mvh Hege

Sendt fra min iPhone
""",
    gold=dict(kind="list_change", municipality="3112",
              orders=[change("new_gp", "311203", clinic=None, prev="kari lie", prev_hpr="3112301",
                             gp="jonas berg", hpr="3112455", start=D(2025, 3, 1), ceiling=1000)],
              note="One lowercase phone sentence with every field; '1.3' without year is 1 March 2025. Received Tue 14 Jan 2025, registered Thu 16 Jan, in time; 46 days ahead (Helsenorge fine). No clinic given (null)."))

weekday(2025, 3, 14, 4)
add("list_change", "s_l02_hvaler_typo_ubesat_boundary",
    date=hdate(2025, 3, 14, 14, 2, 37), sender=("Bjørn Skaug", "bjorn.skaug@hvaler.kommune.no"),
    subject="Ubesatt liste",
    plain="""Hei

listen til Åse Kvernes (hpr 3110224) stilles ubesat fra 01.04.25, FLR 311007. Hun slutter 31.03. Vi jobber med rekruttering.

Mvh
Bjørn Skaug
Hvaler kommune
""",
    gold=dict(kind="list_change", municipality="3110",
              orders=[change("unassigned_list", "311007", clinic=None, prev="Åse Kvernes",
                             prev_hpr="3110224", start=D(2025, 4, 1))],
              note="'ubesat' (typo in the body; the subject has it right); '01.04.25' two-digit year; '31.03' is the old GP's last day, not the start. Received Fri 14 Mar 2025, registered Tue 18 Mar = exactly 14 days before 1 Apr: in time; 18 days ahead: not on Helsenorge. list_ceiling not scored (registry)."))

weekday(2025, 8, 6, 2)
add("list_change", "s_l03_raelingen_html_capitals_table",
    date=hdate(2025, 8, 6, 10, 12, 0), sender=("Randi Fjeld", "randi.fjeld@ralingen.kommune.no"),
    subject="Melding til fastlegeregisteret",
    html=webmail(
        '<div>Hei!</div><div>Melding til fastlegeregisteret, se under.</div><div>&nbsp;</div>'
        '<table border="0" cellpadding="2"><tbody>'
        '<tr><td>FLR-ID</td><td>322405</td></tr>'
        '<tr><td>LEGEKONTOR</td><td>FJERDINGBY LEGESENTER</td></tr>'
        '<tr><td>FRATREDENDE LEGE</td><td>ANNE MARIT SKOG,&nbsp;HPR 3224117</td></tr>'
        '<tr><td>NY LEGE</td><td>PETTER HOLM,&nbsp;HPR 3224298</td></tr>'
        '<tr><td>OPPSTART</td><td>01.09.2025</td></tr>'
        '<tr><td>LISTETAK</td><td>1200</td></tr></tbody></table>'
        '<div>&nbsp;</div><div>Hilsen&nbsp;Randi&nbsp;Fjeld,&nbsp;Rælingen kommune</div>'),
    gold=dict(kind="list_change", municipality="3224",
              orders=[change("new_gp", "322405", clinic="FJERDINGBY LEGESENTER",
                             prev="ANNE MARIT SKOG", prev_hpr="3224117", gp="PETTER HOLM",
                             hpr="3224298", start=D(2025, 9, 1), ceiling=1200)],
              note="HTML-only two-column table, labels and values in CAPITALS, name and HPR in one cell joined by &nbsp;. Received Wed 6 Aug 2025, registered Fri 8 Aug, 24 days before 1 Sep: in time; 26 days ahead: not on Helsenorge a month ahead."))

weekday(2025, 4, 7, 0)
add("list_change", "s_l04_nannestad_rettelse_start_date",
    date=hdate(2025, 4, 7, 13, 5, 48), sender=("Mona Bredesen", "mona.bredesen@nannestad.kommune.no"),
    subject="VS: Ny fastlege liste 323807 - RETTELSE",
    plain="""Rettelse: Sara starter 1.6, ikke 1.5 som jeg skrev i stad. Beklager!

Hilsen Mona

Fra: Mona Bredesen
Sendt: mandag 7. april 2025 09:14
Til: post@helfo.no
Emne: Ny fastlege liste 323807

Hei

Ny fastlege på liste 323807 (Nannestad legesenter) fra 01.05.2025 er Sara Nyhus, HPR 3238221. Hun overtar etter Gunnar Dahl (HPR 3238104). Listetak 1000.

Med vennlig hilsen
Mona Bredesen
Nannestad kommune
Tlf 66 10 50 00
""",
    html=True,
    gold=dict(kind="list_change", municipality="3238", needs_review=None,
              orders=[change("new_gp", "323807", clinic="Nannestad legesenter", prev="Gunnar Dahl",
                             prev_hpr="3238104", gp="Sara Nyhus", hpr="3238221",
                             start=D(2025, 6, 1), ceiling=1000)],
              note="A one-line correction on top ('starter 1.6, ikke 1.5') over the forwarded original that says 01.05.2025: start 1 June 2025, one order. Received Mon 7 Apr, registered Wed 9 Apr: in time; 55 days ahead (1 May would have been 24: Helsenorge trap). Review either way (amends an earlier message)."))

weekday(2025, 8, 14, 3)
add("list_change", "s_l05_hol_mixed_nynorsk_bokmal",
    date=hdate(2025, 8, 14, 9, 31, 20), sender=("Kari Sletto", "kari.sletto@hol.kommune.no"),
    subject="ny fastlege Geilo",
    plain="""Hei

Ny fastlege på lista 333012 frå 1. oktober 2025: Ola Medhus, HPR 3330145. Han tek over etter Liv Sundre som sluttar 31.8. Listetaket blir 800.
Legekontor: Geilo legesenter

Helsing
Kari Sletto
Hol kommune
""",
    html=True,
    gold=dict(kind="list_change", municipality="3330",
              orders=[change("new_gp", "333012", clinic="Geilo legesenter", prev="Liv Sundre",
                             gp="Ola Medhus", hpr="3330145", start=D(2025, 10, 1), ceiling=800)],
              note="Bokmål/nynorsk mix ('Ny fastlege på lista ... frå', 'tek over', 'Listetaket blir'); the old GP's last day 31.8 is not the start. Received Thu 14 Aug 2025, registered Mon 18 Aug: in time; 48 days ahead. previous_hpr_number not scored (not in the text; the registry has it)."))

weekday(2025, 11, 24, 0)
add("list_change", "s_l06_meloy_slash_date_late_letters",
    date=hdate(2025, 11, 24, 18, 44, 2), sender=("Tove Olsen", "tove.olsen@meloy.kommune.no"),
    subject="Ny lege", extra=IPHONE,
    plain="""Fra 1/12 tar Ida Rønning (hpr 1837330) over lista til Per Sandvik, liste 183704. Listetak som før.

Sendt fra min iPhone
""",
    gold=dict(kind="list_change", municipality="1837",
              orders=[change("new_gp", "183704", clinic=None, prev="Per Sandvik",
                             gp="Ida Rønning", hpr="1837330", start=D(2025, 12, 1))],
              note="Two phone lines; '1/12' is 1 December 2025. Received Mon 24 Nov 2025, registered Wed 26 Nov, 5 days before the transfer: late letters (warning, no review); not on Helsenorge. 'Listetak som før': list_ceiling and previous_hpr_number not scored (registry)."))

weekday(2025, 5, 6, 1)
add("list_change", "s_l07_tolga_ubesatt_after_transfer_fatt",
    date=hdate(2025, 5, 6, 11, 0, 15), sender=("Randi Nygjerdet", "randi.nygjerdet@tolga.kommune.no"),
    subject="liste 342611",
    plain="""Hei. Liste 342611 (tidl. Kjell Ove Haugen, HPR 3426155) er ubesatt fra 1. mai. Han sluttet 30. april og vi har ikke fatt ny lege enda.
mvh Randi
Tolga kommune
""",
    gold=dict(kind="list_change", municipality="3426",
              orders=[change("unassigned_list", "342611", clinic=None, prev="Kjell Ove Haugen",
                             prev_hpr="3426155", start=D(2025, 5, 1))],
              note="Short note without a form ('fatt' for 'fått'); the list became unassigned on 1 May 2025, reported Tue 6 May: registration Thu 8 May is after the transfer date: error, review; Helsenorge too. list_ceiling not scored (registry)."))

weekday(2026, 2, 9, 0)
add("list_change", "s_l08_kvinesdal_no_start_matched",
    date=hdate(2026, 2, 9, 8, 20, 33), sender=("Tor Egil Lohne", "tor.egil.lohne@kvinesdal.kommune.no"),
    subject="ny lege",
    plain="""Hei
Nils Moi (hpr 4227412) tar over lista etter solveig fedje (hpr 4227301), liste 422706. Listetak 1000.
mvh Tor Egil
""",
    gold=dict(kind="list_change", municipality="4227",
              orders=[change("new_gp", "422706", clinic=None, prev="solveig fedje",
                             prev_hpr="4227301", gp="Nils Moi", hpr="4227412", start=None,
                             ceiling=1000, transfer=D(2026, 3, 1))],
              note="No start date: the transfer date 1 Mar 2026 comes from termination/s_t12 (Solveig Fedje, notice period). Received Mon 9 Feb 2026, registered Wed 11 Feb, 18 days before: in time. Lowercase old name kept as written."))

weekday(2025, 2, 13, 3)
add("list_change", "s_l09_vardo_all_capitals_two_lists",
    date=hdate(2025, 2, 13, 12, 48, 6), sender=("Turid Pedersen", "turid.pedersen@vardo.kommune.no"),
    subject="MELDING TIL FASTLEGEREGISTERET",
    plain="""MELDING TIL FASTLEGEREGISTERET

LISTE 563402: NY LEGE MARTIN ØYEN HPR 5634210 FRA 01.03.2025. OVERTAR ETTER HELGE BREIVIK HPR 5634118. LISTETAK 800.

LISTE 563409: UBESATT FRA 01.03.2025. TIDLIGERE LEGE ANNE RIST HPR 5634133.

MVH TURID PEDERSEN
VARDØ KOMMUNE
""",
    gold=dict(kind="list_change", municipality="5634",
              orders=[change("new_gp", "563402", clinic=None, prev="HELGE BREIVIK",
                             prev_hpr="5634118", gp="MARTIN ØYEN", hpr="5634210",
                             start=D(2025, 3, 1), ceiling=800),
                      change("unassigned_list", "563409", clinic=None, prev="ANNE RIST",
                             prev_hpr="5634133", start=D(2025, 3, 1))],
              note="Caps lock on: the whole mail in CAPITALS (names kept as written, compared case-insensitively); two lists, a new GP and an unassigned list. Received Thu 13 Feb 2025, registered Mon 17 Feb, 12 days before 1 Mar: late letters; Helsenorge. Unassigned list_ceiling not scored."))

weekday(2025, 9, 22, 0)
add("list_change", "s_l10_sigdal_reply_on_quoted_thread",
    date=hdate(2025, 9, 22, 9, 3, 41), sender=("Linn Berg", "linn.berg@sigdal.kommune.no"),
    subject="SV: Mangler startdato - liste 333203",
    plain="""Hei

Startdato for Emma Haug (hpr 3332187) på liste 333203 er 1. november 2025. Hun tar over etter Rune Lien. Listetak 900.

mvh
Linn Berg
Sigdal kommune

-----Opprinnelig melding-----
Fra: Helfo <post@helfo.no>
Sendt: fredag 19. september 2025 10:02
Til: Linn Berg <linn.berg@sigdal.kommune.no>
Emne: Mangler startdato - liste 333203

Hei

Vi har mottatt melding datert 2. september om ny fastlege på liste 333203, men startdato mangler. Kan dere sende oss dette?

Med vennlig hilsen
Helfo

-----Opprinnelig melding-----
Fra: Linn Berg
Sendt: tirsdag 2. september 2025 08:47
Til: post@helfo.no
Emne: Ny fastlege

Ny fastlege på liste 333203 er Emma Haug, hpr 3332187, etter Rune Lien (hpr 3332044). Listetak 900.
""",
    html=True,
    gold=dict(kind="list_change", municipality="3332",
              orders=[change("new_gp", "333203", clinic=None, prev="Rune Lien", gp="Emma Haug",
                             hpr="3332187", start=D(2025, 11, 1), ceiling=900)],
              note="Top-posted answer to Helfo's question, with a two-level quoted thread below (dates 19 Sep and 2 Sep are the thread's, not the start); one order. Received Mon 22 Sep 2025, registered Wed 24 Sep: in time; 40 days ahead: not on Helsenorge a month ahead. previous_hpr_number (only in the quote; registry) not scored."))

# ==========================================================================
# manual_request/ (4)
# ==========================================================================
weekday(2025, 3, 11, 1)
add("manual_request", "s_m01_grue_iphone_no_special_letters",
    date=hdate(2025, 3, 11, 7, 15, 0), sender=("Hilde Rustad", "hilde.rustad@grue.kommune.no"),
    subject="manuell fordeling", extra=IPHONE,
    plain="""hei

vi onsker manuell fordeling av innbyggere uten fastlege fra na av

mvh
hilde, grue kommune

Sendt fra min iPhone
""",
    gold=dict(kind="manual_distribution_request", municipality="3417", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Phone, no capitals and no æøå ('onsker', 'na' for ønsker, nå); the subject is just 'manuell fordeling'."))

weekday(2025, 5, 7, 2)
add("manual_request", "s_m02_skaun_subject_manual_body_automatic",
    date=hdate(2025, 5, 7, 10, 44, 30), sender=("Eva Lium", "eva.lium@skaun.kommune.no"),
    subject="Fastlege - manuell fordeling",
    html=webmail(
        '<div>Hei,</div><div>&nbsp;</div><div><span>Skaun kommune ønsker å gå tilbake til '
        'automatisk&nbsp;fordeling av innbyggere uten fastlege.</span> Vi har ikke lenger behov '
        'for manuell fordeling, alle ledige plasser er fylt opp.</div><div>&nbsp;</div>'
        '<div>Mvh<br>Eva Lium<br>Skaun kommune</div>'),
    gold=dict(kind="manual_distribution_request", municipality="5029", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="The subject is Helsedirektoratet's 'Fastlege - manuell fordeling', but the HTML-only body asks to go BACK to automatic ('gå tilbake til automatisk&nbsp;fordeling', 'ikke lenger behov for manuell'): enable false."))

weekday(2025, 6, 2, 0)
add("manual_request", "s_m03_gulen_nynorsk_typo_manuel",
    date=hdate(2025, 6, 2, 13, 27, 9), sender=("Astrid Brekke", "astrid.brekke@gulen.kommune.no"),
    subject="Fastlege - manuel fordeling",
    plain="""Hei

Gulen kommune ynskjer manuel fordeling av innbyggjarar utan fastlege, frå 1. juli. Vi har fått mange nye innbyggjarar og vil fordele dei sjølv.

Helsing
Astrid Brekke
Gulen kommune
""",
    html=True,
    gold=dict(kind="manual_distribution_request", municipality="4635", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Nynorsk with the key word misspelt ('manuel fordeling') in subject and body; 'fordele dei sjølv' confirms: enable true."))

weekday(2025, 9, 11, 3)
add("manual_request", "s_m04_lunner_lowercase_yes_on_helfo_question",
    date=hdate(2025, 9, 11, 8, 2, 55), sender=("Per Arne Hval", "per.arne.hval@lunner.kommune.no"),
    subject="SV: Fastlege - manuell fordeling",
    plain="""ja takk det stemmer, vi vil fordele selv fra 1/10

mvh Per Arne

Fra: Helfo <post@helfo.no>
Sendt: onsdag 10. september 2025 12:40
Til: Per Arne Hval <per.arne.hval@lunner.kommune.no>
Emne: Fastlege - manuell fordeling

Hei

Vi har fått en henvendelse om at Lunner kommune ønsker å skru av automatisk tildeling av fastlege for innbyggere uten fastlege. Kan dere bekrefte at dette stemmer?

Med vennlig hilsen
Helfo
""",
    gold=dict(kind="manual_distribution_request", municipality="3234", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="A lowercase one-line confirmation ('ja takk det stemmer, vi vil fordele selv') on top of Helfo's quoted question about switching automatic assignment off: enable true."))

# ==========================================================================
# list_request/ (5)
# ==========================================================================
weekday(2025, 6, 3, 1)
add("list_request", "s_r01_nordkapp_lowercase_oke_med",
    date=hdate(2025, 6, 3, 19, 12, 4), sender=("Stine Mikkelsen", "stine.mikkelsen@nordkapp.kommune.no"),
    subject="listetak", extra=IPHONE,
    plain="""hei kan dere oke listetaket til hilde moe liste 562004 med 100 hun har sagt ja
mvh stine
nordkapp kommune

Sendt fra min iPhone
""",
    gold=dict(kind="list_request", municipality="5620",
              orders=[ceiling("562004", "hilde moe", increase=100)],
              note="One run-on lowercase line, 'oke' for 'øke'; increase 100. hpr_number and new_ceiling not scored (not in the text; the registry gives them)."))

weekday(2025, 10, 15, 2)
add("list_request", "s_r02_bardu_ascii_til_na",
    date=hdate(2025, 10, 15, 11, 50, 26), sender=("Geir Rognli", "geir.rognli@bardu.kommune.no"),
    subject="Listetak Bjorn As", charset="us-ascii", enc=None,
    plain="""Hei
Onsker a oke listetaket til Bjorn As, liste 552011, til 1200 (na 1000).
Mvh
Geir
Bardu kommune
""",
    gold=dict(kind="list_request", municipality="5520",
              orders=[ceiling("552011", "Bjorn As", increase=200, new=1200)],
              note="ASCII only ('Onsker a oke', 'na' = nå, 'Bjorn As' = Bjørn Ås, kept as written); target ceiling 1200 with the current 1000 in brackets: increase 200. hpr_number not scored."))

weekday(2025, 3, 20, 3)
add("list_request", "s_r03_tysnes_laase_aa_nynorsk",
    date=hdate(2025, 3, 20, 14, 9, 58), sender=("Solveig Tveit", "solveig.tveit@tysnes.kommune.no"),
    subject="laasing av liste",
    plain="""Hei

Kan de laase lista til Kari Vik (FLR 461604) for nye innbyggjarar frå 1. april? Ho er i redusert stilling ut året.

Mvh
Solveig
Tysnes kommune
""",
    gold=dict(kind="list_request", municipality="4616",
              orders=[lock("461604", "Kari Vik", "lock")],
              note="'laase'/'laasing' with aa for å, nynorsk-ish ('lista', 'innbyggjarar', 'Ho'); a lock from 1 April."))

weekday(2025, 11, 4, 1)
add("list_request", "s_r04_grong_rettelse_increase",
    date=hdate(2025, 11, 4, 8, 33, 17), sender=("Ola Grøtting", "ola.grotting@grong.kommune.no"),
    subject="Re: Økning listetak 504503",
    plain="""Rettelse: listetaket til Marte Lien skal økes med 150, ikke 100 som skrevet i forrige mail. Liste 504503.

mvh Ola

> Den 3. nov. 2025 kl. 14:02 skrev Ola Grøtting <ola.grotting@grong.kommune.no>:
>
> Hei. Vi ber om at listetaket til Marte Lien (liste 504503) økes med 100.
> Mvh Ola Grøtting, Grong kommune
""",
    gold=dict(kind="list_request", municipality="5045", needs_review=None,
              orders=[ceiling("504503", "Marte Lien", increase=150)],
              note="A correction on top of the quoted original: increase 150, 'ikke 100'; one order. hpr_number and new_ceiling not scored (registry); review either way (amends an earlier request)."))

weekday(2026, 1, 12, 0)
add("list_request", "s_r05_balsfjord_subject_lock_body_unlock",
    date=hdate(2026, 1, 12, 9, 48, 0), sender=("Mari Fagerli", "mari.fagerli@balsfjord.kommune.no"),
    subject="SV: Stenge liste 553208",
    plain="""Hei igjen. Listen til Inger Strand, FLR 553208, kan åpnes igjen for nye innbyggere fra nå. Hun har fått LIS1 og har kapasitet.

Hilsen Mari
Balsfjord kommune

-----Original Message-----
From: Mari Fagerli
Sent: 3. september 2025 09:12
To: post@helfo.no
Subject: Stenge liste 553208

Vi ber om at listen til Inger Strand (FLR 553208) stenges for nye innbyggere.
""",
    gold=dict(kind="list_request", municipality="5532",
              orders=[lock("553208", "Inger Strand", "unlock")],
              note="The subject (an old thread's 'Stenge liste') and the quoted original ask to lock; the new text on top asks to open it again ('kan åpnes igjen'): one unlock order."))

# ==========================================================================
# distribution/ (4, orders written in the body)
# ==========================================================================
weekday(2025, 3, 3, 0)
add("distribution", "s_d01_hemnes_lowercase_lines",
    date=hdate(2025, 3, 3, 12, 14, 45), sender=("Siv Hansen", "siv.hansen@hemnes.kommune.no"),
    subject="fordeling",
    plain="""hei

fordeling av innbyggere uten lege:
183205 kari dahl 5
183211 per moe 3 (oke listetak med 3)

mvh
siv, hemnes kommune
""",
    gold=dict(kind="distribution_order", municipality="1832", needs_review=None,
              orders=[dist("183205", "kari dahl", 5), dist("183211", "per moe", 3, 3)],
              note="Body order as bare lowercase lines 'ID name count', one with '(oke listetak med 3)': ceiling_increase 3 on a full closed list (0 free + 3 = 3, no capacity error); 8 of 10 unassigned. Review either way (a body order, as the shared corpus' d11)."))

weekday(2025, 9, 10, 2)
add("distribution", "s_d02_saltdal_html_capitals_exceeds",
    date=hdate(2025, 9, 10, 13, 55, 2), sender=("Kjell Arne Nilsen", "kjell.arne.nilsen@saltdal.kommune.no"),
    subject="Skjema for manuell fordeling av innbyggere",
    html=webmail(
        '<div>Hei, her er fordelingen (fikk ikke lagt ved skjemaet):</div><div>&nbsp;</div>'
        '<table border="1" cellspacing="0"><tbody>'
        '<tr><td><b>FLR-ID</b></td><td><b>LEGE</b></td><td><b>ANTALL INNBYGGERE</b></td>'
        '<td><b>ØKNING LISTETAK</b></td></tr>'
        '<tr><td>184007</td><td>TONE&nbsp;BERG</td><td>4</td><td>&nbsp;</td></tr>'
        '<tr><td>184012</td><td>ARILD&nbsp;NESS</td><td>6</td><td>&nbsp;</td></tr>'
        '</tbody></table><div>&nbsp;</div><div>Mvh<br>Kjell Arne Nilsen<br>Saltdal kommune'
        '<br>Tlf 75 68 20 00 / 478 91 230</div>'),
    gold=dict(kind="distribution_order", municipality="1840", needs_review=True,
              orders=[dist("184007", "TONE BERG", 4), dist("184012", "ARILD NESS", 6)],
              note="The form typed as an HTML table in the body ('fikk ikke lagt ved skjemaet'), names in CAPITALS with &nbsp;, increase cells &nbsp; (0). 10 ordered but Saltdal has 8 without a list: exceeds_unassigned, review."))

weekday(2025, 10, 14, 1)
add("distribution", "s_d03_vaksdal_nynorsk_capacity",
    date=hdate(2025, 10, 14, 9, 20, 10), sender=("Ingrid Hope", "ingrid.hope@vaksdal.kommune.no"),
    subject="Manuell fordeling - Vaksdal",
    plain="""Hei

Vi ynskjer å fordele innbyggjarar utan fastlege slik:
- 6 til lista til Hallvard Rong (462803)
- 4 til lista til Marit Eide (462810)

Helsing
Ingrid Hope
Vaksdal kommune
""",
    html=True,
    gold=dict(kind="distribution_order", municipality="4628", needs_review=True,
              orders=[dist("462803", "Hallvard Rong", 6), dist("462810", "Marit Eide", 4)],
              note="Nynorsk prose bullets with the count first and the list ID in brackets after the name. 462810 is closed with 2 free and gets 4 without an increase: capacity_insufficient, review; 10 of 12 unassigned."))

weekday(2025, 11, 20, 3)
add("distribution", "s_d04_somna_stk_prose_boundary",
    date=hdate(2025, 11, 20, 16, 2, 39), sender=("Trine Hals", "trine.hals@somna.kommune.no"),
    subject="fordeling innbyggere", extra=IPHONE,
    plain="""Hei
Vi ønsker å fordele 7 stk til Liv Hatle liste 181204 og 2 stk til Ola Brønstad liste 181209. Listetaket til Ola må økes med 2 for å få plass.
Mvh Trine
Sømna kommune

Sendt fra min iPhone
""",
    gold=dict(kind="distribution_order", municipality="1812", needs_review=None,
              orders=[dist("181204", "Liv Hatle", 7), dist("181209", "Ola Brønstad", 2, 2)],
              note="One prose sentence with 'stk', name before 'liste ID'; the increase in the next sentence refers to Ola by first name. Boundaries that must not fire: 0 free + 2 = 2 ordered, 9 of 9 unassigned. Review either way (body order)."))

# ==========================================================================
# other/ (5)
# ==========================================================================
weekday(2025, 1, 13, 0)
add("other", "s_o01_lesja_lowercase_question",
    date=hdate(2025, 1, 13, 15, 1, 20), sender=("Kjersti Bakken", "kjersti.bakken@lesja.kommune.no"),
    subject="sporsmal",
    plain="""hei
hvordan melder vi fra at en av legene våre skal ned i listelengde fra 1. mars? må legen selv sende noe eller gjør kommunen det?
mvh
kjersti, lesja kommune
""",
    gold=dict(kind="other", municipality="3432", needs_review=True, orders=[],
              forbid=OTHER_FORBID,
              note="A lowercase question about lowering a list ('ned i listelengde fra 1. mars'), no list, GP or number: kind other; municipal sender, so review."))

weekday(2025, 4, 8, 1)
add("other", "s_o02_kviteseid_takk_iphone_quotes_confirmation",
    date=hdate(2025, 4, 8, 11, 2, 7), sender=("Ingvild Rue", "ingvild.rue@kviteseid.kommune.no"),
    subject="Re: Mottatt oppsigelse - Hallvard Kleppe", extra=IPHONE,
    plain="""Takk!

Sendt fra min iPhone

> 8. apr. 2025 kl. 10:14 skrev Helfo <post@helfo.no>:
>
> Hei
>
> Vi bekrefter å ha mottatt oppsigelsen til fastlege Hallvard Kleppe (HPR 4028117) ved Kviteseid legekontor. Siste arbeidsdag er registrert som 31.08.2025.
>
> Med vennlig hilsen
> Helfo
""",
    gold=dict(kind="other", municipality="4028", needs_review=True, orders=[],
              forbid=OTHER_FORBID,
              note="'Takk!' and 'Sendt fra min iPhone' on top of Helfo's quoted receipt, which names a GP, HPR, clinic and last day: kind other, no orders; municipal sender, so review."))

weekday(2025, 2, 15, 5)
add("other", "s_o03_gp_gmail_asks_notice_period",
    date=hdate(2025, 2, 15, 21, 37, 12), sender=("Eirik Nes", "eirik.nes.lege@gmail.com"),
    subject="oppsigelsestid?", extra=IPHONE,
    plain="""Hei
jeg vurderer å si opp fastlegeavtalen min. hvis jeg sier opp 15. mars, når blir siste arbeidsdag og når flyttes pasientene? Må jeg sende oppsigelsen til dere eller til kommunen?
hilsen Eirik Nes, fastlege

Sendt fra min iPhone
""",
    gold=dict(kind="other", municipality=None, needs_review=None, orders=[],
              forbid=OTHER_FORBID,
              note="A GP on private gmail asking a hypothetical ('hvis jeg sier opp 15. mars'): no notice given, kind other, no orders; no municipality named; review not scored."))

weekday(2025, 5, 21, 2)
add("other", "s_o04_drangedal_call_me_list_number_signature",
    date=hdate(2025, 5, 21, 10, 26, 55), sender=("Knut Aasland", "knut.aasland@drangedal.kommune.no"),
    subject="ring meg ang liste 401605",
    plain="""hei, kan noen hos dere ringe meg ang liste 401605? det er noe rart med listetaket, vi forstår ikke tallene i rapporten.

mvh
Knut Aasland
Rådgiver helse
Drangedal kommune
Tlf 35 99 70 00 | mob 952 14 877
Org.nr 864 964 702
Besøksadresse: Gudbrandsveien 7, 3750 Drangedal
Saksnr 25/00412
""",
    html=True,
    gold=dict(kind="other", municipality="4016", needs_review=True, orders=[],
              forbid=OTHER_FORBID,
              note="Asks Helfo to call about a list and its 'listetak' (no change asked): kind other, no list request; a signature full of phone, org, postcode and case numbers; municipal sender, so review."))

weekday(2025, 12, 1, 0)
add("other", "s_o05_tana_new_contact_person",
    date=hdate(2025, 12, 1, 8, 5, 30), sender=("Ante Balto", "ante.balto@tana.kommune.no"),
    subject="ny kontaktperson fastlegeordningen",
    plain="""hei
fra 1.12 er det jeg som er kontaktperson for fastlegeordningen i tana kommune (tar over etter Ellen Varsi som har sluttet). oppsigelser, ny lege og ubesatte lister blir meldt fra meg. tlf 78 92 53 00 / 480 12 345
mvh
Ante Balto
Tana kommune / Deanu gielda
""",
    gold=dict(kind="other", municipality="5628", needs_review=True, orders=[],
              forbid=OTHER_FORBID,
              note="A new municipal contact person; 'tar over etter Ellen Varsi som har sluttet' and 'fra 1.12' read like a list change or a termination but are about the clerk: kind other, no orders; municipal sender, so review."))


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------
def append_rows(path: Path, header: str, rows):
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not existing:
        path.write_text(header + "\n", encoding="utf-8")
        existing = [header]
    keys = {line.split(",")[0] for line in existing[1:]}
    new = [",".join(str(x) for x in r) for r in rows if str(r[0]) not in keys]
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8", newline="") as f:
            if text and not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) and all(n.startswith("s_") for n in names)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{m['name']}.eml").write_bytes(X.build(m))
        gold = X.finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size",
                LISTS_S)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_S)
    print(f"wrote {len(X.MESSAGES)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
