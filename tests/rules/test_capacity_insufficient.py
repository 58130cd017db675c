"""capacity_insufficient: free places + ceiling_increase < citizens."""
from __future__ import annotations

from registry_fixtures import context, distribution, result

from rules.capacity_insufficient import check


def test_capacity_insufficient_fires_and_names_its_inputs() -> None:
    findings = check(result([distribution("12", 5, 2)]), context())
    assert [(f.code, f.order) for f in findings] == [("capacity_insufficient", 0)]
    assert "free 2" in findings[0].detail and "increase 2 < ordered 5" in findings[0].detail


def test_capacity_insufficient_silent_on_exact_boundary() -> None:
    # 2 free + 3 increase == 5 ordered: enough (the worked example's list 12)
    assert check(result([distribution("12", 5, 3)]), context()) == []
    assert check(result([distribution("11", 10, 10)]), context()) == []


def test_capacity_insufficient_silent_for_unknown_list_or_no_registry() -> None:
    assert check(result([distribution("99", 50)]), context()) == []
    assert check(result([distribution("12", 50)]), context(registry=None)) == []
