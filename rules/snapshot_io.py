"""Load registry snapshots (lists, unassigned citizens) from CSV or XLSX, with errors that
name the file, row and column."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from rules.snapshot import ListEntry, Registry, UnassignedEntry

LIST_COLUMNS = ("flr_list_id", "kommunenummer", "gp_name", "hpr_number", "status", "ceiling", "size")
UNASSIGNED_COLUMNS = ("kommunenummer", "unassigned", "distribution")
STATUSES = ("open", "closed", "locked")
DISTRIBUTIONS = ("automatic", "manual")


class SnapshotError(ValueError):
    """A snapshot file that cannot be used; says where (file, row, column) and why."""

    def __init__(self, path: Path | str, message: str, row: int | None = None,
                 column: str | None = None) -> None:
        self.path, self.row, self.column = str(path), row, column
        where = self.path + (f", row {row}" if row is not None else "") + \
            (f", column {column}" if column else "")
        super().__init__(f"{where}: {message}")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(row number as a spreadsheet shows it, cells by lower-case header) for each data row,
    after checking that the header names every column."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SnapshotError(path, f"cannot be read ({err.strerror or err})") from err
    if data.startswith(b"PK\x03\x04"):
        table = _xlsx_table(path, data)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise SnapshotError(path, f"is not UTF-8 (byte {err.start})") from err
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        try:
            table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        except csv.Error as err:
            raise SnapshotError(path, f"is not valid CSV ({err})") from err
    if not table or not any(_text(c) for c in table[0]):
        raise SnapshotError(path, "is empty (no header row)", row=1)
    header = [_text(h).lower() for h in table[0]]
    missing = [c for c in columns if c not in header]
    if missing:
        raise SnapshotError(path, f"missing column(s) {', '.join(missing)}; expected {','.join(columns)}",
                            row=1)
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(_text(c) for c in cells):
            continue
        if len(cells) > len(header) and any(_text(c) for c in cells[len(header):]):
            raise SnapshotError(path, f"has {len(cells)} cells, the header has {len(header)}", row=number)
        rows.append((number, {h: _text(cells[i]) if i < len(cells) else "" for i, h in enumerate(header)}))
    return rows


def _xlsx_table(path: Path, data: bytes) -> list[list[str]]:
    import openpyxl  # only XLSX snapshots need it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = [[_text(v) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
    except Exception as err:  # openpyxl raises many types for broken files
        raise SnapshotError(path, f"is not a readable XLSX workbook ({type(err).__name__}: {err})") from err
    return rows


def _int(path: Path, row: int, column: str, value: str) -> int:
    if not re.fullmatch(r"\d+", value):
        raise SnapshotError(path, f"{value!r} is not a whole number >= 0", row, column)
    return int(value)


def _kommune(path: Path, row: int, value: str) -> str:
    # Spreadsheets drop the leading zero of 0301 (Oslo); a 3-digit number is padded back.
    if not re.fullmatch(r"\d{3,4}", value):
        raise SnapshotError(path, f"{value!r} is not a 4-digit kommunenummer", row, "kommunenummer")
    return value.zfill(4)


def _choice(path: Path, row: int, column: str, value: str, allowed: tuple[str, ...]) -> str:
    if value.lower() not in allowed:
        raise SnapshotError(path, f"{value!r} is not one of {', '.join(allowed)}", row, column)
    return value.lower()


def load_lists(path: Path | str) -> dict[str, ListEntry]:
    """The `lists` snapshot: flr_list_id → ListEntry. Duplicated IDs are an error."""
    path = Path(path)
    out: dict[str, ListEntry] = {}
    for row, cells in _table(path, LIST_COLUMNS):
        list_id = cells["flr_list_id"]
        if not re.fullmatch(r"\d+", list_id):
            raise SnapshotError(path, f"{list_id!r} is not an FLR list ID (digits)", row, "flr_list_id")
        if list_id in out:
            raise SnapshotError(path, f"list {list_id} appears twice", row, "flr_list_id")
        hpr = re.sub(r"\s", "", cells["hpr_number"])
        if hpr and not hpr.isdigit():
            raise SnapshotError(path, f"{cells['hpr_number']!r} is not an HPR number", row, "hpr_number")
        out[list_id] = ListEntry(
            flr_list_id=list_id,
            municipality=_kommune(path, row, cells["kommunenummer"]),
            gp_name=" ".join(cells["gp_name"].split()) or None,
            hpr_number=hpr or None,
            status=_choice(path, row, "status", cells["status"], STATUSES),
            ceiling=_int(path, row, "ceiling", cells["ceiling"]),
            size=_int(path, row, "size", cells["size"]),
        )
    return out


def load_unassigned(path: Path | str) -> dict[str, UnassignedEntry]:
    """The `unassigned` snapshot: kommunenummer → UnassignedEntry."""
    path = Path(path)
    out: dict[str, UnassignedEntry] = {}
    for row, cells in _table(path, UNASSIGNED_COLUMNS):
        number = _kommune(path, row, cells["kommunenummer"])
        if number in out:
            raise SnapshotError(path, f"kommunenummer {number} appears twice", row, "kommunenummer")
        out[number] = UnassignedEntry(
            municipality=number,
            unassigned=_int(path, row, "unassigned", cells["unassigned"]),
            distribution=_choice(path, row, "distribution", cells["distribution"], DISTRIBUTIONS),
        )
    return out


def load_registry(lists: dict[str, ListEntry], unassigned: dict[str, UnassignedEntry]) -> Registry:
    """One Registry from the two loaded snapshots."""
    return Registry(lists=dict(lists), unassigned=dict(unassigned))
