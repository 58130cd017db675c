#!/usr/bin/env python3
"""Build the h_ test corpus for `postmottak parse`: a second sibling for each
message of the shared corpus's manual_request/ (5), list_request/ (5),
other/ (9) and distribution/ (13).  Each keeps the shared message's trap (an
encoded en-dash subject, a nynorsk request, an 'SV:' confirmation on top of a
quoted thread, a reply going back to automatic under a quoted manual request, a
request without the magic subject; 'fra X til Y', an unlabelled lock list, an
unlock after a distribution, a nynorsk table with an unknown list, a lock plus a
target ceiling; auto-replies, a bounce, a citizen with a fødselsnummer, a
newsletter, a thanks quoting a notice, spam with an account number, questions,
a substitute question; the distribution forms' layouts and registry boundaries)
and changes everything else: municipalities (real, already in
registry/unassigned.csv, whose rows give the findings below; no unassigned row
is added), people, numbers, dates (2025-2027), wording and layout.

    .venv/bin/python tests/corpus/make_corpus_h.py

Deterministic: fixed MIME boundaries, xlsx with pinned metadata (the helper of
/work/shared/corpus/make_xlsx.py).  Appends only new rows to
registry/lists.csv (existing rows are never changed or moved).  People, HPR
numbers, FLR list IDs, phone numbers are made up; the two fødselsnummer
(h_d10, h_o03) are fictitious with valid mod-11 check digits; the number in
h_o06 fails them.
"""
import datetime as dt
import io
import json
import os
import sys
from email.generator import BytesGenerator
from email.message import Message
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

from openpyxl import Workbook

from corpus_kit_fh import (  # helpers shared with make_corpus_h/f.py
    addr, ALL_D, append_rows, attachment, body, dorder, fnr_ok, FORB_M, FORB_R, gold, hdr, html_of,
    make_fnr, MX, REGISTRY, registry_findings, text_part, when,
)

_header, _rows, _finish, BOLD, TITLE = MX._header, MX._rows, MX._finish, MX.BOLD, MX.TITLE
HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ registry rows
NEW_LISTS = [
    # flr_list_id, kommunenummer, gp_name, hpr_number, status, ceiling, size
    # h_r01 Ullensaker (3209)
    ("320931", "3209", "Ragnhild Sæther", "3921847", "open", "800", "796"),
    # h_r02 Meråker (5034)
    ("503402", "5034", "Kåre Stene", "6104297", "open", "900", "850"),
    ("503406", "5034", "Lene Fossum", "6115308", "closed", "800", "790"),
    ("503411", "5034", "Bjørn Tore Halset", "6126419", "open", "1000", "960"),
    # h_r03 Målselv (5524)
    ("552408", "5524", "Eirik Sandmo", "7254106", "locked", "1000", "981"),
    # h_r04 Austrheim (4632); 463297 is deliberately absent
    ("463204", "4632", "Synnøve Hope", "2938164", "open", "1000", "985"),
    ("463209", "4632", "Leiv Mjøs", "2949275", "open", "900", "899"),
    # h_r05 Sør-Varanger (5605)
    ("560513", "5605", "Anniken Pedersen", "8362014", "open", "1000", "985"),
    # h_d01 Notodden (4005), 7 unassigned, manual
    ("400503", "4005", "Håvard Bakken", "2510836", "locked", "1000", "985"),
    ("400507", "4005", "Mia Torsvik", "2521947", "closed", "900", "900"),
    ("400512", "4005", "Reidun Kaasa", "2533058", "closed", "1000", "999"),
    # h_d02 Øvre Eiker (3314), 7 unassigned, manual
    ("331402", "3314", "Jon Fredrik Amundsen", "4701583", "open", "1100", "1090"),
    ("331408", "3314", "Sunniva Grinde", "4712694", "closed", "1000", "1000"),
    ("331415", "3314", "Tobias Heggelund", "4723705", "open", "900", "880"),
    # h_d03 Vågan (1865), 4 unassigned, manual
    ("186504", "1865", "Torill Hansen", "5830471", "locked", "1000", "990"),
    ("186509", "1865", "Ørjan Pettersen", "5841582", "open", "900", "899"),
    ("186517", "1865", "Elise Nordvik", "5852693", "open", "800", "760"),
    # h_d04 Nome (4018), 6 unassigned, manual
    ("401802", "4018", "Gunnar Flåten", "3160842", "open", "1000", "994"),
    ("401806", "4018", "Vibeke Aas", "3171953", "closed", "900", "899"),
    # h_d05 Vang (3454), 3 unassigned, manual
    ("345403", "3454", "Sigrid Kvale", "2675184", "closed", "900", "899"),
    ("345407", "3454", "Halvard Ødegaard", "2686295", "open", "800", "760"),
    # h_d06 Sørfold (1845), 6 unassigned, manual
    ("184502", "1845", "Pål Ivar Strand", "4419375", "open", "1000", "980"),
    ("184505", "1845", "Hege Mikalsen", "4420486", "open", "800", "770"),
    # h_d07 Vik (4639), 2 unassigned, manual; 463981 is deliberately absent
    ("463903", "4639", "Olav Seim", "3347615", "open", "900", "880"),
    # h_d08 Indre Fosen (5054), 3 unassigned, manual
    ("505404", "5054", "Brit Helene Krogstad", "7491062", "closed", "1000", "990"),
    ("505409", "5054", "Trond Aune", "7402173", "open", "900", "870"),
    # h_d09 Frosta (5036), 7 unassigned, automatic
    ("503603", "5036", "Liv Marit Hoel", "6648203", "open", "1000", "996"),
    ("503608", "5036", "Steinar Lien", "6659314", "open", "900", "860"),
    # h_d10 Tynset (3427), 2 unassigned, manual
    ("342702", "3427", "Kristoffer Bakke", "5593041", "open", "1000", "975"),
    ("342705", "3427", "Marthe Sandbu", "5504152", "open", "900", "880"),
    # h_d11 Vestnes (1535), 7 unassigned, manual
    ("153518", "1535", "Arne Remøy", "1937460", "open", "1000", "994"),
    ("153523", "1535", "Ingeborg Vik", "1948571", "closed", "900", "900"),
    # h_d12 Enebakk (3220)
    ("322011", "3220", "Sverre Holm", "3365028", "open", "1000", "990"),
    # h_d13 Ås (3218), 17 unassigned, manual; 321219 belongs to Nesodden (3212)
    ("321812", "3218", "Vilde Kjos", "4286013", "open", "1100", "1080"),
    ("321219", "3212", "Einar Bråthen", "4297124", "open", "1000", "975"),
]
REG = {r[0]: r for r in NEW_LISTS}


# ------------------------------------------------------------------ helpers


def envelope(msg, name, frm, subject, date, to="post@helfo.no", extra=()):
    msg["Message-ID"] = f"<h-{name.replace('_', '-')}@{frm[1].split('@')[1]}>"
    msg["Date"] = format_datetime(date)
    msg["From"] = addr(*frm)
    msg["To"] = to
    msg["Subject"] = hdr(subject)
    msg["MIME-Version"] = "1.0"
    for k, v in extra:
        msg[k] = v


def fix_boundaries(msg, name):
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_h_{name}_{i:02d}")


OUT = []


