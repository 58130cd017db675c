"""Personal data in a message: fødselsnummer / D-nummer (valid check digits) or a named citizen.

`find_national_ids` and `mask_national_ids` are for every derived text,
field and log line: masking replaces each digit of the number with "*" and
keeps spaces and dots, so the text keeps its length and spans stay valid
("140786 41267" → "****** *****"). The raw message is kept as received.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from stdnum.no import fodselsnummer

from parsers.forms.result import NAMED_CITIZEN_NOTE
from parsers.models import Finding, Result
from rules.base import RuleContext, finding, rule

# 11 digits, as written: 14078641267, 140786 41267, 140786-41267, 14.07.86 41267.
_CANDIDATE = re.compile(
    r"(?<![\d.,/-])(?:(\d{6})[ \u00a0.\-]?(\d{5})|(\d{2})\.(\d{2})\.(\d{2})[ \u00a0.]?(\d{5}))(?![\d]|[.,]\d)")


def find_national_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each fødselsnummer or D-nummer in `text` whose check digits are valid."""
    spans = []
    for m in _CANDIDATE.finditer(text or ""):
        digits = "".join(g for g in m.groups() if g)
        try:
            if fodselsnummer.is_valid(digits):
                spans.append(m.span())
        except Exception:  # stdnum raises on impossible dates in some versions
            continue
    return spans


def mask_national_ids(text: str) -> str:
    """`text` with every digit of every national ID replaced by "*" (length kept)."""
    if not text:
        return text
    spans = find_national_ids(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = "*"
    return "".join(chars)


def _texts(result: Result) -> Iterator[tuple[str, str]]:
    """(where, text) for every place a number could hide."""
    msg = result.message
    yield "subject", msg.subject
    yield "body", msg.full_text or msg.text
    if msg.full_text and msg.text and msg.text not in msg.full_text:
        yield "body", msg.text
    yield "quoted", msg.quoted
    for i, fwd in enumerate(msg.forwarded):
        yield f"forwarded[{i}]", "\n".join((fwd.subject, fwd.full_text or fwd.text, fwd.quoted))
    for att in msg.attachments:
        yield f"attachment {att.filename or att.content_type}", att.text or ""
        yield "attachment names", att.filename or ""
    yield "form cells", "\n".join(result.form_cells)
    for i, order in enumerate(result.orders):
        values = [v for v in order.fields.values() if isinstance(v, str)] + list(order.notes)
        yield f"order {i + 1}", "\n".join(values)


def _count(pieces: Iterable[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for where, text in pieces:
        n = len(find_national_ids(text or ""))
        if n:
            counts[where] = counts.get(where, 0) + n
    return counts


@rule("personal_data", "error", "a fødselsnummer or D-nummer, or a named citizen, in the message")
def check(result: Result, ctx: RuleContext) -> list[Finding]:
    out = []
    counts = _count(_texts(result))
    if counts:
        places = ", ".join(f"{where} ({n})" for where, n in counts.items())
        out.append(finding("personal_data",
                           f"fødselsnummer/D-nummer with valid check digits in: {places}; "
                           "masked in derived data, raw message kept"))
    for i, order in enumerate(result.orders):
        if NAMED_CITIZEN_NOTE in order.notes:
            out.append(finding("personal_data",
                               f"order row {i + 1} names a citizen (a note or citizen column); "
                               "check before registering", i))
    return out
