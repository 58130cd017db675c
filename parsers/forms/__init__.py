"""Spreadsheet attachments read as "Skjema for manuell fordeling av innbyggere".

    is_form_attachment(att) -> bool
    read_distribution_form(att, limits=None) -> FormResult

Formats: .xlsx/.xlsm (openpyxl, read-only; macros never run), .xls (xlrd),
.ods (a streaming reader over defusedxml), .csv. Any failure to open the
file ends in `FormResult.error` (the malformed_message detail) and no
orders; nothing here raises on bad input.
"""
from __future__ import annotations

import logging
import re

from parsers.forms.grid import Book, Sheet
from parsers.forms.header import Header, find_header
from parsers.forms.limits import DEFAULT_LIMITS, Limits
from parsers.forms.meta import title_block
from parsers.forms.read_csv import read_csv
from parsers.forms.read_ods import read_ods
from parsers.forms.read_xls import read_xls
from parsers.forms.read_xlsx import read_xlsx
from parsers.forms.result import NAMED_CITIZEN_NOTE, FormError, FormResult
from parsers.forms.sniff import declared_format, sniff_bytes
from parsers.forms.table import read_table
from parsers.forms.values import cell_text
from parsers.models import Attachment

__all__ = ["FormResult", "FormError", "Limits", "NAMED_CITIZEN_NOTE",
           "is_form_attachment", "read_distribution_form"]

log = logging.getLogger("postmottak.parsers.forms")

READERS = {"xlsx": read_xlsx, "xls": read_xls, "ods": read_ods, "csv": read_csv}
FORMAT_NAMES = {"xlsx": "Excel (xlsx)", "xls": "Excel (xls)", "ods": "OpenDocument spreadsheet (ods)",
                "csv": "CSV", "xlsb": "Excel binary (xlsb)", "encrypted": "Excel"}
_INSTRUCTION_SHEET = ("veiled", "instruks", "eksempel", "rettleiing", "rettleiding", "hjelp",
                      "døme", "info", "les meg", "readme")


def is_form_attachment(att: Attachment) -> bool:
    """A spreadsheet, by name or MIME type, or by its bytes (an .xlsx sent as octet-stream)."""
    return declared_format(att.filename, att.content_type) is not None or sniff_bytes(att.payload) is not None


def _format(att: Attachment) -> str | None:
    sniffed = sniff_bytes(att.payload)
    declared = declared_format(att.filename, att.content_type)
    if sniffed is None and declared == "csv":
        return "csv"
    return sniffed or declared


def read_distribution_form(att: Attachment, limits: Limits | None = None) -> FormResult:
    """Read the form; `error` set (and no orders) when the file cannot be opened."""
    limits = limits or DEFAULT_LIMITS
    name = att.filename or "attachment"
    fmt = _format(att)
    result = FormResult(format=fmt)
    try:
        if len(att.payload) > limits.max_file_bytes:
            raise FormError(f"the file is {len(att.payload) // 1_000_000} MB "
                            f"(limit {limits.max_file_bytes // 1_000_000} MB); not read")
        if fmt == "encrypted":
            raise FormError("the file is password-protected (encrypted); not read")
        if fmt == "xlsb":
            raise FormError("binary Excel files (xlsb) are not read; ask for xlsx")
        if fmt not in READERS:
            raise FormError("not a spreadsheet this reader opens (xlsx, xlsm, xls, ods or csv)")
        book = READERS[fmt](att.payload, limits)
        _fill(result, book, f"attachment:{name}", limits)
    except FormError as err:
        result.error = f"attachment {name!r} cannot be opened as {FORMAT_NAMES.get(fmt or '', 'a spreadsheet')}: {err}"
        log.info("form could not be opened: %s (%s)", fmt, type(err).__name__)
    except Exception as err:  # a reader bug must not lose the message: report it as unreadable
        log.exception("form reader failed on a %s attachment", fmt)
        result.error = f"attachment {name!r} could not be read ({type(err).__name__})"
    if result.error:
        result.orders, result.named_citizens = [], []
    return result


def _is_instructions(sheet: Sheet, header: Header) -> bool:
    """A guide sheet: named so, or with "Eksempel"/"Veiledning" written above its table."""
    if any(w in sheet.name.lower() for w in _INSTRUCTION_SHEET):
        return True
    above = " ".join(cell_text(v) for row in sheet.rows[: header.row] for v in row).lower()
    return bool(re.search(r"\b(eksempel|døme|veiledning|rettleiing|instruks|slik fyller)", above))


def _fill(result: FormResult, book: Book, document: str, limits: Limits) -> None:
    result.cells = [t for s in book.sheets for row in s.rows for v in row if (t := cell_text(v))]
    result.cells += book.extra_texts
    found = [(s, h) for s in book.sheets if (h := find_header(s.rows, limits.header_rows))]
    visible = [(s, h) for s, h in found if not s.hidden]
    forms = [(s, h) for s, h in visible if not _is_instructions(s, h)] or visible
    if not forms:
        result.notes.append("no table with an FLR-ID and a citizens column found in the spreadsheet")
        first = book.sheets[0].rows[: limits.header_rows] if book.sheets else []
        result.municipality_text, result.contact = title_block(first)
        return
    for sheet, header in forms:
        table = read_table(sheet, header, document)
        offset = len(result.orders)
        result.orders += table.orders
        result.notes += table.notes
        result.named_citizens += [offset + i for i in table.named_citizens]
        if result.municipality_text is None and result.contact is None:
            result.municipality_text, result.contact = title_block(sheet.rows[: header.row])
    if len(forms) > 1:
        result.notes.append("the form has tables on several sheets: " + ", ".join(s.name for s, _ in forms))