def write(folder, name, msg, gold):
    fix_boundaries(msg, name)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    path = os.path.join(HERE, folder, name)
    with open(path + ".eml", "wb") as f:
        f.write(buf.getvalue())
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    OUT.append(path)


def simple(folder, name, frm, subject, date, t, gold, html=True, extra=()):
    msg = body(t, html)
    envelope(msg, name, frm, subject, date, extra=extra)
    write(folder, name, msg, gold)


# ------------------------------------------------------------------ manual_request
def manual_requests():
    F = "manual_request"
    simple(F, "h_m01_snasa_en_dash_encoded", ("Marte Kveli", "marte.kveli@snasa.kommune.no"),
           "Fastlege – manuell fordeling", when(2025, 2, 17, 8, 4, 51),
           "God morgen!\n\nFra og med nå vil Snåsa kommune selv bestemme hvilke fastlegelister "
           "innbyggere uten fastlege skal få plass på. Helfo bes derfor om å skru av den "
           "automatiske tildelingen for vår kommune.\n\nSpørsmål om dette kan rettes til meg på "
           "telefon 741 51 300.\n\nHilsen\nMarte Kveli\nEnhetsleder helse\nSnåsa kommune\n",
           gold("manual_distribution_request", "5041", False,
                [{"type": "manual_distribution", "enable": True}], [], FORB_M,
                "Subject exactly 'Fastlege – manuell fordeling' with an en dash as a UTF-8 "
                "encoded-word; the body says 'skru av den automatiske tildelingen' and 'selv "
                "bestemme', not 'manuell fordeling'; a phone number in the text."))
    simple(F, "h_m02_fedje_nynorsk_hyphen_subject", ("Ingunn Turøy", "ingunn.turoy@fedje.kommune.no"),
           "Fastlege - manuell fordeling", when(2026, 3, 9, 14, 22, 7),
           "Hei!\n\nFrå 1. april 2026 vil Fedje kommune sjølv fordele dei innbyggjarane som ikkje "
           "har fått plass på ei fastlegeliste. Vi bed Helfo om å skru av den automatiske "
           "tildelinga av fastlege for kommunen.\n\nHelsing\nIngunn Turøy\nleiar for helse og omsorg\n"
           "Fedje kommune\n",
           gold("manual_distribution_request", "4633", False,
                [{"type": "manual_distribution", "enable": True}], [], FORB_M,
                "Plain hyphen in the subject; nynorsk body ('bed', 'skru av', 'tildelinga', "
                "'sjølv fordele') with a start date that is no order field."), html=False)
    # m03: SV confirmation on top, Helfo's question and the empty original below
    t = ("Hei, ja – det er riktig forstått. Vi vil fordele de ufordelte innbyggerne i Lødingen "
         "selv, og ønsker at automatisk tildeling av fastlege stoppes.\n\nBeklager den tomme "
         "e-posten.\n\nVennlig hilsen\nKjell Arne Hansen\nkommunalsjef helse\nLødingen kommune\n\n"
         "-----Opprinnelig melding-----\nFra: Helfo <post@helfo.no>\nSendt: 3. juni 2025 kl. 09:41\n"
         "Til: Kjell Arne Hansen\nEmne: SV: Fastlege – manuell fordeling\n\nHei,\n\nE-posten "
         "deres kom fram uten innhold. Ønsker Lødingen kommune å gå over til manuell fordeling "
         "av innbyggere uten fastlege? Svar gjerne på denne e-posten.\n\nMed vennlig hilsen\n"
         "Helfo\n\n-----Opprinnelig melding-----\nFra: Kjell Arne Hansen "
         "<kjell.arne.hansen@lodingen.kommune.no>\nSendt: 2. juni 2025 kl. 15:02\nTil: "
         "post@helfo.no\nEmne: Fastlege – manuell fordeling\n\n\n")
    simple(F, "h_m03_lodingen_sv_confirmation_opprinnelig",
           ("Kjell Arne Hansen", "kjell.arne.hansen@lodingen.kommune.no"),
           "SV: SV: Fastlege – manuell fordeling", when(2025, 6, 4, 7, 55, 30, 2), t,
           gold("manual_distribution_request", "1851", False,
                [{"type": "manual_distribution", "enable": True}], [], FORB_M,
                "'SV: SV:' reply; the confirmation on top ('det er riktig forstått ... "
                "automatisk tildeling ... stoppes'); Helfo's quoted question and the empty "
                "original follow under '-----Opprinnelig melding-----'."),
           extra=[("In-Reply-To", "<20250603074102.55C1D2E3F4@mx01.helfo.no>")])
    t = ("Hei,\n\nEtter et halvt år med egen fordeling har vi kommet fram til at ordningen ikke "
         "passer for oss. Østre Toten kommune ber om at Helfo slår på igjen den automatiske "
         "tildelingen av fastlege for innbyggere som står uten liste, fra 1. september 2026.\n\n"
         "Hilsen\nTrude Aasheim\nkommuneoverlege\nØstre Toten kommune\n\n"
         "Den tir. 3. feb. 2026 kl. 12:40 skrev Trude Aasheim <trude.aasheim@ostre-toten.kommune.no>:\n"
         "> Hei,\n> Østre Toten kommune ønsker manuell fordeling av innbyggere uten fastlege.\n"
         "> Vi ber Helfo slå av automatisk tildeling for kommunen.\n> Hilsen Trude Aasheim\n")
    simple(F, "h_m04_ostre_toten_switch_back_on", ("Trude Aasheim", "trude.aasheim@ostre-toten.kommune.no"),
           "Re: Fastlege - manuell fordeling", when(2026, 8, 11, 10, 3, 12, 2), t,
           gold("manual_distribution_request", "3442", False,
                [{"type": "manual_distribution", "enable": False}], [], FORB_M,
                "'Re:' reply asking to switch automatic assignment back ON ('slår på igjen den "
                "automatiske tildelingen': enable false) without the word 'tilbake'; the "
                "'>'-quoted original asks for manual, a trap for keyword matching."), html=False,
           extra=[("In-Reply-To", "<CAF3k2-h-m04-orig@mail.gmail.com>")])
    simple(F, "h_m05_sel_plain_subject", ("Hanne Kleiven", "hanne.kleiven@sel.kommune.no"),
           "Innbyggere uten fastlege i Sel", when(2027, 1, 12, 9, 30, 0),
           "Hei.\n\nSel kommune har drøftet ordningen som Helsedirektoratet beskriver i sitt "
           "rundskriv. Kommunen vil heretter sørge for fordelingen av innbyggere uten plass på "
           "en fastlegeliste selv, og ber om at Helfo slutter med automatisk tildeling for Sel "
           "kommune.\n\nMed hilsen\nHanne Kleiven\nHelse- og omsorgssjef\nSel kommune\n",
           gold("manual_distribution_request", "3437", False,
                [{"type": "manual_distribution", "enable": True}], [], FORB_M,
                "The request is only in the body ('slutter med automatisk tildeling', "
                "'fordelingen ... selv'); the subject has no 'manuell fordeling'."))


