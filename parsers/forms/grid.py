"""A spreadsheet as plain rows of values, whatever format it came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parsers.forms.limits import Limits
from parsers.forms.result import FormError
from parsers.forms.values import is_blank


@dataclass
class Sheet:
    """One sheet: `rows[i][j]` is the value of row i+1, column j+1 (None when empty)."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)
    hidden: bool = False


@dataclass
class Book:
    """The sheets in workbook order and texts outside cells (comments)."""

    sheets: list[Sheet] = field(default_factory=list)
    extra_texts: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """0-based row and column → "B7"."""
    return f"{column_letter(col)}{row + 1}"


def capped_rows(sheet_name: str, rows: list[list[Any]], limits: Limits) -> list[list[Any]]:
    """The first `max_rows` rows; FormError when data goes on past them.

    Readers collect one row more than the limit, so a sheet that is merely
    formatted far down (empty styled rows) is not mistaken for a huge one.
    """
    if len(rows) > limits.max_rows:
        if any(not is_blank(v) for row in rows[limits.max_rows:] for v in row):
            raise FormError(f"sheet {sheet_name!r} has data after row {limits.max_rows} "
                            f"(limit {limits.max_rows} rows); not read")
        rows = rows[: limits.max_rows]
    while rows and all(is_blank(v) for v in rows[-1]):
        rows.pop()
    for row in rows:  # readers pad rows to max_cols; the padding is only cost
        while row and row[-1] is None:
            row.pop()
    return rows
