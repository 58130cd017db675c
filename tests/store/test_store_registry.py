"""Registry snapshots: stored with their date, the newest read back as a Registry."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rules.snapshot import ListEntry, UnassignedEntry
from store.registry import import_registry_file, latest_registry, store_registry_snapshot

HERE = Path(__file__).parent


def _lists(ceiling: int) -> dict[str, ListEntry]:
    return {"100200": ListEntry("100200", "4601", "Kari Nordmann", "9876543", "open", ceiling, 1000)}


def test_registry_none_before_any_import(store) -> None:
    with store.session() as s:
        assert latest_registry(s) is None


def test_registry_latest_by_date_not_by_import_order(store) -> None:
    with store.session() as s:
        store_registry_snapshot(s, "lists", _lists(1500), date(2024, 3, 1), source="new.csv")
        store_registry_snapshot(s, "lists", _lists(1200), date(2024, 2, 1), source="old.csv")
        store_registry_snapshot(s, "unassigned", {"4601": UnassignedEntry("4601", 120, "manual")},
                                date(2024, 2, 15))
    with store.session() as s:
        reg = latest_registry(s)
    assert reg.lists["100200"].ceiling == 1500 and reg.lists["100200"].free == 500
    assert reg.unassigned["4601"] == UnassignedEntry("4601", 120, "manual")
    assert reg.taken == date(2024, 2, 15)


def test_registry_unknown_kind_raises(store) -> None:
    with store.session() as s, pytest.raises(ValueError):
        store_registry_snapshot(s, "gps", {}, date(2024, 1, 1))


def test_registry_import_file_uses_snapshot_loader(store) -> None:
    pytest.importorskip("rules.snapshot_io", reason="rules/snapshot_io.py (load_lists) not written yet")
    with store.session() as s:
        snap = import_registry_file(s, "lists", HERE / "data" / "lists.csv", date(2024, 1, 31))
        import_registry_file(s, "unassigned", HERE / "data" / "unassigned.csv", date(2024, 1, 31))
    with store.session() as s:
        reg = latest_registry(s)
    assert snap.rows == len(reg.lists) > 0 and reg.taken == date(2024, 1, 31)
    assert all(e.municipality.isdigit() for e in reg.unassigned.values())
