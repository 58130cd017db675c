"""Stop openpyxl from parsing a whole worksheet when it has no <dimension> element.

openpyxl's read-only loader looks for <dimension> with end events only, so
the "stop at <sheetData>" branch fires after the last row: a sheet without a
dimension (hand-made or hostile, e.g. 200,000 rows) is parsed completely at
load time, before any row cap applies. Looking at start events gives the
same answer and stops at <sheetData>. Applied once, on import of read_xlsx.
"""
from __future__ import annotations

from openpyxl.worksheet import _reader
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.functions import iterparse


def _parse_dimensions(self):  # type: ignore[no-untyped-def]
    for _event, element in iterparse(self.source, events=("start",)):
        if element.tag == _reader.DIMENSION_TAG:
            return SheetDimension.from_tree(element).boundaries
        if element.tag == _reader.DATA_TAG:
            return None
    return None


def apply() -> None:
    _reader.WorkSheetParser.parse_dimensions = _parse_dimensions
