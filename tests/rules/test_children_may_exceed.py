"""children_may_exceed: always on a distribution order, never elsewhere."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from parsers.models import Order
from rules.children_may_exceed import check


def test_children_may_exceed_on_every_distribution_order() -> None:
    findings = check(result([distribution("10", 5), distribution("11", 10)]), context(registry=None))
    assert [(f.code, f.severity) for f in findings] == [("children_may_exceed", "info")]
    assert "15 citizens" in findings[0].detail


def test_children_may_exceed_silent_for_list_requests() -> None:
    assert check(result([Order("list_lock", {"flr_list_id": "10", "action": "lock"})]), context()) == []
