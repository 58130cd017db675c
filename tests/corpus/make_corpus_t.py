#!/usr/bin/env python3
"""Build the t_ test corpus for `postmottak parse`: THREADS across messages.

    .venv/bin/python tests/corpus/make_corpus_t.py [OUTDIR]

Twelve scenarios of 2-5 messages each from twelve municipalities that no
other corpus uses, processed in one run sorted by the Date header (the
contract's order), like the shared corpus's "Threads across messages" table:

| scenario | messages |
|---|---|
| Strand: notice 'i dag'; an auto-reply; new GP naming the old GP only by HPR, no start date | t_t01 -> t_o01 -> t_l01 |
| Tingvoll: notice with FLR list; unassigned list naming only the list ID, no start date | t_t02 -> t_l02 |
| Åsnes: retirement; new GP naming the old GP by name and clinic only, no start date (late) | t_t03 -> t_l03 |
| Andøy: notice period; a reply correcting the last day (a notice again); new GP matched to the corrected date | t_t04a -> t_t04b -> t_l04 |
| Aurskog-Høland: manual request; thanks for Helfo's confirmation; body order; back to automatic from 1 Oct; a late form (snapshot still manual) | t_m05a -> t_o05 -> t_d05a -> t_m05b -> t_d05b |
| Midtre Gauldal: manual request; lock two lists; the form in a reply; unlock in a reply quoting the lock | t_m06 -> t_r06a -> t_d06 -> t_r06b |
| Evje og Hornnes: a death; unassigned list from a date; new GP on it | t_t07 -> t_l07a -> t_l07b |
| Alta: list change BEFORE the termination (no timing possible); the forwarded notice; the list change again, now matched | t_l08a -> t_t08 -> t_l08b |
| Vestre Toten: stated last day; the new GP in an answer to Helfo's quoted reminder | t_t09 -> t_l09 |
| Fjaler: ceiling raise (nynorsk); thanks quoting it; then a lock | t_r10a -> t_o10 -> t_r10b |
| Overhalla: two notices in one message; two list changes with two transfer dates; a correction of one start date in a reply | t_t11 -> t_l11a -> t_l11b |
| Høyanger: stated last day (nynorsk); new GP with a start date a month after the transfer date (start date wins) | t_t12 -> t_l12 |

Golds follow shared/CONTRACT.md and the shared corpus README: dates computed
here (notice period, transfer date, timing with the `holidays` package,
Helsenorge), registry findings from the rows below.  A field the message does
not give but a careful parser could take from the matched termination or the
registry (flr_list_id, previous GP name/HPR, clinic, ceiling only in a quote)
is left out of the gold, as the shared README does.  needs_review is null
where a reasonable parser could go either way (matched timing without a start
date, body orders, corrections, a municipal auto-reply).

Writes NAME.eml + NAME.expected.json (prefix t_) into the kind folders and
APPENDS its lists and municipalities to registry/lists.csv and
registry/unassigned.csv (existing rows never changed; a rerun changes
nothing).  Deterministic: fixed Message-IDs, boundaries, dates and pinned zip
timestamps in the xlsx forms.  Municipalities, numbers and domains are real
(2024 numbering; Alta 5601 only in 2025 messages); people, HPR numbers, FLR
list IDs and phone numbers are made up.
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
from pathlib import Path

import holidays
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, sys.argv[:1]
import make_corpus as X  # noqa: E402  (helpers only; its messages are dropped)
sys.argv = _argv

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
D, OMIT, OSLO, UTC = X.D, X.OMIT, X.OSLO, X.UTC
hdate, term = X.hdate, X.term
BASE_FORBID = X.BASE_FORBID
TIMING = X.TIMING
X.MESSAGES.clear()
X.NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2022, 2030))

# --------------------------------------------------------------------------
# Registry rows for the t_ messages
# --------------------------------------------------------------------------
LISTS_T = [
    ("113071", "1130", "Håkon Tjelta", "7731042", "open", 1100, 1080),
    ("156041", "1560", "Arild Furu", "6630218", "open", 800, 790),
    ("341815", "3418", "Gunnar Østby", "5520761", "open", 1000, 960),
    ("187152", "1871", "Sindre Hald", "8812045", "open", 900, 880),
    ("322611", "3226", "Kari Nygaard", "6120984", "open", 1000, 990),
    ("322618", "3226", "Per Bjørke", "2207315", "closed", 900, 900),
    ("502712", "5027", "Marianne Rønning", "3016642", "open", 1100, 1080),
    ("502719", "5027", "Ola Singstad", "7720418", "open", 1000, 995),
    ("421931", "4219", "Ragnhild Seland", "2290341", "open", 1000, 940),
    ("560114", "5601", "Vegard Sandvik", "7140526", "open", 1200, 1190),
    ("344327", "3443", "Eirik Bakken", "5012784", "open", 1100, 1070),
    ("464628", "4646", "Solveig Rullestad", "5806213", "open", 900, 895),
    ("504733", "5047", "Jon Vibe", "6012334", "open", 1000, 985),
    ("504736", "5047", "Lise Aune Moe", "3390871", "open", 800, 780),
    ("463815", "4638", "Nils Øren", "4120956", "open", 700, 690),
]
UNASSIGNED_T = [
    ("1130", 4, "automatic"), ("1560", 2, "automatic"), ("3418", 6, "automatic"),
    ("1871", 3, "automatic"), ("3226", 12, "manual"), ("5027", 15, "manual"),
    ("4219", 5, "automatic"), ("5601", 9, "automatic"), ("3443", 3, "automatic"),
    ("4646", 0, "automatic"), ("5047", 2, "automatic"), ("4638", 1, "automatic"),
]


def _csv_rows(path: Path):
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {ln.split(",")[0]: tuple(ln.split(",")) for ln in lines if ln.strip()}


def _check_registry():
    """Other corpora append to the same snapshot: our rows must not clash."""
    lists = _csv_rows(HERE / "registry" / "lists.csv")
    for r in LISTS_T:
        have = lists.get(r[0])
        assert have is None or have == tuple(str(x) for x in r), ("list clash", r, have)
    una = _csv_rows(HERE / "registry" / "unassigned.csv")
    for u in UNASSIGNED_T:
        have = una.get(u[0])
        assert have is None or have == tuple(str(x) for x in u), ("municipality clash", u, have)


for r in LISTS_T:
    assert r[0] not in X.REG, r
    X.REG[r[0]] = r
for u in UNASSIGNED_T:
    assert u[0] not in X.UNA, u
    X.UNA[u[0]] = u


def weekday(y, m, d, name):
    assert D(y, m, d).strftime("%a") == name, (y, m, d, D(y, m, d).strftime("%a"))


def chg(typ, flr=OMIT, **kw):
    """X.change, but flr_list_id may be left out of the gold too (OMIT)."""
    o = X.change(typ, None if flr is OMIT else flr, **kw)
    if flr is OMIT:
        del o["flr_list_id"]
    return o


# --------------------------------------------------------------------------
# Mail clients
# --------------------------------------------------------------------------
def outlook(subject, seed, attach=False):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs|Re):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


THUNDERBIRD = {"User-Agent": "Mozilla Thunderbird", "Content-Language": "nb"}
IPHONE = {"X-Mailer": "iPhone Mail (20G75)"}


def mid_outlook(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    box = "AM0PR09MB" + str(int(h[:4], 16) % 9000 + 1000)
    return f"<{box}{h[4:30]}@{box}.EURPRD09.PROD.OUTLOOK.COM>"


def mid_tb(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_iphone(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_helfo(when: dt.datetime, seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()[:10]
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{h}@mx01.helfo.no>"


WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
      "september", "oktober", "november", "desember"]


def outlook_quote(frm, when: dt.datetime, to, subject, body):
    sent = f"{WD[when.weekday()]} {when.day}. {MO[when.month - 1]} {when.year} {when:%H:%M}"
    return f"Fra: {frm}\nSendt: {sent}\nTil: {to}\nEmne: {subject}\n\n{body}"


def tb_quote(who, when: dt.datetime, body, depth=1):
    pre = ">" * depth
    lines = [f"{pre} {ln}" if ln and not ln.startswith(">") else f"{pre}{ln}" for ln in body.split("\n")]
    return f"Den {when:%d.%m.%Y %H:%M}, skrev {who}:\n" + "\n".join(lines)


def tb_html(plain):
    """Thunderbird's HTML twin: <br> lines, '>' lines in a cite blockquote."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    out, depth = [], 0
    for ln in plain.split("\n"):
        d = len(ln) - len(ln.lstrip(">"))
        text = ln[d:].lstrip(" ")
        while depth < d:
            out.append('<blockquote type="cite">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(esc(text) + "<br>")
    out += ["</blockquote>"] * depth
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" '
            'content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
            + "\n".join(out) + "\n  </body>\n</html>\n")


