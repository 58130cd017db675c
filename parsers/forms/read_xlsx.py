"""Read .xlsx/.xlsm with openpyxl in read-only mode (macros are never run or kept)."""
from __future__ import annotations

import io
import re
import warnings
import zipfile

import defusedxml.ElementTree as DET
import openpyxl

from parsers.forms import openpyxl_fix
from parsers.forms.grid import Book, Sheet, capped_rows
from parsers.forms.guard import open_zip
from parsers.forms.limits import Limits
from parsers.forms.result import FormError

openpyxl_fix.apply()

_COMMENTS = re.compile(r"xl/(comments\d*|threadedComments/[^/]+)\.xml$")


def _comment_texts(zf: zipfile.ZipFile) -> list[str]:
    """Cell comments (notes), which read-only openpyxl skips: they may hold personal data."""
    texts = []
    for name in zf.namelist():
        if _COMMENTS.match(name):
            root = DET.fromstring(zf.read(name))
            texts += [" ".join(t.split()) for t in root.itertext() if t.strip()]
    return texts


def _cause(err: BaseException) -> str:
    """The root cause: openpyxl wraps an EntitiesForbidden (an XML bomb) in a ValueError."""
    while (inner := err.__cause__ or err.__context__) is not None:
        err = inner
    return f"{type(err).__name__}: {err}"


def _is_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith("=")


def _use_cached_values(data: bytes, book: Book, limits: Limits) -> None:
    """Formulas become the values Excel saved with them ("=4+2" → 6); a formula saved without
    a value stays a formula, which the table reader marks uncertain."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cached = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                                        keep_vba=False, keep_links=False)
    try:
        for sheet, ws in zip(book.sheets, cached.worksheets):
            values = ws.iter_rows(min_row=1, max_row=len(sheet.rows), max_col=limits.max_cols, values_only=True)
            for row, saved in zip(sheet.rows, values):
                for c, value in enumerate(saved):
                    if c < len(row) and _is_formula(row[c]) and value is not None:
                        row[c] = value
    finally:
        cached.close()


def read_xlsx(data: bytes, limits: Limits) -> Book:
    zf = open_zip(data, limits)
    if "xl/workbook.xml" not in zf.namelist():
        raise FormError("a zip file but not an Excel workbook (no xl/workbook.xml)")
    try:
        with warnings.catch_warnings():  # "no default style" and the like: noise on stderr
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False,
                                        keep_vba=False, keep_links=False)
    except Exception as err:  # openpyxl raises many types for broken parts
        raise FormError(f"cannot be opened ({_cause(err)})") from err
    book = Book()
    try:
        for ws in wb.worksheets[: limits.max_sheets]:
            rows = [list(r) for r in ws.iter_rows(min_row=1, max_row=limits.max_rows + 1,
                                                   max_col=limits.max_cols, values_only=True)]
            book.sheets.append(Sheet(ws.title, capped_rows(ws.title, rows, limits),
                                     hidden=ws.sheet_state != "visible"))
        book.extra_texts = _comment_texts(zf)
        if any(_is_formula(v) for sheet in book.sheets for row in sheet.rows for v in row):
            _use_cached_values(data, book, limits)
    except FormError:
        raise
    except Exception as err:
        raise FormError(f"cannot be read ({_cause(err)})") from err
    finally:
        wb.close()
    return book
