"""Read legacy .xls (BIFF) workbooks with xlrd."""
from __future__ import annotations

from typing import Any

import xlrd

from parsers.forms.grid import Book, Sheet, capped_rows
from parsers.forms.limits import Limits
from parsers.forms.result import FormError


def _value(cell: xlrd.sheet.Cell, datemode: int) -> Any:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return cell.value


def read_xls(data: bytes, limits: Limits) -> Book:
    try:
        wb = xlrd.open_workbook(file_contents=data, on_demand=True, formatting_info=False,
                                logfile=_Null())
    except Exception as err:
        text = str(err)
        if "encrypt" in text.lower():
            raise FormError("the workbook is password-protected; not read") from err
        raise FormError(f"cannot be opened ({type(err).__name__}: {text})") from err
    book = Book()
    try:
        for index in range(min(wb.nsheets, limits.max_sheets)):
            ws = wb.sheet_by_index(index)
            rows = [[_value(c, wb.datemode) for c in ws.row(r)[: limits.max_cols]]
                    for r in range(min(ws.nrows, limits.max_rows + 1))]
            book.sheets.append(Sheet(ws.name, capped_rows(ws.name, rows, limits),
                                     hidden=ws.visibility != 0))
            wb.unload_sheet(index)
    except FormError:
        raise
    except Exception as err:
        raise FormError(f"cannot be read ({type(err).__name__}: {err})") from err
    finally:
        wb.release_resources()
    return book


class _Null:
    """xlrd writes warnings to a log file; they are not ours to print."""

    def write(self, _text: str) -> None:
        pass
