"""Norwegian dates as written in mail: "7. oktober 2022", "07.10.22", "30/4-23", "ut april", "i dag".

`find_dates` finds every mention with what it says; `resolve` turns one into a
calendar date against a reference day (the Date header), choosing the year
when it is left out by whether the date lies behind or ahead (a notice was
given in the past, a last working day lies ahead).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "desember": 12, "des": 12,
}
WEEKDAYS = {
    "mandag": 0, "måndag": 0, "tirsdag": 1, "tysdag": 1, "onsdag": 2, "torsdag": 3,
    "fredag": 4, "lørdag": 5, "laurdag": 5, "søndag": 6, "sundag": 6,
}
RELATIVE = {"i dag": 0, "i kveld": 0, "i kveil": 0, "i går": -1, "i gar": -1, "i forgårs": -2, "i morgen": 1, "i morgon": 1}

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(WEEKDAYS)
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(
        rf"(?:\b(?P<wd>{_WD})\s+(?:den\s+)?)?\b(?P<d>[0-3]?\d)\.?\s*(?P<mon>{_MON})\b\.?(?:\s+{_YEAR}\b)?",
        re.I)),
    ("date", re.compile(r"(?<![\d.,/])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")),
    ("date", re.compile(
        r"(?:\b(?P<wd>" + _WD + r")\s+(?:den\s+)?)?(?<![\d.,/])(?P<d>[0-3]?\d)\s?[./]\s?(?P<m>[01]?\d)"
        r"(?:\s?[./-]\s?(?P<y>(?:19|20)?\d{2}))(?![\d.,]\d)", re.I)),
    ("date", re.compile(  # "mandag 13.1." : day and month, the year left out
        r"(?:\b(?P<wd>" + _WD + r")\s+(?:den\s+)?)?(?<![\d.,/])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\d])", re.I)),
    ("month_end", re.compile(rf"\b(?:ut|utgangen av|utgongen av|slutten av|enden av|ultimo)\s+(?P<mon>{_MON})\b(?:\s+{_YEAR}\b)?", re.I)),
    ("date", re.compile(  # "fra 1.9:", "er 31.5, ikke 30.4": day and month, no year, no dot after
        r"(?<![\d.,/:])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?=[,;:)]|\s+(?!mill|%|prosent|kr)|$)", re.I)),
    ("date", re.compile(  # "30/4", "fra 1/12": day and month with a slash, no year
        r"(?<![\d./,-])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/-])")),
    ("year_end", re.compile(r"\b(?:ved\s+)?(?:utgangen|utgongen|slutten|enden)\s+av\s+(?:dette\s+)?året\b|\bi\s+løpet\s+av\s+året\b|"
                            r"\b(?:ved\s+)?årsskiftet(?:\s+(?P<y>20\d\d)/20\d\d)?|"
                            r"\but\s+(?:dette\s+)?året\b", re.I)),
    ("month_mid", re.compile(rf"\bmedio\s+(?P<mon>{_MON})\b(?:\s+{_YEAR}\b)?", re.I)),
    ("month_start", re.compile(rf"\b(?:fra|frå|fom\.?|f\.o\.m\.?|fra og med|frå og med|i starten av|begynnelsen av|primo)\s+(?P<mon>{_MON})\b(?:\s+{_YEAR}\b)?", re.I)),
    ("weekday", re.compile(rf"\b(?:sist|forrige|førre|sist\s+veke|sist\s+uke)\s+(?P<wd>{_WD})\b", re.I)),
    ("relative", re.compile(r"(?<!\bsom )(?<!\benn )\bi\s(?P<rel>dag|kveld|går|gar|forgårs|morgen|morgon)\b", re.I)),
    ("month_shift", re.compile(r"\b(?:neste\s+|førstkommande\s+|førstkommende\s+)?(?P<shift>månedsskifte|månadsskifte|nyttår)(?:t|et)?\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    """A date as written: its place in the text and its parts (year may be missing)."""

    start: int
    end: int
    text: str
    kind: str  # date | month_end | month_mid | month_start | month_shift | year_end | relative | weekday
    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int = 0  # days from the reference, for "i dag"/"i går"


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


def _mention(kind: str, m: re.Match[str]) -> DateMention | None:
    g = m.groupdict()
    if kind == "relative":
        return DateMention(m.start(), m.end(), m.group(0), kind, offset=RELATIVE["i " + g["rel"].lower()])
    if kind == "weekday":  # "sist fredag": the latest such day before the reference
        return DateMention(m.start(), m.end(), m.group(0), kind, offset=WEEKDAYS[g["wd"].lower()])
    if kind == "year_end":  # "ved årsskiftet 2026/2027": the last day of the first year
        return DateMention(m.start(), m.end(), m.group(0), kind, day=31, month=12, year=_year(g.get("y")))
    if kind == "month_shift":  # the next month shift, or New Year
        return DateMention(m.start(), m.end(), m.group(0), kind, month=1 if g["shift"].lower() == "nyttår" else None)
    month = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
    year = _year(g.get("y"))
    if kind in ("month_end", "month_mid", "month_start"):
        return DateMention(m.start(), m.end(), m.group(0), kind, None, month, year)
    day = int(g["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    start = m.start("d") if g.get("lead") else m.start()  # the preposition is a cue, not part of the date
    if year is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    return DateMention(start, m.end(), m.string[start:m.end()], kind, day, month, year)


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in `text`, left to right, overlaps resolved to the longest."""
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            mention = _mention(kind, m)
            if mention:
                found.append(mention)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def _make(year: int, month: int, day: int | None, kind: str) -> date | None:
    if kind == "month_end":
        day = calendar.monthrange(year, month)[1]
    elif kind == "month_start":
        day = 1
    elif kind == "month_mid":
        day = 15
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def resolve(mention: DateMention, reference: date, direction: str = "near") -> date | None:
    """The calendar date of `mention`; a missing year is chosen by `direction`.

    "past": the latest such date not after the reference (a week of slack for
    a letter dated ahead); "future": the earliest not more than a month before
    it; "near": whichever lies closer.
    """
    if mention.kind == "relative":
        return reference + timedelta(days=mention.offset)
    if mention.kind == "weekday":
        back = (reference.weekday() - mention.offset) % 7 or 7
        return reference - timedelta(days=back)
    if mention.kind == "year_end":
        return date(mention.year or reference.year, 12, 31)
    if mention.kind == "month_shift":
        if mention.month == 1:
            return date(reference.year + 1, 1, 1)
        return date(reference.year + reference.month // 12, reference.month % 12 + 1, 1)
    if mention.month is None:
        return None
    if mention.year is not None:
        return _make(mention.year, mention.month, mention.day, mention.kind)
    candidates = [c for y in (reference.year - 1, reference.year, reference.year + 1)
                  if (c := _make(y, mention.month, mention.day, mention.kind))]
    if direction == "past":
        ok = [c for c in candidates if c <= reference + timedelta(days=7)]
        return max(ok) if ok else None
    if direction == "future":
        ok = [c for c in candidates if c >= reference - timedelta(days=31)]
        return min(ok) if ok else None
    return min(candidates, key=lambda c: abs((c - reference).days)) if candidates else None
