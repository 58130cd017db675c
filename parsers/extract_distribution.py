"""Distribution orders written in the body instead of the Excel form.

    "FLR 10: 5 innbyggere"
    "- FLR-ID 464011, Siri Hovland: 4 innbyggarar (ingen auke i listetak)"
    "Liste 460233 (Nora Fjeld) skal ha 12 innbyggere og økt listetak med 5"

and plain-text tables with a header ("FLR-ID  Fastlege  Antall  Økning"),
read by the same header and row logic as the spreadsheet form.
"""
from __future__ import annotations

import re

from parsers.forms.citizens import names_citizen
from parsers.forms.grid import Sheet
from parsers.forms.header import find_header
from parsers.forms.result import NAMED_CITIZEN_NOTE
from parsers.forms.table import read_table
from parsers.forms.text_cues import (LEADING_ID, TITLE, clean_name, ids_in, names_in, split_columns,
                                     strip_title)
from parsers.models import Order, Span

DOCUMENT = "body"
_COUNT = re.compile(r"(?i)\b(\d{1,4})\s*(?:nye\s+)?(?:innbygg(?:ere|er|arar|ar|jarar|jar)|innb\.?|"
                    r"person(?:er|ar)?|stk\.?|pasient(?:er|ar)?)(?!\w)")
_COUNT_AFTER = re.compile(r"(?i)\b(?:antall|tal|fordel\w*|få|ha|tildel\w*)\s*(?:innbyggere|innbyggarar)?"
                          r"\s*[:=]?\s*(\d{1,4})\b(?![.,]\d)")
_NO_INCREASE = re.compile(r"(?i)\b(ingen|ikkje|ikke|utan|uten)\s+(?:behov for\s+)?"
                          r"(auke|økning|økt|auka|endring)")
_INCREASE = (
    re.compile(r"(?i)(?:listetak\w*|tak(?:et)?)\s+(?:\w+\s+){0,4}?(?:auk\w*|øk\w*|hev\w*|utvid\w*)"
               r"\s+(?:med\s+)?\+?(\d{1,4})\b"),
    re.compile(r"(?i)(?:auk\w*|øk\w*|økning|hev\w*|utvid\w*)\s+(?:av\s+|i\s+|på\s+)?(?:listetak\w*|tak\w*)"
               r"\s*(?:med|på|:)?\s*\+?(\d{1,4})\b"),
    re.compile(r"(?i)(?:auke|økning)\s*(?:på|:)?\s*\+?(\d{1,4})\b"),
    re.compile(r"(?i)\+\s?(\d{1,4})\s*(?:i|på)?\s*(?:listetak\w*|tak)"),
)


def _span(text: str, start: int, end: int) -> Span:
    return Span(DOCUMENT, start, end, text[start:end])


def _table_orders(text: str) -> list[Order]:
    lines = ["" if re.fullmatch(r"[\s\-=+|_:]*", line) else line for line in text.splitlines()]  # |----|----| rules
    rows = [split_columns(line) for line in lines]
    header = find_header(rows, len(rows))
    if header is None:
        return []
    orders = read_table(Sheet("body", rows), header, DOCUMENT).orders
    for order in orders:  # spans of a text table point at the line, not a cell
        for name, span in order.spans.items():
            pos = text.find(span.text)
            order.spans[name] = _span(text, pos, pos + len(span.text)) if pos >= 0 else span
    return orders


def _gp_name(line: str, pos: int, length: int) -> str | None:
    """The GP: a name right next to the list ID ("FLR 10, Siri Hovland:", "Nora Fjeld (FLR 10)")
    or after "til"/"hos"/a title. Other names on the line may be citizens, not GPs."""
    for m in names_in(line):
        after = m.start() - (pos + length)
        before = pos - m.end()
        cue = re.search(rf"(?i)\b(?:til|hos|{TITLE})\s+$", line[:m.start()])
        if 0 <= after <= 6 or 0 <= before <= 12 or cue:
            return strip_title(clean_name(m))
    return None


def _line_order(line: str, offset: int, text: str) -> Order | None:
    ids = ids_in(line)
    if not ids and (m := LEADING_ID.match(line)):
        ids = [(m.group(1), m.start(1))]
    if len(ids) != 1:
        return None
    list_id, pos = ids[0]
    count = (_COUNT.search(line, pos + len(list_id)) or _COUNT.search(line) or _COUNT_AFTER.search(line)
             or _BARE_COUNT.match(line))
    if count is None:
        return None
    increase, inc_match = 0, None
    if not _NO_INCREASE.search(line):
        for pattern in _INCREASE:
            if (inc_match := pattern.search(line)):
                increase = int(inc_match.group(1))
                break
    name = _gp_name(line, pos, len(list_id))
    order = Order("distribution", {"flr_list_id": list_id, "gp_name": name,
                                   "citizens": int(count.group(1)), "ceiling_increase": increase})
    if names_citizen([line], name):
        order.notes.append(NAMED_CITIZEN_NOTE)
    order.spans["flr_list_id"] = _span(text, offset + pos, offset + pos + len(list_id))
    order.spans["citizens"] = _span(text, offset + count.start(1), offset + count.end(1))
    if inc_match:
        order.spans["ceiling_increase"] = _span(text, offset + inc_match.start(1), offset + inc_match.end(1))
    if name and (npos := line.find(name)) >= 0:
        order.spans["gp_name"] = _span(text, offset + npos, offset + npos + len(name))
    return order


_SENTENCE_END = re.compile(r"(?<!\d)(?<!\bdr)(?<!\bnr)(?<!\bca)(?<!\bpr)[.!?]\s+(?=[A-ZÆØÅ])")
_DELIM = re.compile(r"[,;]\s+|\s+og\s+|\s+samt\s+")
_BARE_COUNT = re.compile(r"^\W*(\d{1,4})\s+(?:til|på|for|åt)\b", re.I)


def _segments(line: str) -> list[tuple[int, str]]:
    """The line, or one clause per list when it names several
    ("5 innbyggere til liste 10 (Ingrid Bjørke) og 3 til liste 12")."""
    ids = ids_in(line)
    if len(ids) < 2:
        return [(0, line)]
    cuts = [0]
    for (prev, before), (_, pos) in zip(ids, ids[1:]):
        delims = [m.end() for m in _DELIM.finditer(line, before, pos)]
        if not delims or re.fullmatch(r"\s*(?:,|og|samt|&)\s*", line[before + len(prev):pos]):
            return [(0, line)]  # "listene 10 og 11": one clause names both
        # a sentence end between the lists cuts there ("... 4 av innbyggerne. Til Petter Ask, liste 12, ...")
        sentence_ends = [m.end() for m in _SENTENCE_END.finditer(line[before:pos])]
        cuts.append(before + sentence_ends[-1] if sentence_ends else delims[-1])
    cuts.append(len(line))
    return [(a, line[a:b]) for a, b in zip(cuts, cuts[1:])]


def extract_distribution_body(text: str) -> list[Order]:
    """Distribution orders in free text, one per line (or clause) that names a list and a count."""
    orders = _table_orders(text)
    if orders:
        return orders
    offset = 0
    for line in text.splitlines(keepends=True):
        for start, segment in _segments(line.rstrip("\r\n")):
            order = _line_order(segment, offset + start, text)
            if order is not None:
                orders.append(order)
        offset += len(line)
    return orders