# ------------------------------------------------------------------ list_request
def list_requests():
    F = "list_request"
    simple(F, "h_r01_ullensaker_nynorsk_fra_til", ("Per Ivar Nyhus", "per.ivar.nyhus@ullensaker.kommune.no"),
           "Listetak – auke for Ragnhild Sæther", when(2025, 11, 4, 13, 12, 40),
           "Hei\n\nKommunen har ingen innvendingar mot at Ragnhild Sæther på Jessheim legesenter "
           "aukar listetaket sitt. Ho går frå 800 til 950 pasientar. Hennar HPR-nummer er "
           "3921847.\n\nDet gjeld liste 320931.\n\nHelsing\nPer Ivar Nyhus\nrådgjevar\n"
           "Ullensaker kommune\n",
           gold("list_request", "3209", False,
                [{"type": "ceiling_change", "flr_list_id": "320931", "gp_name": "Ragnhild Sæther",
                  "hpr_number": "3921847", "increase": 150, "new_ceiling": 950}], [], FORB_R,
                "Nynorsk 'går frå 800 til 950': increase 150 and new ceiling 950 both follow; the "
                "HPR number comes in its own sentence and the list number last, on its own line."))
    simple(F, "h_r02_meraker_numbered_lock_list", ("Solveig Brandtzæg", "solveig.brandtzaeg@meraker.kommune.no"),
           "Lås fastlegelister", when(2026, 4, 20, 8, 2, 10, 2),
           "Hei,\n\nVi skal snart sende skjema for manuell fordeling, og trenger at disse listene "
           "låses fram til fordelingen er registrert:\n\n1) 503402 Kåre Stene\n2) 503411 Bjørn Tore "
           "Halset\n\nLene Fossum (503406) skal ikke låses, listen hennes er allerede stengt.\n\n"
           "Mvh\nSolveig Brandtzæg\nMeråker kommune\n",
           gold("list_request", "5034", False,
                [{"type": "list_lock", "flr_list_id": "503402", "gp_name": "Kåre Stene", "action": "lock"},
                 {"type": "list_lock", "flr_list_id": "503411", "gp_name": "Bjørn Tore Halset",
                  "action": "lock"}], [], FORB_R,
                "Lock two lists before a distribution; a numbered list '1) ID Name' with no labels; "
                "a third list named after it is explicitly NOT to be locked (no order)."))
    simple(F, "h_r03_malselv_unlock_after_order", ("Geir Rune Olsen", "geir.rune.olsen@malselv.kommune.no"),
           "Liste 552408 kan låses opp", when(2026, 10, 13, 11, 45, 3, 2),
           "Hei.\n\nHelfo har nå fordelt de 4 innbyggerne vi bestilte på liste 552408 den 29. "
           "september. Listen til Eirik Sandmo kan derfor låses opp igjen.\n\nMvh\nGeir Rune Olsen\n"
           "Målselv kommune\n",
           gold("list_request", "5524", False,
                [{"type": "list_lock", "flr_list_id": "552408", "gp_name": "Eirik Sandmo",
                  "action": "unlock"}], [], FORB_R,
                "Unlock after a completed distribution; the earlier order (4 innbyggere, 29. "
                "september, same list ID) must not become a distribution order; the ID comes "
                "before the name."))
    t = ("Hei\n\nAustrheim kommune bed om at listetaket vert auka for desse legane:\n\n"
         "Fastlege                          Liste    Auke\n"
         "Leiv Mjøs, HPR 2949275            463209   30\n"
         "Tone Fonnes                       463297   80\n"
         "Synnøve Hope                      463204   20\n\n"
         "Tone Fonnes er ny hos oss frå hausten.\n\nVenleg helsing\nMagnhild Eide\n"
         "kommunalsjef\nAustrheim kommune\n")
    html = ("<html><body><p>Hei</p><p>Austrheim kommune bed om at listetaket vert auka for desse "
            "legane:</p><table border=\"1\"><tr><th>Fastlege</th><th>Liste</th><th>Auke</th></tr>"
            "<tr><td>Leiv Mjøs, HPR 2949275</td><td>463209</td><td>30</td></tr>"
            "<tr><td>Tone Fonnes</td><td>463297</td><td>80</td></tr>"
            "<tr><td>Synnøve Hope</td><td>463204</td><td>20</td></tr></table>"
            "<p>Tone Fonnes er ny hos oss frå hausten.</p><p>Venleg helsing<br>Magnhild Eide<br>"
            "kommunalsjef<br>Austrheim kommune</p></body></html>")
    msg = MIMEMultipart("alternative")
    msg.attach(text_part(t))
    msg.attach(text_part(html, "html"))
    envelope(msg, "h_r04_austrheim_nynorsk_table_unknown_list",
             ("Austrheim kommune - Postmottak", "postmottak@austrheim.kommune.no"),
             "Auke av listetak", when(2025, 9, 23, 10, 8, 44, 2))
    write(F, "h_r04_austrheim_nynorsk_table_unknown_list", msg,
          gold("list_request", "4632", True,
               [{"type": "ceiling_change", "flr_list_id": "463209", "gp_name": "Leiv Mjøs",
                 "hpr_number": "2949275", "increase": 30},
                {"type": "ceiling_change", "flr_list_id": "463297", "gp_name": "Tone Fonnes",
                 "hpr_number": None, "increase": 80},
                {"type": "ceiling_change", "flr_list_id": "463204", "gp_name": "Synnøve Hope",
                 "increase": 20}],
               ["list_unknown"],
               ["personal_data", "malformed_message", "list_other_municipality", "children_may_exceed"],
               "Nynorsk table (plain and HTML), name column first, then list and increase; 463297 "
               "(the middle row) is not in the registry: list_unknown, review. new_ceiling not "
               "scored; Synnøve Hope's hpr_number not scored (registry has it)."))
    simple(F, "h_r05_sor_varanger_target_then_lock", ("Elin Mathisen", "elin.mathisen@sor-varanger.kommune.no"),
           "Anniken Pedersen – listetak og låsing", when(2027, 2, 2, 9, 14, 26),
           "Hei,\n\nAnniken Pedersen ved Kirkenes legesenter ønsker et nytt listetak på 1100. "
           "Samtidig ber vi om at listen hennes, 560513, låses inntil videre.\n\nVennlig hilsen\n"
           "Elin Mathisen\nSør-Varanger kommune\n",
           gold("list_request", "5605", False,
                [{"type": "ceiling_change", "flr_list_id": "560513", "gp_name": "Anniken Pedersen",
                  "new_ceiling": 1100},
                 {"type": "list_lock", "flr_list_id": "560513", "gp_name": "Anniken Pedersen",
                  "action": "lock"}], [], FORB_R,
                "Two orders of different types on one list: a new ceiling given as the target "
                "(1100; the registry has 1000, so increase is not scored) first, then a lock; "
                "the list ID after the name. hpr_number and increase not scored."))


