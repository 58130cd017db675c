"""The newest part of a reply told apart from quoted history and inline forwards.

Outlook writes a header block ("Fra: / Sendt: / Til: / Emne:"), older clients
"-----Original Message-----", Gmail and Apple Mail "Den ... skrev ...:" above
"> " lines. In a forward ("VS:", "Fwd:") the block below is the content that
was forwarded; in a reply it is history that must not create orders again.
"""
from __future__ import annotations

import re
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

from parsers.dates import find_dates
from parsers.models import ParsedMessage

OSLO = ZoneInfo("Europe/Oslo")
FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|sv|aw|vs|fw|fwd|wg|tr)\s*:\s*)*(?:vs|fw|fwd|wg|tr|videresend\w*)\s*:", re.I)
FORWARD_WORDS = re.compile(r"\b(videresend\w*|oversend\w*|forwarded message|til orientering|til informasjon|"
                           r"se\b[^.\n]{0,60}\b(?:under|nedanfor|nedenfor|nedafor)|(?:under|nedenfor)\s+følger)\b", re.I)
_WROTE = re.compile(r"^(?P<date>.*?)\s*(?:kl\.?\s*(?P<clock>\d{1,2}[:.]\d{2}))?,?\s*(?:skrev|skreiv|wrote)\s+(?P<who>.+?):?\s*$", re.I)
_EN_DATE = re.compile(r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)"
                      r"\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?:\s+(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ampm>[ap]m)?)?", re.I)
_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
_HEADER = re.compile(r"^\s*(?:>\s*)*\**(?P<key>fra|from|sendt|sent|dato|date|til|to|kopi|cc|emne|subject)\s*:\**\s*(?P<value>.*)$", re.I)
_SEPARATORS = [
    re.compile(r"^\s*-{2,}\s*(original message|opprinnelig melding|videresendt melding|forwarded message|original melding)\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*(begin forwarded message|start på videresendt melding|begynn videresendt melding|"
               r"videresendt melding|vidaresendt melding)\s*:?\s*$", re.I),
    re.compile(r"^.{0,120}\b(skrev|wrote|skreiv)\b.{0,120}:\s*$", re.I),
]
_KEYS = {"fra": "from", "from": "from", "sendt": "date", "sent": "date", "dato": "date", "date": "date",
         "til": "to", "to": "to", "kopi": "cc", "cc": "cc", "emne": "subject", "subject": "subject"}


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook header block: "Fra:" followed closely by "Sendt:"/"Emne:"."""
    m = _HEADER.match(lines[i])
    if not m or _KEYS[m.group("key").lower()] != "from":
        return False
    keys = {_KEYS[h.group("key").lower()] for line in lines[i + 1:i + 6] if (h := _HEADER.match(line))}
    return bool(keys & {"date", "subject"})


def _separator_at(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if _is_header_block(lines, i) or any(p.match(line) for p in _SEPARATORS):
            return i
        if line.startswith(">") and i + 1 < len(lines) and lines[i + 1].startswith(">"):
            return i
    return None


def _english_date(value: str) -> datetime | None:
    m = _EN_DATE.search(value)
    if not m:
        return None
    hour = int(m.group("h") or 12) % 12 + (12 if (m.group("ampm") or "").lower() == "pm" else 0) \
        if m.group("ampm") else int(m.group("h") or 12)
    try:
        return datetime(int(m.group("y")), _EN_MONTHS.index(m.group("mon").lower()) + 1, int(m.group("d")),
                        hour % 24, int(m.group("mi") or 0), tzinfo=OSLO).astimezone(timezone.utc)
    except ValueError:
        return None


def _header_date(value: str) -> datetime | None:
    found = [d for d in find_dates(value) if d.year and d.day]
    if not found:
        return _english_date(value)
    d = found[0]
    clock = re.search(r"(\d{1,2})[:.](\d{2})", value[d.end:])
    at = time(int(clock.group(1)) % 24, int(clock.group(2)) % 60) if clock else time(12, 0)
    try:
        return datetime(d.year, d.month, d.day, at.hour, at.minute, tzinfo=OSLO).astimezone(timezone.utc)
    except ValueError:
        return None


def _set_header(fwd: ParsedMessage, key: str, value: str) -> None:
    fwd.headers[key] = value
    if key == "from":
        addr = re.search(r"[\w.+-]+@[\w.-]+", value)
        fwd.sender = addr.group(0).lower() if addr else None
        fwd.sender_name = value.split("<")[0].strip().strip('"') or None
    elif key == "date":
        fwd.received = _header_date(value)
    elif key == "subject":
        fwd.subject = value


def _forwarded(block: list[str], source: str) -> ParsedMessage:
    """A forwarded message from the lines below the separator: its header block, then its text."""
    fwd = ParsedMessage(source=f"{source}#inline-forward", raw=b"")
    wrote = _WROTE.match(block[0]) if block else None
    if wrote:  # Gmail, Apple Mail: "Den tir. 5. sep. 2023 kl. 10:12 skrev Nils Brenna <n@b.no>:"
        _set_header(fwd, "from", wrote.group("who"))
        _set_header(fwd, "date", f"{wrote.group('date')} {wrote.group('clock') or ''}")
        block = block[1:]
    i = 0
    while i < len(block) and (not block[i].strip(" >") or _SEPARATORS[0].match(block[i]) or _SEPARATORS[1].match(block[i])):
        i += 1
    while i < len(block):
        m = _HEADER.match(block[i])
        if not m:
            break
        _set_header(fwd, _KEYS[m.group("key").lower()], m.group("value").strip())
        i += 1
    body = "\n".join(line[1:].lstrip() if line.startswith(">") else line for line in block[i:])
    fwd.full_text = body.strip()
    fwd.text, fwd.quoted, more = split_reply(fwd.full_text, fwd.subject)
    fwd.forwarded.extend(more)
    return fwd


def split_reply(text: str, subject: str, source: str = "") -> tuple[str, str, list[ParsedMessage]]:
    """(newest text, quoted history, inline forwards) of a body."""
    lines = text.splitlines()
    at = _separator_at(lines)
    if at is None:
        return text.strip(), "", []
    newest = "\n".join(lines[:at]).strip()
    rest = lines[at:]
    is_forward = bool(FORWARD_SUBJECT.match(subject or "")) or bool(FORWARD_WORDS.search(newest))
    if is_forward:
        return newest, "", [_forwarded(rest, source)]
    return newest, "\n".join(rest).strip(), []