# --------------------------------------------------------------------------
# xlsx forms (openpyxl, pinned zip timestamps)
# --------------------------------------------------------------------------
def _repack(data: bytes, when: dt.datetime) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)",
                              rb"\g<1>" + stamp + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, body)
    return out.getvalue()


def form(title_rows, header_row, header, rows, author, when):
    wb = Workbook()
    ws = wb.active
    ws.title = "Skjema"
    for i, t in enumerate(title_rows, start=1):
        ws.cell(row=i, column=1, value=t)
    if title_rows:
        ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    for i, h in enumerate(header, start=1):
        ws.cell(row=header_row, column=i, value=h).font = Font(bold=True)
    for r, vals in enumerate(rows, start=header_row + 1):
        for i, v in enumerate(vals, start=1):
            ws.cell(row=r, column=i, value=v)
    for col, w in zip("ABCD", (12, 24, 26, 18)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return _repack(buf.getvalue(), when)


def xlsx_part(data, filename):
    p = MIMEApplication(data, "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    p.set_param("name", filename)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
MSGS = []


def add(folder, name, *, date, sender, subject, plain, html=True, client="outlook",
        mid, in_reply_to=None, references=None, extra=None, attach=None, gold):
    hdrs = {}
    if client == "outlook":
        hdrs.update(outlook(subject, name, attach=bool(attach)))
    elif client == "thunderbird":
        hdrs.update(THUNDERBIRD)
    elif client == "iphone":
        hdrs.update(IPHONE)
    if in_reply_to:
        hdrs["In-Reply-To"] = in_reply_to
        hdrs["References"] = references or in_reply_to
    hdrs.update(extra or {})
    if html is True and client == "thunderbird":
        html = tb_html(plain)
    m = dict(folder=folder, name=name, date=date, sender=sender, subject=subject,
             plain=plain, html=html, charset="utf-8", enc=X.QP, subject_charset="utf-8",
             extra=hdrs, raw=None, gold=gold, mid=mid, attach=attach or [])
    MSGS.append(m)
    return mid


def build(m):
    base = X.build(m)
    from email.parser import BytesParser
    msg = BytesParser(policy=policy.compat32).parsebytes(base)
    msg.replace_header("Message-ID", m["mid"])
    if m["attach"]:
        h = hashlib.md5(m["name"].encode()).hexdigest()[:20].upper()
        outer = MIMEMultipart("mixed", boundary="_004_" + h + "_")
        if msg.is_multipart():
            body = MIMEMultipart("alternative", boundary="_000_" + h + "_")
            for p in msg.get_payload():
                body.attach(p)
        else:
            body = msg
        outer.attach(body)
        for p in m["attach"]:
            outer.attach(p)
        for k, v in msg.items():
            if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
                outer[k] = v
        for k in ("MIME-Version", "Content-Type"):
            v = outer[k]
            del outer[k]
            outer[k] = v
        msg = outer
    return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


def finish(m):
    """X.finish_gold, plus list changes that no termination can time yet
    (`_transfer` None and no start date): no timing finding at all."""
    g = m["gold"]
    if g["kind"] == "list_change" and any(o.get("_transfer") is None for o in g["orders"]):
        g = dict(g)
        orders = [dict(o) for o in g["orders"]]
        for o in orders:
            o.pop("_transfer")
        out = {"kind": "list_change", "municipality": g["municipality"],
               "needs_review": g.get("needs_review", None), "orders": orders,
               "findings_required": [],
               "findings_forbidden": BASE_FORBID + TIMING + ["helsenorge_not_visible_early",
                                                             "list_unknown", "list_other_municipality"],
               "note": g["note"]}
        return out
    missing = [i for i, o in enumerate(g["orders"]) if "flr_list_id" not in o]
    for i in missing:
        g["orders"][i]["flr_list_id"] = None
    out = X.finish_gold(m)
    for i in missing:
        del out["orders"][i]["flr_list_id"]
    return out


def sig(*lines):
    return "\n".join(lines)


# ==========================================================================
# 1. Strand (1130): HPR only
# ==========================================================================
weekday(2024, 3, 12, "Tue")
RANDI = ("Randi Idsøe", "randi.idsoe@strand.kommune.no")
SIG_STRAND = sig("Med vennlig hilsen", "Randi Idsøe", "Rådgiver, Helse og velferd",
                 "Strand kommune", "Tlf. 51 74 30 00")
T01 = add("termination", "t_t01_strand_i_dag_ordinaer_oppsigelsestid",
          date=hdate(2024, 3, 12, 9, 41, 7, UTC), sender=RANDI,
          subject="Oppsigelse av fastlegeavtale – Håkon Tjelta",
          mid=mid_outlook("t_t01"),
          plain=f"""Hei,

Fastlege Håkon Tjelta (HPR-nr. 7731042) ved Jørpeland legesenter har i dag levert skriftlig oppsigelse av fastlegeavtalen med Strand kommune. Det er ikke avtalt noen annen fratredelsesdato, så ordinær oppsigelsestid på seks måneder gjelder.

Vi kommer tilbake med melding til fastlegeregisteret når hjemmelen er besatt.

{SIG_STRAND}
""",
          gold=dict(kind="termination_notice", municipality="1130", needs_review=False,
                    orders=[term("Håkon Tjelta", "7731042", "Jørpeland legesenter", D(2024, 3, 12))],
                    note="Thread Strand 1/3. 'i dag' (09:41 UTC = 10:41 Oslo, Tue 12 Mar 2024) is the notice date; "
                         "'seks måneder' is the notice period, not a date: from 1 April to 30 September, transfer "
                         "1 October. flr_list_id not scored (registry has it)."))

H01 = mid_helfo(dt.datetime(2024, 3, 13, 14, 2), "t_h01")
add("other", "t_o01_strand_autosvar_on_helfo_reply",
    date=hdate(2024, 3, 13, 14, 2, 51), sender=RANDI,
    subject="Automatisk svar: SV: Oppsigelse av fastlegeavtale – Håkon Tjelta",
    mid=mid_outlook("t_o01"), in_reply_to=H01, references=f"{T01} {H01}",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "X-MS-Exchange-Inbox-Rules-Loop": "randi.idsoe@strand.kommune.no"},
    plain="""Takk for din e-post.

Jeg er på kurs til og med mandag 18. mars og har begrenset tilgang til e-post. Henvendelser om fastlegeordningen kan i mellomtiden sendes til postmottak@strand.kommune.no.

Randi Idsøe
Strand kommune
""",
    gold=dict(kind="other", municipality="1130", needs_review=None, orders=[],
              forbid=BASE_FORBID + ["last_day_from_notice_period"],
              note="Thread Strand 2/3. Exchange auto-reply to Helfo's answer; the subject names the GP of "
                   "t_t01 (a termination subject): kind other, no orders. Review not scored (municipal "
                   "auto-reply, as shared o09)."))

weekday(2024, 9, 10, "Tue")
add("list_change", "t_l01_strand_previous_gp_only_by_hpr",
    date=hdate(2024, 9, 10, 12, 15, 30, UTC), sender=RANDI,
    subject="Melding til fastlegeregisteret – Jørpeland legesenter",
    mid=mid_outlook("t_l01"),
    plain=f"""Hei,

Melding til fastlegeregisteret fra Strand kommune:

Ny fastlege: Ingeborg Vaage
HPR-nr. ny lege: 9120457
Overtar liste fra lege med HPR-nr.: 7731042
Legekontor: Jørpeland legesenter
Listetak: 1000
Oppstart: når nåværende fastlege fratrer (jf. oppsigelsen vi sendte i mars)

{SIG_STRAND}
""",
    gold=dict(kind="list_change", municipality="1130", needs_review=None,
              orders=[chg("new_gp", clinic="Jørpeland legesenter", prev_hpr="7731042",
                          gp="Ingeborg Vaage", hpr="9120457", start=None, ceiling=1000,
                          transfer=D(2024, 10, 1))],
              note="Thread Strand 3/3. No start date and the old GP only by HPR 7731042: the transfer date "
                   "(1 Oct 2024) comes from t_t01 matched by HPR. Received Tue 10 Sep, registered Thu 12 Sep, "
                   "19 days before: in time. previous_gp_name and flr_list_id not scored (not in the message; "
                   "the termination and the registry have them)."))

# ==========================================================================
# 2. Tingvoll (1560): FLR list ID only
# ==========================================================================
weekday(2025, 1, 16, "Thu")
weekday(2025, 1, 14, "Tue")
JORUNN = ("Jorunn Løkken", "jorunn.lokken@tingvoll.kommune.no")
SIG_SUNNDAL = sig("Vennlig hilsen", "Jorunn Løkken", "Helse- og omsorgstjenesten", "Tingvoll kommune")
add("termination", "t_t02_tingvoll_flr_list_thunderbird",
    date=hdate(2025, 1, 16, 13, 20, 44), sender=JORUNN, client="thunderbird",
    subject="Oppsigelse fastlegeavtale – FLR-liste 156041",
    mid=mid_tb("t_t02", "tingvoll.kommune.no"),
    plain=f"""Hei.

Tingvoll kommune melder med dette at fastlege Arild Furu har sagt opp sin fastlegeavtale. Oppsigelsen ble levert tirsdag 14. januar 2025. Etter avtale med kommunen blir siste arbeidsdag 30. april 2025.

HPR: 6630218
FLR-liste: 156041
Legekontor: Tingvoll legekontor

{SIG_SUNNDAL}
""",
    gold=dict(kind="termination_notice", municipality="1560", needs_review=False,
              orders=[term("Arild Furu", "6630218", "Tingvoll legekontor", D(2025, 1, 14),
                           last=D(2025, 4, 30), flr="156041")],
              note="Thread Tingvoll 1/2. Thunderbird, label lines; the FLR list is given (156041). Notice "
                   "Tue 14 Jan 2025 (not the Date 16 Jan); stated last day 30 April, transfer 1 May."))

weekday(2025, 4, 3, "Thu")
add("list_change", "t_l02_tingvoll_unassigned_only_list_id",
    date=hdate(2025, 4, 3, 10, 5, 12), sender=JORUNN, client="thunderbird",
    subject="Ubesatt liste 156041",
    mid=mid_tb("t_l02", "tingvoll.kommune.no"),
    plain=f"""Hei.

Vi har dessverre ikke lykkes med å rekruttere ny fastlege til liste 156041. Listen blir derfor ubesatt når den nåværende legen slutter. Listetaket settes ned til 750.

{SIG_SUNNDAL}
""",
    gold=dict(kind="list_change", municipality="1560", needs_review=None,
              orders=[chg("unassigned_list", "156041", start=None, ceiling=750,
                          transfer=D(2025, 5, 1))],
              note="Thread Tingvoll 2/2. Neither the old GP's name nor HPR: only the FLR list 156041 ties it "
                   "to t_t02 (transfer 1 May 2025). Received Thu 3 Apr, registered Mon 7 Apr, 24 days "
                   "before: in time. clinic and previous GP not scored (termination/registry have them)."))

# ==========================================================================
# 3. Åsnes (3418): name and clinic only
# ==========================================================================
weekday(2023, 2, 6, "Mon")
TONE = ("Tone Engen", "tone.engen@asnes.kommune.no")
add("termination", "t_t03_asnes_alderspensjon_stated",
    date=hdate(2023, 2, 6, 8, 55, 3, UTC), sender=TONE,
    subject="Fastlege går av med pensjon",
    mid=mid_outlook("t_t03"),
    plain="""Hei!

Fastlege Gunnar Østby (HPR 5520761) ved Flisa legesenter har sagt opp fastlegeavtalen fordi han går av med alderspensjon. Oppsigelsen er datert 1. februar 2023, og siste arbeidsdag er avtalt til 31. august 2023.

Mvh
Tone Engen
Kommunalsjef helse
Åsnes kommune
""",
    gold=dict(kind="termination_notice", municipality="3418", needs_review=False,
              orders=[term("Gunnar Østby", "5520761", "Flisa legesenter", D(2023, 2, 1),
                           reason="retirement", last=D(2023, 8, 31))],
              note="Thread Åsnes 1/2. Retirement (alderspensjon); notice dated 1 Feb 2023, stated last day "
                   "31 August, transfer 1 September. flr_list_id not scored."))

weekday(2023, 8, 18, "Fri")
add("list_change", "t_l03_asnes_matched_by_name_and_clinic_iphone",
    date=hdate(2023, 8, 18, 14, 22, 9), sender=TONE, client="iphone", html=None,
    subject="Ny lege Flisa legesenter",
    mid=mid_iphone("t_l03", "asnes.kommune.no"),
    plain="""Hei. Marte Haugli (hpr 3349102) blir ny fastlege og tar over lista til Gunnar Østby på Flisa legesenter når han går av. Samme listetak som før.

Mvh Tone Engen
Åsnes kommune

Sendt fra min iPhone
""",
    gold=dict(kind="list_change", municipality="3418", needs_review=None,
              orders=[chg("new_gp", clinic="Flisa legesenter", prev="Gunnar Østby",
                          gp="Marte Haugli", hpr="3349102", start=None,
                          transfer=D(2023, 9, 1))],
              note="Thread Åsnes 2/2. iPhone, plain text; no start date, the old GP only by name and clinic: "
                   "matched to t_t03 (same municipality, same name) the transfer is 1 Sep 2023. Received Fri "
                   "18 Aug, registered Tue 22 Aug, 10 days before: late letters. previous_hpr_number, "
                   "flr_list_id and list_ceiling ('samme listetak som før') not scored."))

# ==========================================================================
# 4. Andøy (1871): correction of the last day, then the list change
# ==========================================================================
weekday(2025, 9, 3, "Wed")
KJELL = ("Kjell Arne Skogsholm", "kjell.arne.skogsholm@andoy.kommune.no")
SIG_ANDOY = sig("Med vennlig hilsen", "Kjell Arne Skogsholm", "Enhetsleder helse", "Andøy kommune")
T04_BODY = f"""Hei,

Fastlege Sindre Hald (HPR 8812045) ved Andenes legekontor har i dag levert oppsigelse av fastlegeavtalen. Det er foreløpig ikke avtalt siste arbeidsdag, så vi legger oppsigelsestiden til grunn.

Vi gir beskjed dersom det blir avtalt en annen fratredelsesdato.

{SIG_ANDOY}
"""
T04 = add("termination", "t_t04a_andoy_i_dag_notice_period",
          date=hdate(2025, 9, 3, 7, 48, 31, UTC), sender=KJELL,
          subject="Oppsigelse fastlege – Sindre Hald", mid=mid_outlook("t_t04a"),
          plain=T04_BODY,
          gold=dict(kind="termination_notice", municipality="1871", needs_review=False,
                    orders=[term("Sindre Hald", "8812045", "Andenes legekontor", D(2025, 9, 3))],
                    note="Thread Andøy 1/3. 'i dag' = Wed 3 Sep 2025; notice period from 1 October to "
                         "31 March 2026, transfer 1 April. t_t04b corrects the last day. flr_list_id not scored."))

weekday(2025, 9, 23, "Tue")
weekday(2026, 1, 30, "Fri")
add("termination", "t_t04b_andoy_correction_last_day_reply",
    date=hdate(2025, 9, 23, 11, 30, 2, UTC), sender=KJELL,
    subject="SV: Oppsigelse fastlege – Sindre Hald", mid=mid_outlook("t_t04b"),
    in_reply_to=T04,
    plain=f"""Hei igjen,

Korrigering: Viser til oppsigelsen fra fastlege Sindre Hald (HPR 8812045), levert 3. september. Kommunen og Hald har nå avtalt kortere oppsigelsestid. Hans siste arbeidsdag blir fredag 30. januar 2026, og ikke 31. mars 2026 som det ville blitt med full oppsigelsestid.

{SIG_ANDOY}

""" + outlook_quote("Kjell Arne Skogsholm <kjell.arne.skogsholm@andoy.kommune.no>",
                     dt.datetime(2025, 9, 3, 9, 48), "post@helfo.no",
                     "Oppsigelse fastlege – Sindre Hald", T04_BODY),
    gold=dict(kind="termination_notice", municipality="1871", needs_review=None,
              orders=[{k: v for k, v in term("Sindre Hald", "8812045", None, D(2025, 9, 3),
                                             last=D(2026, 1, 30)).items() if k != "clinic"}],
              note="Thread Andøy 2/3. A reply correcting the last day of t_t04a: a termination_notice again, "
                   "with the stated last day Fri 30 Jan 2026 (transfer 1 Feb); '31. mars 2026' is the "
                   "counterfactual, the quoted original has no last day (no notice_period finding); the notice "
                   "date stays 3 Sep. Clinic (only in the quote) not scored; review either way (a correction)."))

weekday(2026, 1, 19, "Mon")
add("list_change", "t_l04_andoy_matched_to_corrected_last_day",
    date=hdate(2026, 1, 19, 9, 10, 40, UTC), sender=KJELL,
    subject="Ny fastlege Andenes legekontor", mid=mid_outlook("t_l04"),
    plain=f"""Hei,

Emil Strand (HPR 4409217) er tilsatt som ny fastlege og overtar listen etter Sindre Hald (HPR 8812045) ved Andenes legekontor når Hald slutter. Listetak 900.

{SIG_ANDOY}
""",
    gold=dict(kind="list_change", municipality="1871", needs_review=None,
              orders=[chg("new_gp", clinic="Andenes legekontor", prev="Sindre Hald",
                          prev_hpr="8812045", gp="Emil Strand", hpr="4409217", start=None,
                          ceiling=900, transfer=D(2026, 2, 1))],
              note="Thread Andøy 3/3. No start date: the transfer must come from the LATEST notice for HPR "
                   "8812045, the correction t_t04b (1 Feb 2026), not t_t04a (1 Apr 2026). Received Mon 19 Jan "
                   "2026, registered Wed 21 Jan, 11 days before: late letters (the first notice would give "
                   "in time). 'Emil Strand' is a person, not the municipality Strand. flr_list_id not scored."))

# ==========================================================================
# 5. Aurskog-Høland (3226): manual, thanks, body order, back, late form
# ==========================================================================
weekday(2024, 4, 8, "Mon")
HILDE = ("Hilde Bråthen", "hilde.brathen@aurskog-holand.kommune.no")
HILDE_A = "Hilde Bråthen <hilde.brathen@aurskog-holand.kommune.no>"
SIG_AH = sig("Med vennlig hilsen", "Hilde Bråthen", "Fagansvarlig fastlegeordningen",
             "Aurskog-Høland kommune")
M05_BODY = f"""Hei,

Aurskog-Høland kommune ønsker å gå over til manuell fordeling av innbyggere som ikke har fastlege. Vi ber om at automatisk tildeling slås av for kommunen så snart som mulig. Kommunen sender skjema for manuell fordeling når listene er klare.

{SIG_AH}
"""
M05 = add("manual_request", "t_m05a_aurskog_holand_manual_request",
          date=hdate(2024, 4, 8, 8, 30, 12, UTC), sender=HILDE,
          subject="Fastlege – manuell fordeling", mid=mid_outlook("t_m05a"),
          plain=M05_BODY,
          gold=dict(kind="manual_distribution_request", municipality="3226", needs_review=False,
                    orders=[{"type": "manual_distribution", "enable": True}],
                    note="Thread Aurskog-Høland 1/5. The plain request in Helfo's subject; the municipality "
                         "name with a hyphen and 'ø' (domain aurskog-holand)."))

H05 = mid_helfo(dt.datetime(2024, 4, 10, 8, 47), "t_h05")
HELFO_CONFIRM = """Hei,

Automatisk tildeling er nå slått av for Aurskog-Høland kommune. Innbyggere uten fastlege fordeles fra nå av manuelt etter skjema fra kommunen. Ønsker dere å gå tilbake til automatisk tildeling, gir dere beskjed til oss.

Med vennlig hilsen
Helfo
"""
QUOTE_05 = (outlook_quote("Helfo <post@helfo.no>", dt.datetime(2024, 4, 10, 10, 47), HILDE_A,
                          "SV: Fastlege – manuell fordeling", HELFO_CONFIRM)
            + "\n" + outlook_quote(HILDE_A, dt.datetime(2024, 4, 8, 10, 30), "post@helfo.no",
                                   "Fastlege – manuell fordeling", M05_BODY))
add("other", "t_o05_aurskog_holand_thanks_for_confirmation",
    date=hdate(2024, 4, 10, 12, 2, 18, UTC), sender=HILDE,
    subject="SV: Fastlege – manuell fordeling", mid=mid_outlook("t_o05"),
    in_reply_to=H05, references=f"{M05} {H05}",
    plain="Takk for bekreftelsen!\n\nHilsen Hilde\n\n" + QUOTE_05,
    gold=dict(kind="other", municipality="3226", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["children_may_exceed"],
              note="Thread Aurskog-Høland 2/5. 'Takk for bekreftelsen!' on Helfo's confirmation, quoting the "
                   "request t_m05a under the subject 'SV: Fastlege – manuell fordeling': kind other, no "
                   "manual_distribution order; municipal sender, so review."))

weekday(2024, 5, 14, "Tue")
add("distribution", "t_d05a_aurskog_holand_body_order_bullets",
    date=hdate(2024, 5, 14, 7, 20, 55, UTC), sender=HILDE,
    subject="Manuell fordeling mai – Aurskog-Høland", mid=mid_outlook("t_d05a"),
    plain=f"""Hei,

Her er kommunens fordeling av innbyggere uten fastlege for mai:

- FLR 322611, Kari Nygaard: 6 innbyggere
- FLR 322618, Per Bjørke: 4 innbyggere. Listetaket økes med 4 slik at det blir plass.

Totalt 10 innbyggere.

{SIG_AH}
""",
    gold=dict(kind="distribution_order", municipality="3226", needs_review=None,
              orders=[X.dist("322611", "Kari Nygaard", 6), X.dist("322618", "Per Bjørke", 4, 4)],
              note="Thread Aurskog-Høland 3/5. Order in the body (bullets), no attachment; 322618 is closed "
                   "and full, so 0 free + 4 increase = 4 ordered (boundary, no capacity error); 10 of 12 "
                   "unassigned; snapshot manual, so no automatic warning. 'Totalt 10' is no order. Review "
                   "either way (free text)."))

weekday(2024, 9, 2, "Mon")
add("manual_request", "t_m05b_aurskog_holand_back_to_automatic_reply",
    date=hdate(2024, 9, 2, 11, 4, 37, UTC), sender=HILDE,
    subject="SV: Fastlege – manuell fordeling", mid=mid_outlook("t_m05b"),
    in_reply_to=H05, references=f"{M05} {H05}",
    plain=f"""Hei,

Vi har fått på plass flere fastleger og trenger ikke lenger å fordele selv. Aurskog-Høland kommune ber derfor om å gå tilbake til automatisk tildeling fra 1. oktober. Vi sender ett siste skjema for september.

{SIG_AH}

""" + QUOTE_05,
    gold=dict(kind="manual_distribution_request", municipality="3226", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": False}],
              note="Thread Aurskog-Høland 4/5. Back to automatic (enable false) from 1 October, replying on "
                   "the thread whose quotes say 'slått av' and 'manuell fordeling': one order, enable false."))

weekday(2024, 9, 17, "Tue")
FORM_05 = form(["Skjema for manuell fordeling av innbyggere", "Aurskog-Høland kommune",
                "September 2024"], 5,
               ["FLR-ID", "Navn fastlege", "Antall innbyggere som skal fordeles", "Økt listetak"],
               [[322611, "Kari Nygaard", 3, None], [322618, "Per Bjørke", 2, 2]],
               "Hilde Bråthen", dt.datetime(2024, 9, 17, 9, 50))
add("distribution", "t_d05b_aurskog_holand_late_form_snapshot_manual",
    date=hdate(2024, 9, 17, 8, 5, 19, UTC), sender=HILDE,
    subject="Skjema for manuell fordeling – september", mid=mid_outlook("t_d05b"),
    attach=[xlsx_part(FORM_05, "Skjema for manuell fordeling av innbyggere - september.xlsx")],
    plain=f"""Hei,

Vedlagt siste skjema for manuell fordeling før vi går tilbake til automatisk tildeling 1. oktober.

{SIG_AH}
""",
    gold=dict(kind="distribution_order", municipality="3226", needs_review=False,
              orders=[X.dist("322611", "Kari Nygaard", 3), X.dist("322618", "Per Bjørke", 2, 2)],
              note="Thread Aurskog-Høland 5/5. A form after the request to go back to automatic (t_m05b): "
                   "automatic_distribution_active comes from the snapshot as given, where 3226 is 'manual' "
                   "(automatic only from 1 Oct), so no warning. Header on row 5; 322618 closed and full gets "
                   "2 with +2 (boundary); blank increase = 0."))

# ==========================================================================
# 6. Midtre Gauldal (5027): manual, lock, form in a reply, unlock in a reply
# ==========================================================================
weekday(2025, 2, 24, "Mon")
SVERRE = ("Sverre Kotsås", "sverre.kotsas@midtre-gauldal.kommune.no")
SIG_MG = sig("Vennlig hilsen", "Sverre Kotsås", "Kommuneoverlege", "Midtre Gauldal kommune")
add("manual_request", "t_m06_midtre_gauldal_manual_announces_lock",
    date=hdate(2025, 2, 24, 9, 3, 26), sender=SVERRE, client="thunderbird",
    subject="Fastlege - manuell fordeling", mid=mid_tb("t_m06", "midtre-gauldal.kommune.no"),
    plain=f"""Hei.

Midtre Gauldal kommune ber om manuell fordeling av innbyggere uten fastlege fra mars. Vi kommer til å be om låsing av to lister i en egen e-post før vi sender skjema.

{SIG_MG}
""",
    gold=dict(kind="manual_distribution_request", municipality="5027", needs_review=False,
              orders=[{"type": "manual_distribution", "enable": True}],
              note="Thread Midtre Gauldal 1/4. Manual request that announces a later lock request ('vi kommer "
                   "til å be om låsing'): no list_lock order (no list named, the request comes in t_r06a)."))

weekday(2025, 3, 3, "Mon")
R06_BODY = f"""Hei.

Før vi fordeler innbyggere manuelt ber vi om at disse listene låses, slik at de ikke får nye innbyggere gjennom automatikk eller bytte:

FLR 502712 – Marianne Rønning
FLR 502719 – Ola Singstad

Vi sender skjema for fordelingen i løpet av uka.

{SIG_MG}
"""
R06 = add("list_request", "t_r06a_midtre_gauldal_lock_two_lists",
          date=hdate(2025, 3, 3, 10, 12, 5), sender=SVERRE, client="thunderbird",
          subject="Låsing av lister før manuell fordeling",
          mid=mid_tb("t_r06a", "midtre-gauldal.kommune.no"), plain=R06_BODY,
          gold=dict(kind="list_request", municipality="5027", needs_review=False,
                    orders=[X.lock("502712", "Marianne Rønning", "lock"),
                            X.lock("502719", "Ola Singstad", "lock")],
                    note="Thread Midtre Gauldal 2/4. Lock two lists before a manual distribution; lines "
                         "'FLR id – name' with an en dash; 'skjema' announced is no distribution order."))

weekday(2025, 3, 5, "Wed")
FORM_06 = form([], 1, ["FLR-ID", "Fastlege", "Antall innbyggere", "Økning av listetak"],
               [[502712, "Marianne Rønning", 8, None], [502719, "Ola Singstad", 7, 5],
                [None, "Sum", 15, 5]],
               "Sverre Kotsås", dt.datetime(2025, 3, 5, 8, 58))
D06_BODY = f"""Hei igjen.

Vedlagt skjema for manuell fordeling. Listene er låst nå, takk for rask hjelp.

{SIG_MG}
"""
D06 = add("distribution", "t_d06_midtre_gauldal_form_reply_quotes_lock",
          date=hdate(2025, 3, 5, 9, 12, 40), sender=SVERRE, client="thunderbird",
          subject="Re: Låsing av lister før manuell fordeling",
          mid=mid_tb("t_d06", "midtre-gauldal.kommune.no"), in_reply_to=R06,
          attach=[xlsx_part(FORM_06, "Fordeling mars 2025.xlsx")],
          plain=D06_BODY + "\n" + tb_quote("Sverre Kotsås", dt.datetime(2025, 3, 3, 11, 12), R06_BODY),
          gold=dict(kind="distribution_order", municipality="5027", needs_review=False,
                    orders=[X.dist("502712", "Marianne Rønning", 8), X.dist("502719", "Ola Singstad", 7, 5)],
                    note="Thread Midtre Gauldal 3/4. The form arrives as 'Re:' on the lock request, which is "
                         "quoted ('>' lines): distribution_order, no list_lock orders. A 'Sum' row is no order. "
                         "15 of 15 unassigned (boundary); snapshot status is open (the lock does not change "
                         "it); 502719 has 5 free + 5 = 10 for 7."))

weekday(2025, 3, 17, "Mon")
add("list_request", "t_r06b_midtre_gauldal_unlock_reply",
    date=hdate(2025, 3, 17, 8, 41, 18), sender=SVERRE, client="thunderbird",
    subject="Re: Låsing av lister før manuell fordeling",
    mid=mid_tb("t_r06b", "midtre-gauldal.kommune.no"), in_reply_to=D06, references=f"{R06} {D06}",
    plain=f"""Hei.

Fordelingen er gjennomført (8 og 7 innbyggere). Listene kan nå åpnes igjen:
502712 Marianne Rønning
502719 Ola Singstad

{SIG_MG}

""" + tb_quote("Sverre Kotsås", dt.datetime(2025, 3, 5, 10, 12),
               D06_BODY + "\n" + tb_quote("Sverre Kotsås", dt.datetime(2025, 3, 3, 11, 12), R06_BODY)),
    gold=dict(kind="list_request", municipality="5027", needs_review=False,
              orders=[X.lock("502712", "Marianne Rønning", "unlock"),
                      X.lock("502719", "Ola Singstad", "unlock")],
              note="Thread Midtre Gauldal 4/4. Unlock ('kan nå åpnes igjen') on top of a two-level quote that "
                   "asks to lock the same lists: action unlock for both, no lock orders; 'fordelingen er "
                   "gjennomført (8 og 7)' is no distribution order."))

# ==========================================================================
# 7. Evje og Hornnes (4219): death, unassigned list, new GP
# ==========================================================================
weekday(2023, 10, 2, "Mon")
weekday(2023, 9, 29, "Fri")
ASE = ("Åse Lindeland", "ase.lindeland@evje-og-hornnes.kommune.no")
SIG_EH = sig("Med vennlig hilsen", "Åse Lindeland", "Kommunalsjef helse og omsorg", "Evje og Hornnes kommune")
T07 = add("termination", "t_t07_evje_death",
          date=hdate(2023, 10, 2, 7, 15, 0, UTC), sender=ASE,
          subject="Dødsfall – fastlege Ragnhild Seland", mid=mid_outlook("t_t07"),
          plain=f"""Hei,

Det er med stor sorg vi må melde at fastlege Ragnhild Seland (HPR 2290341) ved Evje legesenter døde fredag 29. september etter kort tids sykdom.

Kommunen setter inn vikar på listen inntil videre og kommer tilbake med melding til fastlegeregisteret så snart som mulig.

{SIG_EH}
""",
          gold=dict(kind="termination_notice", municipality="4219", needs_review=None,
                    orders=[term("Ragnhild Seland", "2290341", "Evje legesenter", None,
                                 reason="death", score_notice=False)],
                    note="Thread Evje og Hornnes 1/3. A death: no notice period, last day and transfer null, basis "
                         "unknown; the date of death (29 Sep) is not a last working day. notice_date and "
                         "flr_list_id not scored; review either way (as shared t09)."))

weekday(2023, 10, 4, "Wed")
add("list_change", "t_l07a_evje_unassigned_after_death",
    date=hdate(2023, 10, 4, 12, 33, 9, UTC), sender=ASE,
    subject="Melding til fastlegeregisteret – ubesatt liste 421931", mid=mid_outlook("t_l07a"),
    in_reply_to=None,
    plain=f"""Hei,

Etter dødsfallet er listen til Ragnhild Seland, FLR-liste 421931, ubesatt fra 1. november 2023. Listen betjenes av vikar inntil ny fastlege er på plass. Listetaket beholdes på 1000.

{SIG_EH}
""",
    gold=dict(kind="list_change", municipality="4219", needs_review=False,
              orders=[chg("unassigned_list", "421931", prev="Ragnhild Seland",
                          start=D(2023, 11, 1), ceiling=1000)],
              note="Thread Evje og Hornnes 2/3. Unassigned after the death in t_t07 (whose transfer date is null): "
                   "the start date 1 Nov 2023 is the transfer. Received Wed 4 Oct, registered Fri 6 Oct, 26 "
                   "days before: in time; 28 days ahead: not visible on Helsenorge. 'vikar' is no new GP. "
                   "clinic and previous_hpr_number not scored."))

weekday(2024, 1, 15, "Mon")
add("list_change", "t_l07b_evje_new_gp_on_unassigned_list",
    date=hdate(2024, 1, 15, 9, 2, 44, UTC), sender=ASE,
    subject="Ny fastlege på liste 421931", mid=mid_outlook("t_l07b"),
    plain=f"""Hei,

Evje og Hornnes kommune har inngått avtale med Tobias Eik (HPR 6671209), som overtar Ragnhild Selands tidligere liste (FLR 421931) ved Evje legesenter fra 1. mars 2024. Listen har vært ubesatt siden 1. november. Listetak 1000.

{SIG_EH}
""",
    gold=dict(kind="list_change", municipality="4219", needs_review=False,
              orders=[chg("new_gp", "421931", clinic="Evje legesenter", gp="Tobias Eik",
                          hpr="6671209", start=D(2024, 3, 1), ceiling=1000)],
              note="Thread Evje og Hornnes 3/3. New GP on the list that has been unassigned since 1 November (a "
                   "past date, not the start): start 1 Mar 2024. Received Mon 15 Jan, registered Wed 17 Jan, "
                   "44 days before: in time; 46 days ahead: visible. previous GP not scored (the list was "
                   "unassigned; 'Ragnhild Selands' is a genitive)."))

# ==========================================================================
# 8. Alta (5601): the list change arrives before the termination
# ==========================================================================
weekday(2025, 6, 2, "Mon")
MARIT = ("Marit Eira", "marit.eira@alta.kommune.no")
MARIT_A = "Marit Eira <marit.eira@alta.kommune.no>"
SIG_ALTA = sig("Med vennlig hilsen", "Marit Eira", "Rådgiver helse", "Alta kommune")
L08_BODY = f"""Hei,

Fastlege Vegard Sandvik (HPR 7140526) ved Alta helsesenter har sagt opp avtalen sin. Ida Nilsen (HPR 3881920) er tilsatt i hjemmelen og overtar listen hans når han slutter. Listetak 1200.

Oppsigelsen fra Sandvik sender vi over i egen e-post.

{SIG_ALTA}
"""
L08 = add("list_change", "t_l08a_alta_list_change_before_termination",
          date=hdate(2025, 6, 2, 8, 40, 16, UTC), sender=MARIT,
          subject="Melding til fastlegeregisteret – Alta helsesenter", mid=mid_outlook("t_l08a"),
          plain=L08_BODY,
          gold=dict(kind="list_change", municipality="5601", needs_review=None,
                    orders=[chg("new_gp", clinic="Alta helsesenter", prev="Vegard Sandvik",
                                prev_hpr="7140526", gp="Ida Nilsen", hpr="3881920", start=None,
                                ceiling=1200, transfer=None)],
                    note="Thread Alta 1/3. Received BEFORE the termination it follows (t_t08, 4 June): no start "
                         "date and nothing to match yet, so no transfer date and no timing finding (nor "
                         "Helsenorge). flr_list_id not scored; review either way."))

weekday(2025, 6, 4, "Wed")
weekday(2025, 5, 28, "Wed")
add("termination", "t_t08_alta_forwarded_gp_letter",
    date=hdate(2025, 6, 4, 9, 5, 51, UTC), sender=MARIT,
    subject="VS: Oppsigelse av fastlegeavtale", mid=mid_outlook("t_t08"),
    plain=f"""Hei,

Som varslet sender vi her oppsigelsen fra fastlege Vegard Sandvik. Det er ikke avtalt noen egen siste arbeidsdag, så ordinær oppsigelsestid gjelder.

{SIG_ALTA}

""" + outlook_quote("Vegard Sandvik <vegard.sandvik@altahelse.no>", dt.datetime(2025, 5, 28, 21, 14),
                     MARIT_A, "Oppsigelse av fastlegeavtale", """Hei Marit

Jeg sier med dette opp min fastlegeavtale med Alta kommune. Jeg har vært fastlege ved Alta helsesenter i elleve år, og det har vært gode år.

Vegard Sandvik
Fastlege, HPR-nr. 7140526
Alta helsesenter
"""),
    gold=dict(kind="termination_notice", municipality="5601", needs_review=False,
              orders=[term("Vegard Sandvik", "7140526", "Alta helsesenter", D(2025, 5, 28))],
              note="Thread Alta 2/3. Outlook forward ('VS:') of the GP's own mail: the notice date is the GP's "
                   "Sendt line, Wed 28 May 2025, not the forward (4 Jun); notice period from 1 June to 30 Nov, "
                   "transfer 1 Dec 2025. It arrives after t_l08a. flr_list_id not scored."))

weekday(2025, 6, 12, "Thu")
H08 = mid_helfo(dt.datetime(2025, 6, 3, 7, 55), "t_h08")
add("list_change", "t_l08b_alta_resent_now_matched",
    date=hdate(2025, 6, 12, 11, 20, 3, UTC), sender=MARIT,
    subject="SV: Melding til fastlegeregisteret – Alta helsesenter", mid=mid_outlook("t_l08b"),
    in_reply_to=H08, references=f"{L08} {H08}",
    plain=f"""Hei,

Oppsigelsen ble sendt dere 4. juni. Vi ber om at Ida Nilsen (HPR 3881920) nå registreres som ny fastlege på listen etter Vegard Sandvik (HPR 7140526) fra han slutter.

{SIG_ALTA}

""" + outlook_quote("Helfo <post@helfo.no>", dt.datetime(2025, 6, 3, 9, 55), MARIT_A,
                     "SV: Melding til fastlegeregisteret – Alta helsesenter", """Hei,

Vi har ikke registrert noen oppsigelse fra Vegard Sandvik og kan derfor ikke se når listen skal overføres. Send oss oppsigelsen, eller oppgi startdato for ny lege.

Med vennlig hilsen
Helfo
""") + "\n" + outlook_quote(MARIT_A, dt.datetime(2025, 6, 2, 10, 40), "post@helfo.no",
                            "Melding til fastlegeregisteret – Alta helsesenter", L08_BODY),
    gold=dict(kind="list_change", municipality="5601", needs_review=None,
              orders=[chg("new_gp", prev="Vegard Sandvik", prev_hpr="7140526", gp="Ida Nilsen",
                          hpr="3881920", start=None, transfer=D(2025, 12, 1))],
              note="Thread Alta 3/3. The same list change again on top of Helfo's question and the quoted "
                   "t_l08a: one order, now matched to t_t08 (transfer 1 Dec 2025). Received Thu 12 Jun, "
                   "registered Mon 16 Jun: in time. '4. juni' is the notice's mail, not a start. clinic and "
                   "list_ceiling (only in the quote) and flr_list_id not scored."))

# ==========================================================================
# 9. Vestre Toten (3443): answer to Helfo's quoted reminder
# ==========================================================================
weekday(2026, 1, 13, "Tue")
weekday(2026, 1, 9, "Fri")
JANERIK = ("Jan Erik Hagen", "jan.erik.hagen@vestre-toten.kommune.no")
SIG_VT = sig("Med vennlig hilsen", "Jan Erik Hagen", "Avdelingsleder legetjenester", "Vestre Toten kommune")
T09 = add("termination", "t_t09_vestre_toten_stated_last_day",
          date=hdate(2026, 1, 13, 9, 30, 27, UTC), sender=JANERIK,
          subject="Oppsigelse fastlegeavtale – Eirik Bakken", mid=mid_outlook("t_t09"),
          plain=f"""Hei,

Fastlege Eirik Bakken (HPR-nr. 5012784) ved Raufoss legesenter sa opp fastlegeavtalen fredag 9. januar 2026. Partene er enige om at siste arbeidsdag blir 30. april 2026.

{SIG_VT}
""",
          gold=dict(kind="termination_notice", municipality="3443", needs_review=False,
                    orders=[term("Eirik Bakken", "5012784", "Raufoss legesenter", D(2026, 1, 9),
                                 last=D(2026, 4, 30))],
                    note="Thread Vestre Toten 1/2. Notice Fri 9 Jan 2026, stated last day 30 April, transfer "
                         "1 May. flr_list_id not scored."))

weekday(2026, 4, 17, "Fri")
H09 = mid_helfo(dt.datetime(2026, 4, 7, 6, 15), "t_h09")
add("list_change", "t_l09_vestre_toten_answer_to_helfo_reminder",
    date=hdate(2026, 4, 17, 12, 40, 33, UTC), sender=JANERIK,
    subject="SV: Påminnelse: Melding til fastlegeregisteret – Eirik Bakken", mid=mid_outlook("t_l09"),
    in_reply_to=H09, references=f"{T09} {H09}",
    plain=f"""Hei,

Beklager sent svar. Ny fastlege er nå klar: Sofie Lindahl, HPR 4471093, overtar listen etter Eirik Bakken ved Raufoss legesenter fra 1. mai 2026. Listetaket blir 1100 som i dag.

{SIG_VT}

""" + outlook_quote("Helfo <post@helfo.no>", dt.datetime(2026, 4, 7, 8, 15),
                     "Jan Erik Hagen <jan.erik.hagen@vestre-toten.kommune.no>",
                     "Påminnelse: Melding til fastlegeregisteret – Eirik Bakken", """Hei,

Vi viser til oppsigelsen fra fastlege Eirik Bakken (HPR-nr. 5012784) ved Raufoss legesenter, med siste arbeidsdag 30.04.2026. Vi har ennå ikke mottatt melding til fastlegeregisteret om ny fastlege eller ubesatt liste.

Meldingen bør være hos Helfo senest en måned før listen overføres 01.05.2026, slik at innbyggerne får brev i tide. Send meldingen som svar på denne e-posten.

Med vennlig hilsen
Helfo
Fastlegeregisteret
"""),
    gold=dict(kind="list_change", municipality="3443", needs_review=False,
              orders=[chg("new_gp", clinic="Raufoss legesenter", prev="Eirik Bakken", gp="Sofie Lindahl",
                          hpr="4471093", start=D(2026, 5, 1), ceiling=1100)],
              note="Thread Vestre Toten 2/2. The answer on top of Helfo's own reminder, which quotes the "
                   "termination (name, HPR, last day 30.04.2026): one new_gp order, no termination. Received "
                   "Fri 17 Apr 2026, registered Tue 21 Apr, 10 days before 1 May: late letters; 14 days "
                   "ahead: not visible. previous_hpr_number (only in the quote) and flr_list_id not scored."))

# ==========================================================================
# 10. Fjaler (4646): ceiling raise, thanks quoting it, lock
# ==========================================================================
weekday(2024, 11, 5, "Tue")
SIGNE = ("Signe Opheim", "signe.opheim@fjaler.kommune.no")
SIGNE_A = "Signe Opheim <signe.opheim@fjaler.kommune.no>"
SIG_FJALER = sig("Med helsing", "Signe Opheim", "Kommunalsjef helse", "Fjaler kommune")
R10_BODY = f"""Hei,

Fjaler kommune ber om at listetaket til fastlege Solveig Rullestad (FLR-liste 464628) vert auka med 100, frå 900 til 1000 pasientar. Lista er snart full, og det er få ledige plassar i kommunen.

{SIG_FJALER}
"""
R10 = add("list_request", "t_r10a_fjaler_auke_listetak_nynorsk",
          date=hdate(2024, 11, 5, 13, 6, 2, UTC), sender=SIGNE,
          subject="Auke listetak – liste 464628", mid=mid_outlook("t_r10a"), plain=R10_BODY,
          gold=dict(kind="list_request", municipality="4646", needs_review=False,
                    orders=[X.ceiling("464628", "Solveig Rullestad", increase=100, new=1000)],
                    note="Thread Fjaler 1/3. Nynorsk ('vert auka med 100, frå 900 til 1000'): increase and new "
                         "ceiling both in the text. hpr_number not scored (registry has it)."))

weekday(2024, 11, 7, "Thu")
H10 = mid_helfo(dt.datetime(2024, 11, 6, 9, 30), "t_h10")
add("other", "t_o10_fjaler_takk_quotes_ceiling_request",
    date=hdate(2024, 11, 7, 7, 52, 40, UTC), sender=SIGNE,
    subject="SV: Auke listetak – liste 464628", mid=mid_outlook("t_o10"),
    in_reply_to=H10, references=f"{R10} {H10}",
    plain="Tusen takk for rask handsaming!\n\nHelsing Signe\n\n"
          + outlook_quote("Helfo <post@helfo.no>", dt.datetime(2024, 11, 6, 10, 30), SIGNE_A,
                          "SV: Auke listetak – liste 464628", """Hei,

Listetaket for liste 464628 er endra til 1000 med verknad frå i dag.

Med vennleg helsing
Helfo
""") + "\n" + outlook_quote(SIGNE_A, dt.datetime(2024, 11, 5, 14, 6), "post@helfo.no",
                            "Auke listetak – liste 464628", R10_BODY),
    gold=dict(kind="other", municipality="4646", needs_review=True, orders=[],
              forbid=BASE_FORBID + ["list_unknown", "children_may_exceed"],
              note="Thread Fjaler 2/3. 'Tusen takk for rask handsaming!' on Helfo's answer and the quoted "
                   "ceiling request t_r10a (subject still names the list): kind other, no ceiling_change; "
                   "municipal sender, so review."))

weekday(2024, 12, 2, "Mon")
add("list_request", "t_r10b_fjaler_laas_lista_nynorsk",
    date=hdate(2024, 12, 2, 9, 14, 8, UTC), sender=SIGNE,
    subject="Låsing av liste 464628", mid=mid_outlook("t_r10b"),
    plain=f"""Hei,

No er lista til Solveig Rullestad (464628) full, sjølv med det nye listetaket. Vi ber om at lista vert låst for nye innbyggjarar inntil vidare. Kommunen fordeler ikkje manuelt, og vi ynskjer ikkje endringar i tildelinga elles.

{SIG_FJALER}
""",
    gold=dict(kind="list_request", municipality="4646", needs_review=False,
              orders=[X.lock("464628", "Solveig Rullestad", "lock")],
              note="Thread Fjaler 3/3. Nynorsk lock ('vert låst for nye innbyggjarar'); the list ID in "
                   "parentheses after the name; 'fordeler ikkje manuelt' and 'det nye listetaket' are no "
                   "manual request and no ceiling change."))

# ==========================================================================
# 11. Overhalla (5047): two notices, two list changes, a correction
# ==========================================================================
weekday(2024, 10, 15, "Tue")
weekday(2024, 10, 10, "Thu")
weekday(2024, 10, 14, "Mon")
GURI = ("Guri Skage", "guri.skage@overhalla.kommune.no")
GURI_A = "Guri Skage <guri.skage@overhalla.kommune.no>"
SIG_OH = sig("Med vennlig hilsen", "Guri Skage", "Virksomhetsleder helse", "Overhalla kommune")
add("termination", "t_t11_overhalla_two_gps_numbered",
    date=hdate(2024, 10, 15, 8, 10, 55, UTC), sender=GURI,
    subject="Oppsigelser fastleger Overhalla legesenter", mid=mid_outlook("t_t11"),
    plain=f"""Hei,

To av fastlegene ved Overhalla legesenter har sagt opp avtalene sine:

1. Jon Vibe, HPR 6012334. Oppsigelsen ble mottatt 10. oktober 2024. Det er ikke avtalt kortere oppsigelsestid.
2. Lise Aune Moe, HPR 3390871. Oppsigelsen ble mottatt 14. oktober 2024. Siste arbeidsdag er avtalt til 31. januar 2025.

{SIG_OH}
""",
    gold=dict(kind="termination_notice", municipality="5047", needs_review=False,
              orders=[term("Jon Vibe", "6012334", "Overhalla legesenter", D(2024, 10, 10)),
                      term("Lise Aune Moe", "3390871", "Overhalla legesenter", D(2024, 10, 14),
                           last=D(2025, 1, 31))],
              note="Thread Overhalla 1/3. Two notices in a numbered list, each with its own date: Vibe by "
                   "the notice period (10 Oct: 1 Nov to 30 Apr 2025, transfer 1 May), Moe stated 31 Jan 2025 "
                   "(transfer 1 Feb); a three-part name. flr_list_id not scored."))

weekday(2025, 1, 17, "Fri")
L11_BODY = f"""Hei,

Melding til fastlegeregisteret for to lister ved Overhalla legesenter:

1) Listen til Lise Aune Moe (HPR 3390871) blir ubesatt når hun slutter. Listetak 800.
2) Kristoffer Grande (HPR 7253390) overtar listen til Jon Vibe (HPR 6012334) når Vibe slutter. Listetak 1000.

{SIG_OH}
"""
L11 = add("list_change", "t_l11a_overhalla_two_lists_two_transfer_dates",
          date=hdate(2025, 1, 17, 9, 0, 21, UTC), sender=GURI,
          subject="Melding til fastlegeregisteret – Overhalla legesenter", mid=mid_outlook("t_l11a"),
          plain=L11_BODY,
          gold=dict(kind="list_change", municipality="5047", needs_review=None,
                    orders=[chg("unassigned_list", clinic="Overhalla legesenter", prev="Lise Aune Moe",
                                prev_hpr="3390871", start=None, ceiling=800, transfer=D(2025, 2, 1)),
                            chg("new_gp", clinic="Overhalla legesenter", prev="Jon Vibe",
                                prev_hpr="6012334", gp="Kristoffer Grande", hpr="7253390", start=None,
                                ceiling=1000, transfer=D(2025, 5, 1))],
                    note="Thread Overhalla 2/3. Two orders without start dates, each matched to its own notice "
                         "in t_t11: Moe's list 1 Feb 2025 and Vibe's 1 May 2025. Received Fri 17 Jan, "
                         "registered Tue 21 Jan: 11 days before 1 Feb (late letters) and in time for 1 May, "
                         "so both findings. flr_list_id not scored."))

weekday(2025, 2, 12, "Wed")
H11 = mid_helfo(dt.datetime(2025, 1, 20, 12, 5), "t_h11")
add("list_change", "t_l11b_overhalla_correction_start_in_reply",
    date=hdate(2025, 2, 12, 10, 30, 46, UTC), sender=GURI,
    subject="SV: Melding til fastlegeregisteret – Overhalla legesenter", mid=mid_outlook("t_l11b"),
    in_reply_to=H11, references=f"{L11} {H11}",
    plain=f"""Hei,

En rettelse: Kristoffer Grande (HPR 7253390) kan ikke begynne før 1. juni 2025. Han overtar altså listen etter Jon Vibe fra 1. juni, ikke ved månedsskiftet april/mai. I mai betjenes listen av vikar.

{SIG_OH}

""" + outlook_quote("Helfo <post@helfo.no>", dt.datetime(2025, 1, 20, 13, 5), GURI_A,
                     "SV: Melding til fastlegeregisteret – Overhalla legesenter", """Hei,

Takk for meldingen. Vi har registrert endringene for begge listene.

Med vennlig hilsen
Helfo
""") + "\n" + outlook_quote(GURI_A, dt.datetime(2025, 1, 17, 10, 0), "post@helfo.no",
                            "Melding til fastlegeregisteret – Overhalla legesenter", L11_BODY),
    gold=dict(kind="list_change", municipality="5047", needs_review=None,
              orders=[chg("new_gp", prev="Jon Vibe", gp="Kristoffer Grande", hpr="7253390",
                          start=D(2025, 6, 1))],
              note="Thread Overhalla 3/3. A correction in a reply: one new_gp with the new start date 1 June "
                   "2025; the quoted t_l11a (with Moe's unassigned list) gives no orders. Received Wed 12 Feb, "
                   "registered Fri 14 Feb: in time; 109 days ahead. clinic, ceiling, previous HPR (only in the "
                   "quote) not scored; review either way (a correction)."))

# ==========================================================================
# 12. Høyanger (4638): start date a month after the termination's transfer
# ==========================================================================
weekday(2023, 3, 1, "Wed")
weekday(2023, 2, 27, "Mon")
INGRID = ("Ingrid Kvamme", "ingrid.kvamme@hoyanger.kommune.no")
SIG_HOY = sig("Med helsing", "Ingrid Kvamme", "Einingsleiar helse", "Høyanger kommune")
add("termination", "t_t12_hoyanger_nynorsk_stated",
    date=hdate(2023, 3, 1, 8, 20, 14, UTC), sender=INGRID,
    subject="Oppseiing av fastlegeavtale", mid=mid_outlook("t_t12"),
    plain=f"""Hei,

Fastlege Nils Øren (HPR 4120956) ved Høyanger legekontor har sagt opp fastlegeavtala si. Oppseiinga kom til kommunen måndag 27. februar 2023. Siste arbeidsdag er 31. mai 2023, etter avtale med kommunen.

{SIG_HOY}
""",
    gold=dict(kind="termination_notice", municipality="4638", needs_review=False,
              orders=[term("Nils Øren", "4120956", "Høyanger legekontor", D(2023, 2, 27),
                           last=D(2023, 5, 31))],
              note="Thread Høyanger 1/2. Nynorsk ('oppseiinga', 'avtala'); notice Mon 27 Feb 2023, stated "
                   "last day 31 May, transfer 1 June. flr_list_id not scored."))

weekday(2023, 5, 23, "Tue")
add("list_change", "t_l12_hoyanger_start_month_after_transfer",
    date=hdate(2023, 5, 23, 11, 0, 38, UTC), sender=INGRID,
    subject="Ny fastlege Høyanger legekontor", mid=mid_outlook("t_l12"),
    plain=f"""Hei,

Hanne Rygg (HPR 5538201) tek over lista etter Nils Øren ved Høyanger legekontor frå 1. juli 2023. I juni vert lista driven av vikar. Listetaket er 700.

{SIG_HOY}
""",
    gold=dict(kind="list_change", municipality="4638", needs_review=False,
              orders=[chg("new_gp", clinic="Høyanger legekontor", prev="Nils Øren", gp="Hanne Rygg",
                          hpr="5538201", start=D(2023, 7, 1), ceiling=700)],
              note="Thread Høyanger 2/2. The start date (1 Jul 2023) is given, so it, not the matched "
                   "termination's transfer (1 Jun), is the timing reference: received Tue 23 May, registered "
                   "Thu 25 May, 37 days before 1 July: in time (against 1 June it would be late letters); "
                   "39 days ahead: not visible on Helsenorge. previous_hpr_number and flr_list_id not scored."))


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
    names = [m["name"] for m in MSGS]
    assert len(names) == len(set(names)) and all(n.startswith("t_") for n in names)
    mids = [m["mid"] for m in MSGS]
    assert len(mids) == len(set(mids))
    if OUT == HERE:
        _check_registry()
    for m in MSGS:
        folder = OUT / m["folder"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{m['name']}.eml").write_bytes(build(m))
        gold = finish(m)
        (folder / f"{m['name']}.expected.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reg = OUT / "registry"
    reg.mkdir(parents=True, exist_ok=True)
    append_rows(reg / "lists.csv", "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size",
                LISTS_T)
    append_rows(reg / "unassigned.csv", "kommunenummer,unassigned,distribution", UNASSIGNED_T)
    print(f"wrote {len(MSGS)} messages to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
