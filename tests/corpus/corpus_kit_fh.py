"""Shared by make_corpus_f.py and make_corpus_h.py: registry rows, fictitious fødselsnummer,
mail parts and gold pieces.

The xlsx builders come from the shared corpus's make_xlsx.py, so these generators (not the
tests) need ../shared beside the project.
"""
import csv
import datetime as dt
import importlib.util
import io
import os
import sys
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MX = _load("make_xlsx", "/work/shared/corpus/make_xlsx.py")
REGISTRY = os.path.join(HERE, "registry")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def append_rows(path, rows):
    """Append rows that are not there yet; existing rows are never changed or moved."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    existing = {r[0]: r for r in csv.reader(io.StringIO(text)) if r}
    add = []
    for row in rows:
        row = list(row)
        if row[0] in existing:
            if existing[row[0]] != row:
                sys.exit(f"{path}: {row[0]} is already there with other values: {existing[row[0]]}")
            continue
        add.append(row)
    if add:
        with open(path, "a", encoding="utf-8", newline="") as f:
            if not text.endswith("\n"):
                f.write("\n")
            w = csv.writer(f, lineterminator="\n")
            w.writerows(add)


def fnr_ok(s):
    d = [int(c) for c in s]
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(d, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == d[9] and k2 == d[10]


def make_fnr(ddmmyy, ind):
    for i in range(ind, ind + 200):
        for k in range(100):
            s = f"{ddmmyy}{i:03d}{k:02d}"
            if fnr_ok(s):
                return s
    raise ValueError


def when(y, mo, d, h, mi, s=0, off=1):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8")


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def text_part(t, sub="plain"):
    return MIMEText(t, sub, "utf-8")


def html_of(t):
    esc = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in esc.split("\n\n"))
    return f"<html><body style=\"font-family:Calibri,sans-serif\">{paras}</body></html>"


def body(t, html=True):
    if not html:
        return text_part(t)
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(t))
    alt.attach(text_part(html_of(t), "html"))
    return alt


def attachment(data, filename, ctype=XLSX):
    main, sub = ctype.split("/")
    part = MIMEApplication(data, sub) if main == "application" else MIMEImage(data, sub)
    try:
        filename.encode("ascii")
        part.add_header("Content-Disposition", "attachment", filename=filename)
    except UnicodeEncodeError:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return part


def gold(kind, muni, review, orders, req, forb, note):
    return {"kind": kind, "municipality": muni, "needs_review": review, "orders": orders,
            "findings_required": req, "findings_forbidden": forb, "note": note}


FORB_M = ["personal_data", "malformed_message", "children_may_exceed"]
FORB_R = ["personal_data", "malformed_message", "list_unknown", "list_other_municipality",
          "children_may_exceed"]
ALL_D = ["capacity_insufficient", "exceeds_unassigned", "list_unknown", "list_closed_too_free",
         "automatic_distribution_active", "personal_data", "list_other_municipality",
         "malformed_message"]
def registry_findings(muni, orders):
    lists = {r["flr_list_id"]: r for r in read_csv(os.path.join(REGISTRY, "lists.csv"))}
    una = {r["kommunenummer"]: r for r in read_csv(os.path.join(REGISTRY, "unassigned.csv"))}
    f = {"children_may_exceed"}
    ids = [o["flr_list_id"] for o in orders]
    if len(ids) != len(set(ids)):
        f.add("duplicate_list")
    for o in orders:
        r = lists.get(o["flr_list_id"])
        if r is None:
            f.add("list_unknown")
            continue
        if r["kommunenummer"] != muni:
            f.add("list_other_municipality")
        free = int(r["ceiling"]) - int(r["size"])
        if free + o["ceiling_increase"] < o["citizens"]:
            f.add("capacity_insufficient")
        if r["status"] == "closed" and free >= 10:
            f.add("list_closed_too_free")
    u = una[muni]
    if sum(o["citizens"] for o in orders) > int(u["unassigned"]):
        f.add("exceeds_unassigned")
    if u["distribution"] == "automatic":
        f.add("automatic_distribution_active")
    return f


def dorder(i, n, c, inc=0):
    return {"type": "distribution", "flr_list_id": i, "gp_name": n, "citizens": c, "ceiling_increase": inc}
