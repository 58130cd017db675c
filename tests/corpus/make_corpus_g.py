#!/usr/bin/env python3
"""Build the g_ corpus: a third sibling for each message of the shared corpus's
termination/ (19) and list_change/ (10) folders, written as a formal clerk, a
GP's own letter, or a form with labels in another order.

    .venv/bin/python tests/corpus/make_corpus_g.py [OUTDIR]

Deterministic. Gold helpers (notice period, transfer date, timing with the
`holidays` package) come from make_corpus.py. Appends only new list rows to
registry/lists.csv (idempotent); adds no municipality rows.
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

LISTS_G = [
    ("390512", "3905", "Håvard Grini", "3517720", "open", 1100, 1085),
    ("390719", "3907", "Cecilie Aas", "4290318", "open", 900, 897),
    ("320127", "3201", "Tor Einar Moe", "2864419", "open", 1000, 990),
    ("340714", "3407", "Lene Ruud", "3090127", "open", 1200, 1190),
    ("340722", "3407", "Gunnar Skoglund", "2150873", "open", 700, 690),
    ("390731", "3907", "Mona Kristoffersen", "5118264", "open", 1000, 950),
    ("560711", "5607", "Jostein Vikan", "6204187", "open", 800, 790),
    ("390115", "3901", "Petter Wang", "7204391", "open", 1000, 1000),
    ("152513", "1525", "Oddny Hjelle", "6318025", "open", 1000, 980),
    ("182407", "1824", "Arnfinn Rørvik", "5906142", "open", 1100, 1090),
]
for r in LISTS_G:
    X.REG[r[0]] = r

T, L = "termination", "list_change"
FORMAL = """Vi ber om at Helfo registrerer dette i fastlegeregisteret. Eventuelle spørsmål kan rettes til undertegnede."""

# ---------------- termination ----------------
add(T, "g_t01_tonsberg_formal_i_dag",
    date=hdate(2026, 11, 3, 7, 12, 9, UTC), sender=("Tønsberg kommune v/ Helseadministrasjonen", "postmottak@tonsberg.kommune.no"),
    subject="Melding om fratreden - fastlegehjemmel Træleborg legesenter",
    plain="""Til Helfo, fastlegeregisteret

Det vises til fastlegeavtalen mellom Tønsberg kommune og fastlege Håvard Grini (HPR-nummer 3517720) ved Træleborg legesenter. Vi kan opplyse om at legen i dag, 3. november 2026, har levert skriftlig oppsigelse av sin fastlegehjemmel, og at det er inngått avtale om at siste arbeidsdag blir 30. april 2027, hvoretter avtalen opphører.

Kommunen vil i eget brev gi melding om hvem som tiltrer hjemmelen.

""" + FORMAL + """

Med vennlig hilsen
Gro Sørensen
rådgiver, Tønsberg kommune
""",
    gold=dict(kind="termination_notice", municipality="3905",
              orders=[term("Håvard Grini", "3517720", "Træleborg legesenter", D(2026, 11, 3), last=D(2027, 4, 30))],
              note="Formal clerk; 'i dag, 3. november 2026' is the notice date; stated last day 30 April 2027 (equals the notice period end, but stated). flr_list_id not scored."))

add(T, "g_t02_fjaler_nynorsk_gp_letter",
    date=hdate(2025, 9, 2, 10, 4, 51), sender=("Fjaler kommune", "postmottak@fjaler.kommune.no"),
    subject="Oppseiing av fastlegeheimel",
    plain="""Helfo

Vi sender vidare brevet frå fastlegen under. Kommunen har motteke det, og ber om at det vert registrert.

Helsing
Fjaler kommune, helse og omsorg

---- brev frå legen ----
Dale, 29.08.2025

Eg, Torunn Haugland, fastlege ved Dale legekontor, HPR 6641027, seier med dette opp fastlegeavtalen min med Fjaler kommune. Oppseiingsfristen på seks månader gjeld.