# ------------------------------------------------------------------ other
def others():
    F = "other"
    simple(F, "h_o01_clinic_autoreply_listetak", ("Bent Olav Ringen", "bent.olav@fjelltunlegekontor.no"),
           "Autosvar: Spørsmål om listetak", when(2025, 7, 8, 5, 12, 3, 2),
           "Hei, og takk for henvendelsen.\n\nJeg er på kurs og deretter i permisjon fram til "
           "18. august 2025. Henvendelser om listetak og timer kan rettes til resepsjonen på "
           "telefon 61 29 40 10.\n\nBent Olav Ringen\nFjelltun legekontor\n",
           gold("other", None, False, [], [], ["personal_data", "malformed_message"],
                "Out-of-office auto-reply (Auto-Submitted: auto-replied, X-Autoreply) from a GP "
                "clinic, not a municipality; 'listetak' in subject and body, a date and a phone "
                "number; no review needed."),
           extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                  ("In-Reply-To", "<20250708051200.1A2B3C4D5E@mx01.helfo.no>")])
    # o02 bounce
    inner = MIMEText("Hei,\n\nHelfo har fått melding om at fastlege Margit Solhaug (HPR 2817364) "
                     "ved Storgata legesenter sier opp fastlegeavtalen. Oppsigelsen ble levert "
                     "12. mars 2026, og siste arbeidsdag er 30. september 2026.\n\nVi ber om at "
                     "kommunen bekrefter dette og melder ny fastlege på liste 880042.\n\n"
                     "Med vennlig hilsen\nHelfo\n", "plain", "utf-8")
    inner["Message-ID"] = "<20260316093000.9F8E7D6C5B@mx01.helfo.no>"
    inner["Date"] = format_datetime(when(2026, 3, 16, 9, 30, 0))
    inner["From"] = "Helfo <post@helfo.no>"
    inner["To"] = "margit@storgatalegesenter.no"
    inner["Subject"] = hdr("Oppsigelse av fastlegeavtale – Margit Solhaug")
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(MIMEText("Delivery has failed to these recipients or groups:\n\n"
                        "margit@storgatalegesenter.no\nThe e-mail address you entered couldn't be "
                        "found. Please check the recipient's e-mail address and try to resend "
                        "the message.\n\nDiagnostic information for administrators:\n"
                        "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                        "Recipient not found by SMTP address lookup'\n", "plain", "us-ascii"))
    ds = Message()
    ds.set_type("message/delivery-status")
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns; mx01.helfo.no"
    b1["Arrival-Date"] = format_datetime(when(2026, 3, 16, 9, 30, 1))
    b2["Final-Recipient"] = "rfc822; margit@storgatalegesenter.no"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    rep.attach(MIMEMessage(inner))
    envelope(rep, "h_o02_exchange_ndr_returned_notice", ("Microsoft Outlook", "postmaster@helfo.no"),
             "Ikke levert: Oppsigelse av fastlegeavtale – Margit Solhaug", when(2026, 3, 16, 9, 30, 4),
             extra=[("Auto-Submitted", "auto-replied")])
    write(F, "h_o02_exchange_ndr_returned_notice", rep,
          gold("other", None, False, [], [],
               ["personal_data", "malformed_message", "last_day_from_notice_period"],
               "Exchange-style non-delivery report (multipart/report with delivery-status, "
               "postmaster sender, 'Ikke levert:' subject); the returned Helfo message holds a "
               "complete-looking termination (name, HPR, clinic, notice date, last day, list) that "
               "must not become an order."))
    fnr = make_fnr("170688", 475)
    simple(F, "h_o03_citizen_fnr_in_parentheses", ("Jonas Eriksen", "jonas.eriksen88@hotmail.com"),
           "Ny fastlege?", when(2026, 11, 29, 22, 41, 9),
           f"Hallo\n\nKan jeg få bytte til en annen lege? Legen jeg har nå (Solberg) har ikke ledige "
           f"timer før i januar. Jeg heter Jonas Eriksen (fnr {fnr}) og bor på Skjetten.\n\n"
           "Takk på forhånd\nJonas\n",
           gold("other", None, True, [], ["personal_data"], ["malformed_message"],
                f"A citizen asking to change GP; his fødselsnummer in parentheses after his name "
                f"('fnr {fnr}', fictitious, valid check digits): personal_data, review; not a "
                "municipal message, no municipality (the place name is not a municipality)."),
           html=False)
    simple(F, "h_o04_newsletter_bulk_keywords", ("Fastlegeforum", "redaksjonen@fastlegeforum.no"),
           "Fastlegeforum #4/2026: Slik ber kommunen om manuell fordeling",
           when(2026, 5, 6, 6, 0, 0, 2),
           "FASTLEGEFORUM – nr. 4 2026\n\nSAKER I DETTE NUMMERET\n- Slik ber kommunen Helfo om "
           "manuell fordeling (Fastlege – manuell fordeling)\n- Melding til fastlegeregisteret: "
           "ny fastlege eller ubesatt liste\n- Ledere: låsing av lister og økning av listetak\n\n"
           "Kommunen sender en e-post med emnet «Fastlege – manuell fordeling» til post@helfo.no, "
           "og senere skjemaet for manuell fordeling av innbyggere. Ved oppsigelse gjelder seks "
           "måneders oppsigelsestid fra første dag i måneden etter oppsigelsen.\n\nDu får denne "
           "e-posten fordi du er abonnent. Avslutt abonnementet: https://fastlegeforum.no/avslutt\n",
           gold("other", None, False, [], [], ["personal_data", "malformed_message"],
                "Newsletter (List-Unsubscribe, List-Id, Precedence: bulk) that quotes the magic "
                "subject and names every kind: manuell fordeling, melding til fastlegeregisteret, "
                "låsing, listetak, oppsigelse, post@helfo.no."),
           extra=[("Precedence", "bulk"), ("List-Id", "Fastlegeforum <nyhetsbrev.fastlegeforum.no>"),
                  ("List-Unsubscribe", "<https://fastlegeforum.no/avslutt?a=77c10e>")])
    t = ("Mottatt, takk skal du ha.\n\nGunn\n\n"
         "Den 15.09.2025 kl. 10:02 skrev Helfo <post@helfo.no>:\n"
         "> Hei,\n> Oppsigelsen er registrert hos Helfo. Send «Melding til fastlegeregisteret» "
         "når det er klart hvem som tar over listen.\n> Helfo\n>\n"
         "> Den 12.09.2025 kl. 13:20 skrev Gunn Bakken <gunn.bakken@nord-fron.kommune.no>:\n"
         ">> Hei,\n>> Fastlege Anders Rustad (HPR 2740519) ved Vinstra legesenter har i dag sagt opp "
         "avtalen sin.\n>> Han slutter 31. mars 2026.\n>> Hilsen Gunn Bakken, Nord-Fron kommune\n")
    simple(F, "h_o05_nord_fron_mottatt_quotes_notice", ("Gunn Bakken", "gunn.bakken@nord-fron.kommune.no"),
           "Re: Oppsigelse – Anders Rustad", when(2025, 9, 16, 8, 1, 55, 2), t,
           gold("other", "3436", True, [], [],
                ["personal_data", "malformed_message", "last_day_from_notice_period"],
                "'Mottatt, takk skal du ha.' on top of a '>'-quoted thread with Helfo's receipt and "
                "the whole notice ('i dag', name, HPR, clinic, last day): kind other, no orders. "
                "Municipal sender, so needs_review is true."), html=False,
           extra=[("In-Reply-To", "<20250915100200.4C5D6E7F80@mx01.helfo.no>")])
    acct = "3108.64.20417"
    assert not fnr_ok(acct.replace(".", ""))
    msg = MIMEText("<html><body><h1>DU HAR VUNNET!</h1><p>Din e-postadresse ble trukket ut i "
                   "v&aring;r m&aring;nedlige trekning. Premie: <b>iPhone 17</b>.</p><p>Betal "
                   "fraktgebyr kr 29 til konto " + acct + " i dag for &aring; bekrefte "
                   "gevinsten.</p><p><a href=\"http://vinner-no.top/krev\">KREV PREMIEN</a></p>"
                   "</body></html>", "html", "utf-8")
    envelope(msg, "h_o06_spam_account_number_dotted", ("Kundeservice", "info@vinner-no.top"),
             "Siste varsel: premien din utløper", when(2027, 3, 1, 3, 44, 18))
    write(F, "h_o06_spam_account_number_dotted", msg,
          gold("other", None, False, [], [], ["personal_data", "malformed_message"],
               f"HTML-only spam; the 11-digit account number {acct} looks like a date-led "
               "fødselsnummer (31.08.64) but fails its check digits: no personal_data."))
    simple(F, "h_o07_gausdal_conditional_questions", ("Tone Lillehaug", "tone.lillehaug@gausdal.kommune.no"),
           "Manuell fordeling – noen spørsmål først", when(2025, 10, 28, 12, 17, 45),
           "Hei,\n\nGausdal kommune vurderer manuell fordeling, men har ikke bestemt seg. Før vi "
           "eventuelt ber om at automatisk tildeling slås av, lurer vi på:\n\n- Må vi sende skjema "
           "hver måned, eller bare når vi har innbyggere å fordele?\n- Hvis vi ber om manuell "
           "fordeling nå, kan vi slå den automatiske tildelingen på igjen senere?\n- Hvem hos dere "
           "kan vi ringe om dette?\n\nHilsen\nTone Lillehaug\nfagkoordinator\nGausdal kommune\n",
           gold("other", "3441", True, [], [], FORB_M,
                "Bokmål questions about manual distribution with conditional request wording "
                "('Før vi eventuelt ber om at automatisk tildeling slås av', 'Hvis vi ber om "
                "manuell fordeling'): not a request either way, kind other; municipal sender, so "
                "review."))
    simple(F, "h_o08_storfjord_sick_leave_substitute", ("Randi Hatteng", "randi.hatteng@storfjord.kommune.no"),
           "Vikar for fastlege i sykemelding", when(2026, 2, 10, 13, 5, 0),
           "Hei\n\nFastlege Svein Olav Lyngmo, HPR 2693058, er sykemeldt fra 16. februar 2026 "
           "og trolig ut juni 2026. Avtalen hans løper videre; det er ikke snakk om oppsigelse.\n\n"
           "Vi har fått tak i en vikar. Skal vikaren registreres på listen hos dere, og hvilket "
           "skjema bruker vi da?\n\nMvh\nRandi Hatteng\nStorfjord kommune\n",
           gold("other", "5538", True, [], [],
                ["personal_data", "malformed_message", "last_day_from_notice_period"],
                "A question about a substitute during sick leave: GP name, HPR and 'fra 16. "
                "februar 2026 ... ut juni 2026', but explicitly no termination ('ikke snakk om "
                "oppsigelse'); municipal sender, so review."))
    simple(F, "h_o09_trysil_autoreply_list_subject", ("Arild Haugen", "arild.haugen@trysil.kommune.no"),
           "Fraværsmelding: Ny fastlege på liste 342133 – Trysil legesenter",
           when(2026, 7, 14, 6, 40, 22, 2),
           "Takk for e-posten.\n\nJeg har sommerferie og er tilbake 3. august 2026. E-post blir "
           "ikke videresendt. Haster det, kontakt servicetorget på postmottak@trysil.kommune.no.\n\n"
           "Arild Haugen\nTrysil kommune\n",
           gold("other", "3421", None, [], [],
                ["personal_data", "malformed_message", "timing_in_time", "timing_late_letters",
                 "timing_after_transfer", "helsenorge_not_visible_early"],
                "Auto-reply ('Fraværsmelding:', Auto-Submitted) from a municipal address whose "
                "subject names a new GP, a list and a clinic: kind other, no orders. Review not "
                "scored (an auto-reply may fairly be exempt)."),
           extra=[("Auto-Submitted", "auto-replied"),
                  ("In-Reply-To", "<20260714064020.0B1C2D3E4F@mx01.helfo.no>")])


# ------------------------------------------------------------------ distribution


def dist(name, muni, frm, subject, date, text, orders, req, note, xlsx=None, fname=None,
         review=None, extra=(), html=True, logo=False, forb=None, check=True):
    if check:
        got = registry_findings(muni, orders)
        want = set(req) - {"personal_data"}
        assert want <= got, (name, want, got)
        forb_ = [c for c in ALL_D if c not in got and c not in req] if forb is None else forb
        assert not (set(forb_) & got), (name, forb_, got)
        if review is None:
            review = bool(got & {"capacity_insufficient", "exceeds_unassigned", "list_unknown",
                                 "list_other_municipality", "personal_data"}) or "personal_data" in req
    else:
        forb_ = forb
    msg = MIMEMultipart("mixed")
    b = body(text, html)
    if logo:
        rel = MIMEMultipart("related")
        rel.attach(text_part(html_of(text).replace("</body>",
                             "<p><img src=\"cid:logo01@h\" alt=\"logo\"></p></body>"), "html"))
        png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                            "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef"
                            "0000000049454e44ae426082")
        img = MIMEImage(png, "png")
        img.add_header("Content-ID", "<logo01@h>")
        img.add_header("Content-Disposition", "inline", filename="image001.png")
        rel.attach(img)
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(text))
        alt.attach(rel)
        b = alt
    msg.attach(b)
    if xlsx is not None:
        msg.attach(attachment(xlsx, fname))
    if xlsx is None and fname is None:
        msg = b
    envelope(msg, name, frm, subject, date, extra=extra)
    write("distribution", name, msg,
          gold("distribution_order", muni, review, orders, req, forb_, note))


