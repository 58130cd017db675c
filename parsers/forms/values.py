"""Cell values to text, list IDs and counts ("5 stk", 5.0, "" → 0)."""
from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

_WORDS = {
    "null": 0, "ingen": 0, "ein": 1, "en": 1, "ei": 1, "eitt": 1, "ett": 1, "to": 2, "tre": 3,
    "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
    "sytten": 17, "atten": 18, "nitten": 19, "tjue": 20, "tjuge": 20,
}
_INT = re.compile(r"^[+]?(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:[.,]0+)?$")
_LEADING_INT = re.compile(r"^[+]?(\d+)(?:[.,]0+)?\s*(?:stk\.?|st\.?|personer|personar|innbyggere|"
                          r"innbyggarar|pers\.?|plasser|plassar)?\.?$", re.I)


def cell_text(value: Any) -> str:
    """The text a reader sees in the cell (numbers without a trailing .0, dates as dd.mm.yyyy)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANN" if value else "USANN"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y") if value.time() == time(0) else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def is_blank(value: Any) -> bool:
    return cell_text(value) in ("", "-", "–")


def parse_count(value: Any) -> int | None:
    """A non-negative whole number from a cell, or None when it is not one.

    Blank is 0 (the form's instructions: leave the increase empty for none).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = cell_text(value).lower()
    if text in ("", "-", "–", "0"):
        return 0
    m = _INT.match(text) or _LEADING_INT.match(text)
    if m:
        return int(re.sub(r"\D", "", m.group(1)))
    return _WORDS.get(text.rstrip("."))


def parse_list_id(value: Any) -> str | None:
    """An FLR list ID as a string of digits ("FLR 460 233" → "460233"), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value >= 0 else None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and value >= 0 else None
    text = cell_text(value)
    text = re.sub(r"(?i)^(flr[- ]?(id|nr\.?|nummer)?|liste(nummer|nr\.?)?|nr\.?)[:.]?\s*", "", text)
    text = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)
    return text if re.fullmatch(r"\d{1,12}", text) else None
