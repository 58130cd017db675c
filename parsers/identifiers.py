"""HPR numbers and FLR list IDs as municipalities write them: one definition for every reader.

"hprnr 1234567", "HPR-nr.: 123 45 67", "(HPR 1234567)", "HPR-nummeret mitt er 1234567";
"liste 460117", "FLR-ID: 464011", "Listenummer (FLR-ID): 310108", "Lista hans har nummer 462215".
Group 1 of each pattern is the number as written.
"""
from __future__ import annotations

import re

HPR = re.compile(
    r"\b(?:hpr|helsepersonell)(?:[\s.-]*(?:nr|nummer(?:et)?|no|number|-?nr))?\.?(?:\s*\([^)\n]{1,20}\))?"
    r"(?:\s+(?:mitt|mi|hans|hennar|hennes))?(?:\s+(?:er|var))?(?:(?:\s+[a-zæøå]+){1,3}(?=\s*:))?"
    r"(?:\s*[:.)]|\s)\s*(\d(?:[ \u00a0]?\d){5,8})(?!\d)", re.I)

_LIST_WORD = (r"\b(?:flr(?:[\s-]*(?:id|liste|listenummer|listenr|nr|nummer))?|(?:fastlege)?liste(?:nummer(?:et)?|nr|-id|id)?"
              r"|lista|listen|listene|lister|listenr|listens|listas)")
FLR = re.compile(
    _LIST_WORD + r"\.?(?:\s+nummer(?=\s*:))?(?:\s*\((?:flr)?[\s-]*(?:id|nr|nummer)?\))?(?:\s+(?:hans|hennes|hennar)(?=\s*\(|,\s*(?:nr|nummer)))?(?:,\s*(?=nr|nummer))?"
    r"(?:\s+(?:hans|hennes|hennar))?(?:\s+(?:er|var|blir|har(?:\s+(?:flr-?)?(?:nummer|nr\.?|id))?|(?:hans|hennes|hennar)\s+har\s+(?:flr-?)?(?:nummer|nr\.?|id)))?"
    r"(?:\s*[:.#]\s*|\s*\(\s*|\s*,\s*(?=\d)|\s+|(?=nr))(?:nr\.?\s*)?(\d{3}[ \u00a0]\d{3}(?!\d)|\d{2,9})(?!\d)(?![.,]\d|\s?(?:stk|innbygg|pasient|plass|personar|personer|år\b))",
    re.I)


def digits(number: str) -> str:
    return re.sub(r"\D", "", number)


# "Petter Rokstad (2807753)": seven digits in brackets right after a name are the HPR number
BARE_HPR = re.compile(r"(?<=[A-Za-zÆØÅæøå] )\((\d{7})\)")


def hpr_numbers(text: str) -> list[re.Match[str]]:
    found = list(HPR.finditer(text))
    taken = {m.start(1) for m in found}
    found += [m for m in BARE_HPR.finditer(text) if m.start(1) not in taken]
    return sorted(found, key=lambda m: m.start())


def list_ids(text: str) -> list[re.Match[str]]:
    """Labelled list IDs; the label starts a word ("sjekkliste 12" is no list)."""
    return list(FLR.finditer(text))
