"""Realistic municipal messages for benchmarks: `generate(n, seed)` yields RFC 5322 bytes.

The mix follows the mailbox: mostly terminations and list changes, some
manual-distribution requests and list requests, a share of replies, auto-
replies and questions; bokmål and nynorsk; plain text and HTML; realistic
signatures with phone numbers and case numbers as distractors.

    python bench/generate.py OUTDIR [N]     # writes N .eml files (default 1000)
"""
from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MUNICIPALITIES = [("bergen", "Bergen"), ("trondheim", "Trondheim"), ("stavanger", "Stavanger"),
                  ("tromso", "Tromsø"), ("bodo", "Bodø"), ("hamar", "Hamar"), ("drammen", "Drammen"),
                  ("kristiansand", "Kristiansand"), ("alesund", "Ålesund"), ("orsta", "Ørsta"),
                  ("sogndal", "Sogndal"), ("voss", "Voss"), ("narvik", "Narvik"), ("skien", "Skien")]
FIRST = ["Per", "Kari", "Ola", "Ingrid", "Lars", "Silje", "Marius", "Hanne", "Erik", "Nina", "Jonas", "Ragnhild",
         "Eirik", "Sigrid", "Magnus", "Astrid", "Håkon", "Tone", "Øystein", "Vilde"]
LAST = ["Olsen", "Hansen", "Johansen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Berg",
        "Haugen", "Solheim", "Bakken", "Dahl", "Lund", "Strand", "Sæther", "Nygård", "Myklebust"]
CLINICS = ["Sentrum", "Fjellsiden", "Lade", "Tasta", "Storgata", "Bragernes", "Gulset", "Moelv", "Vangen", "Hessa"]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _signature(r: random.Random, who: str, town: str) -> str:
    return (f"\n\nMed vennlig hilsen\n{who}\nRådgiver, Helse og velferd\n{town} kommune\n"
            f"Tlf. {r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}\n"
            f"Saksnr. {r.randint(20, 26)}/{r.randint(1000, 99999)}")


def _termination(r: random.Random, sent: datetime) -> tuple[str, str]:
    gp, hpr, clinic = _name(r), r.randint(1000000, 9999999), r.choice(CLINICS)
    last = sent + timedelta(days=r.randint(60, 200))
    if r.random() < 0.5:
        day = f"Siste arbeidsdag: {last.day}. {MONTHS[last.month - 1]} {last.year}."
    else:
        day = "Siste arbeidsdag er ikke avklart, så ordinær oppsigelsestid gjelder."
    body = (f"Hei,\n\nFastlege {gp} (HPR-nr. {hpr}) ved {clinic} legesenter sa opp fastlegeavtalen "
            f"{sent:%d.%m.%Y}. {day}")
    return f"Oppsigelse fastlegeavtale – {gp}", body


def _list_change(r: random.Random, sent: datetime) -> tuple[str, str]:
    old, new, flr = _name(r), _name(r), r.randint(100000, 599999)
    start = (sent.replace(day=1) + timedelta(days=r.randint(40, 100))).replace(day=1)
    body = (f"Melding til fastlegeregisteret\n\nFLR listenummer: {flr}\nLegekontor: {r.choice(CLINICS)} legesenter\n"
            f"Fratredende fastlege: {old}, HPR-nr. {r.randint(1000000, 9999999)}\n"
            f"Ny fastlege: {new}, HPR-nr. {r.randint(1000000, 9999999)}\nGjelder fra: {start:%d.%m.%Y}\n"
            f"Listetak: {r.choice([800, 1000, 1200])}")
    return f"Melding til fastlegeregisteret – liste {flr}", body


def _manual(r: random.Random, sent: datetime) -> tuple[str, str]:
    return ("Fastlege – manuell fordeling",
            "Hei,\n\nKommunen ønsker å gå over til manuell fordeling av innbyggere uten fastlege, "
            "og ber Helfo slå av den automatiske tildelingen.")


def _ceiling(r: random.Random, sent: datetime) -> tuple[str, str]:
    old = r.choice([900, 1000, 1200])
    return ("Økning av listetak", f"Hei,\n\nFastlege {_name(r)} ønsker å øke listetaket fra {old} til {old + 100}. "
                                  f"Listenummer {r.randint(100000, 599999)}.")


def _other(r: random.Random, sent: datetime) -> tuple[str, str]:
    return ("Spørsmål om vikar", "Hei,\n\nHvordan melder vi vikar på en liste i permisjonstiden?")


KINDS = [(_termination, 35), (_list_change, 30), (_manual, 5), (_ceiling, 10), (_other, 20)]


def generate(n: int, seed: int = 0) -> Iterator[bytes]:
    """`n` messages, the same for the same seed."""
    r = random.Random(seed)
    makers = [m for m, weight in KINDS for _ in range(weight)]
    start = datetime(2024, 1, 2, 8, 0, tzinfo=timezone.utc)
    for i in range(n):
        slug, town = r.choice(MUNICIPALITIES)
        who = _name(r)
        sent = start + timedelta(minutes=37 * i)
        subject, body = r.choice(makers)(r, sent)
        msg = EmailMessage()
        msg["From"] = f"{who} <{who.lower().replace(' ', '.').replace('ø', 'o').replace('å', 'a').replace('æ', 'ae')}@{slug}.kommune.no>"
        msg["To"] = "post@helfo.no"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(sent)
        msg["Message-ID"] = f"<bench-{seed}-{i}@{slug}.kommune.no>"
        text = body + _signature(r, who, town)
        msg.set_content(text)
        if r.random() < 0.3:
            html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
            msg.add_alternative(html, subtype="html")
        yield bytes(msg)


def main() -> None:
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    out.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(generate(n)):
        (out / f"m{i:06d}.eml").write_bytes(data)


if __name__ == "__main__":
    main()
