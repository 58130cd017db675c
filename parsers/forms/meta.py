"""The title block above the table: which municipality sends the form, and who to contact."""
from __future__ import annotations

import re
from typing import Any

from parsers.forms.values import cell_text

_NUMBER_LABEL = re.compile(r"(?i)^kommune\s?-?n(umme)?r\.?\s*[:.]?\s*(\d{4})?\b")
_NAME_LABEL = re.compile(r"(?i)^(kommune(navn)?|kommunens navn|namn på kommunen|navn på kommunen)\b\s*[:.]?\s*(.*)$")
_CONTACT_LABEL = re.compile(r"(?i)^(kontaktperson|kontakt|saksbehandlar|saksbehandler|utfylt av|"
                            r"fylt ut av|sendt av|ansvarleg|ansvarlig)\b\s*[:.]?\s*(.*)$")
_IN_TEXT = re.compile(r"\b((?:[A-ZÆØÅ][\w\-]+ )*?[A-ZÆØÅ][\w\-]+) (kommune|herad)\b")
_NUMBER_IN_TEXT = re.compile(r"(?i)kommune\s?-?n(?:umme)?r\.?\s*:?\s*(\d{4})\b")
_CONTACT_END = re.compile(r"(?i)\s*(,|;|\(|\btlf\b|\btelefon\b|\bmob\b|\be-?post\b|\+?\d{2}).*$")


def _right(row: list[Any], col: int) -> str:
    for value in row[col + 1:]:
        text = cell_text(value)
        if text:
            return text
    return ""


def title_block(rows: list[list[Any]]) -> tuple[str | None, str | None]:
    """(municipality_text, contact) from the rows above the table.

    municipality_text is as written, with the kommunenummer appended in
    parentheses when the form gives both ("Volda (1577)"); the pipeline
    resolves it against the list of municipalities.
    """
    name = number = contact = None
    for row in rows:
        for col, value in enumerate(row):
            text = cell_text(value)
            if not text:
                continue
            if (m := _NUMBER_LABEL.match(text)) and number is None:
                number = m.group(2) or (re.match(r"^\d{4}$", _right(row, col)) or [None])[0]
                continue
            if (m := _NAME_LABEL.match(text)) and name is None:
                name = m.group(3).strip() or _right(row, col) or None
                continue
            if (m := _CONTACT_LABEL.match(text)) and contact is None:
                raw = m.group(2).strip() or _right(row, col)
                contact = _CONTACT_END.sub("", raw).strip() or None
                continue
            if name is None and (m := _IN_TEXT.search(text)):
                name = f"{m.group(1)} {m.group(2)}"
            if number is None and (m := _NUMBER_IN_TEXT.search(text)):
                number = m.group(1)
    if name and number:
        return f"{name} ({number})", contact
    return name or number, contact
