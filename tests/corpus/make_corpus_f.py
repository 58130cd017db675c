#!/usr/bin/env python3
"""Build the f_ test corpus for `postmottak parse`: a third sibling for each
message of the shared corpus's manual_request/ (5), list_request/ (5), other/ (9)
and for 8 of distribution/ (d01, d03, d05, d06, d07, d10, d11, d13).  Each keeps
the shared message's trap and changes everything else: an older, formal clerk's
passive voice ("Det vises til", "bes", "ønskes", "anmodes om"), nynorsk with
dialect forms, or very brief text; real municipalities already in
registry/unassigned.csv (no row added there); new FLR list IDs appended to
registry/lists.csv (only new rows; existing rows are never changed).

    .venv/bin/python tests/corpus/make_corpus_f.py

Deterministic: fixed MIME boundaries; the xlsx helper of
/work/shared/corpus/make_xlsx.py with pinned metadata.  People, HPR numbers,
list IDs and phone numbers are made up; the fødselsnummer in f_d10 and f_o03
are fictitious with valid mod-11 check digits; the number in f_o06 fails them.
Helpers shared with make_corpus_h.py are in corpus_kit_fh.py.
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


NEW_LISTS = [
    # filled below
]


# ------------------------------------------------------------------ helpers


def envelope(msg, name, frm, subject, date, to="post@helfo.no", extra=()):
    msg["Message-ID"] = f"<f-{name.replace('_', '-')}@{frm[1].split('@')[1]}>"
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
            part.set_boundary(f"----=_f_{name}_{i:02d}")


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
                             "<p><img src=\"cid:logo01@f\" alt=\"logo\"></p></body>"), "html"))
        png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                            "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef"
                            "0000000049454e44ae426082")
        img = MIMEImage(png, "png")
        img.add_header("Content-ID", "<logo01@f>")
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


NEW_LISTS[:] = [
    ("343871", "3438", "Gudbrand Kleppe", "5180273", "open", "1050", "1041"),
    ("551671", "5516", "Ola Johan Storjord", "7710384", "open", "900", "870"),
    ("551674", "5516", "Ragna Elvebakk", "7721495", "open", "800", "760"),
    ("401271", "4012", "Lars Erik Tveit", "3306172", "locked", "1000", "992"),
    ("463771", "4637", "Sølvi Hestad", "2206183", "open", "900", "890"),
    ("422671", "4226", "Tor Arne Eikeland", "4450917", "open", "1000", "988"),
    ("323671", "3236", "Åse Marit Lunde", "3013546", "locked", "1000", "985"),
    ("323674", "3236", "Henrik Brenna", "3024657", "closed", "900", "900"),
    ("323678", "3236", "Karin Hovde", "3035768", "closed", "1000", "997"),
    ("332272", "3322", "Nils Ivar Ulsaker", "3541208", "open", "1000", "990"),
    ("332276", "3322", "Tone Hagaseth", "3552319", "open", "800", "795"),
    ("154771", "1547", "Bjarne Rindarøy", "1872430", "closed", "900", "896"),
    ("154775", "1547", "Elin Julsrud", "1883541", "open", "1000", "980"),
    ("181371", "1813", "Rolf Sørli", "6620418", "open", "1000", "980"),
    ("181374", "1813", "Guri Hald", "6631529", "open", "900", "880"),
    ("463471", "4634", "Magne Hope", "2390641", "open", "1000", "990"),
    ("312071", "3120", "Anne Lise Bjørnstad", "3870152", "open", "1000", "990"),
    ("312074", "3120", "Petter Krogh", "3881263", "open", "900", "880"),
    ("505771", "5057", "Jostein Hårstad", "6950374", "open", "1000", "992"),
    ("505776", "5057", "Marianne Ottem", "6961485", "closed", "900", "900"),
    ("156371", "1563", "Oddvar Gjøra", "1760596", "open", "1000", "985"),
    ("155478", "1554", "Hilde Nerland", "1771607", "open", "900", "880"),
]
MD = "manual_distribution_request"


def mdo(e):
    return [{"type": "manual_distribution", "enable": e}]


def manual_requests():
    F = "manual_request"
    simple(F, "f_m01_vefsn_formal_en_dash", ("Arvid Sundsfjord", "arvid.sundsfjord@vefsn.kommune.no"),
           "Fastlege – manuell fordeling", when(2026, 10, 5, 13, 40, 2, 2),
           "Til Helfo\n\nDet vises til Helsedirektoratets veileder om fastlegeordningen. Vefsn "
           "kommune har i formannskapets møte 29.09.2026 vedtatt at innbyggere som står uten "
           "fastlege heretter skal fordeles av kommunen. Det anmodes derfor om at automatisk "
           "tildeling for Vefsn kommune bringes til opphør.\n\nMed hilsen\n\nArvid Sundsfjord\n"
           "kommunalsjef\nVefsn kommune\n",
           gold(MD, "1824", False, mdo(True), [], FORB_M,
                "Encoded en-dash subject; formal passive ('Det anmodes ... om at automatisk "
                "tildeling ... bringes til opphør'); a meeting date is no field."), html=False)
    simple(F, "f_m02_stryn_dialect_nynorsk", ("Gunnhild Loen", "gunnhild.loen@stryn.kommune.no"),
           "Fastlege - manuell fordeling", when(2025, 9, 22, 8, 15, 44, 2),
           "Hei\n\nMe i Stryn kommune vil heretter fordela sjølve dei innbyggjarane som ikkje "
           "har nokon fastlege. Me ynskjer difor at Helfo sluttar med den automatiske "
           "tildelinga hjå oss.\n\nHelsing\nGunnhild Loen\nkommunalsjef helse\nStryn kommune\n",
           gold(MD, "4651", False, mdo(True), [], FORB_M,
                "Hyphen subject; dialect-flavoured nynorsk ('Me', 'fordela sjølve', 'ynskjer', "
                "'sluttar med ... tildelinga hjå oss')."))
    t = ("Vi kan bekrefte at Lyngen kommune ønsker manuell fordeling.\n\nMvh\nSiv Ravna\n"
         "Lyngen kommune\n\nFra: Helfo <post@helfo.no>\nSendt: mandag 12. januar 2026 10:02\n"
         "Til: siv.ravna@lyngen.kommune.no\nEmne: SV: Fastlege – manuell fordeling\n\n"
         "Hei. Vi mottok en e-post fra dere uten tekst. Kan dere bekrefte at kommunen ønsker at "
         "automatisk tildeling skal stanses?\n\nHelfo\n\nFra: Siv Ravna\nSendt: fredag 9. "
         "januar 2026 15:47\nTil: post@helfo.no\nEmne: Fastlege – manuell fordeling\n\n")
    simple(F, "f_m03_lyngen_brief_sv_outlook_quote", ("Siv Ravna", "siv.ravna@lyngen.kommune.no"),
           "SV: Fastlege – manuell fordeling", when(2026, 1, 13, 9, 5, 0), t,
           gold(MD, "5536", False, mdo(True), [], FORB_M,
                "'SV:' reply with a one-line confirmation on top; Outlook-style unquoted "
                "'Fra:/Sendt:' headers with Helfo's question and the empty original below."),
           html=False, extra=[("In-Reply-To", "<20260112100200.ABCDEF0123@mx01.helfo.no>")])
    t = ("Det vises til tidligere henvendelse fra kommunen. Gausdal kommune har evaluert "
         "ordningen, og det anmodes om at automatisk tildeling av fastlege gjenopptas for "
         "kommunen med virkning fra 1. mars 2027. Kommunen vil etter dette ikke lenger fordele "
         "selv.\n\nMed hilsen\nEinar Skjellerud\nrådgiver\nGausdal kommune\n\n"
         "-----Original Message-----\nFrom: Einar Skjellerud\nSent: 14.05.2026\nTo: post@helfo.no\n"
         "Subject: Fastlege – manuell fordeling\n\nGausdal kommune ønsker manuell fordeling. "
         "Automatisk tildeling bes opphørt.\n")
    simple(F, "f_m04_gausdal_resumed_automatic", ("Einar Skjellerud", "einar.skjellerud@gausdal.kommune.no"),
           "Sv: Fastlege – manuell fordeling", when(2027, 1, 18, 14, 30, 0), t,
           gold(MD, "3441", False, mdo(False), [], FORB_M,
                "Back to automatic said formally ('automatisk tildeling ... gjenopptas', 'ikke "
                "lenger fordele selv'); the quoted original asks for manual ('bes opphørt')."),
           html=False)
    simple(F, "f_m05_rendalen_brief_plain_subject", ("Rune Bergli", "rune.bergli@rendalen.kommune.no"),
           "Henvendelse fra Rendalen kommune", when(2025, 11, 26, 11, 0, 9),
           "Rendalen kommune vil fordele innbyggere uten fastlege selv. Automatisk tildeling bes "
           "avsluttet snarest.\n\nRune Bergli\nRendalen kommune\n",
           gold(MD, "3424", False, mdo(True), [], FORB_M,
                "Very brief; the request is only in the body ('fordele ... selv', 'Automatisk "
                "tildeling bes avsluttet'); subject says nothing."))


def list_requests():
    F = "list_request"
    simple(F, "f_r01_sor_fron_formal_fra_til", ("Margit Hove", "margit.hove@sor-fron.kommune.no"),
           "Listetak", when(2025, 6, 10, 10, 12, 0, 2),
           "Det vises til søknad fra fastlege Gudbrand Kleppe (HPR-nr. 5180273) ved Hundorp "
           "legekontor. Kommunen har ingen merknader, og listetaket bes økt fra 1050 til 1150 "
           "pasienter.\n\nFLR-liste: 343871\n\nMed hilsen\nMargit Hove\nSør-Fron kommune\n",
           gold("list_request", "3438", False,
                [{"type": "ceiling_change", "flr_list_id": "343871", "gp_name": "Gudbrand Kleppe",
                  "hpr_number": "5180273", "increase": 100, "new_ceiling": 1150}], [], FORB_R,
                "Passive 'listetaket bes økt fra 1050 til 1150': increase 100, new ceiling 1150; "
                "the list number last on a labelled line."))
    simple(F, "f_r02_gratangen_lists_to_be_locked", ("Hallvard Moe", "hallvard.moe@gratangen.kommune.no"),
           "Låsing av lister", when(2026, 4, 14, 9, 0, 0, 2),
           "Følgende lister ønskes låst før kommunens manuelle fordeling:\n\n551671 Ola Johan "
           "Storjord\n551674 Ragna Elvebakk\n\nSkjema ettersendes.\n\nHallvard Moe\n"
           "Gratangen kommune\n",
           gold("list_request", "5516", False,
                [{"type": "list_lock", "flr_list_id": "551671", "gp_name": "Ola Johan Storjord",
                  "action": "lock"},
                 {"type": "list_lock", "flr_list_id": "551674", "gp_name": "Ragna Elvebakk",
                  "action": "lock"}], [], FORB_R,
                "Passive 'Følgende lister ønskes låst'; two unlabelled 'ID Name' lines, no bullets."))
    simple(F, "f_r03_bamble_unlock_after_order", ("Solveig Tangen", "solveig.tangen@bamble.kommune.no"),
           "Opplåsing av liste 401271", when(2025, 12, 2, 12, 20, 0),
           "Det vises til kommunens fordelingsskjema av 17.11.2025, der 6 innbyggere ble fordelt "
           "til liste 401271 (Lars Erik Tveit). Fordelingen er gjennomført, og listen bes nå "
           "låst opp.\n\nMed hilsen\nSolveig Tangen\nBamble kommune\n",
           gold("list_request", "4012", False,
                [{"type": "list_lock", "flr_list_id": "401271", "gp_name": "Lars Erik Tveit",
                  "action": "unlock"}], [], FORB_R,
                "Passive unlock ('listen bes nå låst opp') after a completed distribution; the "
                "referenced order (6 innbyggere, same list) is no distribution order."))
    t = ("Hei\n\nMe søkjer om auka listetak for desse:\n\n"
         "Liste\tLege\tAuke\n463771\tSølvi Hestad\t50\n463779\tKnut Bjørlo\t40\n\n"
         "Helsing\nAud Sæle\nHyllestad kommune\n")
    simple(F, "f_r04_hyllestad_dialect_table_unknown", ("Aud Sæle", "aud.saele@hyllestad.kommune.no"),
           "Auka listetak", when(2026, 2, 24, 15, 1, 0), t,
           gold("list_request", "4637", True,
                [{"type": "ceiling_change", "flr_list_id": "463771", "gp_name": "Sølvi Hestad",
                  "increase": 50},
                 {"type": "ceiling_change", "flr_list_id": "463779", "gp_name": "Knut Bjørlo",
                  "increase": 40}],
                ["list_unknown"], ["personal_data", "malformed_message", "children_may_exceed"],
                "Nynorsk with 'Me søkjer'; tab table (plain and HTML); 463779 is not in the "
                "registry: list_unknown, review. hpr_number and new_ceiling not scored."))
    simple(F, "f_r05_haegebostad_new_ceiling_then_lock", ("Kjetil Fjeldsgaard", "kjetil.fjeldsgaard@hagebostad.kommune.no"),
           "Fastlegeliste Tor Arne Eikeland", when(2027, 3, 3, 8, 45, 0),
           "Vi kan opplyse om at fastlege Tor Arne Eikeland har sagt seg villig til en større "
           "liste. Nytt listetak ønskes satt til 1200. Listen ønskes samtidig låst inntil "
           "videre. Listens FLR-nummer er 422671.\n\nMed hilsen\nKjetil Fjeldsgaard\n"
           "Hægebostad kommune\n",
           gold("list_request", "4226", False,
                [{"type": "ceiling_change", "flr_list_id": "422671", "gp_name": "Tor Arne Eikeland",
                  "new_ceiling": 1200},
                 {"type": "list_lock", "flr_list_id": "422671", "gp_name": "Tor Arne Eikeland",
                  "action": "lock"}], [], FORB_R,
                "A target ceiling ('Nytt listetak ønskes satt til 1200') and a lock on one list, "
                "ID last; hpr_number and increase not scored (registry-derivable)."))


def others():
    F = "other"
    FO = ["personal_data", "malformed_message"]
    simple(F, "f_o01_clinic_autoreply_brief", ("Hundorp legekontor", "post@hundorplegekontor.no"),
           "Fraværsmelding: Listetak", when(2026, 7, 6, 6, 0, 1, 2),
           "Kontoret er stengt t.o.m. 31.07.2026. Spørsmål om listetak og fordeling besvares "
           "etter ferien.\n", gold("other", None, False, [], [], FO,
                "Brief out-of-office (Auto-Submitted) from a GP clinic; 'listetak', 'fordeling' "
                "and a date; not municipal, no review."), html=False,
           extra=[("Auto-Submitted", "auto-replied")])
    inner = MIMEText("Det vises til oppsigelse fra fastlege Bodil Stranden (HPR 6172839), "
                     "Vika legesenter. Siste arbeidsdag er 31.08.2026, liste 990871.\n\nHelfo\n",
                     "plain", "utf-8")
    inner["Message-ID"] = "<20260302080000.1122334455@mx01.helfo.no>"
    inner["Date"] = format_datetime(when(2026, 3, 2, 8, 0, 0))
    inner["From"] = "Helfo <post@helfo.no>"
    inner["To"] = "bodil@vikalegesenter.no"
    inner["Subject"] = "Oppsigelse fastlegeavtale"
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(MIMEText("This is the mail system at host mx01.helfo.no.\n\nI'm sorry to have to "
                        "inform you that your message could not be delivered.\n\n"
                        "<bodil@vikalegesenter.no>: host mx.vikalegesenter.no said: 550 5.1.1 "
                        "User unknown\n", "plain", "us-ascii"))
    ds = Message()
    ds.set_type("message/delivery-status")
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns; mx01.helfo.no"
    b2["Final-Recipient"] = "rfc822; bodil@vikalegesenter.no"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    rep.attach(MIMEMessage(inner))
    envelope(rep, "f_o02_postfix_bounce", ("Mail Delivery System", "MAILER-DAEMON@mx01.helfo.no"),
             "Undelivered Mail Returned to Sender", when(2026, 3, 2, 8, 0, 5),
             extra=[("Auto-Submitted", "auto-replied")])
    write(F, "f_o02_postfix_bounce", rep,
          gold("other", None, False, [], [], FO + ["last_day_from_notice_period"],
               "Postfix bounce (multipart/report); the returned Helfo text has a complete "
               "termination (name, HPR, last day, list) that must not become an order."))
    fnr = make_fnr("230391", 452)
    simple(F, "f_o03_citizen_formal_fnr", ("Ingrid Vold", "ingrid.vold1991@gmail.com"),
           "Bytte av fastlege", when(2025, 8, 19, 21, 14, 0, 2),
           f"Undertegnede anmoder om bytte av fastlege. Mitt fødselsnummer er {fnr}. Jeg ønsker "
           "å stå på listen til en lege i Jevnaker.\n\nMed vennlig hilsen\nIngrid Vold\n",
           gold("other", None, True, [], ["personal_data"], ["malformed_message"],
                "Citizen writing formally ('Undertegnede anmoder om') with an unspaced "
                "fødselsnummer (fictitious, valid): personal_data, review; a municipality "
                "named but no municipal sender."), html=False)
    simple(F, "f_o04_newsletter_bulk", ("Fastlegeforum", "nyhetsbrev@fastlegeforum.no"),
           "Nyhetsbrev: manuell fordeling, listetak og oppsigelse", when(2026, 5, 4, 7, 0, 0, 2),
           "NYHETSBREV MAI 2026\n\nManuell fordeling: slik fyller kommunen ut skjemaet.\n"
           "Listetak: når bes listetaket økt?\nOppsigelse av fastlegeavtale: husk seks måneders "
           "frist.\nSend skjema til post@helfo.no.\n\nMeld deg av nyhetsbrevet her.\n",
           gold("other", None, False, [], [], FO, "Newsletter (List-Unsubscribe, Precedence: "
                "bulk) full of the right keywords."),
           extra=[("List-Unsubscribe", "<https://fastlegeforum.no/avmeld>"), ("Precedence", "bulk")])
    t = ("Takk, mottatt.\n\nMvh\nLiv Nærland\nGjesdal kommune\n\n"
         "> Fra: Liv Nærland\n> Sendt: 3. februar 2026\n> Emne: Oppsigelse av fastlegeavtale\n>\n"
         "> Det vises til oppsigelse fra fastlege Torbjørn Oftedal (HPR 4830215), Ålgård "
         "legesenter,\n> mottatt 2. februar 2026. Siste arbeidsdag er 31. august 2026.\n")
    simple(F, "f_o05_gjesdal_brief_thanks_quote", ("Liv Nærland", "liv.naerland@gjesdal.kommune.no"),
           "SV: Oppsigelse av fastlegeavtale", when(2026, 2, 5, 10, 0, 0), t,
           gold("other", "1122", True, [], [], FO + ["last_day_from_notice_period"],
                "Two-word thanks on top of a '>'-quoted termination notice: kind other, no "
                "orders; municipal sender, so review."), html=False)
    acct = "2307.41.96027"
    d = acct.replace(".", "")
    assert not fnr_ok(d)
    msg = text_part("<html><body><p>GRATULERER! Du har vunnet. Betal gebyr til konto "
                    f"{acct} i dag.</p></body></html>", "html")
    envelope(msg, "f_o06_spam_account", ("Vinnerteam", "vinner@premie-nord.biz"),
             "Du har vunnet!", when(2025, 10, 1, 3, 3, 3, 2))
    write(F, "f_o06_spam_account", msg,
          gold("other", None, False, [], [], FO,
               f"HTML-only spam; account {acct} looks like a date-led fødselsnummer but fails "
               "the check digits: no personal_data."))
    simple(F, "f_o07_askvoll_dialect_question", ("Bjørg Førde", "bjorg.forde@askvoll.kommune.no"),
           "Spørsmål om manuell fordeling", when(2027, 2, 9, 13, 0, 0),
           "Hei\n\nMe lurer på korleis manuell fordeling verkar i praksis. Må me senda skjema "
           "kvar månad, og kan me gå attende til automatisk tildeling seinare? Me har ikkje "
           "bestemt oss enno.\n\nHelsing\nBjørg Førde\nAskvoll kommune\n",
           gold("other", "4645", True, [], [], FO + ["children_may_exceed"],
                "Dialect nynorsk questions ('Me lurer på', 'ikkje bestemt oss enno'), not a "
                "request: kind other; municipal sender, review."))
    simple(F, "f_o08_meloy_formal_substitute", ("Trond Ørnes", "trond.ornes@meloy.kommune.no"),
           "Vikar for fastlege", when(2025, 9, 1, 9, 30, 0, 2),
           "Det vises til telefonsamtale. Vi kan opplyse om at fastlege Kari Halsa (HPR-nr. "
           "5219034) skal ha foreldrepermisjon i perioden 01.11.2025–30.04.2026. Det er ikke "
           "tale om oppsigelse. Det bes opplyst hvordan vikar skal meldes.\n\nMed hilsen\n"
           "Trond Ørnes\nMeløy kommune\n",
           gold("other", "1837", True, [], [], FO + ["last_day_from_notice_period"],
                "A formal substitute question: GP, HPR and a date range, explicitly 'ikke tale "
                "om oppsigelse'; municipal sender, review."))
    simple(F, "f_o09_asnes_municipal_autoreply", ("Frode Grue", "frode.grue@asnes.kommune.no"),
           "Automatisk svar: Liste 341871 – ny fastlege", when(2026, 6, 29, 12, 0, 0, 2),
           "Jeg er på ferie til 3. august 2026. Henvendelser om fastlegelister bes rettet til "
           "postmottak@asnes.kommune.no.\n",
           gold("other", "3418", None, [], [], FO,
                "Municipal auto-reply whose subject names a list: other, no orders; review "
                "not scored."), html=False, extra=[("Auto-Submitted", "auto-replied")])


def _wb(title, header, widths, rows, hrow=1, col=1, sheet="Fordeling"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.cell(row=1, column=col, value=title).font = TITLE
    _header(ws, hrow, col, header, widths)
    _rows(ws, hrow + 1, col, rows)
    return wb, ws


def distributions():
    H = ["FLR-ID", "Lege", "Antall innbyggere", "Økning listetak"]
    W = [10, 26, 16, 14]
    FROM = dt.datetime(2026, 1, 5, 9, 0)
    wb, ws = _wb("Skjema for manuell fordeling av innbyggere", H, W,
                 [[323671, "Åse Marit Lunde", 4, None], [323674, "Henrik Brenna", 3, 3],
                  [323678, "Karin Hovde", 3, None]], hrow=3)
    ws["B7"] = "Sum"
    ws["C7"] = "=SUM(C4:C6)"
    dist("f_d01_jevnaker_exact_boundaries", "3236", ("Eva Hval", "eva.hval@jevnaker.kommune.no"),
         "Skjema for manuell fordeling", when(2026, 1, 6, 10, 0, 0),
         "Vedlagt oversendes skjema for manuell fordeling.\n\nEva Hval\nJevnaker kommune\n",
         [dorder("323671", "Åse Marit Lunde", 4), dorder("323674", "Henrik Brenna", 3, 3),
          dorder("323678", "Karin Hovde", 3)], ["children_may_exceed"],
         "Boundaries: locked list with 15 free gets 4 (blank = 0); closed full list gets 3 with +3; "
         "closed with 3 free gets 3 (exact); 10 of 10 unassigned. Sum row.",
         xlsx=_finish(wb, "Eva Hval", FROM), fname="fordeling_jevnaker.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Veiledning"
    ws["A1"] = "Slik fyller du ut skjemaet"
    ws["A3"] = "Eksempel:"
    _rows(ws, 4, 1, [["123456", "Ola Nordmann", "5", "0"]])
    ws2 = wb.create_sheet("Skjema")
    ws2["A1"] = "Manuell fordeling – Nesbyen"
    ws2.merge_cells("A1:D1")
    _header(ws2, 2, 1, H, W)
    _rows(ws2, 3, 1, [["332272", "Nils Ivar Ulsaker", "5", ""], ["332276", "Tone Hagaseth", "3", ""]])
    wb.active = 0
    dist("f_d03_nesbyen_guide_sheet_text_numbers", "3322",
         ("Torstein Rud", "torstein.rud@nesbyen.kommune.no"), "Fordeling av innbyggere",
         when(2025, 5, 12, 14, 0, 0, 2),
         "Det vises til tidligere korrespondanse. Utfylt skjema følger vedlagt (fanen «Skjema»)."
         "\n\nMed hilsen\nTorstein Rud\nNesbyen kommune\n",
         [dorder("332272", "Nils Ivar Ulsaker", 5), dorder("332276", "Tone Hagaseth", 3)],
         ["children_may_exceed"],
         "Guide sheet first (active) with an example row; the form on sheet 2, numbers as text; "
         "8 of 8 unassigned.", xlsx=_finish(wb, "Torstein Rud", FROM), fname="Nesbyen.xlsx")
    wb, ws = _wb(None, ["FLR-ID", "Fastlege", "HPR", "Ledige plasser (kommunens tall)",
                        "Antall", "Økning"], [10, 24, 10, 18, 10, 10],
                 [[154771, "Bjarne Rindarøy", 1872430, 8, 6, None],
                  [154775, "Elin Julsrud", 1883541, 20, 2, None]])
    dist("f_d05_aukra_capacity_stale_free", "1547", ("Randi Gjerde", "randi.gjerde@aukra.kommune.no"),
         "Manuell fordeling Aukra", when(2026, 9, 14, 9, 0, 0, 2),
         "Skjema vedlagt.\n\nRandi Gjerde\nAukra kommune\n",
         [dorder("154771", "Bjarne Rindarøy", 6), dorder("154775", "Elin Julsrud", 2)],
         ["children_may_exceed", "capacity_insufficient"],
         "154771 closed with 4 free (the municipality's column says 8) gets 6, no increase: "
         "capacity_insufficient; HPR and free columns between name and counts.",
         xlsx=_finish(wb, "Randi Gjerde", FROM), fname="aukra_fordeling.xlsx")
    wb, ws = _wb("Brønnøy kommune – fordeling", H, W,
                 [[181371, "Rolf Sørli", 6, None], [181374, "Guri Hald", 5, None]], hrow=4)
    ws["B7"] = "I alt"
    ws["C7"] = 11
    dist("f_d06_bronnoy_exceeds_i_alt", "1813", ("Knut Tilrem", "knut.tilrem@bronnoy.kommune.no"),
         "Fordeling", when(2027, 4, 6, 11, 0, 0, 2),
         "Det vises til vedlagte skjema, som bes effektuert ved neste månedsskifte.\n\n"
         "Knut Tilrem\nBrønnøy kommune\n",
         [dorder("181371", "Rolf Sørli", 6), dorder("181374", "Guri Hald", 5)],
         ["children_may_exceed", "exceeds_unassigned"],
         "11 ordered but Brønnøy has 9 without a list: exceeds_unassigned; 'I alt' row with a "
         "literal 11 that is no order.", xlsx=_finish(wb, "Knut Tilrem", FROM), fname="fordeling.xlsx")
    wb, ws = _wb(None, ["Antall", "Lege", "FLR"], [10, 24, 10],
                 [[2, "Magne Hope", 463471], [3, "Sissel Brakstad", 463479]])
    dist("f_d07_masfjorden_unknown_count_first", "4634",
         ("Lars Eide", "lars.eide@masfjorden.kommune.no"), "Skjema manuell fordeling",
         when(2025, 3, 17, 8, 30, 0),
         "Hei\n\nHer er skjemaet vårt for mars.\n\nHelsing\nLars Eide\nMasfjorden kommune\n",
         [dorder("463471", "Magne Hope", 2), dorder("463479", "Sissel Brakstad", 3)],
         ["children_may_exceed", "list_unknown"],
         "463479 is not in the registry: list_unknown (capacity for it not scored); count column "
         "first, ID last.", xlsx=_finish(wb, "Lars Eide", FROM), fname="skjema.xlsx",
         forb=["exceeds_unassigned", "automatic_distribution_active", "personal_data",
               "list_other_municipality", "malformed_message", "list_closed_too_free"])
    fnr = make_fnr("020878", 311)
    wb, ws = _wb(None, H + ["Merknad"], W + [30],
                 [[312071, "Anne Lise Bjørnstad", 3, None, None],
                  [312074, "Petter Krogh", 2, None, f"Mor til {fnr[:6]} {fnr[6:]} på samme liste"]])
    dist("f_d10_rakkestad_fnr_in_note", "3120", ("Bente Skaug", "bente.skaug@rakkestad.kommune.no"),
         "Manuell fordeling", when(2025, 10, 20, 13, 0, 0, 2),
         "Vedlagt.\n\nBente Skaug\nRakkestad kommune\n",
         [dorder("312071", "Anne Lise Bjørnstad", 3), dorder("312074", "Petter Krogh", 2)],
         ["children_may_exceed", "personal_data"],
         "A fødselsnummer with a space in the 'Merknad' column (fictitious, valid): "
         "personal_data, review.", xlsx=_finish(wb, "Bente Skaug", FROM),
         fname="Fordeling_Rakkestad_oktober.xlsx", review=True)
    dist("f_d11_orland_formal_body_automatic", "5057", ("Asbjørn Hoff", "asbjorn.hoff@orland.kommune.no"),
         "Fordeling av innbyggere uten fastlege", when(2026, 11, 9, 10, 0, 0),
         "Det vises til Helfos brev om innbyggere uten fastlege. Ørland kommune anmoder om at "
         "innbyggerne fordeles slik:\n\n"
         "Liste 505771 (Jostein Hårstad): 4 innbyggere.\n"
         "Liste 505776 (Marianne Ottem): 2 innbyggere; listetaket bes økt med 2.\n\n"
         "Med hilsen\nAsbjørn Hoff\nØrland kommune\n",
         [dorder("505771", "Jostein Hårstad", 4), dorder("505776", "Marianne Ottem", 2, 2)],
         ["children_may_exceed", "automatic_distribution_active"],
         "No attachment: a formal body order; the 'listetaket bes økt med 2' is the row's ceiling "
         "increase, not a list_request; Ørland is still automatic: warning. Review either way.",
         fname=None, review=None, html=False)
    wb, ws = _wb("Fordeling Sunndal", H, W,
                 [[156371, "Oddvar Gjøra", 3, None], [155478, "Hilde Nerland", 2, None]], hrow=2)
    ws["B5"] = "Totalt"
    ws["C5"] = 5
    dist("f_d13_sunndal_averoy_list", "1563", ("Mona Fale", "mona.fale@sunndal.kommune.no"),
         "Skjema for manuell fordeling av innbyggere", when(2027, 5, 3, 9, 0, 0, 2),
         "Skjema vedlagt.\n\nMona Fale\nSunndal kommune\n",
         [dorder("156371", "Oddvar Gjøra", 3), dorder("155478", "Hilde Nerland", 2)],
         ["children_may_exceed", "list_other_municipality"],
         "155478 belongs to Averøy (1554), not Sunndal: list_other_municipality; 'Totalt' row.",
         xlsx=_finish(wb, "Mona Fale", FROM), fname="sunndal.xlsx")


def main():
    append_rows(os.path.join(REGISTRY, "lists.csv"), NEW_LISTS)
    manual_requests()
    list_requests()
    others()
    distributions()
    print(f"wrote {len(OUT)} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
