"""duplicate_list: the same list on two rows stays two orders, with a warning."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from parsers.models import Order
from rules.duplicate_list import check


def test_duplicate_list_fires_on_the_repeated_row() -> None:
    findings = check(result([distribution("10", 2), distribution("11", 1), distribution("10", 3)]), context())
    assert [(f.code, f.order, f.severity) for f in findings] == [("duplicate_list", 2, "warning")]
    assert "rows 1 and 3" in findings[0].detail and "2 and 3" in findings[0].detail


def test_duplicate_list_silent_for_distinct_lists_and_other_order_types() -> None:
    assert check(result([distribution("10", 2), distribution("11", 1)]), context()) == []
    lock_and_ceiling = [Order("list_lock", {"flr_list_id": "10", "action": "lock"}),
                        Order("ceiling_change", {"flr_list_id": "10", "new_ceiling": 1500})]
    assert check(result(lock_and_ceiling), context(registry=None)) == []


def test_duplicate_list_needs_no_registry() -> None:
    assert check(result([distribution("10", 2), distribution("10", 3)]), context(registry=None))