Torunn Haugland
""",
    gold=dict(kind="termination_notice", municipality="4646",
              orders=[term("Torunn Haugland", "6641027", "Dale legekontor", D(2025, 8, 29))],
              note="Nynorsk; the GP's own letter pasted under the covering note; letter date 29.08.2025 (before receipt) is the notice date; no last day: 6 months from 1 September gives 28 February 2026."))

add(T, "g_t03_baerum_two_gps_form",
    date=hdate(2026, 6, 5, 12, 30, 0), sender=("Bærum kommune Legetjenesten", "legetjenesten@baerum.kommune.no"),
    subject="Oppsigelser fastlegeavtaler - Sandvika legesenter",
    plain="""Til Helfo

Det vises til tidligere kontakt. Vi kan opplyse om at to leger ved Sandvika legesenter har sagt opp sine fastlegeavtaler:

Navn: Tor Einar Moe
Oppsigelse mottatt: 01.06.2026
Siste arbeidsdag: 31.12.2026
HPR: 2864419

Navn: lege Sunniva Lien
HPR: 3720156
Oppsigelse mottatt: 04.06.2026
Siste arbeidsdag: ikke avtalt, oppsigelsestiden gjelder

""" + FORMAL + """

Bærum kommune
""",
    gold=dict(kind="termination_notice", municipality="3201",
              orders=[term("Tor Einar Moe", "2864419", "Sandvika legesenter", D(2026, 6, 1), last=D(2026, 12, 31)),
                      term("Sunniva Lien", "3720156", "Sandvika legesenter", D(2026, 6, 4))],
              note="Two GPs in label blocks with labels in different order; one stated last day (31.12.2026), one by notice period (also 31.12.2026); 'lege' is a title. list_change/g_l03 follows."))

add(T, "g_t04_kongsberg_vs_forward",
    date=hdate(2025, 5, 20, 9, 41, 2), sender=("Siv Løvaas", "siv.lovaas@kongsberg.kommune.no"),
    subject="VS: Oppsigelse",
    plain="""Videresendes til registrering. Legen har avtalt siste arbeidsdag med kommunen.

Siv Løvaas
Kongsberg kommune

Fra: Ole Kristian Bekk <okb@hvittingfosslegekontor.no>
Sendt: fredag 9. mai 2025 14:22
Til: Siv Løvaas <siv.lovaas@kongsberg.kommune.no>
Emne: Oppsigelse

Hei Siv,
jeg sier herved opp min fastlegeavtale ved Hvittingfoss legekontor. Som avtalt blir siste arbeidsdag 31. oktober 2025.
HPR-nr 4907716

Mvh Ole Kristian Bekk
""",
    gold=dict(kind="termination_notice", municipality="3303",
              orders=[term("Ole Kristian Bekk", "4907716", "Hvittingfoss legekontor", D(2025, 5, 9), last=D(2025, 10, 31), flr=OMIT)],
              note="Outlook VS: forward; the notice date is the GP's 'Sendt: fredag 9. mai 2025', not the forward date; stated last day 31 Oct 2025; HPR only in the GP's text."))

add(T, "g_t06_fredrikstad_html_only",
    date=hdate(2026, 2, 17, 11, 5, 0), sender=("Fredrikstad kommune", "postmottak@fredrikstad.kommune.no"),
    subject="Oppsigelse fastlegeavtale",
    html="""<html><head><meta charset="utf-8"></head><body>
<p>Til Helfo</p>
<p>Vi kan opplyse om at f&oslash;lgende fastlege har sagt opp sin avtale:</p>
<table border="1">
<tr><td>Siste arbeidsdag</td><td>31.8.26</td></tr>
<tr><td>Legekontor</td><td>Gressvik&nbsp;legesenter</td></tr>
<tr><td>Oppsigelse datert</td><td>9.2.26</td></tr>
<tr><td>HPR</td><td>8130574</td></tr>
<tr><td>Fastlege</td><td>Kari-Anne Str&oslash;m</td></tr>
</table>
<p>Med vennlig hilsen<br>Fredrikstad kommune</p>
</body></html>""",
    gold=dict(kind="termination_notice", municipality="3107",
              orders=[term("Kari-Anne Strøm", "8130574", "Gressvik legesenter", D(2026, 2, 9), last=D(2026, 8, 31))],
              note="HTML only, a table with the last day first and the name last; entities; short dates 31.8.26 and 9.2.26."))

add(T, "g_t07_bamble_latin1_qp",
    date=hdate(2025, 3, 11, 8, 50, 0), sender=("Bamble kommune", "postmottak@bamble.kommune.no"),
    subject="Fratreden fastlege - Stathelle legesenter", charset="iso-8859-1",
    plain="""Til Helfo

