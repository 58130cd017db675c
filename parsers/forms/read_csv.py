"""Read a form saved as CSV (Excel in Norway writes semicolons and often Windows-1252)."""
from __future__ import annotations

import csv
import io

from parsers.forms.grid import Book, Sheet, capped_rows
from parsers.forms.limits import Limits
from parsers.forms.result import FormError


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    sample = text[:8192]
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(";,\t|", key=first.count)

        class Guessed(csv.excel):
            pass

        Guessed.delimiter = delimiter
        return Guessed


def read_csv(data: bytes, limits: Limits) -> Book:
    if b"\x00" in data[:4096]:
        raise FormError("the file is labelled CSV but is not text")
    text = _decode(data)
    rows = []
    try:
        for row in csv.reader(io.StringIO(text), _dialect(text)):
            rows.append([cell.strip() or None for cell in row[: limits.max_cols]])
            if len(rows) > limits.max_rows:
                break
    except csv.Error as err:
        raise FormError(f"the CSV file cannot be read ({err})") from err
    return Book([Sheet("csv", capped_rows("csv", rows, limits))])
