"""Shared by make_corpus_m/p/r.py: dates, expected order fields, registration timing and mail building.

The three generators write different messages with the same machinery; it lives here once.
"""
import base64
import datetime as dt
import hashlib
import re
from email import charset as email_charset
from email.mime.text import MIMEText
from email.utils import format_datetime, parsedate_to_datetime
from zoneinfo import ZoneInfo

import holidays

OSLO = ZoneInfo("Europe/Oslo")
UTC = dt.timezone.utc
D = dt.date
OMIT = object()
NO_HOLIDAYS = holidays.country_holidays("NO", years=range(2024, 2029))
def first_next_month(d):
    return D(d.year + (d.month == 12), d.month % 12 + 1, 1)


def notice_period_end(notice):
    start = first_next_month(notice)
    m = start.month - 1 + 6
    return D(start.year + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def business_day(d):
    return d.weekday() < 5 and d not in NO_HOLIDAYS


def registration(received):
    d, n = received, 0
    while n < 2:
        d += dt.timedelta(days=1)
        if business_day(d):
            n += 1
    return d


def timing_code(received, transfer):
    r = registration(received)
    if r > transfer:
        return "timing_after_transfer"
    if r <= transfer - dt.timedelta(days=14):
        return "timing_in_time"
    return "timing_late_letters"


def iso(d):
    return None if d is None else d.isoformat()


def received_date(date_header):
    return parsedate_to_datetime(date_header).astimezone(OSLO).date()


def when(y, mo, d, h, mi, s, utc=False):
    """Date header: Outlook writes UTC (+0000), other clients local time."""
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=OSLO)
    return format_datetime(t.astimezone(UTC) if utc else t)


def weekday(d, name):
    assert d.strftime("%a") == name, (d, d.strftime("%a"), name)


BASE_FORBID = ["personal_data", "malformed_message"]
TIMING = ["timing_in_time", "timing_late_letters", "timing_after_transfer"]
def term(gp, hpr, clinic, notice, reason="resignation", last=None, flr=OMIT,
         score_notice=True, score_last=True, score_basis=True, transfer=None):
    o = {"type": "termination", "gp_name": gp, "hpr_number": hpr}
    if flr is not OMIT:
        o["flr_list_id"] = flr
    if clinic is not OMIT:
        o["clinic"] = clinic
    if score_notice:
        o["notice_date"] = iso(notice)
    if reason == "death":
        o.update(last_working_day=None, last_working_day_basis="unknown", transfer_date=None)
    elif last is not None:
        o.update(last_working_day=iso(last), last_working_day_basis="stated",
                 transfer_date=iso(first_next_month(last)))
    elif transfer is not None:
        o.update(last_working_day_basis="stated", transfer_date=iso(transfer))
    else:
        lwd = notice_period_end(notice)
        o.update(last_working_day=iso(lwd), last_working_day_basis="notice_period",
                 transfer_date=iso(first_next_month(lwd)))
    if not score_last:
        o.pop("last_working_day", None)
    if not score_basis:
        o.pop("last_working_day_basis", None)
    o["reason"] = reason
    return o


QP, B64 = email_charset.QP, email_charset.BASE64
def text_part(text, subtype, charset="utf-8", enc=QP):
    c = email_charset.Charset(charset)
    c.body_encoding = enc
    c.header_encoding = QP
    return MIMEText(text, subtype, c)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(text, charset="utf-8"):
    out = []
    for line in text.split("\n"):
        out.append(f'<p class="MsoNormal">{esc(line) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Aptos",sans-serif;}\n--></style>\n'
            '</head>\n<body lang="NO-BOK" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def tb_html(text):
    out, depth = [], 0
    for ln in text.split("\n"):
        d = len(ln) - len(ln.lstrip(">"))
        t = ln[d:].lstrip(" ")
        while depth < d:
            out.append('<blockquote type="cite">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(esc(t) + "<br>")
    out += ["</blockquote>"] * depth
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" '
            'content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
            + "\n".join(out) + "\n  </body>\n</html>\n")


def outlook_hdrs(subject, seed, attach=False):
    topic = re.sub(r"^(SV|VS|RE|FW|Sv|Vs|Re):\s*", "", subject)
    idx = base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()
    return {"Thread-Topic": topic, "Thread-Index": idx,
            "Accept-Language": "nb-NO, en-US", "Content-Language": "nb-NO",
            "X-MS-Has-Attach": "yes" if attach else "", "X-MS-TNEF-Correlator": ""}


def mid_outlook(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    box = ["AM0PR09MB", "DB9PR05MB", "GV0P278MB", "AS8PR09MB", "HE1PR0701MB"][int(h[0], 16) % 5]
    box += str(int(h[1:5], 16) % 9000 + 1000)
    return f"<{box}{h[5:31]}@{box}.EURPRD09.PROD.OUTLOOK.COM>"


def mid_uuid(seed, domain, upper=False):
    h = hashlib.sha1(seed.encode()).hexdigest()
    h = h.upper() if upper else h
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
      "september", "oktober", "november", "desember"]
def sendt(t: dt.datetime):
    return f"{WD[t.weekday()]} {t.day}. {MO[t.month - 1]} {t.year} {t:%H:%M}"


def csv_rows(path):
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {ln.split(",")[0]: tuple(ln.split(",")) for ln in lines if ln.strip()}


def append_rows(path, header, rows):
    have = csv_rows(path)
    text = path.read_text(encoding="utf-8") if path.exists() else header + "\n"
    if not text.endswith("\n"):
        text += "\n"
    for r in rows:
        r = tuple(str(x) for x in r)
        if r[0] in have:
            assert have[r[0]] == r, ("registry clash", r, have[r[0]])
            continue
        text += ",".join(r) + "\n"
    path.write_text(text, encoding="utf-8")