Det vises til oppsigelse datert 6. mars 2025 fra fastlege Bjørg Åsheim, HPR nr. 612 40 88, Stathelle legesenter. Etter avtale med kommunen fratrer hun ved utgangen av mai 2025.

Med hilsen
Bamble kommune
""",
    gold=dict(kind="termination_notice", municipality="4012",
              orders=[term("Bjørg Åsheim", "6124088", "Stathelle legesenter", D(2025, 3, 6), last=D(2025, 5, 31))],
              note="ISO-8859-1 quoted-printable; HPR with spaces; 'ved utgangen av mai 2025' is a stated last day 31 May, earlier than the notice period."))

add(T, "g_t08_molde_retirement",
    date=hdate(2027, 1, 12, 14, 3, 0), sender=("Molde kommune", "postmottak@molde.kommune.no"),
    subject="Fastlege går av med pensjon",
    plain="""Til Helfo

Vi kan opplyse om at fastlege dr. Sverre Eide, HPR 1290447, Kleive legekontor, i dag har meddelt kommunen at han går av med alderspensjon. Han fyller 72 år 3. juni 2027, og avtalen opphører etter siste arbeidsdag 31. juli 2027.

Molde kommune, helse
""",
    gold=dict(kind="termination_notice", municipality="1506",
              orders=[term("Sverre Eide", "1290447", "Kleive legekontor", D(2027, 1, 12), reason="retirement", last=D(2027, 7, 31))],
              note="Retirement; 'i dag' = Date header day; the birthday 3 June 2027 is a distractor; titles 'fastlege dr.'."))

add(T, "g_t09_hammerfest_death",
    date=hdate(2026, 4, 21, 9, 30, 0), sender=("Hammerfest kommune", "postmottak@hammerfest.kommune.no"),
    subject="Melding om dødsfall - fastlege",
    plain="""Til Helfo

Det er med sorg vi må meddele at fastlege Arvid Jakobsen (HPR 7713520) ved Fuglenes legesenter døde 18. april 2026. Bisettelsen er 27. april. Kommunen arbeider med vikar og vil komme tilbake med melding om listen.

Hammerfest kommune
""",
    gold=dict(kind="termination_notice", municipality="5603", needs_review=None,
              orders=[term("Arvid Jakobsen", "7713520", "Fuglenes legesenter", None, reason="death", score_notice=False)],
              note="Death: no notice period, last day and transfer date null, basis unknown; funeral date a distractor; notice_date not scored; review either way."))

add(T, "g_t10_lillestrom_ut_mars",
    date=hdate(2026, 9, 29, 15, 20, 0), sender=("Jan Olav Berntsen", "jan.olav.berntsen@lillestrom.kommune.no"),
    subject="oppsigelse",
    plain="""hei, Mathias Rønning (HPR 5509316) på Strømmen legesenter har sagt opp, levert 28.9.26. Han jobber ut mars 2027.
mvh Jan Olav, Lillestrøm kommune
""",
    gold=dict(kind="termination_notice", municipality="3205",
              orders=[term("Mathias Rønning", "5509316", "Strømmen legesenter", D(2026, 9, 28), last=D(2027, 3, 31))],
              note="Informal; 'ut mars 2027' is a stated last day 31 March (notice period would give 31 March too, but stated); '28.9.26' short year."))

add(T, "g_t11_gjovik_slash_dates",
    date=hdate(2025, 11, 4, 10, 0, 0), sender=("Gjøvik kommune", "postmottak@gjovik.kommune.no"),
    subject="Oppsigelse - fastlege",
    plain="""Helfo

Fastlege Lene Ruud, hpr.nr 309 01 27, Hunndalen legekontor.
Oppsigelse levert 31/10-25. Siste dag 30/4-26.