def _meta(ws, start, pairs, vcol=2):
    for r, (k, v) in enumerate(pairs, start=start):
        ws.cell(row=r, column=1, value=k).font = BOLD
        c = ws.cell(row=r, column=vcol, value=v)
        if isinstance(v, dt.date):
            c.number_format = "DD.MM.YYYY"


def distributions():
    # d01 Notodden: worked-example shape, exact boundaries, total == unassigned
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:F1")
    _meta(ws, 3, [("Kommune", "Notodden"), ("Kommunenr.", "4005"), ("Utfylt av", "Eli Haugerud"),
                  ("Dato", dt.date(2025, 4, 7))])
    _header(ws, 8, 1, ["Fastlegens navn", "FLR ID", "Antall innbyggere som skal fordeles",
                       "Økning av listetak", "Kommentar"], [24, 10, 20, 14, 32])
    _rows(ws, 9, 1, [
        ["Håvard Bakken", 400503, 2, None, "Låst, 15 ledige"],
        ["Mia Torsvik", 400507, 3, 3, "Stengt og full"],
        ["Reidun Kaasa", 400512, 2, 1, "Stengt, 1 ledig"],
    ])
    ws["A12"] = "Totalt"
    ws["A12"].font = BOLD
    ws["C12"] = "=SUM(C9:C11)"
    ws["D12"] = "=SUM(D9:D11)"
    x = _finish(wb, "Eli Haugerud", dt.datetime(2025, 4, 7, 9, 10))
    dist("h_d01_notodden_exact_boundaries_name_first", "4005",
         ("Eli Haugerud", "eli.haugerud@notodden.kommune.no"), "Fordeling av ufordelte innbyggere",
         when(2025, 4, 8, 9, 26, 12, 2),
         "Hei!\n\nHer kommer utfylt fordelingsskjema. Alle sju innbyggerne som står uten fastlege "
         "i Notodden får plass hos tre av legene våre; to av dem trenger høyere listetak.\n\n"
         "Hilsen\nEli Haugerud\nrådgiver helse\nNotodden kommune\n",
         [dorder("400503", "Håvard Bakken", 2), dorder("400507", "Mia Torsvik", 3, 3),
          dorder("400512", "Reidun Kaasa", 2, 1)],
         ["children_may_exceed"],
         "Worked-example shape in bokmål with the name column first: 400503 locked with 15 free "
         "gets 2 (blank increase = 0); 400507 closed and full gets 3 with +3; 400512 closed with "
         "1 free gets 2 with +1 (exact); 7 of 7 unassigned. 'Totalt' row with formulas (no cached "
         "values).", xlsx=x, fname="fordelingsskjema_notodden.xlsx")

    # d02 Øvre Eiker: title block with contacts, header row 9, sum row, inline logo
    wb = Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws["B1"] = "ØVRE EIKER KOMMUNE"
    ws["B1"].font = TITLE
    ws["B2"] = "Manuell fordeling av innbyggere uten fastlege – bestilling til Helfo"
    ws["B4"] = "Saksbehandler"
    ws["D4"] = "Nils Erik Skaug"
    ws["B5"] = "Direkte telefon"
    ws["D5"] = "32 23 11 87"
    ws["B6"] = "Sendt"
    ws["D6"] = dt.date(2026, 1, 19)
    ws["D6"].number_format = "DD.MM.YYYY"
    _header(ws, 9, 1, ["FLR-liste", "Lege", "Antall", "Økt listetak"], [12, 24, 10, 14])
    _rows(ws, 10, 1, [
        [331402, "Jon Fredrik Amundsen", 3, None],
        [331408, "Sunniva Grinde", 2, 2],
        [331415, "Tobias Heggelund", 2, 0],
    ])
    ws["A13"] = "SUM"
    ws["C13"] = 7
    ws["D13"] = 2
    x = _finish(wb, "Nils Erik Skaug", dt.datetime(2026, 1, 19, 14, 0))
    dist("h_d02_ovre_eiker_title_block_logo_sum", "3314",
         ("Nils Erik Skaug", "nils.erik.skaug@ovre-eiker.kommune.no"),
         "Bestilling manuell fordeling januar 2026", when(2026, 1, 20, 8, 15, 33),
         "Hei,\n\nSkjemaet for manuell fordeling er lagt ved. De tre legene har takket ja.\n\n"
         "Med hilsen\nNils Erik Skaug\nFagansvarlig legetjeneste\nØvre Eiker kommune\n",
         [dorder("331402", "Jon Fredrik Amundsen", 3), dorder("331408", "Sunniva Grinde", 2, 2),
          dorder("331415", "Tobias Heggelund", 2)],
         ["children_may_exceed"],
         "Title block from column B (municipality, contact, a phone number and a date, values "
         "in D) above a header on row 9 ('FLR-liste', 'Antall', 'Økt listetak'); a 'SUM' row "
         "with plain numbers (7 / 2) that must not become an order; blank and 0 increases; an "
         "inline logo (multipart/related) besides the xlsx. 7 of 7 unassigned.",
         xlsx=x, fname="Manuell fordeling Øvre Eiker.xlsx", logo=True)

    # d03 Vågan: instruction sheet first (active) with examples; numbers as text
    wb = Workbook()
    ws = wb.active
    ws.title = "Veiledning"
    ws["A1"] = "Slik fyller du ut skjemaet"
    ws["A1"].font = TITLE
    ws["A3"] = "1. Skriv FLR-ID, legens navn og antall innbyggere på arket «Bestilling»."
    ws["A4"] = "2. La «Økning listetak» stå tom hvis listetaket ikke skal økes."
    ws["A6"] = "Eksempel:"
    _header(ws, 7, 1, ["FLR-ID", "Fastlege", "Antall", "Økning listetak"])
    _rows(ws, 8, 1, [["123456", "Eksempel Lege", "4", "2"], ["654321", "Ola Nordmann", "1", ""]])
    ws2 = wb.create_sheet("Bestilling")
    ws2["A1"] = "Bestilling – manuell fordeling, Vågan kommune"
    ws2["A1"].font = TITLE
    ws2.merge_cells("A1:D2")
    _header(ws2, 4, 1, ["FLR-ID", "Fastlege", "Antall", "Økning listetak"], [10, 24, 10, 16])
    _rows(ws2, 5, 1, [["186504", "Hansen, Torill", "1", ""], ["186509", "Pettersen, Ørjan", "2", "1"],
                      ["186517", "Nordvik, Elise", "1", "0"]])
    wb.active = 0
    x = _finish(wb, "Kari Jakobsen", dt.datetime(2026, 9, 2, 11, 0))
    dist("h_d03_vagan_guide_sheet_surname_first", "1865",
         ("Kari Jakobsen", "kari.jakobsen@vagan.kommune.no"), "Skjema fordeling – Vågan",
         when(2026, 9, 2, 11, 37, 50, 2),
         "Hei\n\nVi sender skjema for fordeling av de fire innbyggerne som står uten fastlege. "
         "Liste 186504 er låst etter avtale.\n\nMvh\nKari Jakobsen\nVågan kommune\n",
         [dorder("186504", "Hansen, Torill", 1), dorder("186509", "Pettersen, Ørjan", 2, 1),
          dorder("186517", "Nordvik, Elise", 1)],
         ["children_may_exceed"],
         "Instruction sheet 'Veiledning' first (and active) with example rows (123456, 654321) "
         "that are not orders; the form on sheet 2 under a title merged over two rows, every "
         "number stored as text (blank and '0' increases), names written 'Surname, Given' (kept "
         "as written); a list ID in the body too. 4 of 4 unassigned.",
         xlsx=x, fname="Skjema fordeling Vågan.xlsx")

    # d04 Nome: reply with the manual-request subject, header row 1, empty row
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    _header(ws, 1, 1, ["FLR-ID", "Navn på fastlege", "Antall innbyggere", "Økning i listetak"],
            [10, 24, 16, 16])
    _rows(ws, 2, 1, [[401802, "Gunnar Flåten", 4, None]])
    _rows(ws, 4, 1, [[401806, "Vibeke Aas", 2, 1]])
    x = _finish(wb, "Heidi Ramberg", dt.datetime(2025, 12, 1, 8, 0))
    dist("h_d04_nome_re_manual_subject_gap_row", "4018",
         ("Heidi Ramberg", "heidi.ramberg@nome.kommune.no"), "Re: Fastlege – manuell fordeling",
         when(2025, 12, 1, 8, 44, 2),
         "Hei igjen,\n\nTakk for bekreftelsen. Her er vår første bestilling, skjemaet ligger "
         "ved.\n\nHeidi Ramberg\nNome kommune\n\n"
         "Den 14.11.2025 kl. 12:10 skrev Helfo <post@helfo.no>:\n> Automatisk tildeling er slått "
         "av for Nome kommune. Bruk «Skjema for manuell fordeling av innbyggere» når dere vil "
         "fordele.\n>\n> Den 10.11.2025 skrev Heidi Ramberg:\n>> Nome kommune ønsker manuell "
         "fordeling. Slå av automatisk tildeling.\n",
         [dorder("401802", "Gunnar Flåten", 4), dorder("401806", "Vibeke Aas", 2, 1)],
         ["children_may_exceed"],
         "Sent as 'Re: Fastlege – manuell fordeling' with the manual request quoted ('>' style) "
         "but it carries the form: kind distribution_order, no manual_distribution order. Header "
         "on row 1, an empty row 3 between the two orders, a blank increase; 401806 closed with "
         "1 free gets 2 with +1 (exact). 6 of 6 unassigned.",
         xlsx=x, fname="Skjema for manuell fordeling av innbyggere.xlsx", html=False,
         extra=[("In-Reply-To", "<20251114111000.6A7B8C9D0E@mx01.helfo.no>")])

    # d05 Vang: capacity insufficient, extra columns between name and numbers
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Vang kommune – manuell fordeling"
    ws["A1"].font = BOLD
    _header(ws, 3, 1, ["FLR-ID", "Fastlege", "HPR", "Legekontor", "Ledige (vår oversikt)",
                       "Innbyggere", "Økt listetak"], [10, 20, 10, 18, 12, 10, 10])
    _rows(ws, 4, 1, [[345403, "Sigrid Kvale", 2675184, "Vang legekontor", 4, 2, None],
                     [345407, "Halvard Ødegaard", 2686295, "Vang legekontor", 40, 1, None]])
    x = _finish(wb, "Ola Kvam", dt.datetime(2027, 2, 15, 7, 30))
    dist("h_d05_vang_capacity_stale_free_column", "3454",
         ("Ola Kvam", "ola.kvam@vang.kommune.no"), "Manuell fordeling Vang kommune",
         when(2027, 2, 15, 7, 55, 10),
         "Hei,\n\nVedlagt bestilling. Ta kontakt om noe er uklart.\n\nOla Kvam\nVang kommune\n",
         [dorder("345403", "Sigrid Kvale", 2), dorder("345407", "Halvard Ødegaard", 1)],
         ["capacity_insufficient", "children_may_exceed"],
         "345403 is closed with 1 free place in the registry (the municipality's own 'Ledige' "
         "column says 4) and gets 2 with no increase: capacity_insufficient, review. Extra "
         "columns (HPR, Legekontor, 'Ledige (vår oversikt)') between the name and the numbers. "
         "3 of 3 unassigned.", xlsx=x, fname="Vang manuell fordeling.xlsx")

    # d06 Sørfold: exceeds unassigned, title block, header row 6, 'I alt' row
    wb = Workbook()
    ws = wb.active
    ws.title = "Bestilling"
    ws["A1"] = "Sørfold kommune"
    ws["A1"].font = TITLE
    ws["A2"] = "Skjema for manuell fordeling av innbyggere"
    ws["A3"] = "Dato: 09.06.2026"
    _header(ws, 6, 1, ["Liste-ID", "Fastlege", "Antall som skal fordeles", "Økning listetak"],
            [10, 22, 18, 14])
    _rows(ws, 7, 1, [[184502, "Pål Ivar Strand", 5, None], [184505, "Hege Mikalsen", 4, None]])
    ws["A9"] = "I alt"
    ws["C9"] = 9
    x = _finish(wb, "Kine Johansen", dt.datetime(2026, 6, 9, 12, 0))
    dist("h_d06_sorfold_exceeds_by_three_i_alt", "1845",
         ("Kine Johansen", "kine.johansen@sorfold.kommune.no"), "Skjema – fordeling Sørfold",
         when(2026, 6, 9, 12, 20, 45, 2),
         "Hei\n\nSkjema for fordeling ligger vedlagt.\n\nVennlig hilsen\nKine Johansen\n"
         "Sørfold kommune\n",
         [dorder("184502", "Pål Ivar Strand", 5), dorder("184505", "Hege Mikalsen", 4)],
         ["exceeds_unassigned", "children_may_exceed"],
         "9 citizens ordered but Sørfold has 6 without a list: exceeds_unassigned, review. "
         "Header on row 6 ('Liste-ID') under a title block with a date, an 'I alt' row, "
         "increases blank; both lists have room.", xlsx=x, fname="Fordeling Sørfold juni.xlsx")

    # d07 Vik: unknown list, name column before ID
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    _header(ws, 2, 1, ["Fastlege", "Tal innbyggarar", "FLR-ID", "Auke i listetak"], [22, 14, 10, 14])
    _rows(ws, 3, 1, [["Olav Seim", 1, 463903, None], ["Kaja Ness", 1, 463981, None]])
    x = _finish(wb, "Bjørg Hove", dt.datetime(2025, 8, 26, 9, 0))
    dist("h_d07_vik_unknown_list_count_before_id", "4639",
         ("Bjørg Hove", "bjorg.hove@vik.kommune.no"), "Fordeling av innbyggarar – Vik",
         when(2025, 8, 26, 9, 14, 2, 2),
         "Hei\n\nVedlagt skjema. Kaja Ness starta hos oss i august.\n\nHelsing\nBjørg Hove\n"
         "Vik kommune\n",
         [dorder("463903", "Olav Seim", 1), dorder("463981", "Kaja Ness", 1)],
         ["list_unknown", "children_may_exceed"],
         "FLR-ID 463981 is not in the registry snapshot: list_unknown, review. Nynorsk headers "
         "with the name first and the count before the FLR-ID. 2 of 2 unassigned.",
         xlsx=x, fname="Skjema Vik.xlsx",
         forb=["exceeds_unassigned", "list_closed_too_free", "automatic_distribution_active",
               "personal_data", "list_other_municipality", "malformed_message"])

    # d08 Indre Fosen: closed list with exactly 10 free, table starts in column C
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["C2"] = "Manuell fordeling – Indre Fosen kommune"
    ws["C2"].font = TITLE
    ws.merge_cells("C2:F2")
    ws["C3"] = "Kontakt: Marit Wold, tlf. 905 12 388"
    _header(ws, 5, 3, ["FLR ID", "Fastlege", "Innbyggere", "Listetaksøkning"])
    _rows(ws, 6, 3, [[505404, "Brit Helene Krogstad", 2, None], [505409, "Trond Aune", 1, None]])
    x = _finish(wb, "Marit Wold", dt.datetime(2026, 11, 3, 10, 0))
    dist("h_d08_indre_fosen_closed_exactly_ten_free", "5054",
         ("Marit Wold", "marit.wold@indrefosen.kommune.no"), "Manuell fordeling – Indre Fosen",
         when(2026, 11, 3, 10, 12, 0),
         "Hei,\n\nVedlagt fordelingsskjema for november.\n\nMvh\nMarit Wold\nIndre Fosen kommune\n",
         [dorder("505404", "Brit Helene Krogstad", 2), dorder("505409", "Trond Aune", 1)],
         ["list_closed_too_free", "children_may_exceed"],
         "505404 is closed with exactly 10 free places (the rule is 10 or more): a warning "
         "only, so no review. The table starts in column C under a merged title and a contact "
         "line with a phone number. 3 of 3 unassigned.", xlsx=x, fname="fordeling_indre_fosen.xlsx")

    # d09 Frosta: automatic, exact boundaries
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    ws["A1"] = "Skjema for manuell fordeling av innbyggere"
    ws["A1"].font = BOLD
    _header(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 4, 1, [[503603, "Liv Marit Hoel", 4, None], [503608, "Steinar Lien", 3, None]])
    x = _finish(wb, "Anders Myhr", dt.datetime(2025, 5, 12, 13, 0))
    dist("h_d09_frosta_automatic_exact_fit", "5036",
         ("Anders Myhr", "anders.myhr@frosta.kommune.no"), "Fordeling av innbyggere - Frosta",
         when(2025, 5, 12, 13, 40, 18, 2),
         "Hei,\n\nDe sju innbyggerne i Frosta som mangler fastlege fordeles som i vedlagt "
         "skjema. Legene er spurt og har sagt ja.\n\nHilsen\nAnders Myhr\nFrosta kommune\n",
         [dorder("503603", "Liv Marit Hoel", 4), dorder("503608", "Steinar Lien", 3)],
         ["automatic_distribution_active", "children_may_exceed"],
         "Frosta is still on automatic assignment: a warning, no review. Exact boundaries that "
         "must NOT fire: 7 ordered of 7 unassigned, 4 to a list with 4 free.",
         xlsx=x, fname="Skjema for manuell fordeling av innbyggere.xlsx")

    # d10 Tynset: fødselsnummer in a note, non-ASCII filename
    fnr = make_fnr("290379", 412)
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    _header(ws, 1, 1, ["Merknad", "FLR-ID", "Fastlege", "Antall", "Økning listetak"], [40, 10, 22, 8, 12])
    _rows(ws, 2, 1, [["", 342702, "Kristoffer Bakke", 1, None],
                     [f"Gjelder innbygger {fnr} som ønsker kvinnelig lege", 342705, "Marthe Sandbu", 1, None]])
    x = _finish(wb, "Åse Moen", dt.datetime(2026, 4, 13, 9, 0))
    dist("h_d10_tynset_fnr_in_first_column", "3427",
         ("Åse Moen", "ase.moen@tynset.kommune.no"), "Fordeling Tynset april",
         when(2026, 4, 13, 9, 28, 40, 2),
         "Hei,\n\nVedlagt skjema for fordeling av to innbyggere.\n\nMed hilsen\nÅse Moen\n"
         "Tynset kommune\n",
         [dorder("342702", "Kristoffer Bakke", 1), dorder("342705", "Marthe Sandbu", 1)],
         ["personal_data", "children_may_exceed"],
         f"The 'Merknad' column comes first and holds, on the second row, a fødselsnummer "
         f"written as 11 digits in a sentence ('{fnr}', fictitious, valid check digits): "
         "personal_data, masked, review. Non-ASCII attachment filename (RFC 2231).",
         xlsx=x, fname="Fordeling Tynset – april.xlsx")

    # d11 Vestnes: order in the body, prose lines, increase in the same line
    dist("h_d11_vestnes_body_prose_order", "1535",
         ("Roar Gjerde", "roar.gjerde@vestnes.kommune.no"), "Manuell fordeling av innbyggere – Vestnes",
         when(2027, 3, 16, 14, 2, 9),
         "Hei,\n\nVi har ikke fått Excel-skjemaet til å fungere, så bestillingen står her:\n\n"
         "Arne Remøy (liste 153518) skal få 3 innbyggere.\nIngeborg Vik (liste 153523) skal få 2 "
         "innbyggere, og listetaket hennes må økes med 2 for at det skal gå.\n\n"
         "Det er da 5 av de 7 som står uten fastlege hos oss.\n\nHilsen\nRoar Gjerde\n"
         "Vestnes kommune\n",
         [dorder("153518", "Arne Remøy", 3), dorder("153523", "Ingeborg Vik", 2, 2)],
         ["children_may_exceed"],
         "No attachment: the order is written in bokmål prose (name, then '(liste ID)', then "
         "the count); the ceiling increase is part of the distribution order, not a separate "
         "list_request; 153523 closed and full, +2 for 2 is exact; '5 av de 7' is no order. "
         "Review either way.", fname=None, review=None)
    # force review null for the body order (either answer acceptable)
    p = os.path.join(HERE, "distribution", "h_d11_vestnes_body_prose_order.expected.json")
    g = json.load(open(p, encoding="utf-8"))
    g["needs_review"] = None
    with open(p, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")

    # d12 Enebakk: truncated xlsx
    wb = Workbook()
    ws = wb.active
    _header(ws, 1, 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"])
    _rows(ws, 2, 1, [[322011, "Sverre Holm", 4, None]])
    full = _finish(wb, "Linda Strøm", dt.datetime(2026, 2, 23, 10, 0))
    x = full[: len(full) * 3 // 5]
    dist("h_d12_enebakk_truncated_xlsx", "3220",
         ("Linda Strøm", "linda.strom@enebakk.kommune.no"), "Manuell fordeling - skjema vedlagt",
         when(2026, 2, 23, 10, 31, 0),
         "Hei\n\nSkjema for manuell fordeling av 4 innbyggere i Enebakk er vedlagt.\n\nMvh\n"
         "Linda Strøm\nEnebakk kommune\n",
         [], ["malformed_message"],
         "The .xlsx attachment is cut to 60 % of its bytes (no central directory, not a "
         "readable zip): malformed_message, no orders, review; the kind is still "
         "distribution_order from the subject, body and filename.",
         xlsx=x, fname="manuell_fordeling_enebakk.xlsx", review=True, check=False,
         forb=["personal_data", "list_unknown", "capacity_insufficient", "exceeds_unassigned"])

    # d13 Ås: a Nesodden list in Ås's form
    wb = Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Ås kommune – fordeling av innbyggere uten fastlege"
    ws["A1"].font = BOLD
    _header(ws, 3, 1, ["FLR-ID", "Fastlege", "Antall", "Økning listetak"])
    _rows(ws, 4, 1, [[321219, "Einar Bråthen", 3, None], [321812, "Vilde Kjos", 5, None]])
    ws["A6"] = "Sum"
    ws["C6"] = 8
    x = _finish(wb, "Jorunn Ek", dt.datetime(2025, 10, 6, 8, 0))
    dist("h_d13_as_nesodden_list_first_row", "3218",
         ("Jorunn Ek", "jorunn.ek@as.kommune.no"), "Manuell fordeling - Ås kommune",
         when(2025, 10, 6, 8, 27, 5, 2),
         "Hei,\n\nVedlagt skjema for manuell fordeling.\n\nMvh\nJorunn Ek\nÅs kommune\n",
         [dorder("321219", "Einar Bråthen", 3), dorder("321812", "Vilde Kjos", 5)],
         ["list_other_municipality", "children_may_exceed"],
         "List 321219 (first row) belongs to Nesodden (3212), not Ås: list_other_municipality, "
         "review. Header on row 3, a 'Sum' row.", xlsx=x, fname="Manuell fordeling Ås.xlsx")


def main():
    append_rows(os.path.join(REGISTRY, "lists.csv"), NEW_LISTS)
    for d in ("manual_request", "list_request", "other", "distribution"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    manual_requests()
    list_requests()
    others()
    distributions()
    print(f"wrote {len(OUT)} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
