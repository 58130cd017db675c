"""Snapshot loaders: CSV and XLSX, and errors that name file, row and column."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from rules.snapshot_io import SnapshotError, load_lists, load_registry, load_unassigned

FIXTURES = Path(__file__).parents[1] / "forms" / "fixtures"
HEADER = "flr_list_id,kommunenummer,gp_name,hpr_number,status,ceiling,size\n"


def test_snapshot_io_loads_corpus_csv() -> None:
    lists = load_lists(FIXTURES / "lists.csv")
    unassigned = load_unassigned(FIXTURES / "unassigned.csv")
    assert lists["10"].free == 20 and lists["10"].status == "locked"
    assert lists["301450"].municipality == "0301"
    assert unassigned["3411"].distribution == "automatic" and unassigned["1577"].unassigned == 20
    registry = load_registry(lists, unassigned)
    assert registry.lists["11"].free == 0 and "4601" in registry.unassigned


def test_snapshot_io_loads_xlsx_and_pads_kommunenummer(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["flr_list_id", "kommunenummer", "gp_name", "hpr_number", "status", "ceiling", "size"])
    ws.append([301450, 301, "Thomas Larsen", 2209871, "open", 1200, 1150])
    wb.save(tmp_path / "lists.xlsx")
    entry = load_lists(tmp_path / "lists.xlsx")["301450"]
    assert (entry.municipality, entry.hpr_number, entry.free) == ("0301", "2209871", 50)


@pytest.mark.parametrize("body,row,column,words", [
    ("10,1577,A,1,open,abc,5\n", 2, "ceiling", "whole number"),
    ("10,1577,A,1,open,100,5\n11,1577,B,2,shut,100,5\n", 3, "status", "open, closed, locked"),
    ("10,1577,A,1,open,100,5\n10,1577,A,1,open,100,5\n", 3, "flr_list_id", "twice"),
    ("10,15770,A,1,open,100,5\n", 2, "kommunenummer", "4-digit"),
    ("1O,1577,A,1,open,100,5\n", 2, "flr_list_id", "digits"),
])
def test_snapshot_io_errors_name_file_row_and_column(tmp_path: Path, body: str, row: int, column: str,
                                                      words: str) -> None:
    path = tmp_path / "lists.csv"
    path.write_text(HEADER + body, "utf-8")
    with pytest.raises(SnapshotError) as err:
        load_lists(path)
    assert (err.value.row, err.value.column) == (row, column)
    assert str(path) in str(err.value) and words in str(err.value)


def test_snapshot_io_missing_column_empty_file_and_bad_xlsx(tmp_path: Path) -> None:
    (tmp_path / "u.csv").write_text("kommunenummer,unassigned\n0301,5\n", "utf-8")
    with pytest.raises(SnapshotError, match="missing column.*distribution"):
        load_unassigned(tmp_path / "u.csv")
    (tmp_path / "empty.csv").write_text("", "utf-8")
    with pytest.raises(SnapshotError, match="empty"):
        load_lists(tmp_path / "empty.csv")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(SnapshotError, match="not a readable XLSX"):
        load_lists(tmp_path / "bad.xlsx")
    with pytest.raises(SnapshotError, match="cannot be read"):
        load_lists(tmp_path / "missing.csv")


def test_snapshot_io_header_only_is_an_empty_snapshot(tmp_path: Path) -> None:
    (tmp_path / "l.csv").write_text(HEADER, "utf-8")
    assert load_lists(tmp_path / "l.csv") == {}