Gjøvik kommune
""",
    gold=dict(kind="termination_notice", municipality="3407",
              orders=[term("Lene Ruud", "3090127", "Hunndalen legekontor", D(2025, 10, 31), last=D(2026, 4, 30))],
              note="d/m-yy dates ('31/10-25', '30/4-26'); HPR with spaces; clinic without a preposition."))

add(T, "g_t12_sandefjord_distractors",
    date=hdate(2026, 3, 16, 13, 2, 0), sender=("Sandefjord kommune", "postmottak@sandefjord.kommune.no"),
    subject="Oppsigelse av fastlegeavtale",
    plain="""Til Helfo

Det vises til telefonsamtale 5.3.26. Fastlege Cecilie Aas, HPR 4290318, Hystad legesenter, leverte sin oppsigelse 12.3.26. Det er ikke avtalt annen siste arbeidsdag, slik at ordinær oppsigelsestid gjelder. Hjemmelen lyses ut med frist 15.4.26.

Saksnr. 2026/1187 - org.nr. 920 151 426 - tlf. 33 41 60 00, mobil 915 22 804

Sandefjord kommune
""",
    gold=dict(kind="termination_notice", municipality="3907",
              orders=[term("Cecilie Aas", "4290318", "Hystad legesenter", D(2026, 3, 12))],
              note="Distractor dates (5.3.26 call, 15.4.26 deadline) and numbers around the notice date 12.3.26; notice period gives 30 September 2026. flr_list_id not scored."))

add(T, "g_t13_vadso_i_dag_utc_midnight",
    date=hdate(2025, 9, 30, 22, 20, 0, UTC), sender=("Vadsø kommune", "postmottak@vadso.kommune.no"),
    subject="Oppsigelse fastlegeavtale",
    plain="""Til Helfo

Fastlege Jostein Vikan, HPR 6204187, Vadsø legesenter, har i dag levert skriftlig oppsigelse av avtalen. Oppsigelsestiden gjelder.

Vadsø kommune
""",
    gold=dict(kind="termination_notice", municipality="5607",
              orders=[term("Jostein Vikan", "6204187", "Vadsø legesenter", D(2025, 10, 1))],
              note="'i dag' only: Date 30 Sep 22:20 UTC is 1 Oct 00:20 in Oslo, so notice 1 Oct 2025; period from 1 Nov ends 30 April 2026. list_change/g_l08 refers back."))

add(T, "g_t14_laerdal_nynorsk_no_year",
    date=hdate(2026, 10, 20, 9, 0, 0), sender=("Lærdal kommune", "postmottak@laerdal.kommune.no"),
    subject="Oppseiing fastlege",
    plain="""Hei Helfo

Fastlege Magne Tønjum (HPR 2093317) ved Lærdal legekontor leverte oppseiing 15. oktober. Siste arbeidsdag er avtala til 28. februar.

Helsing Lærdal kommune
""",
    gold=dict(kind="termination_notice", municipality="4642",
              orders=[term("Magne Tønjum", "2093317", "Lærdal legekontor", D(2026, 10, 15), last=D(2027, 2, 28))],
              note="Nynorsk; no years: '15. oktober' is this year (2026), '28. februar' next year (2027)."))

add(T, "g_t15_vefsn_list_id",
    date=hdate(2026, 6, 24, 10, 0, 0), sender=("Vefsn kommune", "postmottak@vefsn.kommune.no"),
    subject="Oppsigelse fastlegeavtale – liste 182407",
    plain="""Til Helfo

Det vises til fastlegeavtale for liste 182407. Vi kan opplyse om at fastlege Arnfinn Rørvik, HPR 5906142, Mosjøen legesenter, sa opp avtalen 22. juni 2026. Avtalen opphører 31. desember 2026.

Vefsn kommune
""",
    gold=dict(kind="termination_notice", municipality="1824",
              orders=[term("Arnfinn Rørvik", "5906142", "Mosjøen legesenter", D(2026, 6, 22), last=D(2026, 12, 31), flr="182407")],
              forbid=["personal_data", "malformed_message", "list_unknown", "list_other_municipality"],
              note="FLR list in the subject and text; last day 31 December, so transfer in the next year."))

add(T, "g_t16_horten_mid_month",
    date=hdate(2025, 9, 1, 12, 0, 0), sender=("Horten kommune", "postmottak@horten.kommune.no"),
    subject="Oppsigelse",
    plain="""Til Helfo

