"""Read OpenDocument spreadsheets (.ods) by streaming content.xml through defusedxml.

A small reader of our own instead of odfpy/pandas: it streams (odfpy builds
the whole DOM), caps repeated rows and columns (one `number-rows-repeated`
attribute can claim a million rows), and forbids DTDs and entities.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from parsers.forms.grid import Book, Sheet, capped_rows
from parsers.forms.guard import open_zip
from parsers.forms.limits import Limits
from parsers.forms.result import FormError

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T_TABLE, T_ROW = f"{{{TABLE}}}table", f"{{{TABLE}}}table-row"
T_CELL, T_COVERED = f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"
P, ANNOTATION = f"{{{TEXT}}}p", f"{{{OFFICE}}}annotation"


def _text(cell: Any) -> str:
    return "\n".join("".join(p.itertext()) for p in cell.findall(P))


def _value(cell: Any) -> Any:
    kind = cell.get(f"{{{OFFICE}}}value-type")
    try:
        if kind in ("float", "percentage", "currency"):
            number = float(cell.get(f"{{{OFFICE}}}value"))
            return int(number) if number.is_integer() else number
        if kind == "date":
            raw = cell.get(f"{{{OFFICE}}}date-value", "")
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        if kind == "boolean":
            return cell.get(f"{{{OFFICE}}}boolean-value") == "true"
    except (TypeError, ValueError):
        pass
    return _text(cell) or None


def _repeat(element: Any, attr: str) -> int:
    try:
        return max(1, int(element.get(f"{{{TABLE}}}{attr}", "1")))
    except ValueError:
        return 1


def read_ods(data: bytes, limits: Limits) -> Book:
    zf = open_zip(data, limits)
    if "content.xml" not in zf.namelist():
        raise FormError("a zip file but not an OpenDocument spreadsheet (no content.xml)")
    book = Book()
    sheet: Sheet | None = None
    row: list[Any] = []
    try:
        with zf.open("content.xml") as stream:
            for event, el in DET.iterparse(stream, events=("start", "end")):
                if event == "start":
                    if el.tag == T_TABLE:
                        sheet = Sheet(el.get(f"{{{TABLE}}}name", f"Ark{len(book.sheets) + 1}"))
                    elif el.tag == T_ROW:
                        row = []
                    continue
                if el.tag in (T_CELL, T_COVERED):
                    for note in el.findall(ANNOTATION):
                        book.extra_texts.append(" ".join("".join(note.itertext()).split()))
                    value = _value(el) if el.tag == T_CELL else None
                    room = max(0, limits.max_cols - len(row))
                    row.extend([value] * min(_repeat(el, "number-columns-repeated"), room))
                    el.clear()
                elif el.tag == T_ROW and sheet is not None:
                    room = max(0, limits.max_rows + 1 - len(sheet.rows))
                    for _ in range(min(_repeat(el, "number-rows-repeated"), room)):
                        sheet.rows.append(list(row))
                    el.clear()
                    if len(sheet.rows) > limits.max_rows and any(v is not None for v in row):
                        capped_rows(sheet.name, sheet.rows + [row], limits)  # raises: data past the cap
                elif el.tag == T_TABLE and sheet is not None:
                    sheet.rows = capped_rows(sheet.name, sheet.rows, limits)
                    book.sheets.append(sheet)
                    sheet = None
                    el.clear()
                    if len(book.sheets) >= limits.max_sheets:
                        break
    except FormError:
        raise
    except (DefusedXmlException, DET.ParseError) as err:
        raise FormError(f"invalid or unsafe XML ({type(err).__name__})") from err
    except Exception as err:
        raise FormError(f"cannot be read ({type(err).__name__}: {err})") from err
    return book
