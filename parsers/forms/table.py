"""The rows under the header, as distribution orders with a span on every cell used."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from parsers.forms.citizens import names_citizen
from parsers.forms.grid import Sheet, cell_ref
from parsers.forms.header import Header, is_header_row
from parsers.forms.result import NAMED_CITIZEN_NOTE
from parsers.forms.text_cues import strip_title
from parsers.forms.values import cell_text, is_blank, parse_count, parse_list_id
from parsers.models import Order, Span

_TOTALS = re.compile(r"(?i)^(sum\b|sum:|summ?ert|totalt?\b|total:|i alt\b|til ?saman\b|"
                     r"til ?sammen\b|samla?\b|totalsum)")
_LEADING = re.compile(r"^(\d{1,5})\s*[(\-–,:a-zæøå]", re.I)
_ID_AND_NAME = re.compile(r"^(?:flr[- ]?(?:id)?\s*)?(\d{1,9})\s*[-–:,]?\s*([A-ZÆØÅ][^\d]+)$", re.I)
_PLACEHOLDER = re.compile(r"(?i)^(?:fastlege|lege|navn|namn)\s+[a-z1-9]$|^(?:nn|n\.n\.|xx+)$")
_EXAMPLE = re.compile(r"(?i)^(eksempel|døme|eks\.|eks:|example)")


@dataclass
class TableRead:
    orders: list[Order] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    named_citizens: list[int] = field(default_factory=list)


def _at(row: list[Any], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


def _count(value: Any) -> tuple[int | None, bool]:
    """(count, sure): a formula or an unreadable text gives (None, False); a number
    followed by other words ("5 (+2 barn)") gives the number, not sure."""
    if isinstance(value, str) and value.strip().startswith("="):
        return None, False
    count = parse_count(value)
    if count is None and (m := _LEADING.match(cell_text(value))):
        return int(m.group(1)), False
    return count, count is not None


def read_table(sheet: Sheet, header: Header, document: str) -> TableRead:
    """Orders from the rows under `header`; `document` prefixes every span ("attachment:x.xlsx")."""
    out = TableRead()
    cols = header.columns
    id_col, name_col = cols["id"], cols.get("name")
    cit_col, inc_col = cols["citizens"], cols.get("increase")
    used = {c for c in cols.values()}
    for r in range(header.row + 1, len(sheet.rows)):
        row = sheet.rows[r]
        if all(is_blank(v) for v in row):
            continue
        texts = [cell_text(v) for v in row]
        label = next((t for t in texts if t), "")
        where = f"row {r + 1}"
        if _TOTALS.match(cell_text(_at(row, id_col)) or "") or _TOTALS.match(cell_text(_at(row, name_col))) \
                or _TOTALS.match(label):
            out.notes.append(f"{sheet.name} {where}: totals row skipped")
            continue
        list_id = parse_list_id(_at(row, id_col))
        if list_id is None and is_header_row(row):
            continue  # the header repeated (a second page pasted below the first)
        if _EXAMPLE.match(label) or _PLACEHOLDER.match(cell_text(_at(row, name_col))):
            out.notes.append(f"{sheet.name} {where}: example row skipped")
            continue
        name = strip_title(cell_text(_at(row, name_col))) or None
        if list_id is None and (both := _ID_AND_NAME.match(cell_text(_at(row, id_col)))):
            list_id, name = both.group(1), name or strip_title(both.group(2))  # "460233 Nora Fjeld"
        citizens, citizens_sure = _count(_at(row, cit_col))
        increase, increase_sure = _count(_at(row, inc_col)) if inc_col is not None else (0, True)
        if list_id is None and name is None:
            if not (is_blank(_at(row, cit_col)) and is_blank(_at(row, inc_col))):
                out.notes.append(f"{sheet.name} {where}: numbers without a list or GP skipped "
                                 "(probably a totals row)")
            continue
        if list_id is None and not is_blank(_at(row, id_col)) and is_blank(_at(row, cit_col)):
            continue  # text under the table ("Dato og underskrift: ...")
        if citizens == 0 and increase == 0 and citizens_sure and increase_sure:
            out.notes.append(f"{sheet.name} {where}: list {list_id or '?'} has no citizens and no "
                             "increase; not an order")
            continue
        order = Order("distribution", {"flr_list_id": list_id, "gp_name": name,
                                       "citizens": citizens, "ceiling_increase": increase})
        for fname, col in (("flr_list_id", id_col), ("gp_name", name_col),
                           ("citizens", cit_col), ("ceiling_increase", inc_col)):
            if col is not None and not is_blank(_at(row, col)):
                text = cell_text(row[col])
                order.spans[fname] = Span(f"{document}#sheet={sheet.name}!{cell_ref(r, col)}",
                                          0, len(text), text)
        if list_id is None:
            order.uncertain.add("flr_list_id")
        if not citizens_sure:
            order.uncertain.add("citizens")
        if not increase_sure:
            order.uncertain.add("ceiling_increase")
        free_texts = [texts[c] for c in range(len(texts))
                      if c not in used and texts[c] and not isinstance(row[c], (int, float))]
        for c in header.notes:
            if c < len(texts) and texts[c]:
                order.notes.append(f"{header.labels.get(c, 'Merknad')}: {texts[c]}")
        index = len(out.orders)
        if any(c < len(texts) and texts[c] for c in header.persons) or names_citizen(free_texts, name):
            order.notes.append(NAMED_CITIZEN_NOTE)
            out.named_citizens.append(index)
        out.orders.append(order)
    return out