Vi kan opplyse om at fastlege Petter Wang (HPR 7204391) ved Åsgårdstrand legekontor i dag har sagt opp. Det er avtalt at siste arbeidsdag blir onsdag 18. mars 2026.

Horten kommune
""",
    gold=dict(kind="termination_notice", municipality="3901",
              orders=[term("Petter Wang", "7204391", "Åsgårdstrand legekontor", D(2025, 9, 1), last=D(2026, 3, 18))],
              note="Last day mid-month (onsdag 18. mars 2026): transfer still 1 April; notice on the 1st ('i dag'). list_change/g_l09 follows."))

add(T, "g_t17_stranda_december",
    date=hdate(2026, 12, 9, 13, 0, 0), sender=("Stranda kommune", "postmottak@stranda.kommune.no"),
    subject="Oppseiing av fastlegeavtale",
    plain="""Til Helfo

Oddny Hjelle, fastlege ved Stranda legekontor, HPR 6318025, sa opp avtalen sin 7. desember 2026. Oppseiingstida gjeld.

Helsing Stranda kommune
""",
    gold=dict(kind="termination_notice", municipality="1525",
              orders=[term("Oddny Hjelle", "6318025", "Stranda legekontor", D(2026, 12, 7))],
              note="Nynorsk; December notice: period from 1 January 2027 to 30 June 2027. list_change/g_l10 follows."))

add(T, "g_t18_kinn_leap_2028",
    date=hdate(2027, 8, 24, 9, 15, 0), sender=("Kinn kommune", "postmottak@kinn.kommune.no"),
    subject="Oppseiing fastlege",
    plain="""Til Helfo

Fastlege Leiv Myklebust ved Florø legesenter (HPR 9032215) sa opp avtalen måndag 23. august. Oppseiingstida på seks månader gjeld.

Kinn kommune
""",
    gold=dict(kind="termination_notice", municipality="4602",
              orders=[term("Leiv Myklebust", "9032215", "Florø legesenter", D(2027, 8, 23))],
              note="Nynorsk; notice date without a year; six months from 1 September 2027 end on 29 February 2028 (leap year)."))

add(T, "g_t19_steinkjer_gp_direct",
    date=hdate(2026, 1, 26, 20, 10, 0), sender=("Anette Bergsli", "anette@egge-legesenter.no"),
    subject="Oppsigelse av min fastlegeavtale",
    extra={"Cc": "postmottak@steinkjer.kommune.no"},
    plain="""Til Helfo

Jeg har i dag sagt opp min fastlegeavtale med Steinkjer kommune. Siste arbeidsdag er avtalt til 31. juli 2026.

Anette Bergsli, fastlege
Egge legesenter
HPR 4417962
""",
    gold=dict(kind="termination_notice", municipality="5006", needs_review=None,
              orders=[term("Anette Bergsli", "4417962", "Egge legesenter", D(2026, 1, 26), last=D(2026, 7, 31))],
              note="Sent by the GP from a clinic domain; municipality only in the text and Cc; 'i dag' from the Date header; review either way."))

T05_INNER = """Til Sola kommune

Jeg sier med dette opp min fastlegeavtale ved Tananger legesenter. Avtalt siste arbeidsdag er 30. november 2025. Oppsigelsestiden løper fra 1. juni 2025.

Ingeborg Tjelta
HPR 5582046
"""
T05_OUTER = """Til Helfo

Vedlagt følger legens oppsigelse, som kommunen mottok samme dag. Vi ber om at den registreres.

