"""list_unknown: an FLR list ID the snapshot does not have."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from parsers.models import Order
from rules.list_unknown import check


def test_list_unknown_fires_for_missing_list() -> None:
    findings = check(result([distribution("10", 5), distribution("99", 3)]), context())
    assert [(f.code, f.order, f.severity) for f in findings] == [("list_unknown", 1, "error")]
    assert "99" in findings[0].detail


def test_list_unknown_checks_list_changes_and_lock_orders() -> None:
    orders = [Order("new_gp", {"flr_list_id": "77"}), Order("list_lock", {"flr_list_id": "78", "action": "lock"})]
    assert [f.order for f in check(result(orders), context())] == [0, 1]


def test_list_unknown_silent_for_known_lists_missing_ids_and_without_registry() -> None:
    assert check(result([distribution("10", 5), distribution(None, 3)]), context()) == []
    assert check(result([distribution("99", 5)]), context(registry=None)) == []
