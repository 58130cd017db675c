"""list_closed_too_free: a closed list with 10 or more free places."""
from __future__ import annotations

from registry_fixtures import REGISTRY, context, distribution, entry, result

from parsers.models import Order
from rules.list_closed_too_free import check
from rules.snapshot import Registry


def test_list_closed_too_free_fires_for_closed_list_with_15_free() -> None:
    findings = check(result([distribution("13", 4)]), context())
    assert [(f.code, f.order, f.severity) for f in findings] == [("list_closed_too_free", 0, "warning")]
    assert "free 15" in findings[0].detail


def test_list_closed_too_free_boundary_and_status() -> None:
    registry = Registry(lists={"1": entry("1", "1577", "closed", 100, 90),   # exactly 10: fires
                               "2": entry("2", "1577", "closed", 100, 91),   # 9: silent
                               "3": entry("3", "1577", "locked", 100, 50)},  # locked, not closed
                        unassigned=REGISTRY.unassigned)
    orders = [distribution("1", 1), distribution("2", 1), distribution("3", 1),
              Order("list_lock", {"flr_list_id": "1", "action": "unlock"})]
    assert [f.order for f in check(result(orders), context(registry))] == [0, 3]
    assert check(result(orders), context(registry=None)) == []