Sola kommune
"""


def build_t05(m) -> bytes:
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = email_charset.QP
    inner = MIMEText(T05_INNER, "plain", cs)
    inner["From"] = "Ingeborg Tjelta <ingeborg.tjelta@tananger-legesenter.no>"
    inner["To"] = "postmottak@sola.kommune.no"
    inner["Date"] = hdate(2025, 5, 14, 15, 40, 0)
    inner["Subject"] = "Oppsigelse"
    inner["Message-ID"] = "<g05inner@tananger-legesenter.no>"
    outer = MIMEMultipart("mixed", boundary="------------G05SOLAFWD")
    outer.attach(MIMEText(T05_OUTER, "plain", cs))
    att = MIMEMessage(inner)
    att.add_header("Content-Disposition", "attachment", filename="Oppsigelse.eml")
    outer.attach(att)
    outer["From"] = X.addr(*m["sender"])
    outer["To"] = "post@helfo.no"
    outer["Date"] = m["date"]
    outer["Subject"] = m["subject"]
    outer["Message-ID"] = "<g05outer@sola.kommune.no>"
    return outer.as_bytes(policy=policy.compat32.clone(linesep="\n"))


add(T, "g_t05_sola_fwd_attached",
    date=hdate(2025, 5, 16, 8, 30, 0), sender=("Sola kommune", "postmottak@sola.kommune.no"),
    subject="Fwd: Oppsigelse", plain="",
    gold=dict(kind="termination_notice", municipality="1124",
              orders=[term("Ingeborg Tjelta", "5582046", "Tananger legesenter", D(2025, 5, 14), last=D(2025, 11, 30))],
              note="The GP's mail attached as message/rfc822; facts only inside; '1. juni 2025' is the start of the notice period, not a last day."))

# ---------------- list_change ----------------
add(L, "g_l01_tonsberg_form_in_time",
    date=hdate(2027, 2, 10, 10, 0, 0), sender=("Tønsberg kommune", "postmottak@tonsberg.kommune.no"),
    subject="Melding til fastlegeregisteret",
    plain="""MELDING TIL FASTLEGEREGISTERET

Ny fastlege tiltrer fra: 01.05.2027
Listetak: 1100
Ny fastlege: Ragnar Holt, HPR 3912084
Overtar liste (FLR): 390512
Legekontor: Træleborg legesenter
Fratrådt lege: Håvard Grini, HPR 3517720

Tønsberg kommune
""",
    gold=dict(kind="list_change", municipality="3905",
              orders=[change("new_gp", "390512", "Træleborg legesenter", "Håvard Grini", "3517720",
                             "Ragnar Holt", "3912084", D(2027, 5, 1), 1100)],
              note="Form with labels in another order (start first, old GP last); follow-up to g_t01; in time and visible on Helsenorge."))

add(L, "g_l02_sandefjord_unassigned_17mai",
    date=hdate(2027, 5, 14, 11, 0, 0), sender=("Sandefjord kommune", "postmottak@sandefjord.kommune.no"),
    subject="Ubesatt liste fra 1. juni",
    plain="""Til Helfo

Det vises til oppsigelse fra fastlege Mona Kristoffersen (HPR 5118264). Vi kan opplyse om at liste 390731 ved Hystad legesenter blir ubesatt fra 1. juni 2027, med listetak 1000.

Sandefjord kommune
""",
    gold=dict(kind="list_change", municipality="3907",
              orders=[change("unassigned_list", "390731", "Hystad legesenter", "Mona Kristoffersen", "5118264",
                             start=D(2027, 6, 1), ceiling=1000)],
              note="Received Fri 14 May 2027; Mon 17 May is a holiday, so registration is Wed 19 May, 13 days before 1 June: late letters (ignoring the holiday gives Tue 18 May, exactly 14, in time)."))

add(L, "g_l03_baerum_after_transfer",
    date=hdate(2026, 12, 30, 13, 0, 0), sender=("Bærum kommune", "legetjenesten@baerum.kommune.no"),
    subject="Ny fastlege Sandvika legesenter",
    plain="""Til Helfo

Det vises til vår melding av 5. juni om oppsigelsen fra Sunniva Lien (HPR 3720156). Liste 320127 ved Sandvika legesenter overdras til Ida Brekke, HPR 4023381, som tiltrer 1. januar 2027. Listetak 1000. Legen var på besøk i går.

Bærum kommune
""",
    gold=dict(kind="list_change", municipality="3201",
              orders=[change("new_gp", "320127", "Sandvika legesenter", "Sunniva Lien", "3720156",
                             "Ida Brekke", "4023381", D(2027, 1, 1), 1000)],
              note="Received Wed 30 Dec 2026; +1 Thu 31 Dec, +2 Mon 4 Jan (1 Jan holiday): after the 1 Jan transfer, error, review. 'i går' and '5. juni' are distractors."))

add(L, "g_l04_lillestrom_new_list_no_id",
    date=hdate(2026, 5, 5, 9, 0, 0), sender=("Lillestrøm kommune", "postmottak@lillestrom.kommune.no"),
    subject="Ny fastlegeliste",
    plain="""Til Helfo

Vi kan opplyse om at kommunen har opprettet en ny fastlegehjemmel ved Kjeller legesenter. Fastlege Aleksander Novak, HPR 9301274, tiltrer 1. september 2026 med listetak 800. Liste-ID er ikke tildelt ennå.

Lillestrøm kommune
""",
    gold=dict(kind="list_change", municipality="3205", needs_review=None,
              orders=[change("new_gp", None, "Kjeller legesenter", None, None, "Aleksander Novak", "9301274",
                             D(2026, 9, 1), 800)],
              note="A new list without an FLR ID and without a previous GP; in time, 119 days ahead; review either way."))

add(L, "g_l05_gjovik_two_changes",
    date=hdate(2026, 2, 24, 10, 0, 0), sender=("Gjøvik kommune", "postmottak@gjovik.kommune.no"),
    subject="Melding til fastlegeregisteret - Hunndalen legekontor",
    plain="""Til Helfo

Det vises til oppsigelsen fra Lene Ruud med siste arbeidsdag 30.04.2026. Følgende endringer gjelder fra 1. mai 2026 ved Hunndalen legekontor:

1) Liste 340714 (Lene Ruud, HPR 3090127) overdras til Eirin Fossum, HPR 4570331. Listetak 1200.
2) Liste 340722 (Gunnar Skoglund, HPR 2150873, siste arbeidsdag 30.04.2026) blir ubesatt. Listetak 700.

Gjøvik kommune
""",
    gold=dict(kind="list_change", municipality="3407",
              orders=[change("new_gp", "340714", "Hunndalen legekontor", "Lene Ruud", "3090127",
                             "Eirin Fossum", "4570331", D(2026, 5, 1), 1200),
                      change("unassigned_list", "340722", "Hunndalen legekontor", "Gunnar Skoglund", "2150873",
                             start=D(2026, 5, 1), ceiling=700)],
              note="Two changes (new GP and unassigned) with one start date; old last days 30.04.2026 are not start dates; clinic named once."))

add(L, "g_l06_vefsn_whit_monday_late",
    date=hdate(2027, 5, 14, 9, 30, 0), sender=("Vefsn kommune", "postmottak@vefsn.kommune.no"),
    subject="Ny fastlege liste 182407",
    plain="""Til Helfo

Liste 182407 ved Mosjøen legesenter, etter Arnfinn Rørvik (HPR 5906142), overtas av Hilde Sandnes, HPR 6077310, fra 1. juni 2027. Listetak 1100. God 17. mai!

Vefsn kommune
""",
    gold=dict(kind="list_change", municipality="1824",
              orders=[change("new_gp", "182407", "Mosjøen legesenter", "Arnfinn Rørvik", "5906142",
                             "Hilde Sandnes", "6077310", D(2027, 6, 1), 1100)],
              note="Received Fri 14 May 2027; Mon 17 May (also Whit Monday) is a holiday: registration Wed 19 May, 13 days: late letters; '17. mai' greeting a distractor."))

add(L, "g_l07_horten_boundary",
    date=hdate(2027, 2, 11, 10, 0, 0), sender=("Horten kommune", "postmottak@horten.kommune.no"),
    subject="Ubesatt liste",
    plain="""Til Helfo

Liste 390115 ved Åsgårdstrand legekontor, tidligere fastlege Petter Wang (HPR 7204391), blir ubesatt fra 1. mars 2027. Listetak 1000.

Horten kommune
""",
    gold=dict(kind="list_change", municipality="3901",
              orders=[change("unassigned_list", "390115", "Åsgårdstrand legekontor", "Petter Wang", "7204391",
                             start=D(2027, 3, 1), ceiling=1000)],
              note="Boundary: received Thu 11 Feb 2027, registered Mon 15 Feb, exactly 14 days before 1 March: in time; under 42 days: Helsenorge."))

add(L, "g_l08_vadso_matched",
    date=hdate(2026, 4, 20, 10, 0, 0), sender=("Vadsø kommune", "postmottak@vadso.kommune.no"),
    subject="Ny fastlege etter Jostein Vikan",
    plain="""Til Helfo

Det vises til vår melding om oppsigelsen fra Jostein Vikan (HPR 6204187) ved Vadsø legesenter, sendt 30. september. Listen overtas av Sanna Aikio, HPR 7350126, når oppsigelsestiden er ute. Listetak 800.

Vadsø kommune
""",
    gold=dict(kind="list_change", municipality="5607", needs_review=None,
              orders=[change("new_gp", None, "Vadsø legesenter", "Jostein Vikan", "6204187",
                             "Sanna Aikio", "7350126", None, 800, transfer=D(2026, 5, 1))],
              note="No start date: transfer 1 May 2026 from matched g_t13 (notice 1 Oct in Oslo). Received Mon 20 Apr, registered Wed 22 Apr, 9 days: late letters. '30. september' is not a start date."))

add(L, "g_l09_horten_saturday_after",
    date=hdate(2026, 4, 4, 10, 0, 0), sender=("Horten kommune", "postmottak@horten.kommune.no"),
    subject="Ubesatt liste 390115",
    plain="""Til Helfo

Liste 390115 ved Åsgårdstrand legekontor ble ubesatt fra 1. april 2026 etter at Petter Wang (HPR 7204391) fratrådte. Listetak 1000.

Horten kommune
""",
    gold=dict(kind="list_change", municipality="3901",
              orders=[change("unassigned_list", "390115", "Åsgårdstrand legekontor", "Petter Wang", "7204391",
                             start=D(2026, 4, 1), ceiling=1000)],
              note="Sent Saturday 4 April 2026 (Easter); registration Wed 8 April is after the 1 April transfer: error, review."))

add(L, "g_l10_stranda_nynorsk_in_time",
    date=hdate(2027, 4, 12, 10, 0, 0), sender=("Stranda kommune", "postmottak@stranda.kommune.no"),
    subject="Ny fastlege Stranda legekontor",
    plain="""Til Helfo

Oddny Hjelle (HPR 6318025) sluttar ved Stranda legekontor. Ho vert avløyst av Bendik Ringdal, HPR 6520117, som tek over lista frå 1. juli 2027 med listetak 1000. Listenummer: 152513.

Helsing Stranda kommune
""",
    gold=dict(kind="list_change", municipality="1525",
              orders=[change("new_gp", "152513", "Stranda legekontor", "Oddny Hjelle", "6318025",
                             "Bendik Ringdal", "6520117", D(2027, 7, 1), 1000)],
              note="Nynorsk; list number after the names; 80 days ahead: in time and visible on Helsenorge. Follow-up to g_t17."))


def append_rows(path: Path, rows):
    lines = path.read_text(encoding="utf-8").splitlines()
    have = {l.split(",")[0] for l in lines[1:]}
    new = [",".join(str(x) for x in r) for r in rows if r[0] not in have]
    if new:
        text = path.read_text(encoding="utf-8")
        with open(path, "a", encoding="utf-8") as f:
            if not text.endswith("\n"):
                f.write("\n")
            f.write("\n".join(new) + "\n")


def main():
    names = [m["name"] for m in X.MESSAGES]
    assert len(names) == len(set(names)) == 29, len(names)
    append_rows(OUT / "registry" / "lists.csv", LISTS_G)
    for m in X.MESSAGES:
        folder = OUT / m["folder"]
        data = build_t05(m) if m["name"].startswith("g_t05") else X.build(m)
        BytesParser(policy=policy.default).parsebytes(data)
        (folder / f"{m['name']}.eml").write_bytes(data)
        gold = X.finish_gold(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
